// Domain inputs <-> libvirt domain XML: the builder (create, update, the render command), the
// merge that keeps what libvirt assigned (PCI addresses, generated MACs, controllers) across
// redefinitions, and the read-back of a definition into the input shape.
import {
  Domain,
  DomainClockTimer,
  DomainPm,
  DomainDisk,
  DomainDevices,
  DomainGraphicsVnc,
  DomainInterface,
  domainToXml,
  parseDomainXml,
  toKiB,
} from "../xml";
import { writeDevices } from "../xml/domain-devices";
import { writeXmlElement, isElement, XmlElement } from "../xml/node";
import { DomainDiskInputs, DomainInputs, DomainInterfaceInputs, DomainPmInputs, DomainTimerInputs, DomainVncInputs } from "./inputs";
import type { DiskVolumeTarget } from "./domain-volumes";

const GUEST_AGENT_CHANNEL = "org.qemu.guest_agent.0";

/** The source a disk is written with: a pool volume by its path on the host when it is known (as
 * virt-install writes --disk vol=pool/vol, which AppArmor's virt-aa-helper can resolve), else by
 * pool and volume name. */
function diskSource(s: DomainDiskInputs["source"], volumes: DiskVolumeTarget[]): DomainDisk["source"] {
  if (s.type === "file") return { type: "file", file: s.path };
  if (s.type === "block") return { type: "block", dev: s.dev };
  const v = volumes.find((x) => x.pool === s.pool && x.volume === s.volume);
  if (!v) return { type: "volume", pool: s.pool, volume: s.volume };
  return v.type === "block" ? { type: "block", dev: v.path } : { type: "file", file: v.path };
}

function diskDoc(d: DomainDiskInputs, volumes: DiskVolumeTarget[]): DomainDisk {
  const source = diskSource(d.source, volumes);
  return {
    device: d.device ?? "disk",
    driver: { name: "qemu", type: d.driverType ?? "raw" },
    source,
    target: { dev: d.targetDev, bus: d.bus ?? "virtio" },
    readonly: d.readonly ? true : undefined,
  };
}

function interfaceDoc(i: DomainInterfaceInputs, mac?: string): DomainInterface {
  const common = {
    mac: (i.mac ?? mac) ? { address: (i.mac ?? mac) as string } : undefined,
    model: { type: i.model ?? "virtio" },
    link: { state: i.linkState ?? "up" } as { state: "up" | "down" },
  };
  return i.source.type === "network"
    ? { type: "network", source: { network: i.source.network }, ...common }
    : { type: "bridge", source: { bridge: i.source.bridge }, ...common };
}

function vncDoc(v: DomainVncInputs): DomainGraphicsVnc {
  const listen = v.listen ?? "127.0.0.1";
  return {
    type: "vnc",
    port: v.port ?? -1,
    autoport: v.port === undefined ? "yes" : "no",
    websocket: v.websocketPort,
    listen,
    passwd: v.password,
    listens: [{ type: "address", address: listen }],
  };
}

function yesNo(b: boolean | undefined): "yes" | "no" | undefined {
  return b === undefined ? undefined : b ? "yes" : "no";
}

function timerDoc(t: DomainTimerInputs): DomainClockTimer {
  return { name: t.name, tickpolicy: t.tickpolicy, present: yesNo(t.present) };
}

function pmDoc(pm: DomainPmInputs | undefined): DomainPm | undefined {
  if (!pm || (pm.suspendToMem === undefined && pm.suspendToDisk === undefined)) return undefined;
  const state = (b: boolean | undefined) => (b === undefined ? undefined : { enabled: yesNo(b) as "yes" | "no" });
  return { suspendToMem: state(pm.suspendToMem), suspendToDisk: state(pm.suspendToDisk) };
}

/** The USB controller virt-install writes for a q35 guest with USB devices (the tablet): without
 * it libvirt adds one of its own choosing, which render would not show. */
