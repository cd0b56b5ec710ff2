// Faults: the ssh child killed mid-call, a peer that stops answering keepalives, and libvirtd
// restarted between calls while the pool holds connections over unix, tcp and ssh.
import { execFileSync, spawnSync } from "child_process";
import { readFileSync } from "fs";
import { Connection, ConnectionLostError, getConnection, closeAllConnections } from "./rpc-imports";
import { testbed } from "../../support/testbed";
import { TransportName, uriFor, virshTry, waitFor } from "./helpers";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a killed ssh child", () => {
  it("rejects every pending call with ConnectionLostError within 1 s", async () => {
    const conn = await Connection.open(uriFor("ssh"));
    const closed = new Promise<Error | undefined>((resolve) => conn.onClose(resolve));
    const pid = conn.transportPid!;
    expect(pid).toBeGreaterThan(0);
    // Frozen first, so the calls are certainly in flight when the child dies.
    process.kill(pid, "SIGSTOP");
    const calls = [conn.connectGetHostname(), conn.connectListAllDomains(), conn.connectGetCapabilities()];
    const settled = calls.map((c) =>
      c.then(
        () => "resolved",
        (e) => e,
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    const killedAt = Date.now();
    process.kill(pid, "SIGKILL");
    const results = await Promise.all(settled);
    expect(Date.now() - killedAt).toBeLessThan(1000);
    for (const r of results) expect(r).toBeInstanceOf(ConnectionLostError);
    expect((await closed)?.message).toMatch(/SIGKILL/);
    expect(conn.closed).toBe(true);
    await expect(conn.connectGetHostname()).rejects.toBeInstanceOf(ConnectionLostError);
  });
});

describe("a peer that stops answering", () => {
  it("is detected by keepalive and rejects the pending call", async () => {
    const conn = await Connection.open(uriFor("ssh"), { keepaliveIntervalMs: 200, keepaliveCount: 2, probeMs: 500 });
    const pid = conn.transportPid!;
    process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      const e = await conn.connectGetHostname().catch((x) => x);
      expect(e).toBeInstanceOf(ConnectionLostError);
      expect(e.message).toMatch(/keepalive/);
      expect(Date.now() - started).toBeLessThan(3000);
      await waitFor("the stopped ssh child to be ended", () => !alive(pid), 5000);
    } finally {
      if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });
});

describe("libvirtd restarted between calls", () => {
  const transports: TransportName[] = ["unix", "tcp", "ssh"];
  afterAll(() => closeAllConnections());

  function restartLibvirtd(): void {
    const tb = testbed();
    const pid = Number(readFileSync(tb.TESTBED_LIBVIRTD_PID_FILE, "utf8").trim());
    process.kill(pid, "SIGTERM");
    const deadline = Date.now() + 20000;
    while (alive(pid) && Date.now() < deadline) spawnSync("sleep", ["0.05"]);
    if (alive(pid)) process.kill(pid, "SIGKILL");
    execFileSync("libvirtd", ["-d", "-l", "-f", tb.TESTBED_LIBVIRTD_CONF, "-p", tb.TESTBED_LIBVIRTD_PID_FILE], { stdio: "ignore" });
  }

  it("gives the pool a fresh, working connection on the next call over unix, tcp and ssh", async () => {
    const before = new Map<TransportName, Connection>();
    for (const t of transports) {
      const c = await getConnection(uriFor(t));
      expect(await c.connectGetLibVersion()).toBeGreaterThan(0);
      expect(await getConnection(uriFor(t))).toBe(c);
      before.set(t, c);
    }
    restartLibvirtd();
    // Other areas' tests share this daemon: wait until virsh itself gets an answer again.
    await waitFor("libvirtd to answer virsh", () => virshTry(uriFor("unix"), "version").ok, 30000, 100);
    for (const t of transports) {
      const old = before.get(t)!;
      await waitFor(`the old ${t} connection to notice`, () => old.closed, 10000, 20);
      await expect(old.connectGetLibVersion()).rejects.toBeInstanceOf(ConnectionLostError);
      const fresh = await getConnection(uriFor(t));
      expect(fresh).not.toBe(old);
      expect(await fresh.connectGetLibVersion()).toBeGreaterThan(0);
      expect((await fresh.connectListAllDomains()).length).toBeGreaterThanOrEqual(0);
    }
  });
});
