// Unknown elements, attributes and device variants: kept, written back, and reported by path.
import {
  parseDomainXml,
  domainToXml,
  parseNetworkXml,
  networkToXml,
  parseStoragePoolXml,
  parseStorageVolumeXml,
} from "../../../libvirt/xml";
import { parseXmlElement } from "../../../libvirt/xml/node";
import { canonical } from "./support";

const DOMAIN = `<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>u</name>
  <genid>43dc0cf8-809b-4adb-9bea-a9abb5f3d90d</genid>
  <os><type>hvm</type><smbios mode='sysinfo'/></os>
  <features><acpi/><apic eoi='on'/><hyperv mode='custom'><relaxed state='on'/></hyperv></features>
  <devices>
    <disk type='file' device='disk' rawio='no'>
      <source file='/a.img'><seclabel model='dac' relabel='no'/></source>
      <target dev='vda' bus='virtio' rotation_rate='1'/>
      <iotune><total_bytes_sec>1000</total_bytes_sec></iotune>
    </disk>
    <disk type='nvme' device='disk'><source type='pci' managed='yes' namespace='1'/><target dev='vdb'/></disk>
    <interface type='ethernet'><target dev='tap0'/></interface>
    <interface type='bridge'><source bridge='br0'/><vlan><tag id='42'/></vlan><bandwidth><inbound average='1000'/></bandwidth></interface>
    <serial type='udp'><source mode='bind' host='0.0.0.0' service='2445'/></serial>
    <watchdog model='i6300esb' action='reset'/>
  </devices>
  <qemu:commandline><qemu:arg value='-no-hpet'/></qemu:commandline>
</domain>`;

describe("unknown XML is kept and reported", () => {
  const d = parseDomainXml(DOMAIN);

  test("each unknown node is reported by its path", () => {
    expect([...d.unknownPaths!].sort()).toEqual(
      [
        "/domain/@xmlns:qemu",
        "/domain/genid[0]",
        "/domain/os/smbios[0]",
        "/domain/features/apic[0]",
        "/domain/features/hyperv[0]",
        "/domain/devices/disk[0]/source/seclabel[0]",
        "/domain/devices/disk[0]/target/@rotation_rate",
        "/domain/devices/disk[0]/@rawio",
        "/domain/devices/disk[0]/iotune[0]",
        "/domain/devices/interface[1]/vlan[0]",
        "/domain/devices/interface[1]/bandwidth[0]",
        "/domain/devices/disk[1]",
        "/domain/devices/interface[0]",
        "/domain/devices/serial[0]",
        "/domain/devices/watchdog[0]",
        "/domain/qemu:commandline[0]",
      ].sort(),
    );
  });

  test("device variants the model lacks stay raw while the others are typed", () => {
    expect(d.devices?.disks?.map((x) => x.target.dev)).toEqual(["vda"]);
    expect(d.devices?.interfaces?.map((x) => x.type)).toEqual(["bridge"]);
    expect(d.devices?.serials).toBeUndefined();
  });

  test("writing back keeps all of it, and the unknown paths are not written", () => {
    const xml = domainToXml(d);
    expect(canonical(parseXmlElement(xml))).toEqual(canonical(parseXmlElement(DOMAIN)));
    expect(xml).not.toContain("unknownPaths");
    expect(parseDomainXml(xml).unknownPaths).toEqual(
      expect.arrayContaining(["/domain/qemu:commandline[0]", "/domain/devices/watchdog[0]"]),
    );
  });

  test("other document kinds report theirs too", () => {
    const n = parseNetworkXml(`<network><name>n</name><portgroup name='p'/><forward mode='nat' foo='1'/></network>`);
    expect(n.unknownPaths).toEqual(["/network/forward/@foo", "/network/portgroup[0]"]);
    expect(networkToXml(n)).toContain(`<portgroup name="p"/>`);
    expect(parseStoragePoolXml(`<pool type='dir'><name>p</name><features><cow state='no'/></features></pool>`).unknownPaths).toEqual([
      "/pool/features[0]",
    ]);
    expect(parseStorageVolumeXml(`<volume><name>v</name><target><compat>1.1</compat></target></volume>`).unknownPaths).toEqual([
      "/volume/target/compat[0]",
    ]);
  });

  test("a document of the wrong kind or with a non-numeric number is refused with its path", () => {
    expect(() => parseDomainXml("<network><name>n</name></network>")).toThrow("expected a <domain> document, got <network>");
    expect(() => parseDomainXml("<domain type='qemu'><name>d</name><vcpu>two</vcpu></domain>")).toThrow(
      '/domain/vcpu: expected a number, got "two"',
    );
  });
});
