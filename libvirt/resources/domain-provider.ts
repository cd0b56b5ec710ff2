// The Domain dynamic provider: keyed on uuid; create is transactional; update redefines the
// persistent definition and applies live what libvirt can (memory, vcpus, title, description, VNC
// password, interface source and link), reports the rest in pendingRestart or restarts when asked; running and
// autostart are enforced. With `install`, create first runs the unattended installation. An existing
// domain is adopted (adopt, or one kvm-infra made: its uuid or its owner marker in <metadata>) and
// converged as an update would, never reinstalled.
import { dynamic, log as pulumiLog } from "@pulumi/pulumi";
import {
  Connection,
  DomainRef,
  DomainState,
  DomainXMLFlags,
  DomainModificationImpact,
  DomainMetadataType,
  DomainUndefineFlagsValues,
  isLibvirtError,
  isNoDomain,
} from "../rpc";
import { DomainInputs, DomainOutputs } from "./inputs";
import { checkDomain, diffDomain, domainAdoptConflicts, DOMAIN_KEYS } from "./domain-spec";
import { domainDoc, domainFromXml, domainXmlForUpdate, interfaceDeviceXml, vncDeviceXml } from "./domain-xml";
import { domainToXml } from "../xml";
import { connectionFor, failCreate, ownUuid, scrubbed, sleep } from "./provider-common";
import {
  adoptConflictError,
  adoptionToPreview,
  devicesLost,
  fieldDifferences,
  logAdoption,
  notAdoptedError,
  previewAdoption,
} from "./adoption";
import { installDomain, installSecrets } from "./domain-install";
import { resolveDiskVolumes } from "./domain-volumes";
import { finalPhaseInputs } from "../install/phase";
import { removeInstallScratch } from "../install/orchestrate";
import { deepEqual, pick, stripUndefined } from "./validate";
import { named, withProviderContext } from "./errors";

// Properties that only describe how kvm-infra handles the domain, or metadata: never a restart.
const NOT_RESTART = [
  "uri",
  "name",
  "uuid",
  "title",
  "description",
  "osinfoId",
  "running",
  "autostart",
  "restartOnUpdate",
  "shutdownTimeoutSeconds",
  "memoryMiB",
];
// Properties that are not part of the libvirt definition.
const NOT_DEFINITION = ["running", "autostart", "restartOnUpdate", "shutdownTimeoutSeconds"];
// Properties that only steer kvm-infra: an adopted domain's host cannot differ in them.
const NOT_ON_HOST = ["uri", "restartOnUpdate", "shutdownTimeoutSeconds", "install", "adopt"];

// The marker kvm-infra leaves in the domains it defines or adopts (<metadata><kvm-infra:owner/>),
// so that a later create recognises its own domain even when the config fixes the uuid.
const OWNER_NAMESPACE = "https://kvm-infra.dev/xmlns/libvirt/domain/owner/1";
const OWNER_PREFIX = "kvm-infra";
const OWNER_ELEMENT = '<owner managed-by="kvm-infra"/>';
const NO_DOMAIN_METADATA = 80;

async function hasOwnerMarker(conn: Connection, dom: DomainRef): Promise<boolean> {
  try {
    await conn.domainGetMetadata(dom, DomainMetadataType.ELEMENT, OWNER_NAMESPACE, DomainModificationImpact.CONFIG);
    return true;
  } catch (e) {
    if (isLibvirtError(e) && e.code === NO_DOMAIN_METADATA) return false;
    throw e;
  }
}

/** In the persistent definition only: the running guest is not touched. */
function markOwned(conn: Connection, dom: DomainRef): Promise<void> {
  return conn.domainSetMetadata(
    dom,
    DomainMetadataType.ELEMENT,
    OWNER_ELEMENT,
    OWNER_PREFIX,
    OWNER_NAMESPACE,
    DomainModificationImpact.CONFIG,
  );
}

