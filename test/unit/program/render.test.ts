// `npm run render`: the exact XML of every libvirt object a stack defines, valid against libvirt's
// schemas, secrets as placeholders, and the program's own error for an invalid config.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { rawStackConfig, validateStackConfig } from "../../../components/config";
import { render, tempDir, virtXmlValidate } from "./render-run";
import { mergedValues, readStack, ROOT } from "./stack-files";
import { CRYPT_PLACEHOLDER } from "../../../scripts/render";
import { readKickstart } from "../../support/kickstart-reader";

const SCHEMA: Record<string, string> = { pool: "storagepool", network: "network", volume: "storagevol", domain: "domain" };

describe.each([
  ["prod", ["pool-images_lvm.xml", "network-br0.xml", "volume-images_lvm-xxx.xml", "domain-xxx.xml"], "[random]"],
  [
    "dev",
    ["pool-kvm-infra-dev.xml", "network-kvm-infra-dev.xml", "volume-kvm-infra-dev-dev-centos7.img.xml", "domain-dev-centos7.xml"],
    "[random]",
  ],
])("npm run render -- --stack %s --out <dir>", (stack, expectedFiles, placeholder) => {
  const out = tempDir();
  let run: ReturnType<typeof render>;
  beforeAll(() => {
    run = render(["--stack", stack, "--out", out]);
  });

  it("writes one file per libvirt object, named by kind and name", () => {
    expect(run.stderr).toContain("render: wrote");
    expect(run.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([...expectedFiles].sort());
  });

  it.each(expectedFiles)("%s validates with virt-xml-validate", (file) => {
    const kind = file.split("-")[0];
    const v = virtXmlValidate(path.join(out, file), SCHEMA[kind]);
    expect(v.output).toContain("validates");
    expect(v.ok).toBe(true);
  });

  it(`shows the VNC password as ${placeholder}, never a value`, () => {
    const domain = fs.readFileSync(path.join(out, expectedFiles[3]), "utf8");
    expect(domain).toContain(`passwd="${placeholder}"`);
    expect(domain).not.toContain("v1:");
  });
});

describe("npm run render", () => {
  it("writes every object to stdout, each under its file name, without --out", () => {
    const run = render(["--stack", "prod"]);
    expect(run.status).toBe(0);
    const names = [...run.stdout.matchAll(/^<!-- (.+\.xml) -->$/gm)].map((m) => m[1]);
    expect(names).toEqual(["pool-images_lvm.xml", "network-br0.xml", "volume-images_lvm-xxx.xml", "domain-xxx.xml"]);
    expect(run.stdout).toContain('<device path="/dev/sda2"/>');
  });

  it("fails with the program's own error for an invalid config file, writing nothing", () => {
    const stack = readStack(path.join(ROOT, "stacks/Pulumi.prod.yaml")).config as Record<string, any>;
    const bad = {
      ...stack,
      "kvm-infra:pool": { ...stack["kvm-infra:pool"], devices: ["sda2"] },
      "kvm-infra:domains": [{ ...stack["kvm-infra:domains"][0], memoryMiB: 512 }],
    };
    const dir = tempDir();
    const file = path.join(dir, "Pulumi.broken.yaml");
    fs.writeFileSync(file, stringify({ config: bad }));
    const run = render(["--config-file", file, "--out", path.join(dir, "out")]);
    let expected = "";
    try {
      const all = Object.fromEntries(Object.entries(mergedValues(bad)).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
      validateStackConfig(rawStackConfig(all));
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).toContain("2 problems");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${expected}\n`);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  describe("checks the stack file as a whole and fails naming the key, writing nothing", () => {
    const prodText = fs.readFileSync(path.join(ROOT, "stacks/Pulumi.prod.yaml"), "utf8");
    it.each<[string, string, string[]]>([
      [
        "a mistyped namespace",
        prodText.replace("kvm-infra:domains:", "kvm_infra:domains:"),
        ["kvm_infra:domains looks like kvm-infra:domains but is outside the kvm-infra: namespace"],
      ],
      ["an empty file", "", ["is empty: a stack file must be a mapping", "kvm-infra:uri is required"]],
      ["a list-shaped file", "- a\n- b\n", ["must be a mapping with a config: block holding the kvm-infra: settings, got a list"]],
      ["a mistyped config block", prodText.replace(/^config:/m, "confg:"), ["confg (in ", "did you mean config?"]],
      [
        "a URI parameter the client does not know, reported once as kvm-infra:uri",
        prodText.replace("/system", "/system?foo=1"),
        ["kvm-infra:uri is not a libvirt URI"],
      ],
      [
        "a plain-text VNC password, never printed",
        prodText.replace("listen: 127.0.0.1", "listen: 127.0.0.1\n          password: hunter22"),
        ["pulumi config set --stack slip --secret --path 'kvm-infra:domains[0].graphics.vnc.password' '<password>'"],
      ],
    ])("%s", (_what, text, expected) => {
      const dir = tempDir();
      const file = path.join(dir, "Pulumi.slip.yaml");
      fs.writeFileSync(file, text);
      const run = render(["--config-file", file, "--out", path.join(dir, "out")]);
      expect(run.status).toBe(1);
      for (const e of expected) expect(run.stderr).toContain(e);
      expect(run.stderr.split("\n").filter((l) => l.includes("kvm-infra:uri is not")).length).toBeLessThanOrEqual(1);
      expect(`${run.stdout}${run.stderr}`).not.toContain("hunter22");
      expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    });
  });

  it("says how to call it when the arguments are wrong", () => {
    const run = render(["--stack"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run render -- (--stack <name> | --config-file <path>) [--out <dir>]");
  });
});

describe("npm run render for a stack with an installation and a secret root password hash", () => {
  it("writes domain-<name>.install.xml and the kickstart too, every file valid, the hash never needed", () => {
    const stack = readStack(path.join(ROOT, "stacks/Pulumi.prod.yaml")).config as Record<string, any>;
    const d = stack["kvm-infra:domains"][0];
    const config = {
      ...stack,
      "kvm-infra:domains": [
        {
          ...d,
          install: {
            location: "https://vault.centos.org/7.9.2009/os/x86_64/",
            kickstart: { hostname: "xxx.example.com", rootPasswordHash: { secure: "v1:c2VjcmV0" } },
          },
        },
      ],
    };
    const dir = tempDir();
    const file = path.join(dir, "Pulumi.install.yaml");
    fs.writeFileSync(file, stringify({ config }));
    const run = render(["--config-file", file, "--out", path.join(dir, "out")]);
    expect(run.stderr).toContain("render: wrote");
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual([
      "domain-xxx.install.xml",
      "domain-xxx.ks.cfg",
      "domain-xxx.xml",
      "network-br0.xml",
      "pool-images_lvm.xml",
      "volume-images_lvm-xxx.xml",
    ]);
    const install = fs.readFileSync(path.join(dir, "out", "domain-xxx.install.xml"), "utf8");
    expect(install).toContain("inst.repo=https://vault.centos.org/7.9.2009/os/x86_64/");
    expect(install).toContain("console=ttyS0,115200");
    expect(virtXmlValidate(path.join(dir, "out", "domain-xxx.install.xml"), "domain").ok).toBe(true);
    // The CentOS 7 kickstart, the hash shown as render's placeholder.
    const ks = readKickstart(fs.readFileSync(path.join(dir, "out", "domain-xxx.ks.cfg"), "utf8"));
    expect(ks.commands.find((c) => c.name === "rootpw")!.args).toEqual(["--iscrypted", CRYPT_PLACEHOLDER]);
    expect(ks.commands.find((c) => c.name === "auth")).toBeDefined();
  });
});

describe("renderXml for a domain with an unattended installation", () => {
  it("writes the install phase as domain-<name>.install.xml before the final domain, both valid", () => {
    const { renderXml } = require("../../../scripts/render") as typeof import("../../../scripts/render");
    const inputs = {
      uri: "qemu:///system",
      name: "inst",
      memoryMiB: 2048,
      vcpus: 1,
      virtType: "qemu",
      disks: [{ source: { type: "volume", pool: "p", volume: "inst.img" }, targetDev: "vda" }],
      install: { location: "http://mirror.example.com/centos/7/os/x86_64/" },
    };
    const files = renderXml([{ kind: "Domain", inputs }]);
    expect(files.map((f) => f.file)).toEqual(["domain-inst.install.xml", "domain-inst.xml"]);
    expect(files[0].xml).toContain("inst.repo=http://mirror.example.com/centos/7/os/x86_64/");
    expect(files[0].xml).toMatch(/<kernel>[^<]+<\/kernel>/);
    expect(files[1].xml).not.toContain("<kernel>");
    const dir = tempDir();
    for (const f of files) {
      fs.writeFileSync(path.join(dir, f.file), f.xml);
      expect(virtXmlValidate(path.join(dir, f.file), "domain")).toEqual({ ok: true, output: expect.stringContaining("validates") });
    }
  });
});
