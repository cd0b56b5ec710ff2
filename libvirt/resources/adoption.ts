// Taking over an object that already exists on the host (the `adopt` input, or one kvm-infra made
// itself in an interrupted run): the field-by-field differences between host and config, logged
// before the provider converges them as an update would, and the refusal of what would need a replace.
import { log as pulumiLog } from "@pulumi/pulumi";
import { deepEqual, isUnknown } from "./validate";
import { isElement, parseXmlElement, XmlElement } from "../xml/node";

/** One field where the host and the config disagree. Values are already redacted where secret. */
export interface FieldDifference {
  field: string;
  live: unknown;
  configured: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** Whether a dotted path names a secret (its value is never shown). */
function isSecretPath(path: string, secretKeys: readonly string[]): boolean {
  return secretKeys.some((k) => path === k || path.startsWith(`${k}.`) || path.endsWith(`.${k}`) || path.includes(`.${k}.`));
}

function collect(path: string, live: unknown, configured: unknown, secretKeys: readonly string[], out: FieldDifference[]): void {
  if (isUnknown(configured) || deepEqual(live, configured)) return;
  if (isPlainObject(live) && isPlainObject(configured)) {
    for (const k of [...new Set([...Object.keys(live), ...Object.keys(configured)])]) {
      collect(`${path}.${k}`, live[k], configured[k], secretKeys, out);
    }
    return;
  }
  if (Array.isArray(live) && Array.isArray(configured) && live.length === configured.length) {
    live.forEach((x, i) => collect(`${path}[${i}]`, x, configured[i], secretKeys, out));
    return;
  }
  const secret = isSecretPath(path, secretKeys);
  out.push({ field: path, live: secret ? "(secret)" : live, configured: secret ? "(secret, another value)" : configured });
}

/**
 * Every leaf where `live` (the host's definition read back into the input shape) differs from
 * `configured`, over `keys`. A key the config leaves unset is not compared (libvirt's choice stands).
 */
export function fieldDifferences(
  live: object,
  configured: object,
  keys: readonly string[],
  secretKeys: readonly string[] = [],
): FieldDifference[] {
  const out: FieldDifference[] = [];
  const l = live as Record<string, unknown>;
  const c = configured as Record<string, unknown>;
  for (const k of keys) {
    if (c[k] === undefined) continue;
    collect(k, l[k], c[k], secretKeys, out);
  }
  return out;
}

export function showValue(v: unknown): string {
  if (v === undefined) return "unset";
  return typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
}

export function describeDifferences(diffs: FieldDifference[]): string {
  return diffs.map((d) => `${d.field}: host has ${showValue(d.live)}, config says ${showValue(d.configured)}`).join("; ");
}

/** The refusal of an adoption that would need a replace: nothing was changed, each field named. */
export function adoptConflictError(what: string, uri: string, conflicts: FieldDifference[]): Error {
  return new Error(
    `adopting ${what} on ${uri} is refused, nothing was changed: ${describeDifferences(conflicts)}. ` +
      "These cannot change in place (it would need a replace of the existing object): make the config say what the host has, " +
      "or remove the object from the host yourself",
  );
}

/** Check failures (one per field) for the same refusal, so `pulumi preview` already stops. */
export function adoptConflictFailures(what: string, conflicts: FieldDifference[]): Array<{ property: string; reason: string }> {
  return conflicts.map((c) => ({
    property: c.field.replace(/[.[].*$/, ""),
    reason:
      `adopt: ${what} exists on the host with ${c.field} ${showValue(c.live)}, the config says ${showValue(c.configured)}; ` +
      "that cannot change in place (it would need a replace): make the config say what the host has",
  }));
}

/** The differences an adoption is about to converge, in Pulumi's log (forwarded to the CLI). */
export function logAdoption(what: string, uri: string, diffs: FieldDifference[], own: boolean): void {
  const verb = own ? "continuing with" : "adopting";
  const text = diffs.length
    ? `${verb} ${what} on ${uri}; the host differs from the config, converging in place: ${describeDifferences(diffs)}`
    : `${verb} ${what} on ${uri}; the host matches the config`;
  (diffs.length ? pulumiLog.warn(text) : pulumiLog.info(text)).catch(() => undefined);
}

/** The message for an existing object create may not take over. */
export function notAdoptedError(what: string, uri: string, remedy: string): Error {
  return new Error(
    `${what} already exists on ${uri} and was not made by kvm-infra; set adopt: true to take it over ` +
      `(kvm-infra then converges it to the config without recreating it), or ${remedy}`,
  );
}

/** Whether check should read the host: adopt asked for a resource the state does not hold yet. */
export function adoptionToPreview(
  olds: Record<string, unknown> | undefined,
  inputs: { adopt?: boolean; uri?: unknown; name?: unknown },
): boolean {
  const isNew = !olds || olds.name === undefined;
  return (
    isNew &&
    inputs.adopt === true &&
    typeof inputs.uri === "string" &&
    !isUnknown(inputs.uri) &&
    typeof inputs.name === "string" &&
    !isUnknown(inputs.name)
  );
}

/**
 * check's look at the host for an adoption: the refusals (as check failures) for what would need
 * a replace. A host that cannot be reached is not a check failure (create reads it again and
 * refuses there); it is logged.
 */
export async function previewAdoption(
  what: string,
  conflicts: () => Promise<FieldDifference[]>,
): Promise<Array<{ property: string; reason: string }>> {
  try {
    return adoptConflictFailures(what, await conflicts());
  } catch (e) {
    const msg = e && typeof e === "object" && "message" in e ? String((e as Error).message) : String(e);
    pulumiLog.warn(`adopt: could not read ${what} from the host to preview its adoption (create will): ${msg}`).catch(() => undefined);
    return [];
  }
}

function deviceCounts(xml: string): Map<string, number> {
  const devices = parseXmlElement(xml).children.find((c) => isElement(c) && c.name === "devices") as XmlElement | undefined;
  const counts = new Map<string, number>();
  for (const c of devices?.children ?? []) if (isElement(c)) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return counts;
}

/**
 * The devices a redefinition from the config would leave out: per element kind under <devices>,
 * how many the host's definition has and the new one keeps (a sound card, a hostdev, a second
 * channel, ... that the components do not model). Empty when nothing is lost.
 */
export function devicesLost(currentXml: string, nextXml: string): FieldDifference[] {
  const now = deviceCounts(currentXml);
  const next = deviceCounts(nextXml);
  const out: FieldDifference[] = [];
  for (const [kind, count] of now) {
    const kept = next.get(kind) ?? 0;
    if (kept < count) out.push({ field: `devices/${kind}`, live: count, configured: kept });
  }
  return out;
}
