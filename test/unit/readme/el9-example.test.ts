// The README's EL 9 example stack, rendered as an operator would (npm run render --config-file):
// every document valid against libvirt's schemas, the install phase of a Rocky Linux 9 network
// install, and its kickstart (parsed back by our kickstart reader) in RHEL 9's syntax.
import * as fs from "fs";
import * as path from "path";
import { fencedBlocks } from "../../../tools/readme-blocks";
import { render, tempDir, virtXmlValidate } from "../program/render-run";
import { ROOT } from "../program/stack-files";
import { commandOptions, readKickstart } from "../../support/kickstart-reader";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const HEADING = "## An EL 9 guest";
const ROCKY9 = "https://dl.rockylinux.org/pub/rocky/9/BaseOS/x86_64/os/";

describe("the README's EL 9 example stack", () => {
  const at = README.split("\n").findIndex((l) => l.startsWith(HEADING)) + 1;
  const block = fencedBlocks(README).find((b) => b.lang === "yaml" && b.line > at);
  const out = path.join(tempDir(), "out");
  let run: ReturnType<typeof render>;
  beforeAll(() => {
    expect(at).toBeGreaterThan(0);
    const file = path.join(path.dirname(out), "Pulumi.web.yaml");
    fs.writeFileSync(file, block!.code);
    run = render(["--config-file", file, "--out", out]);
  });
  const read = (f: string) => fs.readFileSync(path.join(out, f), "utf8");

  it("renders the pool, network, volume, install phase, kickstart and final domain", () => {
    expect([run.status, run.stderr]).toEqual([0, expect.stringContaining("render: wrote")]);
    expect(fs.readdirSync(out).sort()).toEqual([
      "domain-web01.install.xml",
      "domain-web01.ks.cfg",
      "domain-web01.xml",
      "network-br0.xml",
      "pool-kvm-infra.xml",
      "volume-kvm-infra-web01.img.xml",
    ]);
    for (const f of fs.readdirSync(out).filter((f) => f.endsWith(".xml"))) {
      const schema = { pool: "storagepool", network: "network", volume: "storagevol", domain: "domain" }[f.split("-")[0]] as string;
      expect([f, virtXmlValidate(path.join(out, f), schema).ok]).toEqual([f, true]);
    }
  });

  it("installs Rocky Linux 9 from its BaseOS tree with 3 GiB, the static address on the kernel command line", () => {
    const install = read("domain-web01.install.xml");
    expect(install).toContain('<libosinfo:os id="http://rockylinux.org/rocky/9"/>');
    expect(install).toContain('<memory unit="KiB">3145728</memory>');
    expect(install).toContain(
      `<cmdline>console=ttyS0,115200 ip=192.0.2.10::192.0.2.1:255.255.255.0:web01.example.com::none nameserver=192.0.2.53 inst.repo=${ROCKY9} inst.ks=file:/ks.cfg</cmdline>`,
    );
    const final = read("domain-web01.xml");
    expect(final).toContain('<memory unit="KiB">2097152</memory>');
    expect(final).not.toContain("<kernel>");
  });

  it("gives the installer a kickstart in RHEL 9's syntax", () => {
    const ks = readKickstart(read("domain-web01.ks.cfg"));
    const names = ks.commands.map((c) => c.name);
    expect(names).not.toContain("auth");
    expect(ks.commands.find((c) => c.name === "url")!.args).toEqual([`--url=${ROCKY9}`]);
    expect(ks.commands.find((c) => c.name === "rootpw")!.args).toEqual(["--lock"]);
    expect(ks.commands.find((c) => c.name === "sshkey")!.args[0]).toBe("--username=root");
    expect(commandOptions(ks.commands.find((c) => c.name === "network")!).options).toMatchObject({ bootproto: "static", ip: "192.0.2.10" });
    expect(ks.sections.find((s) => s.name === "%packages")!.body).toEqual(["@^minimal-environment"]);
  });
});
