// Domain's check (validation + defaults) and diff: pure, no host needed.
import { DomainInputs } from "./inputs";
import { Checker, checkKnownKeys, Failure, isUnknown, stripUndefined } from "./validate";
import { diffInputs, DiffOutcome } from "./diff";
import { checkInstall, installDefaults } from "./domain-install";
import type { FieldDifference } from "./adoption";
import { machineMatches } from "./domain-xml";

// Not referenced as an export inside this module: the closure serializer would leave `exports.X`.
const KEYS = [
  "uri",
  "name",
  "uuid",
  "virtType",
  "title",
  "description",
  "osinfoId",
  "memoryMiB",
  "maxMemoryMiB",
  "vcpus",
  "maxVcpus",
  "arch",
  "machine",
  "bootDevices",
  "directBoot",
  "features",
  "cpuMode",
  "clockOffset",
  "timers",
  "pm",
  "onPoweroff",
  "onReboot",
  "onCrash",
  "disks",
  "interfaces",
  "graphics",
  "serialConsole",
  "guestAgent",
  "rng",
  "memballoon",
  "tablet",
  "running",
  "autostart",
  "restartOnUpdate",
  "shutdownTimeoutSeconds",
  "install",
  "adopt",
] as const;
export const DOMAIN_KEYS = KEYS;

const EVENT_ACTIONS = ["destroy", "restart", "preserve", "rename-restart"];
const CRASH_ACTIONS = [...EVENT_ACTIONS, "coredump-destroy", "coredump-restart"];
const BUSES = ["virtio", "sata", "scsi", "ide", "usb"];
const TIMER_NAMES = ["rtc", "pit", "hpet", "kvmclock", "tsc", "hypervclock"];
const TICK_POLICIES = ["delay", "catchup", "merge", "discard"];

function checkTimers(c: Checker, timers: unknown): void {
  if (!c.array(timers, "timers")) return;
  const seen = new Set<string>();
  timers.forEach((t, i) => {
    const p = `timers[${i}]`;
    if (!c.object(t, p, ["name", "tickpolicy", "present"])) {
      if (t === undefined) c.fail(p, `${p} must be an object`);
      return;
    }
    if (c.required(t, "name", `${p}.name`) && c.oneOf(t.name, `${p}.name`, TIMER_NAMES) && typeof t.name === "string") {
      // libvirt keeps one setting per timer: a second one would silently win or be refused.
      if (seen.has(t.name)) c.fail(`${p}.name`, `${p}.name "${t.name}" is set by another timer; list each timer once`);
      seen.add(t.name);
    }
    c.oneOf(t.tickpolicy, `${p}.tickpolicy`, TICK_POLICIES);
    c.boolean(t.present, `${p}.present`);
  });
}