async function lookup(conn: Connection, uuid: string): Promise<DomainRef | undefined> {
  try {
    return await conn.domainLookupByUuid(uuid);
  } catch (e) {
    if (isNoDomain(e)) return undefined;
    throw e;
  }
}

/** Undefines with what a domain may carry (managed save, snapshot metadata, nvram). Drivers that
 * refuse one of those flags (the test driver rejects NVRAM) cannot have that state: retry without. */
async function undefine(conn: Connection, dom: DomainRef): Promise<void> {
  const all = DomainUndefineFlagsValues.MANAGED_SAVE | DomainUndefineFlagsValues.SNAPSHOTS_METADATA | DomainUndefineFlagsValues.NVRAM;
  try {
    await conn.domainUndefineFlags(dom, all);
  } catch (e) {
    if (!isUnsupportedFlags(e)) throw e;
    await conn.domainUndefineFlags(dom, 0);
  }
}

// VIR_ERR_NO_SUPPORT (3), VIR_ERR_INVALID_ARG (8: "unsupported flags"), VIR_ERR_ARGUMENT_UNSUPPORTED (74).
function isUnsupportedFlags(e: unknown): boolean {
  const code = (e as { name?: string; code?: number }).code;
  return (e as { name?: string }).name === "LibvirtError" && (code === 3 || code === 8 || code === 74);
}

async function isRunning(conn: Connection, dom: DomainRef): Promise<boolean> {
  const { state } = await conn.domainGetState(dom, 0);
  return state !== DomainState.SHUTOFF && state !== DomainState.CRASHED && state !== DomainState.NOSTATE;
}

/** Fields whose defined value differs from what the running guest has: they need a reboot. */
async function pendingFields(conn: Connection, dom: DomainRef, prior: Partial<DomainInputs>): Promise<string[]> {
  if (!(await isRunning(conn, dom))) return [];
  const defined = domainFromXml(await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE), prior).inputs as Record<
    string,
    unknown
  >;
  const live = domainFromXml(await conn.domainGetXmlDesc(dom, DomainXMLFlags.SECURE), prior).inputs as Record<string, unknown>;
  return DOMAIN_KEYS.filter((k) => !NOT_RESTART.includes(k) && !deepEqual(defined[k], live[k]));
}

async function vncPortOf(conn: Connection, dom: DomainRef): Promise<number> {
  return domainFromXml(await conn.domainGetXmlDesc(dom, 0), {}).vncPort;
}

async function outputs(
  conn: Connection,
  dom: DomainRef,
  inputs: DomainInputs,
  uuid: string,
  pending: string[],
  installed: boolean,
  adopted: boolean,
): Promise<DomainOutputs> {
  return stripUndefined({ ...inputs, uuid, vncPort: await vncPortOf(conn, dom), pendingRestart: pending, installed, adopted });
}

/** Graceful shutdown (ACPI), then destroy once the timeout passed. */
async function stop(conn: Connection, dom: DomainRef, timeoutSeconds: number): Promise<void> {
  if (!(await isRunning(conn, dom))) return;
  try {
    await conn.domainShutdownFlags(dom, 0);
  } catch (e) {
    if (isNoDomain(e)) return;
  }
  const until = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < until) {
    if (!(await isRunning(conn, dom))) return;
    await sleep(500);
  }
  if (await isRunning(conn, dom)) await conn.domainDestroyFlags(dom, 0);
}

function secretsOf(...ins: Array<Partial<DomainInputs> | undefined>): Array<string | undefined> {
  return ins.flatMap((i) => [i?.graphics?.vnc?.password, ...installSecrets(i?.install)]);
}

function withoutSecrets(inputs: DomainInputs): Omit<DomainInputs, "graphics" | "install"> {
  const { graphics: _graphics, install: _install, ...rest } = inputs;
  return rest;
}

/** Progress of an installation in Pulumi's log (the provider host forwards it to the engine).
 * runInstall never logs secrets. */
