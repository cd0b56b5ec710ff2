// The Network dynamic provider: bridge mode onto an existing host bridge (checked on create),
// NAT mode with DHCP, autostart; in-place changes redefine and restart the network; adopt an
// existing network (or continue one an interrupted create made).
import { dynamic } from "@pulumi/pulumi";
import { Connection, NetworkRef, isNoInterface, isNoNetwork } from "../rpc";
import { NetworkInputs, NetworkOutputs } from "./inputs";
import { checkNetwork, diffNetwork, networkAdoptConflicts, NETWORK_KEYS } from "./network-spec";
import { networkXml, networkFromXml } from "./network-xml";
import { connectionFor, failCreate, ownUuid, scrubbed } from "./provider-common";
import { adoptConflictError, adoptionToPreview, fieldDifferences, logAdoption, notAdoptedError, previewAdoption } from "./adoption";
import { deepEqual, pick, stripUndefined } from "./validate";
import { named, withProviderContext } from "./errors";

async function lookupNetwork(conn: Connection, name: string, uuid?: string): Promise<NetworkRef | undefined> {
  try {
    const ref = await conn.networkLookupByName(name);
    if (uuid && ref.uuid !== uuid) return undefined;
    return ref;
  } catch (e) {
    if (isNoNetwork(e)) return undefined;
    throw e;
  }
}

async function requireHostBridge(conn: Connection, inputs: NetworkInputs): Promise<void> {
  if (inputs.mode !== "bridge" || !inputs.bridge) return;
  try {
    await conn.interfaceLookupByName(inputs.bridge);
  } catch (e) {
    if (!isNoInterface(e)) throw e;
    throw new Error(
      `network "${inputs.name}": the host bridge "${inputs.bridge}" does not exist on ${inputs.uri}; ` +
        "bridge mode attaches guests to an existing bridge, create it on the host first (e.g. with nmcli or ifcfg-" +
        inputs.bridge +
        ")",
      { cause: e },
    );
  }
}

async function networkOutputs(conn: Connection, ref: NetworkRef, inputs: NetworkInputs, adopted: boolean): Promise<NetworkOutputs> {
  const live = networkFromXml(await conn.networkGetXmlDesc(ref, 0), inputs);
  return stripUndefined({
    ...inputs,
    uuid: ref.uuid,
    bridgeName: live.bridgeName ?? "",
    active: await conn.networkIsActive(ref),
    adopted,
  });
}

async function ensureActive(conn: Connection, ref: NetworkRef, autostart: boolean): Promise<void> {
  if (!(await conn.networkIsActive(ref))) await conn.networkCreate(ref);
  if ((await conn.networkGetAutostart(ref)) !== autostart) await conn.networkSetAutostart(ref, autostart);
}

/** The network's persistent definition and autostart in the input shape. */
async function liveNetwork(conn: Connection, ref: NetworkRef, prior: NetworkInputs): Promise<Partial<NetworkInputs>> {
  const defined = networkFromXml(await conn.networkGetXmlDesc(ref, 1), prior);
  return { ...defined.inputs, autostart: await conn.networkGetAutostart(ref) };
}

/** What update does: redefine when the definition changed, then keep it active as configured. */
async function converge(conn: Connection, ref: NetworkRef, olds: Partial<NetworkInputs>, news: NetworkInputs): Promise<void> {
  const definitionChanged = !deepEqual(pick(olds, ["mode", "bridge", "nat"]), pick(news, ["mode", "bridge", "nat"]));
  if (definitionChanged) {
    await requireHostBridge(conn, news);
    await conn.networkDefineXml(networkXml(news, ref.uuid));
    // A network applies its new definition when it starts again; guests on it reconnect their
    // interfaces to the re-created bridge (libvirt does that when the network starts).
    if (await conn.networkIsActive(ref)) await conn.networkDestroy(ref);
  }
  await ensureActive(conn, ref, news.autostart ?? true);
}

async function adoptNetwork(conn: Connection, ref: NetworkRef, inputs: NetworkInputs, own: boolean) {
  const what = `network "${inputs.name}" (uuid ${ref.uuid})`;
  const live = await liveNetwork(conn, ref, inputs);
  const conflicts = networkAdoptConflicts(live, inputs);
  if (conflicts.length) throw adoptConflictError(what, inputs.uri, conflicts);
  logAdoption(what, inputs.uri, fieldDifferences(live, inputs, ["bridge", "nat", "autostart"]), own);
  await converge(conn, ref, live, inputs);
  return { id: ref.uuid, outs: await networkOutputs(conn, ref, inputs, !own) };
}