function checkDisk(c: Checker, d: unknown, p: string, seen: Set<string>): void {
  if (!c.object(d, p, ["source", "device", "targetDev", "bus", "driverType", "readonly"])) {
    if (d === undefined) c.fail(p, `${p} must be an object`);
    return;
  }
  c.required(d, "source", `${p}.source`);
  c.required(d, "targetDev", `${p}.targetDev`);
  const s = d.source as Record<string, unknown> | undefined;
  if (s !== undefined && !isUnknown(s)) {
    if (typeof s !== "object" || s === null) {
      c.fail(`${p}.source`, `${p}.source must be an object`);
    } else if (c.oneOf(s.type, `${p}.source.type`, ["volume", "file", "block"]) && c.required(s, "type", `${p}.source.type`)) {
      if (s.type === "volume" && c.object(s, `${p}.source`, ["type", "pool", "volume"])) {
        if (c.required(s, "pool", `${p}.source.pool`)) c.objectName(s.pool, `${p}.source.pool`);
        if (c.required(s, "volume", `${p}.source.volume`)) c.volumeName(s.volume, `${p}.source.volume`);
      } else if (s.type === "file" && c.object(s, `${p}.source`, ["type", "path"])) {
        if (c.required(s, "path", `${p}.source.path`)) c.absolutePath(s.path, `${p}.source.path`);
      } else if (s.type === "block" && c.object(s, `${p}.source`, ["type", "dev"])) {
        if (c.required(s, "dev", `${p}.source.dev`)) c.absolutePath(s.dev, `${p}.source.dev`);
      }
    }
  }
  if (typeof d.targetDev === "string") {
    if (!/^(vd|sd|hd|xvd)[a-z]{1,3}$/.test(d.targetDev)) {
      c.fail(`${p}.targetDev`, `${p}.targetDev must be a guest disk name like vda, sda or hda, got "${d.targetDev}"`);
    } else if (seen.has(d.targetDev)) {
      c.fail(`${p}.targetDev`, `${p}.targetDev "${d.targetDev}" is used by another disk; each disk needs its own`);
    }
    seen.add(d.targetDev);
  } else if (d.targetDev !== undefined && !isUnknown(d.targetDev)) {
    c.string(d.targetDev, `${p}.targetDev`);
  }
  c.oneOf(d.device, `${p}.device`, ["disk", "cdrom"]);
  c.oneOf(d.bus, `${p}.bus`, BUSES);
  c.oneOf(d.driverType, `${p}.driverType`, ["raw", "qcow2"]);
  c.boolean(d.readonly, `${p}.readonly`);
}

function checkInterface(c: Checker, n: unknown, p: string): void {
  if (!c.object(n, p, ["source", "mac", "model", "linkState"])) {
    if (n === undefined) c.fail(p, `${p} must be an object`);
    return;
  }
  c.required(n, "source", `${p}.source`);
  const s = n.source as Record<string, unknown> | undefined;
  if (s !== undefined && !isUnknown(s)) {
    if (typeof s !== "object" || s === null) {
      c.fail(`${p}.source`, `${p}.source must be an object`);
    } else if (c.required(s, "type", `${p}.source.type`) && c.oneOf(s.type, `${p}.source.type`, ["network", "bridge"])) {
      if (s.type === "network" && c.object(s, `${p}.source`, ["type", "network"])) {
        if (c.required(s, "network", `${p}.source.network`)) c.objectName(s.network, `${p}.source.network`);
      } else if (s.type === "bridge" && c.object(s, `${p}.source`, ["type", "bridge"])) {
        if (c.required(s, "bridge", `${p}.source.bridge`)) c.interfaceName(s.bridge, `${p}.source.bridge`);
      }
    }
  }
  c.mac(n.mac, `${p}.mac`);
  if (n.model !== undefined && !isUnknown(n.model) && c.string(n.model, `${p}.model`) && !/^[A-Za-z0-9_-]{1,32}$/.test(n.model as string)) {
    c.fail(`${p}.model`, `${p}.model must be a NIC model name like virtio, e1000 or rtl8139, got ${JSON.stringify(n.model)}`);
  }
  c.oneOf(n.linkState, `${p}.linkState`, ["up", "down"]);
}

function checkGraphics(c: Checker, g: unknown): void {
  if (!c.object(g, "graphics", ["vnc"])) return;
  if (!c.object(g.vnc, "graphics.vnc", ["port", "listen", "password", "websocketPort"])) return;
  const v = g.vnc;
  c.integer(v.port, "graphics.vnc.port", 5900, 65535);
  c.integer(v.websocketPort, "graphics.vnc.websocketPort", 1024, 65535);
  if (v.listen !== undefined && !isUnknown(v.listen) && c.string(v.listen, "graphics.vnc.listen")) {
    if (!/^[0-9A-Fa-f:.]+$/.test(v.listen as string)) {
      c.fail(
        "graphics.vnc.listen",
        `graphics.vnc.listen must be an IP address such as 127.0.0.1 or 0.0.0.0, got ${JSON.stringify(v.listen)}`,
      );
    }
  }
  if (v.password !== undefined && !isUnknown(v.password)) {
    // Never echo the password itself: check failures end up in the CLI output.
    if (typeof v.password !== "string") c.fail("graphics.vnc.password", "graphics.vnc.password must be a string");
    else if (v.password.length > 8 || v.password.length === 0) {
      c.fail(
        "graphics.vnc.password",
        `graphics.vnc.password must be 1 to 8 characters (VNC authentication uses only 8), got ${v.password.length} characters`,
      );
    }
  }
}

