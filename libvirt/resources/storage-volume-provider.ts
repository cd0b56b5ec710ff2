// The StorageVolume dynamic provider: create (fully allocated when sparse is false, content
// uploaded through the RPC stream), grow in place keeping the data, delete. An existing volume is
// adopted with its data (adopt, or one kvm-infra retained): never rewritten, capacity only grown.
import { dynamic } from "@pulumi/pulumi";
import { Connection, StoragePoolRef, StorageVolRef, StorageVolResizeFlags, isNoStoragePool, isNoStorageVol } from "../rpc";
import { StoragePoolType, StorageVolumeInputs, StorageVolumeOutputs } from "./inputs";
import { checkStorageVolume, diffStorageVolume, storageVolumeAdoptConflicts, STORAGE_VOLUME_KEYS } from "./storage-volume-spec";
import { storageVolumeXml, storageVolumeFromXml, poolTypeOf } from "./storage-volume-xml";
import { connectionFor, failCreate, scrubbed } from "./provider-common";
import { adoptConflictError, adoptionToPreview, fieldDifferences, logAdoption, notAdoptedError, previewAdoption } from "./adoption";
import { parseStoragePoolXml } from "../xml";
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
  adopted: boolean,
): Promise<StorageVolumeOutputs> {
  const live = storageVolumeFromXml(await conn.storageVolGetXmlDesc(vol, 0), inputs, poolType);
  return stripUndefined({ ...inputs, key: vol.key, path: live.path, allocationBytes: live.allocationBytes, adopted });
}

async function upload(conn: Connection, vol: StorageVolRef, inputs: StorageVolumeInputs): Promise<void> {
  const src = await openUploadSource(inputs.source as { url?: string; path?: string });
  if (src.length > inputs.capacityBytes) {
    (src.stream as unknown as { destroy?: () => void }).destroy?.();
    throw new Error(`source ${src.description} holds ${src.length} bytes, more than capacityBytes ${inputs.capacityBytes}`);
  }
  await conn.storageVolUpload(vol, src.stream, 0, src.length, 0, transferProgress(`uploading into volume "${inputs.name}"`, src.length));
}

/** Grows the file or LV in place to the configured capacity: existing data stays where it is. */
async function grow(conn: Connection, vol: StorageVolRef, news: StorageVolumeInputs, from: number): Promise<void> {
  if (news.capacityBytes <= from) return;
  try {
    await conn.storageVolResize(vol, news.capacityBytes, news.sparse === false ? StorageVolResizeFlags.ALLOCATE : 0);
  } catch (e) {
    throw scrubbed(
      e,
      [],
      `growing volume "${news.name}" in pool "${news.pool}" on ${news.uri} from ${from} to ${news.capacityBytes} bytes failed`,
    );
  }
}

/**
 * Takes over an existing volume with its data. `own`: kvm-infra made it (a partial create the
 * engine recorded): its upload is repeated, since the content may be cut off. Otherwise nothing is
 * written to it; only its capacity may grow.
 */
async function adoptVolume(conn: Connection, vol: StorageVolRef, inputs: StorageVolumeInputs, poolType: string, own: boolean) {
  const what = `volume "${inputs.name}" in pool "${inputs.pool}"`;
  const live = storageVolumeFromXml(await conn.storageVolGetXmlDesc(vol, 0), inputs, poolType).inputs;
  const conflicts = storageVolumeAdoptConflicts(live, inputs);
  if (conflicts.length) throw adoptConflictError(what, inputs.uri, conflicts);
  logAdoption(what, inputs.uri, fieldDifferences(live, inputs, ["capacityBytes", "format"]), own);
  const info = await conn.storageVolGetInfo(vol);
  await grow(conn, vol, inputs, info.capacity);
  if (own && inputs.source) await upload(conn, vol, inputs);
  return { id: vol.key, outs: await volumeOutputs(conn, vol, inputs, poolType, !own) };
}

