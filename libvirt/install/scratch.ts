// The host-side scratch space of an install, all through libvirt (so it works over qemu+ssh): a dir
// pool like virt-install's boot-scratch, the uploaded kernel/initrd volumes, the console log.
import { Readable } from "stream";
import { InstallConnection, isNoStoragePool, isNoStorageVol, StoragePoolRef, StorageVolRef } from "./connection";
import { progressLogger } from "./fetch";

/** virt-install's scratch directory on system URIs, and the pool name it gives it. */
const SCRATCH_POOL_NAME = "boot-scratch";
const SCRATCH_POOL_PATH = "/var/lib/libvirt/boot";

export interface ScratchPool {
  pool: StoragePoolRef;
  /** The pool's directory on the host. */
  path: string;
  /** Whether this call defined the pool (it is left in place either way, as virt-install does). */
  created: boolean;
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");

function targetPath(xml: string): string | undefined {
  const m = /<target>[\s\S]*?<path>([^<]*)<\/path>/.exec(xml);
  return m ? m[1].trim().replace(/&amp;/g, "&") : undefined;
}

async function findPool(conn: InstallConnection, name: string, path: string): Promise<StoragePoolRef | undefined> {
  try {
    return await conn.storagePoolLookupByName(name);
  } catch (e) {
    if (!isNoStoragePool(e)) throw e;
  }
  // Another pool may already own the directory (libvirt refuses two pools on one path).
  for (const pool of await conn.connectListAllStoragePools()) {
    const p = targetPath(await conn.storagePoolGetXmlDesc(pool));
    if (p && p.replace(/\/+$/, "") === path.replace(/\/+$/, "")) return pool;
  }
  return undefined;
}

async function activate(conn: InstallConnection, pool: StoragePoolRef): Promise<void> {
  if (!(await conn.storagePoolIsActive(pool))) await conn.storagePoolCreate(pool);
  // Files may have appeared or gone behind libvirt's back (e.g. a console log): look again.
  await conn.storagePoolRefresh(pool);
}

/** The scratch dir pool: the one named `name`, else whichever pool owns `path`, else a new dir
 * pool (defined, built, started, autostarted). An inactive pool is started. */
export async function ensureScratchPool(
  conn: InstallConnection,
  name = SCRATCH_POOL_NAME,
  path = SCRATCH_POOL_PATH,
  log: (m: string) => void = () => undefined,
): Promise<ScratchPool> {
  let pool = await findPool(conn, name, path);
  let created = false;
  if (!pool) {
    const xml = `<pool type='dir'><name>${xmlEscape(name)}</name><target><path>${xmlEscape(path)}</path></target></pool>`;
    try {
      pool = await conn.storagePoolDefineXml(xml);
      created = true;
    } catch (e) {
      // A concurrent install may have defined it first.
      pool = await findPool(conn, name, path);
      if (!pool) throw e;
    }
    if (created) {
      log(`defined scratch storage pool ${name} at ${path}`);
      await conn.storagePoolBuild(pool);
      await conn.storagePoolSetAutostart(pool, true);
    }
  }
  await activate(conn, pool);
  const actual = targetPath(await conn.storagePoolGetXmlDesc(pool)) ?? path;
  return { pool, path: actual, created };
}

/** The volume, or undefined when the pool has none of that name. */
async function findVolume(conn: InstallConnection, pool: StoragePoolRef, name: string): Promise<StorageVolRef | undefined> {
  try {
    return await conn.storageVolLookupByName(pool, name);
  } catch (e) {
    if (isNoStorageVol(e)) return undefined;
    throw e;
  }
}

/** Deletes a volume if it exists; true when one was deleted. */
export async function deleteVolumeIfExists(conn: InstallConnection, pool: StoragePoolRef, name: string): Promise<boolean> {
  const vol = await findVolume(conn, pool, name);
  if (!vol) return false;
  try {
    await conn.storageVolDelete(vol);
  } catch (e) {
    if (isNoStorageVol(e)) return false;
    throw e;
  }
  return true;
}

export interface UploadedVolume {
  vol: StorageVolRef;
  /** The volume's path on the host, for <kernel>/<initrd>. */
  path: string;
}

const CHUNK = 1024 * 1024;

// A plain Readable rather than a generator: provider code goes through Pulumi's closure
// serializer, which is happiest with ordinary functions.
function chunks(data: Buffer, onProgress: (sent: number, total: number) => void): Readable {
  let off = 0;
  return new Readable({
    read() {
      if (off >= data.length) {
        this.push(null);
        return;
      }
      const end = Math.min(off + CHUNK, data.length);
      const chunk = data.subarray(off, end);
      off = end;
      onProgress(end, data.length);
      this.push(chunk);
    },
  });
}

/** Creates `name` in the pool holding exactly `data`, replacing a leftover of the same name (a
 * failed earlier run), and uploads it through the RPC stream. Mode 0600: the initrd carries the
 * kickstart, whose root password hash is a secret. */
export async function uploadVolume(
  conn: InstallConnection,
  scratch: ScratchPool,
  name: string,
  data: Buffer,
  log: (m: string) => void = () => undefined,
): Promise<UploadedVolume> {
  if (await deleteVolumeIfExists(conn, scratch.pool, name)) log(`replaced leftover volume ${scratch.pool.name}/${name}`);
  const xml =
    `<volume type='file'><name>${xmlEscape(name)}</name>` +
    `<capacity unit='bytes'>${data.length}</capacity><allocation unit='bytes'>0</allocation>` +
    `<target><format type='raw'/><permissions><mode>0600</mode></permissions></target></volume>`;
  const vol = await conn.storageVolCreateXml(scratch.pool, xml);
  try {
    const progress = progressLogger(`uploading ${name}`, log);
    await conn.storageVolUpload(vol, chunks(data, progress), 0, data.length);
  } catch (e) {
    await conn.storageVolDelete(vol).catch(() => undefined);
    throw e;
  }
  const path = targetPath(await conn.storageVolGetXmlDesc(vol)) ?? `${scratch.path.replace(/\/+$/, "")}/${name}`;
  return { vol, path };
}

/** Exactly `length` bytes of a download stream. Resolves as soon as they are in rather than on the
 * stream's end, and gives up after `timeoutMs`, so that reading diagnostics can never hang an
 * install whose stream end handshake goes missing. */
function readLength(stream: NodeJS.ReadableStream, length: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let got = 0;
    // Everything the closures share is declared first: Pulumi's closure serializer needs that order.
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    let onData: (chunk: Buffer | string) => void = () => undefined;
    let finished = false;
    const done = (err?: Error) => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      stream.removeListener("data", onData);
      if (err) reject(err);
      else resolve(Buffer.concat(parts).subarray(0, length));
    };
    onData = (chunk) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      parts.push(b);
      got += b.length;
      if (got >= length) done();
    };
    timer = setTimeout(() => done(new Error(`download stalled after ${got} of ${length} bytes`)), timeoutMs);
    stream.on("data", onData);
    stream.once("end", () => done());
    stream.once("error", (e: Error) => done(e));
  });
}