export function checkDomain(
  olds: Record<string, unknown>,
  rawNews: Record<string, unknown>,
): { inputs: DomainInputs; failures: Failure[] } {
  // A secret install that resolved to nothing (the component leaves it out over an adopted disk)
  // arrives as null: no installation.
  const news = rawNews.install === null ? Object.fromEntries(Object.entries(rawNews).filter(([k]) => k !== "install")) : rawNews;
  const c = new Checker();
  checkKnownKeys(c, news, KEYS);
  if (c.required(news, "uri", "uri")) c.uri(news.uri, "uri");
  if (c.required(news, "name", "name")) c.objectName(news.name, "name");
  c.uuid(news.uuid, "uuid");
  c.oneOf(news.virtType, "virtType", ["kvm", "qemu"]);
  for (const k of ["title", "description"]) {
    if (news[k] !== undefined && !isUnknown(news[k])) c.string(news[k], k);
  }
  if (typeof news.title === "string" && /[\r\n]/.test(news.title))
    c.fail("title", "title must be a single line (libvirt rejects newlines in titles)");
  if (news.osinfoId !== undefined && !isUnknown(news.osinfoId) && c.string(news.osinfoId, "osinfoId")) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(news.osinfoId as string)) {
      c.fail("osinfoId", `osinfoId must be a libosinfo id URI like http://centos.org/centos/7.0, got ${JSON.stringify(news.osinfoId)}`);
    }
  }
  const MAX_MIB = 16 * 1024 * 1024;
  if (c.required(news, "memoryMiB", "memoryMiB")) c.integer(news.memoryMiB, "memoryMiB", 16, MAX_MIB, "MiB");
  c.integer(news.maxMemoryMiB, "maxMemoryMiB", 16, MAX_MIB, "MiB");
  if (c.required(news, "vcpus", "vcpus")) c.integer(news.vcpus, "vcpus", 1, 4096);
  c.integer(news.maxVcpus, "maxVcpus", 1, 4096);
  if (typeof news.maxMemoryMiB === "number" && typeof news.memoryMiB === "number" && news.maxMemoryMiB < news.memoryMiB) {
    c.fail("maxMemoryMiB", `maxMemoryMiB must be at least memoryMiB (${news.memoryMiB}), got ${news.maxMemoryMiB}`);
  }
  if (typeof news.maxVcpus === "number" && typeof news.vcpus === "number" && news.maxVcpus < news.vcpus) {
    c.fail("maxVcpus", `maxVcpus must be at least vcpus (${news.vcpus}), got ${news.maxVcpus}`);
  }
  if (news.arch !== undefined && !isUnknown(news.arch) && c.string(news.arch, "arch") && !/^[a-z0-9_]{1,32}$/.test(news.arch as string)) {
    c.fail("arch", `arch must be a libvirt architecture name like x86_64 or aarch64, got ${JSON.stringify(news.arch)}`);
  }
  if (
    news.machine !== undefined &&
    !isUnknown(news.machine) &&
    c.string(news.machine, "machine") &&
    !/^[A-Za-z0-9_.-]{1,64}$/.test(news.machine as string)
  ) {
    c.fail("machine", `machine must be a machine type like q35, pc or pc-q35-7.2, got ${JSON.stringify(news.machine)}`);
  }
  if (c.array(news.bootDevices, "bootDevices")) {
    if (news.bootDevices.length === 0) c.fail("bootDevices", 'bootDevices must list at least one of "hd", "cdrom", "network", "fd"');
    news.bootDevices.forEach((b, i) => c.oneOf(b, `bootDevices[${i}]`, ["hd", "cdrom", "network", "fd"]));
    if (new Set(news.bootDevices).size !== news.bootDevices.length) c.fail("bootDevices", "bootDevices must not repeat a device");
  }
  if (c.object(news.directBoot, "directBoot", ["kernel", "initrd", "cmdline"])) {
    if (c.required(news.directBoot, "kernel", "directBoot.kernel")) c.absolutePath(news.directBoot.kernel, "directBoot.kernel");
    c.absolutePath(news.directBoot.initrd, "directBoot.initrd");
    if (news.directBoot.cmdline !== undefined && !isUnknown(news.directBoot.cmdline))
      c.string(news.directBoot.cmdline, "directBoot.cmdline");
  }
  if (c.object(news.features, "features", ["acpi", "apic", "pae"])) {
    for (const k of ["acpi", "apic", "pae"]) c.boolean(news.features[k], `features.${k}`);
  }
  c.oneOf(news.cpuMode, "cpuMode", ["host-passthrough", "host-model", "maximum"]);
  c.oneOf(news.clockOffset, "clockOffset", ["utc", "localtime"]);
  checkTimers(c, news.timers);
  if (c.object(news.pm, "pm", ["suspendToMem", "suspendToDisk"])) {
    for (const k of ["suspendToMem", "suspendToDisk"]) c.boolean(news.pm[k], `pm.${k}`);
  }
  c.oneOf(news.onPoweroff, "onPoweroff", EVENT_ACTIONS);
  c.oneOf(news.onReboot, "onReboot", EVENT_ACTIONS);
  c.oneOf(news.onCrash, "onCrash", CRASH_ACTIONS);
  if (c.array(news.disks, "disks")) {
    const seen = new Set<string>();
    news.disks.forEach((d, i) => checkDisk(c, d, `disks[${i}]`, seen));
  }
  if (c.array(news.interfaces, "interfaces")) news.interfaces.forEach((n, i) => checkInterface(c, n, `interfaces[${i}]`));
  checkGraphics(c, news.graphics);
  for (const k of ["serialConsole", "guestAgent", "rng", "tablet", "running", "autostart", "restartOnUpdate", "adopt"])
    c.boolean(news[k], k);
  c.oneOf(news.memballoon, "memballoon", ["virtio", "none"]);
  c.integer(news.shutdownTimeoutSeconds, "shutdownTimeoutSeconds", 1, 3600, "seconds");
  checkInstall(c, news);
  void olds;
  return { inputs: domainDefaults(news), failures: c.failures };
}

