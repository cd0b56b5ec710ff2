// The Domain's unattended installation (issue 7): check and defaults of the `install` input, the
// install phase's XML (what create defines, and what render writes as domain-<name>.install.xml),
// and the install run of create, after which the caller defines the final domain.
import type { DomainInputs, DomainInstallInputs } from "./inputs";
import { Checker, isUnknown } from "./validate";
import { domainDoc } from "./domain-xml";
import type { DiskVolumeTarget } from "./domain-volumes";
import { domainToXml } from "../xml";
import { locationCharacterProblem, normalizeLocation } from "../install/treeinfo";
import { installGeneration, installRelease, InstallRelease, unknownReleaseProblem } from "../install/releases";
import { DEFAULT_EXTRA_ARGS, installCmdline, installPhaseInputs } from "../install/phase";
import { kickstartKernelArgs, kickstartText, validateKickstartOptions } from "../install/kickstart";
import type { GuestMajor } from "../install/guest-values";
import { withSerialConsoleLog } from "../install/serial-log";
import {
  DEFAULT_INSTALL_TIMEOUT_MINUTES,
  InstallPhaseXmlInput,
  InstallResult,
  installScratchPaths,
  runInstall,
} from "../install/orchestrate";
import type { InstallConnection } from "../install/connection";

const INSTALL_KEYS = ["location", "kickstart", "extraArgs", "timeoutMinutes"];
const KICKSTART_KEYS = [
  "hostname",
  "network",
  "rootPasswordHash",
  "sshAuthorizedKey",
  "disk",
  "partitions",
  "autopart",
  "packages",
  "lang",
  "keymap",
  "selinux",
];
const NETWORK_KEYS = ["device", "bootproto", "address", "prefix", "gateway", "dns"];
/** A day: an installation that takes longer is stuck, not slow. */
const MAX_TIMEOUT_MINUTES = 1440;

function hasUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (v && typeof v === "object") return Object.values(v as object).some(hasUnknown);
  return false;
}

/** `major`: the release the kickstart is judged for, undefined while the osinfo id is unknown (preview). */
function checkKickstart(c: Checker, k: unknown, major: GuestMajor | undefined): void {
  const p = "install.kickstart";
  if (typeof k === "string") {
    if (k.trim() === "") c.fail(p, `${p} must be a ks.cfg text (used verbatim) or an object of kickstart options, got an empty text`);
    return;
  }
  // Never echo a kickstart value: it may hold the root password hash.
  if (typeof k !== "object" || k === null || Array.isArray(k)) {
    c.fail(p, `${p} must be a ks.cfg text (used verbatim) or an object of kickstart options (${KICKSTART_KEYS.join(", ")})`);
    return;
  }
  const before = c.failures.length;
  c.object(k, p, KICKSTART_KEYS);
  const net = (k as Record<string, unknown>).network;
  if (net && typeof net === "object" && !Array.isArray(net)) c.object(net, `${p}.network`, NETWORK_KEYS);
  if (c.failures.length > before || hasUnknown(k) || major === undefined) return;
  try {
    validateKickstartOptions(k as Parameters<typeof validateKickstartOptions>[0], p, major);
  } catch (e) {
    const err = e as { name?: string; key?: string; message?: string };
    if (err.name !== "KickstartError") throw e;
    c.fail(err.key ?? p, err.message ?? `${p} is not valid`);
  }
}

/** Validates `install` (and that it is not combined with directBoot), naming the property and the
 * accepted values, before anything touches a host. */
export function checkInstall(c: Checker, news: Record<string, unknown>): void {
  const v = news.install;
  if (!c.object(v, "install", INSTALL_KEYS)) return;
  if (!isUnknown(news.osinfoId)) {
    const unknown = unknownReleaseProblem(news.osinfoId as string | undefined);
    const release = installRelease(news.osinfoId as string | undefined);
    if (unknown) c.fail("install", `install needs a release it knows: ${unknown}`);
    else if (release && !release.defaultLocation && v.location === undefined) {
      c.fail("install.location", `install.location is required for ${release.shortId}: ${release.noDefaultLocation}`);
    }
  }
  if (news.directBoot !== undefined) {
    c.fail(
      "install",
      "install cannot be combined with directBoot: the install phase boots the install tree's kernel, and the installed domain boots from its disk",
    );
  }
  if (v.location !== undefined && !isUnknown(v.location)) {
    let ok = typeof v.location === "string";
    if (ok) {
      try {
        normalizeLocation(v.location as string);
      } catch (e) {
        ok = false;
      }
    }
    if (!ok) {
      const chars = typeof v.location === "string" ? locationCharacterProblem(v.location) : undefined;
      c.fail(
        "install.location",
        `install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo)${chars ? "" : ", without whitespace"}, got ${JSON.stringify(v.location)}${chars ? `: it ${chars}` : ""}`,
      );
    }
  }
  const major = isUnknown(news.osinfoId) ? undefined : (installRelease(news.osinfoId as string | undefined)?.major ?? 7);
  if (v.kickstart !== undefined && !isUnknown(v.kickstart)) checkKickstart(c, v.kickstart, major);
  if (v.extraArgs !== undefined && !isUnknown(v.extraArgs) && (typeof v.extraArgs !== "string" || /[\r\n]/.test(v.extraArgs))) {
    c.fail(
      "install.extraArgs",
      `install.extraArgs must be one line of kernel arguments such as "console=ttyS0,115200", got ${JSON.stringify(v.extraArgs)}`,
    );
  }
  const t = v.timeoutMinutes;
  // Whole minutes: a fraction reads like a typo for another unit (0.5 meaning 30 seconds?).
  if (t !== undefined && !isUnknown(t) && !(typeof t === "number" && Number.isSafeInteger(t) && t > 0 && t <= MAX_TIMEOUT_MINUTES)) {
    c.fail(
      "install.timeoutMinutes",
      `install.timeoutMinutes must be a whole number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES}, got ${JSON.stringify(t)}`,
    );
  }
}

