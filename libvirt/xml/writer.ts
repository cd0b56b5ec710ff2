// Builds element trees from typed values: undefined attributes and children are left out, and
// the unknown nodes kept at parse time are written back after the known ones.
import { XmlElement, XmlNode } from "./node";
import { XmlExtra } from "./reader";

export type AttrValue = string | number | undefined;
export type Child = XmlNode | undefined | false | null;

export function el(name: string, attrs: Record<string, AttrValue> = {}, children: Child[] = [], extra?: XmlExtra): XmlElement {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) attributes[k] = String(v);
  if (extra?.attributes) for (const [k, v] of Object.entries(extra.attributes)) if (!(k in attributes)) attributes[k] = v;
  const kids = children.filter((c): c is XmlNode => !!c);
  const extraEls = extra?.elements ?? [];
  // Back where they were when the order matches libvirt's (it does for XML libvirt wrote), else last.
  const placed = extraEls.map((e, i) => ({ e, at: extra?.positions?.[i] ?? Number.MAX_SAFE_INTEGER }));
  placed.sort((a, b) => a.at - b.at);
  for (const { e, at } of placed) kids.splice(Math.min(at, kids.length), 0, e);
  return { name, attributes, children: kids };
}

/** An element holding only text (kept even when empty, e.g. an empty title). */
export function textEl(
  name: string,
  text: string | number | undefined,
  attrs: Record<string, AttrValue> = {},
  extra?: XmlExtra,
): XmlElement | undefined {
  if (text === undefined) return undefined;
  const s = String(text);
  return el(name, attrs, s === "" ? [] : [{ text: s }], extra);
}

/** An element present or absent, e.g. <acpi/>. */
export function flagEl(name: string, on: boolean | undefined): XmlElement | undefined {
  return on ? el(name) : undefined;
}
