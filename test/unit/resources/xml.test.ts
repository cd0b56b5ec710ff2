// The XML builders (used by create/update and the render command) and the read-back into the
// input shape: every input property survives a round trip, and libvirt's canonical rewrites
// (expanded machine, generated MACs, added controllers, cpu model) are not changes.
import { readFileSync } from "fs";
import { join } from "path";
import {
  checkDomain,
  checkNetwork,
  checkStoragePool,
  checkStorageVolume,
  domainXml,
  networkXml,
  storagePoolXml,
  storageVolumeXml,
  DomainInputs,
  DOMAIN_KEYS_FOR_TESTS,
} from "./xml-fixtures";
import { domainFromXml, domainXmlForUpdate, interfaceDeviceXml, machineMatches, vncDeviceXml } from "../../../libvirt/resources/domain-xml";
import { networkFromXml } from "../../../libvirt/resources/network-xml";
import { storagePoolFromXml } from "../../../libvirt/resources/storage-pool-xml";
import { storageVolumeFromXml } from "../../../libvirt/resources/storage-volume-xml";
import { parseDomainXml, parseNetworkXml, parseStoragePoolXml, parseStorageVolumeXml } from "../../../libvirt/xml";

const URI = "qemu+ssh://root@kvm01/system";
// Not part of the libvirt definition: kept from the state by read().
const NOT_IN_XML = ["uri", "running", "autostart", "restartOnUpdate", "shutdownTimeoutSeconds"];

function xmlPart(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of DOMAIN_KEYS_FOR_TESTS) if (!NOT_IN_XML.includes(k) && inputs[k] !== undefined) out[k] = inputs[k];
  return out;
}

const full = checkDomain(
  {},
  {
    uri: URI,
    name: "c7",
    uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
    virtType: "kvm",
    title: "xxx",
    description: "two\nlines",
    osinfoId: "http://centos.org/centos/7.0",
    memoryMiB: 4096,
    maxMemoryMiB: 8192,
    vcpus: 2,
    maxVcpus: 4,
    machine: "q35",
    bootDevices: ["cdrom", "hd"],
    directBoot: {
      kernel: "/var/lib/libvirt/boot/vmlinuz",
      initrd: "/var/lib/libvirt/boot/initrd.img",
      cmdline: "inst.repo=http://x/ console=ttyS0",
    },
    features: { acpi: false, apic: true, pae: true },
    cpuMode: "host-model",
    clockOffset: "localtime",
    timers: [
      { name: "rtc", tickpolicy: "catchup" },
      { name: "pit", tickpolicy: "delay" },
      { name: "hpet", present: false },
      { name: "kvmclock", present: true },
    ],
    pm: { suspendToMem: false, suspendToDisk: true },
    onPoweroff: "destroy",
    onReboot: "restart",
    onCrash: "coredump-restart",
    disks: [
      { source: { type: "volume", pool: "images_lvm", volume: "home" }, targetDev: "vda" },
      { source: { type: "file", path: "/iso/c7.iso" }, device: "cdrom", targetDev: "sda", bus: "sata", readonly: true },
      { source: { type: "block", dev: "/dev/cl/data" }, targetDev: "vdb", driverType: "raw" },
      { source: { type: "file", path: "/img/q.qcow2" }, targetDev: "vdc", driverType: "qcow2" },
    ],
    interfaces: [
      { source: { type: "bridge", bridge: "br0" }, mac: "52:54:00:12:34:56" },
      { source: { type: "network", network: "default" }, model: "e1000", linkState: "down" },
    ],
    graphics: { vnc: { port: 5901, listen: "0.0.0.0", password: "12345678", websocketPort: 5701 } },
    serialConsole: true,
    guestAgent: true,
    rng: true,
    memballoon: "none",
    tablet: true,
  },
).inputs as DomainInputs;

