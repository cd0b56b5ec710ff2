// Golden tests: typed documents written as exact XML.
import { domainToXml, networkToXml, storagePoolToXml, storageVolumeToXml } from "../../../libvirt/xml";
import { centosDomain, natNetwork, bridgeNetwork, dirPool, logicalPool, rawVolume } from "./shapes";
import { schemaErrors } from "./support";

const CENTOSDOMAIN_XML = `<domain type="qemu">
  <name>kvmit-xml-centos</name>
  <title>CentOS 7 guest</title>
  <description>installed from the CentOS 7 tree</description>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://centos.org/centos/7.0"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit="MiB">4096</memory>
  <currentMemory unit="MiB">4096</currentMemory>
  <vcpu>2</vcpu>
  <os>
    <type arch="x86_64" machine="q35">hvm</type>
    <boot dev="hd"/>
  </os>
  <features>
    <apic/>
  </features>
  <cpu mode="host-passthrough"/>
  <clock offset="utc">
    <timer name="rtc" tickpolicy="catchup"/>
    <timer name="pit" tickpolicy="delay"/>
    <timer name="hpet" present="no"/>
  </clock>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>restart</on_crash>
  <pm>
    <suspend-to-mem enabled="no"/>
    <suspend-to-disk enabled="no"/>
  </pm>
  <devices>
    <disk type="file" device="disk">
      <driver name="qemu" type="raw"/>
      <source file="/var/lib/libvirt/images/kvmit-xml-centos.img"/>
      <target dev="vda" bus="virtio"/>
    </disk>
    <interface type="bridge">
      <mac address="52:54:00:6b:10:01"/>
      <source bridge="kvmitbr0"/>
      <model type="virtio"/>
    </interface>
    <serial type="pty">
      <target type="isa-serial" port="0"/>
    </serial>
    <console type="pty">
      <target type="serial" port="0"/>
    </console>
    <channel type="unix">
      <source mode="bind"/>
      <target type="virtio" name="org.qemu.guest_agent.0"/>
    </channel>
    <input type="tablet" bus="usb"/>
    <graphics type="vnc" port="5901" autoport="no" listen="127.0.0.1" passwd="XXX">
      <listen type="address" address="127.0.0.1"/>
    </graphics>
    <video>
      <model type="vga"/>
    </video>
    <memballoon model="virtio"/>
    <rng model="virtio">
      <backend model="random">/dev/urandom</backend>
    </rng>
  </devices>
</domain>
`;

const NATNETWORK_XML = `<network>
  <name>kvmit-xml-nat</name>
  <forward mode="nat"/>
  <bridge name="kvmitxnat0" stp="on" delay="0"/>
  <domain name="kvmit.test" localOnly="yes"/>
  <ip address="10.213.9.1" netmask="255.255.255.0">
    <dhcp>
      <range start="10.213.9.100" end="10.213.9.199"/>
      <host mac="52:54:00:6b:10:01" name="centos" ip="10.213.9.10"/>
    </dhcp>
  </ip>
</network>
`;

const BRIDGENETWORK_XML = `<network>
  <name>kvmit-xml-br</name>
  <forward mode="bridge"/>
  <bridge name="kvmitbr0"/>
</network>
`;

const DIRPOOL_XML = `<pool type="dir">
  <name>kvmit-xml-dir</name>
  <target>
    <path>/var/lib/libvirt/images/kvmit-xml-dir</path>
  </target>
</pool>
`;

const LOGICALPOOL_XML = `<pool type="logical">
  <name>kvmit-xml-lvm</name>
  <source>
    <device path="/dev/loop0"/>
    <name>kvmitestvg</name>
    <format type="lvm2"/>
  </source>
  <target>
    <path>/dev/kvmitestvg</path>
  </target>
</pool>
`;

const RAWVOLUME_XML = `<volume>
  <name>kvmit-xml-disk.img</name>
  <capacity unit="MiB">64</capacity>
  <allocation>0</allocation>
  <target>
    <format type="raw"/>
  </target>
</volume>
`;

