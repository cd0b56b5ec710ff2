// Volumes on a dir pool under the test bed's pool directory, over unix and over qemu+ssh: a
// byte-exact 10 MiB upload and download compared with the file on disk, resize, info, delete.
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync, rmSync } from "fs";
import { randomBytes } from "crypto";
import { join } from "path";
import { tmpdir } from "os";
import { Connection, StoragePoolRef, StorageVolRef, StorageVolType, isNoStorageVol } from "./rpc-imports";
import { testbed } from "../../support/testbed";
import { TransportName, uriFor, uniqueName, virsh, virshTry, infoField } from "./helpers";

const SIZE = 10 * 1024 * 1024;

async function collect(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

describe.each<TransportName>(["unix", "ssh"])("volumes on a dir pool over %s", (t) => {
  const uri = uriFor(t);
  const local = uriFor("unix");
  const poolName = uniqueName(`dir-${t}`);
  const dir = join(testbed().TESTBED_POOL_DIR, poolName);
  const volName = `${poolName}-vol.raw`;
  const volPath = join(dir, volName);
  const data = randomBytes(SIZE);
  const source = join(tmpdir(), `${poolName}.src`);
  let conn: Connection;
  let pool: StoragePoolRef;
  let vol: StorageVolRef;

  beforeAll(async () => {
    writeFileSync(source, data);
    conn = await Connection.open(uri);
    pool = await conn.storagePoolDefineXml(`<pool type='dir'><name>${poolName}</name><target><path>${dir}</path></target></pool>`);
    await conn.storagePoolBuild(pool);
    await conn.storagePoolCreate(pool);
  });

  afterAll(async () => {
    if (virshTry(local, "pool-info", poolName).ok) {
      virshTry(local, "vol-delete", "--pool", poolName, volName);
      virshTry(local, "pool-destroy", poolName);
      virshTry(local, "pool-delete", poolName);
      virshTry(local, "pool-undefine", poolName);
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(source, { force: true });
    await conn?.close();
  });

  it("creates a 10 MiB raw volume that virsh and the disk agree on", async () => {
    vol = await conn.storageVolCreateXml(
      pool,
      `<volume><name>${volName}</name><capacity unit='bytes'>${SIZE}</capacity><target><format type='raw'/></target></volume>`,
    );
    expect(vol).toEqual({ pool: poolName, name: volName, key: volPath });
    expect(await conn.storageVolLookupByName(pool, volName)).toEqual(vol);
    expect(await conn.storageVolGetXmlDesc(vol)).toContain(`<path>${volPath}</path>`);
    const info = await conn.storageVolGetInfo(vol);
    expect(info.type).toBe(StorageVolType.FILE);
    expect(info.capacity).toBe(SIZE);
    expect(Number(infoField(virsh(uri, "vol-info", "--bytes", "--pool", poolName, volName), "Capacity")?.split(" ")[0])).toBe(SIZE);
    expect(statSync(volPath).size).toBe(SIZE);
  });

  it("uploads 10 MiB from a file stream byte for byte", async () => {
    await conn.storageVolUpload(vol, createReadStream(source), 0, SIZE);
    expect(readFileSync(volPath).equals(data)).toBe(true);
  });

  it("downloads the same 10 MiB byte for byte", async () => {
    const got = await collect(await conn.storageVolDownload(vol, 0, SIZE));
    expect(got.length).toBe(SIZE);
    expect(got.equals(readFileSync(volPath))).toBe(true);
  });

  it("uploads and downloads a range at an offset", async () => {
    const patch = Buffer.from("kvm-infra rpc range test");
    await conn.storageVolUpload(vol, patch, 4096, patch.length);
    expect(
      readFileSync(volPath)
        .subarray(4096, 4096 + patch.length)
        .equals(patch),
    ).toBe(true);
    expect((await collect(await conn.storageVolDownload(vol, 4096, patch.length))).equals(patch)).toBe(true);
  });

  it("grows the volume in place, keeping its data", async () => {
    await conn.storageVolResize(vol, 2 * SIZE);
    expect((await conn.storageVolGetInfo(vol)).capacity).toBe(2 * SIZE);
    expect(statSync(volPath).size).toBe(2 * SIZE);
    expect(readFileSync(volPath).subarray(8192, SIZE).equals(data.subarray(8192))).toBe(true);
  });

  it("abandons a download midway without harming the connection", async () => {
    const readable = (await conn.storageVolDownload(vol, 0, 0)) as NodeJS.ReadableStream & { destroy(): void };
    await new Promise<void>((resolve) => readable.once("data", () => resolve()));
    readable.destroy();
    expect(await conn.connectGetHostname()).toBe(virsh(local, "hostname"));
    const again = await collect(await conn.storageVolDownload(vol, 8192, 4096));
    expect(again.equals(data.subarray(8192, 8192 + 4096))).toBe(true);
  });

  it("lists, deletes and then no longer finds the volume (code 50)", async () => {
    await conn.storagePoolRefresh(pool);
    expect((await conn.storagePoolListAllVolumes(pool)).map((v) => v.name)).toEqual([volName]);
    await conn.storageVolDelete(vol);
    expect(existsSync(volPath)).toBe(false);
    const e = await conn.storageVolLookupByName(pool, volName).catch((x) => x);
    expect(isNoStorageVol(e)).toBe(true);
  });

  it("tears the dir pool down: destroy, delete (removing the directory), undefine", async () => {
    await conn.storagePoolDestroy(pool);
    await conn.storagePoolDelete(pool);
    expect(existsSync(dir)).toBe(false);
    await conn.storagePoolUndefine(pool);
    expect(virshTry(uri, "pool-info", poolName).ok).toBe(false);
  });
});
