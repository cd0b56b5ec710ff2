// Each shape kvm-infra defines goes through the test bed's libvirtd (virsh as the second client):
// read back, the drift comparison reports nothing; redefined with one field changed, it reports
// exactly that path. libvirt also accepts our rewrite of its own XML.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import {
  Domain,
  Network,
  StoragePool,
  StorageVolume,
  DomainInterfaceBridge,
  DomainGraphicsVnc,
  domainToXml,
  parseDomainXml,
  diffDomain,
  networkToXml,
  parseNetworkXml,
  diffNetwork,
  storagePoolToXml,
  parseStoragePoolXml,
  diffStoragePool,
  storageVolumeToXml,
  parseStorageVolumeXml,
  diffStorageVolume,
} from "../../../libvirt/xml";
import { testbed } from "../../support/testbed";
import { centosDomain, natNetwork, bridgeNetwork, dirPool, logicalPool, rawVolume } from "../../unit/xml/shapes";
import { HOSTILE, HOSTILE_LINE, fixture } from "../../unit/xml/support";
import { virsh, virshWithXml, virshQuiet, suffix } from "./virsh";

const tag = suffix();
const HOSTILE_NAME = `kvmit-xml-${tag}-<&"']]>&amp;`;
const IMAGES = `/var/lib/libvirt/images/kvmit-xml-${tag}`;
const created = { domains: [] as string[], networks: [] as string[], pools: [] as string[] };

afterAll(() => {
  for (const d of created.domains) {
    virshQuiet("destroy", d);
    virshQuiet("undefine", d, "--nvram");
  }
  for (const n of created.networks) {
    virshQuiet("net-destroy", n);
    virshQuiet("net-undefine", n);
  }
  for (const p of created.pools) {
    virshQuiet("pool-destroy", p);
    virshQuiet("pool-undefine", p);
  }
  rmSync(IMAGES, { recursive: true, force: true });
  rmSync(join(testbed().TESTBED_POOL_DIR, `kvmit-xml-${tag}`), { recursive: true, force: true });
});

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function sortControllers(d: Domain): Domain {
  const c = clone(d);
  c.devices?.controllers?.sort((a, b) => `${a.type}:${a.index}`.localeCompare(`${b.type}:${b.index}`));
  return c;
}

function defineDomain(d: Domain): Domain {
  if (!created.domains.includes(d.name)) created.domains.push(d.name);
  virshWithXml(domainToXml(d), "define");
  return parseDomainXml(virsh("dumpxml", "--inactive", "--security-info", d.name));
}

