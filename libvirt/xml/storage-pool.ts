// <pool> documents: typed model, parseStoragePoolXml and storagePoolToXml.
import { XmlElement, parseXmlElement, writeXmlElement } from "./node";
import { ElementReader, XmlExtra, newContext, rootReader } from "./reader";
import { el, textEl } from "./writer";
import { Size } from "./size";
import { compact, readAttrs, writeAttrs, readSize, writeSize } from "./common";

export type StoragePoolType =
  | "dir"
  | "fs"
  | "netfs"
  | "logical"
  | "disk"
  | "iscsi"
  | "iscsi-direct"
  | "scsi"
  | "mpath"
  | "rbd"
  | "sheepdog"
  | "gluster"
  | "zfs"
  | "vstorage";

export interface StoragePoolSourceDevice {
  path: string;
  extra?: XmlExtra;
}

export interface StoragePoolSource {
  devices?: StoragePoolSourceDevice[];
  /** For logical pools, the volume group name. */
  name?: string;
  dir?: { path: string };
  host?: { name: string; port?: number }[];
  adapter?: Record<string, string>;
  /** e.g. lvm2 for logical pools, auto/ext4/nfs for fs pools, gpt/dos for disk pools. */
  format?: { type: string };
  extra?: XmlExtra;
}

export interface StoragePoolTargetPermissions {
  mode?: string;
  owner?: number;
  group?: number;
  label?: string;
}

export interface StoragePoolTarget {
  path?: string;
  permissions?: StoragePoolTargetPermissions;
  extra?: XmlExtra;
}

export interface StoragePool {
  type: StoragePoolType;
  name: string;
  uuid?: string;
  /** Read-only: filled in by libvirt. */
  capacity?: Size;
  allocation?: Size;
  available?: Size;
  source?: StoragePoolSource;
  target?: StoragePoolTarget;
  extra?: XmlExtra;
  unknownPaths?: string[];
}

export function parseStoragePoolXml(xml: string): StoragePool {
  return readStoragePoolElement(parseXmlElement(xml));
}

export function readStoragePoolElement(root: XmlElement): StoragePool {
  const ctx = newContext();
  const r = rootReader(root, "pool", ctx);
  const p: StoragePool = {
    type: r.attr("type") as StoragePoolType,
    name: r.childText("name") ?? "",
    uuid: r.childText("uuid"),
    capacity: readSize(r.child("capacity")),
    allocation: readSize(r.child("allocation")),
    available: readSize(r.child("available")),
    source: readSource(r.child("source")),
    target: readTarget(r.child("target")),
  };
  p.extra = r.finish();
  const out = compact(p);
  if (ctx.unknownPaths.length) out.unknownPaths = ctx.unknownPaths;
  return out;
}

function readSource(r: ElementReader | undefined): StoragePoolSource | undefined {
  if (!r) return undefined;
  const devices = r.children("device").map((d) => {
    const v: StoragePoolSourceDevice = { path: d.attr("path") ?? "" };
    v.extra = d.finish();
    return v;
  });
  const hosts = r.children("host").map((h) => {
    const v = { name: h.attr("name") ?? "", port: h.intAttr("port") };
    h.finish();
    return v;
  });
  const s: StoragePoolSource = {
    devices: devices.length ? devices : undefined,
    name: r.childText("name"),
    dir: readAttrs(r.child("dir")),
    host: hosts.length ? hosts : undefined,
    adapter: readAttrs(r.child("adapter")),
    format: readAttrs(r.child("format")),
  };
  s.extra = r.finish();
  return s;
}

export function readPermissions(r: ElementReader | undefined): StoragePoolTargetPermissions | undefined {
  if (!r) return undefined;
  const owner = r.childText("owner");
  const group = r.childText("group");
  const p: StoragePoolTargetPermissions = {
    mode: r.childText("mode"),
    owner: owner === undefined ? undefined : Number(owner),
    group: group === undefined ? undefined : Number(group),
    label: r.childText("label"),
  };
  r.finish();
  return p;
}

export function writePermissions(p: StoragePoolTargetPermissions | undefined): XmlElement | undefined {
  return p && el("permissions", {}, [textEl("mode", p.mode), textEl("owner", p.owner), textEl("group", p.group), textEl("label", p.label)]);
}

function readTarget(r: ElementReader | undefined): StoragePoolTarget | undefined {
  if (!r) return undefined;
  const t: StoragePoolTarget = { path: r.childText("path"), permissions: readPermissions(r.child("permissions")) };
  t.extra = r.finish();
  return t;
}

export function storagePoolToXml(doc: StoragePool): string {
  return writeXmlElement(storagePoolToElement(doc));
}

export function storagePoolToElement(p: StoragePool): XmlElement {
  const s = p.source;
  return el(
    "pool",
    { type: p.type },
    [
      textEl("name", p.name),
      textEl("uuid", p.uuid),
      p.capacity && writeSize("capacity", p.capacity),
      p.allocation && writeSize("allocation", p.allocation),
      p.available && writeSize("available", p.available),
      s &&
        el(
          "source",
          {},
          [
            ...(s.host ?? []).map((h) => el("host", { name: h.name, port: h.port })),
            ...(s.devices ?? []).map((d) => el("device", { path: d.path }, [], d.extra)),
            writeAttrs("dir", s.dir),
            writeAttrs("adapter", s.adapter),
            textEl("name", s.name),
            writeAttrs("format", s.format),
          ],
          s.extra,
        ),
      p.target && el("target", {}, [textEl("path", p.target.path), writePermissions(p.target.permissions)], p.target.extra),
    ],
    p.extra,
  );
}
