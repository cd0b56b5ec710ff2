// What the four providers share: the per-process connection, error texts that never carry secrets,
// the uuid kvm-infra gives the objects it makes, and cleanup after a failed create (retried on a
// fresh connection; what it could not remove is reported to the engine as a partial create).
import { createHash } from "crypto";
import { getConnection, Connection, isConnectionLost } from "../rpc";

/** One connection per URI per provider process (rpc keeps the pool on globalThis, opened lazily). */
export function connectionFor(uri: string): Promise<Connection> {
  return getConnection(uri);
}

/** An error's text. Error subclasses serialized into a provider lose `message` (the serializer
 * calls Error as a function for super()), so fall back to what the object still carries. */
export function errorText(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { message?: string; name?: string; codeName?: string; procedure?: string };
    if (o.message) return o.message;
    if (o.name === "ConnectionLostError") return "the connection to the host was lost (ConnectionLostError)";
    const parts = [o.name, o.codeName, o.procedure && `in ${o.procedure}`].filter(Boolean);
    if (parts.length) return parts.join(" ");
  }
  return String(e);
}

function scrub(text: string, secrets: Array<string | undefined>): string {
  let msg = text;
  for (const s of secrets) if (s) msg = msg.split(s).join("***");
  return msg;
}

/** An Error whose message has every secret replaced, for errors that may quote libvirt XML. */
export function scrubbed(e: unknown, secrets: Array<string | undefined>, prefix = ""): Error {
  const msg = scrub(errorText(e), secrets);
  return new Error(prefix ? `${prefix}: ${msg}` : msg);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fixed namespace of our own: name-based uuids derived under it are kvm-infra's and no one else's.
const OWN_UUID_NAMESPACE = "kvm-infra/owned-object/1";

/**
 * The uuid kvm-infra gives an object it defines when the config fixes none: derived from the kind,
 * the host URI and the name (an RFC 4122 version-5 style, SHA-1 name-based uuid). A create that was
 * interrupted before the engine learnt the id finds its object again by it (an object with the
 * configured name and this uuid was made by kvm-infra), and no two hosts share one.
 */
export function ownUuid(kind: string, uri: string, name: string): string {
  const h = createHash("sha1").update(`${OWN_UUID_NAMESPACE}\0${kind}\0${uri}\0${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** How long a failed create keeps trying to remove what it made. A daemon restart takes a few
 * seconds; KVM_INFRA_UNDO_TIMEOUT_SECONDS (in the provider's environment) changes the bound. */
function undoBoundMs(): number {
  const s = Number(process.env.KVM_INFRA_UNDO_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : 30000;
}

export interface UndoOutcome {
  /** True when the object was verifiably gone afterwards (removed, or never made). */
  removed: boolean;
  /** Why not, for the error message; empty when removed. */
  why: string;
}

/**
 * Removes what a failed create made: `undo` removes the object if it exists, `exists` verifies
 * the result. Each attempt takes the pool's connection, which is a fresh one after a loss; a
 * failed attempt is retried with doubling delays (0.25 s up to 4 s) until the bound passes.
 */
export async function undoWithRetry(
  uri: string,
  undo: (conn: Connection) => Promise<void>,
  exists: (conn: Connection) => Promise<boolean>,
): Promise<UndoOutcome> {
  const until = Date.now() + undoBoundMs();
  let delay = 250;
  let last: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      const conn = await connectionFor(uri);
      await undo(conn);
      if (!(await exists(conn))) return { removed: true, why: "" };
      last = new Error("it still exists after removing it");
    } catch (e) {
      last = e;
    }
    if (Date.now() + delay > until) {
      return {
        removed: false,
        why: `undoing it failed (${attempt} attempts in ${Math.round(undoBoundMs() / 1000)} s): ${errorText(last)}`,
      };
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 4000);
  }
}

/**
 * The error for a create that failed after making something it could not remove again. The SDK's
 * dynamic-provider host turns an error carrying `id` (with `properties` and `reasons`) into
 * pulumirpc.ErrorResourceInitFailed: the engine then keeps the resource in the state as created
 * but not initialized, and the next `pulumi up` updates it (update continues the create) or a
 * `pulumi destroy` deletes it. Without `id` the engine would believe nothing exists.
 */
export function partialCreateError(
  message: string,
  id: string,
  properties: Record<string, unknown>,
  reasons: string[],
): Error & { id: string; properties: Record<string, unknown>; reasons: string[] } {
  const e = new Error(message) as Error & { id: string; properties: Record<string, unknown>; reasons: string[] };
  e.id = id;
  e.properties = { ...properties, createIncomplete: true };
  e.reasons = reasons;
  return e;
}

/**
 * The end of a failed create: the plain error when nothing is left on the host, otherwise the
 * partial-create error naming the object the engine now tracks.
 */
export async function failCreate(opts: {
  uri: string;
  what: string;
  failure: unknown;
  secrets: Array<string | undefined>;
  id: string;
  properties: Record<string, unknown>;
  undo: (conn: Connection) => Promise<void>;
  exists: (conn: Connection) => Promise<boolean>;
  /** How a removal reads before the cause, e.g. "its definition was removed again". */
  removedNote?: string;
}): Promise<never> {
  const cause = scrub(errorText(opts.failure), opts.secrets);
  const lost = isConnectionLost(opts.failure) ? "the connection was lost; " : "";
  const outcome = await undoWithRetry(opts.uri, opts.undo, opts.exists);
  if (outcome.removed) {
    if (opts.removedNote) throw new Error(`${opts.what} failed (${opts.removedNote}): ${cause}`);
    throw new Error(`${opts.what} failed: ${cause} (${lost}what it had made was removed again)`);
  }
  const why = scrub(outcome.why, opts.secrets);
  throw partialCreateError(
    `${opts.what} failed: ${cause} (${lost}${why}; it is recorded as ${opts.id} and the next pulumi up continues from it)`,
    opts.id,
    opts.properties,
    [cause, why],
  );
}
