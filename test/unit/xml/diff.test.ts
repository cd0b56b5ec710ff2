// The drift comparison: only what the defined document sets, in libvirt's canonical form,
// reported as paths.
import {
  Domain,
  parseDomainXml,
  parseNetworkXml,
  parseStoragePoolXml,
  parseStorageVolumeXml,
  diffDomain,
  diffNetwork,
  diffStoragePool,
  diffStorageVolume,
  DomainInterfaceBridge,
  DomainGraphicsVnc,
} from "../../../libvirt/xml";
import { centosDomain, natNetwork, dirPool, logicalPool, rawVolume } from "./shapes";
import { fixture } from "./support";

function withDevices(d: Domain, f: (devs: NonNullable<Domain["devices"]>) => void): Domain {
  const copy = JSON.parse(JSON.stringify(d)) as Domain;
  f(copy.devices!);
  return copy;
}

describe("diffDomain", () => {
  const defined = centosDomain();

  test("identical documents have no differences", () => {
    expect(diffDomain(defined, centosDomain())).toEqual([]);
  });

  test("memory is compared in bytes: 4096 MiB equals 4194304 KiB and equals no unit (KiB)", () => {
    expect(diffDomain(defined, { ...defined, memory: { value: 4194304, unit: "KiB" } })).toEqual([]);
    expect(diffDomain(defined, { ...defined, memory: { value: 4194304 } })).toEqual([]);
    expect(diffDomain(defined, { ...defined, memory: { value: 4, unit: "GiB" } })).toEqual([]);
    expect(diffDomain(defined, { ...defined, memory: { value: 4194305, unit: "KiB" } })).toEqual([
      { path: "/domain/memory", defined: "4096 MiB", live: "4194305 KiB" },
    ]);
  });

  test("numbers compare by value: hex 0x1f equals 31", () => {
    const def = withDevices(defined, (d) => {
      d.disks![0].address = { type: "pci", domain: "0x0000", bus: "0x00", slot: "0x1f", function: "0x0" };
    });
    const live = withDevices(defined, (d) => {
      d.disks![0].address = { type: "pci", domain: "0", bus: "0", slot: "31", function: "0", multifunction: "on" };
    });
    expect(diffDomain(def, live)).toEqual([]);
    live.devices!.disks![0].address!.slot = "0x1e";
    expect(diffDomain(def, live)).toEqual([{ path: "/domain/devices/disk[0]/address/@slot", defined: "0x1f", live: "0x1e" }]);
  });

  test("attribute order and quoting do not matter", () => {
    const a = parseDomainXml(`<domain type="qemu"><name>n</name><os><type arch="x86_64" machine="q35">hvm</type></os></domain>`);
    const b = parseDomainXml(`<domain type='qemu'><name>n</name><os><type machine='q35' arch='x86_64'>hvm</type></os></domain>`);
    expect(diffDomain(a, b)).toEqual([]);
  });

  test("the q35 machine alias equals the versioned machine libvirt picks, but not another family", () => {
    const live: Domain = { ...defined, os: { ...defined.os!, type: { ...defined.os!.type, machine: "pc-q35-7.2" } } };
    expect(diffDomain(defined, live)).toEqual([]);
    live.os!.type.machine = "pc-i440fx-7.2";
    expect(diffDomain(defined, live)).toEqual([{ path: "/domain/os/type/@machine", defined: "q35", live: "pc-i440fx-7.2" }]);
  });

  test("with autoport or port -1, the port libvirt picks is not a difference; a fixed port is compared", () => {
    const auto = withDevices(defined, (d) => {
      d.graphics = [{ type: "vnc", port: -1, autoport: "yes", websocket: -1 }];
    });
    const running = withDevices(defined, (d) => {
      d.graphics = [{ type: "vnc", port: 5900, autoport: "yes", websocket: 5700, listen: "127.0.0.1" }];
    });
    expect(diffDomain(auto, running)).toEqual([]);
    const moved = withDevices(defined, (d) => {
      (d.graphics![0] as DomainGraphicsVnc).port = 5902;
    });
    expect(diffDomain(defined, moved)).toEqual([{ path: "/domain/devices/graphics[0]/@port", defined: "5901", live: "5902" }]);
  });

  test("a VNC password missing from XML read without the secure flag is not a difference; a different one is", () => {
    const hidden = withDevices(defined, (d) => {
      delete (d.graphics![0] as DomainGraphicsVnc).passwd;
    });
    expect(diffDomain(defined, hidden)).toEqual([]);
    const changed = withDevices(defined, (d) => {
      (d.graphics![0] as DomainGraphicsVnc).passwd = "YYY";
    });
    expect(diffDomain(defined, changed)).toEqual([{ path: "/domain/devices/graphics[0]/@passwd", defined: "XXX", live: "YYY" }]);
  });

  test("defaults libvirt fills in are ignored: uuid, addresses, aliases, controllers, extra inputs, serial model", () => {
    const live = parseDomainXml(fixture("virt-install.final.xml"));
    const def: Domain = JSON.parse(JSON.stringify(live));
    delete def.uuid;
    def.devices!.controllers = undefined;
    delete def.devices!.emulator;
    delete (def.devices!.interfaces![0] as DomainInterfaceBridge).mac;
    const filled = withDevices(live, (d) => {
      d.disks![0].address = { type: "pci", domain: "0x0000", bus: "0x04", slot: "0x00", function: "0x0" };
      d.disks![0].alias = { name: "virtio-disk0" };
      d.inputs!.push({ type: "mouse", bus: "ps2" }, { type: "keyboard", bus: "ps2" });
      d.consoles![0].target = { type: "serial", port: 0 };
      d.graphics![0] = { ...(d.graphics![0] as DomainGraphicsVnc), autoport: "no", listens: [{ type: "address", address: "127.0.0.1" }] };
    });
    expect(diffDomain(def, filled)).toEqual([]);
  });

  test("the rich fixture as defined equals libvirt's inactive and running read-backs", () => {
    const src = fixture("src/domain-rich.xml")
      .replace(/@POOL@/g, "/var/lib/libvirt/images/kvmit-xml-fx")
      .replace(/@BRIDGE@/g, "kvmitbr0");
    const def = parseDomainXml(src);
    expect(diffDomain(def, parseDomainXml(fixture("domain-rich.inactive.xml")))).toEqual([]);
    expect(diffDomain(def, parseDomainXml(fixture("domain-rich.live.xml")))).toEqual([]);
  });

  test("disks are matched by target dev, not position", () => {
    const two = withDevices(defined, (d) => {
      d.disks!.push({ source: { type: "file", file: "/b.img" }, target: { dev: "vdb", bus: "virtio" } });
    });
    const swapped = withDevices(two, (d) => d.disks!.reverse());
    expect(diffDomain(two, swapped)).toEqual([]);
    const changed = withDevices(swapped, (d) => {
      (d.disks![0].source as { file?: string }).file = "/c.img";
    });
    expect(diffDomain(two, changed)).toEqual([{ path: "/domain/devices/disk[1]/source/@file", defined: "/b.img", live: "/c.img" }]);
  });

  test("interfaces are matched by MAC when set, else by order; a changed bridge is reported at its path", () => {
    const two = withDevices(defined, (d) => {
      d.interfaces!.push({ type: "bridge", mac: { address: "52:54:00:6b:10:02" }, source: { bridge: "br1" } });
    });
    const swapped = withDevices(two, (d) => d.interfaces!.reverse());
    expect(diffDomain(two, swapped)).toEqual([]);
    const upper = withDevices(two, (d) => {
      d.interfaces![0].mac = { address: "52:54:00:6B:10:01" };
    });
    expect(diffDomain(two, upper)).toEqual([]);
    const moved = withDevices(defined, (d) => {
      (d.interfaces![0] as DomainInterfaceBridge).source.bridge = "br9";
    });
    expect(diffDomain(defined, moved)).toEqual([{ path: "/domain/devices/interface[0]/source/@bridge", defined: "kvmitbr0", live: "br9" }]);
    const noMac = withDevices(defined, (d) => {
      delete d.interfaces![0].mac;
    });
    expect(diffDomain(noMac, defined)).toEqual([]);
    expect(diffDomain(noMac, moved)).toEqual([{ path: "/domain/devices/interface[0]/source/@bridge", defined: "kvmitbr0", live: "br9" }]);
  });

  test("a device the defined document lacks, or one missing from libvirt, is reported", () => {
    const extra = withDevices(defined, (d) => {
      d.disks!.push({ source: { type: "file", file: "/x.img" }, target: { dev: "vdz" } });
    });
    expect(diffDomain(defined, extra)).toEqual([{ path: "/domain/devices/disk[1]", defined: undefined, live: "present" }]);
    expect(diffDomain(extra, defined)).toEqual([{ path: "/domain/devices/disk[1]", defined: "present", live: undefined }]);
  });

  test("a feature set to false must be absent; one left unset is not compared", () => {
    const withAcpi: Domain = { ...defined, features: { acpi: true, apic: true } };
    expect(diffDomain(defined, withAcpi)).toEqual([{ path: "/domain/features/acpi", defined: undefined, live: "present" }]);
    expect(diffDomain({ ...defined, features: { apic: true } }, withAcpi)).toEqual([]);
  });

  test("text fields are compared exactly, lifecycle actions and vcpus too", () => {
    const live: Domain = { ...defined, title: `${defined.title} `, onCrash: "destroy", vcpu: { count: 3 } };
    expect(diffDomain(defined, live)).toEqual([
      { path: "/domain/title", defined: "CentOS 7 guest", live: "CentOS 7 guest " },
      { path: "/domain/vcpu", defined: "2", live: "3" },
      { path: "/domain/on_crash", defined: "restart", live: "destroy" },
    ]);
  });

  test("vcpu current equal to the count, which libvirt drops, is not a difference; a lower one is", () => {
    const def: Domain = { ...defined, vcpu: { count: 2, current: 2, placement: "static" } };
    expect(diffDomain(def, { ...defined, vcpu: { count: 2, placement: "static" } })).toEqual([]);
    expect(diffDomain({ ...def, vcpu: { count: 2, current: 1 } }, { ...defined, vcpu: { count: 2 } })).toEqual([
      { path: "/domain/vcpu/@current", defined: "1", live: undefined },
    ]);
  });

  test("the libosinfo os id is compared", () => {
    const live: Domain = { ...defined, metadata: { libosinfo: { os: { id: "http://centos.org/centos/8" } } } };
    expect(diffDomain(defined, live)).toEqual([
      {
        path: "/domain/metadata/libosinfo:libosinfo/libosinfo:os/@id",
        defined: "http://centos.org/centos/7.0",
        live: "http://centos.org/centos/8",
      },
    ]);
  });
});

