// Test helpers for libvirt/xml: fixtures, a canonical form for comparing trees by meaning, and
// validation of written XML against libvirt's RNG schemas with virt-xml-validate.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "fs";
import { join } from "path";
import { tmpdir } from "os";
import { spawnSync } from "child_process";
import { XmlElement, isElement } from "../../../libvirt/xml/node";

export const FIXTURES = join(__dirname, "../../fixtures/xml");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".xml"))
    .sort();
}

export interface CanonicalElement {
  name: string;
  attributes: [string, string][];
  text: string;
  children: CanonicalElement[];
}

/** Attribute order and sibling order across different names do not matter to libvirt. */
export function canonical(e: XmlElement): CanonicalElement {
  const kids = e.children.filter(isElement).map(canonical);
  kids.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    name: e.name,
    attributes: Object.entries(e.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    // libvirt writes empty containers as "<source>\n  </source>": whitespace-only text carries nothing.
    text: wsToEmpty(
      e.children
        .filter((c): c is { text: string } => !isElement(c))
        .map((c) => c.text)
        .join(""),
    ),
    children: kids,
  };
}

function wsToEmpty(s: string): string {
  return s.trim() === "" ? "" : s;
}

export type Schema = "domain" | "network" | "storagepool" | "storagevol";

/** Runs virt-xml-validate on the XML; returns its output when it fails, undefined when valid. */
export function schemaErrors(xml: string, schema: Schema): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "kvmit-xml-validate-"));
  try {
    const file = join(dir, "doc.xml");
    writeFileSync(file, xml);
    const r = spawnSync("virt-xml-validate", [file, schema], { encoding: "utf8" });
    if (r.error) throw r.error;
    return r.status === 0 ? undefined : `${r.stdout}${r.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Characters that break naive XML writers or readers. */
export const HOSTILE = `<&"']]> </x> &amp; ${"\n"}second line${"\t"}tab ${"\r"}cr  `;
/** libvirt refuses newlines in titles; everything else stays hostile. */
export const HOSTILE_LINE = `<&"']]> </x> &amp; &#10; ' " <![CDATA[ x ]]> é ✓  `;
