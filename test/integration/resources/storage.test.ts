// Dir pool and volume lifecycle over qemu+ssh, checked with virsh and on the disk: refresh without
// change, in-place updates, grow keeping data, sparse:false, upload, shrink refused, replaces, delete.
import { closeSync, openSync, readSync, writeFileSync, writeSync, existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { createServer } from "http";
import { AddressInfo } from "net";
import { join } from "path";
import { storagePoolProvider, storageVolumeProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, State, suffix, virsh, virshFails } from "./engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const pools = new Engine(storagePoolProvider);
const vols = new Engine(storageVolumeProvider);
const sfx = suffix();
const poolName = `kvmit-res-dir-${sfx}`;
const pool2 = `kvmit-res-dir2-${sfx}`;
const dir = join(tb.TESTBED_POOL_DIR, poolName);
const MiB = 2 ** 20;
const MARKER = `kvmit-res marker ${sfx}`;

function readAt(path: string, offset: number, length: number): string {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(length);
  readSync(fd, buf, 0, length, offset);
  closeSync(fd);
  return buf.toString();
}

afterAll(async () => {
  for (const p of [poolName, pool2]) {
    if (!virshFails("pool-info", p)) {
      try {
        for (const line of virsh("vol-list", p).split("\n").slice(2)) {
          const v = line.trim().split(/\s+/)[0];
          if (v) virsh("vol-delete", "--pool", p, v);
        }
      } catch (e) {
        /* inactive */
      }
      try {
        virsh("pool-destroy", p);
      } catch (e) {
        /* inactive */
      }
      try {
        virsh("pool-delete", p);
      } catch (e) {
        /* gone */
      }
      virsh("pool-undefine", p);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  await closeAllConnections();
});

describe("dir pool and its volumes", () => {
  let pool: State;
  const poolRaw = { uri: URI, name: poolName, type: "dir", targetPath: dir, build: true };

  test("create builds (mkdir), starts and autostarts the pool", async () => {
    pool = await pools.create(poolRaw);
    expect(existsSync(dir)).toBe(true);
    const i = info(virsh("pool-info", poolName));
    expect(i.State).toBe("running");
    expect(i.Autostart).toBe("yes");
    expect(i.UUID).toBe(pool.id);
    expect(pool.outs.capacity).toBeGreaterThan(0);
  });

  test("refresh finds no change; autostart off is in place", async () => {
    const r = (await pools.refresh(pool)) as State;
    expect((await pools.plan(r, poolRaw)).changes).toBe(false);
    const up = await pools.up(r, { ...poolRaw, autostart: false });
    expect(up.replaced).toBe(false);
    expect(info(virsh("pool-info", poolName)).Autostart).toBe("no");
    pool = up.state;
  });

  test("a new target path is redefined in place and applies when the pool next starts", async () => {
    const moved = `${dir}-moved`;
    const up = await pools.up(pool, { ...poolRaw, autostart: false, targetPath: moved });
    expect(up.replaced).toBe(false);
    expect(virsh("pool-dumpxml", "--inactive", poolName)).toContain(`<path>${moved}</path>`);
    expect(info(virsh("pool-info", poolName)).UUID).toBe(pool.id);
    const back = await pools.up(up.state, { ...poolRaw, autostart: false });
    expect(virsh("pool-dumpxml", "--inactive", poolName)).toContain(`<path>${dir}</path>`);
    pool = back.state;
  });

  let vol: State;
  const volRaw = { uri: URI, pool: poolName, name: `kvmit-res-v-${sfx}.img`, capacityBytes: 64 * MiB };

  test("a sparse volume is created with the asked capacity", async () => {
    vol = await vols.create(volRaw);
    const i = info(virsh("vol-info", "--pool", poolName, volRaw.name, "--bytes"));
    expect(i.Capacity).toBe(`${64 * MiB} bytes`);
    expect(vol.outs.path).toBe(join(dir, volRaw.name));
    expect(vol.id).toBe(vol.outs.key);
    const r = (await vols.refresh(vol)) as State;
    expect((await vols.plan(r, volRaw)).changes).toBe(false);
  });

  test("growing 64 MiB -> 128 MiB resizes in place and keeps the data", async () => {
    const fd = openSync(vol.outs.path, "r+");
    writeSync(fd, Buffer.from(MARKER), 0, MARKER.length, 4096);
    writeSync(fd, Buffer.from(MARKER), 0, MARKER.length, 64 * MiB - 100);
    closeSync(fd);
    const plan = await vols.plan(vol, { ...volRaw, capacityBytes: 128 * MiB });
    expect(plan.replaces).toEqual([]);
    const up = await vols.up(vol, { ...volRaw, capacityBytes: 128 * MiB });
    expect(up.replaced).toBe(false);
    expect(info(virsh("vol-info", "--pool", poolName, volRaw.name, "--bytes")).Capacity).toBe(`${128 * MiB} bytes`);
    expect(readAt(vol.outs.path, 4096, MARKER.length)).toBe(MARKER);
    expect(readAt(vol.outs.path, 64 * MiB - 100, MARKER.length)).toBe(MARKER);
    vol = up.state;
    const r = (await vols.refresh(vol)) as State;
    expect((await vols.plan(r, { ...volRaw, capacityBytes: 128 * MiB })).changes).toBe(false);
    vol = r;
  });

  test("shrinking is refused at preview (check) with the reason", async () => {
    const res = await storageVolumeProvider.check!(vol.inputs, { ...volRaw, capacityBytes: 64 * MiB });
    expect(res.failures).toEqual([
      { property: "capacityBytes", reason: expect.stringContaining("cannot shrink from 134217728 to 67108864 bytes") },
    ]);
  });

  test("a new format replaces the volume", async () => {
    const up = await vols.up(vol, { ...volRaw, capacityBytes: 128 * MiB, format: "qcow2" });
    expect(up.replaced).toBe(true);
    expect(virsh("vol-dumpxml", "--pool", poolName, volRaw.name)).toContain("<format type='qcow2'/>");
    vol = up.state;
    const r = (await vols.refresh(vol)) as State;
    expect((await vols.plan(r, { ...volRaw, capacityBytes: 128 * MiB, format: "qcow2" })).changes).toBe(false);
  });

  test("delete removes the volume; again succeeds; refresh reports it gone", async () => {
    await vols.delete(vol);
    expect(virshFails("vol-info", "--pool", poolName, volRaw.name)).toBe(true);
    await vols.delete(vol);
    expect(await vols.refresh(vol)).toBeUndefined();
  });

  test("sparse:false allocates the whole capacity, also when growing", async () => {
    const raw = { uri: URI, pool: poolName, name: `kvmit-res-full-${sfx}.img`, capacityBytes: 16 * MiB, sparse: false };
    let s = await vols.create(raw);
    let i = info(virsh("vol-info", "--pool", poolName, raw.name, "--bytes"));
    expect(i.Allocation).toBe(`${16 * MiB} bytes`);
    s = (await vols.up(s, { ...raw, capacityBytes: 32 * MiB })).state;
    i = info(virsh("vol-info", "--pool", poolName, raw.name, "--bytes"));
    expect(i.Capacity).toBe(`${32 * MiB} bytes`);
    expect(i.Allocation).toBe(`${32 * MiB} bytes`);
    await vols.delete(s);
  });

  test("content is uploaded from a local file through the RPC stream", async () => {
    const src = join(mkdtempSync(join(tmpdir(), "kvmit-res-")), "src.img");
    const content = Buffer.alloc(4 * MiB + 17, 0);
    content.write(MARKER, 0);
    content.write(MARKER, 3 * MiB);
    writeFileSync(src, content);
    const raw = { uri: URI, pool: poolName, name: `kvmit-res-up-${sfx}.img`, capacityBytes: 8 * MiB, source: { path: src } };
    const s = await vols.create(raw);
    expect(readAt(s.outs.path, 0, MARKER.length)).toBe(MARKER);
    expect(readAt(s.outs.path, 3 * MiB, MARKER.length)).toBe(MARKER);
    const r = (await vols.refresh(s)) as State;
    expect((await vols.plan(r, raw)).changes).toBe(false);
    await vols.delete(r);
  });

  test("content is uploaded from an http URL (following a redirect)", async () => {
    const body = Buffer.alloc(2 * MiB + 3, 7);
    body.write(MARKER, MiB);
    const server = createServer((req, res) => {
      if (req.url === "/old.img") {
        res.writeHead(302, { location: "/disk.img" });
        res.end();
        return;
      }
      res.writeHead(200, { "content-length": body.length });
      res.end(body);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/old.img`;
      const raw = { uri: URI, pool: poolName, name: `kvmit-res-url-${sfx}.img`, capacityBytes: 4 * MiB, source: { url } };
      const s = await vols.create(raw);
      expect(readAt(s.outs.path, MiB, MARKER.length)).toBe(MARKER);
      expect(readAt(s.outs.path, 2 * MiB, 3)).toBe("\x07\x07\x07");
      await vols.delete(s);
    } finally {
      server.close();
    }
  });

  test("a source larger than the capacity fails and leaves no volume behind", async () => {
    const src = join(mkdtempSync(join(tmpdir(), "kvmit-res-")), "big.img");
    writeFileSync(src, Buffer.alloc(2 * MiB));
    const raw = { uri: URI, pool: poolName, name: `kvmit-res-big-${sfx}.img`, capacityBytes: MiB, source: { path: src } };
    await expect(vols.create(raw)).rejects.toThrow(/holds 2097152 bytes, more than capacityBytes 1048576/);
    expect(virshFails("vol-info", "--pool", poolName, raw.name)).toBe(true);
  });

  test("sparse true -> false allocates the rest in place", async () => {
    const raw = { uri: URI, pool: poolName, name: `kvmit-res-alloc-${sfx}.img`, capacityBytes: 8 * MiB };
    const s0 = await vols.create(raw);
    expect(info(virsh("vol-info", "--pool", poolName, raw.name, "--bytes")).Allocation).not.toBe(`${8 * MiB} bytes`);
    const up = await vols.up(s0, { ...raw, sparse: false });
    expect(up.replaced).toBe(false);
    const i = info(virsh("vol-info", "--pool", poolName, raw.name, "--bytes"));
    expect(i.Capacity).toBe(`${8 * MiB} bytes`);
    expect(i.Allocation).toBe(`${8 * MiB} bytes`);
    await vols.delete(up.state);
  });

  test("a new pool name replaces the pool; delete removes it but keeps the directory", async () => {
    const up = await pools.up(pool, { ...poolRaw, autostart: false, name: pool2 });
    expect(up.replaced).toBe(true);
    expect(virshFails("pool-info", poolName)).toBe(true);
    expect(info(virsh("pool-info", pool2)).State).toBe("running");
    await pools.delete(up.state);
    expect(virshFails("pool-info", pool2)).toBe(true);
    expect(existsSync(dir)).toBe(true);
  });

  test("wipeOnDelete removes the directory too", async () => {
    const s = await pools.create({ ...poolRaw, name: pool2, wipeOnDelete: true });
    await pools.delete(s);
    expect(virshFails("pool-info", pool2)).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });
});
