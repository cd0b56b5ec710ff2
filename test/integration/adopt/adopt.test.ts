// Adoption through the SDK's real dynamic-provider host over qemu+ssh (issue 11.1): a host set up
// the runbook's way with virsh (a logical pool on the test bed's volume group, a dir pool with
// volumes holding marker data, a bridge network on the test bed's bridge, a running domain defined
// from `virt-install --print-xml`) is taken over with adopt: true. Nothing changes on the host
// (checked with virsh), the second up and a refresh show no change, the guest keeps running with
// the same domid, uuid and MACs, the disks keep their data; what would need a replace is refused
// at check and at create, naming the fields with the live and the configured value.
import { execFileSync } from "child_process";
import { mkdirSync, openSync, readSync, closeSync, rmSync, writeFileSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, urnOf } from "../../support/provider-host";
import { testbed } from "../../support/testbed";
import { info, suffix, virsh, virshFails } from "../resources/engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const sfx = suffix();
const MiB = 2 ** 20;
const OWNER_NS = "https://kvm-infra.dev/xmlns/libvirt/domain/owner/1";
const n = {
  lvm: `adopt-lvm-${sfx}`,
  dir: `adopt-dir-${sfx}`,
  disk: `adopt-disk-${sfx}.img`,
  grow: `adopt-grow-${sfx}.img`,
  shrink: `adopt-shrink-${sfx}.img`,
  net: `adopt-br-${sfx}`,
  dom: `adopt-dom-${sfx}`,
};
const dir = path.join(tb.TESTBED_POOL_DIR, n.dir);
const marker = (v: string) => `adopt marker ${sfx} ${v}`;

type Rec = Record<string, any>;
let host: ProviderHost;
let cap: Record<string, CapturedResource>;

interface Adopted {
  urn: string;
  id: string;
  inputs: Rec;
  outs: Rec;
}

function withProvider(kind: string, props: Rec): Rec {
  return { __provider: cap[kind].inputs.__provider, ...props };
}

async function adopt(kind: string, name: string, props: Rec): Promise<Adopted> {
  const urn = urnOf(cap[kind].type, name);
  const raw = withProvider(kind, props);
  const checked = await host.check(urn, {}, raw);
  expect(checked.failures).toEqual([]);
  const created = await host.create(urn, checked.inputs);
  return { urn, id: created.id, inputs: checked.inputs, outs: created.properties };
}

