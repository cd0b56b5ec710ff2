// The documents the resources build (libvirt/resources/*-xml.ts) for kvm-infra's shapes: defined
// through the test bed with virsh and read back, the drift comparison reports nothing.
import { join } from "path";
import { rmSync } from "fs";
import { domainXml } from "../../../libvirt/resources/domain-xml";
import { networkXml } from "../../../libvirt/resources/network-xml";
import { storagePoolXml } from "../../../libvirt/resources/storage-pool-xml";
import { storageVolumeXml } from "../../../libvirt/resources/storage-volume-xml";
import {
  parseDomainXml,
  diffDomain,
  parseNetworkXml,
  diffNetwork,
  parseStoragePoolXml,
  diffStoragePool,
  parseStorageVolumeXml,
  diffStorageVolume,
} from "../../../libvirt/xml";
import { testbed } from "../../support/testbed";
import { HOSTILE, HOSTILE_LINE } from "../../unit/xml/support";
import { virsh, virshWithXml, virshQuiet, suffix } from "./virsh";

const tag = suffix();
const uri = testbed().TESTBED_URI_UNIX;
const names = {
  domain: `kvmit-xml-proj-${tag}`,
  nat: `kvmit-xml-pnat-${tag}`,
  br: `kvmit-xml-pbr-${tag}`,
  dir: `kvmit-xml-pdir-${tag}`,
  lvm: `kvmit-xml-plvm-${tag}`,
};

afterAll(() => {
  virshQuiet("undefine", names.domain, "--nvram");
  for (const n of [names.nat, names.br]) virshQuiet("net-undefine", n);
  virshQuiet("pool-destroy", names.dir);
  virshQuiet("pool-undefine", names.dir);
  virshQuiet("pool-undefine", names.lvm);
  rmSync(join(testbed().TESTBED_POOL_DIR, names.dir), { recursive: true, force: true });
});

test("a CentOS 7 domain as the resources build it (volume disk, bridge, VNC with password, events, acpi off)", () => {
  const xml = domainXml({
    uri,
    name: names.domain,
    virtType: "qemu",
    title: HOSTILE_LINE,
    description: HOSTILE,
    osinfoId: "http://centos.org/centos/7.0",
    memoryMiB: 4096,
    vcpus: 2,
    machine: "q35",
    bootDevices: ["hd"],
    features: { acpi: false, apic: true },
    clockOffset: "utc",
    onPoweroff: "destroy",
    onReboot: "restart",
    onCrash: "restart",
    disks: [
      { source: { type: "volume", pool: "images_lvm", volume: "centos7" }, targetDev: "vda" },
      {
        source: { type: "file", path: "/var/lib/libvirt/images/none.iso" },
        device: "cdrom",
        targetDev: "sda",
        bus: "sata",
        readonly: true,
      },
    ],
    interfaces: [
      { source: { type: "bridge", bridge: testbed().TESTBED_BRIDGE } },
      { source: { type: "network", network: "default" }, linkState: "down" },
    ],
    graphics: { vnc: { port: 5901, password: `<&"']]>`, listen: "0.0.0.0" } },
    serialConsole: true,
    guestAgent: true,
    rng: true,
    tablet: true,
  });
  const defined = parseDomainXml(xml);
  virshWithXml(xml, "define");
  const live = parseDomainXml(virsh("dumpxml", "--inactive", "--security-info", names.domain));
  expect(diffDomain(defined, live)).toEqual([]);
  expect(live.features?.acpi).toBeUndefined();
});

test("NAT and bridge networks as the resources build them", () => {
  const third = 100 + (parseInt(tag, 16) % 150);
  for (const [name, inputs] of [
    [
      names.nat,
      {
        uri,
        name: names.nat,
        mode: "nat" as const,
        bridge: `kvmitp${tag}`,
        nat: { address: `10.215.${third}.1`, prefix: 24, dhcpStart: `10.215.${third}.100`, dhcpEnd: `10.215.${third}.200` },
      },
    ],
    [names.br, { uri, name: names.br, mode: "bridge" as const, bridge: testbed().TESTBED_BRIDGE }],
  ] as const) {
    const xml = networkXml(inputs);
    virshWithXml(xml, "net-define");
    expect(diffNetwork(parseNetworkXml(xml), parseNetworkXml(virsh("net-dumpxml", "--inactive", name)))).toEqual([]);
  }
});

test("dir and logical pools, and a volume, as the resources build them", () => {
  const dirPath = join(testbed().TESTBED_POOL_DIR, names.dir);
  const dirXml = storagePoolXml({ uri, name: names.dir, type: "dir", targetPath: dirPath });
  virshWithXml(dirXml, "pool-define");
  expect(diffStoragePool(parseStoragePoolXml(dirXml), parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", names.dir)))).toEqual([]);
  const lvmXml = storagePoolXml({
    uri,
    name: names.lvm,
    type: "logical",
    sourceDevices: [testbed().TESTBED_VG_DEVICE],
    volumeGroup: testbed().TESTBED_VG,
  });
  virshWithXml(lvmXml, "pool-define");
  expect(diffStoragePool(parseStoragePoolXml(lvmXml), parseStoragePoolXml(virsh("pool-dumpxml", "--inactive", names.lvm)))).toEqual([]);

  virsh("pool-build", names.dir);
  virsh("pool-start", names.dir);
  const volXml = storageVolumeXml(
    { uri, pool: names.dir, name: `kvmit-xml-${tag}.img`, capacityBytes: 16 * 1024 * 1024, sparse: false },
    "dir",
  );
  virshWithXml(volXml, "vol-create", names.dir);
  const live = parseStorageVolumeXml(virsh("vol-dumpxml", "--pool", names.dir, `kvmit-xml-${tag}.img`));
  expect(diffStorageVolume(parseStorageVolumeXml(volXml), live)).toEqual([]);
  virsh("vol-delete", "--pool", names.dir, `kvmit-xml-${tag}.img`);
});