/** `continuing`: the engine holds this volume as a partial create of ours. */
async function createVolume(inputs: StorageVolumeInputs, continuing = false): Promise<{ id: string; outs: StorageVolumeOutputs }> {
  const conn = await connectionFor(inputs.uri);
  const pool = await lookupPool(conn, inputs.pool);
  if (!pool) throw new Error(`storage pool "${inputs.pool}" does not exist on ${inputs.uri}; create it first`);
  const poolXml = await conn.storagePoolGetXmlDesc(pool, 0);
  const poolType = poolTypeOf(poolXml);
  const existing = await lookupVolume(conn, pool, inputs.name);
  if (existing) {
    if (continuing) return adoptVolume(conn, existing, inputs, poolType, true);
    // Volumes carry no uuid or metadata: one with this name and exactly what create would have
    // defined, that holds no data yet (nothing allocated, no content to upload), is the one an
    // interrupted create of ours made; taking it is safe whoever made it. Anything else needs adopt.
    const live = storageVolumeFromXml(await conn.storageVolGetXmlDesc(existing, 0), inputs, poolType);
    const same =
      !inputs.source &&
      live.allocationBytes === 0 &&
      live.inputs.capacityBytes === inputs.capacityBytes &&
      (poolType === "logical" || live.inputs.format === inputs.format);
    if (!same && !inputs.adopt) {
      throw notAdoptedError(
        `a volume named "${inputs.name}" in pool "${inputs.pool}"`,
        inputs.uri,
        "remove it (virsh vol-delete) or choose another name",
      );
    }
    const r = await adoptVolume(conn, existing, inputs, poolType, false);
    return { id: r.id, outs: { ...r.outs, adopted: !!inputs.adopt || !same } };
  }
  let key = `${parseStoragePoolXml(poolXml).target?.path ?? ""}/${inputs.name}`;
  try {
    const vol = await conn.storageVolCreateXml(pool, storageVolumeXml(inputs, poolType as StoragePoolType), 0);
    key = vol.key;
    if (inputs.source) await upload(conn, vol, inputs);
    return { id: vol.key, outs: await volumeOutputs(conn, vol, inputs, poolType, false) };
  } catch (e) {
    // The name was free before: a volume by that name now is the one this create made.
    const find = async (c: Connection) => {
      const p = await lookupPool(c, inputs.pool);
      return p && (await lookupVolume(c, p, inputs.name));
    };
    return failCreate({
      uri: inputs.uri,
      what: `creating volume "${inputs.name}" in pool "${inputs.pool}" on ${inputs.uri}`,
      failure: e,
      secrets: [],
      id: key,
      properties: { ...inputs, key, path: key.startsWith("/") ? key : "", allocationBytes: 0, adopted: false },
      undo: async (c) => {
        const v = await find(c);
        if (v) await c.storageVolDelete(v, 0);
      },
      exists: async (c) => !!(await find(c)),
    });
  }
}

export const storageVolumeProvider: dynamic.ResourceProvider = withProviderContext(named("volume"), {
  async check(olds, news) {
    const r = checkStorageVolume(olds ?? {}, news);
    if (r.failures.length || !adoptionToPreview(olds, r.inputs) || typeof r.inputs.pool !== "string") return r;
    const inputs = r.inputs;
    const failures = await previewAdoption(`volume "${inputs.name}" in pool "${inputs.pool}"`, async () => {
      const conn = await connectionFor(inputs.uri);
      const pool = await lookupPool(conn, inputs.pool);
      const vol = pool && (await lookupVolume(conn, pool, inputs.name));
      if (!pool || !vol) return [];
      const poolType = poolTypeOf(await conn.storagePoolGetXmlDesc(pool, 0));
      return storageVolumeAdoptConflicts(storageVolumeFromXml(await conn.storageVolGetXmlDesc(vol, 0), inputs, poolType).inputs, inputs);
    });
    return { inputs, failures };
  },

  async diff(_id, olds, news) {
    const d = diffStorageVolume(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    return createVolume(raw as StorageVolumeInputs);
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
      adopted: props.adopted ?? false,
    }) as StorageVolumeOutputs;
    return { id: vol.key || id, props: outs, inputs: pick(outs, STORAGE_VOLUME_KEYS) };
  },

  async update(_id, raw, rawNews) {
    const olds = raw as StorageVolumeOutputs;
    const news = rawNews as StorageVolumeInputs;
    // A partial create (the engine kept it): finish it (create again, or the upload again).
    if (olds.createIncomplete) return { outs: (await createVolume(news, true)).outs };
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
    if (news.capacityBytes > info.capacity) {
      await grow(conn, vol, news, info.capacity);
    } else if (news.sparse === false && olds.sparse !== false && info.allocation < info.capacity && poolType === "dir") {
      // sparse true -> false on a file: allocate what is not allocated yet (fallocate), same size.
      await conn.storageVolResize(vol, 0, StorageVolResizeFlags.ALLOCATE | StorageVolResizeFlags.DELTA);
    }
    return { outs: await volumeOutputs(conn, vol, news, poolType, olds.adopted ?? false) };
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
