// npm run discover on the test bed over qemu+ssh: objects defined the runbook's way with virsh (a
// pool, a network onto the test bed's bridge, a guest from `virt-install --print-xml`), discovered
// into a stack file, rendered, and compared with what libvirt holds (read with virsh) in the
// fields the components model; then that file, with the VNC password set as the file says, is the
// config of the real program (index.ts) under the test engine (the SDK's runtime and dynamic-provider
// host): the first up adopts the running guest without touching it, the next up and a refresh change
// nothing, and the disk's data survives.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { checkStackFile } from "../../../components/config/stack-file";
import { parseDomainXml, parseNetworkXml, parseStoragePoolXml, toKiB } from "../../../libvirt/xml";
import { Summary, TestEngine } from "../../support/engine";
import { REPO_ROOT } from "../../support/provider-host";
import { testbed } from "../../support/testbed";
import { suffix, virsh, virshQuiet } from "../xml/virsh";

const ROOT = path.resolve(__dirname, "../../..");
const sfx = suffix();
const N = { pool: `cfg-pool-${sfx}`, net: `cfg-net-${sfx}`, dom: `cfg-dom-${sfx}`, vol: `cfg-dom-${sfx}.img` };
const PASSWORD = "Zq8wXy3v";
const PORT = 5978;
const MARKER = `discover marker ${sfx}: the guest's data`;

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/ts-node"), ["--transpile-only", script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The guest as virsh sees it: what adoption must leave as it was. */
function guest(): { domid: string; uuid: string; macs: string[]; state: string } {
  const macs = virsh("domiflist", N.dom)
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[4])
    .filter((m) => m && /^[0-9a-f:]{17}$/.test(m));
  return { domid: virsh("domid", N.dom).trim(), uuid: virsh("domuuid", N.dom).trim(), macs, state: virsh("domstate", N.dom).trim() };
}

/** The persistent definition without kvm-infra's owner marker (the one thing adoption adds). */
function definition(): string {
  return virsh("dumpxml", "--inactive", "--security-info", N.dom)
    .replace(/\s*<kvm-infra:owner [^>]*\/>/g, "")
    .replace(/\s*<metadata>\s*<\/metadata>/g, "");
}

function readMarker(file: string): string {
  const b = Buffer.alloc(MARKER.length);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, b, 0, b.length, 0);
  fs.closeSync(fd);
  return b.toString();
}

function cleanup(): void {
  virshQuiet("destroy", N.dom);
  virshQuiet("undefine", N.dom);
  virshQuiet("net-destroy", N.net);
  virshQuiet("net-undefine", N.net);
  virshQuiet("vol-delete", N.vol, "--pool", N.pool);
  virshQuiet("pool-destroy", N.pool);
  virshQuiet("pool-delete", N.pool);
  virshQuiet("pool-undefine", N.pool);
}

