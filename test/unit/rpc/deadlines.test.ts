// Deadlines and liveness with the real client, transport and connection against a scripted daemon:
// a frozen line is declared lost within a deadline plus the probe, a busy daemon fails only the late
// call, long calls and moving uploads are not cut short, and the pool reconnects after a loss.
import {
  Connection,
  ConnectionLostError,
  DeadlineExceededError,
  Proc,
  closeAllConnections,
  deadlineClassOf,
  getConnection,
  resolveDeadlines,
  DEFAULT_DEADLINES,
} from "../../../libvirt/rpc";
import { domainRef, FakeDaemon, startFakeDaemon } from "./fake-daemon";

const POOL = { name: "p", uuid: "07070707-0707-0707-0707-070707070707" };
const VOL = { pool: "p", name: "v", key: "/p/v" };

/** Milliseconds `p` took to settle, and how. */
async function timed<T>(p: Promise<T>): Promise<{ ms: number; value?: T; error?: Error }> {
  const started = Date.now();
  try {
    const value = await p;
    return { ms: Date.now() - started, value };
  } catch (error) {
    return { ms: Date.now() - started, error: error as Error };
  }
}

describe("per-call deadlines", () => {
  let daemon: FakeDaemon;
  afterEach(async () => {
    await closeAllConnections();
    await daemon?.close();
  });

  it("declares a frozen connection lost within the read deadline plus the probe, failing every pending call", async () => {
    daemon = await startFakeDaemon((proc) => (proc === Proc.DOMAIN_LOOKUP_BY_NAME ? domainRef("vm1") : "hold"));
    // Liveness while busy is pushed out of the way: this is the deadline's own detection.
    const conn = await Connection.open(daemon.uri, { deadlines: { readMs: 400 }, probeMs: 300, keepaliveIntervalMs: 60000 });
    expect((await conn.domainLookupByName("vm1")).name).toBe("vm1");
    daemon.freeze();
    const [lookup, start] = await Promise.all([
      timed(conn.domainLookupByName("vm1")),
      timed(conn.domainCreateWithFlags({ name: "vm1", uuid: POOL.uuid, id: -1 })),
    ]);
    expect(lookup.error).toBeInstanceOf(ConnectionLostError);
    expect(lookup.error!.message).toBe(
      `connection to tcp:127.0.0.1:${daemon.uri.split(":")[2].split("/")[0]} lost: DOMAIN_LOOKUP_BY_NAME got no reply within its deadline of 400 ms, and a keepalive PING got no answer within 300 ms`,
    );
    expect(lookup.ms).toBeGreaterThanOrEqual(690);
    expect(lookup.ms).toBeLessThan(700 + 1500);
    // The start call had a longer deadline, but the connection is gone: it fails with the same error.
    expect(start.error).toBe(lookup.error);
    expect(conn.closed).toBe(true);
  });

  it("fails only the late call of a daemon that still answers, and keeps the connection", async () => {
    daemon = await startFakeDaemon((proc) =>
      proc === Proc.DOMAIN_LOOKUP_BY_NAME ? "hold" : Buffer.from([0, 0, 0, 0, 0, 0x89, 0x54, 0x40]),
    );
    const conn = await Connection.open(daemon.uri, { deadlines: { readMs: 300 }, probeMs: 300 });
    const late = await timed(conn.domainLookupByName("busy"));
    expect(late.error).toBeInstanceOf(DeadlineExceededError);
    expect(late.error!.message).toMatch(
      /^DOMAIN_LOOKUP_BY_NAME got no reply from tcp:127\.0\.0\.1:\d+ within its deadline of 300 ms; the daemon still answers/,
    );
    expect(late.ms).toBeLessThan(300 + 300);
    expect(conn.closed).toBe(false);
    // The reply that finally comes finds nobody waiting, and the next call works.
    daemon.lateReply(daemon.held[0].serial, Proc.DOMAIN_LOOKUP_BY_NAME);
    expect(await conn.connectGetLibVersion()).toBe(9000000);
  });

  it("lets a long call run past the read deadline while the daemon answers keepalive", async () => {
    daemon = await startFakeDaemon((proc) => (proc === Proc.STORAGE_POOL_BUILD ? { afterMs: 1200 } : Buffer.alloc(0)));
    const conn = await Connection.open(daemon.uri, { deadlines: { readMs: 200, changeMs: 200 }, probeMs: 300, keepaliveIntervalMs: 200 });
    const build = await timed(conn.storagePoolBuild(POOL, 0));
    expect(build.error).toBeUndefined();
    expect(build.ms).toBeGreaterThanOrEqual(1150);
  });

  it("detects a frozen line under a long call long before that call's deadline", async () => {
    daemon = await startFakeDaemon(() => "hold");
    const conn = await Connection.open(daemon.uri, { probeMs: 300, keepaliveIntervalMs: 300 });
    expect(conn.deadlines.longMs).toBe(900000);
    const pending = timed(conn.storagePoolBuild(POOL, 0));
    daemon.freeze();
    const build = await pending;
    expect(build.error).toBeInstanceOf(ConnectionLostError);
    expect(build.error!.message).toMatch(
      /nothing arrived for \d+ ms while STORAGE_POOL_BUILD waited, and a keepalive PING got no answer within 300 ms/,
    );
    expect(build.ms).toBeLessThan(300 + 300 + 1500);
  });

  it("gives the pool a fresh connection after a frozen one was declared lost", async () => {
    daemon = await startFakeDaemon((proc) => (proc === Proc.DOMAIN_LOOKUP_BY_NAME ? domainRef("vm1") : Buffer.alloc(0)));
    const opts = { deadlines: { readMs: 300 }, probeMs: 200, keepaliveIntervalMs: 60000 };
    const first = await getConnection(daemon.uri, opts);
    daemon.freeze();
    await expect(first.domainLookupByName("vm1")).rejects.toBeInstanceOf(ConnectionLostError);
    const second = await getConnection(daemon.uri, opts);
    expect(second).not.toBe(first);
    expect((await second.domainLookupByName("vm1")).name).toBe("vm1");
  });
});