const USB_CONTROLLER = { type: "usb" as const, model: "qemu-xhci", ports: 15 };
/** The video device virt-install writes for VNC graphics on a CentOS 7 guest; libvirt would
 * otherwise add a default one behind our back. */
const VNC_VIDEO_MODEL = "vga" as const;

/** The typed document for inputs (after check's defaults); `volumes` are the disks' pool volumes
 * as found on the host (resolveDiskVolumes) or planned by render (plannedDiskVolumes). */
export function domainDoc(inputs: DomainInputs, uuid?: string, volumes: DiskVolumeTarget[] = []): Domain {
  const kib = (mib: number) => ({ value: mib * 1024, unit: "KiB" as const });
  const features = inputs.features ?? { acpi: true, apic: true };
  const devices: DomainDevices = {
    disks: (inputs.disks ?? []).map((d) => diskDoc(d, volumes)),
    interfaces: (inputs.interfaces ?? []).map((i) => interfaceDoc(i)),
  };
  if (inputs.serialConsole ?? true) {
    devices.serials = [{ source: { type: "pty" }, target: { port: 0 } }];
    devices.consoles = [{ source: { type: "pty" }, target: { type: "serial", port: 0 } }];
  }
  if (inputs.guestAgent) devices.channels = [{ source: { type: "unix" }, target: { type: "virtio", name: GUEST_AGENT_CHANNEL } }];
  if (inputs.tablet) {
    devices.controllers = [{ ...USB_CONTROLLER }];
    devices.inputs = [{ type: "tablet", bus: "usb" }];
  }
  if (inputs.graphics?.vnc) {
    devices.graphics = [vncDoc(inputs.graphics.vnc)];
    devices.videos = [{ model: { type: VNC_VIDEO_MODEL } }];
  }
  devices.memballoon = { model: inputs.memballoon === "none" ? "none" : "virtio" };
  if (inputs.rng) devices.rngs = [{ model: "virtio", backend: { model: "random", device: "/dev/urandom" } }];
  const virtType = inputs.virtType ?? "kvm";
  const cpuMode = inputs.cpuMode ?? (virtType === "kvm" ? "host-passthrough" : undefined);
  return {
    type: virtType,
    name: inputs.name,
    uuid: uuid ?? inputs.uuid,
    title: inputs.title,
    description: inputs.description,
    metadata: inputs.osinfoId ? { libosinfo: { os: { id: inputs.osinfoId } } } : undefined,
    memory: kib(inputs.maxMemoryMiB ?? inputs.memoryMiB),
    currentMemory: kib(inputs.memoryMiB),
    vcpu: { count: inputs.maxVcpus ?? inputs.vcpus, current: inputs.vcpus, placement: "static" },
    os: {
      type: { value: "hvm", arch: inputs.arch ?? "x86_64", machine: inputs.machine ?? "q35" },
      kernel: inputs.directBoot?.kernel,
      initrd: inputs.directBoot?.initrd,
      cmdline: inputs.directBoot?.cmdline,
      boot: (inputs.bootDevices ?? ["hd"]).map((dev) => ({ dev })),
    },
    features: { acpi: features.acpi ?? true, apic: features.apic ?? true, pae: features.pae ?? false },
    cpu: cpuMode ? { mode: cpuMode } : undefined,
    clock: { offset: inputs.clockOffset ?? "utc", timers: inputs.timers?.length ? inputs.timers.map(timerDoc) : undefined },
    pm: pmDoc(inputs.pm),
    onPoweroff: inputs.onPoweroff ?? "destroy",
    onReboot: inputs.onReboot ?? "restart",
    onCrash: inputs.onCrash ?? "destroy",
    devices,
  };
}

/** The domain's XML for inputs after check's defaults (VNC password as given). */
export function domainXml(inputs: DomainInputs, volumes: DiskVolumeTarget[] = []): string {
  return domainToXml(domainDoc(inputs, undefined, volumes));
}