function installLog(name: string): (message: string) => void {
  return (message) => {
    pulumiLog.info(`domain ${name}: ${message}`).catch(() => undefined);
  };
}

/** The domain as create defines it: directly, or after the unattended installation, whose install
 * phase (same uuid) the final definition replaces, keeping the MACs and device addresses libvirt
 * gave the install phase. */
async function defineNew(conn: Connection, inputs: DomainInputs, uuid: string): Promise<DomainRef> {
  const volumes = await resolveDiskVolumes(conn, inputs.disks, true);
  if (!inputs.install) return conn.domainDefineXmlFlags(domainToXml(domainDoc(inputs, uuid, volumes)), 0);
  await installDomain(conn, inputs, uuid, installLog(inputs.name), () => connectionFor(inputs.uri), volumes);
  // A fresh handle: the install may have resumed on a new connection after losing this one.
  const c = await connectionFor(inputs.uri);
  const phase = await c.domainLookupByUuid(uuid);
  const current = await c.domainGetXmlDesc(phase, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE);
  const { install: _install, ...domain } = inputs;
  return c.domainDefineXmlFlags(domainXmlForUpdate(finalPhaseInputs(domain), uuid, current, volumes), 0);
}

async function applyLive(conn: Connection, dom: DomainRef, olds: DomainOutputs, news: DomainInputs, changed: string[]): Promise<string[]> {
  const failed: string[] = [];
  if (changed.includes("memoryMiB") && olds.maxMemoryMiB === news.maxMemoryMiB) {
    try {
      await conn.domainSetMemoryFlags(dom, news.memoryMiB * 1024, DomainModificationImpact.LIVE);
    } catch (e) {
      failed.push("memoryMiB");
    }
  }
  if (changed.includes("vcpus") && olds.maxVcpus === news.maxVcpus) {
    // Failures show up as a pending vcpus difference between the live and defined XML.
    await conn.domainSetVcpusFlags(dom, news.vcpus, DomainModificationImpact.LIVE).catch(() => undefined);
  }
  // Redefining only changed the persistent title and description; the running guest keeps its
  // own copy (virsh desc) until it restarts unless set live. Null (or "") removes them. A refusal
  // leaves the old value live until the next boot: reported like a refused memory change.
  for (const [key, type] of [
    ["title", DomainMetadataType.TITLE],
    ["description", DomainMetadataType.DESCRIPTION],
  ] as const) {
    if (!changed.includes(key)) continue;
    try {
      await conn.domainSetMetadata(dom, type, news[key] || null, null, null, DomainModificationImpact.LIVE);
    } catch {
      failed.push(key);
    }
  }
  const oldVnc = olds.graphics?.vnc;
  const newVnc = news.graphics?.vnc;
  if (changed.includes("graphics") && oldVnc && newVnc && oldVnc.password !== newVnc.password) {
    await conn.domainUpdateDeviceFlags(dom, vncDeviceXml(newVnc), DomainModificationImpact.LIVE).catch(() => undefined);
  }
  if (changed.includes("interfaces")) {
    const macs = domainFromXml(await conn.domainGetXmlDesc(dom, 0), {}).macs;
    const oldIfs = olds.interfaces ?? [];
    for (const [i, n] of (news.interfaces ?? []).entries()) {
      const o = oldIfs[i];
      if (!o || !macs[i] || deepEqual(o, n) || (n.mac !== undefined && n.mac !== macs[i]) || o.model !== n.model) continue;
      // libvirt switches the source (network <-> bridge) and link state of a running NIC in place.
      await conn.domainUpdateDeviceFlags(dom, interfaceDeviceXml(n, macs[i]), DomainModificationImpact.LIVE).catch(() => undefined);
    }
  }
  return failed;
}

/** What update does: redefine (keeping what libvirt assigned), apply live what libvirt can, report
 * or restart for the rest, enforce running and autostart. `install` is never applied here. */
