// The ISO 9660 writer byte by byte at the places ECMA-119 fixes, independent of any reader, and
// its refusals.
import { writeIso9660, IsoOptions } from "../../../libvirt/cloudinit";

const T = new Date("2031-02-03T04:05:06Z");
const opts = (over: Partial<IsoOptions> = {}): IsoOptions => ({
  volumeId: "cidata",
  timestamp: T,
  files: [
    { name: "user-data", data: Buffer.from("#cloud-config\n") },
    { name: "meta-data", data: Buffer.alloc(3000, 0x61) },
  ],
  ...over,
});
const sector = (iso: Buffer, n: number) => iso.subarray(n * 2048, (n + 1) * 2048);

describe("writeIso9660", () => {
  const iso = writeIso9660(opts());

  it("leaves the 16-sector system area zero", () => {
    expect(iso.subarray(0, 16 * 2048).every((b) => b === 0)).toBe(true);
  });

  it("writes the primary descriptor at sector 16: CD001, volume id, sizes in both byte orders", () => {
    const d = sector(iso, 16);
    expect([d[0], d.toString("ascii", 1, 6), d[6]]).toEqual([1, "CD001", 1]);
    expect(d.toString("ascii", 40, 72)).toBe("cidata".padEnd(32, " "));
    const sectors = iso.length / 2048;
    expect(sectors).toBe(25 + 1 + 2 + 150);
    expect([d.readUInt32LE(80), d.readUInt32BE(84)]).toEqual([sectors, sectors]);
    expect([d.readUInt16LE(128), d.readUInt16BE(130)]).toEqual([2048, 2048]);
    expect([d.readUInt32LE(132), d.readUInt32BE(136), d.readUInt32LE(140), d.readUInt32BE(148)]).toEqual([10, 10, 19, 20]);
    expect(d.toString("ascii", 813, 829)).toBe("2031020304050600");
    expect(d[881]).toBe(1);
    // The root record inside the descriptor: 34 bytes, extent 23, a directory.
    expect([d[156], d.readUInt32LE(158), d[181]]).toEqual([34, 23, 2]);
  });

  it("writes the Joliet descriptor at 17 with %/E and a UCS-2 volume id, the terminator at 18", () => {
    const j = sector(iso, 17);
    expect([j[0], j.toString("ascii", 1, 6)]).toEqual([2, "CD001"]);
    expect(j.subarray(88, 91).toString("ascii")).toBe("%/E");
    expect(Buffer.from(j.subarray(40, 52)).swap16().toString("utf16le")).toBe("cidata");
    expect(j.readUInt32LE(158)).toBe(24);
    const t = sector(iso, 18);
    expect([t[0], t.toString("ascii", 1, 6)]).toEqual([255, "CD001"]);
  });

  it("writes each path table in its own byte order", () => {
    expect([...sector(iso, 19).subarray(0, 10)]).toEqual([1, 0, 23, 0, 0, 0, 1, 0, 0, 0]);
    expect([...sector(iso, 20).subarray(0, 10)]).toEqual([1, 0, 0, 0, 0, 23, 0, 1, 0, 0]);
  });

  it("places file data at sector 25 on, each file on whole sectors, shared by both trees", () => {
    expect(sector(iso, 25).subarray(0, 14).toString()).toBe("#cloud-config\n");
    expect(iso.subarray(26 * 2048, 26 * 2048 + 3000).every((b) => b === 0x61)).toBe(true);
    expect(iso[26 * 2048 + 3000]).toBe(0);
  });

  it("is byte-identical for identical inputs and differs with the timestamp", () => {
    expect(writeIso9660(opts()).equals(iso)).toBe(true);
    expect(writeIso9660(opts({ timestamp: new Date("2031-02-03T04:05:07Z") })).equals(iso)).toBe(false);
  });

  it.each<[string, Partial<IsoOptions>, string]>([
    ["a long volume id", { volumeId: "x".repeat(17) }, 'volumeId: must be 1-16 characters A-Z a-z 0-9 _ - (got "xxxxxxxxxxxxxxxxx")'],
    ["a bad date", { timestamp: new Date("x") }, "timestamp: must be a valid date between 1970 and 2155"],
    [
      "a name with a slash",
      { files: [{ name: "a/b", data: Buffer.alloc(0) }] },
      'files: name "a/b" must be 1-64 printable ASCII characters without "/" or spaces',
    ],
    [
      "names that collide in d-characters",
      {
        files: [
          { name: "a-b", data: Buffer.alloc(0) },
          { name: "A_B", data: Buffer.alloc(0) },
        ],
      },
      'files: "a-b" and "A_B" have the same ISO 9660 name A_B.;1',
    ],
  ])("refuses %s", (_w, over, message) => {
    expect(() => writeIso9660(opts(over))).toThrow(message);
  });
});