/** libvirt accepts a uuid with or without dashes and reports it lowercase with dashes. */
export function canonicalUuid(u: string): string {
  const h = u.replace(/-/g, "").toLowerCase();
  if (h.length !== 32) return u;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Fills every default so the state (and a later read) holds explicit values. */
export function domainDefaults(news: Record<string, unknown>): DomainInputs {
  const n = news as unknown as DomainInputs;
  const virtType = n.virtType ?? "kvm";
  const features = (n.features ?? {}) as NonNullable<DomainInputs["features"]>;
  const vnc = n.graphics?.vnc;
  return stripUndefined({
    ...n,
    uuid: typeof n.uuid === "string" && !isUnknown(n.uuid) ? canonicalUuid(n.uuid) : n.uuid,
    virtType,
    maxMemoryMiB: n.maxMemoryMiB ?? n.memoryMiB,
    maxVcpus: n.maxVcpus ?? n.vcpus,
    arch: n.arch ?? "x86_64",
    machine: n.machine ?? "q35",
    bootDevices: n.bootDevices ?? ["hd"],
    features: isUnknown(n.features) ? n.features : { acpi: features.acpi ?? true, apic: features.apic ?? true, pae: features.pae ?? false },
    // TCG cannot pass the host CPU through; libvirt then picks its default model.
    cpuMode: n.cpuMode ?? (virtType === "kvm" ? "host-passthrough" : undefined),
    clockOffset: n.clockOffset ?? "utc",
    onPoweroff: n.onPoweroff ?? "destroy",
    onReboot: n.onReboot ?? "restart",
    onCrash: n.onCrash ?? "destroy",
    disks: Array.isArray(n.disks)
      ? n.disks.map((d) =>
          d && typeof d === "object"
            ? { ...d, device: d.device ?? "disk", bus: d.bus ?? "virtio", driverType: d.driverType ?? "raw", readonly: d.readonly ?? false }
            : d,
        )
      : n.disks,
    interfaces: Array.isArray(n.interfaces)
      ? n.interfaces.map((i) =>
          i && typeof i === "object"
            ? {
                ...i,
                mac: typeof i.mac === "string" ? i.mac.toLowerCase() : i.mac,
                model: i.model ?? "virtio",
                linkState: i.linkState ?? "up",
              }
            : i,
        )
      : n.interfaces,
    graphics: vnc && typeof vnc === "object" ? { ...n.graphics, vnc: { ...vnc, listen: vnc.listen ?? "127.0.0.1" } } : n.graphics,
    serialConsole: n.serialConsole ?? true,
    guestAgent: n.guestAgent ?? false,
    rng: n.rng ?? false,
    memballoon: n.memballoon ?? "virtio",
    tablet: n.tablet ?? false,
    running: n.running ?? true,
    autostart: n.autostart ?? false,
    restartOnUpdate: n.restartOnUpdate ?? false,
    shutdownTimeoutSeconds: n.shutdownTimeoutSeconds ?? 120,
    install: installDefaults(n.install, n.osinfoId as string | undefined) as DomainInputs["install"],
  });
}

export function diffDomain(olds: Record<string, unknown>, news: Record<string, unknown>): DiffOutcome {
  // `install` is never a difference. It only says how the domain was created: an existing domain
  // is never reinstalled, so changing, adding or removing it does nothing on the host, and
  // `pulumi preview` says so by showing no change rather than an update that would do nothing.
  // (A replace for another reason creates the domain anew, and so installs it with the new settings.)
  // A uuid left unset is libvirt's to pick: the generated one in the state is not a change.
  // adopt only steers create, like install: turning it on or off for an existing domain changes nothing.
  const keys = KEYS.filter((k) => k !== "install" && k !== "adopt" && (k !== "uuid" || news.uuid !== undefined));
  return diffInputs(keys, olds, news, (k) => k === "uri" || k === "name" || k === "uuid");
}

/**
 * What an existing domain and the config disagree on that adoption will not change: its name and
 * uuid (another identity), and its machine type and architecture (other buses: libvirt would lay
 * out the hardware afresh, and the guest would lose its device addresses).
 */
export function domainAdoptConflicts(live: Partial<DomainInputs> & { uuid?: string }, configured: DomainInputs): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (live.name !== configured.name) out.push({ field: "name", live: live.name, configured: configured.name });
  if (configured.uuid !== undefined && live.uuid !== undefined && canonicalUuid(live.uuid) !== configured.uuid) {
    out.push({ field: "uuid", live: live.uuid, configured: configured.uuid });
  }
  if (configured.arch !== undefined && live.arch !== undefined && live.arch !== configured.arch) {
    out.push({ field: "arch", live: live.arch, configured: configured.arch });
  }
  if (configured.machine !== undefined && live.machine !== undefined && !machineMatches(configured.machine, live.machine)) {
    out.push({ field: "machine", live: live.machine, configured: configured.machine });
  }
  return out;
}
