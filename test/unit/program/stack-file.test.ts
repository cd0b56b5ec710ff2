// The stack file checked as a whole: the slips that reach the engine as "no settings" (a mistyped
// namespace or block, an empty, null, list or scalar file, bytes that are not UTF-8), YAML merge
// keys read as the Pulumi CLI's go-yaml reads them, and passwords written in plain text.
import { checkStackFile, editDistance, looksLikeOurNamespace } from "../../../components/config/stack-file";

const NAME = "stacks/Pulumi.prod.yaml";
const check = (text: string | Uint8Array) => checkStackFile(typeof text === "string" ? Buffer.from(text) : text, NAME, "prod");
const messages = (text: string | Uint8Array) => check(text).problems.map((p) => p.message);

describe("checkStackFile", () => {
  it("accepts a config block of kvm-infra settings and Pulumi's own top-level keys", () => {
    const r = check(
      "secretsprovider: passphrase\nencryptionsalt: v1:abc\nconfig:\n  kvm-infra:uri: qemu:///system\n  aws:region: eu-west-1\n",
    );
    expect(r.problems).toEqual([]);
    expect(r.config).toEqual({ "kvm-infra:uri": "qemu:///system", "aws:region": "eu-west-1" });
  });

  it.each<[string, string, string]>([
    ["an empty file", "", `${NAME} is empty: a stack file must be a mapping with a config: block`],
    ["a file of comments only", "# nothing here\n", `${NAME} is empty: a stack file must be a mapping with a config: block`],
    ["a null document", "~\n", `${NAME} is null: a stack file must be a mapping with a config: block`],
    ["a list", "- config: {}\n", `${NAME} must be a mapping with a config: block holding the kvm-infra: settings, got a list`],
    [
      "a scalar",
      "kvm-infra\n",
      `${NAME} must be a mapping with a config: block holding the kvm-infra: settings, got the scalar "kvm-infra"`,
    ],
    [
      "a mistyped config block",
      "confg:\n  kvm-infra:uri: qemu:///system\n",
      "confg (in stacks/Pulumi.prod.yaml) is not a key of a stack file: did you mean config?",
    ],
    [
      "a config block that is a list",
      "config:\n  - kvm-infra:uri\n",
      "config (in stacks/Pulumi.prod.yaml) must be a mapping of settings such as kvm-infra:uri, got a list",
    ],
    ["no config block", "secretsprovider: passphrase\n", `${NAME} has no config: block; the kvm-infra: settings belong under config:`],
    ["a YAML syntax error", "config:\n  kvm-infra:uri: [qemu\n", `${NAME} is not valid YAML at line`],
    [
      "a duplicate key (go-yaml refuses it too)",
      "config:\n  kvm-infra:uri: a\n  kvm-infra:uri: b\n",
      `${NAME} is not valid YAML at line 3, column 3: Map keys must be unique`,
    ],
  ])("refuses %s, naming the file or key", (_what, text, expected) => {
    const all = messages(text);
    expect(all.length).toBeGreaterThan(0);
    expect(all.some((m) => m.startsWith(expected))).toBe(true);
  });

  it.each([
    ["kvm_infra:domains", "kvm-infra:domains"],
    ["kvminfra:uri", "kvm-infra:uri"],
    ["kvm.infra:pool", "kvm-infra:pool"],
    ["KVM-Infra:network", "kvm-infra:network"],
    ["kvm-infar:domains", "kvm-infra:domains"],
    ["kvm-infr:uri", "kvm-infra:uri"],
  ])("refuses the lookalike namespace in %s and names the key to write", (written, meant) => {
    const r = check(`config:\n  kvm-infra:uri: qemu:///system\n  ${written}: []\n`);
    expect(r.problems).toEqual([
      {
        path: written,
        message: `${written} looks like ${meant} but is outside the kvm-infra: namespace, so the program would never see it; write ${meant}`,
      },
    ]);
  });

  it("leaves other providers' namespaces alone", () => {
    expect(messages("config:\n  kvm-infra:uri: qemu:///system\n  aws:region: x\n  libvirt:uri: y\n  kvm:x: 1\n")).toEqual([]);
  });

  it("refuses bytes that are not UTF-8, with the offset", () => {
    const bytes = Buffer.concat([Buffer.from("config:\n  kvm-infra:uri: qemu:///system\n  # caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    expect(messages(bytes)).toEqual([`${NAME} is not valid UTF-8 (at byte 47); save it as UTF-8`]);
  });

  it("accepts a UTF-8 byte order mark, as the CLI strips it", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("config:\n  kvm-infra:uri: qemu:///system\n")]);
    expect(check(bytes)).toEqual({ config: { "kvm-infra:uri": "qemu:///system" }, problems: [] });
  });

  it("resolves YAML merge keys as go-yaml does: explicit keys win, earlier merged mappings win over later ones", () => {
    const text = [
      "config:",
      "  kvm-infra:pool: &pool",
      "    name: images_lvm",
      "    type: logical",
      "    devices: [/dev/sda2]",
      "  kvm-infra:domains:",
      "    - &base",
      "      name: a",
      "      memoryMiB: 2048",
      "      vcpus: 2",
      "    - <<: [*base, {vcpus: 4, title: t}]",
      "      name: b",
      "",
    ].join("\n");
    const r = check(text);
    expect(r.problems).toEqual([]);
    expect((r.config["kvm-infra:domains"] as unknown[])[1]).toEqual({ name: "b", memoryMiB: 2048, vcpus: 2, title: "t" });
  });

  it('keeps a quoted "<<" as a plain key (go-yaml merges only the plain scalar), so validation names it', () => {
    const r = check('config:\n  kvm-infra:pool:\n    "<<": {name: p}\n');
    expect(r.config["kvm-infra:pool"]).toEqual({ "<<": { name: "p" } });
  });

  it("refuses a plain-text VNC password with the command that stores it encrypted, never quoting it", () => {
    const text =
      "config:\n  kvm-infra:uri: qemu:///system\n  kvm-infra:domains:\n    - name: xxx\n      graphics:\n        vnc:\n          password: hunter22\n";
    const r = check(text);
    expect(r.problems).toEqual([
      {
        path: "kvm-infra:domains[0].graphics.vnc.password",
        message:
          "kvm-infra:domains[0].graphics.vnc.password is written in plain text in stacks/Pulumi.prod.yaml; a secret belongs encrypted in the stack file " +
          "(and this one should be changed): pulumi config set --stack prod --secret --path 'kvm-infra:domains[0].graphics.vnc.password' '<password>'",
      },
    ]);
    expect(JSON.stringify(r.problems)).not.toContain("hunter22");
  });

  it("accepts the password encrypted (secure:) as pulumi config set --secret --path writes it", () => {
    const text =
      "config:\n  kvm-infra:domains:\n    - name: xxx\n      graphics:\n        vnc:\n          password:\n            secure: v1:abc\n";
    expect(messages(text)).toEqual([]);
  });
});

describe("the lookalike rules", () => {
  it("count edits as Levenshtein does", () => {
    expect(editDistance("kvm-infra", "kvm-infra")).toBe(0);
    expect(editDistance("kvm-infar", "kvm-infra")).toBe(2);
    expect(editDistance("kvminfra", "kvm-infra")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("match separators and case, not other tools' namespaces", () => {
    expect(["kvm_infra", "KVM.INFRA", "kvm infra", "kvm-infr"].map(looksLikeOurNamespace)).toEqual([true, true, true, true]);
    expect(["kvm", "libvirt", "aws", "infra"].map(looksLikeOurNamespace)).toEqual([false, false, false, false]);
  });
});