describe("diffNetwork", () => {
  const live = parseNetworkXml(fixture("network-nat.inactive.xml"));

  test("a NAT network as defined equals libvirt's read-back (mac, uuid, nat ports filled in)", () => {
    const def = parseNetworkXml(fixture("src/network-nat.xml"));
    delete def.uuid;
    delete def.mac;
    delete def.forward!.nat;
    expect(diffNetwork(def, live)).toEqual([]);
    expect(diffNetwork(def, parseNetworkXml(fixture("network-nat.live.xml")))).toEqual([]);
  });

  test("changed bridge, DHCP range and an extra DHCP range are reported by path", () => {
    const def = natNetwork();
    const changed = natNetwork();
    changed.bridge!.name = "virbr7";
    changed.ips![0].dhcp!.ranges = [
      { start: "10.213.9.100", end: "10.213.9.150" },
      { start: "10.213.9.200", end: "10.213.9.210" },
    ];
    expect(diffNetwork(def, changed)).toEqual([
      { path: "/network/bridge/@name", defined: "kvmitxnat0", live: "virbr7" },
      { path: "/network/ip[0]/dhcp/range[0]/@end", defined: "10.213.9.199", live: "10.213.9.150" },
      { path: "/network/ip[0]/dhcp/range[1]", defined: undefined, live: "present" },
    ]);
  });

  test("forward mode is compared", () => {
    expect(diffNetwork(natNetwork(), { ...natNetwork(), forward: { mode: "route" } })).toEqual([
      { path: "/network/forward/@mode", defined: "nat", live: "route" },
    ]);
  });
});

