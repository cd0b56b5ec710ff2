// diff(): exact and minimal. Only the properties libvirt cannot change in place replace (with
// deleteBeforeReplace); computed outputs in the state are never a change.
import { checkStoragePool, diffStoragePool, STORAGE_POOL_KEYS } from "../../../libvirt/resources/storage-pool-spec";
import { checkStorageVolume, diffStorageVolume, STORAGE_VOLUME_KEYS } from "../../../libvirt/resources/storage-volume-spec";
import { checkNetwork, diffNetwork, NETWORK_KEYS } from "../../../libvirt/resources/network-spec";
import { checkDomain, diffDomain, DOMAIN_KEYS } from "../../../libvirt/resources/domain-spec";
import { UNKNOWN } from "../../../libvirt/resources/validate";

type Rec = Record<string, unknown>;
const URI = "qemu+ssh://root@kvm01/system";
const URI2 = "qemu+ssh://root@kvm02/system";

const pool = checkStoragePool({}, { uri: URI, name: "lvm", type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] })
  .inputs as unknown as Rec;
const volume = checkStorageVolume({}, { uri: URI, pool: "lvm", name: "home", capacityBytes: 2 ** 30 }).inputs as unknown as Rec;
const net = checkNetwork(
  {},
  { uri: URI, name: "lab", mode: "nat", nat: { address: "10.1.0.1", prefix: 24, dhcpStart: "10.1.0.10", dhcpEnd: "10.1.0.20" } },
).inputs as unknown as Rec;
const dom = checkDomain(
  {},
  {
    uri: URI,
    name: "c7",
    memoryMiB: 1024,
    vcpus: 1,
    disks: [{ source: { type: "volume", pool: "lvm", volume: "home" }, targetDev: "vda" }],
    interfaces: [{ source: { type: "network", network: "lab" } }],
    graphics: { vnc: { port: 5901, password: "abc" } },
  },
).inputs as unknown as Rec;

// Outputs the state carries besides the inputs: never part of a diff.
const poolOuts = { ...pool, uuid: "u", capacity: 1, allocation: 1, available: 0 };
const volumeOuts = { ...volume, key: "k", path: "/dev/cl/home", allocationBytes: 5 };
const netOuts = { ...net, uuid: "u", bridgeName: "virbr1", active: true };
const domOuts = { ...dom, uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0", vncPort: 5901, pendingRestart: [] };

type Case = [string, unknown, boolean];
const poolChanges: Case[] = [
  ["uri", URI2, true],
  ["name", "lvm2", true],
  ["type", "dir", true],
  ["sourceDevices", ["/dev/sdb1"], true],
  ["volumeGroup", "vg2", true],
  ["targetPath", "/dev/other", false],
  ["build", true, false],
  ["autostart", false, false],
  ["wipeOnDelete", true, false],
];
const volumeChanges: Case[] = [
  ["uri", URI2, true],
  ["pool", "other", true],
  ["name", "home2", true],
  ["capacityBytes", 2 ** 31, false],
  ["format", "qcow2", true],
  ["sparse", false, false],
  ["source", { url: "https://x/y.img" }, false],
];
const netChanges: Case[] = [
  ["uri", URI2, true],
  ["name", "lab2", true],
  ["mode", "bridge", false],
  ["bridge", "virbr9", false],
  ["nat", { address: "10.2.0.1", prefix: 24, dhcpStart: "10.2.0.10", dhcpEnd: "10.2.0.20" }, false],
  ["autostart", false, false],
];
const domChanges: Case[] = [
  ["uri", URI2, true],
  ["name", "c8", true],
  ["uuid", "00000000-0000-0000-0000-000000000001", true],
  ["virtType", "qemu", false],
  ["title", "t", false],
  ["description", "d", false],
  ["osinfoId", "http://centos.org/centos/7.0", false],
  ["memoryMiB", 2048, false],
  ["maxMemoryMiB", 4096, false],
  ["vcpus", 2, false],
  ["maxVcpus", 4, false],
  ["arch", "aarch64", false],
  ["machine", "pc", false],
  ["bootDevices", ["cdrom", "hd"], false],
  ["directBoot", { kernel: "/k" }, false],
  ["features", { acpi: false, apic: true, pae: false }, false],
  ["cpuMode", "host-model", false],
  ["clockOffset", "localtime", false],
  ["timers", [{ name: "rtc", tickpolicy: "catchup" }], false],
  ["pm", { suspendToMem: false, suspendToDisk: false }, false],
  ["onPoweroff", "preserve", false],
  ["onReboot", "destroy", false],
  ["onCrash", "coredump-destroy", false],
  [
    "disks",
    [
      {
        source: { type: "volume", pool: "lvm", volume: "home" },
        targetDev: "vdb",
        device: "disk",
        bus: "virtio",
        driverType: "raw",
        readonly: false,
      },
    ],
    false,
  ],
  ["interfaces", [{ source: { type: "bridge", bridge: "br0" }, model: "virtio", linkState: "up" }], false],
  ["graphics", { vnc: { port: 5901, password: "abcd", listen: "127.0.0.1" } }, false],
  ["serialConsole", false, false],
  ["guestAgent", true, false],
  ["rng", true, false],
  ["memballoon", "none", false],
  ["tablet", true, false],
  ["running", false, false],
  ["autostart", true, false],
  ["restartOnUpdate", true, false],
  ["shutdownTimeoutSeconds", 10, false],
];

// Input properties that are never a change (see diffDomain: an existing domain is never reinstalled);
// test/unit/resources/domain-install.test.ts covers them.
// adopt only steers create (test/unit/resources/adoption.test.ts): never a change for any kind.
const domNeverChanges = ["install", "adopt"];

describe.each([
  ["StoragePool", diffStoragePool, poolOuts, pool, poolChanges, STORAGE_POOL_KEYS, ["adopt"]],
  ["StorageVolume", diffStorageVolume, volumeOuts, volume, volumeChanges, STORAGE_VOLUME_KEYS, ["adopt"]],
  ["Network", diffNetwork, netOuts, net, netChanges, NETWORK_KEYS, ["adopt"]],
  ["Domain", diffDomain, domOuts, dom, domChanges, DOMAIN_KEYS, domNeverChanges],
] as const)("%s diff", (_r, diff, outs, inputs, changes, keys, never) => {
  test("every input property is covered by the table", () => {
    expect([...(changes as Case[]).map((c) => c[0]), ...never].sort()).toEqual([...keys].sort());
  });
  test("same inputs against the stored outputs: no change", () => {
    expect(diff(outs as Rec, { ...(inputs as Rec) })).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false, changed: [] });
  });
  test.each([true, false])("adopt set to %s later: no change (it only steers create)", (adopt) => {
    expect(diff(outs as Rec, { ...(inputs as Rec), adopt }).changes).toBe(false);
  });
  test.each(changes as Case[])("%s changed to %j: replace=%s", (key, value, replace) => {
    const d = diff(outs as Rec, { ...(inputs as Rec), [key]: value });
    expect(d.changes).toBe(true);
    expect(d.changed).toEqual([key]);
    expect(d.replaces).toEqual(replace ? [key] : []);
    expect(d.deleteBeforeReplace).toBe(replace);
  });
  test.each((changes as Case[]).map((c) => [c[0], c[2]] as [string, boolean]))(
    "%s unknown at preview: a change (replace=%s)",
    (key, replace) => {
      const d = diff(outs as Rec, { ...(inputs as Rec), [key]: UNKNOWN });
      expect(d.changed).toEqual([key]);
      expect(d.replaces).toEqual(replace ? [key] : []);
    },
  );
});

