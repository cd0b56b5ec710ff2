// Disks on pool volumes are written by path as virt-install writes `--disk vol=pool/vol` (block for a
// logical volume, file for a file: AppArmor's virt-aa-helper cannot resolve type="volume"), and read
// back as the volume while the path is the volume's; the video device and USB controller
// virt-install writes for VNC and the tablet are written, not left for libvirt to add.
import { readFileSync } from "fs";
import { join } from "path";
import { domainDoc, domainFromXml, domainXml, domainXmlForUpdate } from "../../../libvirt/resources/domain-xml";
import { plannedDiskVolumes, DiskVolumeTarget } from "../../../libvirt/resources/domain-volumes";
import { domainInstallXml } from "../../../libvirt/resources/domain-install";
import { checkDomain } from "../../../libvirt/resources/domain-spec";
import { DomainInputs } from "../../../libvirt";
import { parseDomainXml } from "../../../libvirt/xml";

const URI = "qemu+ssh://root@kvm01.example.com/system";
const base = checkDomain(
  {},
  {
    uri: URI,
    name: "xxx",
    memoryMiB: 1024,
    vcpus: 1,
    disks: [
      { source: { type: "volume", pool: "images_lvm", volume: "xxx" }, targetDev: "vda" },
      { source: { type: "volume", pool: "images_dir", volume: "data.qcow2" }, targetDev: "vdb", driverType: "qcow2" },
    ],
    graphics: { vnc: { port: 5901 } },
    tablet: true,
  },
).inputs as DomainInputs;
const VOLUMES: DiskVolumeTarget[] = [
  { pool: "images_lvm", volume: "xxx", type: "block", path: "/dev/cl/xxx" },
  { pool: "images_dir", volume: "data.qcow2", type: "file", path: "/var/lib/libvirt/images/data.qcow2" },
];

describe("disks on pool volumes", () => {
  it("are written by the volume's path: type block with <source dev> for a logical volume, type file with <source file> for a file", () => {
    const disks = parseDomainXml(domainXml(base, VOLUMES)).devices?.disks ?? [];
    expect(disks.map((d) => d.source)).toEqual([
      { type: "block", dev: "/dev/cl/xxx" },
      { type: "file", file: "/var/lib/libvirt/images/data.qcow2" },
    ]);
    expect(domainXml(base, VOLUMES)).not.toContain('type="volume"');
  });

  it("stay type volume where the volume's path is not known (a pool the stack does not define, at render)", () => {
    const disks = parseDomainXml(domainXml(base, VOLUMES.slice(0, 1))).devices?.disks ?? [];
    expect(disks[1].source).toEqual({ type: "volume", pool: "images_dir", volume: "data.qcow2" });
  });

  it("are written by path in the install phase too", () => {
    const xml = domainInstallXml({ ...base, install: { location: "http://mirror.local/centos/7/os/x86_64/" } }, VOLUMES);
    expect(parseDomainXml(xml).devices?.disks?.map((d) => d.source.type)).toEqual(["block", "file"]);
  });

  it("read back as the volume from what libvirt returns for them (index attributes and all): refresh shows no change", () => {
    // libvirt's live form of the two disks, as virsh dumpxml writes them.
    const live = domainXml(base, VOLUMES)
      .replace('<source dev="/dev/cl/xxx"/>', "<source dev='/dev/cl/xxx' index='2'/><backingStore/>")
      .replace('<source file="/var/lib/libvirt/images/data.qcow2"/>', "<source file='/var/lib/libvirt/images/data.qcow2' index='1'/>");
    expect(domainFromXml(live, base, VOLUMES).inputs.disks).toEqual(base.disks);
  });

  it("read back as a path, which is drift, when the volume is not what the disk points at any more", () => {
    const moved = domainXml(base, VOLUMES).replace('<source dev="/dev/cl/xxx"/>', '<source dev="/dev/cl/other"/>');
    expect(domainFromXml(moved, base, VOLUMES).inputs.disks?.[0].source).toEqual({ type: "block", dev: "/dev/cl/other" });
    // A file where a block volume was (same path, other kind) is drift too.
    const retyped = domainXml(base, [{ ...VOLUMES[0], type: "file" }, VOLUMES[1]]);
    expect(domainFromXml(retyped, base, VOLUMES).inputs.disks?.[0].source).toEqual({ type: "file", path: "/dev/cl/xxx" });
    // Without the volume's path (deleted volume), the disk reads as its path.
    expect(domainFromXml(domainXml(base, VOLUMES), base, []).inputs.disks?.[1].source).toEqual({
      type: "file",
      path: "/var/lib/libvirt/images/data.qcow2",
    });
  });

  it("keep their PCI address across an update", () => {
    const current = domainXml(base, VOLUMES).replace(
      '<target dev="vda" bus="virtio"/>',
      "<target dev='vda' bus='virtio'/><address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>",
    );
    const updated = parseDomainXml(
      domainXmlForUpdate({ ...base, memoryMiB: 2048 }, "0d422186-a32f-4518-ae88-36d2c9421ac3", current, VOLUMES),
    );
    expect(updated.devices?.disks?.[0]).toMatchObject({ source: { type: "block", dev: "/dev/cl/xxx" }, address: { bus: "0x04" } });
  });
});