async function createNetwork(inputs: NetworkInputs): Promise<{ id: string; outs: NetworkOutputs }> {
  const conn = await connectionFor(inputs.uri);
  const uuid = ownUuid("network", inputs.uri, inputs.name);
  const existing = await lookupNetwork(conn, inputs.name);
  if (existing) {
    const own = existing.uuid === uuid;
    if (!own && !inputs.adopt) {
      throw notAdoptedError(
        `a network named "${inputs.name}" (uuid ${existing.uuid})`,
        inputs.uri,
        "remove it (virsh net-undefine) or choose another name",
      );
    }
    return adoptNetwork(conn, existing, inputs, own);
  }
  await requireHostBridge(conn, inputs);
  try {
    const ref = await conn.networkDefineXml(networkXml(inputs, uuid));
    await ensureActive(conn, ref, inputs.autostart ?? true);
    return { id: uuid, outs: await networkOutputs(conn, ref, inputs, false) };
  } catch (e) {
    return failCreate({
      uri: inputs.uri,
      what: `creating network "${inputs.name}" on ${inputs.uri}`,
      failure: e,
      secrets: [],
      id: uuid,
      properties: { ...inputs, uuid, bridgeName: inputs.bridge ?? "", active: false, adopted: false },
      undo: async (c) => {
        const mine = await lookupNetwork(c, inputs.name, uuid);
        if (!mine) return;
        if (await c.networkIsActive(mine)) await c.networkDestroy(mine);
        await c.networkUndefine(mine);
      },
      exists: async (c) => !!(await lookupNetwork(c, inputs.name, uuid)),
    });
  }
}

export const networkProvider: dynamic.ResourceProvider = withProviderContext(named("network"), {
  async check(olds, news) {
    const r = checkNetwork(olds ?? {}, news);
    if (r.failures.length || !adoptionToPreview(olds, r.inputs)) return r;
    const inputs = r.inputs;
    const failures = await previewAdoption(`network "${inputs.name}"`, async () => {
      const conn = await connectionFor(inputs.uri);
      const ref = await lookupNetwork(conn, inputs.name);
      return ref ? networkAdoptConflicts(await liveNetwork(conn, ref, inputs), inputs) : [];
    });
    return { inputs, failures };
  },

  async diff(_id, olds, news) {
    const d = diffNetwork(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    return createNetwork(raw as NetworkInputs);
  },

  async read(id, raw) {
    const props = raw as NetworkOutputs;
    const conn = await connectionFor(props.uri);
    const ref = await lookupNetwork(conn, props.name, id);
    if (!ref) return { id: "", props: {} };
    const defined = networkFromXml(await conn.networkGetXmlDesc(ref, 1), props);
    const live = networkFromXml(await conn.networkGetXmlDesc(ref, 0), props);
    const outs = stripUndefined({
      ...props,
      ...defined.inputs,
      autostart: await conn.networkGetAutostart(ref),
      uuid: ref.uuid,
      bridgeName: live.bridgeName ?? "",
      active: await conn.networkIsActive(ref),
      adopted: props.adopted ?? false,
    }) as NetworkOutputs;
    return { id, props: outs, inputs: pick(outs, NETWORK_KEYS) };
  },

  async update(id, raw, rawNews) {
    const olds = raw as NetworkOutputs;
    const news = rawNews as NetworkInputs;
    // A partial create (the engine kept the id): finish it; it finds the network by the same uuid.
    if (olds.createIncomplete) return { outs: (await createNetwork(news)).outs };
    const conn = await connectionFor(news.uri);
    const ref = await lookupNetwork(conn, news.name, id);
    if (!ref) throw new Error(`network "${news.name}" is gone from ${news.uri}; run pulumi refresh to recreate it`);
    await converge(conn, ref, olds, news);
    return { outs: await networkOutputs(conn, ref, news, olds.adopted ?? false) };
  },

  async delete(id, raw) {
    const props = raw as NetworkOutputs;
    const conn = await connectionFor(props.uri);
    const ref = await lookupNetwork(conn, props.name, id);
    if (!ref) return;
    try {
      if (await conn.networkIsActive(ref)) await conn.networkDestroy(ref);
      await conn.networkUndefine(ref);
    } catch (e) {
      if (!isNoNetwork(e)) throw scrubbed(e, [], `deleting network "${props.name}" on ${props.uri} failed`);
    }
  },
});
