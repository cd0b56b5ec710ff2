// check(): every property validated, failures naming the property and the accepted values,
// defaults filled in so the state holds explicit values.
import { checkStoragePool } from "../../../libvirt/resources/storage-pool-spec";
import { checkStorageVolume } from "../../../libvirt/resources/storage-volume-spec";
import { checkNetwork } from "../../../libvirt/resources/network-spec";
import { checkDomain } from "../../../libvirt/resources/domain-spec";
import { UNKNOWN } from "../../../libvirt/resources/validate";

type Rec = Record<string, unknown>;
const URI = "qemu+ssh://root@kvm01.example.com/system";

const pool: Rec = { uri: URI, name: "images_lvm", type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] };
const dirPool: Rec = { uri: URI, name: "boot", type: "dir", targetPath: "/var/lib/libvirt/boot" };
const volume: Rec = { uri: URI, pool: "images_lvm", name: "home", capacityBytes: 64 * 2 ** 30 };
const natNet: Rec = {
  uri: URI,
  name: "lab",
  mode: "nat",
  nat: { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.10", dhcpEnd: "192.168.150.99" },
};
const bridgeNet: Rec = { uri: URI, name: "br0net", mode: "bridge", bridge: "br0" };
const domain: Rec = { uri: URI, name: "centos7", memoryMiB: 4096, vcpus: 2 };

function failuresOf(fn: (o: Rec, n: Rec) => { failures: { property: string; reason: string }[] }, base: Rec, change: Rec, olds: Rec = {}) {
  const news: Rec = { ...base, ...change };
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete news[k];
  return fn(olds, news).failures;
}

describe("valid inputs pass with no failures", () => {
  test.each([
    ["logical pool", checkStoragePool, pool],
    ["dir pool", checkStoragePool, dirPool],
    ["volume", checkStorageVolume, volume],
    ["nat network", checkNetwork, natNet],
    ["bridge network", checkNetwork, bridgeNet],
    ["minimal domain", checkDomain, domain],
    [
      "full domain",
      checkDomain,
      {
        ...domain,
        uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
        virtType: "qemu",
        title: "xxx",
        description: "multi\nline",
        osinfoId: "http://centos.org/centos/7.0",
        maxMemoryMiB: 8192,
        maxVcpus: 4,
        arch: "x86_64",
        machine: "pc-q35-7.2",
        bootDevices: ["hd", "cdrom"],
        directBoot: { kernel: "/var/lib/libvirt/boot/vmlinuz", initrd: "/var/lib/libvirt/boot/initrd.img", cmdline: "inst.repo=http://x/" },
        features: { acpi: false, apic: true, pae: true },
        cpuMode: "host-model",
        clockOffset: "localtime",
        onPoweroff: "destroy",
        onReboot: "restart",
        onCrash: "coredump-restart",
        timers: [
          { name: "rtc", tickpolicy: "catchup" },
          { name: "pit", tickpolicy: "delay" },
          { name: "hpet", present: false },
          { name: "kvmclock", present: true },
        ],
        pm: { suspendToMem: false, suspendToDisk: true },
        disks: [
          {
            source: { type: "volume", pool: "images_lvm", volume: "home" },
            targetDev: "vda",
            bus: "virtio",
            driverType: "raw",
            device: "disk",
            readonly: false,
          },
          { source: { type: "file", path: "/iso/c7.iso" }, device: "cdrom", targetDev: "sda", bus: "sata", readonly: true },
          { source: { type: "block", dev: "/dev/cl/data" }, targetDev: "vdb" },
        ],
        interfaces: [
          { source: { type: "bridge", bridge: "br0" }, mac: "52:54:00:12:34:56", model: "virtio", linkState: "down" },
          { source: { type: "network", network: "default" } },
        ],
        graphics: { vnc: { port: 5901, listen: "0.0.0.0", password: "12345678", websocketPort: 5701 } },
        serialConsole: false,
        guestAgent: true,
        rng: true,
        memballoon: "none",
        tablet: true,
        running: false,
        autostart: true,
        restartOnUpdate: true,
        shutdownTimeoutSeconds: 30,
      },
    ],
  ])("%s", (_n, fn, inputs) => {
    expect((fn as (o: Rec, n: Rec) => { failures: unknown[] })({}, inputs as Rec).failures).toEqual([]);
  });
});

// [description, base, change, failing property, text the reason must contain]
const poolCases: Array<[string, Rec, Rec, string, string]> = [
  ["missing uri", pool, { uri: undefined }, "uri", "uri is required"],
  ["bad uri", pool, { uri: "not a uri" }, "uri", "qemu+ssh://root@host/system"],
  ["name with slash", pool, { name: "a/b" }, "name", 'without "/"'],
  ["empty name", pool, { name: "" }, "name", "1-200 characters"],
  ["unknown type", pool, { type: "zfs" }, "type", '"dir", "logical"'],
  ["relative source device", pool, { sourceDevices: ["sda2"] }, "sourceDevices[0]", "absolute path"],
  ["empty device list", pool, { sourceDevices: [] }, "sourceDevices", "at least one"],
  ["bad volume group", pool, { volumeGroup: "-vg" }, "volumeGroup", "LVM volume group name"],
  ["logical without volume group", pool, { volumeGroup: undefined }, "volumeGroup", "required for a logical pool"],
  ["build without devices", pool, { build: true, sourceDevices: undefined }, "sourceDevices", "required when build is true"],
  ["relative target path", pool, { targetPath: "dev/cl" }, "targetPath", "absolute path"],
  ["dir without target path", dirPool, { targetPath: undefined }, "targetPath", "required for a dir pool"],
  ["dir with devices", dirPool, { sourceDevices: ["/dev/sdb"] }, "sourceDevices", "only applies to logical pools"],
  ["dir with volume group", dirPool, { volumeGroup: "cl" }, "volumeGroup", "only applies to logical pools"],
  ["build not boolean", pool, { build: "yes" }, "build", "true or false"],
  ["autostart not boolean", pool, { autostart: 1 }, "autostart", "true or false"],
  ["wipeOnDelete not boolean", pool, { wipeOnDelete: "no" }, "wipeOnDelete", "true or false"],
  ["unknown property", pool, { sizeGiB: 3 }, "sizeGiB", "not a known property"],
];
const volumeCases: Array<[string, Rec, Rec, string, string]> = [
  ["missing uri", volume, { uri: undefined }, "uri", "required"],
  ["bad uri", volume, { uri: "qemu+ssh//host" }, "uri", "libvirt URI"],
  ["pool with slash", volume, { pool: "a/b" }, "pool", 'without "/"'],
  ["name with space", volume, { name: "my vol" }, "name", "A-Z a-z 0-9 + _ . -"],
  ["name starting with dash", volume, { name: "-x" }, "name", 'not start with "-"'],
  ["zero capacity", volume, { capacityBytes: 0 }, "capacityBytes", "from 1 to"],
  ["fractional capacity", volume, { capacityBytes: 1.5 }, "capacityBytes", "whole number"],
  ["capacity with unit string", volume, { capacityBytes: "64G" }, "capacityBytes", "whole number"],
  ["missing capacity", volume, { capacityBytes: undefined }, "capacityBytes", "required"],
  ["unknown format", volume, { format: "vmdk" }, "format", '"raw", "qcow2"'],
  ["sparse not boolean", volume, { sparse: "no" }, "sparse", "true or false"],
  ["source with both", volume, { source: { url: "http://x/a", path: "/a" } }, "source", "exactly one of url"],
  ["source with neither", volume, { source: {} }, "source", "exactly one of url"],
  ["source url not http", volume, { source: { url: "ftp://x/a" } }, "source.url", "http:// or https://"],
  ["source path relative", volume, { source: { path: "disk.img" } }, "source.path", "absolute path"],
  ["source unknown key", volume, { source: { file: "/a" } }, "source.file", "not a known property"],
];
const networkCases: Array<[string, Rec, Rec, string, string]> = [
  ["missing uri", natNet, { uri: undefined }, "uri", "required"],
  ["name with slash", natNet, { name: "x/y" }, "name", 'without "/"'],
  ["unknown mode", natNet, { mode: "route" }, "mode", '"bridge", "nat"'],
  ["bridge mode without bridge", bridgeNet, { bridge: undefined }, "bridge", "existing host bridge"],
  ["bridge name too long", bridgeNet, { bridge: "abcdefghijklmnop" }, "bridge", "1-15"],
  ["bridge mode with nat", bridgeNet, { nat: natNet.nat }, "nat", 'only applies to mode "nat"'],
  ["nat mode without nat", natNet, { nat: undefined }, "nat", "required in nat mode"],
  ["nat bad address", natNet, { nat: { ...(natNet.nat as Rec), address: "192.168.150.256" } }, "nat.address", "IPv4 address"],
  ["nat bad prefix", natNet, { nat: { ...(natNet.nat as Rec), prefix: 33 } }, "nat.prefix", "from 8 to 30"],
  [
    "nat dhcp outside subnet",
    natNet,
    { nat: { ...(natNet.nat as Rec), dhcpStart: "192.168.151.10" } },
    "nat.dhcpStart",
    "must lie in 192.168.150.1/24",
  ],
  ["nat dhcp reversed", natNet, { nat: { ...(natNet.nat as Rec), dhcpEnd: "192.168.150.5" } }, "nat.dhcpEnd", "must not come before"],
  [
    "nat missing dhcpEnd",
    natNet,
    { nat: { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.10" } },
    "nat.dhcpEnd",
    "required",
  ],
  ["nat unknown key", natNet, { nat: { ...(natNet.nat as Rec), gateway: "x" } }, "nat.gateway", "not a known property"],
  ["autostart not boolean", natNet, { autostart: "yes" }, "autostart", "true or false"],
];
const disk = (d: Rec) => ({ disks: [{ source: { type: "volume", pool: "p", volume: "v" }, targetDev: "vda", ...d }] });
const nic = (d: Rec) => ({ interfaces: [{ source: { type: "network", network: "default" }, ...d }] });
const domainCases: Array<[string, Rec, Rec, string, string]> = [
  ["missing uri", domain, { uri: undefined }, "uri", "required"],
  ["bad uri", domain, { uri: "://" }, "uri", "libvirt URI"],
  ["name with slash", domain, { name: "a/b" }, "name", 'without "/"'],
  ["bad uuid", domain, { uuid: "1234" }, "uuid", "must be a UUID"],
  ["unknown virtType", domain, { virtType: "xen" }, "virtType", '"kvm", "qemu"'],
  ["title with newline", domain, { title: "a\nb" }, "title", "single line"],
  ["description not string", domain, { description: 3 }, "description", "must be a string"],
  ["osinfoId not a URI", domain, { osinfoId: "centos7.0" }, "osinfoId", "http://centos.org/centos/7.0"],
  ["memory too small", domain, { memoryMiB: 1 }, "memoryMiB", "from 16 to"],
  ["memory missing", domain, { memoryMiB: undefined }, "memoryMiB", "required"],
  ["max memory below memory", domain, { maxMemoryMiB: 1024 }, "maxMemoryMiB", "at least memoryMiB (4096)"],
  ["vcpus zero", domain, { vcpus: 0 }, "vcpus", "from 1 to 4096"],
  ["vcpus missing", domain, { vcpus: undefined }, "vcpus", "required"],
  ["max vcpus below vcpus", domain, { maxVcpus: 1 }, "maxVcpus", "at least vcpus (2)"],
  ["bad arch", domain, { arch: "x86 64" }, "arch", "x86_64"],
  ["bad machine", domain, { machine: "q35 new" }, "machine", "q35"],
  ["unknown boot device", domain, { bootDevices: ["usb"] }, "bootDevices[0]", '"hd", "cdrom", "network", "fd"'],
  ["empty boot devices", domain, { bootDevices: [] }, "bootDevices", "at least one"],
  ["repeated boot device", domain, { bootDevices: ["hd", "hd"] }, "bootDevices", "not repeat"],
  ["direct boot relative kernel", domain, { directBoot: { kernel: "vmlinuz" } }, "directBoot.kernel", "absolute path"],
  ["direct boot without kernel", domain, { directBoot: { initrd: "/b/initrd" } }, "directBoot.kernel", "required"],
  ["direct boot relative initrd", domain, { directBoot: { kernel: "/b/k", initrd: "initrd" } }, "directBoot.initrd", "absolute path"],
  ["feature not boolean", domain, { features: { acpi: "off" } }, "features.acpi", "true or false"],
  ["unknown feature", domain, { features: { hyperv: true } }, "features.hyperv", "acpi, apic, pae"],
  ["unknown cpu mode", domain, { cpuMode: "custom" }, "cpuMode", '"host-passthrough", "host-model", "maximum"'],
  ["unknown clock offset", domain, { clockOffset: "variable" }, "clockOffset", '"utc", "localtime"'],
  ["timers not a list", domain, { timers: { name: "rtc" } }, "timers", "must be a list"],
  ["timer not an object", domain, { timers: ["rtc"] }, "timers[0]", "must be an object"],
  ["timer without name", domain, { timers: [{ tickpolicy: "delay" }] }, "timers[0].name", "timers[0].name is required"],
  ["unknown timer", domain, { timers: [{ name: "platform" }] }, "timers[0].name", '"rtc", "pit", "hpet", "kvmclock", "tsc", "hypervclock"'],
  [
    "timer listed twice",
    domain,
    { timers: [{ name: "rtc" }, { name: "rtc", tickpolicy: "delay" }] },
    "timers[1].name",
    '"rtc" is set by another timer',
  ],
  [
    "unknown tick policy",
    domain,
    { timers: [{ name: "pit", tickpolicy: "slew" }] },
    "timers[0].tickpolicy",
    '"delay", "catchup", "merge", "discard"',
  ],
  ["timer present not boolean", domain, { timers: [{ name: "hpet", present: "no" }] }, "timers[0].present", "true or false"],
  ["unknown timer property", domain, { timers: [{ name: "tsc", frequency: 1000 }] }, "timers[0].frequency", "name, tickpolicy, present"],
  ["pm not an object", domain, { pm: "off" }, "pm", "pm must be an object"],
  ["pm suspend not boolean", domain, { pm: { suspendToMem: "no" } }, "pm.suspendToMem", "true or false"],
  ["unknown pm property", domain, { pm: { suspendToRam: false } }, "pm.suspendToRam", "suspendToMem, suspendToDisk"],
  ["unknown poweroff action", domain, { onPoweroff: "coredump-destroy" }, "onPoweroff", '"rename-restart"'],
  ["unknown reboot action", domain, { onReboot: "reboot" }, "onReboot", '"destroy", "restart"'],
  ["unknown crash action", domain, { onCrash: "halt" }, "onCrash", '"coredump-restart"'],
  ["disks not a list", domain, { disks: {} }, "disks", "must be a list"],
  ["disk without target", domain, { disks: [{ source: { type: "file", path: "/a" } }] }, "disks[0].targetDev", "required"],
  ["disk bad target", domain, disk({ targetDev: "disk0" }), "disks[0].targetDev", "vda, sda or hda"],
  ["disk duplicate target", domain, { disks: [disk({}).disks[0], disk({}).disks[0]] }, "disks[1].targetDev", "used by another disk"],
  ["disk unknown source type", domain, disk({ source: { type: "nbd" } }), "disks[0].source.type", '"volume", "file", "block"'],
  ["disk volume without pool", domain, disk({ source: { type: "volume", volume: "v" } }), "disks[0].source.pool", "required"],
  ["disk volume bad name", domain, disk({ source: { type: "volume", pool: "p", volume: "a b" } }), "disks[0].source.volume", "A-Z a-z"],
  ["disk file relative", domain, disk({ source: { type: "file", path: "a.img" } }), "disks[0].source.path", "absolute path"],
  ["disk block relative", domain, disk({ source: { type: "block", dev: "sda" } }), "disks[0].source.dev", "absolute path"],
  ["disk unknown device", domain, disk({ device: "floppy" }), "disks[0].device", '"disk", "cdrom"'],
  ["disk unknown bus", domain, disk({ bus: "nvme" }), "disks[0].bus", '"virtio", "sata", "scsi", "ide", "usb"'],
  ["disk unknown driver type", domain, disk({ driverType: "vmdk" }), "disks[0].driverType", '"raw", "qcow2"'],
  ["disk readonly not boolean", domain, disk({ readonly: "yes" }), "disks[0].readonly", "true or false"],
  ["interface without source", domain, { interfaces: [{}] }, "interfaces[0].source", "required"],
  [
    "interface unknown source type",
    domain,
    nic({ source: { type: "direct", dev: "eth0" } }),
    "interfaces[0].source.type",
    '"network", "bridge"',
  ],
  ["interface network missing", domain, nic({ source: { type: "network" } }), "interfaces[0].source.network", "required"],
  [
    "interface bridge too long",
    domain,
    nic({ source: { type: "bridge", bridge: "a-very-long-bridge-name" } }),
    "interfaces[0].source.bridge",
    "1-15",
  ],
  ["interface bad mac", domain, nic({ mac: "52:54:00:12:34" }), "interfaces[0].mac", "52:54:00:12:34:56"],
  ["interface multicast mac", domain, nic({ mac: "01:54:00:12:34:56" }), "interfaces[0].mac", "unicast"],
  ["interface bad model", domain, nic({ model: "virtio net" }), "interfaces[0].model", "virtio, e1000"],
  ["interface bad link state", domain, nic({ linkState: "off" }), "interfaces[0].linkState", '"up", "down"'],
  ["vnc port too low", domain, { graphics: { vnc: { port: 5800 } } }, "graphics.vnc.port", "from 5900 to 65535"],
  ["vnc websocket port", domain, { graphics: { vnc: { websocketPort: 80 } } }, "graphics.vnc.websocketPort", "from 1024 to 65535"],
  ["vnc listen not an address", domain, { graphics: { vnc: { listen: "localhost" } } }, "graphics.vnc.listen", "IP address"],
  ["vnc password too long", domain, { graphics: { vnc: { password: "123456789" } } }, "graphics.vnc.password", "1 to 8 characters"],
  ["spice graphics", domain, { graphics: { spice: {} } }, "graphics.spice", "not a known property"],
  ["serialConsole not boolean", domain, { serialConsole: "yes" }, "serialConsole", "true or false"],
  ["guestAgent not boolean", domain, { guestAgent: 1 }, "guestAgent", "true or false"],
  ["rng not boolean", domain, { rng: "on" }, "rng", "true or false"],
  ["unknown memballoon", domain, { memballoon: "xen" }, "memballoon", '"virtio", "none"'],
  ["tablet not boolean", domain, { tablet: "yes" }, "tablet", "true or false"],
  ["running not boolean", domain, { running: "yes" }, "running", "true or false"],
  ["autostart not boolean", domain, { autostart: "yes" }, "autostart", "true or false"],
  ["restartOnUpdate not boolean", domain, { restartOnUpdate: "yes" }, "restartOnUpdate", "true or false"],
  ["shutdown timeout zero", domain, { shutdownTimeoutSeconds: 0 }, "shutdownTimeoutSeconds", "from 1 to 3600 seconds"],
  ["unknown property", domain, { memory: 4096 }, "memory", "not a known property"],
];

describe.each([
  ["StoragePool", checkStoragePool, poolCases],
  ["StorageVolume", checkStorageVolume, volumeCases],
  ["Network", checkNetwork, networkCases],
  ["Domain", checkDomain, domainCases],
] as const)("%s check refuses", (_r, fn, cases) => {
  test.each(cases as Array<[string, Rec, Rec, string, string]>)("%s", (_d, base, change, property, text) => {
    const failures = failuresOf(fn as never, base, change);
    const f = failures.find((x) => x.property === property);
    expect(f).toBeDefined();
    expect(f!.reason).toContain(text);
  });
});

describe("check never echoes the VNC password", () => {
  test("a too long password is described by its length only", () => {
    const failures = failuresOf(checkDomain, domain, { graphics: { vnc: { password: "s3cretpassword" } } });
    expect(JSON.stringify(failures)).not.toContain("s3cretpassword");
    expect(failures[0].reason).toContain("14 characters");
  });
});

describe("unknown values (computed inputs during preview) pass check", () => {
  test.each([
    ["volume pool", checkStorageVolume, { ...volume, pool: UNKNOWN }],
    ["domain disks", checkDomain, { ...domain, disks: UNKNOWN }],
    ["domain interface network", checkDomain, { ...domain, interfaces: [{ source: { type: "network", network: UNKNOWN } }] }],
    ["network uri", checkNetwork, { ...natNet, uri: UNKNOWN }],
  ])("%s", (_d, fn, news) => {
    expect((fn as (o: Rec, n: Rec) => { failures: unknown[] })({}, news as Rec).failures).toEqual([]);
  });
});

describe("shrinking a volume is refused at preview, growing is not", () => {
  const olds = { ...volume, format: "raw", sparse: true, capacityBytes: 128 * 2 ** 20 };
  test("shrink says why", () => {
    const f = failuresOf(checkStorageVolume, volume, { capacityBytes: 64 * 2 ** 20 }, olds);
    expect(f).toHaveLength(1);
    expect(f[0].property).toBe("capacityBytes");
    expect(f[0].reason).toContain(`cannot shrink from ${128 * 2 ** 20} to ${64 * 2 ** 20} bytes`);
    expect(f[0].reason).toContain("only growing is done in place");
  });
  test("grow passes", () => {
    expect(failuresOf(checkStorageVolume, volume, { capacityBytes: 256 * 2 ** 20 }, olds)).toEqual([]);
  });
  test("a smaller replacement (new name) passes", () => {
    expect(failuresOf(checkStorageVolume, volume, { name: "home2", capacityBytes: 2 ** 20 }, olds)).toEqual([]);
  });
});

describe("defaults are filled in", () => {
  test("logical pool", () => {
    expect(checkStoragePool({}, pool).inputs).toEqual({
      ...pool,
      targetPath: "/dev/cl",
      build: false,
      autostart: true,
      wipeOnDelete: false,
    });
  });
  test("dir pool keeps its target path", () => {
    expect(checkStoragePool({}, dirPool).inputs).toEqual({ ...dirPool, build: false, autostart: true, wipeOnDelete: false });
  });
  test("volume", () => {
    expect(checkStorageVolume({}, volume).inputs).toEqual({ ...volume, format: "raw", sparse: true });
  });
  test("network", () => {
    expect(checkNetwork({}, bridgeNet).inputs).toEqual({ ...bridgeNet, autostart: true });
  });
  test("kvm domain", () => {
    expect(
      checkDomain(
        {},
        {
          ...domain,
          uuid: "4DEA22B31D52D8F32516782E98AB3FA0",
          disks: [{ source: { type: "file", path: "/a.img" }, targetDev: "vda" }],
          interfaces: [{ source: { type: "bridge", bridge: "br0" }, mac: "52:54:00:AB:CD:EF" }],
          graphics: { vnc: { password: "x" } },
        },
      ).inputs,
    ).toEqual({
      ...domain,
      uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
      virtType: "kvm",
      maxMemoryMiB: 4096,
      maxVcpus: 2,
      arch: "x86_64",
      machine: "q35",
      bootDevices: ["hd"],
      features: { acpi: true, apic: true, pae: false },
      cpuMode: "host-passthrough",
      clockOffset: "utc",
      onPoweroff: "destroy",
      onReboot: "restart",
      onCrash: "destroy",
      disks: [
        { source: { type: "file", path: "/a.img" }, targetDev: "vda", device: "disk", bus: "virtio", driverType: "raw", readonly: false },
      ],
      interfaces: [{ source: { type: "bridge", bridge: "br0" }, mac: "52:54:00:ab:cd:ef", model: "virtio", linkState: "up" }],
      graphics: { vnc: { password: "x", listen: "127.0.0.1" } },
      serialConsole: true,
      guestAgent: false,
      rng: false,
      memballoon: "virtio",
      tablet: false,
      running: true,
      autostart: false,
      restartOnUpdate: false,
      shutdownTimeoutSeconds: 120,
    });
  });
  test("qemu domain leaves cpuMode to libvirt", () => {
    expect(checkDomain({}, { ...domain, virtType: "qemu" }).inputs.cpuMode).toBeUndefined();
  });
  test("defaults contain no undefined values", () => {
    const json = (v: unknown) => JSON.stringify(v, (_k, x) => (x === undefined ? "UNDEF" : x));
    expect(json(checkDomain({}, { ...domain, virtType: "qemu" }).inputs)).not.toContain("UNDEF");
  });
});
