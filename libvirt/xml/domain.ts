// <domain> documents: typed model, parseDomainXml and domainToXml. Devices live in domain-devices.ts.
import { XmlElement, parseXmlElement, writeXmlElement, isElement } from "./node";
import { ElementReader, XmlExtra, newContext, rootReader } from "./reader";
import { el, textEl, flagEl, Child } from "./writer";
import { Size, SizeUnit } from "./size";

import { OnOff, YesNo, compact, readAttrs, writeAttrs, readSize, writeSize } from "./common";
import { DomainDevices, readDevices, writeDevices } from "./domain-devices";

export * from "./domain-devices";

export type DomainType = "qemu" | "kvm" | "xen" | "lxc" | "test" | "hvf" | "vmware" | "vbox" | "hyperv" | "bhyve";
export type DomainLifecycleAction = "destroy" | "restart" | "preserve" | "rename-restart" | "coredump-destroy" | "coredump-restart";

// Constants are exported from the list at the end, not with `export const`: Pulumi's closure
// serializer would leave this module's own reads of them as a dangling `exports.X`.

/** libosinfo's namespace: virt-install and virt-manager record the guest OS id under it. */
const LIBOSINFO_NAMESPACE = "http://libosinfo.org/xmlns/libvirt/domain/1.0";

export interface DomainMetadataLibosinfo {
  /** e.g. { id: "http://centos.org/centos/7.0" } */
  os?: { id: string };
}

export interface DomainMetadata {
  /** <libosinfo:libosinfo><libosinfo:os id=.../></libosinfo:libosinfo> */
  libosinfo?: DomainMetadataLibosinfo;
  /** Any other metadata elements, as raw XML (each should declare its own namespace). */
  elements?: XmlElement[];
}

export interface DomainMemory extends Size {
  unit?: SizeUnit;
}

export interface DomainVcpu {
  /** Maximum vCPUs. */
  count: number;
  /** vCPUs online at boot, when fewer than count. */
  current?: number;
  placement?: "static" | "auto";
  cpuset?: string;
}

export type DomainOsTypeValue = "hvm" | "xen" | "linux" | "exe" | "uml" | "xenpvh";

export interface DomainOsType {
  value: DomainOsTypeValue;
  arch?: string;
  /** Aliases like q35 or pc are expanded by libvirt (q35 -> pc-q35-7.2). */
  machine?: string;
}

export type DomainOsBootDev = "hd" | "cdrom" | "network" | "fd";

export interface DomainOsLoader {
  /** Path to the firmware image. */
  value?: string;
  readonly?: YesNo;
  secure?: YesNo;
  type?: "rom" | "pflash";
  extra?: XmlExtra;
}

export interface DomainOsNvram {
  /** Path to the per-domain variable store. */
  value?: string;
  template?: string;
  extra?: XmlExtra;
}

export interface DomainOs {
  firmware?: "bios" | "efi";
  type: DomainOsType;
  loader?: DomainOsLoader;
  nvram?: DomainOsNvram;
  kernel?: string;
  initrd?: string;
  cmdline?: string;
  boot?: { dev: DomainOsBootDev }[];
  bootmenu?: { enable: YesNo; timeout?: number };
  extra?: XmlExtra;
}

/** Feature flags: true writes the element, false/undefined leaves it out (false means "must be absent" in drift checks). */
export interface DomainFeatures {
  acpi?: boolean;
  apic?: boolean;
  pae?: boolean;
  hap?: boolean;
  viridian?: boolean;
  privnet?: boolean;
  pvspinlock?: boolean;
  vmcoreinfo?: boolean;
  htm?: boolean;
  vmport?: { state: OnOff };
  smm?: { state: OnOff };
  pmu?: { state: OnOff };
  /** hyperv, kvm, ioapic, gic, ... kept raw. */
  extra?: XmlExtra;
}

const DOMAIN_FEATURE_FLAGS = ["acpi", "apic", "pae", "hap", "viridian", "privnet", "pvspinlock", "vmcoreinfo", "htm"] as const;
const FEATURE_STATES = ["vmport", "smm", "pmu"] as const;

export type DomainCpuMode = "custom" | "host-model" | "host-passthrough" | "maximum";

export interface DomainCpu {
  mode?: DomainCpuMode;
  match?: "minimum" | "exact" | "strict";
  check?: "none" | "partial" | "full";
  migratable?: OnOff;
  model?: { value: string; fallback?: "allow" | "forbid"; vendor_id?: string };
  vendor?: string;
  topology?: { sockets: number; dies?: number; cores: number; threads: number };
  features?: { policy: "force" | "require" | "optional" | "disable" | "forbid"; name: string }[];
  extra?: XmlExtra;
}

