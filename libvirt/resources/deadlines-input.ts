// The `deadlines` input every resource takes: its own per-call deadlines on the shared connection
// (libvirt/rpc/deadlines.ts). It is not part of the libvirt object, so the kinds' own check and
// diff never see it: withProviderContext (errors.ts) checks it here and applies it to each
// operation with runWithDeadlines.
import { DEFAULT_DEADLINES } from "../rpc";
import { Failure } from "./validate";

/** Failures of a `deadlines` input, each naming its key (deadlines.readMs, ...). */
export function checkDeadlinesInput(value: unknown): Failure[] {
  if (value === undefined) return [];
  const known = Object.keys(DEFAULT_DEADLINES);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [{ property: "deadlines", reason: `deadlines must be an object with any of ${known.join(", ")} (milliseconds)` }];
  }
  const failures: Failure[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(key)) {
      failures.push({ property: `deadlines.${key}`, reason: `deadlines.${key} is not a deadline; accepted: ${known.join(", ")}` });
    } else if (v !== undefined && (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0)) {
      failures.push({
        property: `deadlines.${key}`,
        reason: `deadlines.${key} must be a positive whole number of milliseconds, got ${JSON.stringify(v)}`,
      });
    }
  }
  return failures;
}