/** The release the domain's osinfoId names (CentOS 7 without one); check has refused any other. */
const releaseOf = (inputs: { osinfoId?: string }): InstallRelease => installRelease(inputs.osinfoId) as InstallRelease;

/** `install` with its defaults written out (the tree of the domain's release), so the state says
 * which tree and arguments were used. */
export function installDefaults(install: unknown, osinfoId?: string): unknown {
  if (!install || typeof install !== "object" || isUnknown(install)) return install;
  const i = install as DomainInstallInputs;
  const location = i.location ?? installRelease(osinfoId)?.defaultLocation;
  return {
    ...i,
    ...(location === undefined ? {} : { location }),
    extraArgs: i.extraArgs ?? DEFAULT_EXTRA_ARGS,
    timeoutMinutes: i.timeoutMinutes ?? DEFAULT_INSTALL_TIMEOUT_MINUTES,
  };
}

/** The secrets an install carries, to be scrubbed from error texts: the root password hash, and in
 * a verbatim kickstart whatever follows rootpw or a --password= option. */
export function installSecrets(install: DomainInstallInputs | undefined): string[] {
  const k = install?.kickstart;
  if (!k) return [];
  if (typeof k !== "string") return k.rootPasswordHash ? [k.rootPasswordHash] : [];
  const out: string[] = [];
  for (const line of k.split(/\r?\n/)) {
    const rootpw = /^\s*rootpw\s+(.*)$/.exec(line);
    if (rootpw) out.push(...rootpw[1].split(/\s+/).filter((w) => w && !w.startsWith("--")));
    const pw = /--password=(\S+)/.exec(line);
    if (pw) out.push(pw[1]);
  }
  return out.filter((s) => s.length >= 4);
}

/** The install phase's XML for a domain: the user's domain with the installer's kernel, initrd and
 * command line, on_reboot destroy, no boot order, at least the memory a network install needs, and
 * the serial console logged to `consoleLogFile` (quoted when the installation fails). */
export function installPhaseXml(
  inputs: DomainInputs,
  uuid: string | undefined,
  phase: Pick<InstallPhaseXmlInput, "directBoot" | "consoleLogFile">,
  volumes: DiskVolumeTarget[] = [],
): string {
  const { install: _install, ...domain } = inputs;
  const minMemoryMiB = installGeneration(releaseOf(inputs)).networkInstallMemoryMiB;
  const doc = domainDoc(installPhaseInputs(domain, phase.directBoot, minMemoryMiB), uuid, volumes);
  return withSerialConsoleLog(domainToXml(doc), phase.consoleLogFile);
}

/**
 * The install phase's XML as create defines it (what render writes as domain-<name>.install.xml):
 * the kernel and initrd at the paths runInstall uploads them to in virt-install's boot-scratch pool
 * (/var/lib/libvirt/boot/<name>-install-vmlinuz, ...-initrd.img), the command line with
 * console=ttyS0,115200 (or the extra args), inst.repo=<location> and inst.ks=file:/ks.cfg when a
 * kickstart is set. Pure: no host, no download.
 */
export function domainInstallXml(inputs: DomainInputs, volumes: DiskVolumeTarget[] = []): string {
  if (!inputs.install) throw new Error(`domain "${inputs.name}" has no install settings`);
  const install = inputs.install;
  const release = releaseOf(inputs);
  const location = normalizeLocation(install.location ?? (release.defaultLocation as string));
  const paths = installScratchPaths(inputs.name);
  const directBoot = {
    kernel: paths.kernel,
    initrd: paths.initrd,
    cmdline: installCmdline({
      location,
      extraArgs: install.extraArgs,
      kickstart: install.kickstart !== undefined,
      kickstartArgs:
        typeof install.kickstart === "object" ? kickstartKernelArgs(install.kickstart, "install.kickstart", release.major) : [],
    }),
  };
  return installPhaseXml(inputs, inputs.uuid, { directBoot, consoleLogFile: paths.consoleLog }, volumes);
}

/** The ks.cfg the install phase's initrd gets (what render writes as domain-<name>.ks.cfg): the
 * generated kickstart in the release's syntax, or the verbatim text; undefined without one. */
export function domainKickstart(inputs: DomainInputs): string | undefined {
  const install = inputs.install;
  if (!install || install.kickstart === undefined) return undefined;
  const release = releaseOf(inputs);
  const location = normalizeLocation(install.location ?? (release.defaultLocation as string));
  return kickstartText(install.kickstart, location, "install.kickstart", release);
}

/** Runs the installation of create: the install phase is defined under `uuid` and left shut off
 * when the installer has stopped; runInstall removes the scratch volumes and, on failure, the
 * domain it defined. */
export function installDomain(
  conn: InstallConnection,
  inputs: DomainInputs,
  uuid: string,
  log: (message: string) => void,
  reconnect: () => Promise<InstallConnection>,
  volumes: DiskVolumeTarget[] = [],
): Promise<InstallResult> {
  const install = inputs.install as DomainInstallInputs;
  return runInstall(conn, {
    name: inputs.name,
    location: install.location,
    osinfoId: inputs.osinfoId,
    kickstart: install.kickstart,
    extraArgs: install.extraArgs,
    timeoutMinutes: install.timeoutMinutes,
    arch: inputs.arch,
    log,
    reconnect,
    buildXml: (phase) => installPhaseXml(inputs, uuid, phase, volumes),
  });
}