/** The last `maxBytes` of a volume (e.g. a console log libvirt wrote into the pool's directory),
 * or undefined when there is no such volume. Refreshes the pool first, since libvirt did not
 * create the file through the storage API. */
export async function readVolumeTail(
  conn: InstallConnection,
  pool: StoragePoolRef,
  name: string,
  maxBytes = 64 * 1024,
  timeoutMs = 30000,
): Promise<Buffer | undefined> {
  await conn.storagePoolRefresh(pool);
  const vol = await findVolume(conn, pool, name);
  if (!vol) return undefined;
  const { capacity } = await conn.storageVolGetInfo(vol);
  if (capacity === 0) return Buffer.alloc(0);
  const offset = Math.max(0, capacity - maxBytes);
  return readLength(await conn.storageVolDownload(vol, offset, capacity - offset), capacity - offset, timeoutMs);
}

/** The last `n` non-empty lines of console output, without terminal escape sequences. */
export function lastLines(text: string, n: number): string[] {
  return text

    .replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]/g, "")
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "").trimEnd())
    .filter((l) => l.trim() !== "")
    .slice(-n);
}

// An export list: the default parameters above read these, and an in-module read of an `export
// const` would become a dangling `exports.X` in a serialized provider.
export { SCRATCH_POOL_NAME, SCRATCH_POOL_PATH };
