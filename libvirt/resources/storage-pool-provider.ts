// The StoragePool dynamic provider: define, build (only when asked, never over data), start and
// autostart; adopt an existing pool (or continue one an interrupted create made); delete stops and
// undefines, wiping the storage only with wipeOnDelete.
import { dynamic } from "@pulumi/pulumi";
import { Connection, StoragePoolRef, StoragePoolBuildFlags, StoragePoolDeleteFlags, isNoStoragePool } from "../rpc";
import { StoragePoolInputs, StoragePoolOutputs } from "./inputs";
import { checkStoragePool, diffStoragePool, storagePoolAdoptConflicts, STORAGE_POOL_KEYS } from "./storage-pool-spec";
import { storagePoolXml, storagePoolFromXml } from "./storage-pool-xml";
import { connectionFor, failCreate, ownUuid } from "./provider-common";
import { adoptConflictError, adoptionToPreview, fieldDifferences, logAdoption, notAdoptedError, previewAdoption } from "./adoption";
import { pick, stripUndefined } from "./validate";
import { named, withProviderContext } from "./errors";

async function lookupPool(conn: Connection, name: string, uuid?: string): Promise<StoragePoolRef | undefined> {
  try {
    const ref = await conn.storagePoolLookupByName(name);
    // Same name, other uuid: ours was removed and someone else's took its name.
    if (uuid && ref.uuid !== uuid) return undefined;
    return ref;
  } catch (e) {
    if (isNoStoragePool(e)) return undefined;
    throw e;
  }
}

async function poolOutputs(
  conn: Connection,
  ref: StoragePoolRef,
  inputs: StoragePoolInputs,
  adopted: boolean,
): Promise<StoragePoolOutputs> {
  const live = storagePoolFromXml(await conn.storagePoolGetXmlDesc(ref, 0), inputs);
  return stripUndefined({
    ...inputs,
    uuid: ref.uuid,
    capacity: live.capacity,
    allocation: live.allocation,
    available: live.available,
    adopted,
  });
}

async function ensureRunning(conn: Connection, ref: StoragePoolRef, autostart: boolean): Promise<void> {
  if (!(await conn.storagePoolIsActive(ref))) await conn.storagePoolCreate(ref, 0);
  if ((await conn.storagePoolGetAutostart(ref)) !== autostart) await conn.storagePoolSetAutostart(ref, autostart);
}

/** The pool's persistent definition and autostart in the input shape. */
async function livePool(conn: Connection, ref: StoragePoolRef, prior: StoragePoolInputs): Promise<Partial<StoragePoolInputs>> {
  const live = storagePoolFromXml(await conn.storagePoolGetXmlDesc(ref, 1), prior);
  return { ...live.inputs, autostart: await conn.storagePoolGetAutostart(ref) };
}

/** What update does: the new definition takes effect when the pool next starts. */
async function converge(conn: Connection, ref: StoragePoolRef, olds: Partial<StoragePoolInputs>, news: StoragePoolInputs): Promise<void> {
  if (olds.targetPath !== news.targetPath) await conn.storagePoolDefineXml(storagePoolXml(news, ref.uuid), 0);
  await ensureRunning(conn, ref, news.autostart ?? true);
}

/** Takes over an existing pool: refuses another VG or device, logs the rest and converges it. */
async function adoptPool(conn: Connection, ref: StoragePoolRef, inputs: StoragePoolInputs, own: boolean) {
  const what = `storage pool "${inputs.name}" (uuid ${ref.uuid})`;
  const live = await livePool(conn, ref, inputs);
  const conflicts = storagePoolAdoptConflicts(live, inputs);
  if (conflicts.length) throw adoptConflictError(what, inputs.uri, conflicts);
  logAdoption(what, inputs.uri, fieldDifferences(live, inputs, ["targetPath", "autostart"]), own);
  // A create interrupted before its build ran: the storage may not be there yet (NO_OVERWRITE
  // still protects a device holding data).
  if (own && inputs.build && !(await conn.storagePoolIsActive(ref))) {
    await conn
      .storagePoolCreate(ref, 0)
      .catch(() => conn.storagePoolBuild(ref, inputs.type === "logical" ? StoragePoolBuildFlags.NO_OVERWRITE : 0));
  }
  await converge(conn, ref, live, inputs);
  return { id: ref.uuid, outs: await poolOutputs(conn, ref, inputs, !own) };
}