async function converge(
  conn: Connection,
  dom: DomainRef,
  id: string,
  olds: DomainOutputs,
  news: DomainInputs,
  installed: boolean,
  adopted: boolean,
): Promise<DomainOutputs> {
  const changed = diffDomain(olds as unknown as Record<string, unknown>, news as unknown as Record<string, unknown>).changed;
  const definitionChanged = changed.some((k) => !NOT_DEFINITION.includes(k));
  let liveFailed: string[] = [];
  if (definitionChanged) {
    const current = await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE);
    await conn.domainDefineXmlFlags(domainXmlForUpdate(news, id, current, await resolveDiskVolumes(conn, news.disks, true)), 0);
    if (await isRunning(conn, dom)) liveFailed = await applyLive(conn, dom, olds, news, changed);
  }
  let pending = [...(await pendingFields(conn, dom, news)), ...liveFailed];
  if (pending.length && news.restartOnUpdate && (news.running ?? true)) {
    await stop(conn, dom, news.shutdownTimeoutSeconds ?? 120);
    await conn.domainCreateWithFlags(dom, 0);
    pending = [];
  }
  const running = await isRunning(conn, dom);
  if ((news.running ?? true) && !running) {
    await conn.domainCreateWithFlags(dom, 0);
    pending = [];
  } else if (news.running === false && running) {
    await stop(conn, dom, news.shutdownTimeoutSeconds ?? 120);
    pending = [];
  }
  const autostart = news.autostart ?? false;
  if ((await conn.domainGetAutostart(dom)) !== autostart) await conn.domainSetAutostart(dom, autostart);
  return outputs(conn, dom, news, id, pending, installed, adopted);
}

/** The domain as the host has it, in the input shape (what an update would start from). */
async function liveDomain(conn: Connection, dom: DomainRef, inputs: DomainInputs): Promise<DomainOutputs> {
  const defined = domainFromXml(
    await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE),
    inputs,
    await resolveDiskVolumes(conn, inputs.disks, false),
  );
  return stripUndefined({
    uri: inputs.uri,
    restartOnUpdate: inputs.restartOnUpdate,
    shutdownTimeoutSeconds: inputs.shutdownTimeoutSeconds,
    ...defined.inputs,
    uuid: dom.uuid,
    running: await isRunning(conn, dom),
    autostart: await conn.domainGetAutostart(dom),
    vncPort: 0,
    pendingRestart: [],
    installed: false,
    adopted: false,
  }) as DomainOutputs;
}

/**
 * Takes over an existing domain: refuses another identity or machine, logs every other difference
 * and converges it as an update would. Never reinstalled: uuid, MACs and device addresses stay.
 */
async function adoptDomain(conn: Connection, dom: DomainRef, inputs: DomainInputs, own: boolean, installed: boolean) {
  const what = `domain "${dom.name}" (uuid ${dom.uuid})`;
  const live = await liveDomain(conn, dom, inputs);
  const conflicts = domainAdoptConflicts(live, inputs);
  if (conflicts.length) throw adoptConflictError(what, inputs.uri, conflicts);
  const keys = DOMAIN_KEYS.filter((k) => !NOT_ON_HOST.includes(k) && (k !== "uuid" || inputs.uuid !== undefined));
  logAdoption(what, inputs.uri, fieldDifferences(live, inputs, keys, ["password", "graphics.vnc.password"]), own);
  const changed = diffDomain(live as unknown as Record<string, unknown>, inputs as unknown as Record<string, unknown>).changed;
  if (changed.some((k) => !NOT_DEFINITION.includes(k))) {
    // The definition is rebuilt from the config: say which devices the host has that it leaves out.
    const current = await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE);
    const lost = devicesLost(current, domainXmlForUpdate(inputs, dom.uuid, current, await resolveDiskVolumes(conn, inputs.disks, true)));
    if (lost.length) {
      const text = lost.map((l) => `${l.field}: host has ${l.live}, the new definition ${l.configured}`).join("; ");
      pulumiLog
        .warn(`adopting ${what}: redefining it from the config leaves out devices it does not model: ${text}`)
        .catch(() => undefined);
    }
  }
  if (!(await hasOwnerMarker(conn, dom))) await markOwned(conn, dom);
  const outs = await converge(conn, dom, dom.uuid, live, inputs, installed, !own);
  return { id: dom.uuid, outs };
}

