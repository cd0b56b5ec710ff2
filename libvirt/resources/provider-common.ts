// What the four providers share: the per-process connection, error texts that never carry secrets,
// and cleanup after a failed create.
import { randomUUID } from "crypto";
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

/** An Error whose message has every secret replaced, for errors that may quote libvirt XML. */
export function scrubbed(e: unknown, secrets: Array<string | undefined>, prefix = ""): Error {
  let msg = errorText(e);
  for (const s of secrets) if (s) msg = msg.split(s).join("***");
  const out = new Error(prefix ? `${prefix}: ${msg}` : msg);
  return out;
}

/** Runs `undo` on a fresh connection when the failure was the connection itself (the engine gets
 * no id for a failed create, so whatever the host kept would be an orphan). */
export async function undoAfterFailure(uri: string, failure: unknown, undo: (conn: Connection) => Promise<void>): Promise<string> {
  try {
    const conn = await connectionFor(uri);
    await undo(conn);
    return "";
  } catch (e) {
    const why = isConnectionLost(failure) ? "the connection was lost" : "the operation failed";
    return ` (${why}, and undoing the partial create failed too: ${errorText(e)}; remove the object by hand)`;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A fresh uuid for objects we create, so a create interrupted mid-way can find what it made. */
export function newUuid(): string {
  return randomUUID();
}