describe("Domain diff details", () => {
  test("an unset uuid is not a change against the generated one", () => {
    const { uuid: _u, ...noUuid } = dom;
    expect(diffDomain(domOuts, noUuid).changes).toBe(false);
  });
  test("a set uuid equal to the state is not a change", () => {
    expect(diffDomain(domOuts, { ...dom, uuid: domOuts.uuid }).changes).toBe(false);
  });
  test("removing an optional property is a change", () => {
    expect(diffDomain({ ...domOuts, title: "x" }, dom).changed).toEqual(["title"]);
  });
  test("a nested change inside interfaces is found", () => {
    const ifs = [{ ...(dom.interfaces as Rec[])[0], linkState: "down" }];
    expect(diffDomain(domOuts, { ...dom, interfaces: ifs }).changed).toEqual(["interfaces"]);
  });
  test("timers in another order, or one tick policy changed, is an in-place change of timers", () => {
    const timers = [
      { name: "rtc", tickpolicy: "catchup" },
      { name: "hpet", present: false },
    ];
    const outs = { ...domOuts, timers };
    expect(diffDomain(outs, { ...dom, timers: [...timers].reverse() })).toMatchObject({ changed: ["timers"], replaces: [] });
    expect(diffDomain(outs, { ...dom, timers: [{ name: "rtc", tickpolicy: "delay" }, timers[1]] })).toMatchObject({
      changed: ["timers"],
      replaces: [],
    });
    expect(diffDomain(outs, { ...dom, timers: timers.map((t) => ({ ...t })) }).changes).toBe(false);
  });
  test("switching one suspend state is an in-place change of pm; removing pm is a change too", () => {
    const outs = { ...domOuts, pm: { suspendToMem: false, suspendToDisk: false } };
    expect(diffDomain(outs, { ...dom, pm: { suspendToMem: true, suspendToDisk: false } })).toMatchObject({ changed: ["pm"], replaces: [] });
    expect(diffDomain(outs, dom).changed).toEqual(["pm"]);
  });
  test("several changes at once are all listed, replaces only for the replacing ones", () => {
    const d = diffDomain(domOuts, { ...dom, name: "x", memoryMiB: 2048, vcpus: 2 });
    expect(d.changed).toEqual(["name", "memoryMiB", "vcpus"]);
    expect(d.replaces).toEqual(["name"]);
  });
});