describe("typed documents are written as exact XML", () => {
  test.each([
    ["centosDomain", () => domainToXml(centosDomain()), CENTOSDOMAIN_XML],
    ["natNetwork", () => networkToXml(natNetwork()), NATNETWORK_XML],
    ["bridgeNetwork", () => networkToXml(bridgeNetwork()), BRIDGENETWORK_XML],
    ["dirPool", () => storagePoolToXml(dirPool()), DIRPOOL_XML],
    ["logicalPool", () => storagePoolToXml(logicalPool()), LOGICALPOOL_XML],
    ["rawVolume", () => storageVolumeToXml(rawVolume()), RAWVOLUME_XML],
  ])("%s", (_name, write, expected) => {
    expect(write()).toBe(expected);
  });

  test.each([
    ["centosDomain", () => domainToXml(centosDomain()), "domain"],
    ["natNetwork", () => networkToXml(natNetwork({ txt: "x" })), "network"],
    ["bridgeNetwork", () => networkToXml(bridgeNetwork()), "network"],
    ["dirPool", () => storagePoolToXml(dirPool()), "storagepool"],
    ["logicalPool", () => storagePoolToXml(logicalPool()), "storagepool"],
    ["rawVolume", () => storageVolumeToXml(rawVolume()), "storagevol"],
  ] as const)("%s passes libvirt's schema", (_name, write, schema) => {
    expect(schemaErrors(write(), schema)).toBeUndefined();
  });

  test("a feature set to false is left out and one set to true is an empty element", () => {
    expect(domainToXml({ type: "qemu", name: "f", features: { acpi: false, apic: true, pae: true } })).toBe(
      `<domain type="qemu">\n  <name>f</name>\n  <features>\n    <apic/>\n    <pae/>\n  </features>\n</domain>\n`,
    );
  });

  test("vcpu current, the boot kernel, loader and nvram are written where libvirt expects them", () => {
    const xml = domainToXml({
      type: "qemu",
      name: "k",
      vcpu: { count: 4, current: 2, placement: "static" },
      os: {
        type: { value: "hvm", machine: "q35" },
        loader: { value: "/usr/share/OVMF/OVMF_CODE.fd", readonly: "yes", type: "pflash" },
        nvram: { value: "/var/lib/libvirt/qemu/nvram/k_VARS.fd", template: "/usr/share/OVMF/OVMF_VARS.fd" },
        kernel: "/var/lib/libvirt/boot/vmlinuz",
        initrd: "/var/lib/libvirt/boot/initrd.img",
        cmdline: "inst.repo=http://mirror/centos/7/os/x86_64/ console=ttyS0,115200",
      },
    });
    expect(xml).toBe(`<domain type="qemu">
  <name>k</name>
  <vcpu placement="static" current="2">4</vcpu>
  <os>
    <type machine="q35">hvm</type>
    <loader readonly="yes" type="pflash">/usr/share/OVMF/OVMF_CODE.fd</loader>
    <nvram template="/usr/share/OVMF/OVMF_VARS.fd">/var/lib/libvirt/qemu/nvram/k_VARS.fd</nvram>
    <kernel>/var/lib/libvirt/boot/vmlinuz</kernel>
    <initrd>/var/lib/libvirt/boot/initrd.img</initrd>
    <cmdline>inst.repo=http://mirror/centos/7/os/x86_64/ console=ttyS0,115200</cmdline>
  </os>
</domain>
`);
  });

  test("every interface and disk source variant writes its own attributes", () => {
    const xml = domainToXml({
      type: "qemu",
      name: "v",
      devices: {
        disks: [
          { source: { type: "block", dev: "/dev/kvmitestvg/root" }, target: { dev: "vda", bus: "virtio" } },
          { source: { type: "volume", pool: "images_lvm", volume: "home" }, target: { dev: "vdb" } },
          { device: "cdrom", source: { type: "file" }, target: { dev: "sda", bus: "sata" }, readonly: true },
        ],
        interfaces: [
          { type: "network", source: { network: "default" }, link: { state: "down" } },
          { type: "direct", source: { dev: "eth0", mode: "bridge" } },
          { type: "user", model: { type: "e1000e" } },
        ],
        graphics: [{ type: "spice", autoport: "yes" }],
      },
    });
    expect(xml).toBe(`<domain type="qemu">
  <name>v</name>
  <devices>
    <disk type="block">
      <source dev="/dev/kvmitestvg/root"/>
      <target dev="vda" bus="virtio"/>
    </disk>
    <disk type="volume">
      <source pool="images_lvm" volume="home"/>
      <target dev="vdb"/>
    </disk>
    <disk type="file" device="cdrom">
      <target dev="sda" bus="sata"/>
      <readonly/>
    </disk>
    <interface type="network">
      <source network="default"/>
      <link state="down"/>
    </interface>
    <interface type="direct">
      <source dev="eth0" mode="bridge"/>
    </interface>
    <interface type="user">
      <model type="e1000e"/>
    </interface>
    <graphics type="spice" autoport="yes"/>
  </devices>
</domain>
`);
  });
});