/** The next `pulumi up` with the same config, then `pulumi refresh` and the up after it: no change. */
async function expectNoChanges(s: Adopted, props: Rec): Promise<Rec> {
  const again = await host.check(s.urn, s.inputs, withProvider(s.urn.split("::")[2].split(":").pop()!, props));
  expect(again.failures).toEqual([]);
  expect(await host.diff(s.id, s.urn, s.outs, again.inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
  const read = await host.read(s.id, s.urn, s.outs, s.inputs);
  expect(read.id).toBe(s.id);
  expect(await host.diff(s.id, s.urn, read.properties, again.inputs)).toEqual({
    changes: "none",
    replaces: [],
    deleteBeforeReplace: false,
  });
  return read.properties;
}

function readMarker(file: string, length: number): string {
  const b = Buffer.alloc(length);
  const fd = openSync(file, "r");
  readSync(fd, b, 0, length, 0);
  closeSync(fd);
  return b.toString();
}

function writeMarker(file: string, text: string): void {
  const fd = openSync(file, "r+");
  writeSync(fd, Buffer.from(text), 0, text.length, 0);
  closeSync(fd);
}

/** The persistent definition without kvm-infra's owner marker (the one thing adoption adds). */
function inactiveWithoutMarker(...args: string[]): string {
  return virsh(...args)
    .replace(/\s*<kvm-infra:owner [^>]*\/>/g, "")
    .replace(/\s*<metadata>\s*<\/metadata>/g, "");
}

function macs(): string[] {
  return virsh("domiflist", n.dom)
    .split("\n")
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[4])
    .filter(Boolean);
}

const poolRaw = { uri: URI, name: n.lvm, type: "logical", volumeGroup: tb.TESTBED_VG, sourceDevices: [tb.TESTBED_VG_DEVICE], adopt: true };
const dirRaw = { uri: URI, name: n.dir, type: "dir", targetPath: dir, adopt: true };
const netRaw = { uri: URI, name: n.net, mode: "bridge", bridge: tb.TESTBED_BRIDGE, adopt: true };
const diskRaw = { uri: URI, pool: n.dir, name: n.disk, capacityBytes: 64 * MiB, format: "raw", adopt: true };
// What the virt-install command below asks for, as the operator writes it in the config.
const domRaw = {
  uri: URI,
  name: n.dom,
  virtType: "qemu",
  osinfoId: "http://centos.org/centos/7.0",
  memoryMiB: 128,
  vcpus: 1,
  timers: [
    { name: "rtc", tickpolicy: "catchup" },
    { name: "pit", tickpolicy: "delay" },
    { name: "hpet", present: false },
  ],
  pm: { suspendToMem: false, suspendToDisk: false },
  disks: [{ source: { type: "file", path: path.join(dir, n.disk) }, targetDev: "vda" }],
  interfaces: [{ source: { type: "bridge", bridge: tb.TESTBED_BRIDGE } }],
  graphics: { vnc: { listen: "127.0.0.1" } },
  guestAgent: true,
  rng: true,
  tablet: true,
  adopt: true,
};

const before: Rec = {};

beforeAll(async () => {
  // The runbook's way: virsh pool-define-as, vol-create-as, net-define, virt-install.
  virsh("pool-define-as", n.lvm, "logical", "-", "-", tb.TESTBED_VG_DEVICE, tb.TESTBED_VG, `/dev/${tb.TESTBED_VG}`);
  virsh("pool-start", n.lvm);
  virsh("pool-autostart", n.lvm);
  virsh("pool-define-as", n.dir, "dir", "--target", dir);
  virsh("pool-build", n.dir);
  virsh("pool-start", n.dir);
  virsh("pool-autostart", n.dir);
  for (const [v, size] of [
    [n.disk, "64M"],
    [n.grow, "32M"],
    [n.shrink, "32M"],
  ]) {
    virsh("vol-create-as", n.dir, v, size, "--format", "raw");
    writeMarker(path.join(dir, v), marker(v));
  }
  const netXml = path.join(mkdirTemp(), "net.xml");
  writeFileSync(netXml, `<network><name>${n.net}</name><forward mode='bridge'/><bridge name='${tb.TESTBED_BRIDGE}'/></network>`);
  virsh("net-define", netXml);
  virsh("net-start", n.net);
  virsh("net-autostart", n.net);
  const domXml = execFileSync(
    "virt-install",
    [
      "--connect",
      tb.TESTBED_URI_UNIX,
      "--print-xml",
      "--name",
      n.dom,
      "--memory",
      "128",
      "--vcpus",
      "1",
      "--virt-type",
      "qemu",
      "--osinfo",
      "centos7.0",
      "--boot",
      "hd",
      "--disk",
      `path=${path.join(dir, n.disk)},format=raw`,
      "--network",
      `bridge=${tb.TESTBED_BRIDGE}`,
      "--graphics",
      "vnc,listen=127.0.0.1",
      "--noautoconsole",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const domFile = path.join(mkdirTemp(), "dom.xml");
  writeFileSync(domFile, domXml);
  virsh("define", domFile);
  virsh("start", n.dom);
  before.domid = virsh("domid", n.dom).trim();
  before.uuid = virsh("domuuid", n.dom).trim();
  before.macs = macs();
  before.domXml = inactiveWithoutMarker("dumpxml", "--inactive", n.dom);
  before.lvmXml = virsh("pool-dumpxml", "--inactive", n.lvm);
  before.netXml = virsh("net-dumpxml", "--inactive", n.net);

  const captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
    { className: "StoragePool", name: "StoragePool", props: dirRaw },
    { className: "StorageVolume", name: "StorageVolume", props: diskRaw },
    { className: "Network", name: "Network", props: netRaw },
    { className: "Domain", name: "Domain", props: domRaw },
  ]);
  cap = Object.fromEntries(captured.map((c) => [c.name, c]));
  host = await ProviderHost.start();
  await host.configure({ "kvm-infra:uri": URI });
}, 240000);

function mkdirTemp(): string {
  const d = path.join(tmpdir(), `adopt-${sfx}-${Math.random().toString(16).slice(2)}`);
  mkdirSync(d, { recursive: true });
  return d;
}

afterAll(async () => {
  await host?.stop();
  const quiet = (...a: string[]) => {
    try {
      virsh(...a);
    } catch (e) {
      /* already gone or stopped */
    }
  };
  quiet("destroy", n.dom);
  quiet("undefine", n.dom);
  quiet("net-destroy", n.net);
  quiet("net-undefine", n.net);
  // The volume group stays: only the pool's definition goes.
  quiet("pool-destroy", n.lvm);
  quiet("pool-undefine", n.lvm);
  for (const v of [n.disk, n.grow, n.shrink]) quiet("vol-delete", "--pool", n.dir, v);
  quiet("pool-destroy", n.dir);
  quiet("pool-undefine", n.dir);
  rmSync(dir, { recursive: true, force: true });
});

describe("a host set up the runbook's way, adopted through the dynamic-provider host", () => {
  test("the logical pool on the volume group: same uuid, definition untouched, no change on the next up or after a refresh", async () => {
    const uuid = virsh("pool-uuid", n.lvm).trim();
    const s = await adopt("StoragePool", "lvm", poolRaw);
    expect(s.id).toBe(uuid);
    expect(s.outs).toMatchObject({ adopted: true, uuid, autostart: true });
    expect(virsh("pool-dumpxml", "--inactive", n.lvm)).toBe(before.lvmXml);
    expect(info(virsh("pool-info", n.lvm)).State).toBe("running");
    const read = await expectNoChanges(s, poolRaw);
    expect(read.adopted).toBe(true);
    expect(execFileSync("vgs", ["--noheadings", "-o", "vg_name", tb.TESTBED_VG], { encoding: "utf8" }).trim()).toBe(tb.TESTBED_VG);
  });

  test("the dir pool and the bridge network: adopted as they are", async () => {
    const pool = await adopt("StoragePool", "dir", dirRaw);
    expect(pool.outs.adopted).toBe(true);
    await expectNoChanges(pool, dirRaw);
    const net = await adopt("Network", "net", netRaw);
    expect(net.id).toBe(virsh("net-uuid", n.net).trim());
    expect(net.outs).toMatchObject({ adopted: true, bridgeName: tb.TESTBED_BRIDGE, active: true });
    expect(virsh("net-dumpxml", "--inactive", n.net)).toBe(before.netXml);
    await expectNoChanges(net, netRaw);
  });

  test("the disk volume with its data; a smaller configured volume may grow, keeping its data", async () => {
    const disk = await adopt("StorageVolume", "disk", diskRaw);
    expect(disk.outs).toMatchObject({ adopted: true, path: path.join(dir, n.disk), capacityBytes: 64 * MiB });
    await expectNoChanges(disk, diskRaw);
    expect(readMarker(path.join(dir, n.disk), marker(n.disk).length)).toBe(marker(n.disk));

    const growRaw = { ...diskRaw, name: n.grow, capacityBytes: 48 * MiB };
    const grown = await adopt("StorageVolume", "grow", growRaw);
    expect(grown.outs.adopted).toBe(true);
    expect(Number(/(\d+) bytes/.exec(virsh("vol-info", "--bytes", "--pool", n.dir, n.grow))![1])).toBe(48 * MiB);
    expect(readMarker(path.join(dir, n.grow), marker(n.grow).length)).toBe(marker(n.grow));
    await expectNoChanges(grown, growRaw);
  });

  test("the running domain from virt-install: same domid, uuid, MACs and definition; no change on the next up or after a refresh", async () => {
    const s = await adopt("Domain", "dom", domRaw);
    expect(s.id).toBe(before.uuid);
    expect(s.outs).toMatchObject({ adopted: true, uuid: before.uuid, running: true, pendingRestart: [], installed: false });
    expect(virsh("domid", n.dom).trim()).toBe(before.domid);
    expect(virsh("domuuid", n.dom).trim()).toBe(before.uuid);
    expect(macs()).toEqual(before.macs);
    // Nothing redefined: the one addition is kvm-infra's owner marker, in the persistent definition.
    expect(inactiveWithoutMarker("dumpxml", "--inactive", n.dom)).toBe(before.domXml);
    expect(virsh("metadata", n.dom, OWNER_NS, "--config")).toMatch(/<owner managed-by="kvm-infra"\/>/);
    const read = await expectNoChanges(s, domRaw);
    expect(read).toMatchObject({ adopted: true, running: true, pendingRestart: [] });
    expect(virsh("domid", n.dom).trim()).toBe(before.domid);
    expect(readMarker(path.join(dir, n.disk), marker(n.disk).length)).toBe(marker(n.disk));
  });
});

describe("an adoption that would need a replace changes nothing and names the fields", () => {
  async function refused(kind: string, name: string, props: Rec) {
    const urn = urnOf(cap[kind].type, name);
    const checked = await host.check(urn, {}, withProvider(kind, props));
    // The engine stops at check failures; create, called anyway, refuses the same way.
    const err = await host.create(urn, checked.inputs).then(
      () => undefined,
      (e: Error) => e,
    );
    return { failures: checked.failures, error: err };
  }

  test("a logical pool on another volume group and device", async () => {
    const r = await refused("StoragePool", "lvm-other", { ...poolRaw, volumeGroup: "othervg", sourceDevices: ["/dev/loop7"] });
    expect(r.failures.map((f) => f.property)).toEqual(["volumeGroup", "sourceDevices"]);
    expect(r.failures[0].reason).toContain(`volumeGroup "${tb.TESTBED_VG}", the config says "othervg"`);
    expect(r.failures[1].reason).toContain(`sourceDevices ["${tb.TESTBED_VG_DEVICE}"], the config says ["/dev/loop7"]`);
    expect(r.error?.message).toMatch(
      /adopting storage pool .* is refused, nothing was changed: volumeGroup: host has "kvmitestvg", config says "othervg"/,
    );
    expect(virsh("pool-dumpxml", "--inactive", n.lvm)).toBe(before.lvmXml);
  });

  test("a bridge network configured as NAT", async () => {
    const nat = { address: "192.168.244.1", prefix: 24, dhcpStart: "192.168.244.10", dhcpEnd: "192.168.244.20" };
    const r = await refused("Network", "net-nat", { uri: URI, name: n.net, mode: "nat", nat, adopt: true });
    expect(r.failures).toEqual([
      {
        property: "mode",
        reason: `adopt: network "${n.net}" exists on the host with mode "bridge", the config says "nat"; that cannot change in place (it would need a replace): make the config say what the host has`,
      },
    ]);
    expect(r.error?.message).toContain('mode: host has "bridge", config says "nat"');
    expect(virsh("net-dumpxml", "--inactive", n.net)).toBe(before.netXml);
  });

  test("a domain on another machine type, and a volume configured smaller than it is", async () => {
    const r = await refused("Domain", "dom-pc", { ...domRaw, machine: "pc", memoryMiB: 256 });
    expect(r.failures.map((f) => f.property)).toEqual(["machine"]);
    expect(r.failures[0].reason).toMatch(/machine "pc-q35-[^"]+", the config says "pc"/);
    expect(r.error?.message).toMatch(/machine: host has "pc-q35-[^"]+", config says "pc"/);
    expect(virsh("domid", n.dom).trim()).toBe(before.domid);
    expect(inactiveWithoutMarker("dumpxml", "--inactive", n.dom)).toBe(before.domXml);

    const v = await refused("StorageVolume", "shrink", { ...diskRaw, name: n.shrink, capacityBytes: 16 * MiB });
    expect(v.failures).toHaveLength(1);
    expect(v.failures[0]).toMatchObject({ property: "capacityBytes" });
    expect(v.failures[0].reason).toContain(`capacityBytes ${32 * MiB}, the config says ${16 * MiB}`);
    expect(Number(/(\d+) bytes/.exec(virsh("vol-info", "--bytes", "--pool", n.dir, n.shrink))![1])).toBe(32 * MiB);
    expect(readMarker(path.join(dir, n.shrink), marker(n.shrink).length)).toBe(marker(n.shrink));
  });

  test("without adopt, an existing object is refused and the error says how to take it over", async () => {
    const urn = urnOf(cap.Network.type, "net-noadopt");
    const checked = await host.check(urn, {}, withProvider("Network", { ...netRaw, adopt: false }));
    expect(checked.failures).toEqual([]);
    await expect(host.create(urn, checked.inputs)).rejects.toThrow(
      new RegExp(`a network named "${n.net}" .* already exists on .* and was not made by kvm-infra; set adopt: true to take it over`),
    );
    expect(virshFails("net-info", n.net)).toBe(false);
  });
});
