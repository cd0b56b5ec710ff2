import { XdrReader, XdrWriter, XdrError } from "../../../libvirt/rpc/xdr";
import { readDomain, writeDomain, uuidToString } from "../../../libvirt/rpc/protocol";
import { decodeRemoteError, LibvirtError, isNoDomain, isNoNetwork } from "../../../libvirt/rpc/errors";

const hex = (b: Buffer) => b.toString("hex");

describe("XDR encoding", () => {
  it.each([
    ["u32 1", (w: XdrWriter) => w.u32(1), "00000001"],
    ["u32 max", (w: XdrWriter) => w.u32(0xffffffff), "ffffffff"],
    ["i32 -1", (w: XdrWriter) => w.i32(-1), "ffffffff"],
    ["i32 -2", (w: XdrWriter) => w.i32(-2), "fffffffe"],
    ["bool true", (w: XdrWriter) => w.bool(true), "00000001"],
    ["u64 9000000", (w: XdrWriter) => w.u64(9000000), "0000000000895440"],
    ["u64 2^40", (w: XdrWriter) => w.u64(2 ** 40), "0000010000000000"],
    ["i64 -1", (w: XdrWriter) => w.i64(-1), "ffffffffffffffff"],
    ["string 'abc' padded to 4", (w: XdrWriter) => w.string("abc"), "00000003" + "61626300"],
    ["string 'abcd' no padding", (w: XdrWriter) => w.string("abcd"), "00000004" + "61626364"],
    ["empty string", (w: XdrWriter) => w.string(""), "00000000"],
    ["utf-8 string counts bytes", (w: XdrWriter) => w.string("é"), "00000002" + "c3a90000"],
    ["null optional string", (w: XdrWriter) => w.optString(null), "00000000"],
    [
      "present optional string",
      (w: XdrWriter) => w.optString("qemu:///system"),
      "00000001" + "0000000e" + Buffer.from("qemu:///system").toString("hex") + "0000",
    ],
    ["fixed opaque of 3 padded", (w: XdrWriter) => w.fixedOpaque(Buffer.from([1, 2, 3]), 3), "01020300"],
  ])("%s", (_name, write, expected) => {
    const w = new XdrWriter(2);
    write(w);
    expect(hex(w.toBuffer())).toBe(expected);
  });

  it("encodes a domain handle as name, 16 raw uuid bytes and the id", () => {
    const w = new XdrWriter();
    writeDomain(w, { name: "vm", uuid: "00112233-4455-6677-8899-aabbccddeeff", id: -1 });
    expect(hex(w.toBuffer())).toBe("00000002" + "766d0000" + "00112233445566778899aabbccddeeff" + "ffffffff");
    expect(readDomain(new XdrReader(w.toBuffer()))).toEqual({ name: "vm", uuid: "00112233-4455-6677-8899-aabbccddeeff", id: -1 });
  });

  it("refuses values that do not fit or would lose precision", () => {
    expect(() => new XdrWriter().u32(-1)).toThrow(XdrError);
    expect(() => new XdrWriter().i32(2 ** 31)).toThrow(XdrError);
    expect(() => new XdrWriter().u64(2 ** 53)).toThrow(/safe integer/);
    expect(() => new XdrWriter().u64(1.5)).toThrow(XdrError);
    expect(() => new XdrWriter().string("x".repeat(11), 10)).toThrow(/exceeds/);
  });
});

describe("XDR decoding", () => {
  it("reads back what it writes", () => {
    const w = new XdrWriter().u32(7).i32(-5).u64(123456789012).string("hello").optString(null).optString("x").bool(false);
    const r = new XdrReader(w.toBuffer());
    expect([r.u32(), r.i32(), r.u64(), r.string(), r.optString(), r.optString(), r.bool()]).toEqual([
      7,
      -5,
      123456789012,
      "hello",
      null,
      "x",
      false,
    ]);
    expect(r.remaining).toBe(0);
  });

  it("throws on truncated input instead of reading garbage", () => {
    expect(() => new XdrReader(Buffer.from("000000", "hex")).u32()).toThrow(/truncated/);
    expect(() => new XdrReader(Buffer.from("0000000561626364", "hex")).string()).toThrow(/truncated/);
  });

  it("throws when an unsigned hyper exceeds Number.MAX_SAFE_INTEGER", () => {
    expect(() => new XdrReader(Buffer.from("ffffffffffffffff", "hex")).u64()).toThrow(/MAX_SAFE_INTEGER/);
    expect(new XdrReader(Buffer.from("ffffffffffffffff", "hex")).u64Big()).toBe(BigInt("18446744073709551615"));
  });

  it("rejects an optional with a discriminant other than 0 or 1", () => {
    expect(() => new XdrReader(Buffer.from("00000002", "hex")).optString()).toThrow(/discriminant/);
  });

  it("formats uuids lowercase with dashes", () => {
    expect(uuidToString(Buffer.from("00112233445566778899AABBCCDDEEFF", "hex"))).toBe("00112233-4455-6677-8899-aabbccddeeff");
  });

  it("decodes a remote_error into a LibvirtError with libvirt's code name", () => {
    const w = new XdrWriter().i32(42).i32(10).optString("Domain not found: no domain with matching name 'x'").i32(2);
    w.u32(0).optString("x").optString(null).optString(null).i32(0).i32(0).u32(0);
    const e = decodeRemoteError(w.toBuffer(), "DOMAIN_LOOKUP_BY_NAME");
    expect(e).toBeInstanceOf(LibvirtError);
    expect(e).toMatchObject({ code: 42, domain: 10, codeName: "VIR_ERR_NO_DOMAIN", level: 2, procedure: "DOMAIN_LOOKUP_BY_NAME" });
    expect(e.message).toBe("Domain not found: no domain with matching name 'x'");
    expect(isNoDomain(e)).toBe(true);
    expect(isNoNetwork(e)).toBe(false);
  });
});