describe("domains", () => {
  const name = HOSTILE_NAME;
  const defined = centosDomain({ name, title: HOSTILE_LINE, description: HOSTILE, disk: `${IMAGES}/disk <&'">.img`, passwd: `<&"']]>` });

  test("the CentOS shape with hostile strings reads back with no differences", () => {
    const live = defineDomain(defined);
    expect(diffDomain(defined, live)).toEqual([]);
    // Redefinitions must keep the uuid libvirt gave it, as the resources do.
    defined.uuid = live.uuid;
    // Cross-check the free text through virsh's own commands, not only our parser.
    expect(virsh("desc", "--title", name).replace(/\n$/, "")).toBe(HOSTILE_LINE);
    expect(virsh("desc", name).replace(/\n$/, "")).toBe(HOSTILE);
    expect(live.title).toBe(HOSTILE_LINE);
    // libvirt writes a carriage return raw, which XML readers (ours and libxml2) read as a newline.
    expect(live.description).toBe(HOSTILE.replace(/\r/g, "\n"));
    expect(live.os?.type.machine).toMatch(/^pc-q35-/);
    expect(live.unknownPaths).toBeUndefined();
  });

  test.each<[string, (d: Domain) => void, string]>([
    [
      "the interface bridge",
      (d) => {
        (d.devices!.interfaces![0] as DomainInterfaceBridge).source.bridge = "kvmitxno0";
      },
      "/domain/devices/interface[0]/source/@bridge",
    ],
    [
      "the vcpu count",
      (d) => {
        d.vcpu = { count: 3 };
      },
      "/domain/vcpu",
    ],
    [
      "the libosinfo os id",
      (d) => {
        d.metadata = { libosinfo: { os: { id: "http://centos.org/centos/6.10" } } };
      },
      "/domain/metadata/libosinfo:libosinfo/libosinfo:os/@id",
    ],
    [
      "the VNC port",
      (d) => {
        (d.devices!.graphics![0] as DomainGraphicsVnc).port = 5907;
      },
      "/domain/devices/graphics[0]/@port",
    ],
    [
      "the disk file",
      (d) => {
        d.devices!.disks![0].source = { type: "file", file: `${IMAGES}/other.img` };
      },
      "/domain/devices/disk[0]/source/@file",
    ],
    [
      "on_crash",
      (d) => {
        d.onCrash = "destroy";
      },
      "/domain/on_crash",
    ],
    [
      "the description",
      (d) => {
        d.description = `${HOSTILE}!`;
      },
      "/domain/description",
    ],
  ])("redefined with a different %s, exactly that path differs", (_what, change, path) => {
    const changed = clone(defined);
    change(changed);
    const live = defineDomain(changed);
    const diffs = diffDomain(defined, live);
    expect(diffs.map((x) => x.path)).toEqual([path]);
    // And the changed document itself matches what libvirt stored.
    expect(diffDomain(changed, live)).toEqual([]);
    defineDomain(defined);
  });

  test("acpi present when the defined domain sets it off is reported", () => {
    const live = defineDomain({ ...clone(defined), features: { acpi: true, apic: true } });
    expect(diffDomain(defined, live)).toEqual([{ path: "/domain/features/acpi", defined: undefined, live: "present" }]);
    defineDomain(defined);
  });

  test("libvirt accepts our rewrite of its own XML and stores the same document", () => {
    const first = parseDomainXml(virsh("dumpxml", "--inactive", "--security-info", name));
    virshWithXml(domainToXml(first), "define");
    const second = parseDomainXml(virsh("dumpxml", "--inactive", "--security-info", name));
    expect(diffDomain(first, second)).toEqual([]);
    expect(diffDomain(second, first)).toEqual([]);
    // libvirt keeps controllers sorted its own way; everything else comes back identical.
    expect(sortControllers(second)).toEqual(sortControllers(first));
  });

  // libvirt refuses to define a kvm domain where the host has no /dev/kvm (CI machines run TCG);
  // there the same document is defined as type qemu, the only field this changes.
  const runbookType = existsSync("/dev/kvm") ? "kvm" : "qemu";
  test(`virt-install's runbook domain (as type ${runbookType}) defines and reads back with no differences`, () => {
    const vi = parseDomainXml(fixture("virt-install.final.xml"));
    expect(vi.type).toBe("kvm");
    vi.type = runbookType;
    vi.name = `kvmit-xml-vi-${tag}`;
    delete vi.uuid;
    const live = defineDomain(vi);
    expect(diffDomain(vi, live)).toEqual([]);
  });

  test("a running domain's live XML shows no differences either, and our rewrite of it is accepted", () => {
    mkdirSync(IMAGES, { recursive: true });
    const disk = `${IMAGES}/run.img`;
    writeFileSync(disk, Buffer.alloc(1024 * 1024));
    const run = centosDomain({
      name: `kvmit-xml-run-${tag}`,
      title: HOSTILE_LINE,
      description: HOSTILE,
      disk,
      bridge: testbed().TESTBED_BRIDGE,
    });
    run.memory = { value: 128, unit: "MiB" };
    run.currentMemory = { value: 128, unit: "MiB" };
    run.cpu = { mode: "custom", match: "exact", model: { value: "qemu64", fallback: "allow" } };
    run.devices!.graphics = [{ type: "vnc", port: -1, autoport: "yes", listen: "127.0.0.1", passwd: "s3cr&t" }];
    defineDomain(run);
    virsh("start", run.name);
    try {
      const live = parseDomainXml(virsh("dumpxml", "--security-info", run.name));
      expect(live.id).toBeGreaterThan(0);
      expect(diffDomain(run, live)).toEqual([]);
      // Defining the live XML persists its run-time expansions (CPU check, model): accepted, and
      // consistent with the running domain.
      virshWithXml(domainToXml(live), "define");
      const again = parseDomainXml(virsh("dumpxml", "--inactive", "--security-info", run.name));
      expect(again.cpu?.check).toBe("full");
      expect(diffDomain(again, live)).toEqual([]);
    } finally {
      virsh("destroy", run.name);
    }
  });
});

