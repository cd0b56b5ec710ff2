// Generic XML element tree shared by every document kind: parses with fast-xml-parser and writes
// back with its builder, with the escaping libvirt's XML reader (libxml2) needs to give back every
// character exactly.
import { XMLParser, XMLBuilder, XMLValidator } from "fast-xml-parser";

/** A text node; CDATA sections are read as plain text (same meaning, written escaped). */
export interface XmlText {
  text: string;
}

/** One element: attributes in document order, children as elements and text. Plain data (JSON-safe). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | XmlText;

export function isElement(node: XmlNode): node is XmlElement {
  return (node as XmlElement).name !== undefined;
}

const TEXT = "#text";
const CDATA = "#cdata";
const COMMENT = "#comment";
const ATTRS = ":@";

type OrderedNode = Record<string, unknown>;

function parser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    // Free text (title, description) must come back byte for byte: no trimming, no number guessing.
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    // Also decodes numeric character references (&#10; &#x41;), which libvirt writes for control characters.
    htmlEntities: true,
    cdataPropName: CDATA,
    commentPropName: COMMENT,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: 200,
  });
}

/** Parses an XML document into its root element. Throws on malformed XML or when there is no root. */
export function parseXmlElement(xml: string): XmlElement {
  if (typeof xml !== "string") throw new TypeError("XML document must be a string");
  // The parser itself is lenient (unclosed tags pass), so check well-formedness first.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const nodes = parser().parse(xml) as OrderedNode[];
  const roots = convertNodes(nodes).filter(isElement);
  if (roots.length !== 1) throw new Error(`XML document must have exactly one root element, found ${roots.length}`);
  return roots[0];
}

function convertNodes(nodes: OrderedNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== ATTRS);
    if (key === undefined || key === COMMENT) continue;
    if (key === TEXT) {
      appendText(out, String(node[TEXT]));
      continue;
    }
    if (key === CDATA) {
      const inner = convertNodes(node[CDATA] as OrderedNode[]);
      for (const n of inner) if (!isElement(n)) appendText(out, n.text);
      continue;
    }
    const attrs = (node[ATTRS] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(attrs)) attributes[name] = String(value);
    const children = convertNodes(node[key] as OrderedNode[]);
    // Indentation between elements carries no meaning; text in leaf elements is kept exactly.
    const hasElements = children.some(isElement);
    out.push({ name: key, attributes, children: hasElements ? children.filter((c) => isElement(c) || c.text.trim() !== "") : children });
  }
  return out;
}

function appendText(out: XmlNode[], text: string): void {
  const last = out[out.length - 1];
  if (last && !isElement(last)) last.text += text;
  else out.push({ text });
}

// libxml2 turns raw tabs and newlines in attribute values into spaces and drops raw carriage
// returns from text, so those go out as character references; & < > ' " as the usual entities.
const ENTITIES = [
  { regex: /&/g, val: "&amp;" },
  { regex: />/g, val: "&gt;" },
  { regex: /</g, val: "&lt;" },
  { regex: /'/g, val: "&apos;" },
  { regex: /"/g, val: "&quot;" },
  { regex: /\r/g, val: "&#13;" },
  { regex: /\n/g, val: "&#10;" },
  { regex: /\t/g, val: "&#9;" },
];

function builder(format: boolean): XMLBuilder {
  // `entities` is an accepted builder option the type declarations do not list.
  const options: Record<string, unknown> = {
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    format,
    indentBy: "  ",
    suppressEmptyNode: true,
    processEntities: true,
    entities: ENTITIES,
  };
  return new XMLBuilder(options);
}

function toOrdered(el: XmlElement): OrderedNode {
  const node: OrderedNode = { [el.name]: el.children.map((c) => (isElement(c) ? toOrdered(c) : { [TEXT]: c.text })) };
  if (Object.keys(el.attributes).length > 0) node[ATTRS] = { ...el.attributes };
  return node;
}

/** Writes an element tree as an indented XML document (no declaration, as libvirt writes it). */
export function writeXmlElement(root: XmlElement): string {
  assertValidNames(root);
  // Indenting would add whitespace to mixed content (text beside elements, e.g. in raw metadata),
  // so such documents are written unindented.
  const xml = builder(!hasMixedContent(root)).build([toOrdered(root)]) as string;
  return `${xml.replace(/^\n+/, "").replace(/\n*$/, "")}\n`;
}

function hasMixedContent(el: XmlElement): boolean {
  const elements = el.children.filter(isElement);
  if (elements.length > 0 && el.children.some((c) => !isElement(c))) return true;
  return elements.some(hasMixedContent);
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

// The builder writes names verbatim, so a bad name would produce broken or injected markup.
function assertValidNames(el: XmlElement): void {
  if (!NAME.test(el.name)) throw new Error(`invalid XML element name ${JSON.stringify(el.name)}`);
  for (const a of Object.keys(el.attributes)) {
    if (!NAME.test(a)) throw new Error(`invalid XML attribute name ${JSON.stringify(a)} on <${el.name}>`);
  }
  for (const c of el.children) if (isElement(c)) assertValidNames(c);
}
