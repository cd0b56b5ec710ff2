// `pulumi preview / up / refresh / destroy` of the real program (index.ts) without the CLI: the test
// engine (test/support/engine) runs it through the SDK's cmd/run with ts-node and the project's
// tsconfig.json, serves the resource monitor over gRPC, and takes Pulumi's steps against the SDK's
// real dynamic-provider host. The dev stack runs against the test bed's daemon and QEMU over
// qemu+ssh; the prod stack's shape (LVM pool, logical volume, bridge network, domain) against
// libvirt's test driver through the same daemon over ssh. Every result is checked with virsh.
import { ChildProcess, execFileSync, spawn } from "child_process";
import { randomBytes } from "crypto";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { parse } from "yaml";
import { isSecret, ResourceState, SECRET_SIG, SIG, Summary, TestEngine } from "../../support/engine";
import { REPO_ROOT } from "../../support/provider-host";
import { testbed } from "../../support/testbed";

const tb = testbed();
const sfx = randomBytes(3).toString("hex");
const GiB = 1024 ** 3;
const octet = 160 + (parseInt(sfx, 16) % 40);
const n = {
  pool: `engine-pool-${sfx}`,
  nat: `engine-nat-${sfx}`,
  br: `engine-br-${sfx}`,
  dom: `engine-dom-${sfx}`,
  lvm: `engine-lvm-${sfx}`,
  tnet: `engine-tbr-${sfx}`,
  tdom: `engine-prod-${sfx}`,
};
// The test bed's pool directory (QEMU can reach the guests' disks there).
const poolDir = path.join(tb.TESTBED_POOL_DIR, n.pool);
const work = mkdtempSync(path.join(tmpdir(), "engine-stacks-"));

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
/** Every pool, network and domain (with uuid) the daemon knows, and every volume in our pool. */
function inventory(v: (...a: string[]) => string, pool?: string): string[] {
  const lines = (s: string) =>
    s
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const out = [
    ...lines(v("pool-list", "--all", "--name")).map((x) => `pool ${x}`),
    ...lines(v("net-list", "--all", "--name")).map((x) => `net ${x}`),
    ...lines(v("list", "--all", "--name")).map((x) => `dom ${x}`),
  ];
  if (pool && !fails(() => v("pool-info", pool))) out.push(...lines(v("vol-list", pool)).map((x) => `vol ${x.split(/\s+/)[0]}`));
  // Only our objects: other helpers' suites may create theirs on the same daemon meanwhile.
  return out.filter((x) => x.includes(sfx)).sort();
}
const ours = (inv: string[]) => inv;