export type DomainClockOffset = "utc" | "localtime" | "timezone" | "variable" | "absolute";

export interface DomainClockTimer {
  name: "platform" | "pit" | "rtc" | "hpet" | "tsc" | "kvmclock" | "hypervclock" | "armvtimer";
  present?: YesNo;
  tickpolicy?: "delay" | "catchup" | "merge" | "discard";
  track?: "boot" | "guest" | "wall" | "realtime";
  frequency?: number;
  mode?: "auto" | "native" | "emulate" | "paravirt" | "smpsafe";
  extra?: XmlExtra;
}

export interface DomainClock {
  offset?: DomainClockOffset;
  timezone?: string;
  adjustment?: string;
  basis?: "utc" | "localtime";
  timers?: DomainClockTimer[];
  extra?: XmlExtra;
}

export interface DomainPm {
  suspendToMem?: { enabled: YesNo };
  suspendToDisk?: { enabled: YesNo };
}

export interface Domain {
  type: DomainType;
  /** Runtime id of a running domain (live XML only). */
  id?: number;
  name: string;
  uuid?: string;
  title?: string;
  description?: string;
  metadata?: DomainMetadata;
  memory?: DomainMemory;
  currentMemory?: DomainMemory;
  vcpu?: DomainVcpu;
  os?: DomainOs;
  features?: DomainFeatures;
  cpu?: DomainCpu;
  clock?: DomainClock;
  onPoweroff?: DomainLifecycleAction;
  onReboot?: DomainLifecycleAction;
  onCrash?: DomainLifecycleAction;
  pm?: DomainPm;
  devices?: DomainDevices;
  /** Unknown top-level attributes and elements (seclabel, resource, ...), written back as they were. */
  extra?: XmlExtra;
  /** Paths of the unknown nodes found by the parser; never written. */
  unknownPaths?: string[];
}

// ---- parse ----

export function parseDomainXml(xml: string): Domain {
  return readDomainElement(parseXmlElement(xml));
}

export function readDomainElement(root: XmlElement): Domain {
  const ctx = newContext();
  const r = rootReader(root, "domain", ctx);
  const d: Domain = {
    type: r.attr("type") as DomainType,
    id: r.intAttr("id"),
    name: r.childText("name") ?? "",
    uuid: r.childText("uuid"),
    title: r.childText("title"),
    description: r.childText("description"),
    metadata: readMetadata(r.child("metadata")),
    memory: readSize(r.child("memory")),
    currentMemory: readSize(r.child("currentMemory")),
    vcpu: readVcpu(r.child("vcpu")),
    os: readOs(r.child("os")),
    features: readFeatures(r.child("features")),
    cpu: readCpu(r.child("cpu")),
    clock: readClock(r.child("clock")),
    onPoweroff: r.childText("on_poweroff") as DomainLifecycleAction | undefined,
    onReboot: r.childText("on_reboot") as DomainLifecycleAction | undefined,
    onCrash: r.childText("on_crash") as DomainLifecycleAction | undefined,
    pm: readPm(r.child("pm")),
  };
  const dev = r.child("devices");
  if (dev) d.devices = readDevices(dev);
  d.extra = r.finish();
  const out = compact(d);
  if (ctx.unknownPaths.length) out.unknownPaths = ctx.unknownPaths;
  return out;
}

function readVcpu(r: ElementReader | undefined): DomainVcpu | undefined {
  if (!r) return undefined;
  const v: DomainVcpu = { count: r.intText(), current: r.intAttr("current"), placement: r.enumAttr("placement"), cpuset: r.attr("cpuset") };
  r.finish();
  return v;
}

function prefixOf(name: string): string | undefined {
  const i = name.indexOf(":");
  return i > 0 ? name.slice(0, i) : undefined;
}

function readMetadata(r: ElementReader | undefined): DomainMetadata | undefined {
  if (!r) return undefined;
  const m: DomainMetadata = {};
  for (const c of r.elementChildren()) {
    const prefix = prefixOf(c.name);
    const ns = prefix ? c.attributes[`xmlns:${prefix}`] : c.attributes.xmlns;
    const local = prefix ? c.name.slice(prefix.length + 1) : c.name;
    if (ns === LIBOSINFO_NAMESPACE && local === "libosinfo" && !m.libosinfo && isPlainLibosinfo(c, prefix)) {
      r.claim(c);
      const os = c.children.filter(isElement)[0];
      m.libosinfo = os ? { os: { id: os.attributes.id } } : {};
    } else {
      r.claim(c);
      (m.elements ??= []).push(c);
    }
  }
  r.finish();
  return m;
}

