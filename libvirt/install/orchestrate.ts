// runInstall: one unattended installation from an install tree, as virt-install --location does
// it, entirely over a libvirt connection: fetch, inject the kickstart, upload, boot the install
// phase, wait for the installer to stop, clean up. The final definition is the caller's.
import {
  DomainRef,
  DomainStateValue,
  InstallConnection,
  isConnectionLost,
  isNoDomain,
  isNoStoragePool,
  LifecycleEventType,
  ShutoffReason,
  StoppedDetail,
} from "./connection";
import { cpioFile } from "./cpio";
import { fetchBuffer, formatBytes } from "./fetch";
import { injectIntoInitrd } from "./initrd-inject";
import { kickstartKernelArgs, KickstartSpec, kickstartText, sshkeyReleaseProblem } from "./kickstart";
import { InstallDirectBoot, installCmdline, installPhase, InstallPhaseChanges, KICKSTART_FILE } from "./phase";
import {
  deleteVolumeIfExists,
  ensureScratchPool,
  lastLines,
  readVolumeTail,
  SCRATCH_POOL_NAME,
  SCRATCH_POOL_PATH,
  ScratchPool,
  uploadVolume,
} from "./scratch";
import { normalizeLocation, parseTreeinfo, resolveTreeUrl, treeImages } from "./treeinfo";
import { installRelease, InstallRelease, treeVersionProblem, unknownReleaseProblem } from "./releases";

/** What the caller's XML builder gets: the install phase's changes to its domain, plus the file
 * the serial console must log to (<serial type='pty'><log file='...' append='off'/>), which is in
 * the scratch pool so that it can be read back over the connection on failure. */
export interface InstallPhaseXmlInput extends InstallPhaseChanges {
  consoleLogFile: string;
  /** Set when a shut-off domain of this name is already defined (e.g. left by an interrupted
   * run): put it in <uuid> so the definition is replaced instead of refused. */
  uuid?: string;
}

export interface RunInstallOptions {
  /** The domain's name; scratch volumes are named after it. */
  name: string;
  /** The install tree. Defaults to the release's (releases.ts; the CentOS 7.9 vault without osinfoId). */
  location?: string;
  /** The domain's libosinfo id: which release's kickstart syntax, tree and memory the install uses.
   * Defaults to CentOS 7's. */
  osinfoId?: string;
  /** ks.cfg options or verbatim text; injected as /ks.cfg. No kickstart: an interactive install. */
  kickstart?: KickstartSpec;
  /** Kernel arguments, before inst.repo. Defaults to "console=ttyS0,115200". */
  extraArgs?: string;
  /** How long the installer may run. Defaults to 60. */
  timeoutMinutes?: number;
  /** Which [images-<arch>] to boot. Defaults to the tree's arch. */
  arch?: string;
  /** The install phase's domain XML: the caller's domain with these changes applied. */
  buildXml: (phase: InstallPhaseXmlInput) => string | Promise<string>;
  /** Progress lines (downloads, uploads, phase changes), e.g. Pulumi's log.info. Never secrets. */
  log?: (message: string) => void;
  /** Scratch pool. Defaults to virt-install's: boot-scratch at /var/lib/libvirt/boot. */
  scratchPool?: { name?: string; path?: string };
  /** Console lines quoted in a failure. Defaults to 20. */
  consoleLines?: number;
  /** State polling interval, the fallback when an event is missed. Defaults to 2000 ms. */
  pollIntervalMs?: number;
  /** Key prefix in validation errors. Defaults to "install". */
  configKey?: string;
  /** A fresh connection to the same host (e.g. () => getConnection(uri)). When the connection is
   * lost while the installer runs (libvirtd restarted, ssh dropped), the wait resumes on a new one
   * instead of failing: the guest keeps running across a daemon restart. */
  reconnect?: () => Promise<InstallConnection>;
  /** First back-off before reconnecting, doubled on each of the 5 attempts (max 16 s). Defaults to 1000 ms. */
  reconnectDelayMs?: number;
}