function stackConfig(stack: string): Record<string, any> {
  return parse(readFileSync(path.join(REPO_ROOT, "stacks", `Pulumi.${stack}.yaml`), "utf8")).config;
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

const ops = (s: Summary) => Object.fromEntries(s.steps.filter((x) => x.type.includes("dynamic")).map((x) => [x.name, x.op]));
const kind = (r: ResourceState) => r.type.split(":").pop();

afterAll(() => {
  for (const dom of [n.dom]) {
    if (!fails(() => local("dominfo", dom))) {
      if (fails(() => local("destroy", dom))) {
        /* not running */
      }
      local("undefine", dom);
    }
  }
  for (const net of [n.nat, n.br]) {
    if (!fails(() => local("net-info", net))) {
      if (fails(() => local("net-destroy", net))) {
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
    if (fails(() => local("pool-destroy", n.pool))) {
      /* inactive */
    }
    local("pool-undefine", n.pool);
  }
  // Whatever a failed run left on the test driver.
  const quietly = (...args: string[]) => fails(() => testDriver(...args));
  quietly("destroy", n.tdom);
  quietly("undefine", n.tdom);
  quietly("net-destroy", n.tnet);
  quietly("net-undefine", n.tnet);
  quietly("vol-delete", "--pool", n.lvm, n.tdom);
  quietly("pool-destroy", n.lvm);
  quietly("pool-undefine", n.lvm);
  rmSync(poolDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("the dev stack on the test bed (qemu+ssh, real QEMU)", () => {
  let e: TestEngine;
  let domid: string;
  const stateFile = path.join(work, "dev.json");

  beforeAll(async () => {
    e = await TestEngine.start({ projectDir: REPO_ROOT, stack: `engine-dev-${sfx}`, config: devConfig(), stateFile });
  });

  test("pulumi preview plans every create and touches nothing on the host", async () => {
    const before = inventory(local);
    const p = await e.preview();
    expect(ops(p)).toEqual({
      [`${n.dom}-vnc-password`]: "create",
      [`${n.pool}-pool`]: "create",
      [`${n.nat}-network`]: "create",
      [`${n.dom}-disk`]: "create",
      [`${n.dom}-domain`]: "create",
    });
    expect(inventory(local)).toEqual(before);
    expect(fails(() => local("pool-info", n.pool))).toBe(true);
    expect(fails(() => local("net-info", n.nat))).toBe(true);
    expect(fails(() => local("dominfo", n.dom))).toBe(true);
  });

  test("pulumi up creates the dir pool, the NAT network, the volume and a running domain", async () => {
    const u = await e.up();
    expect(Object.values(ops(u))).toEqual(["create", "create", "create", "create", "create"]);

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
    const pw = e.snapshot().resources.find((r) => kind(r) === "RandomPassword")!.outputs.password;
    expect(isSecret(pw)).toBe(true);
    const password = (pw as { value: string }).value;
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

    // The stack outputs came back from the program over gRPC, the password still a secret.
    expect(u.outputs.domains[n.dom].vncPassword).toEqual({ [SIG]: SECRET_SIG, value: password });
    // Everything was created, nothing taken over.
    expect([u.outputs.pool.adopted, u.outputs.network.adopted, u.outputs.domains[n.dom].adopted]).toEqual([false, false, false]);
    expect(u.outputs.domains[n.dom].diskAdopted).toBe(false);
    // The state file holds the password only encrypted.
    expect(readFileSync(stateFile, "utf8")).not.toContain(password);
  });

  test("a second pulumi up, a refresh and a preview after it change nothing", async () => {
    expect((await e.up()).changes).toEqual([]);
    const r = await e.refresh();
    expect(Object.values(ops(r))).toEqual(["refresh", "refresh", "refresh", "refresh", "refresh"]);
    // Read may report what the host changed on its own (r.changes[].diffs lists it: the first run
    // showed inputs.uuid on two resources); neither a preview nor an up after the refresh has anything to do.
    expect((await e.preview()).changes).toEqual([]);
    expect((await e.up()).changes).toEqual([]);
    expect(info(local("dominfo", n.dom)).Id).toBe(domid);
  });

  test("moving the guest to the host bridge and retitling it: preview shows it, up updates the domain in place", async () => {
    e.setConfig(
      devConfig((c) => {
        c["kvm-infra:network"] = { name: n.br, mode: "bridge", bridge: tb.TESTBED_BRIDGE };
        c["kvm-infra:domains"][0].title = "moved to the bridge";
      }),
    );
    const want = {
      [`${n.dom}-vnc-password`]: "same",
      [`${n.pool}-pool`]: "same",
      [`${n.br}-network`]: "create",
      [`${n.dom}-disk`]: "same",
      [`${n.dom}-domain`]: "update",
      [`${n.nat}-network`]: "delete",
    };
    const before = inventory(local, n.pool);
    expect(ops(await e.preview())).toEqual(want);
    expect(inventory(local, n.pool)).toEqual(before);

    expect(ops(await e.up())).toEqual(want);
    const dom = info(local("dominfo", n.dom));
    expect(dom.State).toBe("running");
    expect(dom.Id).toBe(domid);
    expect(local("domiflist", n.dom)).toContain(n.br);
    expect(local("desc", "--config", "--title", n.dom).trim()).toBe("moved to the bridge");
    expect(local("net-dumpxml", n.br)).toContain(`<bridge name='${tb.TESTBED_BRIDGE}'/>`);
    expect(fails(() => local("net-info", n.nat))).toBe(true);
    expect((await e.up()).changes).toEqual([]);
  });

  test("pulumi destroy removes the domain, the volume, the network and the pool", async () => {
    const d = await e.destroy();
    // Dependents first: the domain before its disk, the disk before its pool.
    const order = d.steps.filter((s) => s.type.includes("dynamic")).map((s) => s.name);
    expect(order).toHaveLength(5);
    expect(order.indexOf(`${n.dom}-domain`)).toBeLessThan(order.indexOf(`${n.dom}-disk`));
    expect(order.indexOf(`${n.dom}-disk`)).toBeLessThan(order.indexOf(`${n.pool}-pool`));
    expect(fails(() => local("dominfo", n.dom))).toBe(true);
    expect(fails(() => local("net-info", n.br))).toBe(true);
    expect(fails(() => local("pool-info", n.pool))).toBe(true);
    expect(e.snapshot().resources).toEqual([]);
  });
});

describe("the dev stack, provider host killed mid-up", () => {
  test("a second engine continues from the state file: nothing leaked, nothing duplicated", async () => {
    const stateFile = path.join(work, "dev-killed.json");
    const opts = { projectDir: REPO_ROOT, stack: `engine-kill-${sfx}`, config: devConfig(), stateFile };
    const before = ours(inventory(local));
    // One step at a time, so the kill lands between two steps: after the volume, before the domain.
    const first = await TestEngine.start({ ...opts, parallel: 1 });
    const killed = await first.up({
      expectFailure: true,
      onStep: (s, eng) => {
        if (s.op === "create" && s.name === `${n.dom}-disk`) eng.host!.child.kill("SIGKILL");
      },
    });
    expect(killed.ok).toBe(false);
    expect(fails(() => local("dominfo", n.dom))).toBe(true);
    const kept = first.snapshot();
    expect(kept.pendingOperations).toEqual([]);
    expect(kept.resources.filter((r) => r.custom).map(kind)).toEqual(expect.arrayContaining(["StoragePool", "Network", "StorageVolume"]));

    const second = await TestEngine.start(opts);
    const u = await second.up();
    expect(ops(u)).toMatchObject({
      [`${n.pool}-pool`]: "same",
      [`${n.nat}-network`]: "same",
      [`${n.dom}-disk`]: "same",
      [`${n.dom}-domain`]: "create",
    });
    expect((await second.up()).changes).toEqual([]);
    const after = ours(inventory(local, n.pool));
    expect(after.filter((x) => x.startsWith("pool "))).toEqual([`pool ${n.pool}`]);
    expect(after.filter((x) => x.startsWith("net "))).toEqual([`net ${n.nat}`]);
    expect(after.filter((x) => x.startsWith("vol "))).toEqual([`vol ${n.dom}.img`]);
    // One domain with our name, and it is the one the state holds (names are unique; the uuid proves
    // the state tracks what exists). Other suites' domains don't count.
    const domains = second.snapshot().resources.filter((r) => kind(r) === "Domain");
    expect(domains).toHaveLength(1);
    expect(local("domuuid", n.dom).trim()).toBe(domains[0].id);

    await second.destroy();
    expect(ours(inventory(local))).toEqual(before);
  });
});

describe("the prod stack's shape on libvirt's test driver (test+ssh, through the same daemon)", () => {
  function prodConfig(change: (c: Record<string, any>) => void = () => undefined): Record<string, any> {
    const c = stackConfig("prod");
    c["kvm-infra:uri"] = tb.TESTBED_TEST_URI_SSH;
    c["kvm-infra:pool"] = {
      ...c["kvm-infra:pool"],
      name: n.lvm,
      devices: [`/dev/engine-fake-${sfx}`],
      volumeGroup: `enginevg${sfx}`,
      target: `/dev/enginevg${sfx}`,
    };
    // The test driver's host has one interface, eth1, standing in for br0.
    c["kvm-infra:network"] = { ...c["kvm-infra:network"], name: n.tnet, bridge: "eth1" };
    const d = c["kvm-infra:domains"][0];
    // The secure value decrypted, as the engine hands it to the program (secret key: kvm-infra:domains).
    c["kvm-infra:domains"] = [{ ...d, name: n.tdom, graphics: { vnc: { ...d.graphics.vnc, password: "Pr0dPass" } } }];
    change(c);
    return c;
  }

  // libvirt's test driver keeps its objects only while a connection to it is open; the engine's
  // provider host (one per operation) closes its own, so a virsh session holds the state meanwhile.
  let holder: ChildProcess;
  beforeAll(() => {
    holder = spawn("virsh", ["-c", tb.TESTBED_TEST_URI_UNIX], { stdio: ["pipe", "ignore", "ignore"] });
  });
  afterAll(() => {
    holder.stdin!.end("quit\n");
  });

  test("preview, up (LVM pool, fully allocated 64 GiB volume, bridge network, domain), up and refresh without changes, a config change, destroy", async () => {
    const stateFile = path.join(work, "prod.json");
    const e = await TestEngine.start({
      projectDir: REPO_ROOT,
      stack: `engine-prod-${sfx}`,
      config: prodConfig(),
      secretKeys: ["kvm-infra:domains"],
      stateFile,
    });
    const before = inventory(testDriver);
    expect(Object.values(ops(await e.preview()))).toEqual(["create", "create", "create", "create"]);
    expect(inventory(testDriver)).toEqual(before);

    expect(Object.values(ops(await e.up()))).toEqual(["create", "create", "create", "create"]);
    const poolXml = testDriver("pool-dumpxml", n.lvm);
    expect(poolXml).toContain("<pool type='logical'>");
    expect(poolXml).toContain(`<device path='/dev/engine-fake-${sfx}'/>`);
    expect(poolXml).toContain(`<name>enginevg${sfx}</name>`);
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
    expect(xml).toContain(`<source dev='/dev/enginevg${sfx}/${n.tdom}'`);
    expect(xml).toContain(`<source network='${n.tnet}'`);
    expect(xml).toMatch(/<graphics type='vnc' port='5901' autoport='no' listen='127\.0\.0\.1' passwd='Pr0dPass'/);
    expect(info(testDriver("dominfo", n.tdom))).toMatchObject({ State: "running", Autostart: "enable" });
    // The secret config value reached the host, and the state file only encrypted.
    expect(readFileSync(stateFile, "utf8")).not.toContain("Pr0dPass");

    expect((await e.up()).changes).toEqual([]);
    // No refresh here: libvirt's test driver rejects the INACTIVE flag of pool/network GetXMLDesc
    // ("unsupported flags (0x1) in function testStoragePoolGetXMLDesc") that the providers' Read uses;
    // refresh is covered on QEMU by the dev stack above.
    expect((await e.preview()).changes).toEqual([]);

    e.setConfig(prodConfig((c) => (c["kvm-infra:domains"][0].title = "retitled")));
    expect(ops(await e.up())).toMatchObject({ [`${n.tdom}-domain`]: "update", [`${n.lvm}-pool`]: "same" });
    expect(testDriver("dumpxml", n.tdom)).toContain("<title>retitled</title>");
    expect((await e.up()).changes).toEqual([]);

    // prod's guest and its volume are protected (the domains' default): destroy is refused and
    // leaves the host as it was, until the stack file says protect: false and an up records it.
    const refused = await e.destroy({ expectFailure: true });
    expect(refused.ok).toBe(false);
    expect(refused.errors.join("\n")).toMatch(/unable to delete resource .*-domain"\nas it is currently marked for protection/);
    expect(info(testDriver("dominfo", n.tdom)).State).toBe("running");
    expect(info(testDriver("vol-info", "--bytes", "--pool", n.lvm, n.tdom)).Capacity).toBe(`${64 * GiB} bytes`);
    e.setConfig(prodConfig((c) => Object.assign(c["kvm-infra:domains"][0], { title: "retitled", protect: false })));
    expect((await e.up()).changes).toEqual([]);

    await e.destroy();
    expect(fails(() => testDriver("dominfo", n.tdom))).toBe(true);
    expect(fails(() => testDriver("net-info", n.tnet))).toBe(true);
    expect(fails(() => testDriver("pool-info", n.lvm))).toBe(true);
    expect(inventory(testDriver)).toEqual(before);
  });
});