describe("volume streams", () => {
  let daemon: FakeDaemon;
  afterEach(async () => {
    await closeAllConnections();
    await daemon?.close();
  });

  it("uploads for longer than any call deadline while data keeps moving, and reports progress", async () => {
    daemon = await startFakeDaemon(() => Buffer.alloc(0));
    // The idle limit covers what the socket buffers hold (the daemon answers PINGs only after it).
    const conn = await Connection.open(daemon.uri, {
      deadlines: { readMs: 100, changeMs: 300 },
      probeMs: 300,
      keepaliveIntervalMs: 100,
      streamIdleMs: 3000,
    });
    // 4 MiB at 256 KiB per 100 ms: about 1.6 s of upload, five times the change deadline.
    daemon.uploadRate = 256 * 1024;
    const size = 4 * 1024 * 1024;
    const progress: number[] = [];
    const up = await timed(conn.storageVolUpload(VOL, Buffer.alloc(size, 1), 0, size, 0, (n) => progress.push(n)));
    expect(up.error).toBeUndefined();
    expect(up.ms).toBeGreaterThan(900);
    expect(daemon.uploaded[0]).toBe(size);
    expect(progress[progress.length - 1]).toBe(size);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBe(size / (256 * 1024));
  });

  it("declares an upload into a frozen daemon lost within the stream's idle limit plus the probe", async () => {
    daemon = await startFakeDaemon(() => Buffer.alloc(0));
    const conn = await Connection.open(daemon.uri, { probeMs: 300, keepaliveIntervalMs: 100, streamIdleMs: 500 });
    daemon.uploadRate = 256 * 1024;
    const size = 64 * 1024 * 1024;
    const pending = timed(conn.storageVolUpload(VOL, Buffer.alloc(size, 2), 0, size, 0));
    await new Promise((r) => setTimeout(r, 300));
    daemon.freeze();
    const frozenAt = Date.now();
    const up = await pending;
    expect(up.error).toBeInstanceOf(ConnectionLostError);
    expect(up.error!.message).toMatch(/while 1 stream\(s\) waited, and a keepalive PING got no answer within 300 ms/);
    expect(Date.now() - frozenAt).toBeLessThan(500 + 300 + 1500);
  });
});