describe("npm run discover on a host set up by hand", () => {
  const tb = testbed();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kvmit-cfg-discover-"));
  const stackFile = path.join(dir, "Pulumi.cfgit.yaml");
  const volPath = path.join(tb.TESTBED_POOL_DIR, N.pool, N.vol);
  let discover: ReturnType<typeof run>;

  beforeAll(() => {
    // The runbook's steps: pool-define-as + build + start + autostart, a volume, a bridge network, virt-install's XML.
    virsh("pool-define-as", N.pool, "dir", "--target", path.join(tb.TESTBED_POOL_DIR, N.pool));
    virsh("pool-build", N.pool);
    virsh("pool-start", N.pool);
    virsh("pool-autostart", N.pool);
    virsh("vol-create-as", N.pool, N.vol, "10G", "--format", "raw");
    const netXml = path.join(dir, "net.xml");
    fs.writeFileSync(netXml, `<network><name>${N.net}</name><forward mode='bridge'/><bridge name='${tb.TESTBED_BRIDGE}'/></network>`);
    virsh("net-define", netXml);
    virsh("net-start", N.net);
    virsh("net-autostart", N.net);
    const vi = spawnSync(
      "virt-install",
      [
        "--connect",
        tb.TESTBED_URI_UNIX,
        "--print-xml",
        "--dry-run",
        "--name",
        N.dom,
        "--memory",
        "1024",
        "--vcpus",
        "1",
        "--metadata",
        "title=cfg guest,description=set up by hand",
        "--events",
        "on_crash=restart,on_poweroff=destroy,on_reboot=restart",
        "--features",
        "acpi=off",
        "--clock",
        "offset=utc",
        "--os-variant",
        "centos7.0",
        "--boot",
        "hd",
        "--disk",
        `vol=${N.pool}/${N.vol}`,
        "--network",
        `network=${N.net}`,
        "--graphics",
        `vnc,port=${PORT},listen=127.0.0.1,password=${PASSWORD}`,
        "--virt-type",
        "qemu",
      ],
      { encoding: "utf8" },
    );
    if (vi.status !== 0) throw new Error(`virt-install failed: ${vi.stderr}`);
    const domXml = path.join(dir, "dom.xml");
    fs.writeFileSync(domXml, vi.stdout);
    virsh("define", domXml);
    // The guest has data and runs, as the operator's does.
    const fd = fs.openSync(volPath, "r+");
    fs.writeSync(fd, Buffer.from(MARKER), 0, MARKER.length, 0);
    fs.closeSync(fd);
    virsh("start", N.dom);
    discover = run("scripts/discover.ts", [
      "--uri",
      tb.TESTBED_URI_SSH,
      "--pool",
      N.pool,
      "--network",
      N.net,
      "--domain",
      N.dom,
      "--out",
      stackFile,
    ]);
  }, 600000);

  afterAll(() => {
    cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes a stack file that passes the whole-file checks, adopting everything", () => {
    expect(discover.stderr).toContain(`discover: wrote ${stackFile}`);
    expect(discover.status).toBe(0);
    const file = checkStackFile(fs.readFileSync(stackFile), "f", "cfgit");
    expect(file.problems).toEqual([]);
    expect(file.config["kvm-infra:adopt"]).toBe(true);
    expect(file.config["kvm-infra:uri"]).toBe(tb.TESTBED_URI_SSH);
  });

  it("never writes the VNC password, and says how to set it with pulumi config set --secret", () => {
    const text = fs.readFileSync(stackFile, "utf8");
    expect(`${text}${discover.stdout}${discover.stderr}`).not.toContain(PASSWORD);
    expect(text).toContain(
      `#   pulumi config set --stack cfgit --secret --path 'kvm-infra:domains[0].graphics.vnc.password' '<password>'   # ${N.dom} has a VNC password`,
    );
  });

  // virt-install writes the pool volume as <disk type='file'> by its path, as the stack now does too.
  it("reports no field the stack would write differently (the first up changes nothing)", () => {
    const differences = discover.stderr.split("\n").filter((l) => l.includes("(the first up changes it)"));
    expect(differences).toEqual([]);
    expect(fs.readFileSync(stackFile, "utf8")).not.toContain("(the first up changes it)");
  });

  it("renders definitions that match libvirt's own in the fields the components model", () => {
    const out = path.join(dir, "render");
    const r = run("scripts/render.ts", ["--config-file", stackFile, "--out", out]);
    expect(r.stderr).toContain("render: wrote");
    expect(r.status).toBe(0);

    const pool = parseStoragePoolXml(fs.readFileSync(path.join(out, `pool-${N.pool}.xml`), "utf8"));
    const livePool = parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", N.pool));
    expect([pool.type, pool.name, pool.target?.path]).toEqual([livePool.type, livePool.name, livePool.target?.path]);

    const net = parseNetworkXml(fs.readFileSync(path.join(out, `network-${N.net}.xml`), "utf8"));
    const liveNet = parseNetworkXml(virsh("net-dumpxml", "--inactive", N.net));
    expect([net.name, net.forward?.mode, net.bridge?.name]).toEqual([liveNet.name, liveNet.forward?.mode, liveNet.bridge?.name]);

    const dom = parseDomainXml(fs.readFileSync(path.join(out, `domain-${N.dom}.xml`), "utf8"));
    const live = parseDomainXml(virsh("dumpxml", "--inactive", N.dom));
    const fields = (d: typeof dom) => {
      const dev = d.devices ?? {};
      const vnc = (dev.graphics ?? []).find((g) => g.type === "vnc") as { port?: number; listen?: string } | undefined;
      return {
        type: d.type,
        name: d.name,
        uuid: d.uuid,
        title: d.title,
        description: d.description,
        osinfo: d.metadata?.libosinfo?.os?.id,
        memoryKiB: d.memory && toKiB(d.memory),
        vcpus: d.vcpu?.count,
        arch: d.os?.type.arch,
        machine: /q35/.test(d.os?.type.machine ?? "") ? "q35" : d.os?.type.machine,
        boot: d.os?.boot?.map((b) => b.dev),
        acpi: !!d.features?.acpi,
        clock: d.clock?.offset,
        timers: d.clock?.timers?.map((t) => [t.name, t.tickpolicy, t.present]),
        events: [d.onPoweroff, d.onReboot, d.onCrash],
        pm: d.pm,
        disk: dev.disks?.map((k) => [k.device, k.target.dev, k.target.bus, k.driver?.type]),
        nic: dev.interfaces?.map((n) => [n.type, n.type === "network" ? n.source.network : "", n.model?.type]),
        vnc: [vnc?.port, vnc?.listen],
        agent: dev.channels?.map((c) => c.target.name),
        rng: dev.rngs?.length,
        memballoon: dev.memballoon?.model,
        tablet: dev.inputs?.filter((i) => i.type === "tablet").length,
      };
    };
    expect(fields(dom)).toEqual(fields(live));
    expect(fields(live).vnc).toEqual([PORT, "127.0.0.1"]);
  });

  describe("the discovered file as the stack of the real program (test engine, SDK dynamic-provider host)", () => {
    let e: TestEngine;
    let before: ReturnType<typeof guest>;
    let beforeXml: string;
    const ops = (s: Summary) => Object.fromEntries(s.steps.filter((x) => x.type.includes("dynamic")).map((x) => [x.name, x.op]));

    beforeAll(async () => {
      before = guest();
      beforeXml = definition();
      const config = parse(fs.readFileSync(stackFile, "utf8")).config;
      // What the file tells the operator to run: `pulumi config set --secret --path '...vnc.password'`.
      config["kvm-infra:domains"][0].graphics.vnc.password = PASSWORD;
      e = await TestEngine.start({
        projectDir: REPO_ROOT,
        stack: "cfgit",
        config,
        secretKeys: ["kvm-infra:domains"],
        stateFile: path.join(dir, "state.json"),
      });
    }, 120000);

    test("the first up adopts pool, network, disk and the running guest: same domid, uuid, MACs and definition", async () => {
      const u = await e.up();
      expect(ops(u)).toEqual({
        [`${N.pool}-pool`]: "create",
        [`${N.net}-network`]: "create",
        [`${N.dom}-disk`]: "create",
        [`${N.dom}-domain`]: "create",
      });
      expect(guest()).toEqual(before);
      expect(before.state).toBe("running");
      expect(before.macs).toHaveLength(1);
      expect(definition()).toBe(beforeXml);
      expect(readMarker(volPath)).toBe(MARKER);
      expect(u.outputs.pool.adopted).toBe(true);
      expect(u.outputs.network.adopted).toBe(true);
      expect(u.outputs.domains[N.dom]).toMatchObject({ adopted: true, diskAdopted: true, uuid: before.uuid });
      // A configured password is the operator's: it is not an output, and the state has it only encrypted.
      expect(u.outputs.domains[N.dom].vncPassword).toBeUndefined();
      expect(fs.readFileSync(path.join(dir, "state.json"), "utf8")).not.toContain(PASSWORD);
    });

    test("the next up, a refresh and the up after it change nothing; the guest and its data are as they were", async () => {
      expect((await e.up()).changes).toEqual([]);
      expect((await e.refresh()).changes).toEqual([]);
      expect((await e.up()).changes).toEqual([]);
      expect(guest()).toEqual(before);
      expect(definition()).toBe(beforeXml);
      expect(readMarker(volPath)).toBe(MARKER);
    });
  });
});