describe("diffStoragePool", () => {
  test("capacity, allocation, available, uuid and permissions libvirt fills in are ignored", () => {
    const live = parseStoragePoolXml(fixture("pool-dir.live.xml"));
    expect(diffStoragePool(dirPool({ name: "kvmit-xml-fx-dir", path: "/var/lib/libvirt/images/kvmit-xml-fx/" }), live)).toEqual([]);
  });

  test("a logical pool's volume group and device are compared", () => {
    const live = logicalPool();
    expect(diffStoragePool(logicalPool(), live)).toEqual([]);
    expect(diffStoragePool(logicalPool({ vg: "othervg" }), live)).toEqual([
      { path: "/pool/source/name", defined: "othervg", live: "kvmitestvg" },
      { path: "/pool/target/path", defined: "/dev/othervg", live: "/dev/kvmitestvg" },
    ]);
    expect(diffStoragePool(logicalPool({ device: "/dev/loop1" }), live)).toEqual([
      { path: "/pool/source/device[0]", defined: "present", live: undefined },
      { path: "/pool/source/device[0]", defined: undefined, live: "present" },
    ]);
  });
});

describe("diffStorageVolume", () => {
  test("capacity is compared in bytes; allocation, key, path and file times are libvirt's", () => {
    const live = parseStorageVolumeXml(fixture("volume-raw.xml"));
    const def = { ...rawVolume({ name: "kvmit-xml-fx-vol.img" }), capacity: { value: 8, unit: "MiB" as const } };
    expect(diffStorageVolume(def, live)).toEqual([]);
    const moved = {
      ...live,
      key: "/elsewhere",
      target: { ...live.target, path: "/elsewhere", timestamps: { mtime: "1.5" } },
      allocation: { value: 1 },
    };
    expect(diffStorageVolume(live, moved)).toEqual([]);
    expect(diffStorageVolume({ ...def, capacity: { value: 9, unit: "M" } }, live)).toEqual([
      { path: "/volume/capacity", defined: "9 M", live: "8388608 bytes" },
    ]);
  });
});
