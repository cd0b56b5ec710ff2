// <domain><devices>: typed devices (disks, controllers, interfaces, character devices, inputs,
// graphics, video, balloon, rng); other device kinds are kept raw and reported as unknown.
import { XmlElement, isElement } from "./node";
import { ElementReader, XmlExtra } from "./reader";
import { el, textEl, Child } from "./writer";
import {
  DomainAddress,
  DomainAlias,
  DomainBoot,
  YesNo,
  OnOff,
  readAddress,
  writeAddress,
  readAlias,
  writeAlias,
  readBoot,
  writeBoot,
  readAttrs,
  writeAttrs,
} from "./common";

/** Fields every device may carry; libvirt fills alias (live) and address in. */
export interface DomainDeviceInfo {
  alias?: DomainAlias;
  address?: DomainAddress;
  extra?: XmlExtra;
}

// ---- disks ----

export type DomainDiskDevice = "disk" | "cdrom" | "floppy" | "lun";
export type DomainDiskBus = "ide" | "scsi" | "virtio" | "xen" | "usb" | "sata" | "sd" | "fdc";

export interface DomainDiskSourceFile {
  type: "file";
  file?: string;
  startupPolicy?: "mandatory" | "requisite" | "optional";
  index?: number;
  extra?: XmlExtra;
}
export interface DomainDiskSourceBlock {
  type: "block";
  dev?: string;
  index?: number;
  extra?: XmlExtra;
}
export interface DomainDiskSourceVolume {
  type: "volume";
  pool?: string;
  volume?: string;
  mode?: "host" | "direct";
  index?: number;
  extra?: XmlExtra;
}
export interface DomainDiskSourceDir {
  type: "dir";
  dir?: string;
  index?: number;
  extra?: XmlExtra;
}
export interface DomainDiskSourceNetwork {
  type: "network";
  protocol?: string;
  name?: string;
  index?: number;
  extra?: XmlExtra;
}
/** Keyed by <disk type=...>; the fields are <source>'s attributes. */
export type DomainDiskSource =
  DomainDiskSourceFile | DomainDiskSourceBlock | DomainDiskSourceVolume | DomainDiskSourceDir | DomainDiskSourceNetwork;
export type DomainDiskType = DomainDiskSource["type"];

export interface DomainDiskDriver {
  name?: "qemu" | "tap" | "tap2" | "phy" | "file";
  type?:
    | "raw"
    | "qcow2"
    | "qcow"
    | "vmdk"
    | "vdi"
    | "vpc"
    | "vhdx"
    | "qed"
    | "iso"
    | "bochs"
    | "cloop"
    | "dmg"
    | "fat"
    | "host_device"
    | "luks"
    | "ploop";
  cache?: "default" | "none" | "writethrough" | "writeback" | "directsync" | "unsafe";
  io?: "threads" | "native" | "io_uring";
  discard?: "unmap" | "ignore";
  detect_zeroes?: "off" | "on" | "unmap";
  error_policy?: "stop" | "report" | "ignore" | "enospace";
  extra?: XmlExtra;
}

export interface DomainDiskTarget {
  dev: string;
  bus?: DomainDiskBus;
  tray?: "open" | "closed";
  removable?: OnOff;
  extra?: XmlExtra;
}

export interface DomainDisk extends DomainDeviceInfo {
  device?: DomainDiskDevice;
  snapshot?: string;
  driver?: DomainDiskDriver;
  source: DomainDiskSource;
  target: DomainDiskTarget;
  readonly?: boolean;
  shareable?: boolean;
  serial?: string;
  boot?: DomainBoot;
}

const DISK_SOURCE_ATTRS: Record<DomainDiskType, string[]> = {
  file: ["file", "startupPolicy"],
  block: ["dev", "startupPolicy"],
  volume: ["pool", "volume", "mode", "startupPolicy"],
  dir: ["dir"],
  network: ["protocol", "name"],
};

