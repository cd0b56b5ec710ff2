// The independent kickstart reader (test/support/kickstart-reader.ts) reads what pykickstart's
// shlex-based grammar reads, including the ways a careless generator breaks a file: these are the
// failure modes the generator's parse-back tests rely on it to catch.
import { commandOptions, KickstartSyntaxError, readKickstart, shlexSplit } from "../../support/kickstart-reader";

describe("shlexSplit (shlex.split(line, comments=True), POSIX mode)", () => {
  it.each<[string, string[]]>([
    ['url --url="http://x/a b"', ["url", "--url=http://x/a b"]],
    // A quote in the value ends the argument early: two quotes cut the URL.
    ['url --url="http://x/a"b"c"', ["url", "--url=http://x/abc"]],
    // "# after a closing quote starts a comment: the URL is truncated.
    ['url --url="http://x/a"#b"', ["url", "--url=http://x/a"]],
    ["part / --size=1 # a comment", ["part", "/", "--size=1"]],
    ["vim#x", ["vim"]],
    ['sshkey --username=root "ssh-ed25519 AAAA me\\\\"', ["sshkey", "--username=root", "ssh-ed25519 AAAA me\\"]],
    ['a "x\\"y"', ["a", 'x"y']],
    ['a "x\\ny"', ["a", "x\\ny"]],
    ["a b\\ c 'd \\ e'", ["a", "b c", "d \\ e"]],
    ['a ""', ["a", ""]],
  ])("%s", (line, words) => {
    expect(shlexSplit(line)).toEqual(words);
  });

  it("refuses an unclosed quote and a trailing backslash, as shlex does", () => {
    expect(() => shlexSplit('sshkey --username=root "ssh-ed25519 AAAA me\\"')).toThrow("no closing quotation");
    expect(() => shlexSplit("a b\\")).toThrow("no escaped character");
  });
});

describe("readKickstart", () => {
  it("reads commands and sections, skipping blank lines and comments", () => {
    const ks = readKickstart(
      "# c\ncmdline\n\n  # indented comment\nreboot --eject\n%packages --ignoremissing\n@core\n\n# x\n-postfix\n%end\n%post\necho hi # kept\n%end\n",
    );
    expect(ks.commands.map((c) => [c.name, c.args, c.line])).toEqual([
      ["cmdline", [], 2],
      ["reboot", ["--eject"], 5],
    ]);
    expect(ks.sections).toEqual([
      { name: "%packages", options: ["--ignoremissing"], body: ["@core", "-postfix"], line: 6 },
      { name: "%post", options: [], body: ["echo hi # kept"], line: 12 },
    ]);
  });

  it("splits lines where Python's splitlines does: a Unicode line separator breaks a quoted key or starts a command", () => {
    expect(() => readKickstart('sshkey --username=root "ssh-ed25519 AAAA a\u2028b"\n')).toThrow("kickstart line 1: no closing quotation");
    const ks = readKickstart("selinux --enforcing\u2028rootpw --plaintext x\n");
    expect(ks.commands.map((c) => c.name)).toEqual(["selinux", "rootpw"]);
  });

  it("refuses a section without %end", () => {
    expect(() => readKickstart("%packages\n@core\n")).toThrow(KickstartSyntaxError);
  });

  it("commandOptions separates --name=value options from positional arguments", () => {
    const [c] = readKickstart("part /boot --fstype=xfs --grow --size=1\n").commands;
    expect(commandOptions(c)).toEqual({ options: { fstype: "xfs", grow: true, size: "1" }, positional: ["/boot"] });
  });
});