describe("deadline settings", () => {
  let daemon: FakeDaemon;
  afterEach(async () => {
    await closeAllConnections();
    await daemon?.close();
  });

  it("a view with its own deadlines shares the connection and leaves the original's alone", async () => {
    daemon = await startFakeDaemon((proc) => (proc === Proc.DOMAIN_LOOKUP_BY_NAME ? "hold" : Buffer.alloc(0)));
    const conn = await Connection.open(daemon.uri, { deadlines: { readMs: 5000 }, probeMs: 300 });
    const view = conn.withDeadlines({ readMs: 200, longMs: undefined });
    expect(view.deadlines).toEqual({ ...DEFAULT_DEADLINES, readMs: 200 });
    expect(conn.deadlines.readMs).toBe(5000);
    const original = timed(conn.domainLookupByName("a"));
    const viewed = await timed(view.domainLookupByName("b"));
    expect(viewed.error).toBeInstanceOf(DeadlineExceededError);
    expect(viewed.ms).toBeLessThan(2000);
    await view.close();
    expect(conn.closed).toBe(true);
    expect((await original).error).toBeInstanceOf(ConnectionLostError);
    expect(conn.withDeadlines(undefined)).toBe(conn);
  });

  it("refuses a bad deadline by name before anything is dialled", async () => {
    await expect(Connection.open("qemu+tcp://127.0.0.1:1/system", { deadlines: { readMs: -1 } })).rejects.toThrow(
      "deadlines.readMs must be a positive whole number of milliseconds, got -1",
    );
    expect(() => resolveDeadlines({ lookupMs: 5 } as never)).toThrow(
      "deadlines.lookupMs is not a deadline (known: readMs, changeMs, longMs)",
    );
    expect(() => resolveDeadlines({ changeMs: 1.5 })).toThrow(
      "deadlines.changeMs must be a positive whole number of milliseconds, got 1.5",
    );
  });

  it.each([
    ["DOMAIN_LOOKUP_BY_UUID", "readMs"],
    ["DOMAIN_GET_XML_DESC", "readMs"],
    ["DOMAIN_GET_STATE", "readMs"],
    ["CONNECT_LIST_ALL_DOMAINS", "readMs"],
    ["STORAGE_POOL_LIST_ALL_VOLUMES", "readMs"],
    ["NETWORK_IS_ACTIVE", "readMs"],
    ["AUTH_LIST", "readMs"],
    ["DOMAIN_DEFINE_XML_FLAGS", "changeMs"],
    ["DOMAIN_SET_AUTOSTART", "changeMs"],
    ["DOMAIN_CREATE_WITH_FLAGS", "changeMs"],
    ["DOMAIN_SHUTDOWN_FLAGS", "changeMs"],
    ["DOMAIN_UNDEFINE_FLAGS", "changeMs"],
    ["STORAGE_VOL_UPLOAD", "changeMs"],
    ["CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY", "changeMs"],
    ["STORAGE_POOL_BUILD", "longMs"],
    ["STORAGE_POOL_DELETE", "longMs"],
    ["STORAGE_VOL_CREATE_XML", "longMs"],
    ["STORAGE_VOL_RESIZE", "longMs"],
  ])("%s gets the %s deadline", (procedure, cls) => {
    expect(deadlineClassOf(procedure)).toBe(cls);
  });
});