/** An install phase definition (the installer's kernel booted directly) that never got replaced
 * by the final one: the installation was interrupted. */
async function isInstallPhase(conn: Connection, dom: DomainRef, inputs: DomainInputs): Promise<boolean> {
  if (!inputs.install || inputs.directBoot) return false;
  const defined = domainFromXml(
    await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE),
    inputs,
    await resolveDiskVolumes(conn, inputs.disks, false),
  );
  return defined.inputs.directBoot !== undefined;
}

async function removeDomain(c: Connection, dom: DomainRef, inputs: DomainInputs): Promise<void> {
  // runInstall removes its scratch volumes itself, unless the connection was lost meanwhile.
  if (inputs.install) await removeInstallScratch(c, inputs.name);
  if (await isRunning(c, dom)) await c.domainDestroyFlags(dom, 0);
  await undefine(c, dom);
}

/** `continuing`: the engine holds this domain as a partial create of ours. */
async function createDomain(inputs: DomainInputs, continuing = false): Promise<{ id: string; outs: DomainOutputs }> {
  const conn = await connectionFor(inputs.uri);
  // Our own uuid up front: an interrupted create can then find exactly what it defined.
  const uuid = inputs.uuid ?? ownUuid("domain", inputs.uri, inputs.name);
  const byName = await conn.domainLookupByName(inputs.name).catch((e) => {
    if (isNoDomain(e)) return undefined;
    throw e;
  });
  const existing = byName ?? (await lookup(conn, uuid));
  if (existing) {
    const marked = await hasOwnerMarker(conn, existing);
    // A fixed uuid may be the one the host already had (discover copies it): then only the marker
    // says kvm-infra made the domain.
    const own = continuing || (existing.name === inputs.name && existing.uuid === uuid && (marked || inputs.uuid === undefined));
    if (!own && !inputs.adopt) {
      throw notAdoptedError(
        `a domain named "${existing.name}" (uuid ${existing.uuid})`,
        inputs.uri,
        "remove it (virsh undefine) or choose another name",
      );
    }
    if (own && !marked && (await isInstallPhase(conn, existing, inputs))) {
      // Ours, and its installation never finished: the disk holds half an installation. Start over.
      pulumiLog
        .warn(`domain ${inputs.name}: an earlier create was interrupted during the installation; installing again`)
        .catch(() => undefined);
      await removeDomain(conn, existing, inputs);
    } else {
      // Never reinstalled: converge ignores install (it only records it).
      return adoptDomain(conn, existing, inputs, own, own && marked && !!inputs.install);
    }
  }
  try {
    const dom = await defineNew(conn, inputs, uuid);
    const c = await connectionFor(inputs.uri);
    await markOwned(c, dom);
    if (inputs.autostart) await c.domainSetAutostart(dom, true);
    if (inputs.running ?? true) await c.domainCreateWithFlags(dom, 0);
    return { id: uuid, outs: await outputs(c, dom, inputs, uuid, [], !!inputs.install, false) };
  } catch (e) {
    return failCreate({
      uri: inputs.uri,
      what: `creating domain "${inputs.name}" on ${inputs.uri}`,
      failure: e,
      secrets: secretsOf(inputs),
      id: uuid,
      // Without the two secret-bearing inputs: the update that finishes the create reads the
      // config, not these, and the partial state need not hold a password at all.
      properties: { ...withoutSecrets(inputs), uuid, vncPort: 0, pendingRestart: [], installed: false, adopted: false },
      undo: async (c) => {
        const mine = await lookup(c, uuid);
        if (mine) await removeDomain(c, mine, inputs);
        else if (inputs.install) await removeInstallScratch(c, inputs.name);
      },
      exists: async (c) => !!(await lookup(c, uuid)),
      removedNote: "its definition was removed again",
    });
  }
}