/** libvirt expands machine aliases (q35 -> pc-q35-7.2, pc -> pc-i440fx-7.2): same machine. */
export function machineMatches(asked: string | undefined, live: string | undefined): boolean {
  if (!asked || !live) return asked === live;
  if (asked === live) return true;
  if (asked === "pc") return live.startsWith("pc-i440fx-");
  return live.startsWith(`pc-${asked}-`);
}

/**
 * The XML to redefine an existing domain with: built from inputs, keeping what libvirt assigned in
 * the current definition (device addresses, generated MACs, controllers, video, the expanded
 * machine type) so an unrelated change does not renumber the guest's hardware.
 */
export function domainXmlForUpdate(inputs: DomainInputs, uuid: string, currentXml: string, volumes: DiskVolumeTarget[] = []): string {
  const cur = parseDomainXml(currentXml);
  const doc = domainDoc(inputs, uuid, volumes);
  // Metadata elements of other tools, and kvm-infra's owner marker, survive the redefinition.
  const kept = cur.metadata?.elements;
  if (kept?.length) doc.metadata = { ...(doc.metadata ?? {}), elements: kept };
  const cd = cur.devices ?? {};
  const nd = doc.devices as DomainDevices;
  const sameMachine =
    !!cur.os?.type.machine &&
    machineMatches(inputs.machine ?? "q35", cur.os.type.machine) &&
    (cur.os?.type.arch ?? "x86_64") === (inputs.arch ?? "x86_64");
  (nd.interfaces ?? []).forEach((n, i) => {
    const old = cd.interfaces?.[i];
    if (old && !n.mac && old.mac) n.mac = old.mac;
  });
  // Another machine type or arch has other buses: let libvirt lay the hardware out afresh.
  if (!sameMachine) return domainToXml(doc);
  if (doc.os) doc.os.type.machine = cur.os?.type.machine;
  // libvirt's controllers and video (with their addresses), plus ours of a type it has none of.
  nd.controllers = [
    ...(cd.controllers ?? []),
    ...(nd.controllers ?? []).filter((c) => !(cd.controllers ?? []).some((o) => o.type === c.type)),
  ];
  nd.videos = cd.videos?.length ? cd.videos : nd.videos;
  nd.emulator = cd.emulator;
  nd.inputs = [...(cd.inputs ?? []).filter((i) => i.type !== "tablet"), ...(nd.inputs ?? [])];
  for (const d of nd.disks ?? []) {
    const old = cd.disks?.find((o) => o.target.dev === d.target.dev);
    if (old?.address) d.address = old.address;
  }
  (nd.interfaces ?? []).forEach((n, i) => {
    const old = cd.interfaces?.[i];
    if (old?.address) n.address = old.address;
  });
  if (nd.memballoon && cd.memballoon?.address && cd.memballoon.model === nd.memballoon.model) nd.memballoon.address = cd.memballoon.address;
  (nd.channels ?? []).forEach((c, i) => {
    const a = cd.channels?.[i]?.address;
    if (a) c.address = a;
  });
  (nd.rngs ?? []).forEach((c, i) => {
    const a = cd.rngs?.[i]?.address;
    if (a) c.address = a;
  });
  return domainToXml(doc);
}

/** One device element's XML (for domainUpdateDeviceFlags). */
export function deviceXml(devices: DomainDevices): string {
  const root = writeDevices(devices);
  const child = root.children.find(isElement) as XmlElement;
  return writeXmlElement(child);
}

export function interfaceDeviceXml(i: DomainInterfaceInputs, mac: string): string {
  return deviceXml({ interfaces: [interfaceDoc(i, mac)] });
}

export function vncDeviceXml(v: DomainVncInputs): string {
  return deviceXml({ graphics: [vncDoc(v)] });
}