export interface InstallResult {
  /** The domain as defined by the install phase, now shut off. */
  domain: DomainRef;
  location: string;
  tree: { family?: string; version?: string; arch?: string };
  kernelUrl: string;
  initrdUrl: string;
  /** The install phase's boot: scratch paths (deleted since) and the command line used. */
  directBoot: InstallDirectBoot;
  /** Whether a kickstart was injected. */
  kickstart: boolean;
  /** How the installer ended: "shutdown" (it powered off, or rebooted: with on_reboot=destroy QEMU
   * runs with -no-reboot and libvirt reports the reboot as a shutdown), or "shutoff" (found
   * stopped by polling, the cause unknown). A destroy from outside is an error, not an ending. */
  stoppedBy: "shutdown" | "shutoff";
  durationMs: number;
}

export class InstallError extends Error {
  /** Last lines of the serial console, when they could be read. */
  console: string[];
  constructor(message: string, consoleLines: string[] = []) {
    const text = consoleLines.length
      ? `${message}\nlast ${consoleLines.length} lines of the serial console:\n${consoleLines.map((l) => `  | ${l}`).join("\n")}`
      : message;
    super(text);
    // Set again: under Pulumi's closure serializer super() leaves message unset.
    this.message = text;
    this.name = "InstallError";
    this.console = consoleLines;
  }
}

const DEFAULT_TIMEOUT_MINUTES = 60;

/** The scratch volumes of `name`'s installation: the uploaded kernel and initrd, the console log. */
function volumeNames(name: string): { kernel: string; initrd: string; console: string } {
  return {
    kernel: `${name}-install-vmlinuz`,
    initrd: `${name}-install-initrd.img`,
    console: `${name}-install-console.log`,
  };
}

/** Where `name`'s install phase finds its kernel and initrd and logs its console, for a scratch
 * pool at `scratchPath` (the boot-scratch directory by default): what the render command shows. */
function installScratchPaths(
  name: string,
  scratchPath: string = SCRATCH_POOL_PATH,
): { kernel: string; initrd: string; consoleLog: string } {
  const dir = scratchPath.replace(/\/+$/, "");
  const v = volumeNames(name);
  return { kernel: `${dir}/${v.kernel}`, initrd: `${dir}/${v.initrd}`, consoleLog: `${dir}/${v.console}` };
}

/** Deletes whatever scratch volumes of `name`'s installation are left in the scratch pool (after a
 * create whose connection was lost while runInstall cleaned up); the pool itself stays. */
async function removeInstallScratch(conn: InstallConnection, name: string, scratchPool?: { name?: string }): Promise<void> {
  let pool;
  try {
    pool = await conn.storagePoolLookupByName(scratchPool?.name ?? SCRATCH_POOL_NAME);
  } catch (e) {
    if (isNoStoragePool(e)) return;
    throw e;
  }
  if (!(await conn.storagePoolIsActive(pool))) return;
  await conn.storagePoolRefresh(pool).catch(() => undefined);
  const v = volumeNames(name);
  for (const vol of [v.kernel, v.initrd, v.console]) await deleteVolumeIfExists(conn, pool, vol);
}

/** Pulumi outputs must not hold undefined values. */
function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

/** The release to install and its tree: refused before anything touches a host when the install
 * knows no such release or the release has no public tree and none is given. */
function releaseAndLocation(o: RunInstallOptions, key: string): { release: InstallRelease; location: string } {
  const unknown = unknownReleaseProblem(o.osinfoId);
  if (unknown) throw new Error(`${key}: ${unknown}`);
  const release = installRelease(o.osinfoId) as InstallRelease;
  const location = o.location ?? release.defaultLocation;
  if (location === undefined) throw new Error(`${key}.location: is required for ${release.shortId}: ${release.noDefaultLocation}`);
  return { release, location: normalizeLocation(location) };
}

function checkOptions(o: RunInstallOptions, key: string): number {
  if (!o.name || typeof o.name !== "string") throw new Error(`${key}: the domain name is required`);
  const t = o.timeoutMinutes ?? DEFAULT_TIMEOUT_MINUTES;
  if (typeof t !== "number" || !(t > 0) || !Number.isFinite(t)) {
    throw new Error(`${key}.timeoutMinutes: ${JSON.stringify(o.timeoutMinutes)} is not a positive number of minutes`);
  }
  if (o.extraArgs !== undefined && (typeof o.extraArgs !== "string" || /[\r\n]/.test(o.extraArgs))) {
    throw new Error(`${key}.extraArgs: must be one line of kernel arguments`);
  }
  if (typeof o.buildXml !== "function") throw new Error(`${key}: buildXml callback is required`);
  return t;
}