describe("domainXml", () => {
  test("writes what virt-install would for the runbook's guest", () => {
    const doc = parseDomainXml(domainXml(full));
    expect(doc.type).toBe("kvm");
    expect(doc.memory).toEqual({ value: 8192 * 1024, unit: "KiB" });
    expect(doc.currentMemory).toEqual({ value: 4096 * 1024, unit: "KiB" });
    expect(doc.vcpu).toMatchObject({ count: 4, current: 2 });
    expect(doc.os?.type).toEqual({ value: "hvm", arch: "x86_64", machine: "q35" });
    expect(doc.os?.boot).toEqual([{ dev: "cdrom" }, { dev: "hd" }]);
    expect(doc.metadata?.libosinfo?.os?.id).toBe("http://centos.org/centos/7.0");
    expect(doc.onCrash).toBe("coredump-restart");
    const g = doc.devices?.graphics?.[0] as { port?: number; autoport?: string; passwd?: string; listen?: string };
    expect(g).toMatchObject({ port: 5901, autoport: "no", passwd: "12345678", listen: "0.0.0.0" });
    expect(doc.devices?.disks?.[0].source).toEqual({ type: "volume", pool: "images_lvm", volume: "home" });
  });

  test("writes timers in order with libvirt's attributes, and pm as enabled yes/no", () => {
    const xml = domainXml(full);
    expect(xml).toMatch(
      /<clock offset=["']localtime["']>\s*<timer name=["']rtc["'] tickpolicy=["']catchup["']\/>\s*<timer name=["']pit["'] tickpolicy=["']delay["']\/>\s*<timer name=["']hpet["'] present=["']no["']\/>\s*<timer name=["']kvmclock["'] present=["']yes["']\/>\s*<\/clock>/,
    );
    expect(xml).toMatch(/<pm>\s*<suspend-to-mem enabled=["']no["']\/>\s*<suspend-to-disk enabled=["']yes["']\/>\s*<\/pm>/);
  });

  test("without timers and pm the clock has no timer and there is no <pm>; an empty pm reads back as empty", () => {
    const min = checkDomain({}, { uri: URI, name: "m", virtType: "qemu", memoryMiB: 128, vcpus: 1, pm: {}, timers: [] }).inputs;
    const xml = domainXml(min);
    expect(xml).not.toMatch(/<timer|<pm/);
    expect(domainFromXml(xml, min).inputs).toMatchObject({ timers: [], pm: {} });
    expect(domainFromXml(xml, {}).inputs).not.toHaveProperty("timers");
    expect(domainFromXml(xml, {}).inputs).not.toHaveProperty("pm");
  });

  test("timers and pm set outside show up even when the inputs have none", () => {
    const min = checkDomain({}, { uri: URI, name: "m", virtType: "qemu", memoryMiB: 128, vcpus: 1 }).inputs;
    const edited = domainXml(min).replace(
      /<clock offset=["']utc["']\/>/,
      "<clock offset='utc'><timer name='hpet' present='no'/></clock><pm><suspend-to-disk enabled='no'/></pm>",
    );
    expect(edited).toContain("<timer name='hpet'");
    expect(domainFromXml(edited, min).inputs).toMatchObject({ timers: [{ name: "hpet", present: false }], pm: { suspendToDisk: false } });
  });

  test("every property survives build -> read back", () => {
    const back = domainFromXml(domainXml(full), full);
    expect(back.inputs).toEqual(xmlPart(full as unknown as Record<string, unknown>));
  });

  test("autoport VNC and a minimal qemu guest survive too", () => {
    const min = checkDomain(
      {},
      { uri: URI, name: "m", virtType: "qemu", memoryMiB: 128, vcpus: 1, graphics: { vnc: {} }, serialConsole: false },
    ).inputs;
    const xml = domainXml(min);
    expect(xml).toMatch(/autoport=["']yes["']/);
    expect(domainFromXml(xml, min).inputs).toEqual(xmlPart(min as unknown as Record<string, unknown>));
  });
});

describe("reading what libvirt wrote", () => {
  const live = readFileSync(join(__dirname, "fixtures/libvirt-domain-inactive.xml"), "utf8");
  const inputs = JSON.parse(readFileSync(join(__dirname, "fixtures/libvirt-domain-inputs.json"), "utf8"));

  test("libvirt's rewrites (pc-q35-7.2, generated MAC, controllers, qemu64 cpu, addresses) are no change", () => {
    expect(domainFromXml(live, inputs).inputs).toEqual(xmlPart(inputs));
  });

  test("a generated MAC is reported only for interfaces whose MAC the user set", () => {
    const ifs = domainFromXml(live, inputs).inputs.interfaces!;
    expect(ifs[0].mac).toBeUndefined();
    expect(ifs[1].mac).toBe("52:54:00:aa:bb:cc");
    expect(domainFromXml(live, inputs).macs[0]).toMatch(/^52:54:00:/);
  });

  test("a change made outside shows up", () => {
    const edited = live.replace("<on_reboot>restart</on_reboot>", "<on_reboot>destroy</on_reboot>");
    expect(domainFromXml(edited, inputs).inputs.onReboot).toBe("destroy");
  });

  test("redefining keeps libvirt's addresses, controllers, MACs and expanded machine", () => {
    const updated = parseDomainXml(
      domainXmlForUpdate({ ...inputs, memoryMiB: 256, maxMemoryMiB: 256 }, "f31497f2-0056-48e3-96e9-f2a2bf32a401", live),
    );
    const old = parseDomainXml(live);
    expect(updated.os?.type.machine).toBe("pc-q35-7.2");
    expect(updated.devices?.controllers).toEqual(old.devices?.controllers);
    expect(updated.devices?.interfaces?.map((i) => [i.mac, i.address])).toEqual(old.devices?.interfaces?.map((i) => [i.mac, i.address]));
    expect(updated.devices?.disks?.map((d) => d.address)).toEqual(old.devices?.disks?.map((d) => d.address));
    expect(updated.currentMemory).toEqual({ value: 256 * 1024, unit: "KiB" });
  });

  test("a new machine type lays the hardware out afresh (no pcie controllers on pc)", () => {
    const updated = parseDomainXml(domainXmlForUpdate({ ...inputs, machine: "pc" }, "f31497f2-0056-48e3-96e9-f2a2bf32a401", live));
    expect(updated.os?.type.machine).toBe("pc");
    // Only the USB controller the tablet needs, as written for a new domain: no pcie ones of q35.
    expect(updated.devices?.controllers).toEqual([{ type: "usb", model: "qemu-xhci", ports: 15 }]);
    expect(updated.devices?.interfaces?.[0].mac?.address).toBe(parseDomainXml(live).devices?.interfaces?.[0].mac?.address);
  });

  test.each([
    ["q35", "pc-q35-7.2", true],
    ["pc", "pc-i440fx-7.2", true],
    ["q35", "pc-i440fx-7.2", false],
    ["pc-q35-7.2", "pc-q35-7.2", true],
    ["pc", "pc-q35-7.2", false],
  ])("machine %s matches %s: %s", (asked, got, same) => {
    expect(machineMatches(asked as string, got as string)).toBe(same);
  });
});

describe("live device XML", () => {
  test("an interface for updateDeviceFlags carries the live MAC and the new source", () => {
    const xml = interfaceDeviceXml({ source: { type: "bridge", bridge: "br0" }, model: "virtio", linkState: "up" }, "52:54:00:08:c9:be");
    expect(xml).toMatch(/^<interface type=["']bridge["']>/);
    expect(xml).toContain("52:54:00:08:c9:be");
    expect(xml).toMatch(/<source bridge=["']br0["']\/>/);
  });
  test("VNC graphics for a live password change", () => {
    expect(vncDeviceXml({ password: "abc", listen: "127.0.0.1" })).toMatch(/^<graphics type=["']vnc["'].*passwd=["']abc["']/);
  });
});

describe("pools, volumes, networks", () => {
  test("logical pool: devices, volume group, lvm2, /dev/<vg>; round trip", () => {
    const p = checkStoragePool(
      {},
      { uri: URI, name: "images_lvm", type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] },
    ).inputs;
    const xml = storagePoolXml(p);
    const doc = parseStoragePoolXml(xml);
    expect(doc).toMatchObject({
      type: "logical",
      name: "images_lvm",
      source: { devices: [{ path: "/dev/sda2" }], name: "cl", format: { type: "lvm2" } },
      target: { path: "/dev/cl" },
    });
    expect(storagePoolFromXml(xml, p).inputs).toEqual({
      name: "images_lvm",
      type: "logical",
      sourceDevices: ["/dev/sda2"],
      volumeGroup: "cl",
      targetPath: "/dev/cl",
    });
  });

  test("dir pool round trip", () => {
    const p = checkStoragePool({}, { uri: URI, name: "boot", type: "dir", targetPath: "/var/lib/libvirt/boot" }).inputs;
    expect(storagePoolFromXml(storagePoolXml(p), p).inputs).toEqual({ name: "boot", type: "dir", targetPath: "/var/lib/libvirt/boot" });
  });

  test.each([
    ["dir", true, 0, "raw"],
    ["dir", false, 2 ** 30, "raw"],
    ["logical", true, 2 ** 30, undefined],
    ["logical", false, 2 ** 30, undefined],
  ] as const)("volume on a %s pool, sparse %s: allocation %i, format %s", (poolType, sparse, allocation, format) => {
    const v = checkStorageVolume({}, { uri: URI, pool: "p", name: "home", capacityBytes: 2 ** 30, sparse }).inputs;
    const doc = parseStorageVolumeXml(storageVolumeXml(v, poolType));
    expect(doc.capacity).toEqual({ value: 2 ** 30, unit: "bytes" });
    expect(doc.allocation).toEqual({ value: allocation, unit: "bytes" });
    expect(doc.target?.format?.type).toBe(format);
  });

  test("qcow2 volume read back", () => {
    const v = checkStorageVolume({}, { uri: URI, pool: "p", name: "q", capacityBytes: 2 ** 20, format: "qcow2" }).inputs;
    expect(storageVolumeFromXml(storageVolumeXml(v, "dir"), v, "dir").inputs).toEqual({
      name: "q",
      capacityBytes: 2 ** 20,
      format: "qcow2",
    });
  });

  test("NAT network: forward nat, address, prefix, DHCP range; round trip", () => {
    const n = checkNetwork(
      {},
      {
        uri: URI,
        name: "lab",
        mode: "nat",
        nat: { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.10", dhcpEnd: "192.168.150.99" },
      },
    ).inputs;
    const xml = networkXml(n);
    expect(parseNetworkXml(xml)).toMatchObject({
      forward: { mode: "nat" },
      ips: [{ address: "192.168.150.1", prefix: 24, dhcp: { ranges: [{ start: "192.168.150.10", end: "192.168.150.99" }] } }],
    });
    expect(networkFromXml(xml, n).inputs).toEqual({ name: "lab", mode: "nat", nat: n.nat });
    // libvirt names the bridge itself: not reported as an input the user did not set.
    expect(networkFromXml(xml.replace("<forward", "<bridge name='virbr3'/><forward"), n).inputs.bridge).toBeUndefined();
  });

  test("bridge network round trip", () => {
    const n = checkNetwork({}, { uri: URI, name: "br0net", mode: "bridge", bridge: "br0" }).inputs;
    const xml = networkXml(n);
    expect(parseNetworkXml(xml)).toMatchObject({ forward: { mode: "bridge" }, bridge: { name: "br0" } });
    expect(networkFromXml(xml, n)).toEqual({ inputs: { name: "br0net", mode: "bridge", bridge: "br0" }, bridgeName: "br0" });
  });
});
