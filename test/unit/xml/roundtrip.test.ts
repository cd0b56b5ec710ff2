// Round trips on XML libvirt itself wrote (fixtures captured from the test bed by capture.sh):
// parse, write back, and nothing modelled or unknown changes meaning; the output passes the schema.
import {
  parseDomainXml,
  domainToXml,
  parseNetworkXml,
  networkToXml,
  parseStoragePoolXml,
  storagePoolToXml,
  parseStorageVolumeXml,
  storageVolumeToXml,
  diffDomain,
  diffNetwork,
  diffStoragePool,
  diffStorageVolume,
  toKiB,
  toBytes,
  DomainGraphicsVnc,
  DomainInterfaceBridge,
} from "../../../libvirt/xml";
import { parseXmlElement } from "../../../libvirt/xml/node";
import { canonical, fixture, fixtureNames, schemaErrors, Schema } from "./support";

interface Kind {
  schema: Schema;
  parse(xml: string): { unknownPaths?: string[] };
  write(doc: unknown): string;
  diff(a: unknown, b: unknown): unknown[];
}

const KINDS: Record<string, Kind> = {
  domain: { schema: "domain", parse: parseDomainXml, write: domainToXml as Kind["write"], diff: diffDomain as Kind["diff"] },
  "virt-install": { schema: "domain", parse: parseDomainXml, write: domainToXml as Kind["write"], diff: diffDomain as Kind["diff"] },
  network: { schema: "network", parse: parseNetworkXml, write: networkToXml as Kind["write"], diff: diffNetwork as Kind["diff"] },
  pool: {
    schema: "storagepool",
    parse: parseStoragePoolXml,
    write: storagePoolToXml as Kind["write"],
    diff: diffStoragePool as Kind["diff"],
  },
  volume: {
    schema: "storagevol",
    parse: parseStorageVolumeXml,
    write: storageVolumeToXml as Kind["write"],
    diff: diffStorageVolume as Kind["diff"],
  },
};

const fixtures = Object.keys(KINDS).flatMap((prefix) => fixtureNames(prefix).map((f) => [f, KINDS[prefix]] as [string, Kind]));

// What libvirt writes that the typed model does not cover; kept raw and reported.
const UNKNOWN: Record<string, string[]> = {
  "domain-rich.live.xml": [
    "/domain/devices/disk[0]/backingStore[0]",
    "/domain/devices/disk[1]/backingStore[0]",
    "/domain/resource[0]",
    "/domain/seclabel[0]",
  ],
};

describe("round trips of XML libvirt wrote", () => {
  test("every document kind has fixtures, inactive and live", () => {
    const names = fixtures.map(([f]) => f);
    expect(names).toEqual(
      expect.arrayContaining([
        "domain-rich.inactive.xml",
        "domain-rich.live.xml",
        "virt-install.final.xml",
        "virt-install.install.xml",
        "network-nat.inactive.xml",
        "network-nat.live.xml",
        "network-bridge.inactive.xml",
        "network-bridge.live.xml",
        "pool-dir.inactive.xml",
        "pool-dir.live.xml",
        "pool-logical.inactive.xml",
        "volume-raw.xml",
        "volume-qcow2.xml",
      ]),
    );
  });

  describe.each(fixtures)("%s", (name, kind) => {
    const original = fixture(name);
    const doc = kind.parse(original);
    const written = kind.write(doc);

    test("writing back keeps every element, attribute and text (compared by meaning)", () => {
      expect(canonical(parseXmlElement(written))).toEqual(canonical(parseXmlElement(original)));
    });

    test("re-parsing the written XML gives the same typed document", () => {
      expect(kind.parse(written)).toEqual(doc);
    });

    test("the drift comparison finds nothing between a document and its round trip", () => {
      expect(kind.diff(doc, kind.parse(written))).toEqual([]);
      expect(kind.diff(kind.parse(written), doc)).toEqual([]);
    });

    test("unknown nodes are reported by path", () => {
      expect(doc.unknownPaths).toEqual(UNKNOWN[name]);
    });

    test("the written XML passes libvirt's schema", () => {
      expect(schemaErrors(written, kind.schema)).toBeUndefined();
    });
  });
});