async function createPool(inputs: StoragePoolInputs): Promise<{ id: string; outs: StoragePoolOutputs }> {
  const conn = await connectionFor(inputs.uri);
  const uuid = ownUuid("storage-pool", inputs.uri, inputs.name);
  const existing = await lookupPool(conn, inputs.name);
  if (existing) {
    const own = existing.uuid === uuid;
    if (!own && !inputs.adopt) {
      throw notAdoptedError(
        `a storage pool named "${inputs.name}" (uuid ${existing.uuid})`,
        inputs.uri,
        "remove it (virsh pool-undefine) or choose another name",
      );
    }
    return adoptPool(conn, existing, inputs, own);
  }
  try {
    const ref = await conn.storagePoolDefineXml(storagePoolXml(inputs, uuid), 0);
    // NO_OVERWRITE refuses devices that hold data; a dir pool's build is only a mkdir, for which
    // libvirt rejects the flag (it has no source device to probe).
    if (inputs.build) await conn.storagePoolBuild(ref, inputs.type === "logical" ? StoragePoolBuildFlags.NO_OVERWRITE : 0);
    await ensureRunning(conn, ref, inputs.autostart ?? true);
    return { id: uuid, outs: await poolOutputs(conn, ref, inputs, false) };
  } catch (e) {
    return failCreate({
      uri: inputs.uri,
      what: `creating storage pool "${inputs.name}" on ${inputs.uri}`,
      failure: e,
      secrets: [],
      id: uuid,
      properties: { ...inputs, uuid, capacity: 0, allocation: 0, available: 0, adopted: false },
      undo: async (c) => {
        const mine = await lookupPool(c, inputs.name, uuid);
        if (!mine) return;
        if (await c.storagePoolIsActive(mine)) await c.storagePoolDestroy(mine);
        await c.storagePoolUndefine(mine);
      },
      exists: async (c) => !!(await lookupPool(c, inputs.name, uuid)),
    });
  }
}

export const storagePoolProvider: dynamic.ResourceProvider = withProviderContext(named("storage pool"), {
  async check(olds, news) {
    const r = checkStoragePool(olds ?? {}, news);
    if (r.failures.length || !adoptionToPreview(olds, r.inputs)) return r;
    const inputs = r.inputs;
    const failures = await previewAdoption(`storage pool "${inputs.name}"`, async () => {
      const conn = await connectionFor(inputs.uri);
      const ref = await lookupPool(conn, inputs.name);
      return ref ? storagePoolAdoptConflicts(await livePool(conn, ref, inputs), inputs) : [];
    });
    return { inputs, failures };
  },

  async diff(_id, olds, news) {
    const d = diffStoragePool(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    return createPool(raw as StoragePoolInputs);
  },

  async read(id, raw) {
    const props = raw as StoragePoolOutputs;
    const conn = await connectionFor(props.uri);
    const ref = await lookupPool(conn, props.name, id);
    if (!ref) return { id: "", props: {} };
    const live = storagePoolFromXml(await conn.storagePoolGetXmlDesc(ref, 1), props);
    const running = await conn.storagePoolGetXmlDesc(ref, 0);
    const sizes = storagePoolFromXml(running, props);
    const outs = stripUndefined({
      ...props,
      ...live.inputs,
      autostart: await conn.storagePoolGetAutostart(ref),
      uuid: ref.uuid,
      capacity: sizes.capacity,
      allocation: sizes.allocation,
      available: sizes.available,
      adopted: props.adopted ?? false,
    }) as StoragePoolOutputs;
    return { id, props: outs, inputs: pick(outs, STORAGE_POOL_KEYS) };
  },

  async update(id, raw, rawNews) {
    const olds = raw as StoragePoolOutputs;
    const news = rawNews as StoragePoolInputs;
    // A partial create (the engine kept the id): finish it; it finds the pool by the same uuid.
    if (olds.createIncomplete) return { outs: (await createPool(news)).outs };
    const conn = await connectionFor(news.uri);
    const ref = await lookupPool(conn, news.name, id);
    if (!ref) throw new Error(`storage pool "${news.name}" is gone from ${news.uri}; run pulumi refresh to recreate it`);
    await converge(conn, ref, olds, news);
    return { outs: await poolOutputs(conn, ref, news, olds.adopted ?? false) };
  },

  async delete(id, raw) {
    const props = raw as StoragePoolOutputs;
    const conn = await connectionFor(props.uri);
    const ref = await lookupPool(conn, props.name, id);
    if (!ref) return;
    if (await conn.storagePoolIsActive(ref)) await conn.storagePoolDestroy(ref);
    if (props.wipeOnDelete) await conn.storagePoolDelete(ref, StoragePoolDeleteFlags.NORMAL);
    await conn.storagePoolUndefine(ref);
  },
});