describe("networks", () => {
  const third = 100 + (parseInt(tag, 16) % 150);
  const nat: Network = natNetwork({ name: `kvmit-xml-nat-${tag}`, txt: `${HOSTILE_LINE}` });
  nat.bridge!.name = `kvmitx${tag}`;
  nat.ips![0] = {
    ...nat.ips![0],
    address: `10.214.${third}.1`,
    dhcp: {
      ranges: [{ start: `10.214.${third}.100`, end: `10.214.${third}.199` }],
      hosts: [{ mac: "52:54:00:6b:10:01", name: "centos", ip: `10.214.${third}.10` }],
    },
  };
  const br: Network = bridgeNetwork({ name: `kvmit-xml-br-${tag}`, bridge: testbed().TESTBED_BRIDGE });

  function define(n: Network): Network {
    if (!created.networks.includes(n.name)) created.networks.push(n.name);
    virshWithXml(networkToXml(n), "net-define");
    return parseNetworkXml(virsh("net-dumpxml", "--inactive", n.name));
  }

  test("NAT and bridge networks read back with no differences, also while active", () => {
    for (const n of [nat, br]) {
      const live = define(n);
      expect(diffNetwork(n, live)).toEqual([]);
      n.uuid = live.uuid;
      virsh("net-start", n.name);
      try {
        expect(diffNetwork(n, parseNetworkXml(virsh("net-dumpxml", n.name)))).toEqual([]);
      } finally {
        virsh("net-destroy", n.name);
      }
    }
    // The TXT record's hostile value as virsh stored it.
    expect(virsh("net-dumpxml", "--inactive", nat.name)).toContain("value='&lt;&amp;&quot;&apos;]]&gt;");
  });

  test.each<[string, () => Network, (n: Network) => void, string]>([
    [
      "DHCP range end",
      () => nat,
      (n) => {
        n.ips![0].dhcp!.ranges![0].end = `10.214.${third}.150`;
      },
      "/network/ip[0]/dhcp/range[0]/@end",
    ],
    [
      "NAT forward mode",
      () => nat,
      (n) => {
        n.forward = { mode: "route" };
      },
      "/network/forward/@mode",
    ],
    [
      "bridge name",
      () => br,
      (n) => {
        n.bridge = { name: "kvmitxother" };
      },
      "/network/bridge/@name",
    ],
  ])("redefined with a different %s, exactly that path differs", (_what, base, change, path) => {
    const changed = clone(base());
    change(changed);
    const live = define(changed);
    expect(diffNetwork(base(), live).map((x) => x.path)).toEqual([path]);
    define(base());
  });

  test("libvirt accepts our rewrite of its own network XML", () => {
    const first = parseNetworkXml(virsh("net-dumpxml", "--inactive", nat.name));
    virshWithXml(networkToXml(first), "net-define");
    expect(parseNetworkXml(virsh("net-dumpxml", "--inactive", nat.name))).toEqual(first);
  });
});

