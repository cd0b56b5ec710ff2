// End to end through the contract path: the program (index.ts) under mocks gives each resource's
// inputs and serialized provider; the SDK's real dynamic-provider host creates, updates and deletes
// them as `pulumi up` would. The dev stack runs against the test bed's daemon and QEMU over qemu+ssh;
// the prod stack's shape (LVM pool, logical volume, bridge network, domain) against libvirt's test
// driver through the same daemon over ssh. Every result is checked with virsh.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import { rmSync } from "fs";
import * as path from "path";
import { parse } from "yaml";
import { readFileSync } from "fs";
import { ProviderHost } from "../../support/provider-host";
import { testbed } from "../../support/testbed";
import { captureProgram, ROOT } from "./capture-program";
import { MiniEngine } from "./engine";

const tb = testbed();
const sfx = randomBytes(3).toString("hex");
const GiB = 1024 ** 3;
const octet = 160 + (parseInt(sfx, 16) % 40);
const n = {
  pool: `kvmcomp-pool-${sfx}`,
  nat: `kvmcomp-nat-${sfx}`,
  br: `kvmcomp-br-${sfx}`,
  dom: `kvmcomp-dom-${sfx}`,
  lvm: `kvmcomp-lvm-${sfx}`,
  tnet: `kvmcomp-tbr-${sfx}`,
  tdom: `kvmcomp-prod-${sfx}`,
};
// The test bed's pool directory (QEMU can reach the guests' disks there).
const poolDir = path.join(tb.TESTBED_POOL_DIR, n.pool);

function virsh(uri: string, ...args: string[]): string {
  return execFileSync("virsh", ["-q", "-c", uri, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
const local = (...args: string[]) => virsh(tb.TESTBED_URI_UNIX, ...args);
const testDriver = (...args: string[]) => virsh(tb.TESTBED_TEST_URI_UNIX, ...args);
function fails(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (e) {
    return true;
  }
}
function info(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l.trim()))
      .filter(Boolean)
      .map((m) => [m![1].trim(), m![2].trim()]),
  );
}

function stackConfig(stack: string): Record<string, any> {
  return parse(readFileSync(path.join(ROOT, "stacks", `Pulumi.${stack}.yaml`), "utf8")).config;
}

/** The dev stack, pointed at the test bed with names of our own. */
function devConfig(change: (c: Record<string, any>) => void = () => undefined): Record<string, any> {
  const c = stackConfig("dev");
  c["kvm-infra:uri"] = tb.TESTBED_URI_SSH;
  c["kvm-infra:pool"] = { ...c["kvm-infra:pool"], name: n.pool, path: poolDir };
  c["kvm-infra:network"] = {
    ...c["kvm-infra:network"],
    name: n.nat,
    nat: { address: `192.168.${octet}.1`, prefix: 24, dhcpStart: `192.168.${octet}.100`, dhcpEnd: `192.168.${octet}.200` },
  };
  c["kvm-infra:domains"] = [{ ...c["kvm-infra:domains"][0], name: n.dom }];
  change(c);
  return c;
}

let host: ProviderHost;
beforeAll(async () => {
  host = await ProviderHost.start();
  await host.configure({});
}, 60000);

afterAll(async () => {
  await host?.stop();
  for (const [uri, dom] of [[tb.TESTBED_URI_UNIX, n.dom]]) {
    if (!fails(() => virsh(uri, "dominfo", dom))) {
      try {
        virsh(uri, "destroy", dom);
      } catch (e) {
        /* not running */
      }
      virsh(uri, "undefine", dom);
    }
  }
  for (const net of [n.nat, n.br]) {
    if (!fails(() => local("net-info", net))) {
      try {
        local("net-destroy", net);
      } catch (e) {
        /* inactive */
      }
      local("net-undefine", net);
    }
  }
  if (!fails(() => local("pool-info", n.pool))) {
    for (const v of local("vol-list", n.pool)
      .split("\n")
      .map((l) => l.trim().split(/\s+/)[0])
      .filter(Boolean))
      local("vol-delete", "--pool", n.pool, v);
    try {
      local("pool-destroy", n.pool);
    } catch (e) {
      /* inactive */
    }
    local("pool-undefine", n.pool);
  }
  rmSync(poolDir, { recursive: true, force: true });
});

