import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cpioDir, cpioFile, cpioSymlink, CpioType, writeCpio } from "../../../libvirt/install/cpio";

// A newc header written out field by field, independently of the writer under test.
function header(f: { ino: number; mode: number; nlink: number; size: number; namesize: number; uid?: number; mtime?: number }): string {
  const h = (n: number) => n.toString(16).padStart(8, "0");
  return "070701" + [f.ino, f.mode, f.uid ?? 0, 0, f.nlink, f.mtime ?? 0, f.size, 0, 0, 0, 0, f.namesize, 0].map(h).join("");
}
const TRAILER = header({ ino: 0, mode: 0, nlink: 1, size: 0, namesize: 11 }) + "TRAILER!!!\0" + "\0\0\0";

describe("writeCpio", () => {
  it("writes an empty archive as the trailer alone, 124 bytes", () => {
    const out = writeCpio([]);
    expect(out.toString("latin1")).toBe(TRAILER);
    expect(out.length).toBe(124);
  });

  it("writes a file entry byte for byte: header, NUL-terminated name, data, 4-byte padding", () => {
    const out = writeCpio([cpioFile("ks.cfg", "text\n")]);
    // 110 + "ks.cfg\0" (7) = 117 -> 3 pad bytes; data 5 -> 3 pad bytes.
    const expected =
      header({ ino: 1, mode: 0o100644, nlink: 1, size: 5, namesize: 7 }) + "ks.cfg\0" + "\0\0\0" + "text\n" + "\0\0\0" + TRAILER;
    expect(out.toString("latin1")).toBe(expected);
    expect(out.length % 4).toBe(0);
  });

  it("needs no padding when name and data already end on a 4-byte boundary", () => {
    const out = writeCpio([cpioFile("a", "abcd", 0o600)]);
    expect(out.toString("latin1")).toBe(header({ ino: 1, mode: 0o100600, nlink: 1, size: 4, namesize: 2 }) + "a\0" + "abcd" + TRAILER);
  });

  it("numbers entries from 1, gives directories 2 links and stores symlink targets as data", () => {
    const out = writeCpio([cpioDir("bin"), cpioSymlink("bin/sh", "busybox")]).toString("latin1");
    expect(out.startsWith(header({ ino: 1, mode: 0o040755, nlink: 2, size: 0, namesize: 4 }) + "bin\0")).toBe(true);
    const second = header({ ino: 2, mode: 0o120777, nlink: 1, size: 7, namesize: 7 }) + "bin/sh\0" + "\0\0\0" + "busybox" + "\0";
    expect(out).toContain(second);
  });

  it("keeps binary data intact and honours uid and mtime", () => {
    const data = Buffer.from([0, 1, 2, 255, 254]);
    const out = writeCpio([{ name: "b", mode: CpioType.FILE | 0o644, data, uid: 1000, mtime: 1700000000 }]);
    const hdr = header({ ino: 1, mode: 0o100644, nlink: 1, size: 5, namesize: 2, uid: 1000, mtime: 1700000000 });
    expect(out.subarray(0, 110).toString("latin1")).toBe(hdr);
    expect(out.subarray(112, 117)).toEqual(data);
  });

  it.each([
    ["/abs", "must be a non-empty relative path"],
    ["", "must be a non-empty relative path"],
    ["TRAILER!!!", "reserved for the trailer"],
  ])("refuses the entry name %j", (name, message) => {
    expect(() => writeCpio([cpioFile(name, "x")])).toThrow(message);
  });

  it("refuses a mode without file type bits", () => {
    expect(() => writeCpio([{ name: "x", mode: 0o644 }])).toThrow('cpio entry "x": mode 644 has no known file type bits');
  });

  describe("extracted by the system's GNU cpio", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "kvmit-inst-cpio-"))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("yields the same files, modes, directories and symlinks", () => {
      const big = Buffer.alloc(70001, 7);
      const archive = writeCpio([
        cpioFile("ks.cfg", "text\npoweroff\n", 0o600),
        cpioDir("etc", 0o750),
        cpioFile("etc/odd-size.bin", big, 0o644),
        cpioSymlink("ks-link", "ks.cfg"),
        cpioFile("x", "", 0o755),
      ]);
      writeFileSync(join(dir, "a.cpio"), archive);
      const listing = execFileSync("sh", ["-c", "cpio -idv --no-absolute-filenames < a.cpio 2>&1"], { cwd: dir }).toString();
      expect(listing.split("\n").filter((l) => l && !/blocks?$/.test(l))).toEqual(["ks.cfg", "etc", "etc/odd-size.bin", "ks-link", "x"]);
      expect(readFileSync(join(dir, "ks.cfg"), "utf8")).toBe("text\npoweroff\n");
      expect(statSync(join(dir, "ks.cfg")).mode & 0o7777).toBe(0o600);
      expect(statSync(join(dir, "etc")).isDirectory()).toBe(true);
      expect(readFileSync(join(dir, "etc/odd-size.bin")).equals(big)).toBe(true);
      expect(readlinkSync(join(dir, "ks-link"))).toBe("ks.cfg");
      expect(statSync(join(dir, "x")).size).toBe(0);
      expect(statSync(join(dir, "x")).mode & 0o777).toBe(0o755);
    });
  });
});