describe("plannedDiskVolumes (render: no host)", () => {
  it("puts a logical pool's volumes below its target as block devices, a dir pool's below its directory as files", () => {
    expect(
      plannedDiskVolumes(base.disks, [
        { name: "images_lvm", type: "logical", volumeGroup: "cl" },
        { name: "images_dir", type: "dir", targetPath: "/var/lib/libvirt/images/" },
      ]),
    ).toEqual(VOLUMES);
  });

  it("leaves out the volumes of pools the program does not define", () => {
    expect(plannedDiskVolumes(base.disks, [{ name: "images_lvm", type: "logical", targetPath: "/dev/cl" }])).toEqual(VOLUMES.slice(0, 1));
  });
});

describe("devices virt-install writes that libvirt would otherwise add", () => {
  const fixture = parseDomainXml(readFileSync(join(__dirname, "../../fixtures/xml/virt-install.final.xml"), "utf8"));

  it("the USB controller for the tablet, as virt-install writes it for the runbook", () => {
    const ours = domainDoc(base).devices?.controllers;
    expect(ours).toEqual([{ type: "usb", model: "qemu-xhci", ports: 15 }]);
    const theirs = (fixture.devices?.controllers ?? []).filter((c) => c.type === "usb");
    expect(ours).toEqual(theirs.map((c) => ({ type: c.type, model: c.model, ports: c.ports })));
  });

  it("the video device for VNC, as virt-install writes it for the runbook", () => {
    const ours = domainDoc(base).devices?.videos;
    expect(ours).toEqual([{ model: { type: "vga" } }]);
    expect(ours?.map((v) => v.model.type)).toEqual(fixture.devices?.videos?.map((v) => v.model.type));
  });

  it("neither without a tablet or VNC", () => {
    const doc = domainDoc({ ...base, tablet: false, graphics: {} });
    expect(doc.devices?.controllers).toBeUndefined();
    expect(doc.devices?.videos).toBeUndefined();
  });

  it("an update keeps libvirt's controllers and video (with their addresses) and adds ours only where libvirt has none", () => {
    const current = domainXml({ ...base, tablet: false, graphics: {} }, VOLUMES).replace(
      "<devices>",
      "<devices><controller type='pci' index='0' model='pcie-root'/>",
    );
    const updated = parseDomainXml(domainXmlForUpdate(base, "0d422186-a32f-4518-ae88-36d2c9421ac3", current, VOLUMES));
    expect(updated.devices?.controllers?.map((c) => `${c.type}:${c.model}`)).toEqual(["pci:pcie-root", "usb:qemu-xhci"]);
    expect(updated.devices?.videos?.map((v) => v.model.type)).toEqual(["vga"]);
    const withLibvirtVideo = domainXml(base, VOLUMES).replace(
      '<model type="vga"/>',
      "<model type='vga' vram='16384' heads='1' primary='yes'/>",
    );
    const again = parseDomainXml(domainXmlForUpdate(base, "0d422186-a32f-4518-ae88-36d2c9421ac3", withLibvirtVideo, VOLUMES));
    expect(again.devices?.videos?.[0].model).toMatchObject({ type: "vga", vram: 16384, heads: 1 });
    expect(again.devices?.controllers?.filter((c) => c.type === "usb")).toHaveLength(1);
  });
});
