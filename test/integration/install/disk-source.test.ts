// Disks on pool volumes on the test bed, as virt-install writes `--disk vol=pool/vol`: a file
// volume of a dir pool as <disk type='file'><source file>, a logical volume (libvirt's test driver:
// no device-mapper here) as <disk type='block'><source dev>; the tablet's USB controller and the
// VNC video device are ours, not libvirt's. virsh dumpxml is the witness; a refresh right after
// the apply shows no change.
import { unlinkSync, writeFileSync } from "fs";
import { domainProvider, storagePoolProvider, storageVolumeProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, State, suffix, virsh, virshFails, virshUri } from "../resources/engine";

const tb = testbed();
const pools = new Engine(storagePoolProvider);
const vols = new Engine(storageVolumeProvider);
const doms = new Engine(domainProvider);
const sfx = suffix();
const created: Array<[Engine, State]> = [];

afterAll(async () => {
  for (const [e, s] of created.reverse()) await e.delete(s).catch(() => undefined);
  await closeAllConnections();
});

async function create(e: Engine, raw: Record<string, unknown>): Promise<State> {
  const s = await e.create(raw);
  created.push([e, s]);
  return s;
}

/** The first <disk> element of a dumpxml. */
const firstDisk = (xml: string): string => /<disk [\s\S]*?<\/disk>/.exec(xml)?.[0] ?? "";

describe("a dir pool's file volume on QEMU", () => {
  const dir = `/var/lib/libvirt/images/kvmit-inst-dpool-${sfx}`;
  const pool = { uri: tb.TESTBED_URI_UNIX, name: `kvmit-inst-dpool-${sfx}`, type: "dir", targetPath: dir, build: true, wipeOnDelete: true };
  const vol = {
    uri: tb.TESTBED_URI_UNIX,
    pool: pool.name,
    name: `kvmit-inst-dvol-${sfx}.qcow2`,
    capacityBytes: 16 * 1048576,
    format: "qcow2",
  };
  const dom = {
    uri: tb.TESTBED_URI_UNIX,
    name: `kvmit-inst-ddom-${sfx}`,
    virtType: "qemu",
    memoryMiB: 128,
    vcpus: 1,
    features: { acpi: false, apic: true },
    disks: [{ source: { type: "volume", pool: pool.name, volume: vol.name }, targetDev: "vda", driverType: "qcow2" }],
    graphics: { vnc: { listen: "127.0.0.1" } },
    tablet: true,
    running: false,
  };
  let d: State;

  test("is written as <disk type='file'> with the volume's path, and the guest starts", async () => {
    await create(pools, pool);
    await create(vols, vol);
    d = await create(doms, dom);
    const xml = virsh("dumpxml", "--inactive", dom.name);
    const disk = firstDisk(xml);
    expect(disk).toContain("<disk type='file' device='disk'>");
    expect(disk).toContain(`<source file='${dir}/${vol.name}'/>`);
    expect(disk).not.toContain("pool=");
    virsh("start", dom.name);
    expect(virsh("domstate", dom.name).trim()).toBe("running");
    virsh("destroy", dom.name);
  });

  test("has the USB controller and video device we wrote, and no other of their kinds", () => {
    const xml = virsh("dumpxml", "--inactive", dom.name);
    const usb = xml.match(/<controller type='usb'[^>]*>/g) ?? [];
    expect(usb).toHaveLength(1);
    expect(usb[0]).toContain("model='qemu-xhci'");
    expect(usb[0]).toContain("ports='15'");
    const videos = xml.match(/<video>[\s\S]*?<\/video>/g) ?? [];
    expect(videos).toHaveLength(1);
    expect(videos[0]).toContain("<model type='vga'");
  });

  test("a refresh right after the apply shows no change", async () => {
    const r = (await doms.refresh(d)) as State;
    expect(r.outs.disks).toEqual(d.inputs.disks);
    expect((await doms.plan(r, dom)).changes).toBe(false);
  });

  test("a disk pointed elsewhere behind our back is drift", async () => {
    const other = `${dir}/kvmit-inst-dother-${sfx}.img`;
    virsh("vol-create-as", pool.name, `kvmit-inst-dother-${sfx}.img`, "1M");
    const xml = virsh("dumpxml", "--inactive", dom.name).replace(`<source file='${dir}/${vol.name}'/>`, `<source file='${other}'/>`);
    const file = `/tmp/kvmit-inst-ddom-${sfx}.xml`;
    writeFileSync(file, xml);
    virsh("define", file);
    const r = (await doms.refresh(d)) as State;
    expect(r.outs.disks[0].source).toEqual({ type: "file", path: other });
    expect((await doms.plan(r, dom)).changes).toBe(true);
    // The apply puts the volume back, by path.
    const up = await doms.up(r, dom);
    expect(firstDisk(virsh("dumpxml", "--inactive", dom.name))).toContain(`<source file='${dir}/${vol.name}'/>`);
    expect((await doms.plan((await doms.refresh(up.state)) as State, dom)).changes).toBe(false);
    virsh("vol-delete", "--pool", pool.name, `kvmit-inst-dother-${sfx}.img`);
    unlinkSync(file);
  });
});

describe("a logical volume (test driver, one connection)", () => {
  const uri = tb.TESTBED_TEST_URI_SSH;
  const pool = {
    uri,
    name: `kvmit-inst-lpool-${sfx}`,
    type: "logical",
    volumeGroup: `kvmitinstvg${sfx}`,
    sourceDevices: [`/dev/kvmit-inst-fake-${sfx}`],
  };
  const vol = { uri, pool: pool.name, name: `kvmit-inst-lv-${sfx}`, capacityBytes: 32 * 1048576 };
  const dom = {
    uri,
    name: `kvmit-inst-ldom-${sfx}`,
    virtType: "qemu",
    memoryMiB: 128,
    vcpus: 1,
    disks: [{ source: { type: "volume", pool: pool.name, volume: vol.name }, targetDev: "vda" }],
  };

  test("is written as <disk type='block'> with <source dev='/dev/<vg>/<lv>'>, and a refresh shows no change", async () => {
    await create(pools, pool);
    await create(vols, vol);
    const d = await create(doms, dom);
    const disk = firstDisk(virshUri(tb.TESTBED_TEST_URI_UNIX, "dumpxml", "--inactive", dom.name));
    expect(disk).toContain("<disk type='block' device='disk'>");
    expect(disk).toContain(`<source dev='/dev/${pool.volumeGroup}/${vol.name}'/>`);
    const r = (await doms.refresh(d)) as State;
    expect(r.outs.disks).toEqual(d.inputs.disks);
    expect((await doms.plan(r, dom)).changes).toBe(false);
  });

  test("a disk on a volume that does not exist is refused naming the disk, and nothing is defined", async () => {
    const raw = {
      ...dom,
      name: `kvmit-inst-lmiss-${sfx}`,
      disks: [{ source: { type: "volume", pool: pool.name, volume: "nope" }, targetDev: "vda" }],
    };
    await expect(doms.create(raw)).rejects.toThrow(`disks[0].source: volume "nope" of pool "${pool.name}" cannot be found`);
    expect(() => virshUri(tb.TESTBED_TEST_URI_UNIX, "dominfo", raw.name)).toThrow();
    expect(virshFails("dominfo", raw.name)).toBe(true);
  });
});