export interface LiveDomain {
  /** The input properties the definition holds, projected onto what `prior` set. */
  inputs: Partial<DomainInputs>;
  uuid: string;
  /** The VNC port in use, 0 when none (or autoport while shut off). */
  vncPort: number;
  /** Live MACs by interface index, for live interface updates. */
  macs: string[];
}

function vncFromDoc(g: DomainGraphicsVnc, prior: DomainVncInputs | undefined): DomainVncInputs {
  const v: DomainVncInputs = {};
  if (g.autoport !== "yes" && g.port !== undefined && g.port > 0) v.port = g.port;
  const listen = g.listen ?? g.listens?.find((l) => l.type === "address")?.address;
  if (listen !== undefined) v.listen = listen;
  if (g.passwd !== undefined && (prior?.password !== undefined || g.passwd !== "")) v.password = g.passwd;
  if (g.websocket !== undefined && g.websocket > 0) v.websocketPort = g.websocket;
  return v;
}

function timerFromDoc(t: DomainClockTimer): DomainTimerInputs {
  const out: DomainTimerInputs = { name: t.name as DomainTimerInputs["name"] };
  if (t.tickpolicy !== undefined) out.tickpolicy = t.tickpolicy;
  if (t.present !== undefined) out.present = t.present === "yes";
  return out;
}

function pmFromDoc(pm: DomainPm | undefined): DomainPmInputs | undefined {
  const out: DomainPmInputs = {};
  if (pm?.suspendToMem?.enabled !== undefined) out.suspendToMem = pm.suspendToMem.enabled === "yes";
  if (pm?.suspendToDisk?.enabled !== undefined) out.suspendToDisk = pm.suspendToDisk.enabled === "yes";
  return Object.keys(out).length ? out : undefined;
}

/** Reads a domain definition (INACTIVE|SECURE for the inputs, the live XML for vncPort) back
 * into the input shape, keeping prior's spelling where libvirt only canonicalised it. */
