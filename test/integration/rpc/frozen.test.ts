// A silent partition: the ssh child of a qemu+ssh connection frozen with SIGSTOP in the middle of a
// call. The call fails with a clear error within its deadline plus the liveness probe (never the
// 30 s of libvirt's idle keepalive), the frozen child is ended, and the next call gets a fresh
// connection that works; also through the SDK's real dynamic-provider host, as `pulumi refresh` runs.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import * as path from "path";
import { ConnectionLostError, getConnection, closeAllConnections } from "./rpc-imports";
import { uriFor, virsh, waitFor } from "./helpers";
import { testbed } from "../../support/testbed";
import { captureResources, CapturedResource, ProviderHost, urnOf } from "../../support/provider-host";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function domainNames(uri: string): string[] {
  return virsh(uri, "list", "--all", "--name")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
}

const SSH_LOST = /^connection to ssh:root@127\.0\.0\.1:\d+ lost: /;

describe("an ssh child frozen with SIGSTOP while a call waits", () => {
  afterEach(() => closeAllConnections());

  it("fails the call within its deadline plus the probe, and the pool's next connection answers", async () => {
    const uri = uriFor("ssh");
    // The deadline, not the busy-line check, is what notices here.
    const opts = { deadlines: { readMs: 2000 }, probeMs: 2000, keepaliveIntervalMs: 60000 };
    const conn = await getConnection(uri, opts);
    expect((await conn.connectListAllDomains()).map((d) => d.name).sort()).toEqual(domainNames(uriFor("unix")));
    const pid = conn.transportPid!;
    process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      const e = await conn.connectListAllDomains().catch((x) => x);
      const ms = Date.now() - started;
      expect(e).toBeInstanceOf(ConnectionLostError);
      expect(e.message).toMatch(SSH_LOST);
      expect(e.message).toMatch(
        /CONNECT_LIST_ALL_DOMAINS got no reply within its deadline of 2000 ms, and a keepalive PING got no answer within 2000 ms$/,
      );
      expect(ms).toBeGreaterThanOrEqual(3900);
      expect(ms).toBeLessThan(4000 + 2000);
      await waitFor("the frozen ssh child to be ended", () => !alive(pid), 5000);
      const fresh = await getConnection(uri, opts);
      expect(fresh).not.toBe(conn);
      expect(fresh.transportPid).not.toBe(pid);
      expect((await fresh.connectListAllDomains()).map((d) => d.name).sort()).toEqual(domainNames(uriFor("unix")));
    } finally {
      if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });

  it("with the default settings, loses the frozen line within 10 s, before the read deadline of 15 s", async () => {
    const uri = uriFor("ssh");
    const conn = await getConnection(uri);
    await conn.connectGetLibVersion();
    const pid = conn.transportPid!;
    process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      const e = await conn.connectGetLibVersion().catch((x) => x);
      const ms = Date.now() - started;
      expect(e).toBeInstanceOf(ConnectionLostError);
      expect(e.message).toMatch(/while CONNECT_GET_LIB_VERSION waited, and a keepalive PING got no answer within 4000 ms$/);
      // keepalive interval (5 s) of silence, then the probe (4 s); one tick (1 s) of slack.
      expect(ms).toBeLessThan(5000 + 4000 + 1000 + 1000);
      const fresh = await getConnection(uri);
      expect(await fresh.connectGetLibVersion()).toBeGreaterThan(0);
    } finally {
      if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });
});

describe("a refresh through the provider host while its ssh child is frozen", () => {
  const tb = testbed();
  const name = `rpc-frozen-${randomBytes(3).toString("hex")}`;
  const target = path.join(tb.TESTBED_POOL_DIR, name);
  let host: ProviderHost;
  let pool: CapturedResource;
  let uuid: string;

  beforeAll(async () => {
    const unix = uriFor("unix");
    virsh(unix, "pool-define-as", name, "dir", "--target", target);
    virsh(unix, "pool-build", name);
    virsh(unix, "pool-start", name);
    uuid = virsh(unix, "pool-uuid", name);
    [pool] = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
      { className: "StoragePool", name: "p", props: { uri: uriFor("ssh"), name, type: "dir", targetPath: target } },
    ]);
    host = await ProviderHost.start();
    await host.configure({});
  }, 180000);

  afterAll(async () => {
    await host?.stop();
    const unix = uriFor("unix");
    for (const args of [
      ["pool-destroy", name],
      ["pool-delete", name],
      ["pool-undefine", name],
    ]) {
      try {
        virsh(unix, ...args);
      } catch {
        // Already gone.
      }
    }
  });

  /** The provider host's ssh children (one per pooled connection). */
  function hostSshChildren(): number[] {
    try {
      return execFileSync("pgrep", ["-P", String(host.pid), "-x", "ssh"], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  }

  it("fails the read with operation, object, URI and cause, then reads again on a fresh connection", async () => {
    const urn = urnOf(pool.type, pool.name);
    const first = await host.read(uuid, urn, pool.inputs);
    expect(first.id).toBe(uuid);
    expect(first.properties.uuid).toBe(uuid);
    const [ssh] = hostSshChildren();
    expect(ssh).toBeGreaterThan(0);
    const stderrBefore = host.stderr.length;
    process.kill(ssh, "SIGSTOP");
    try {
      const started = Date.now();
      const message = await host.read(uuid, urn, pool.inputs).then(
        () => "succeeded",
        (e: Error) => e.message,
      );
      const ms = Date.now() - started;
      expect(message).toMatch(
        new RegExp(
          `^reading storage pool "${name}" on qemu\\+ssh://root@127\\.0\\.0\\.1:${tb.TESTBED_SSH_PORT}/system\\?keyfile=\\*\\*\\* failed: connection to ssh:root@127\\.0\\.0\\.1:${tb.TESTBED_SSH_PORT} lost: `,
        ),
      );
      expect(message).toMatch(/keepalive PING got no answer within 4000 ms/);
      // Within the read deadline (15 s) plus the probe (4 s): in practice the busy-line check's 5 + 4 s.
      expect(ms).toBeLessThan(15000 + 4000);
      await new Promise((r) => setTimeout(r, 200));
      const printed = host.stderr.slice(stderrBefore).join("");
      expect(printed).toContain(`ProviderOperationError: reading storage pool "${name}"`);
      expect(printed).not.toContain("[object Object]");
      expect(printed).not.toContain(tb.TESTBED_SSH_KEY);
      await waitFor("the frozen ssh child to be ended", () => !alive(ssh), 5000);
      const again = await host.read(uuid, urn, pool.inputs);
      expect(again.properties.uuid).toBe(virsh(uriFor("unix"), "pool-uuid", name));
      expect(hostSshChildren()).not.toContain(ssh);
    } finally {
      if (alive(ssh)) process.kill(ssh, "SIGKILL");
    }
  });
});
