// Pieces shared by the document kinds: device addresses and aliases, yes/no values, and the
// helpers that drop undefined fields so parsed documents are plain, JSON-safe data.
import { ElementReader, XmlExtra } from "./reader";
import { el, textEl } from "./writer";
import { XmlElement } from "./node";
import { Size, SizeUnit } from "./size";

export type YesNo = "yes" | "no";
export type OnOff = "on" | "off";

/** A device address as libvirt writes it; values kept as written (e.g. slot='0x1f'). */
export interface DomainAddress {
  type: "pci" | "drive" | "virtio-serial" | "ccid" | "usb" | "spapr-vio" | "ccw" | "isa" | "dimm" | "virtio-mmio" | "unassigned" | "none";
  [attribute: string]: string | undefined;
}

export interface DomainAlias {
  name: string;
}

export interface DomainBoot {
  order: number;
}

/** Removes undefined fields (and empty objects they leave) so values compare and serialise cleanly. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => compact(v)) as unknown as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = compact(v);
    }
    return out as T;
  }
  return value;
}

export function readAddress(r: ElementReader | undefined): DomainAddress | undefined {
  if (!r) return undefined;
  const out: Record<string, string> = {};
  for (const name of Object.keys(r.el.attributes)) out[name] = r.attr(name) as string;
  // Child elements (s390 <zpci>) are reported as unknown and not kept: no such guests here.
  r.finish();
  return out as DomainAddress;
}

export function writeAddress(a: DomainAddress | undefined): XmlElement | undefined {
  return a ? el("address", { ...a }) : undefined;
}

export function readAlias(r: ElementReader | undefined): DomainAlias | undefined {
  if (!r) return undefined;
  const name = r.attr("name") ?? "";
  r.finish();
  return { name };
}

export function writeAlias(a: DomainAlias | undefined): XmlElement | undefined {
  return a ? el("alias", { name: a.name }) : undefined;
}

export function readBoot(r: ElementReader | undefined): DomainBoot | undefined {
  if (!r) return undefined;
  const order = r.intAttr("order") ?? 0;
  r.finish();
  return { order };
}

export function writeBoot(b: DomainBoot | undefined): XmlElement | undefined {
  return b ? el("boot", { order: b.order }) : undefined;
}

/** Reads an element that only carries attributes, all kept as strings (for small leaf elements). */
export function readAttrs<T>(r: ElementReader | undefined): T | undefined {
  if (!r) return undefined;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(r.el.attributes)) out[name] = r.attr(name) as string;
  // Unknown children ride along under `extra` so they are written back.
  const extra = r.finish();
  if (extra) out.extra = extra;
  return out as unknown as T;
}

export function writeAttrs(name: string, v: object | undefined): XmlElement | undefined {
  if (!v) return undefined;
  const { extra, ...attrs } = v as Record<string, string | number | undefined> & { extra?: XmlExtra };
  return el(name, attrs as Record<string, string | number | undefined>, [], extra as XmlExtra | undefined);
}

export function readSize(r: ElementReader | undefined): Size | undefined {
  if (!r) return undefined;
  const unit = r.attr("unit") as SizeUnit | undefined;
  const value = r.intText();
  r.finish();
  return { value, unit };
}

export function writeSize(name: string, s: Size): XmlElement {
  return textEl(name, s.value, { unit: s.unit }) as XmlElement;
}