function readDisk(r: ElementReader): DomainDisk {
  const type = (r.attr("type") ?? "file") as DomainDiskType;
  if (!(type in DISK_SOURCE_ATTRS)) throw new Error(`${r.path}/@type: unsupported disk type ${JSON.stringify(type)}`);
  const s = r.child("source");
  const source: Record<string, unknown> = { type };
  if (s) {
    for (const a of DISK_SOURCE_ATTRS[type]) source[a] = s.attr(a);
    source.index = s.intAttr("index");
    source.extra = s.finish();
  }
  const d = r.child("driver");
  const t = r.child("target");
  if (!t) throw new Error(`${r.path}: <target> missing`);
  const disk: DomainDisk = {
    device: r.enumAttr("device"),
    snapshot: r.attr("snapshot"),
    driver: d
      ? { ...readAttrsOf(d, ["name", "type", "cache", "io", "discard", "detect_zeroes", "error_policy"]), extra: d.finish() }
      : undefined,
    source: source as unknown as DomainDiskSource,
    target: { ...(readAttrsOf(t, ["dev", "bus", "tray", "removable"]) as { dev: string }), extra: t.finish() },
    readonly: flag(r, "readonly"),
    shareable: flag(r, "shareable"),
    serial: r.childText("serial"),
    boot: readBoot(r.child("boot")),
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  disk.extra = r.finish();
  return disk;
}

function writeDisk(d: DomainDisk): XmlElement {
  const { type, extra: sourceExtra, ...srcAttrs } = d.source as DomainDiskSource & Record<string, string | number | undefined>;
  const hasSource = Object.values(srcAttrs).some((v) => v !== undefined) || sourceExtra;
  return el(
    "disk",
    { type, device: d.device, snapshot: d.snapshot },
    [
      d.driver && el("driver", attrsOf(d.driver), [], d.driver.extra),
      hasSource && el("source", srcAttrs as Record<string, string | number | undefined>, [], sourceExtra),
      el("target", attrsOf(d.target), [], d.target.extra),
      d.readonly && el("readonly"),
      d.shareable && el("shareable"),
      textEl("serial", d.serial),
      writeBoot(d.boot),
      writeAlias(d.alias),
      writeAddress(d.address),
    ],
    d.extra,
  );
}

// ---- controllers ----

export type DomainControllerType = "ide" | "fdc" | "scsi" | "sata" | "usb" | "ccid" | "virtio-serial" | "pci" | "xenbus" | "isa";

export interface DomainController extends DomainDeviceInfo {
  type: DomainControllerType;
  index?: number;
  /** e.g. pcie-root, pcie-root-port, qemu-xhci, ich9-ehci1, virtio-scsi */
  model?: string;
  ports?: number;
  vectors?: number;
  /** <target> of PCI controllers (chassis, port), kept as written. */
  target?: Record<string, string>;
  /** <model name=...> of PCI controllers. */
  modelName?: string;
  master?: { startport: number };
}

function readController(r: ElementReader): DomainController {
  const t = r.child("target");
  const m = r.child("model");
  const master = r.child("master");
  const c: DomainController = {
    type: r.attr("type") as DomainControllerType,
    index: r.intAttr("index"),
    model: r.attr("model"),
    ports: r.intAttr("ports"),
    vectors: r.intAttr("vectors"),
    modelName: m?.attr("name"),
    target: readAttrs(t),
    master: master ? { startport: master.intAttr("startport") ?? 0 } : undefined,
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  m?.finish();
  master?.finish();
  c.extra = r.finish();
  return c;
}

function writeController(c: DomainController): XmlElement {
  return el(
    "controller",
    { type: c.type, index: c.index, model: c.model, ports: c.ports, vectors: c.vectors },
    [
      c.master && el("master", { startport: c.master.startport }),
      c.modelName !== undefined && el("model", { name: c.modelName }),
      writeAttrs("target", c.target),
      writeAlias(c.alias),
      writeAddress(c.address),
    ],
    c.extra,
  );
}

// ---- interfaces ----

export interface DomainInterfaceSourceNetwork {
  network: string;
  portgroup?: string;
  /** Filled in by libvirt on a running domain. */
  bridge?: string;
  portid?: string;
  extra?: XmlExtra;
}
export interface DomainInterfaceSourceBridge {
  bridge: string;
  extra?: XmlExtra;
}
export interface DomainInterfaceSourceDirect {
  dev: string;
  mode?: "vepa" | "bridge" | "private" | "passthrough";
  extra?: XmlExtra;
}
export type DomainInterfaceSource = DomainInterfaceSourceNetwork | DomainInterfaceSourceBridge | DomainInterfaceSourceDirect;

interface DomainInterfaceCommon extends DomainDeviceInfo {
  mac?: { address: string };
  model?: { type: string };
  target?: { dev: string; managed?: YesNo };
  link?: { state: "up" | "down" };
  mtu?: { size: number };
  driver?: Record<string, string>;
  boot?: DomainBoot;
}
export interface DomainInterfaceNetwork extends DomainInterfaceCommon {
  type: "network";
  source: DomainInterfaceSourceNetwork;
}
export interface DomainInterfaceBridge extends DomainInterfaceCommon {
  type: "bridge";
  source: DomainInterfaceSourceBridge;
}
export interface DomainInterfaceDirect extends DomainInterfaceCommon {
  type: "direct";
  source: DomainInterfaceSourceDirect;
}
export interface DomainInterfaceUser extends DomainInterfaceCommon {
  type: "user";
}
export type DomainInterface = DomainInterfaceNetwork | DomainInterfaceBridge | DomainInterfaceDirect | DomainInterfaceUser;
export type DomainInterfaceType = DomainInterface["type"];

const INTERFACE_SOURCE_ATTRS: Record<DomainInterfaceType, string[]> = {
  network: ["network", "portgroup", "bridge", "portid"],
  bridge: ["bridge"],
  direct: ["dev", "mode"],
  user: [],
};

function readInterface(r: ElementReader): DomainInterface {
  const type = r.attr("type") as DomainInterfaceType;
  if (!(type in INTERFACE_SOURCE_ATTRS)) throw new Error(`${r.path}/@type: unsupported interface type ${JSON.stringify(type)}`);
  const common: DomainInterfaceCommon = {
    mac: readAttrs(r.child("mac")),
    model: readAttrs(r.child("model")),
    target: readAttrs(r.child("target")),
    link: readAttrs(r.child("link")),
    driver: readAttrs(r.child("driver")),
    boot: readBoot(r.child("boot")),
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  const m = r.child("mtu");
  if (m) {
    common.mtu = { size: m.intAttr("size") ?? 0 };
    m.finish();
  }
  let source: Record<string, unknown> | undefined;
  if (type !== "user") {
    const s = r.child("source");
    source = {};
    if (s) {
      for (const a of INTERFACE_SOURCE_ATTRS[type]) source[a] = s.attr(a);
      source.extra = s.finish();
    }
  }
  const iface = { type, ...(source ? { source } : {}), ...common } as DomainInterface;
  iface.extra = r.finish();
  return iface;
}

function writeInterface(i: DomainInterface): XmlElement {
  let source: XmlElement | undefined;
  if (i.type !== "user") {
    const { extra, ...attrs } = i.source as unknown as Record<string, string | undefined> & { extra?: XmlExtra };
    source = el("source", attrs as Record<string, string | undefined>, [], extra as XmlExtra | undefined);
  }
  return el(
    "interface",
    { type: i.type },
    [
      writeAttrs("mac", i.mac),
      source,
      writeAttrs("target", i.target),
      writeAttrs("model", i.model),
      writeAttrs("driver", i.driver),
      writeAttrs("link", i.link),
      writeAttrs("mtu", i.mtu),
      writeBoot(i.boot),
      writeAlias(i.alias),
      writeAddress(i.address),
    ],
    i.extra,
  );
}

// ---- character devices: serial, console, channel ----

export interface DomainChardevSourcePty {
  type: "pty";
  /** The host pty, filled in by libvirt on a running domain. */
  path?: string;
}
export interface DomainChardevSourceFile {
  type: "file";
  path: string;
  append?: OnOff;
}
export interface DomainChardevSourceUnix {
  type: "unix";
  mode?: "bind" | "connect";
  path?: string;
}
export interface DomainChardevSourceTcp {
  type: "tcp";
  mode?: "bind" | "connect";
  host?: string;
  service?: string;
}
export interface DomainChardevSourceOther {
  type: "null" | "vc" | "stdio" | "spicevmc" | "qemu-vdagent";
}
/** Keyed by the device's type attribute; fields are <source>'s attributes. */
export type DomainChardevSource =
  DomainChardevSourcePty | DomainChardevSourceFile | DomainChardevSourceUnix | DomainChardevSourceTcp | DomainChardevSourceOther;
export type DomainChardevType = DomainChardevSource["type"];

const CHARDEV_SOURCE_ATTRS: Record<DomainChardevType, string[]> = {
  pty: ["path"],
  file: ["path", "append"],
  unix: ["mode", "path"],
  tcp: ["mode", "host", "service"],
  null: [],
  vc: [],
  stdio: [],
  spicevmc: [],
  "qemu-vdagent": [],
};

export type DomainSerialTargetType =
  "isa-serial" | "usb-serial" | "pci-serial" | "spapr-vio-serial" | "system-serial" | "sclp-serial" | "isa-debug";

export interface DomainSerialTarget {
  type?: DomainSerialTargetType;
  port?: number;
  model?: { name: string };
}
export interface DomainSerial extends DomainDeviceInfo {
  source: DomainChardevSource;
  target?: DomainSerialTarget;
}

export type DomainConsoleTargetType = "serial" | "virtio" | "xen" | "lxc" | "openvz" | "sclp" | "sclplm";
export interface DomainConsole extends DomainDeviceInfo {
  source: DomainChardevSource;
  /** The host tty of a running domain. */
  tty?: string;
  target?: { type?: DomainConsoleTargetType; port?: number };
}

export interface DomainChannelTarget {
  type: "virtio" | "guestfwd" | "xen";
  /** e.g. org.qemu.guest_agent.0 for the QEMU guest agent. */
  name?: string;
  state?: "connected" | "disconnected";
  address?: string;
  port?: number;
}
export interface DomainChannel extends DomainDeviceInfo {
  source: DomainChardevSource;
  target: DomainChannelTarget;
}

function readChardevSource(r: ElementReader): DomainChardevSource {
  const type = r.attr("type") as DomainChardevType;
  if (!(type in CHARDEV_SOURCE_ATTRS)) throw new Error(`${r.path}/@type: unsupported character device type ${JSON.stringify(type)}`);
  const out: Record<string, unknown> = { type };
  // A pty's path appears both as the tty attribute and as <source path>.
  const s = r.child("source");
  if (s) {
    for (const a of CHARDEV_SOURCE_ATTRS[type]) out[a] = s.attr(a);
    const extra = s.finish();
    if (extra) out.extra = extra;
  }
  return out as unknown as DomainChardevSource;
}

function writeChardevSource(s: DomainChardevSource): XmlElement | undefined {
  const { type, extra, ...attrs } = s as DomainChardevSource & { extra?: XmlExtra } & Record<string, string | undefined>;
  void type;
  if (Object.values(attrs).every((v) => v === undefined) && !extra) return undefined;
  return el("source", attrs as Record<string, string | undefined>, [], extra);
}

function readSerial(r: ElementReader): DomainSerial {
  const source = readChardevSource(r);
  const t = r.child("target");
  let target: DomainSerialTarget | undefined;
  if (t) {
    const m = t.child("model");
    target = { type: t.enumAttr("type"), port: t.intAttr("port"), model: m ? { name: m.attr("name") ?? "" } : undefined };
    m?.finish();
    t.finish();
  }
  const d: DomainSerial = { source, target, alias: readAlias(r.child("alias")), address: readAddress(r.child("address")) };
  d.extra = r.finish();
  return d;
}

function writeSerial(d: DomainSerial): XmlElement {
  return el(
    "serial",
    { type: d.source.type },
    [
      writeChardevSource(d.source),
      d.target &&
        el("target", { type: d.target.type, port: d.target.port }, [d.target.model && el("model", { name: d.target.model.name })]),
      writeAlias(d.alias),
      writeAddress(d.address),
    ],
    d.extra,
  );
}

function readConsole(r: ElementReader): DomainConsole {
  const tty = r.attr("tty");
  const source = readChardevSource(r);
  const t = r.child("target");
  const d: DomainConsole = {
    source,
    tty,
    target: t ? { type: t.enumAttr("type"), port: t.intAttr("port") } : undefined,
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  t?.finish();
  d.extra = r.finish();
  return d;
}

function writeConsole(d: DomainConsole): XmlElement {
  return el(
    "console",
    { type: d.source.type, tty: d.tty },
    [
      writeChardevSource(d.source),
      d.target && el("target", { type: d.target.type, port: d.target.port }),
      writeAlias(d.alias),
      writeAddress(d.address),
    ],
    d.extra,
  );
}

function readChannel(r: ElementReader): DomainChannel {
  const source = readChardevSource(r);
  const t = r.child("target");
  if (!t) throw new Error(`${r.path}: <target> missing`);
  const target: DomainChannelTarget = {
    type: t.attr("type") as DomainChannelTarget["type"],
    name: t.attr("name"),
    state: t.enumAttr("state"),
    address: t.attr("address"),
    port: t.intAttr("port"),
  };
  t.finish();
  const d: DomainChannel = { source, target, alias: readAlias(r.child("alias")), address: readAddress(r.child("address")) };
  d.extra = r.finish();
  return d;
}

function writeChannel(d: DomainChannel): XmlElement {
  return el(
    "channel",
    { type: d.source.type },
    [writeChardevSource(d.source), el("target", { ...d.target }), writeAlias(d.alias), writeAddress(d.address)],
    d.extra,
  );
}

// ---- inputs ----

export interface DomainInput extends DomainDeviceInfo {
  type: "mouse" | "tablet" | "keyboard" | "passthrough" | "evdev";
  bus?: "ps2" | "usb" | "virtio" | "xen";
}

function readInput(r: ElementReader): DomainInput {
  const d: DomainInput = {
    type: r.attr("type") as DomainInput["type"],
    bus: r.enumAttr("bus"),
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  d.extra = r.finish();
  return d;
}

function writeInput(d: DomainInput): XmlElement {
  return el("input", { type: d.type, bus: d.bus }, [writeAlias(d.alias), writeAddress(d.address)], d.extra);
}

// ---- graphics ----

export type DomainGraphicsListen =
  | { type: "address"; address?: string }
  | { type: "network"; network: string; address?: string }
  | { type: "socket"; socket?: string }
  | { type: "none" };

interface DomainGraphicsCommon {
  autoport?: YesNo;
  /** Shorthand for the first <listen type='address'>; libvirt writes both. */
  listen?: string;
  /** Only present in XML read with the secure flag. */
  passwd?: string;
  passwdValidTo?: string;
  connected?: "keep" | "disconnect" | "fail";
  keymap?: string;
  listens?: DomainGraphicsListen[];
  extra?: XmlExtra;
}
export interface DomainGraphicsVnc extends DomainGraphicsCommon {
  type: "vnc";
  /** -1 (or absent) with autoport='yes' lets libvirt pick the port. */
  port?: number;
  websocket?: number;
  sharePolicy?: "allow-exclusive" | "force-shared" | "ignore";
}
export interface DomainGraphicsSpice extends DomainGraphicsCommon {
  type: "spice";
  port?: number;
  tlsPort?: number;
  defaultMode?: "any" | "secure" | "insecure";
}
export type DomainGraphics = DomainGraphicsVnc | DomainGraphicsSpice;

const GRAPHICS_ATTRS: Record<DomainGraphics["type"], { ints: string[]; strings: string[] }> = {
  vnc: { ints: ["port", "websocket"], strings: ["autoport", "listen", "passwd", "passwdValidTo", "connected", "keymap", "sharePolicy"] },
  spice: { ints: ["port", "tlsPort"], strings: ["autoport", "listen", "passwd", "passwdValidTo", "connected", "keymap", "defaultMode"] },
};

function readGraphics(r: ElementReader): DomainGraphics {
  const type = r.attr("type") as DomainGraphics["type"];
  const spec = GRAPHICS_ATTRS[type];
  if (!spec) throw new Error(`${r.path}/@type: unsupported graphics type ${JSON.stringify(type)}`);
  const out: Record<string, unknown> = { type };
  for (const a of spec.ints) out[a] = r.intAttr(a);
  for (const a of spec.strings) out[a] = r.attr(a);
  const listens = r.children("listen").map((l) => {
    const v: Record<string, string | undefined> = {};
    for (const a of ["type", "address", "network", "socket"]) v[a] = l.attr(a);
    l.finish();
    return v as unknown as DomainGraphicsListen;
  });
  if (listens.length) out.listens = listens;
  out.extra = r.finish();
  return out as unknown as DomainGraphics;
}

function writeGraphics(g: DomainGraphics): XmlElement {
  const spec = GRAPHICS_ATTRS[g.type];
  const attrs: Record<string, string | number | undefined> = { type: g.type };
  const rec = g as unknown as Record<string, string | number | undefined>;
  for (const a of [...spec.ints, ...spec.strings]) attrs[a] = rec[a];
  return el(
    "graphics",
    attrs,
    (g.listens ?? []).map((l) => el("listen", { ...(l as Record<string, string | undefined>) })),
    g.extra,
  );
}

// ---- video, balloon, rng ----

export type DomainVideoModelType = "vga" | "cirrus" | "vmvga" | "xen" | "vbox" | "qxl" | "virtio" | "gop" | "bochs" | "ramfb" | "none";

export interface DomainVideoModel {
  type: DomainVideoModelType;
  vram?: number;
  ram?: number;
  vgamem?: number;
  vram64?: number;
  heads?: number;
  primary?: YesNo;
  extra?: XmlExtra;
}
export interface DomainVideo extends DomainDeviceInfo {
  model: DomainVideoModel;
}

function readVideo(r: ElementReader): DomainVideo {
  const m = r.child("model");
  if (!m) throw new Error(`${r.path}: <model> missing`);
  const model: DomainVideoModel = {
    type: m.attr("type") as DomainVideoModelType,
    vram: m.intAttr("vram"),
    ram: m.intAttr("ram"),
    vgamem: m.intAttr("vgamem"),
    vram64: m.intAttr("vram64"),
    heads: m.intAttr("heads"),
    primary: m.enumAttr("primary"),
  };
  model.extra = m.finish();
  const d: DomainVideo = { model, alias: readAlias(r.child("alias")), address: readAddress(r.child("address")) };
  d.extra = r.finish();
  return d;
}

function writeVideo(d: DomainVideo): XmlElement {
  const { extra, ...attrs } = d.model;
  return el("video", {}, [el("model", attrs, [], extra), writeAlias(d.alias), writeAddress(d.address)], d.extra);
}

export interface DomainMemballoon extends DomainDeviceInfo {
  model: "virtio" | "virtio-transitional" | "virtio-non-transitional" | "xen" | "none";
  autodeflate?: OnOff;
  freePageReporting?: OnOff;
  stats?: { period: number };
}

function readMemballoon(r: ElementReader): DomainMemballoon {
  const s = r.child("stats");
  const d: DomainMemballoon = {
    model: r.attr("model") as DomainMemballoon["model"],
    autodeflate: r.enumAttr("autodeflate"),
    freePageReporting: r.enumAttr("freePageReporting"),
    stats: s ? { period: s.intAttr("period") ?? 0 } : undefined,
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  s?.finish();
  d.extra = r.finish();
  return d;
}

function writeMemballoon(d: DomainMemballoon): XmlElement {
  return el(
    "memballoon",
    { model: d.model, autodeflate: d.autodeflate, freePageReporting: d.freePageReporting },
    [d.stats && el("stats", { period: d.stats.period }), writeAlias(d.alias), writeAddress(d.address)],
    d.extra,
  );
}

export type DomainRngBackend =
  | { model: "random"; /** host device, e.g. /dev/urandom */ device?: string }
  | { model: "egd"; type: string; extra?: XmlExtra }
  | { model: "builtin" };

export interface DomainRng extends DomainDeviceInfo {
  model: "virtio" | "virtio-transitional" | "virtio-non-transitional";
  backend: DomainRngBackend;
  rate?: { bytes: number; period?: number };
}

function readRng(r: ElementReader): DomainRng {
  const b = r.child("backend");
  if (!b) throw new Error(`${r.path}: <backend> missing`);
  const bm = b.attr("model") as DomainRngBackend["model"];
  let backend: DomainRngBackend;
  if (bm === "random") {
    const t = b.text();
    backend = { model: "random", device: t === "" ? undefined : t };
    b.finish();
  } else if (bm === "egd") {
    backend = { model: "egd", type: b.attr("type") ?? "" };
    backend.extra = b.finish();
  } else {
    backend = { model: bm } as DomainRngBackend;
    b.finish();
  }
  const rate = r.child("rate");
  const d: DomainRng = {
    model: r.attr("model") as DomainRng["model"],
    backend,
    rate: rate ? { bytes: rate.intAttr("bytes") ?? 0, period: rate.intAttr("period") } : undefined,
    alias: readAlias(r.child("alias")),
    address: readAddress(r.child("address")),
  };
  rate?.finish();
  d.extra = r.finish();
  return d;
}

function writeRng(d: DomainRng): XmlElement {
  const b = d.backend;
  const backend =
    b.model === "random"
      ? textEl("backend", b.device ?? "", { model: "random" })
      : b.model === "egd"
        ? el("backend", { model: "egd", type: b.type }, [], b.extra)
        : el("backend", { model: b.model });
  return el(
    "rng",
    { model: d.model },
    [d.rate && el("rate", { bytes: d.rate.bytes, period: d.rate.period }), backend, writeAlias(d.alias), writeAddress(d.address)],
    d.extra,
  );
}

// ---- audio backends (libvirt 9 adds <audio type='none'/> for VNC guests) ----

export interface DomainAudio {
  id?: number;
  type: "none" | "alsa" | "coreaudio" | "dbus" | "jack" | "oss" | "pulseaudio" | "sdl" | "spice" | "file";
  extra?: XmlExtra;
}

function readAudio(r: ElementReader): DomainAudio {
  const a: DomainAudio = { id: r.intAttr("id"), type: r.attr("type") as DomainAudio["type"] };
  a.extra = r.finish();
  return a;
}

function writeAudio(a: DomainAudio): XmlElement {
  return el("audio", { id: a.id, type: a.type }, [], a.extra);
}

// ---- the device list ----

export interface DomainDevices {
  /** Path to the QEMU binary; libvirt fills it in. */
  emulator?: string;
  disks?: DomainDisk[];
  controllers?: DomainController[];
  interfaces?: DomainInterface[];
  serials?: DomainSerial[];
  consoles?: DomainConsole[];
  channels?: DomainChannel[];
  inputs?: DomainInput[];
  graphics?: DomainGraphics[];
  audios?: DomainAudio[];
  videos?: DomainVideo[];
  memballoon?: DomainMemballoon;
  rngs?: DomainRng[];
  /** Device kinds not modelled (sound, hostdev, watchdog, tpm, ...), kept raw. */
  extra?: XmlExtra;
}

function list<T>(r: ElementReader, name: string, read: (c: ElementReader) => T, accept?: (el: XmlElement) => boolean): T[] | undefined {
  const items = r.children(name, accept).map(read);
  return items.length ? items : undefined;
}

// Devices whose variant (type attribute) the model lacks are kept raw instead of failing the parse.
function typeIn(types: Record<string, unknown>): (el: XmlElement) => boolean {
  return (el) => Object.prototype.hasOwnProperty.call(types, el.attributes.type ?? "");
}

const diskTypes = (el: XmlElement) => Object.prototype.hasOwnProperty.call(DISK_SOURCE_ATTRS, el.attributes.type ?? "file");

export function readDevices(r: ElementReader): DomainDevices {
  // A domain has at most one balloon; anything beyond it would be kept raw.
  const firstBalloon = r.el.children.find((c): c is XmlElement => isElement(c) && c.name === "memballoon");
  const mb = r.children("memballoon", (el) => el === firstBalloon);
  const d: DomainDevices = {
    emulator: r.childText("emulator"),
    disks: list(r, "disk", readDisk, diskTypes),
    controllers: list(r, "controller", readController),
    interfaces: list(r, "interface", readInterface, typeIn(INTERFACE_SOURCE_ATTRS)),
    serials: list(r, "serial", readSerial, typeIn(CHARDEV_SOURCE_ATTRS)),
    consoles: list(r, "console", readConsole, typeIn(CHARDEV_SOURCE_ATTRS)),
    channels: list(r, "channel", readChannel, typeIn(CHARDEV_SOURCE_ATTRS)),
    inputs: list(r, "input", readInput),
    graphics: list(r, "graphics", readGraphics, typeIn(GRAPHICS_ATTRS)),
    audios: list(r, "audio", readAudio),
    videos: list(r, "video", readVideo),
    memballoon: mb.length ? readMemballoon(mb[0]) : undefined,
    rngs: list(r, "rng", readRng),
  };
  d.extra = r.finish();
  return d;
}

/** Devices in the order libvirt writes them. */
export function writeDevices(d: DomainDevices): XmlElement {
  const kids: Child[] = [
    textEl("emulator", d.emulator),
    ...(d.disks ?? []).map(writeDisk),
    ...(d.controllers ?? []).map(writeController),
    ...(d.interfaces ?? []).map(writeInterface),
    ...(d.serials ?? []).map(writeSerial),
    ...(d.consoles ?? []).map(writeConsole),
    ...(d.channels ?? []).map(writeChannel),
    ...(d.inputs ?? []).map(writeInput),
    ...(d.graphics ?? []).map(writeGraphics),
    ...(d.audios ?? []).map(writeAudio),
    ...(d.videos ?? []).map(writeVideo),
    d.memballoon && writeMemballoon(d.memballoon),
    ...(d.rngs ?? []).map(writeRng),
  ];
  return el("devices", {}, kids, d.extra);
}

// ---- small helpers ----

function flag(r: ElementReader, name: string): boolean | undefined {
  const c = r.child(name);
  if (!c) return undefined;
  c.finish();
  return true;
}

function readAttrsOf(r: ElementReader, names: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const n of names) out[n] = r.attr(n);
  return out;
}

function attrsOf(v: object): Record<string, string | number | undefined> {
  const { extra, ...rest } = v as Record<string, string | number | undefined> & { extra?: unknown };
  void extra;
  return rest;
}
