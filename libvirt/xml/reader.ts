// Reads typed fields out of an element tree while tracking what was used, so that whatever the
// typed model does not know is kept (written back as is) and reported by path.
import { XmlElement, XmlNode, isElement } from "./node";

/** Attributes and child elements the typed model does not know, kept to be written back unchanged. */
export interface XmlExtra {
  attributes?: Record<string, string>;
  elements?: XmlElement[];
  /** Where each of `elements` stood among its parent's child elements, to write it back in place. */
  positions?: number[];
}

/** Collects the paths of unknown nodes over one document. */
export interface ParseContext {
  unknownPaths: string[];
}

export class ElementReader {
  readonly el: XmlElement;
  readonly path: string;
  private readonly ctx: ParseContext;
  private readonly usedAttrs = new Set<string>();
  private readonly usedChildren = new Set<XmlElement>();
  private textUsed = false;

  constructor(el: XmlElement, path: string, ctx: ParseContext) {
    this.el = el;
    this.path = path;
    this.ctx = ctx;
  }

  attr(name: string): string | undefined {
    this.usedAttrs.add(name);
    return this.el.attributes[name];
  }

  /** An attribute whose values the caller narrows to a string-literal union. */
  enumAttr<T extends string>(name: string): T | undefined {
    return this.attr(name) as T | undefined;
  }

  /** A numeric attribute; decimal or 0x-hex as libvirt accepts. Non-numeric values throw. */
  intAttr(name: string): number | undefined {
    const v = this.attr(name);
    return v === undefined ? undefined : parseNumber(v, `${this.path}/@${name}`);
  }

  /** The element's text, or "" when it has none. */
  text(): string {
    this.textUsed = true;
    return this.el.children
      .filter((c): c is { text: string } => !isElement(c))
      .map((c) => c.text)
      .join("");
  }

  intText(): number {
    return parseNumber(this.text().trim(), this.path);
  }

  has(name: string): boolean {
    return this.el.children.some((c) => isElement(c) && c.name === name);
  }

  /** The first child element of that name (indexless path: the name is not repeatable there). */
  child(name: string): ElementReader | undefined {
    const c = this.el.children.find((n): n is XmlElement => isElement(n) && n.name === name && !this.usedChildren.has(n));
    if (!c) return undefined;
    this.usedChildren.add(c);
    return new ElementReader(c, `${this.path}/${name}`, this.ctx);
  }

  /** Text of the first child of that name, if present. */
  childText(name: string): string | undefined {
    const c = this.child(name);
    if (!c) return undefined;
    const t = c.text();
    c.finish();
    return t;
  }

  /**
   * Every child of that name, paths indexed among the siblings of that name. Children `accept`
   * turns down (variants the model lacks) stay unclaimed: kept raw and reported as unknown.
   */
  children(name: string, accept?: (el: XmlElement) => boolean): ElementReader[] {
    const list = this.el.children.filter((n): n is XmlElement => isElement(n) && n.name === name);
    const out: ElementReader[] = [];
    list.forEach((c, i) => {
      if (accept && !accept(c)) return;
      this.usedChildren.add(c);
      out.push(new ElementReader(c, `${this.path}/${name}[${i}]`, this.ctx));
    });
    return out;
  }

  /** Child elements in document order (for device lists mixing names). */
  elementChildren(): XmlElement[] {
    return this.el.children.filter(isElement);
  }

  /** Marks a raw child as used by the caller (kept by it, e.g. as raw metadata). */
  claim(el: XmlElement): void {
    this.usedChildren.add(el);
  }

  readerFor(el: XmlElement, path: string): ElementReader {
    this.usedChildren.add(el);
    return new ElementReader(el, path, this.ctx);
  }

  /** Unknown attributes and children of this element, their paths added to the context. */
  finish(): XmlExtra | undefined {
    const extra: XmlExtra = {};
    for (const [name, value] of Object.entries(this.el.attributes)) {
      if (this.usedAttrs.has(name)) continue;
      (extra.attributes ??= {})[name] = value;
      this.ctx.unknownPaths.push(`${this.path}/@${name}`);
    }
    const counts = new Map<string, number>();
    let position = 0;
    for (const c of this.el.children) {
      if (!isElement(c)) {
        if (!this.textUsed && c.text.trim() !== "") this.ctx.unknownPaths.push(`${this.path}/text()`);
        continue;
      }
      const i = counts.get(c.name) ?? 0;
      counts.set(c.name, i + 1);
      position++;
      if (this.usedChildren.has(c)) continue;
      (extra.elements ??= []).push(c);
      (extra.positions ??= []).push(position - 1);
      this.ctx.unknownPaths.push(`${this.path}/${c.name}[${i}]`);
    }
    return extra.attributes || extra.elements ? extra : undefined;
  }
}

export function parseNumber(v: string, where: string): number {
  const s = v.trim();
  let n: number;
  if (/^[+-]?0x[0-9a-f]+$/i.test(s)) n = s.startsWith("-") ? -parseInt(s.slice(3), 16) : parseInt(s.replace(/^\+/, "").slice(2), 16);
  else if (/^[+-]?\d+(\.\d+)?$/.test(s)) n = Number(s);
  else throw new Error(`${where}: expected a number, got ${JSON.stringify(v)}`);
  return n;
}

export function newContext(): ParseContext {
  return { unknownPaths: [] };
}

export function rootReader(el: XmlElement, expected: string, ctx: ParseContext): ElementReader {
  if (el.name !== expected) throw new Error(`expected a <${expected}> document, got <${el.name}>`);
  return new ElementReader(el, `/${expected}`, ctx);
}

export type { XmlNode };