// Only the shape we model is lifted out; anything richer stays raw so nothing is lost.
function isPlainLibosinfo(c: XmlElement, prefix: string | undefined): boolean {
  const expectAttrs = prefix ? [`xmlns:${prefix}`] : ["xmlns"];
  if (Object.keys(c.attributes).some((a) => !expectAttrs.includes(a))) return false;
  const kids = c.children.filter((k) => isElement(k) || k.text.trim() !== "");
  if (kids.length === 0) return true;
  if (kids.length !== 1 || !isElement(kids[0])) return false;
  const os = kids[0];
  return (
    os.name === (prefix ? `${prefix}:os` : "os") &&
    Object.keys(os.attributes).join() === "id" &&
    os.children.every((k) => !isElement(k) && k.text.trim() === "")
  );
}

function readOs(r: ElementReader | undefined): DomainOs | undefined {
  if (!r) return undefined;
  const t = r.child("type");
  const loader = r.child("loader");
  const nvram = r.child("nvram");
  const bm = r.child("bootmenu");
  const os: DomainOs = {
    firmware: r.enumAttr("firmware"),
    type: { value: (t?.text().trim() ?? "hvm") as DomainOsTypeValue, arch: t?.attr("arch"), machine: t?.attr("machine") },
    loader: loader
      ? {
          value: emptyToUndef(loader.text()),
          readonly: loader.enumAttr("readonly"),
          secure: loader.enumAttr("secure"),
          type: loader.enumAttr("type"),
        }
      : undefined,
    nvram: nvram ? { value: emptyToUndef(nvram.text()), template: nvram.attr("template") } : undefined,
    kernel: r.childText("kernel"),
    initrd: r.childText("initrd"),
    cmdline: r.childText("cmdline"),
    boot: nonEmpty(
      r.children("boot").map((b) => {
        const dev = b.attr("dev") as DomainOsBootDev;
        b.finish();
        return { dev };
      }),
    ),
    bootmenu: bm ? { enable: bm.attr("enable") as YesNo, timeout: bm.intAttr("timeout") } : undefined,
  };
  t?.finish();
  if (os.loader && loader) os.loader.extra = loader.finish();
  if (os.nvram && nvram) os.nvram.extra = nvram.finish();
  bm?.finish();
  os.extra = r.finish();
  return os;
}

function readFeatures(r: ElementReader | undefined): DomainFeatures | undefined {
  if (!r) return undefined;
  const f: DomainFeatures = {};
  for (const name of DOMAIN_FEATURE_FLAGS) {
    const c = r.el.children.find((n): n is XmlElement => isElement(n) && n.name === name);
    // A flag element with attributes (e.g. <apic eoi='on'/>) is richer than a flag: kept raw.
    if (c && Object.keys(c.attributes).length === 0 && c.children.length === 0) {
      r.claim(c);
      f[name] = true;
    }
  }
  for (const name of FEATURE_STATES) f[name] = readAttrs<{ state: OnOff }>(r.child(name));
  f.extra = r.finish();
  return f;
}

function readCpu(r: ElementReader | undefined): DomainCpu | undefined {
  if (!r) return undefined;
  const m = r.child("model");
  const topo = r.child("topology");
  const cpu: DomainCpu = {
    mode: r.enumAttr("mode"),
    match: r.enumAttr("match"),
    check: r.enumAttr("check"),
    migratable: r.enumAttr("migratable"),
    model: m ? { value: m.text(), fallback: m.enumAttr("fallback"), vendor_id: m.attr("vendor_id") } : undefined,
    vendor: r.childText("vendor"),
    topology: topo
      ? {
          sockets: topo.intAttr("sockets") ?? 1,
          dies: topo.intAttr("dies"),
          cores: topo.intAttr("cores") ?? 1,
          threads: topo.intAttr("threads") ?? 1,
        }
      : undefined,
    features: nonEmpty(
      r.children("feature").map((c) => {
        const v = { policy: c.attr("policy") as "require", name: c.attr("name") ?? "" };
        c.finish();
        return v;
      }),
    ),
  };
  m?.finish();
  topo?.finish();
  cpu.extra = r.finish();
  return cpu;
}

function readClock(r: ElementReader | undefined): DomainClock | undefined {
  if (!r) return undefined;
  const c: DomainClock = {
    offset: r.enumAttr("offset"),
    timezone: r.attr("timezone"),
    adjustment: r.attr("adjustment"),
    basis: r.enumAttr("basis"),
    timers: nonEmpty(
      r.children("timer").map((t) => {
        const v: DomainClockTimer = {
          name: t.attr("name") as DomainClockTimer["name"],
          present: t.enumAttr("present"),
          tickpolicy: t.enumAttr("tickpolicy"),
          track: t.enumAttr("track"),
          frequency: t.intAttr("frequency"),
          mode: t.enumAttr("mode"),
        };
        v.extra = t.finish();
        return v;
      }),
    ),
  };
  c.extra = r.finish();
  return c;
}

