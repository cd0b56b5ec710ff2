// Logical (LVM) pools: on the test bed's loop volume group over qemu+ssh (define without build,
// start, autostart; delete keeps the VG, checked with vgs), build with NO_OVERWRITE on the spare
// device, and volume semantics on a logical pool through the test driver (lvcreate is unavailable).
import { execFileSync } from "child_process";
import { storagePoolProvider, storageVolumeProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, State, suffix, virsh, virshFails, virshUri } from "./engine";

const tb = testbed();
const pools = new Engine(storagePoolProvider);
const vols = new Engine(storageVolumeProvider);
const sfx = suffix();
const MiB = 2 ** 20;

function vgNames(): string[] {
  return execFileSync("vgs", ["--noheadings", "-o", "vg_name"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

const names = { vg: `kvmit-res-lvm-${sfx}`, build: `kvmit-res-build-${sfx}`, build2: `kvmit-res-build2-${sfx}` };
const builtVg = `kvmitresvg${sfx}`;

afterAll(async () => {
  for (const n of Object.values(names)) {
    if (!virshFails("pool-info", n)) {
      try {
        virsh("pool-destroy", n);
      } catch (e) {
        /* inactive */
      }
      virsh("pool-undefine", n);
    }
  }
  if (vgNames().includes(builtVg)) {
    execFileSync("vgremove", ["-f", builtVg], { stdio: "ignore" });
    execFileSync("pvremove", ["-f", tb.TESTBED_SPARE_DEVICE], { stdio: "ignore" });
  }
  await closeAllConnections();
});

describe("logical pool on the test bed's volume group", () => {
  const raw = {
    uri: tb.TESTBED_URI_SSH,
    name: names.vg,
    type: "logical",
    volumeGroup: tb.TESTBED_VG,
    sourceDevices: [tb.TESTBED_VG_DEVICE],
  };
  let s: State;

  test("create defines it without building, starts and autostarts it", async () => {
    s = await pools.create(raw);
    const i = info(virsh("pool-info", names.vg));
    expect(i.State).toBe("running");
    expect(i.Autostart).toBe("yes");
    const xml = virsh("pool-dumpxml", "--inactive", names.vg);
    expect(xml).toContain(`<device path='${tb.TESTBED_VG_DEVICE}'/>`);
    expect(xml).toContain(`<name>${tb.TESTBED_VG}</name>`);
    expect(xml).toContain(`<path>/dev/${tb.TESTBED_VG}</path>`);
    expect(s.outs.capacity).toBeGreaterThan(500 * MiB);
  });

  test("refresh finds no change", async () => {
    const r = (await pools.refresh(s)) as State;
    expect((await pools.plan(r, raw)).changes).toBe(false);
    s = r;
  });

  test("another volume group or device list would replace it", async () => {
    expect((await pools.plan(s, { ...raw, volumeGroup: "other" })).replaces).toEqual(["volumeGroup"]);
    expect((await pools.plan(s, { ...raw, sourceDevices: ["/dev/loop7"] })).replaces).toEqual(["sourceDevices"]);
    expect((await pools.plan(s, { ...raw, autostart: false })).replaces).toEqual([]);
  });

  test("delete stops and undefines it and leaves the volume group", async () => {
    await pools.delete(s);
    expect(virshFails("pool-info", names.vg)).toBe(true);
    expect(vgNames()).toContain(tb.TESTBED_VG);
  });
});

describe("building a logical pool on the spare device", () => {
  const raw = {
    uri: tb.TESTBED_URI_SSH,
    name: names.build,
    type: "logical",
    volumeGroup: builtVg,
    sourceDevices: [tb.TESTBED_SPARE_DEVICE],
    build: true,
  };

  test("build creates the volume group; delete without wipeOnDelete keeps it", async () => {
    const s = await pools.create(raw);
    expect(vgNames()).toContain(builtVg);
    expect(info(virsh("pool-info", names.build)).State).toBe("running");
    await pools.delete(s);
    expect(vgNames()).toContain(builtVg);
  });

  test("build never overwrites a device holding data (NO_OVERWRITE) and leaves no pool behind", async () => {
    await expect(pools.create({ ...raw, name: names.build2 })).rejects.toThrow(
      /creating storage pool "kvmit-res-build2-\w+" on qemu\+ssh:.* failed/,
    );
    expect(virshFails("pool-info", names.build2)).toBe(true);
    expect(vgNames()).toContain(builtVg);
  });

  test("wipeOnDelete removes the volume group", async () => {
    const s = await pools.create({ ...raw, build: false, wipeOnDelete: true });
    await pools.delete(s);
    expect(vgNames()).not.toContain(builtVg);
  });
});

describe("volumes on a logical pool (test driver, one connection)", () => {
  const uri = tb.TESTBED_TEST_URI_SSH;
  const poolRaw = {
    uri,
    name: `kvmit-res-tlvm-${sfx}`,
    type: "logical",
    volumeGroup: `kvmitrestvg${sfx}`,
    sourceDevices: [`/dev/kvmit-fake-${sfx}`],
  };
  const volRaw = { uri, pool: poolRaw.name, name: `kvmit-res-lv-${sfx}`, capacityBytes: 64 * MiB };
  let pool: State;
  let vol: State;

  test("the pool is defined and started in the test driver", async () => {
    pool = await pools.create(poolRaw);
    const i = info(virshUri(tb.TESTBED_TEST_URI_UNIX, "pool-info", poolRaw.name));
    expect(i.State).toBe("running");
  });

  test("a logical volume is fully allocated and has no format", async () => {
    vol = await vols.create(volRaw);
    const i = info(virshUri(tb.TESTBED_TEST_URI_UNIX, "vol-info", "--pool", poolRaw.name, volRaw.name, "--bytes"));
    expect(i.Capacity).toBe(`${64 * MiB} bytes`);
    expect(i.Allocation).toBe(`${64 * MiB} bytes`);
    expect(vol.outs.allocationBytes).toBe(64 * MiB);
    const r = (await vols.refresh(vol)) as State;
    expect((await vols.plan(r, volRaw)).changes).toBe(false);
    vol = r;
  });

  test("growing is refused by the test driver (no virStorageVolResize) with a clear error, volume untouched", async () => {
    await expect(vols.up(vol, { ...volRaw, capacityBytes: 128 * MiB })).rejects.toThrow(
      /growing volume "kvmit-res-lv-\w+" in pool "kvmit-res-tlvm-\w+" on test\+ssh:.* from 67108864 to 134217728 bytes failed: .*virStorageVolResize/,
    );
    const i = info(virshUri(tb.TESTBED_TEST_URI_UNIX, "vol-info", "--pool", poolRaw.name, volRaw.name, "--bytes"));
    expect(i.Capacity).toBe(`${64 * MiB} bytes`);
  });

  test("delete removes the volume, then the pool", async () => {
    await vols.delete(vol);
    expect(() => virshUri(tb.TESTBED_TEST_URI_UNIX, "vol-info", "--pool", poolRaw.name, volRaw.name)).toThrow();
    await pools.delete(pool);
    expect(() => virshUri(tb.TESTBED_TEST_URI_UNIX, "pool-info", poolRaw.name)).toThrow();
  });
});
