// Reads Pulumi.yaml and the stack files as the CLI does, for the stack tests: the declared config,
// the merged values (stack over project defaults) and the CLI's own checks of typed keys.
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

export const ROOT = path.resolve(__dirname, "../../..");

export interface Declaration {
  type?: "string" | "integer" | "boolean" | "array";
  items?: { type: string };
  description?: string;
  default?: unknown;
  secret?: boolean;
}

export function project(): { name: string; stackConfigDir: string; config: Record<string, Declaration> } {
  return parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
}

export function stackFiles(): string[] {
  const dir = path.join(ROOT, project().stackConfigDir);
  return fs
    .readdirSync(dir)
    .filter((f) => /^Pulumi\..+\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

export function fullKey(k: string): string {
  return k.includes(":") ? k : `${project().name}:${k}`;
}

function isSecure(v: unknown): boolean {
  return typeof v === "object" && v !== null && Object.keys(v).length === 1 && typeof (v as { secure?: unknown }).secure === "string";
}

/** The CLI's ValidateConfigValue: what a typed project config key accepts. */
function matchesType(decl: Declaration, v: unknown): boolean {
  switch (decl.type) {
    case "string":
      return typeof v === "string";
    case "integer":
      return (typeof v === "number" && Number.isInteger(v)) || (typeof v === "string" && /^-?\d+$/.test(v));
    case "boolean":
      return typeof v === "boolean" || v === "true" || v === "false";
    case "array":
      return Array.isArray(v) && v.every((x) => matchesType({ type: decl.items?.type as Declaration["type"] }, x));
    default:
      return true;
  }
}

/** Problems with a stack's config against the declarations in Pulumi.yaml, as `pulumi preview` reports them. */
export function checkAgainstProject(stackConfig: Record<string, unknown>): string[] {
  const decls = project().config;
  const declared = new Map(Object.entries(decls).map(([k, d]) => [fullKey(k), d]));
  const problems: string[] = [];
  for (const [k, v] of Object.entries(stackConfig)) {
    const d = declared.get(fullKey(k));
    if (!d) {
      if (fullKey(k).startsWith(`${project().name}:`)) problems.push(`${k} is not declared in Pulumi.yaml`);
      continue;
    }
    if (d.secret && !isSecure(v)) problems.push(`${k} must be encrypted as it's secret`);
    if (!isSecure(v) && !matchesType(d, v)) problems.push(`${k} must be of type '${d.type}'`);
  }
  return problems;
}

const SECRET_NAME = /pass(word|phrase)|secret|token|private_?key|credential/i;

/** Paths of values that look like secrets but are stored in plain text (not `secure:`). */
export function plaintextSecrets(v: unknown, at = ""): string[] {
  if (isSecure(v)) return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => plaintextSecrets(x, `${at}[${i}]`));
  if (v && typeof v === "object") {
    return Object.entries(v).flatMap(([k, x]) => {
      const p = at ? `${at}.${k}` : k;
      if (SECRET_NAME.test(k) && x !== null && x !== undefined && !isSecure(x)) return [p];
      return plaintextSecrets(x, p);
    });
  }
  return [];
}

/** The stack's config merged over the project's defaults, secure values replaced, keyed kvm-infra:<key>. */
export function mergedValues(stackConfig: Record<string, unknown>, placeholder = "[secret]"): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(project().config)) if ("default" in d) out[fullKey(k)] = d.default;
  for (const [k, v] of Object.entries(stackConfig)) out[fullKey(k)] = v;
  const strip = (x: unknown): unknown =>
    isSecure(x)
      ? placeholder
      : Array.isArray(x)
        ? x.map(strip)
        : x && typeof x === "object"
          ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, strip(y)]))
          : x;
  return strip(out) as Record<string, unknown>;
}

export function readStack(file: string): { config: Record<string, unknown> } {
  return parse(fs.readFileSync(file, "utf8")) ?? { config: {} };
}
