// <volume> documents: typed model, parseStorageVolumeXml and storageVolumeToXml.
import { XmlElement, parseXmlElement, writeXmlElement } from "./node";
import { ElementReader, XmlExtra, newContext, rootReader } from "./reader";
import { el, textEl } from "./writer";
import { Size } from "./size";
import { compact, readAttrs, writeAttrs, readSize, writeSize } from "./common";
import { StoragePoolTargetPermissions, readPermissions, writePermissions } from "./storage-pool";

export type StorageVolumeType = "file" | "block" | "dir" | "network" | "netdir" | "ploop";

export type StorageVolumeFormat =
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
  | "dir"
  | "ploop"
  | "none"
  | "lvm2"
  | "linux"
  | "fat16"
  | "fat32"
  | "linux-swap"
  | "linux-lvm"
  | "linux-raid"
  | "extended";

/** Read-only file times, as "seconds.nanoseconds". */
export interface StorageVolumeTimestamps {
  atime?: string;
  mtime?: string;
  ctime?: string;
  btime?: string;
}

export interface StorageVolumeTarget {
  /** Read-only: where libvirt put the volume. */
  path?: string;
  format?: { type: StorageVolumeFormat };
  permissions?: StoragePoolTargetPermissions;
  timestamps?: StorageVolumeTimestamps;
  extra?: XmlExtra;
}

export interface StorageVolumeBackingStore {
  path: string;
  format?: { type: StorageVolumeFormat };
  permissions?: StoragePoolTargetPermissions;
  timestamps?: StorageVolumeTimestamps;
  extra?: XmlExtra;
}

export interface StorageVolume {
  type?: StorageVolumeType;
  name: string;
  /** Read-only: libvirt's key (the path for dir pools, the LV uuid for logical pools). */
  key?: string;
  /** Bytes when no unit is given. */
  capacity?: Size;
  allocation?: Size;
  physical?: Size;
  target?: StorageVolumeTarget;
  backingStore?: StorageVolumeBackingStore;
  extra?: XmlExtra;
  unknownPaths?: string[];
}

export function parseStorageVolumeXml(xml: string): StorageVolume {
  return readStorageVolumeElement(parseXmlElement(xml));
}

export function readStorageVolumeElement(root: XmlElement): StorageVolume {
  const ctx = newContext();
  const r = rootReader(root, "volume", ctx);
  const v: StorageVolume = {
    type: r.enumAttr("type"),
    name: r.childText("name") ?? "",
    key: r.childText("key"),
    capacity: readSize(r.child("capacity")),
    allocation: readSize(r.child("allocation")),
    physical: readSize(r.child("physical")),
    target: readTarget(r.child("target")),
    backingStore: readBacking(r.child("backingStore")),
  };
  v.extra = r.finish();
  const out = compact(v);
  if (ctx.unknownPaths.length) out.unknownPaths = ctx.unknownPaths;
  return out;
}

function readTarget(r: ElementReader | undefined): StorageVolumeTarget | undefined {
  if (!r) return undefined;
  const t: StorageVolumeTarget = {
    path: r.childText("path"),
    format: readAttrs(r.child("format")),
    permissions: readPermissions(r.child("permissions")),
    timestamps: readTimestamps(r.child("timestamps")),
  };
  t.extra = r.finish();
  return t;
}

function readBacking(r: ElementReader | undefined): StorageVolumeBackingStore | undefined {
  if (!r) return undefined;
  const b: StorageVolumeBackingStore = {
    path: r.childText("path") ?? "",
    format: readAttrs(r.child("format")),
    permissions: readPermissions(r.child("permissions")),
    timestamps: readTimestamps(r.child("timestamps")),
  };
  b.extra = r.finish();
  return b;
}

function readTimestamps(r: ElementReader | undefined): StorageVolumeTimestamps | undefined {
  if (!r) return undefined;
  const t: StorageVolumeTimestamps = {
    atime: r.childText("atime"),
    mtime: r.childText("mtime"),
    ctime: r.childText("ctime"),
    btime: r.childText("btime"),
  };
  r.finish();
  return t;
}

function writeTimestamps(t: StorageVolumeTimestamps | undefined): XmlElement | undefined {
  return (
    t && el("timestamps", {}, [textEl("atime", t.atime), textEl("mtime", t.mtime), textEl("ctime", t.ctime), textEl("btime", t.btime)])
  );
}

export function storageVolumeToXml(doc: StorageVolume): string {
  return writeXmlElement(storageVolumeToElement(doc));
}

export function storageVolumeToElement(v: StorageVolume): XmlElement {
  return el(
    "volume",
    { type: v.type },
    [
      textEl("name", v.name),
      textEl("key", v.key),
      v.capacity && writeSize("capacity", v.capacity),
      v.allocation && writeSize("allocation", v.allocation),
      v.physical && writeSize("physical", v.physical),
      v.target &&
        el(
          "target",
          {},
          [
            textEl("path", v.target.path),
            writeAttrs("format", v.target.format),
            writePermissions(v.target.permissions),
            writeTimestamps(v.target.timestamps),
          ],
          v.target.extra,
        ),
      v.backingStore &&
        el(
          "backingStore",
          {},
          [
            textEl("path", v.backingStore.path),
            writeAttrs("format", v.backingStore.format),
            writePermissions(v.backingStore.permissions),
            writeTimestamps(v.backingStore.timestamps),
          ],
          v.backingStore.extra,
        ),
    ],
    v.extra,
  );
}