function readPm(r: ElementReader | undefined): DomainPm | undefined {
  if (!r) return undefined;
  const pm: DomainPm = {
    suspendToMem: readAttrs(r.child("suspend-to-mem")),
    suspendToDisk: readAttrs(r.child("suspend-to-disk")),
  };
  r.finish();
  return pm;
}

// ---- write ----

export function domainToXml(doc: Domain): string {
  return writeXmlElement(domainToElement(doc));
}

export function domainToElement(d: Domain): XmlElement {
  const kids: Child[] = [
    textEl("name", d.name),
    textEl("uuid", d.uuid),
    textEl("title", d.title),
    textEl("description", d.description),
    d.metadata && writeMetadata(d.metadata),
    d.memory && writeSize("memory", d.memory),
    d.currentMemory && writeSize("currentMemory", d.currentMemory),
    d.vcpu && textEl("vcpu", d.vcpu.count, { placement: d.vcpu.placement, cpuset: d.vcpu.cpuset, current: d.vcpu.current }),
    d.os && writeOs(d.os),
    d.features && writeFeatures(d.features),
    d.cpu && writeCpu(d.cpu),
    d.clock && writeClock(d.clock),
    textEl("on_poweroff", d.onPoweroff),
    textEl("on_reboot", d.onReboot),
    textEl("on_crash", d.onCrash),
    d.pm && el("pm", {}, [writeAttrs("suspend-to-mem", d.pm.suspendToMem), writeAttrs("suspend-to-disk", d.pm.suspendToDisk)]),
    d.devices && writeDevices(d.devices),
  ];
  return el("domain", { type: d.type, id: d.id }, kids, d.extra);
}

function writeMetadata(m: DomainMetadata): XmlElement {
  return el("metadata", {}, [
    m.libosinfo &&
      el("libosinfo:libosinfo", { "xmlns:libosinfo": LIBOSINFO_NAMESPACE }, [
        m.libosinfo.os && el("libosinfo:os", { id: m.libosinfo.os.id }),
      ]),
    ...(m.elements ?? []),
  ]);
}

function writeOs(os: DomainOs): XmlElement {
  return el(
    "os",
    { firmware: os.firmware },
    [
      textEl("type", os.type.value, { arch: os.type.arch, machine: os.type.machine }),
      os.loader &&
        textEl(
          "loader",
          os.loader.value ?? "",
          { readonly: os.loader.readonly, secure: os.loader.secure, type: os.loader.type },
          os.loader.extra,
        ),
      os.nvram && textEl("nvram", os.nvram.value ?? "", { template: os.nvram.template }, os.nvram.extra),
      textEl("kernel", os.kernel),
      textEl("initrd", os.initrd),
      textEl("cmdline", os.cmdline),
      ...(os.boot ?? []).map((b) => el("boot", { dev: b.dev })),
      os.bootmenu && el("bootmenu", { enable: os.bootmenu.enable, timeout: os.bootmenu.timeout }),
    ],
    os.extra,
  );
}

function writeFeatures(f: DomainFeatures): XmlElement {
  return el(
    "features",
    {},
    [...DOMAIN_FEATURE_FLAGS.map((n) => flagEl(n, f[n])), ...FEATURE_STATES.map((n) => writeAttrs(n, f[n]))],
    f.extra,
  );
}

function writeCpu(c: DomainCpu): XmlElement {
  return el(
    "cpu",
    { mode: c.mode, match: c.match, check: c.check, migratable: c.migratable },
    [
      c.model && textEl("model", c.model.value, { fallback: c.model.fallback, vendor_id: c.model.vendor_id }),
      textEl("vendor", c.vendor),
      c.topology &&
        el("topology", { sockets: c.topology.sockets, dies: c.topology.dies, cores: c.topology.cores, threads: c.topology.threads }),
      ...(c.features ?? []).map((f) => el("feature", { policy: f.policy, name: f.name })),
    ],
    c.extra,
  );
}

function writeClock(c: DomainClock): XmlElement {
  return el(
    "clock",
    { offset: c.offset, timezone: c.timezone, adjustment: c.adjustment, basis: c.basis },
    (c.timers ?? []).map((t) => {
      const { extra, ...attrs } = t;
      return el("timer", attrs, [], extra);
    }),
    c.extra,
  );
}

function nonEmpty<T>(a: T[]): T[] | undefined {
  return a.length ? a : undefined;
}

function emptyToUndef(s: string): string | undefined {
  return s === "" ? undefined : s;
}

export { LIBOSINFO_NAMESPACE, DOMAIN_FEATURE_FLAGS };