describe("the dev stack on the test bed (qemu+ssh, real QEMU)", () => {
  const engine = () => new MiniEngine(host);
  let e: MiniEngine;
  let domid: string;

  test("pulumi up creates the dir pool, the NAT network, the volume and a running domain", async () => {
    e = engine();
    const steps = await e.up(await captureProgram(devConfig()));
    expect(steps.map((s) => s.op)).toEqual(["create", "create", "create", "create", "create"]);

    const pool = info(local("pool-info", n.pool));
    expect(pool).toMatchObject({ State: "running", Autostart: "yes" });
    expect(local("pool-dumpxml", n.pool)).toContain(`<path>${poolDir}</path>`);
    const net = info(local("net-info", n.nat));
    expect(net).toMatchObject({ Active: "yes", Autostart: "yes" });
    expect(local("net-dumpxml", n.nat)).toContain(`<range start='192.168.${octet}.100' end='192.168.${octet}.200'/>`);
    expect(info(local("vol-info", "--bytes", "--pool", n.pool, `${n.dom}.img`)).Capacity).toBe(`${10 * GiB} bytes`);

    const dom = info(local("dominfo", n.dom));
    expect(dom).toMatchObject({ State: "running", Autostart: "enable", "Max memory": `${1024 * 1024} KiB`, "CPU(s)": "1" });
    domid = dom.Id;
    const xml = local("dumpxml", "--security-info", n.dom);
    const password = e.find("RandomPassword").outs.password as string;
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{8}$/);
    expect(xml).toContain(`passwd='${password}'`);
    expect(xml).toContain(`listen='127.0.0.1'`);
    expect(xml).toContain(`<libosinfo:os id="http://centos.org/centos/7.0"/>`);
    // The volume by its path, as virt-install writes --disk vol=pool/vol.
    expect(xml).toContain(`<source file='${poolDir}/${n.dom}.img'`);
    expect(xml).toContain(`<source network='${n.nat}'`);
    expect(xml).toContain(`<target type='virtio' name='org.qemu.guest_agent.0'`);
    expect(xml).toMatch(/<console type='pty'[^>]*>\s*<source path='\/dev\/pts\/\d+'\/>\s*<target type='serial' port='0'\/>/);
    expect(local("domdisplay", n.dom).trim()).toMatch(/^vnc:\/\/127\.0\.0\.1:\d+$/);
  });

  test("a second pulumi up with the same config changes nothing", async () => {
    const steps = await e.up(await captureProgram(devConfig()));
    expect(steps.map((s) => s.op)).toEqual(["same", "same", "same", "same", "same"]);
  });

  test("moving the guest from the NAT network to the host bridge and retitling it updates it in place", async () => {
    const steps = await e.up(
      await captureProgram(
        devConfig((c) => {
          c["kvm-infra:network"] = { name: n.br, mode: "bridge", bridge: tb.TESTBED_BRIDGE };
          c["kvm-infra:domains"][0].title = "moved to the bridge";
        }),
      ),
    );
    const ops = Object.fromEntries(steps.map((s) => [s.urn.split("::").pop(), s.op]));
    expect(ops).toEqual({
      [`${n.dom}-vnc-password`]: "same",
      [`${n.pool}-pool`]: "same",
      [`${n.br}-network`]: "create",
      [`${n.dom}-disk`]: "same",
      [`${n.dom}-domain`]: "update",
      [`${n.nat}-network`]: "delete",
    });
    const dom = info(local("dominfo", n.dom));
    expect(dom.State).toBe("running");
    expect(dom.Id).toBe(domid);
    expect(local("domiflist", n.dom)).toContain(n.br);
    // The persistent definition has the new title (the running guest's copy is the resources' business).
    expect(local("desc", "--config", "--title", n.dom).trim()).toBe("moved to the bridge");
    expect(local("net-dumpxml", n.br)).toContain(`<bridge name='${tb.TESTBED_BRIDGE}'/>`);
    expect(fails(() => local("net-info", n.nat))).toBe(true);
  });

  test("pulumi destroy removes the domain, the volume, the network and the pool", async () => {
    await e.destroy();
    expect(fails(() => local("dominfo", n.dom))).toBe(true);
    expect(fails(() => local("net-info", n.br))).toBe(true);
    expect(fails(() => local("pool-info", n.pool))).toBe(true);
    expect(e.state.size).toBe(0);
  });
});

