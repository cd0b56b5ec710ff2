// How long each remote call may take before it fails: short for what only reads, longer for what
// changes an object or starts and stops a guest, longest for what allocates or wipes storage.
// A missed deadline first asks the daemon whether it is still there (a keepalive PING): silence
// means the connection is lost (every pending call fails), an answer fails only the late call.
import { AsyncLocalStorage } from "async_hooks";
import { KvmInfraError } from "./base-error";

export interface Deadlines {
  /** Lookups, XML and state reads, lists, version and feature queries. Defaults to 15000 ms. */
  readMs: number;
  /** Define, undefine, start, shutdown, destroy, autostart, live changes, stream opening. Defaults to 120000 ms. */
  changeMs: number;
  /** Storage work whose duration grows with its size: pool build and delete, volume create and resize. Defaults to 900000 ms. */
  longMs: number;
}

export type DeadlineClass = keyof Deadlines;

const DEFAULT_DEADLINES: Deadlines = { readMs: 15000, changeMs: 120000, longMs: 900000 };

// Named after the procedures (protocol.ts's Proc keys), so a procedure added later falls into a
// class by its name: reads are LOOKUP/GET/LIST/IS_ queries; everything else changes something.
const READ_PROCEDURE = /^(AUTH_LIST|CONNECT_(GET_|LIST_|SUPPORTS_FEATURE|CLOSE))|_(LOOKUP_BY_|GET_|IS_ACTIVE|LIST_ALL_)/;
const LONG_PROCEDURES = ["STORAGE_POOL_BUILD", "STORAGE_POOL_DELETE", "STORAGE_VOL_CREATE_XML", "STORAGE_VOL_RESIZE"];

/** The deadline class of a procedure, by its name. */
export function deadlineClassOf(procedure: string): DeadlineClass {
  if (LONG_PROCEDURES.includes(procedure)) return "longMs";
  if (READ_PROCEDURE.test(procedure)) return "readMs";
  return "changeMs";
}

/** Defaults completed by `given`; a value that is not a positive whole number of ms is refused by name. */
export function resolveDeadlines(given: Partial<Deadlines> = {}, where = "deadlines"): Deadlines {
  const out: Deadlines = { ...DEFAULT_DEADLINES };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_DEADLINES)) {
      throw new KvmInfraError(
        "DeadlineConfigError",
        `${where}.${key} is not a deadline (known: ${Object.keys(DEFAULT_DEADLINES).join(", ")})`,
      );
    }
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
      throw new KvmInfraError(
        "DeadlineConfigError",
        `${where}.${key} must be a positive whole number of milliseconds, got ${JSON.stringify(value)}`,
      );
    }
    out[key as DeadlineClass] = value;
  }
  return out;
}

/** The given deadlines checked, without the defaults filled in (what an override sets). */
export function checkedOverrides(given: Partial<Deadlines>, where = "deadlines"): Partial<Deadlines> {
  const full = resolveDeadlines(given, where);
  const out: Partial<Deadlines> = {};
  for (const k of Object.keys(given) as DeadlineClass[]) if (given[k] !== undefined) out[k] = full[k];
  return out;
}

// Deadlines for every call made inside runWithDeadlines (a resource's own, on the pooled
// connection that many resources share). The store lives on globalThis, created on first use:
// no live object at module level in code Pulumi serializes.
const AMBIENT_KEY = "__kvmInfraLibvirtRpcDeadlines";

function ambientStore(create: boolean): AsyncLocalStorage<Partial<Deadlines>> | undefined {
  const g = globalThis as unknown as Record<string, AsyncLocalStorage<Partial<Deadlines>> | undefined>;
  if (!g[AMBIENT_KEY] && create) g[AMBIENT_KEY] = new AsyncLocalStorage();
  return g[AMBIENT_KEY];
}

/** Runs `fn` with `overrides` applying to every call it makes (validated first; undefined: as is). */
export function runWithDeadlines<T>(overrides: Partial<Deadlines> | undefined, fn: () => T): T {
  if (!overrides || Object.values(overrides).every((v) => v === undefined)) return fn();
  return ambientStore(true)!.run(checkedOverrides(overrides), fn);
}

/** The overrides of the innermost runWithDeadlines around the caller, if any. */
export function ambientDeadlines(): Partial<Deadlines> | undefined {
  return ambientStore(false)?.getStore();
}

export { DEFAULT_DEADLINES };
