// The StoragePool dynamic provider: define, build (only when asked, never over data), start and
// autostart; delete stops and undefines, wiping the storage only with wipeOnDelete.
import { dynamic } from "@pulumi/pulumi";
import { Connection, StoragePoolRef, StoragePoolBuildFlags, StoragePoolDeleteFlags, isNoStoragePool } from "../rpc";
import { StoragePoolInputs, StoragePoolOutputs } from "./inputs";
import { checkStoragePool, diffStoragePool, STORAGE_POOL_KEYS } from "./storage-pool-spec";
import { storagePoolXml, storagePoolFromXml } from "./storage-pool-xml";
import { connectionFor, newUuid, scrubbed, undoAfterFailure } from "./provider-common";
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

async function poolOutputs(conn: Connection, ref: StoragePoolRef, inputs: StoragePoolInputs): Promise<StoragePoolOutputs> {
  const live = storagePoolFromXml(await conn.storagePoolGetXmlDesc(ref, 0), inputs);
  return stripUndefined({ ...inputs, uuid: ref.uuid, capacity: live.capacity, allocation: live.allocation, available: live.available });
}

async function ensureRunning(conn: Connection, ref: StoragePoolRef, autostart: boolean): Promise<void> {
  if (!(await conn.storagePoolIsActive(ref))) await conn.storagePoolCreate(ref, 0);
  if ((await conn.storagePoolGetAutostart(ref)) !== autostart) await conn.storagePoolSetAutostart(ref, autostart);
}

export const storagePoolProvider: dynamic.ResourceProvider = withProviderContext(named("storage pool"), {
  async check(olds, news) {
    return checkStoragePool(olds ?? {}, news);
  },

  async diff(_id, olds, news) {
    const d = diffStoragePool(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    const inputs = raw as StoragePoolInputs;
    const conn = await connectionFor(inputs.uri);
    const existing = await lookupPool(conn, inputs.name);
    if (existing) {
      throw new Error(
        `a storage pool named "${inputs.name}" already exists on ${inputs.uri} (uuid ${existing.uuid}); ` +
          "kvm-infra does not adopt existing pools: remove it (virsh pool-undefine) or choose another name",
      );
    }
    const uuid = newUuid();
    let ref: StoragePoolRef | undefined;
    try {
      ref = await conn.storagePoolDefineXml(storagePoolXml(inputs, uuid), 0);
      // NO_OVERWRITE refuses devices that hold data; a dir pool's build is only a mkdir, for which
      // libvirt rejects the flag (it has no source device to probe).
      if (inputs.build) await conn.storagePoolBuild(ref, inputs.type === "logical" ? StoragePoolBuildFlags.NO_OVERWRITE : 0);
      await ensureRunning(conn, ref, inputs.autostart ?? true);
      return { id: uuid, outs: await poolOutputs(conn, ref, inputs) };
    } catch (e) {
      const undo = await undoAfterFailure(inputs.uri, e, async (c) => {
        const mine = await lookupPool(c, inputs.name, uuid);
        if (!mine) return;
        if (await c.storagePoolIsActive(mine)) await c.storagePoolDestroy(mine);
        await c.storagePoolUndefine(mine);
      });
      throw scrubbed(e, [], `creating storage pool "${inputs.name}" on ${inputs.uri} failed${undo}`);
    }
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
    }) as StoragePoolOutputs;
    return { id, props: outs, inputs: pick(outs, STORAGE_POOL_KEYS) };
  },

  async update(id, raw, rawNews) {
    const olds = raw as StoragePoolOutputs;
    const news = rawNews as StoragePoolInputs;
    const conn = await connectionFor(news.uri);
    const ref = await lookupPool(conn, news.name, id);
    if (!ref) throw new Error(`storage pool "${news.name}" is gone from ${news.uri}; run pulumi refresh to recreate it`);
    if (olds.targetPath !== news.targetPath) {
      // The new definition takes effect when the pool next starts.
      await conn.storagePoolDefineXml(storagePoolXml(news, id), 0);
    }
    await ensureRunning(conn, ref, news.autostart ?? true);
    return { outs: await poolOutputs(conn, ref, news) };
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