describe("modelled fields read from libvirt's XML", () => {
  test("the running domain: units, vcpus, machine, devices and hostile title/description", () => {
    const d = parseDomainXml(fixture("domain-rich.live.xml"));
    expect(d.id).toBeGreaterThan(0);
    expect(d.title).toBe(`fixture <rich> & "quoted" 'single' ]]>`);
    expect(d.description).toBe(`line one < & > " ' ]]>\nline two\ttabbed\n  indented line three`);
    expect(d.metadata?.libosinfo).toEqual({ os: { id: "http://centos.org/centos/7.0" } });
    expect(d.metadata?.elements?.map((e) => e.name)).toEqual(["kvmit:note"]);
    expect(toKiB(d.memory!)).toBe(131072);
    expect(d.vcpu).toEqual({ count: 2, current: 1, placement: "static" });
    expect(d.os?.type).toEqual({ value: "hvm", arch: "x86_64", machine: "pc-q35-7.2" });
    expect(d.os?.boot).toEqual([{ dev: "hd" }, { dev: "cdrom" }]);
    expect(d.features).toMatchObject({ acpi: true, apic: true, vmport: { state: "off" } });
    expect(d.clock?.timers?.map((t) => t.name)).toEqual(["rtc", "pit", "hpet"]);
    expect([d.onPoweroff, d.onReboot, d.onCrash]).toEqual(["destroy", "restart", "restart"]);
    expect(d.pm).toEqual({ suspendToMem: { enabled: "no" }, suspendToDisk: { enabled: "no" } });
    const dev = d.devices!;
    expect(dev.emulator).toBe("/usr/bin/qemu-system-x86_64");
    expect(dev.disks?.map((x) => [x.source.type, x.target.dev, x.device])).toEqual([
      ["file", "vda", "disk"],
      ["volume", "vdb", "disk"],
      ["file", "sda", "cdrom"],
    ]);
    expect(dev.disks?.[1].source).toMatchObject({ type: "volume", pool: "kvmit-xml-fx-dir", volume: "kvmit-xml-fx-vol.img" });
    expect(dev.disks?.[2].readonly).toBe(true);
    expect(dev.disks?.[0].address).toEqual({ type: "pci", domain: "0x0000", bus: "0x05", slot: "0x00", function: "0x0" });
    const br = dev.interfaces?.[0] as DomainInterfaceBridge;
    expect(br).toMatchObject({
      type: "bridge",
      mac: { address: "52:54:00:6b:00:01" },
      source: { bridge: "kvmitbr0" },
      target: { dev: expect.stringMatching(/^vnet/) },
      link: { state: "up" },
    });
    expect(dev.interfaces?.[1]).toMatchObject({ type: "user", link: { state: "down" }, model: { type: "e1000e" } });
    expect(dev.serials?.[0]).toMatchObject({
      source: { type: "pty", path: expect.stringMatching(/^\/dev\/pts\//) },
      target: { type: "isa-serial", port: 0, model: { name: "isa-serial" } },
    });
    expect(dev.consoles?.[0]).toMatchObject({ tty: expect.stringMatching(/^\/dev\/pts\//), target: { type: "serial", port: 0 } });
    expect(dev.channels?.[0]).toMatchObject({
      source: { type: "unix", mode: "bind" },
      target: { type: "virtio", name: "org.qemu.guest_agent.0", state: "disconnected" },
    });
    expect(dev.inputs?.map((i) => `${i.type}/${i.bus}`)).toEqual(["tablet/usb", "mouse/ps2", "keyboard/ps2"]);
    const vnc = dev.graphics?.[0] as DomainGraphicsVnc;
    expect(vnc).toMatchObject({
      type: "vnc",
      port: 5900,
      autoport: "yes",
      websocket: 5700,
      listen: "127.0.0.1",
      passwd: "s3cr&t",
      listens: [{ type: "address", address: "127.0.0.1" }],
    });
    expect(dev.videos?.[0].model).toMatchObject({ type: "vga", heads: 1, primary: "yes" });
    expect(dev.memballoon?.model).toBe("virtio");
    expect(dev.rngs?.[0].backend).toEqual({ model: "random", device: "/dev/urandom" });
    expect(dev.controllers?.find((c) => c.type === "usb")).toMatchObject({ index: 0, model: "qemu-xhci", ports: 15 });
  });

  test("virt-install's runbook domain: kvm, 4 GiB without a unit, acpi off, VNC 5901 with a password, install kernel", () => {
    const final = parseDomainXml(fixture("virt-install.final.xml"));
    expect(final.type).toBe("kvm");
    expect(final.memory).toEqual({ value: 4194304 });
    expect(toBytes(final.memory!, "KiB")).toBe(4096 * 1024 * 1024);
    expect(final.features?.acpi).toBeUndefined();
    expect(final.metadata?.libosinfo?.os?.id).toBe("http://centos.org/centos/7.0");
    expect(final.devices?.graphics?.[0]).toMatchObject({ type: "vnc", port: 5901, passwd: "XXX" });
    expect(final.os?.boot).toEqual([{ dev: "hd" }]);
    const install = parseDomainXml(fixture("virt-install.install.xml"));
    expect(install.onReboot).toBe("destroy");
    expect(install.os?.kernel).toMatch(/vmlinuz$/);
    expect(install.os?.initrd).toMatch(/initrd\.img$/);
    expect(install.os?.cmdline).toMatch(/^inst\.repo=http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test("networks: NAT with DHCP and DNS, and a host bridge", () => {
    const nat = parseNetworkXml(fixture("network-nat.inactive.xml"));
    expect(nat.forward?.mode).toBe("nat");
    expect(nat.forward?.nat?.port).toEqual({ start: 1024, end: 65535 });
    expect(nat.bridge).toEqual({ name: "kvmitxfx0", stp: "on", delay: 0 });
    expect(nat.mtu).toEqual({ size: 1500 });
    expect(nat.dns?.txts).toEqual([{ name: "kvmit", value: `a & b <c> "d" 'e' ]]>` }]);
    expect(nat.dns?.hosts).toEqual([{ ip: "10.213.7.10", hostnames: ["guest-a"] }]);
    expect(nat.ips?.[0].dhcp?.ranges?.[0]).toEqual({ start: "10.213.7.100", end: "10.213.7.199" });
    expect(nat.ips?.[0].dhcp?.hosts).toEqual([{ mac: "52:54:00:6b:00:01", name: "guest-a", ip: "10.213.7.10" }]);
    const br = parseNetworkXml(fixture("network-bridge.live.xml"));
    expect(br.forward?.mode).toBe("bridge");
    expect(br.bridge?.name).toBe("kvmitbr0");
  });

  test("pools and volumes: source, target, sizes and backing store", () => {
    const lvm = parseStoragePoolXml(fixture("pool-logical.inactive.xml"));
    expect(lvm.type).toBe("logical");
    expect(lvm.source?.name).toBe("kvmitestvg");
    expect(lvm.source?.format).toEqual({ type: "lvm2" });
    expect(lvm.source?.devices?.[0].path).toMatch(/^\/dev\/loop\d+$/);
    const dir = parseStoragePoolXml(fixture("pool-dir.live.xml"));
    expect(dir.capacity?.unit).toBe("bytes");
    expect(dir.capacity!.value).toBeGreaterThan(0);
    const vol = parseStorageVolumeXml(fixture("volume-raw.xml"));
    expect(toBytes(vol.capacity!)).toBe(8 * 1024 * 1024);
    expect(vol.key).toBe(vol.target?.path);
    expect(vol.target?.format).toEqual({ type: "raw" });
    const overlay = parseStorageVolumeXml(fixture("volume-qcow2.xml"));
    expect(overlay.backingStore).toMatchObject({ path: vol.target?.path, format: { type: "raw" } });
  });
});
