import {
  DEFAULT_LOCATION,
  normalizeLocation,
  parseIni,
  parseTreeinfo,
  resolveTreeUrl,
  treeImages,
} from "../../../libvirt/install/treeinfo";

// The layout of CentOS 7.9's .treeinfo (the old [general] format).
const CENTOS7 = `[general]
name = CentOS-7
family = CentOS
timestamp = 1604525467.05
variant = 
version = 7
packagedir = 
arch = x86_64

[stage2]
mainimage = LiveOS/squashfs.img

[images-x86_64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
boot.iso = images/boot.iso

[images-xen]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img

[checksums]
images/efiboot.img = sha256:aaaa
images/pxeboot/vmlinuz = sha256:0123abcd
images/pxeboot/initrd.img = sha256:4567ef00
`;

// The productmd layout newer trees use.
const PRODUCTMD = `[header]
type = productmd.treeinfo
version = 1.2

[release]
name = Rocky Linux
short = Rocky
version = 8.9

[tree]
arch = aarch64
platforms = aarch64

[images-aarch64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
`;

describe("parseTreeinfo", () => {
  it("reads family, version and arch from CentOS 7's [general]", () => {
    const info = parseTreeinfo(CENTOS7);
    expect({ family: info.family, version: info.version, arch: info.arch }).toEqual({ family: "CentOS", version: "7", arch: "x86_64" });
    expect(info.sections["stage2"]).toEqual({ mainimage: "LiveOS/squashfs.img" });
  });

  it("reads them from [release] and [tree] in productmd trees", () => {
    const info = parseTreeinfo(PRODUCTMD);
    expect({ family: info.family, version: info.version, arch: info.arch }).toEqual({
      family: "Rocky Linux",
      version: "8.9",
      arch: "aarch64",
    });
  });

  it("leaves out fields the tree does not state, and treats empty values as unset", () => {
    const info = parseTreeinfo("[general]\nvariant =\n[images-x86_64]\nkernel = k\ninitrd = i\n");
    expect(info).toEqual({ sections: expect.any(Object) });
    expect(info.sections["general"]).toEqual({ variant: "" });
  });

  it("ignores comments and blank lines, accepts ':' separators and CRLF line ends", () => {
    expect(parseIni("# c\r\n; c\r\n[a]\r\nx: 1\r\ny = two = 2\r\n")).toEqual({ a: { x: "1", y: "two = 2" } });
  });

  it("names the line of a malformed file", () => {
    expect(() => parseTreeinfo("[general]\nthis is not ini\n")).toThrow(
      '.treeinfo line 2: expected "key = value" or "[section]", got "this is not ini"',
    );
    expect(() => parseTreeinfo("kernel = x\n")).toThrow('.treeinfo line 1: "kernel = x" comes before any [section]');
  });
});

describe("treeImages", () => {
  it("finds CentOS 7's pxeboot kernel and initrd with their checksums", () => {
    expect(treeImages(parseTreeinfo(CENTOS7))).toEqual({
      kernel: "images/pxeboot/vmlinuz",
      initrd: "images/pxeboot/initrd.img",
      kernelChecksum: "sha256:0123abcd",
      initrdChecksum: "sha256:4567ef00",
    });
  });

  it("uses the tree's arch by default and an explicit arch when asked", () => {
    expect(treeImages(parseTreeinfo(PRODUCTMD)).kernel).toBe("images/pxeboot/vmlinuz");
    expect(() => treeImages(parseTreeinfo(PRODUCTMD), "x86_64")).toThrow(
      ".treeinfo has no [images-x86_64] section (it has: [images-aarch64])",
    );
  });

  it("names the missing key", () => {
    expect(() => treeImages(parseTreeinfo("[images-x86_64]\nkernel = k\n"))).toThrow('.treeinfo [images-x86_64] has no "initrd" key');
    expect(() => treeImages(parseTreeinfo("[general]\narch = x86_64\n"))).toThrow("(it has: none)");
  });
});

describe("install locations", () => {
  it("defaults to the CentOS 7.9 vault", () => {
    expect(DEFAULT_LOCATION).toBe("https://vault.centos.org/7.9.2009/os/x86_64/");
  });

  it("resolves tree paths below the location, with or without its trailing slash", () => {
    expect(resolveTreeUrl(DEFAULT_LOCATION, "images/pxeboot/vmlinuz")).toBe(
      "https://vault.centos.org/7.9.2009/os/x86_64/images/pxeboot/vmlinuz",
    );
    expect(resolveTreeUrl("http://mirror.example/centos/7/os/x86_64", ".treeinfo")).toBe(
      "http://mirror.example/centos/7/os/x86_64/.treeinfo",
    );
    expect(resolveTreeUrl("http://mirror.example/tree/", "/images/x")).toBe("http://mirror.example/tree/images/x");
  });

  it("refuses what is not an http(s) URL", () => {
    expect(() => normalizeLocation("/srv/tree")).toThrow('install location "/srv/tree" is not a URL');
    expect(() => normalizeLocation("ftp://mirror/tree/")).toThrow(
      'install location "ftp://mirror/tree/" must be an http:// or https:// URL',
    );
    expect(() => normalizeLocation("http://mirror/my tree/")).toThrow(
      'install location "http://mirror/my tree/" must not contain U+0020 (',
    );
  });

  it.each([
    ['a quote, which ends url --url="..." in the kickstart', 'http://mirror/a"b/', '"'],
    ["a backslash, which escapes the next character there", "http://mirror/a\\b/", "\\"],
    ["a #, which starts a comment after a quote", "http://mirror/tree/#top", "#"],
    ["a tab", "http://mirror/a\tb/", "U+0009"],
    ["a DEL", "http://mirror/a\u007fb/", "U+007F"],
    ["a Unicode line separator", "http://mirror/a\u2029b/", "U+2029"],
  ])("refuses a location with %s, saying to percent-encode it", (_what, loc, ch) => {
    expect(() => normalizeLocation(loc)).toThrow(
      `must not contain ${ch} (whitespace, ", \\, # and control characters break the kernel command line or the kickstart: percent-encode them`,
    );
  });

  it("keeps a percent-encoded location as it is", () => {
    expect(normalizeLocation("http://mirror/a%22b%23c%20d")).toBe("http://mirror/a%22b%23c%20d/");
  });
});
