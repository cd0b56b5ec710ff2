// Property values as the engine handles them: Pulumi's secret and unknown markers, the secretness
// the engine copies from inputs to outputs, `additionalSecretOutputs`, `ignoreChanges`, URNs.
// Each rule cites where it comes from.

export type Rec = Record<string, any>;

/** The signature key of Pulumi's special objects (sdk/nodejs/runtime/rpc.ts `specialSigKey`). */
export const SIG = "4dabf18193072939515e22adb298388d";
/** `specialSecretSig`: `{ [SIG]: SECRET_SIG, value }` is a secret. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** The string the SDK and the engine use for a value not known during preview (rpc.ts `unknownValue`). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function isSecret(v: unknown): v is { value: unknown } {
  return !!v && typeof v === "object" && (v as Rec)[SIG] === SECRET_SIG;
}

export function secret(v: unknown): Rec {
  return isSecret(v) ? (v as Rec) : { [SIG]: SECRET_SIG, value: v };
}

/** Removes every secret marker, keeping the values (what a provider with acceptSecrets=false gets). */
export function unwrap<T>(v: T): T {
  if (isSecret(v)) return unwrap(v.value) as T;
  if (Array.isArray(v)) return v.map((x) => unwrap(x)) as unknown as T;
  if (v && typeof v === "object") {
    const out: Rec = {};
    for (const [k, x] of Object.entries(v as Rec)) out[k] = unwrap(x);
    return out as T;
  }
  return v;
}

export function containsSecret(v: unknown): boolean {
  if (isSecret(v)) return true;
  if (Array.isArray(v)) return v.some(containsSecret);
  if (v && typeof v === "object") return Object.values(v as Rec).some(containsSecret);
  return false;
}

export function containsUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === "object") return Object.values(v as Rec).some(containsUnknown);
  return false;
}

const plainObject = (v: unknown): v is Rec => !!v && typeof v === "object" && !Array.isArray(v) && !isSecret(v);

/**
 * The engine's `annotateSecrets` (pkg/resource/plugin/provider_plugin.go): a provider that does not
 * accept secrets (the dynamic-provider host answers Configure with acceptSecrets=false) gets its inputs
 * unwrapped, and the engine copies the secretness back: for each key present in both, objects recurse,
 * otherwise an output whose input contained a secret becomes a secret as a whole.
 */
export function annotateSecrets(outs: Rec, ins: Rec): Rec {
  const res: Rec = { ...outs };
  for (const [k, inV] of Object.entries(ins)) {
    if (!(k in res)) continue;
    const outV = res[k];
    const inPlain = isSecret(inV) ? undefined : inV;
    if (plainObject(outV) && plainObject(inPlain)) res[k] = annotateSecrets(outV, inPlain);
    else if (containsSecret(inV)) res[k] = secret(unwrap(outV));
  }
  return res;
}

/** `additionalSecretOutputs`: "specifies a list of output properties to mark as secret"
 * (https://www.pulumi.com/docs/iac/concepts/options/additionalsecretoutputs/). */
export function markSecretOutputs(outs: Rec, names: string[]): Rec {
  const res: Rec = { ...outs };
  for (const n of names) if (n in res && res[n] !== undefined) res[n] = secret(res[n]);
  return res;
}

/**
 * `ignoreChanges`: "changes to the listed properties are ignored ... the value from the old state is
 * used" (https://www.pulumi.com/docs/iac/concepts/options/ignorechanges/). Paths are property paths
 * (`a`, `a.b`, `a[0]`); a property absent in the old inputs is removed from the new ones, as the
 * engine does (pkg/resource/deploy/step_generator.go processIgnoreChanges). Only for existing resources.
 */
export function applyIgnoreChanges(news: Rec, oldInputs: Rec, paths: string[]): Rec {
  const res: Rec = JSON.parse(JSON.stringify(news));
  for (const p of paths) {
    const keys = p
      .replace(/\[(\d+)\]/g, ".$1")
      .split(".")
      .filter(Boolean);
    let src: any = oldInputs;
    for (const k of keys) src = src == null ? undefined : isSecret(src) ? (src.value as Rec)?.[k] : src[k];
    let dst: any = res;
    for (const k of keys.slice(0, -1)) {
      if (dst[k] == null || typeof dst[k] !== "object") dst[k] = {};
      dst = isSecret(dst[k]) ? dst[k].value : dst[k];
    }
    const last = keys[keys.length - 1];
    if (src === undefined) delete dst[last];
    else dst[last] = JSON.parse(JSON.stringify(src));
  }
  return res;
}

/** Deep equality of two property values, secrets compared by value and by secretness. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Rec;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * A resource's URN: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where the qualified
 * type is the parent's qualified type, `$`, then the type; children of the stack use their own type
 * (https://www.pulumi.com/docs/iac/concepts/resources/names/#urns).
 */
export function makeUrn(stack: string, project: string, parentUrn: string, type: string, name: string): string {
  let qualified = type;
  if (parentUrn) {
    const parentType = parentUrn.split("::")[2];
    if (parentType !== "pulumi:pulumi:Stack") qualified = `${parentType}$${type}`;
  }
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

export const urnName = (urn: string): string => urn.split("::").slice(3).join("::");
export const urnType = (urn: string): string => (urn.split("::")[2] ?? "").split("$").pop() as string;
