// The stack file (stacks/Pulumi.<stack>.yaml) checked as a whole before any value in it is: UTF-8
// bytes, one YAML mapping read as the Pulumi CLI reads it (go-yaml: merge keys `<<` resolved, a
// duplicate key refused), only the top-level keys Pulumi knows, no setting that looks like ours
// outside the kvm-infra: namespace, and no secret in plain text. These are the slips the engine's
// config map cannot show: an empty or mistyped file reaches the program as "no settings".
import { parseDocument } from "yaml";
import type { Problem } from "../checks";
import { CONFIG_KEYS, NAMESPACE } from "./types";

/** The stack settings file's attributes (pulumi.com/docs/iac/concepts/projects/stack-settings-file). */
export const STACK_FILE_KEYS = ["config", "secretsprovider", "encryptedkey", "encryptionsalt", "environment"] as const;

export interface StackFile {
  /** The file's `config:` block as written (keys as in the file), {} when there is none to read. */
  config: Record<string, unknown>;
  problems: Problem[];
}

/** Reads the bytes of a stack file; `name` is how messages refer to it, `stack` goes into commands. */
export function checkStackFile(bytes: Uint8Array, name: string, stack: string, project = NAMESPACE): StackFile {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => problems.push({ path, message });
  let text: string;
  try {
    // The CLI strips a UTF-8 byte order mark; TextDecoder does the same.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    fail(name, `${name} is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); save it as UTF-8`);
    return { config: {}, problems };
  }
  const doc = parseDocument(text, { merge: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const at = e.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : "";
      fail(name, `${name} is not valid YAML${at}: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    return { config: {}, problems };
  }
  const root: unknown = doc.toJS({ maxAliasCount: 100 });
  const shape = `a mapping with a config: block holding the ${NAMESPACE}: settings`;
  if (root === null || root === undefined) {
    const what = text.trim() === "" || doc.contents === null ? "empty" : "null";
    fail(name, `${name} is ${what}: a stack file must be ${shape} (an empty stack would manage nothing and remove what is there)`);
    return { config: {}, problems };
  }
  if (!isMapping(root)) {
    fail(name, `${name} must be ${shape}, got ${Array.isArray(root) ? "a list" : `the scalar ${JSON.stringify(root)}`}`);
    return { config: {}, problems };
  }
  for (const k of Object.keys(root)) {
    if ((STACK_FILE_KEYS as readonly string[]).includes(k)) continue;
    const near = STACK_FILE_KEYS.find((a) => editDistance(k.toLowerCase(), a) <= 2);
    fail(
      k,
      `${k} (in ${name}) is not a key of a stack file${near ? `: did you mean ${near}?` : ""}; accepted: ${STACK_FILE_KEYS.join(", ")}`,
    );
  }
  const config = root.config;
  if (config === undefined || config === null) {
    fail("config", `${name} has no config: block; the ${NAMESPACE}: settings belong under config:`);
    return { config: {}, problems };
  }
  if (!isMapping(config)) {
    fail(
      "config",
      `config (in ${name}) must be a mapping of settings such as ${NAMESPACE}:uri, got ${Array.isArray(config) ? "a list" : JSON.stringify(config)}`,
    );
    return { config: {}, problems };
  }
  for (const [k, v] of Object.entries(config)) {
    const full = k.includes(":") ? k : `${project}:${k}`;
    const [ns, ...rest] = full.split(":");
    const setting = rest.join(":");
    if (ns !== NAMESPACE) {
      if (looksLikeOurNamespace(ns)) {
        fail(
          k,
          `${k} looks like ${NAMESPACE}:${setting} but is outside the ${NAMESPACE}: namespace, so the program would never see it; write ${NAMESPACE}:${setting}`,
        );
      }
      continue;
    }
    plaintextSecrets(v, full).forEach((p) =>
      fail(
        p,
        `${p} is written in plain text in ${name}; a secret belongs encrypted in the stack file (and this one should be changed): ` +
          `pulumi config set --stack ${stack} --secret --path '${p}' '<password>'`,
      ),
    );
  }
  return { config, problems };
}

/** Other separators (kvm_infra, kvminfra, kvm.infra), other case, or up to two typos. */
export function looksLikeOurNamespace(ns: string): boolean {
  const lower = ns.toLowerCase();
  return lower.replace(/[^a-z0-9]/g, "") === NAMESPACE.replace(/[^a-z0-9]/g, "") || editDistance(lower, NAMESPACE) <= 2;
}

/** The known setting a mistyped one was probably meant to be (case or up to two typos). */
export function nearestSetting(setting: string): string | undefined {
  const lower = setting.toLowerCase();
  return CONFIG_KEYS.find((k) => k.toLowerCase() === lower) ?? CONFIG_KEYS.find((k) => editDistance(lower, k.toLowerCase()) <= 2);
}

/** Keys named like a password whose value is not `secure:` (the render and the engine would see it plain). */
function plaintextSecrets(v: unknown, at: string): string[] {
  if (isSecure(v)) return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => plaintextSecrets(x, `${at}[${i}]`));
  if (!isMapping(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const p = `${at}.${k}`;
    if (/pass(word|phrase)$/i.test(k) && typeof x === "string") return [p];
    return plaintextSecrets(x, p);
  });
}

function isSecure(v: unknown): boolean {
  return isMapping(v) && Object.keys(v).length === 1 && typeof v.secure === "string";
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Levenshtein distance (the strings are short keys). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Where the first byte sequence that is not UTF-8 starts. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    for (let j = 1; j < n; j++) if ((bytes[i + j] & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch (e) {
      return i; // overlong or surrogate forms
    }
    i += n;
  }
  return bytes.length;
}
