// An LVM (logical) pool on the test bed's spare loop device over qemu+tcp: define, build with
// NO_OVERWRITE, start, autostart, destroy, delete (wiping the volume group so reruns work),
// undefine; and NO_OVERWRITE refusing a device that already holds data. Checked with virsh and LVM.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import {
  Connection,
  StoragePoolRef,
  StoragePoolBuildFlags,
  StoragePoolDeleteFlags,
  StoragePoolState,
  LibvirtError,
  isNoStoragePool,
} from "./rpc-imports";
import { testbed } from "../../support/testbed";
import { uriFor, uniqueName, virsh, virshTry, waitFor, infoField } from "./helpers";

const uri = uriFor("tcp");
const local = uriFor("unix");
const device = () => testbed().TESTBED_SPARE_DEVICE;
const suffix = randomBytes(3).toString("hex");
const vg = `kvmitrpcvg${suffix}`;
const otherVg = `kvmitrpcvgx${suffix}`;
const poolName = uniqueName("lvm");
const otherPoolName = `${poolName}-x`;

const poolXml = (name: string, vgName: string, uuid?: string) => `<pool type='logical'>
  <name>${name}</name>${uuid ? `<uuid>${uuid}</uuid>` : ""}
  <source><device path='${device()}'/><name>${vgName}</name><format type='lvm2'/></source>
  <target><path>/dev/${vgName}</path></target>
</pool>`;

const lvmEnv = { ...process.env, LVM_SUPPRESS_FD_WARNINGS: "1" };
function volumeGroups(): string[] {
  return execFileSync("vgs", ["--noheadings", "-o", "vg_name"], { encoding: "utf8", env: lvmEnv, stdio: ["ignore", "pipe", "ignore"] })
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
/** True when no filesystem, LVM or partition signature is on the device. */
function deviceIsBlank(): boolean {
  try {
    execFileSync("blkid", ["-p", device()], { stdio: "ignore" });
    return false;
  } catch (e) {
    return (e as { status?: number }).status === 2;
  }
}

describe("an LVM storage pool over qemu+tcp", () => {
  let conn: Connection;
  let pool: StoragePoolRef;

  beforeAll(async () => {
    conn = await Connection.open(uri);
    // The spare device is shared with other areas' tests: wait until it is blank again.
    await waitFor(`${device()} to be blank`, () => deviceIsBlank(), 120000, 500);
  });

  afterAll(async () => {
    for (const n of [otherPoolName, poolName]) {
      if (virshTry(local, "pool-info", n).ok) {
        virshTry(local, "pool-destroy", n);
        if (n === poolName && volumeGroups().includes(vg)) virshTry(local, "pool-delete", n);
        virshTry(local, "pool-undefine", n);
      }
    }
    await conn?.close();
  });

  it("defines the pool", async () => {
    pool = await conn.storagePoolDefineXml(poolXml(poolName, vg));
    expect(pool.name).toBe(poolName);
    expect(pool.uuid).toBe(virsh(uri, "pool-uuid", poolName));
    expect(await conn.storagePoolLookupByName(poolName)).toEqual(pool);
    expect(await conn.storagePoolLookupByUuid(pool.uuid)).toEqual(pool);
    expect(await conn.storagePoolIsActive(pool)).toBe(false);
  });

  it("builds it with NO_OVERWRITE on the blank device, creating the volume group", async () => {
    await conn.storagePoolBuild(pool, StoragePoolBuildFlags.NO_OVERWRITE);
    expect(volumeGroups()).toContain(vg);
  });

  it("refuses NO_OVERWRITE on a device that already holds data, leaving the data alone", async () => {
    // libvirt will not define two pools on one device, so the first steps aside (its storage stays).
    await conn.storagePoolUndefine(pool);
    const other = await conn.storagePoolDefineXml(poolXml(otherPoolName, otherVg));
    const e = await conn.storagePoolBuild(other, StoragePoolBuildFlags.NO_OVERWRITE).catch((x) => x);
    await conn.storagePoolUndefine(other);
    expect(e).toBeInstanceOf(LibvirtError);
    expect(e.message).toMatch(/already|exist|format/i);
    expect(volumeGroups()).toContain(vg);
    expect(volumeGroups()).not.toContain(otherVg);
    expect(virshTry(uri, "pool-info", otherPoolName).ok).toBe(false);
    // Redefined with its uuid, the first pool is the same object again.
    expect(await conn.storagePoolDefineXml(poolXml(poolName, vg, pool.uuid))).toEqual(pool);
  });

  it("starts it and sets autostart, as virsh sees", async () => {
    await conn.storagePoolCreate(pool);
    expect(await conn.storagePoolIsActive(pool)).toBe(true);
    await conn.storagePoolSetAutostart(pool, true);
    expect(await conn.storagePoolGetAutostart(pool)).toBe(true);
    const info = virsh(uri, "pool-info", "--bytes", poolName);
    expect(infoField(info, "State")).toBe("running");
    expect(infoField(info, "Autostart")).toBe("yes");
    await conn.storagePoolRefresh(pool);
    const mine = await conn.storagePoolGetInfo(pool);
    expect(mine.state).toBe(StoragePoolState.RUNNING);
    expect(mine.capacity).toBe(Number(infoField(info, "Capacity")));
    expect(await conn.storagePoolGetXmlDesc(pool)).toContain(`<name>${vg}</name>`);
    expect((await conn.connectListAllStoragePools()).map((p) => p.name)).toContain(poolName);
    expect(await conn.storagePoolListAllVolumes(pool)).toEqual([]);
  });

  it("destroys it, then delete removes the volume group and leaves the device blank", async () => {
    await conn.storagePoolSetAutostart(pool, false);
    await conn.storagePoolDestroy(pool);
    expect(await conn.storagePoolIsActive(pool)).toBe(false);
    expect(infoField(virsh(uri, "pool-info", poolName), "State")).toBe("inactive");
    await conn.storagePoolDelete(pool, StoragePoolDeleteFlags.NORMAL);
    expect(volumeGroups()).not.toContain(vg);
    expect(deviceIsBlank()).toBe(true);
  });

  it("undefines it, after which it is not found (code 49)", async () => {
    await conn.storagePoolUndefine(pool);
    const e = await conn.storagePoolLookupByName(poolName).catch((x) => x);
    expect(isNoStoragePool(e)).toBe(true);
    expect(virsh(uri, "pool-list", "--all", "--name").split("\n")).not.toContain(poolName);
  });
});
