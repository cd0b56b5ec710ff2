// Drift comparison on element trees: walks what the defined document sets and compares it with
// libvirt's read-back in canonical form. Kind-specific knowledge (defaults, keys, units) comes
// from a DiffRules table; see diff-rules.ts.
import { XmlElement, isElement } from "./node";
import { unitFactor } from "./size";

/** One field where the live document disagrees with the defined one. */
export interface XmlDifference {
  /** e.g. /domain/devices/interface[0]/source/@bridge */
  path: string;
  /** Defined value; "present" for an element, undefined when the element must be absent. */
  defined: string | undefined;
  /** Live value; "present" for an element, undefined when missing. */
  live: string | undefined;
}

export interface DiffRules {
  /** Whether children of this name are indexed in paths (lists such as devices, ips, boot). */
  repeatable(parentPath: string, name: string): boolean;
  /** Lists where an extra live entry is a difference (libvirt adds none of these by itself). */
  exhaustive(parentPath: string, name: string): boolean;
  /** Key to match a child with its live counterpart; undefined matches by position among same-name siblings. */
  key?(parentPath: string, child: XmlElement, siblings: XmlElement[]): string | undefined;
  /** Default unit of a size element at this path (KiB for memory, bytes for storage), or undefined if not a size. */
  sizeUnit?(path: string): string | undefined;
  /** Attributes not to compare (libvirt-filled, write-only, or made moot by another attribute). */
  ignoreAttr?(path: string, name: string, defined: XmlElement, live: XmlElement): boolean;
  /** Elements not to compare at all. */
  ignoreElement?(path: string, defined: XmlElement): boolean;
  /** Whether a defined value and a live value mean the same (beyond the generic number rules). */
  equivalent?(path: string, defined: string, live: string): boolean;
}

/** Compares two element trees; only what `defined` sets is looked at. */
export function diffElements(defined: XmlElement, live: XmlElement, rules: DiffRules): XmlDifference[] {
  const out: XmlDifference[] = [];
  const path = `/${defined.name}`;
  if (defined.name !== live.name) {
    out.push({ path, defined: defined.name, live: live.name });
    return out;
  }
  compareElement(defined, live, path, rules, out);
  return out;
}

function compareElement(def: XmlElement, live: XmlElement, path: string, rules: DiffRules, out: XmlDifference[]): void {
  const sizeUnit = rules.sizeUnit?.(path);
  for (const [name, dv] of Object.entries(def.attributes)) {
    if (sizeUnit !== undefined && name === "unit") continue;
    if (rules.ignoreAttr?.(path, name, def, live)) continue;
    const lv = live.attributes[name];
    const p = `${path}/@${name}`;
    if (lv === undefined || !sameValue(p, dv, lv, rules)) out.push({ path: p, defined: dv, live: lv });
  }
  const defElements = def.children.filter(isElement);
  const liveElements = live.children.filter(isElement);
  if (defElements.length === 0) {
    const dt = textOf(def);
    if (dt !== undefined) {
      const lt = textOf(live);
      if (sizeUnit !== undefined) {
        const db = bytes(dt, def.attributes.unit ?? sizeUnit);
        const lb = lt === undefined ? undefined : bytes(lt, live.attributes.unit ?? sizeUnit);
        if (db === undefined || lb === undefined || db !== lb)
          out.push({ path, defined: withUnit(dt, def), live: lt === undefined ? undefined : withUnit(lt, live) });
      } else if (lt === undefined || !(sameValue(path, dt, lt, rules) || sameText(dt, lt))) {
        out.push({ path, defined: dt, live: lt });
      }
    }
    return;
  }
  compareChildren(defElements, liveElements, path, rules, out);
}

function compareChildren(defs: XmlElement[], lives: XmlElement[], path: string, rules: DiffRules, out: XmlDifference[]): void {
  const names = [...new Set(defs.map((d) => d.name))];
  for (const name of names) {
    const dl = defs.filter((d) => d.name === name);
    const ll = lives.filter((l) => l.name === name);
    const indexed = rules.repeatable(path, name);
    const liveKeys = ll.map((l) => rules.key?.(path, l, ll));
    const used = new Set<number>();
    dl.forEach((d, i) => {
      const childPath = indexed ? `${path}/${name}[${i}]` : `${path}/${name}`;
      if (rules.ignoreElement?.(childPath, d)) return;
      const k = rules.key?.(path, d, dl);
      let j: number;
      if (k !== undefined) j = liveKeys.findIndex((lk, n) => lk === k && !used.has(n));
      else j = i < ll.length && !used.has(i) ? i : -1;
      if (j < 0) {
        out.push({ path: childPath, defined: "present", live: undefined });
        return;
      }
      used.add(j);
      compareElement(d, ll[j], childPath, rules, out);
    });
    if (rules.exhaustive(path, name)) {
      ll.forEach((_, j) => {
        if (!used.has(j)) out.push({ path: indexed ? `${path}/${name}[${j}]` : `${path}/${name}`, defined: undefined, live: "present" });
      });
    }
  }
}

function textOf(e: XmlElement): string | undefined {
  const parts = e.children.filter((c): c is { text: string } => !isElement(c));
  return parts.length ? parts.map((p) => p.text).join("") : "";
}

function withUnit(v: string, e: XmlElement): string {
  return e.attributes.unit ? `${v.trim()} ${e.attributes.unit}` : v.trim();
}

function bytes(v: string, unit: string): number | undefined {
  const n = toNumber(v);
  if (n === undefined) return undefined;
  try {
    return n * unitFactor(unit);
  } catch {
    return undefined;
  }
}

/** Decimal or 0x-hex integers (as libvirt accepts them in addresses and numbers). */
export function toNumber(v: string): number | undefined {
  const s = v.trim();
  if (/^[+-]?0x[0-9a-f]+$/i.test(s)) {
    const neg = s.startsWith("-");
    const n = parseInt(s.replace(/^[+-]/, "").slice(2), 16);
    return neg ? -n : n;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return Number(s);
  return undefined;
}

// libvirt writes a carriage return in text raw, which any XML reader turns into a newline.
function sameText(d: string, l: string): boolean {
  const eol = (s: string) => s.replace(/\r\n?/g, "\n");
  return eol(d) === eol(l);
}

function sameValue(path: string, d: string, l: string, rules: DiffRules): boolean {
  if (d === l) return true;
  const dn = toNumber(d);
  const ln = toNumber(l);
  if (dn !== undefined && ln !== undefined && dn === ln) return true;
  return rules.equivalent?.(path, d, l) ?? false;
}