describe("storage pools and volumes", () => {
  const dirPath = join(testbed().TESTBED_POOL_DIR, `kvmit-xml-${tag}`);
  const dir: StoragePool = dirPool({ name: `kvmit-xml-dir-${tag}`, path: dirPath });
  const lvm: StoragePool = logicalPool({ name: `kvmit-xml-lvm-${tag}`, vg: testbed().TESTBED_VG, device: testbed().TESTBED_VG_DEVICE });

  function define(p: StoragePool): StoragePool {
    if (!created.pools.includes(p.name)) created.pools.push(p.name);
    virshWithXml(storagePoolToXml(p), "pool-define");
    return parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", p.name));
  }

  test("a dir pool and a logical pool read back with no differences", () => {
    for (const p of [dir, lvm]) {
      const live = define(p);
      expect(diffStoragePool(p, live)).toEqual([]);
      p.uuid = live.uuid;
    }
    virsh("pool-build", dir.name);
    virsh("pool-start", dir.name);
    const live = parseStoragePoolXml(virsh("pool-dumpxml", dir.name));
    expect(live.capacity!.value).toBeGreaterThan(0);
    expect(diffStoragePool(dir, live)).toEqual([]);
  });

  test.each<[string, () => StoragePool, (p: StoragePool) => void, string]>([
    [
      "dir pool target path",
      () => dir,
      (p) => {
        p.target = { path: `${dirPath}-other` };
      },
      "/pool/target/path",
    ],
    [
      "logical pool source device",
      () => lvm,
      (p) => {
        p.source!.devices = [{ path: testbed().TESTBED_SPARE_DEVICE }];
      },
      "/pool/source/device[0]",
    ],
  ])("redefined with a different %s, that path differs", (_what, base, change, path) => {
    const changed = clone(base());
    change(changed);
    const diffs = diffStoragePool(base(), define(changed));
    // A device is keyed by its path: the defined one is missing and another one is there.
    expect([...new Set(diffs.map((x) => x.path))]).toEqual([path]);
    define(base());
  });

  test("libvirt accepts our rewrite of its own pool XML", () => {
    const first = parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", lvm.name));
    virshWithXml(storagePoolToXml(first), "pool-define");
    expect(parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", lvm.name))).toEqual(first);
  });

  test("a volume with a hostile name reads back with no differences; resized, only its capacity differs", () => {
    const vol: StorageVolume = rawVolume({ name: `kvmit-xml-${tag} <&"']]>&amp;.img` });
    virshWithXml(storageVolumeToXml(vol), "vol-create", dir.name);
    const live = parseStorageVolumeXml(virsh("vol-dumpxml", "--pool", dir.name, vol.name));
    expect(diffStorageVolume(vol, live)).toEqual([]);
    expect(live.target?.path).toBe(join(dirPath, vol.name));
    // Cross-check: virsh lists the volume under exactly that name.
    expect(virsh("vol-list", dir.name)).toContain(vol.name);
    virsh("vol-resize", "--pool", dir.name, vol.name, "96M");
    const grown = parseStorageVolumeXml(virsh("vol-dumpxml", "--pool", dir.name, vol.name));
    expect(diffStorageVolume(vol, grown)).toEqual([{ path: "/volume/capacity", defined: "64 MiB", live: `${96 * 1024 * 1024} bytes` }]);
    // libvirt accepts our rewrite of its own volume XML (under another name) and stores the same.
    const copy = { ...grown, name: `kvmit-xml-${tag}-copy.img` };
    virshWithXml(storageVolumeToXml(copy), "vol-create", dir.name);
    const copied = parseStorageVolumeXml(virsh("vol-dumpxml", "--pool", dir.name, copy.name));
    expect(diffStorageVolume(copy, copied)).toEqual([]);
    expect(copied.target?.path).toBe(join(dirPath, copy.name));
    expect(copied.capacity).toEqual(grown.capacity);
    virsh("vol-delete", "--pool", dir.name, vol.name);
    virsh("vol-delete", "--pool", dir.name, copy.name);
  });
});
