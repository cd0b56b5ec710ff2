// One shared connection per URI per process. The state lives on globalThis, created on first use,
// because Pulumi serializes provider code and module-level live objects must not exist.
import { Connection, OpenOptions } from "./connection";

interface PoolState {
  conns: Map<string, Promise<Connection>>;
}

const STATE_KEY = "__kvmInfraLibvirtRpcPool";

function poolState(): PoolState {
  const g = globalThis as unknown as Record<string, PoolState | undefined>;
  let s = g[STATE_KEY];
  if (!s) {
    s = { conns: new Map() };
    g[STATE_KEY] = s;
  }
  return s;
}

/**
 * The process's connection to `uri`, opened on first use. A connection that was lost (daemon
 * restarted, ssh died, keepalive timeout) is dropped from the pool, so the next call opens a new one.
 */
export async function getConnection(uri: string, opts?: OpenOptions): Promise<Connection> {
  const s = poolState();
  for (;;) {
    const existing = s.conns.get(uri);
    if (!existing) break;
    try {
      const c = await existing;
      if (!c.closed) return c;
    } catch {
      // A failed open is not cached: fall through and try again.
    }
    if (s.conns.get(uri) === existing) s.conns.delete(uri);
  }
  const opening = Connection.open(uri, opts);
  s.conns.set(uri, opening);
  opening.then(
    (c) =>
      c.onClose(() => {
        if (s.conns.get(uri) === opening) s.conns.delete(uri);
      }),
    () => {
      if (s.conns.get(uri) === opening) s.conns.delete(uri);
    },
  );
  return opening;
}

/** Closes every pooled connection (CONNECT_CLOSE, then the transport). */
export async function closeAllConnections(): Promise<void> {
  const s = poolState();
  const all = [...s.conns.values()];
  s.conns.clear();
  await Promise.all(
    all.map(async (p) => {
      try {
        await (await p).close();
      } catch {
        // Opening failed or the connection is already gone: nothing to close.
      }
    }),
  );
}