describe("the prod stack's shape on libvirt's test driver (test+ssh, through the same daemon)", () => {
  function prodConfig(): Record<string, any> {
    const c = stackConfig("prod");
    c["kvm-infra:uri"] = tb.TESTBED_TEST_URI_SSH;
    c["kvm-infra:pool"] = {
      ...c["kvm-infra:pool"],
      name: n.lvm,
      devices: [`/dev/kvmcomp-fake-${sfx}`],
      volumeGroup: `kvmcompvg${sfx}`,
      target: `/dev/kvmcompvg${sfx}`,
    };
    // The test driver's host has one interface, eth1, standing in for br0.
    c["kvm-infra:network"] = { ...c["kvm-infra:network"], name: n.tnet, bridge: "eth1" };
    const d = c["kvm-infra:domains"][0];
    c["kvm-infra:domains"] = [{ ...d, name: n.tdom, graphics: { vnc: { ...d.graphics.vnc, password: "Pr0dPass" } } }];
    return c;
  }

  test("pulumi up defines the LVM pool, a fully allocated 64 GiB logical volume, the bridge network and the domain; destroy removes them", async () => {
    const e = new MiniEngine(host);
    const steps = await e.up(await captureProgram(prodConfig(), ["kvm-infra:domains"]));
    expect(steps.map((s) => s.op)).toEqual(["create", "create", "create", "create"]);

    const poolXml = testDriver("pool-dumpxml", n.lvm);
    expect(poolXml).toContain("<pool type='logical'>");
    expect(poolXml).toContain(`<device path='/dev/kvmcomp-fake-${sfx}'/>`);
    expect(poolXml).toContain(`<name>kvmcompvg${sfx}</name>`);
    expect(info(testDriver("pool-info", n.lvm)).Autostart).toBe("yes");
    const vol = info(testDriver("vol-info", "--bytes", "--pool", n.lvm, n.tdom));
    expect(vol.Capacity).toBe(`${64 * GiB} bytes`);
    expect(vol.Allocation).toBe(`${64 * GiB} bytes`);
    const netXml = testDriver("net-dumpxml", n.tnet);
    expect(netXml).toContain("<forward mode='bridge'/>");
    expect(netXml).toContain("<bridge name='eth1'/>");
    const xml = testDriver("dumpxml", "--security-info", n.tdom);
    expect(xml).toContain("<domain type='kvm'");
    expect(xml).toContain("<title>xxx</title>");
    expect(xml).toContain(`<memory unit='KiB'>${4096 * 1024}</memory>`);
    expect(xml).toMatch(/<vcpu[^>]*>2<\/vcpu>/);
    expect(xml).toContain("<on_crash>restart</on_crash>");
    expect(xml).not.toContain("<acpi/>");
    // The logical volume as a block device, as virt-install writes --disk vol=pool/vol.
    expect(xml).toContain("<disk type='block' device='disk'>");
    expect(xml).toContain(`<source dev='/dev/kvmcompvg${sfx}/${n.tdom}'`);
    expect(xml).toContain(`<source network='${n.tnet}'`);
    expect(xml).toMatch(/<graphics type='vnc' port='5901' autoport='no' listen='127\.0\.0\.1' passwd='Pr0dPass'/);
    expect(info(testDriver("dominfo", n.tdom))).toMatchObject({ State: "running", Autostart: "enable" });

    await e.destroy();
    expect(fails(() => testDriver("dominfo", n.tdom))).toBe(true);
    expect(fails(() => testDriver("net-info", n.tnet))).toBe(true);
    expect(fails(() => testDriver("pool-info", n.lvm))).toBe(true);
  });
});
