// The StorageVolume dynamic provider: create (fully allocated when sparse is false, content
// uploaded through the RPC stream), grow in place keeping the data, delete.
import { dynamic } from "@pulumi/pulumi";
import { Connection, StoragePoolRef, StorageVolRef, StorageVolResizeFlags, isNoStoragePool, isNoStorageVol } from "../rpc";
import { StoragePoolType, StorageVolumeInputs, StorageVolumeOutputs } from "./inputs";
import { checkStorageVolume, diffStorageVolume, STORAGE_VOLUME_KEYS } from "./storage-volume-spec";
import { storageVolumeXml, storageVolumeFromXml, poolTypeOf } from "./storage-volume-xml";
import { connectionFor, scrubbed, undoAfterFailure } from "./provider-common";
import { openUploadSource } from "./volume-upload";
import { pick, stripUndefined } from "./validate";
import { named, withProviderContext } from "./errors";
import { transferProgress } from "./progress";

async function lookupPool(conn: Connection, name: string): Promise<StoragePoolRef | undefined> {
  try {
    return await conn.storagePoolLookupByName(name);
  } catch (e) {
    if (isNoStoragePool(e)) return undefined;
    throw e;
  }
}

async function lookupVolume(conn: Connection, pool: StoragePoolRef, name: string): Promise<StorageVolRef | undefined> {
  try {
    return await conn.storageVolLookupByName(pool, name);
  } catch (e) {
    if (isNoStorageVol(e)) return undefined;
    throw e;
  }
}

async function volumeOutputs(
  conn: Connection,
  vol: StorageVolRef,
  inputs: StorageVolumeInputs,
  poolType: StoragePoolType | string,
): Promise<StorageVolumeOutputs> {
  const live = storageVolumeFromXml(await conn.storageVolGetXmlDesc(vol, 0), inputs, poolType);
  return stripUndefined({ ...inputs, key: vol.key, path: live.path, allocationBytes: live.allocationBytes });
}

async function upload(conn: Connection, vol: StorageVolRef, inputs: StorageVolumeInputs): Promise<void> {
  const src = await openUploadSource(inputs.source as { url?: string; path?: string });
  if (src.length > inputs.capacityBytes) {
    (src.stream as unknown as { destroy?: () => void }).destroy?.();
    throw new Error(`source ${src.description} holds ${src.length} bytes, more than capacityBytes ${inputs.capacityBytes}`);
  }
  await conn.storageVolUpload(vol, src.stream, 0, src.length, 0, transferProgress(`uploading into volume "${inputs.name}"`, src.length));
}

export const storageVolumeProvider: dynamic.ResourceProvider = withProviderContext(named("volume"), {
  async check(olds, news) {
    return checkStorageVolume(olds ?? {}, news);
  },

  async diff(_id, olds, news) {
    const d = diffStorageVolume(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    const inputs = raw as StorageVolumeInputs;
    const conn = await connectionFor(inputs.uri);
    const pool = await lookupPool(conn, inputs.pool);
    if (!pool) throw new Error(`storage pool "${inputs.pool}" does not exist on ${inputs.uri}; create it first`);
    const poolType = poolTypeOf(await conn.storagePoolGetXmlDesc(pool, 0));
    const existing = await lookupVolume(conn, pool, inputs.name);
    if (existing) {
      throw new Error(
        `a volume named "${inputs.name}" already exists in pool "${inputs.pool}" on ${inputs.uri}; ` +
          "kvm-infra does not adopt existing volumes: remove it (virsh vol-delete) or choose another name",
      );
    }
    let created = false;
    try {
      const vol = await conn.storageVolCreateXml(pool, storageVolumeXml(inputs, poolType as StoragePoolType), 0);
      created = true;
      if (inputs.source) await upload(conn, vol, inputs);
      return { id: vol.key, outs: await volumeOutputs(conn, vol, inputs, poolType) };
    } catch (e) {
      // The name was free before: a volume by that name now is the one this create made.
      const undo = await undoAfterFailure(inputs.uri, e, async (c) => {
        const p = await lookupPool(c, inputs.pool);
        const v = p && (await lookupVolume(c, p, inputs.name));
        if (v) await c.storageVolDelete(v, 0);
      });
      void created;
      throw scrubbed(e, [], `creating volume "${inputs.name}" in pool "${inputs.pool}" on ${inputs.uri} failed${undo}`);
    }
  },

  async read(id, raw) {
    const props = raw as StorageVolumeOutputs;
    const conn = await connectionFor(props.uri);
    const pool = await lookupPool(conn, props.pool);
    const vol = pool && (await lookupVolume(conn, pool, props.name));
    if (!pool || !vol) return { id: "", props: {} };
    const poolType = poolTypeOf(await conn.storagePoolGetXmlDesc(pool, 0));
    const live = storageVolumeFromXml(await conn.storageVolGetXmlDesc(vol, 0), props, poolType);
    const outs = stripUndefined({
      ...props,
      ...live.inputs,
      key: vol.key,
      path: live.path,
      allocationBytes: live.allocationBytes,
    }) as StorageVolumeOutputs;
    return { id: vol.key || id, props: outs, inputs: pick(outs, STORAGE_VOLUME_KEYS) };
  },

  async update(_id, raw, rawNews) {
    const olds = raw as StorageVolumeOutputs;
    const news = rawNews as StorageVolumeInputs;
    const conn = await connectionFor(news.uri);
    const pool = await lookupPool(conn, news.pool);
    const vol = pool && (await lookupVolume(conn, pool, news.name));
    if (!pool || !vol)
      throw new Error(`volume "${news.name}" is gone from pool "${news.pool}" on ${news.uri}; run pulumi refresh to recreate it`);
    const poolType = poolTypeOf(await conn.storagePoolGetXmlDesc(pool, 0));
    const info = await conn.storageVolGetInfo(vol);
    if (news.capacityBytes < info.capacity) {
      throw new Error(
        `volume "${news.name}" holds ${info.capacity} bytes; shrinking to ${news.capacityBytes} is refused (it would cut off data)`,
      );
    }
    const allocate = news.sparse === false ? StorageVolResizeFlags.ALLOCATE : 0;
    if (news.capacityBytes > info.capacity) {
      // Grows the file or LV in place: existing data stays where it is.
      try {
        await conn.storageVolResize(vol, news.capacityBytes, allocate);
      } catch (e) {
        throw scrubbed(
          e,
          [],
          `growing volume "${news.name}" in pool "${news.pool}" on ${news.uri} from ${info.capacity} to ${news.capacityBytes} bytes failed`,
        );
      }
    } else if (news.sparse === false && olds.sparse !== false && info.allocation < info.capacity && poolType === "dir") {
      // sparse true -> false on a file: allocate what is not allocated yet (fallocate), same size.
      await conn.storageVolResize(vol, 0, StorageVolResizeFlags.ALLOCATE | StorageVolResizeFlags.DELTA);
    }
    return { outs: await volumeOutputs(conn, vol, news, poolType) };
  },

  async delete(_id, raw) {
    const props = raw as StorageVolumeOutputs;
    const conn = await connectionFor(props.uri);
    const pool = await lookupPool(conn, props.pool);
    const vol = pool && (await lookupVolume(conn, pool, props.name));
    if (!vol) return;
    try {
      await conn.storageVolDelete(vol, 0);
    } catch (e) {
      if (!isNoStorageVol(e)) throw e;
    }
  },
});
