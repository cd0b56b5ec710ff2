import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gunzipSync, gzipSync } from "zlib";
import { cpioFile, writeCpio } from "../../../libvirt/install/cpio";
import { injectIntoInitrd } from "../../../libvirt/install/initrd-inject";

describe("injectIntoInitrd", () => {
  const original = gzipSync(writeCpio([cpioFile("init", "#!/bin/sh\n", 0o755)]));

  it("keeps the original initrd byte for byte at the start", () => {
    const out = injectIntoInitrd(original, [cpioFile("ks.cfg", "text\n")]);
    expect(out.subarray(0, original.length).equals(original)).toBe(true);
  });

  it.each([0, 1, 2, 3])("starts the appended archive on a 4-byte boundary after %i odd bytes, padding with zeros", (odd) => {
    const base = Buffer.concat([Buffer.alloc(40, 0x55), Buffer.alloc(odd, 0x55)]);
    const out = injectIntoInitrd(base, [cpioFile("ks.cfg", "text\n")]);
    const start = Math.ceil(base.length / 4) * 4;
    expect(out.subarray(base.length, start).every((b) => b === 0)).toBe(true);
    expect(out.subarray(start, start + 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const appended = gunzipSync(out.subarray(start));
    expect(appended.equals(writeCpio([cpioFile("ks.cfg", "text\n")]))).toBe(true);
  });

  it("appends an archive GNU cpio extracts to ks.cfg", () => {
    const ks = "text\nnetwork --hostname=h1\npoweroff\n";
    const out = injectIntoInitrd(original, [cpioFile("ks.cfg", ks, 0o600)]);
    const dir = mkdtempSync(join(tmpdir(), "kvmit-inst-inject-"));
    try {
      const start = Math.ceil(original.length / 4) * 4;
      writeFileSync(join(dir, "ks.cpio"), gunzipSync(out.subarray(start)));
      execFileSync("sh", ["-c", "cpio -id --quiet < ks.cpio"], { cwd: dir });
      expect(readFileSync(join(dir, "ks.cfg"), "utf8")).toBe(ks);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