export function domainFromXml(xml: string, prior: Partial<DomainInputs>, volumes: DiskVolumeTarget[] = []): LiveDomain {
  const doc = parseDomainXml(xml);
  const dev = doc.devices ?? {};
  const p: Partial<DomainInputs> = { name: doc.name };
  if (prior.uuid !== undefined) p.uuid = doc.uuid;
  if (doc.type === "kvm" || doc.type === "qemu") p.virtType = doc.type;
  if (doc.title !== undefined) p.title = doc.title;
  if (doc.description !== undefined) p.description = doc.description;
  const osinfo = doc.metadata?.libosinfo?.os?.id;
  if (osinfo !== undefined) p.osinfoId = osinfo;
  if (doc.memory) p.maxMemoryMiB = Math.round(toKiB(doc.memory) / 1024);
  p.memoryMiB = doc.currentMemory ? Math.round(toKiB(doc.currentMemory) / 1024) : p.maxMemoryMiB;
  if (doc.vcpu) {
    p.maxVcpus = doc.vcpu.count;
    p.vcpus = doc.vcpu.current ?? doc.vcpu.count;
  }
  const os = doc.os;
  if (os) {
    if (os.type.arch !== undefined) p.arch = os.type.arch;
    const m = os.type.machine;
    p.machine = machineMatches(prior.machine, m) ? prior.machine : m;
    if (os.boot && os.boot.length) p.bootDevices = os.boot.map((b) => b.dev);
    else if (prior.bootDevices !== undefined) p.bootDevices = [];
    if (os.kernel) p.directBoot = { kernel: os.kernel, initrd: os.initrd, cmdline: os.cmdline };
  }
  if (p.directBoot) {
    if (p.directBoot.initrd === undefined) delete p.directBoot.initrd;
    if (p.directBoot.cmdline === undefined) delete p.directBoot.cmdline;
  }
  p.features = { acpi: !!doc.features?.acpi, apic: !!doc.features?.apic, pae: !!doc.features?.pae };
  const mode = doc.cpu?.mode;
  if (mode === "host-passthrough" || mode === "host-model" || mode === "maximum") p.cpuMode = mode;
  else if (prior.cpuMode !== undefined) p.cpuMode = mode as DomainInputs["cpuMode"];
  const offset = doc.clock?.offset;
  if (offset === "utc" || offset === "localtime") p.clockOffset = offset;
  const timers = (doc.clock?.timers ?? []).map(timerFromDoc);
  if (timers.length || prior.timers !== undefined) p.timers = timers;
  const pm = pmFromDoc(doc.pm);
  if (pm || prior.pm !== undefined) p.pm = pm ?? {};
  if (doc.onPoweroff) p.onPoweroff = doc.onPoweroff as DomainInputs["onPoweroff"];
  if (doc.onReboot) p.onReboot = doc.onReboot as DomainInputs["onReboot"];
  if (doc.onCrash) p.onCrash = doc.onCrash;

  const disks: DomainDiskInputs[] = (dev.disks ?? []).map((d) => {
    const s = d.source;
    const path = s.type === "block" ? (s.dev ?? "") : s.type === "file" ? (s.file ?? "") : undefined;
    // A pool volume written by its path reads back as that volume, when it is still what the
    // volume's path and kind say; anything else is the path, and so drift.
    const vol = path === undefined ? undefined : volumes.find((v) => v.type === s.type && v.path === path);
    const source: DomainDiskInputs["source"] =
      s.type === "volume"
        ? { type: "volume", pool: s.pool ?? "", volume: s.volume ?? "" }
        : vol
          ? { type: "volume", pool: vol.pool, volume: vol.volume }
          : s.type === "block"
            ? { type: "block", dev: path ?? "" }
            : { type: "file", path: path ?? "" };
    const out: DomainDiskInputs = {
      source,
      device: d.device === "cdrom" ? "cdrom" : "disk",
      targetDev: d.target.dev,
      bus: d.target.bus as DomainDiskInputs["bus"],
      driverType: (d.driver?.type ?? "raw") as DomainDiskInputs["driverType"],
      readonly: !!d.readonly,
    };
    return out;
  });
  if (disks.length || prior.disks !== undefined) p.disks = disks;

  const macs: string[] = [];
  const ifaces: DomainInterfaceInputs[] = [];
  (dev.interfaces ?? []).forEach((n, i) => {
    macs.push(n.mac?.address ?? "");
    if (n.type !== "network" && n.type !== "bridge") return;
    const out: DomainInterfaceInputs = {
      source: n.type === "network" ? { type: "network", network: n.source.network } : { type: "bridge", bridge: n.source.bridge },
      model: n.model?.type ?? "virtio",
      linkState: n.link?.state ?? "up",
    };
    // A MAC libvirt generated is not the user's: only report one when they set it.
    if (prior.interfaces?.[i]?.mac !== undefined && n.mac) out.mac = n.mac.address.toLowerCase();
    ifaces.push(out);
  });
  if (ifaces.length || prior.interfaces !== undefined) p.interfaces = ifaces;

  const vnc = (dev.graphics ?? []).find((g) => g.type === "vnc") as DomainGraphicsVnc | undefined;
  if (vnc) p.graphics = { vnc: vncFromDoc(vnc, prior.graphics?.vnc) };
  else if (prior.graphics !== undefined) p.graphics = {};
  p.serialConsole = (dev.serials ?? []).length > 0 || (dev.consoles ?? []).length > 0;
  p.guestAgent = (dev.channels ?? []).some((c) => c.target.name === GUEST_AGENT_CHANNEL);
  p.rng = (dev.rngs ?? []).length > 0;
  p.memballoon = dev.memballoon?.model === "none" ? "none" : "virtio";
  p.tablet = (dev.inputs ?? []).some((i) => i.type === "tablet");

  const vncPort = vnc && vnc.port !== undefined && vnc.port > 0 ? vnc.port : 0;
  return { inputs: p, uuid: doc.uuid ?? "", vncPort, macs };
}