type Outcome =
  | { kind: "stopped"; detail: number }
  | { kind: "shutoff" }
  | { kind: "crashed" }
  | { kind: "timeout" }
  | { kind: "lost"; reason: string; final?: boolean };

const MAX_RECONNECTS = 5;

/** What a domain found shut off (by polling or after a reconnect) tells about how it stopped. */
function shutoffOutcome(reason: number): Outcome {
  if (reason === ShutoffReason.DESTROYED) return { kind: "stopped", detail: StoppedDetail.DESTROYED };
  if (reason === ShutoffReason.CRASHED || reason === ShutoffReason.FAILED) return { kind: "crashed" };
  return { kind: "shutoff" };
}

/** Resolves when the domain stops (lifecycle event, or state polling when an event is missed or
 * the connection cannot deliver events), or after `timeoutMs`. */
async function waitForStop(
  conn: InstallConnection,
  dom: DomainRef,
  timeoutMs: number,
  pollMs: number,
  start: () => Promise<void>,
  log: (m: string) => void,
): Promise<Outcome> {
  let settle: (o: Outcome) => void = () => undefined;
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  let registration: { deregister(): Promise<void> } | undefined;
  try {
    registration = await conn.domainEventLifecycleRegister(dom, (ev) => {
      if (ev.dom.uuid !== dom.uuid) return;
      if (ev.event === LifecycleEventType.STOPPED) settle({ kind: "stopped", detail: ev.detail });
      else if (ev.event === LifecycleEventType.CRASHED) settle({ kind: "crashed" });
    });
  } catch (e) {
    log(`lifecycle events unavailable (${(e as Error).message}); polling the domain state instead`);
  }
  // Neither an event nor a poll can come through a dead connection: stop waiting at once.
  conn.onClose?.((err) => settle({ kind: "lost", reason: err ? err.message : "the connection was closed" }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let poller: ReturnType<typeof setInterval> | undefined;
  try {
    await start();
    timer = setTimeout(() => settle({ kind: "timeout" }), timeoutMs);
    let polling = false;
    poller = setInterval(() => {
      if (polling) return;
      polling = true;
      conn
        .domainGetState(dom)
        .then(({ state, reason }) => {
          if (state === DomainStateValue.SHUTOFF) settle(shutoffOutcome(reason));
          else if (state === DomainStateValue.CRASHED) settle({ kind: "crashed" });
        })
        .catch((e) => {
          if (isNoDomain(e)) settle({ kind: "lost", reason: `domain ${dom.name} disappeared`, final: true });
          else if (isConnectionLost(e)) settle({ kind: "lost", reason: (e as Error).message });
          // Anything else may be transient: the next poll or the event decides.
        })
        .finally(() => (polling = false));
    }, pollMs);
    return await outcome;
  } finally {
    if (timer) clearTimeout(timer);
    if (poller) clearInterval(poller);
    if (registration) await registration.deregister().catch(() => undefined);
  }
}

async function consoleTail(conn: InstallConnection, scratch: ScratchPool, volName: string, n: number): Promise<string[]> {
  try {
    const tail = await readVolumeTail(conn, scratch.pool, volName);
    return tail ? lastLines(tail.toString("utf8"), n) : [];
  } catch {
    return [];
  }
}

/** After a lost connection: a new one, and how the install phase is doing on it. */
async function resume(
  reconnect: () => Promise<InstallConnection>,
  name: string,
  attempt: number,
  delayMs: number,
  remainingMs: number,
  pollMs: number,
  log: (m: string) => void,
): Promise<{ conn?: InstallConnection; dom?: DomainRef; outcome: Outcome }> {
  // Back off 1, 2, 4, 8, 16 s: a restarting daemon needs a moment.
  await new Promise((r) => setTimeout(r, Math.min(delayMs * 2 ** (attempt - 1), 16000, Math.max(0, remainingMs))));
  let conn: InstallConnection;
  let dom: DomainRef;
  try {
    conn = await reconnect();
    dom = await conn.domainLookupByName(name);
  } catch (e) {
    if (isNoDomain(e)) return { outcome: { kind: "lost", reason: `domain ${name} disappeared`, final: true } };
    return { outcome: { kind: "lost", reason: `reconnecting failed: ${(e as Error).message}` } };
  }
  log(`reconnected; the install phase of ${name} is still being watched`);
  const { state, reason } = await conn.domainGetState(dom);
  if (state === DomainStateValue.SHUTOFF) return { conn, dom, outcome: shutoffOutcome(reason) };
  return { conn, dom, outcome: await waitForStop(conn, dom, remainingMs, pollMs, async () => undefined, log) };
}

/** Domain state right now, or undefined when no such domain is defined. */
async function existing(conn: InstallConnection, name: string): Promise<{ dom: DomainRef; state: number } | undefined> {
  try {
    const dom = await conn.domainLookupByName(name);
    return { dom, state: (await conn.domainGetState(dom)).state };
  } catch (e) {
    if (isNoDomain(e)) return undefined;
    throw e;
  }
}

/**
 * Installs a domain from an install tree and leaves it defined with the install phase's XML, shut
 * off; the caller then defines the final XML (finalPhaseInputs) and starts it. Throws InstallError
 * (quoting the serial console when it timed out or crashed); the scratch volumes are deleted in
 * every case, and a domain this call defined is undefined again on failure so a retry starts clean.
 */
export async function runInstall(conn: InstallConnection, opts: RunInstallOptions): Promise<InstallResult> {
  const began = Date.now();
  const key = opts.configKey ?? "install";
  const log = opts.log ?? (() => undefined);
  const timeoutMinutes = checkOptions(opts, key);
  const { release, location } = releaseAndLocation(opts, key);
  // Validate the kickstart before any download or host change.
  const ks = opts.kickstart === undefined ? undefined : kickstartText(opts.kickstart, location, `${key}.kickstart`, release);
  const kickstartArgs =
    opts.kickstart === undefined || typeof opts.kickstart === "string"
      ? []
      : kickstartKernelArgs(opts.kickstart, `${key}.kickstart`, release.major);

  const before = await existing(conn, opts.name);
  if (before && before.state !== DomainStateValue.SHUTOFF) {
    throw new InstallError(`domain ${opts.name} exists and is not shut off (state ${before.state}); refusing to install over it`);
  }

  const treeinfoUrl = resolveTreeUrl(location, ".treeinfo");
  log(`reading ${treeinfoUrl}`);
  const tree = parseTreeinfo((await fetchBuffer(treeinfoUrl)).toString("utf8"));
  const otherRelease = treeVersionProblem(release, tree.version);
  if (otherRelease) throw new InstallError(`installing ${opts.name}: ${key}.location: ${otherRelease}`);
  const tooOld = opts.kickstart === undefined ? undefined : sshkeyReleaseProblem(opts.kickstart, tree.version);
  if (tooOld) {
    const at = typeof opts.kickstart === "string" ? `${key}.kickstart` : `${key}.kickstart.sshAuthorizedKey`;
    throw new InstallError(`installing ${opts.name}: ${at}: ${tooOld}`);
  }
  const images = treeImages(tree, opts.arch);
  const kernelUrl = resolveTreeUrl(location, images.kernel);
  const initrdUrl = resolveTreeUrl(location, images.initrd);
  log(`install tree: ${[tree.family, tree.version, tree.arch].filter(Boolean).join(" ") || "unknown"}; kernel ${kernelUrl}`);
  const kernel = await fetchBuffer(kernelUrl, { log, label: "vmlinuz", checksum: images.kernelChecksum });
  let initrd = await fetchBuffer(initrdUrl, { log, label: "initrd.img", checksum: images.initrdChecksum });
  if (ks !== undefined) initrd = injectIntoInitrd(initrd, [cpioFile(KICKSTART_FILE, ks, 0o600)]);

  const scratch = await ensureScratchPool(
    conn,
    opts.scratchPool?.name ?? SCRATCH_POOL_NAME,
    opts.scratchPool?.path ?? SCRATCH_POOL_PATH,
    log,
  );
  const names = volumeNames(opts.name);
  const consoleLogFile = `${scratch.path.replace(/\/+$/, "")}/${names.console}`;
  let definedHere = false;
  let dom: DomainRef | undefined;
  // The connection in use: replaced when a lost one is re-established during the wait.
  let c: InstallConnection = conn;
  try {
    const k = await uploadVolume(c, scratch, names.kernel, kernel, log);
    const i = await uploadVolume(c, scratch, names.initrd, initrd, log);
    log(`uploaded ${formatBytes(kernel.length)} kernel and ${formatBytes(initrd.length)} initrd to ${scratch.pool.name}`);
    // A console log left by an earlier run would be quoted as if it were this run's.
    await deleteVolumeIfExists(c, scratch.pool, names.console);

    const directBoot: InstallDirectBoot = {
      kernel: k.path,
      initrd: i.path,
      cmdline: installCmdline({ location, extraArgs: opts.extraArgs, kickstart: ks !== undefined, kickstartArgs }),
    };
    const phase: InstallPhaseXmlInput = { ...installPhase(directBoot), consoleLogFile };
    if (before) phase.uuid = before.dom.uuid;
    const xml = await opts.buildXml(phase);
    dom = await c.domainDefineXmlFlags(xml);
    definedHere = !before;

    log(`starting the install phase of ${opts.name}; waiting up to ${timeoutMinutes} min for the installer to stop`);
    const pollMs = opts.pollIntervalMs ?? 2000;
    const deadline = Date.now() + timeoutMinutes * 60000;
    let defined = dom;
    let outcome = await waitForStop(
      c,
      defined,
      deadline - Date.now(),
      pollMs,
      async () => {
        await c.domainCreateWithFlags(defined);
      },
      log,
    );
    for (let attempt = 1; outcome.kind === "lost" && !outcome.final && opts.reconnect && attempt <= MAX_RECONNECTS; attempt++) {
      if (Date.now() >= deadline) {
        outcome = { kind: "timeout" };
        break;
      }
      log(`lost the connection while the installer runs (${outcome.reason}); reconnecting (${attempt}/${MAX_RECONNECTS})`);
      const r = await resume(opts.reconnect, opts.name, attempt, opts.reconnectDelayMs ?? 1000, deadline - Date.now(), pollMs, log);
      if (r.conn && r.dom) {
        c = r.conn;
        defined = r.dom;
      }
      outcome = r.outcome;
    }

    const n = opts.consoleLines ?? 20;
    if (outcome.kind === "lost") {
      throw new InstallError(
        `installing ${opts.name}: lost track of the install phase (${outcome.reason}); it may still be running on the host`,
      );
    }
    if (outcome.kind === "timeout") {
      await c.domainDestroyFlags(defined).catch(() => undefined);
      throw new InstallError(
        `installing ${opts.name}: the installer did not finish within ${timeoutMinutes} min (${key}.timeoutMinutes); the install phase was destroyed`,
        await consoleTail(c, scratch, names.console, n),
      );
    }
    if (
      outcome.kind === "crashed" ||
      (outcome.kind === "stopped" && (outcome.detail === StoppedDetail.CRASHED || outcome.detail === StoppedDetail.FAILED))
    ) {
      await c.domainDestroyFlags(defined).catch(() => undefined);
      throw new InstallError(
        `installing ${opts.name}: the install phase crashed or failed`,
        await consoleTail(c, scratch, names.console, n),
      );
    }
    if (outcome.kind === "stopped" && outcome.detail === StoppedDetail.DESTROYED) {
      throw new InstallError(
        `installing ${opts.name}: the install phase was destroyed from outside before the installer finished`,
        await consoleTail(c, scratch, names.console, n),
      );
    }
    const stoppedBy = outcome.kind === "shutoff" ? "shutoff" : "shutdown";
    log(`installer of ${opts.name} stopped (${stoppedBy}) after ${formatDuration(Date.now() - began)}`);
    definedHere = false; // success: the caller redefines it with the final XML
    return {
      domain: defined,
      location,
      tree: definedOnly({ family: tree.family, version: tree.version, arch: tree.arch }),
      kernelUrl,
      initrdUrl,
      directBoot,
      kickstart: ks !== undefined,
      stoppedBy,
      durationMs: Date.now() - began,
    };
  } finally {
    // The console log was written behind libvirt's back: it is only a volume after a refresh.
    await c.storagePoolRefresh(scratch.pool).catch(() => undefined);
    for (const vol of [names.kernel, names.initrd, names.console]) {
      await deleteVolumeIfExists(c, scratch.pool, vol).catch((e) =>
        log(`could not delete scratch volume ${scratch.pool.name}/${vol}: ${(e as Error).message}`),
      );
    }
    if (definedHere && dom) {
      await c
        .domainUndefineFlags(dom)
        .catch((e) => log(`could not undefine ${opts.name} after the failed install: ${(e as Error).message}`));
    }
  }
}

export { DEFAULT_TIMEOUT_MINUTES as DEFAULT_INSTALL_TIMEOUT_MINUTES, installScratchPaths, removeInstallScratch };
