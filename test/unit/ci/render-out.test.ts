// `--out <dir>` is replaced as a whole: never mixed with an earlier render, untouched by a failed
// one, no staging directory left behind, and never a directory render did not write.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOutDir, replaceOutDir } from "../../../scripts/render-out";

function tempParent(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kvmci-out-"));
}

function listing(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
}

function messageOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("it did not throw");
}

describe("replaceOutDir", () => {
  it("creates the directory, and its parents, with one file per object ending in a newline", () => {
    const parent = tempParent();
    const out = path.join(parent, "render", "dev");
    replaceOutDir(out, [
      { file: "pool-a.xml", xml: "<pool/>" },
      { file: "domain-b.xml", xml: "<domain/>\n" },
    ]);
    expect(listing(out)).toEqual({ "pool-a.xml": "<pool/>\n", "domain-b.xml": "<domain/>\n" });
    expect(fs.readdirSync(path.join(parent, "render"))).toEqual(["dev"]);
    expect(fs.statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it("replaces an earlier render: files the new one does not write are gone, not mixed in", () => {
    const parent = tempParent();
    const out = path.join(parent, "out");
    replaceOutDir(out, [
      { file: "pool-old.xml", xml: "<pool>old</pool>" },
      { file: "domain-gone.xml", xml: "<domain/>" },
    ]);
    replaceOutDir(out, [{ file: "pool-new.xml", xml: "<pool>new</pool>" }]);
    expect(listing(out)).toEqual({ "pool-new.xml": "<pool>new</pool>\n" });
    expect(fs.readdirSync(parent)).toEqual(["out"]);
  });

  it("leaves the earlier render as it was and no staging directory when writing fails", () => {
    const parent = tempParent();
    const out = path.join(parent, "out");
    replaceOutDir(out, [{ file: "pool-old.xml", xml: "<pool>old</pool>" }]);
    const message = messageOf(() =>
      replaceOutDir(out, [
        { file: "pool-new.xml", xml: "<pool>new</pool>" },
        { file: "../escape.xml", xml: "<x/>" },
      ]),
    );
    expect(message).toBe('render: "../escape.xml" is not a file name render writes');
    expect(listing(out)).toEqual({ "pool-old.xml": "<pool>old</pool>\n" });
    expect(fs.readdirSync(parent)).toEqual(["out"]);
  });

  it("leaves no directory at all when the first render fails", () => {
    const parent = tempParent();
    expect(() => replaceOutDir(path.join(parent, "out"), [{ file: "notes.txt", xml: "" }])).toThrow("is not a file name render writes");
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});

describe("checkOutDir", () => {
  it("accepts an absent path, an empty directory and an earlier render", () => {
    const parent = tempParent();
    expect(() => checkOutDir(path.join(parent, "absent"))).not.toThrow();
    expect(() => checkOutDir(parent)).not.toThrow();
    fs.writeFileSync(path.join(parent, "volume-p-v.img.xml"), "");
    fs.writeFileSync(path.join(parent, "domain-x.install.xml"), "");
    expect(() => checkOutDir(parent)).not.toThrow();
  });

  it("refuses a file, naming it", () => {
    const file = path.join(tempParent(), "render");
    fs.writeFileSync(file, "mine");
    expect(messageOf(() => checkOutDir(file))).toBe(
      `--out ${file} is a file, not a directory: give a directory path (render writes one file per object into it)`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe("mine");
  });

  it("refuses a symbolic link", () => {
    const parent = tempParent();
    fs.mkdirSync(path.join(parent, "real"));
    fs.symlinkSync(path.join(parent, "real"), path.join(parent, "link"));
    expect(messageOf(() => checkOutDir(path.join(parent, "link")))).toBe(
      `--out ${path.join(parent, "link")} is a symbolic link: give the directory itself`,
    );
  });

  it("refuses a directory holding files render did not write, so it never deletes them", () => {
    const parent = tempParent();
    for (const f of ["README.md", "pool-a.xml", "a.txt", "b", "c", "d", "e"]) fs.writeFileSync(path.join(parent, f), "");
    expect(messageOf(() => checkOutDir(parent))).toBe(
      `--out ${parent} holds files render did not write (README.md, a.txt, b, c, d, and 1 more): render replaces the whole directory, so give an absent, empty or earlier render's directory`,
    );
    expect(() => replaceOutDir(parent, [{ file: "pool-a.xml", xml: "" }])).toThrow("holds files render did not write");
    expect(fs.readdirSync(parent).sort()).toEqual(["README.md", "a.txt", "b", "c", "d", "e", "pool-a.xml"]);
  });
});
