// The Network dynamic provider: bridge mode onto an existing host bridge (checked on create),
// NAT mode with DHCP, autostart; in-place changes redefine and restart the network.
import { dynamic } from "@pulumi/pulumi";
import { Connection, NetworkRef, isNoInterface, isNoNetwork } from "../rpc";
import { NetworkInputs, NetworkOutputs } from "./inputs";
import { checkNetwork, diffNetwork, NETWORK_KEYS } from "./network-spec";
import { networkXml, networkFromXml } from "./network-xml";
import { connectionFor, newUuid, scrubbed, undoAfterFailure } from "./provider-common";
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

async function networkOutputs(conn: Connection, ref: NetworkRef, inputs: NetworkInputs): Promise<NetworkOutputs> {
  const live = networkFromXml(await conn.networkGetXmlDesc(ref, 0), inputs);
  return stripUndefined({ ...inputs, uuid: ref.uuid, bridgeName: live.bridgeName ?? "", active: await conn.networkIsActive(ref) });
}

async function ensureActive(conn: Connection, ref: NetworkRef, autostart: boolean): Promise<void> {
  if (!(await conn.networkIsActive(ref))) await conn.networkCreate(ref);
  if ((await conn.networkGetAutostart(ref)) !== autostart) await conn.networkSetAutostart(ref, autostart);
}

export const networkProvider: dynamic.ResourceProvider = withProviderContext(named("network"), {
  async check(olds, news) {
    return checkNetwork(olds ?? {}, news);
  },

  async diff(_id, olds, news) {
    const d = diffNetwork(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    const inputs = raw as NetworkInputs;
    const conn = await connectionFor(inputs.uri);
    const existing = await lookupNetwork(conn, inputs.name);
    if (existing) {
      throw new Error(
        `a network named "${inputs.name}" already exists on ${inputs.uri} (uuid ${existing.uuid}); ` +
          "kvm-infra does not adopt existing networks: remove it (virsh net-undefine) or choose another name",
      );
    }
    await requireHostBridge(conn, inputs);
    const uuid = newUuid();
    try {
      const ref = await conn.networkDefineXml(networkXml(inputs, uuid));
      await ensureActive(conn, ref, inputs.autostart ?? true);
      return { id: uuid, outs: await networkOutputs(conn, ref, inputs) };
    } catch (e) {
      const undo = await undoAfterFailure(inputs.uri, e, async (c) => {
        const mine = await lookupNetwork(c, inputs.name, uuid);
        if (!mine) return;
        if (await c.networkIsActive(mine)) await c.networkDestroy(mine);
        await c.networkUndefine(mine);
      });
      throw scrubbed(e, [], `creating network "${inputs.name}" on ${inputs.uri} failed${undo}`);
    }
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
    }) as NetworkOutputs;
    return { id, props: outs, inputs: pick(outs, NETWORK_KEYS) };
  },

  async update(id, raw, rawNews) {
    const olds = raw as NetworkOutputs;
    const news = rawNews as NetworkInputs;
    const conn = await connectionFor(news.uri);
    const ref = await lookupNetwork(conn, news.name, id);
    if (!ref) throw new Error(`network "${news.name}" is gone from ${news.uri}; run pulumi refresh to recreate it`);
    const definitionChanged = !deepEqual(pick(olds, ["mode", "bridge", "nat"]), pick(news, ["mode", "bridge", "nat"]));
    if (definitionChanged) {
      await requireHostBridge(conn, news);
      await conn.networkDefineXml(networkXml(news, id));
      // A network applies its new definition when it starts again; guests on it reconnect their
      // interfaces to the re-created bridge (libvirt does that when the network starts).
      if (await conn.networkIsActive(ref)) await conn.networkDestroy(ref);
    }
    await ensureActive(conn, ref, news.autostart ?? true);
    return { outs: await networkOutputs(conn, ref, news) };
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