export const domainProvider: dynamic.ResourceProvider = withProviderContext(named("domain", secretsOf), {
  async check(olds, news) {
    const r = checkDomain(olds ?? {}, news);
    if (r.failures.length || !adoptionToPreview(olds, r.inputs)) return r;
    const inputs = r.inputs;
    const failures = await previewAdoption(`domain "${inputs.name}"`, async () => {
      const conn = await connectionFor(inputs.uri);
      const byName = await conn.domainLookupByName(inputs.name).catch((e) => {
        if (isNoDomain(e)) return undefined;
        throw e;
      });
      const dom = byName ?? (inputs.uuid ? await lookup(conn, inputs.uuid) : undefined);
      return dom ? domainAdoptConflicts(await liveDomain(conn, dom, inputs), inputs) : [];
    });
    return { inputs, failures };
  },

  async diff(_id, olds, news) {
    const d = diffDomain(olds, news);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  },

  async create(raw) {
    return createDomain(raw as DomainInputs);
  },

  async read(id, raw) {
    const props = raw as DomainOutputs;
    const conn = await connectionFor(props.uri);
    const dom = await lookup(conn, id);
    if (!dom) return { id: "", props: {} };
    try {
      const defined = domainFromXml(
        await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE),
        props,
        await resolveDiskVolumes(conn, props.disks, false),
      );
      const running = await isRunning(conn, dom);
      const pending = await pendingFields(conn, dom, props);
      // A live memory change that libvirt refused stays pending until the guest restarts.
      if (running && (props.pendingRestart ?? []).includes("memoryMiB")) pending.push("memoryMiB");
      const outs = stripUndefined({
        ...props,
        ...defined.inputs,
        running,
        autostart: await conn.domainGetAutostart(dom),
        uuid: id,
        vncPort: await vncPortOf(conn, dom),
        pendingRestart: pending,
        installed: props.installed ?? false,
        adopted: props.adopted ?? false,
      }) as DomainOutputs;
      const inputs = pick(outs, DOMAIN_KEYS);
      return { id, props: outs, inputs };
    } catch (e) {
      throw scrubbed(e, secretsOf(props), `reading domain "${props.name}" on ${props.uri} failed`);
    }
  },

  async update(id, raw, rawNews) {
    const olds = raw as DomainOutputs;
    const news = rawNews as DomainInputs;
    // A partial create (the engine kept the id): finish it; it finds the domain by the same uuid.
    if (olds.createIncomplete) {
      const r = await createDomain(news, true);
      if (r.id !== id) throw new Error(`domain "${news.name}": continuing its create gave uuid ${r.id}, not ${id}`);
      return { outs: r.outs };
    }
    const conn = await connectionFor(news.uri);
    const dom = await lookup(conn, id);
    if (!dom) throw new Error(`domain "${news.name}" (uuid ${id}) is gone from ${news.uri}; run pulumi refresh to recreate it`);
    try {
      return { outs: await converge(conn, dom, id, olds, news, olds.installed ?? false, olds.adopted ?? false) };
    } catch (e) {
      throw scrubbed(e, secretsOf(olds, news), `updating domain "${news.name}" on ${news.uri} failed`);
    }
  },

  async delete(id, raw) {
    const props = raw as DomainOutputs;
    const conn = await connectionFor(props.uri);
    const dom = await lookup(conn, id);
    if (!dom) return;
    try {
      if (await isRunning(conn, dom)) await conn.domainDestroyFlags(dom, 0);
      await undefine(conn, dom);
    } catch (e) {
      if (!isNoDomain(e)) throw scrubbed(e, secretsOf(props), `deleting domain "${props.name}" on ${props.uri} failed`);
    }
  },
});
