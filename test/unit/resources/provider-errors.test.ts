// Failed reads and deletes through the SDK's real dynamic-provider host: the host prints what it
// caught as `${e}: ${e.stack}` and sends e.message to the engine. Both must name the operation,
// the object and the host URI (without credentials) and give the cause, for every resource kind.
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, urnOf } from "../../support/provider-host";
import { contextError } from "../../../libvirt/resources/errors";
import { Proc } from "../../../libvirt/rpc";
import { FakeDaemon, startFakeDaemon } from "../rpc/fake-daemon";

// No daemon listens there: every host call fails at connect, as against a host that is down.
const SOCKET = "/nonexistent/kvmit-rpc/libvirt-sock";
const URI = `qemu+unix:///system?socket=${SOCKET}`;
// Credentials in the URI: ssh's complaint about the key file must not repeat its path either.
const KEYFILE = "/tmp/kvmit-rpc-no-such-key";
const SSH_URI = `qemu+ssh://root:hunter2@127.0.0.1:1/system?keyfile=${KEYFILE}&no_verify=1`;

const RESOURCES = [
  {
    className: "StoragePool",
    name: "p",
    props: { uri: URI, name: "rpc-pool", type: "dir", targetPath: "/tmp/rpc-pool" },
    object: 'storage pool "rpc-pool"',
  },
  {
    className: "StorageVolume",
    name: "v",
    props: { uri: URI, pool: "rpc-pool", name: "rpc-vol", capacityBytes: 2 ** 20 },
    object: 'volume "rpc-vol" in pool "rpc-pool"',
  },
  { className: "Network", name: "n", props: { uri: URI, name: "rpc-net", mode: "nat" }, object: 'network "rpc-net"' },
  { className: "Domain", name: "d", props: { uri: URI, name: "rpc-dom", memoryMiB: 128, vcpus: 1 }, object: 'domain "rpc-dom"' },
];

describe("a failed read or delete through the provider host", () => {
  let host: ProviderHost;
  let captured: CapturedResource[];
  let sshDomain: CapturedResource;
  let busyPool: CapturedResource;
  let daemon: FakeDaemon;

  beforeAll(async () => {
    // A daemon that answers keepalive but never a pool lookup: a busy host.
    daemon = await startFakeDaemon((proc) => (proc === Proc.STORAGE_POOL_LOOKUP_BY_NAME ? "hold" : Buffer.alloc(0)));
    captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
      ...RESOURCES.map(({ className, name, props }) => ({ className, name, props })),
      { className: "Domain", name: "s", props: { uri: SSH_URI, name: "rpc-ssh-dom", memoryMiB: 128, vcpus: 1 } },
      {
        className: "StoragePool",
        name: "b",
        props: { uri: daemon.uri, name: "rpc-busy", type: "dir", targetPath: "/tmp/rpc-busy", deadlines: { readMs: 300 } },
      },
    ]);
    busyPool = captured.pop()!;
    sshDomain = captured.pop()!;
    host = await ProviderHost.start();
    await host.configure({});
  }, 180000);
  afterAll(async () => {
    await host?.stop();
    await daemon?.close();
  });

  /** What the host printed on stderr while `fn` ran. */
  async function stderrOf(fn: () => Promise<unknown>): Promise<string> {
    const before = host.stderr.length;
    await fn();
    // The host prints before it answers; give the pipe a moment to deliver.
    await new Promise((r) => setTimeout(r, 200));
    return host.stderr.slice(before).join("");
  }

  describe.each(RESOURCES.map((r, i) => [r.className, i] as const))("%s", (_kind, i) => {
    test.each(["read", "delete"] as const)("%s: the engine gets and the host prints operation, object, URI and cause", async (op) => {
      const r = captured[i];
      const urn = urnOf(r.type, r.name);
      let message = "";
      const stderr = await stderrOf(async () => {
        const call = op === "read" ? host.read("some-id", urn, r.inputs) : host.delete("some-id", urn, r.inputs);
        message = await call.then(
          () => "succeeded",
          (e: Error) => e.message,
        );
      });
      const verb = op === "read" ? "reading" : "deleting";
      const expected = `${verb} ${RESOURCES[i].object} on ${URI} failed: `;
      expect(message.startsWith(expected)).toBe(true);
      // The cause: the socket that could not be reached.
      expect(message).toContain(`unix:${SOCKET}`);
      expect(stderr).not.toContain("[object Object]");
      expect(stderr).not.toMatch(/: undefined\s*$/m);
      // `${e}` then the stack: name and message, then frames.
      expect(stderr).toContain(`ProviderOperationError: ${expected}`);
      expect(stderr).toMatch(/\n\s+at /);
    });
  });

  test("the URI's password and key file appear neither in the engine's message nor on stderr", async () => {
    let message = "";
    const stderr = await stderrOf(async () => {
      message = await host.read("some-id", urnOf(sshDomain.type, sshDomain.name), sshDomain.inputs).then(
        () => "succeeded",
        (e: Error) => e.message,
      );
    });
    expect(message).toMatch(
      /^reading domain "rpc-ssh-dom" on qemu\+ssh:\/\/root:\*\*\*@127\.0\.0\.1:1\/system\?keyfile=\*\*\*&no_verify=1 failed: /,
    );
    // ssh's own words about the key it could not read are kept, without the path.
    expect(message).toContain("Identity file *** not accessible");
    for (const text of [message, stderr]) {
      expect(text).not.toContain("hunter2");
      expect(text).not.toContain(KEYFILE);
    }
  });

  test("a resource's own deadlines input applies to its host calls, and is checked by name", async () => {
    const urn = urnOf(busyPool.type, busyPool.name);
    const checked = await host.check(urn, {}, busyPool.inputs);
    expect(checked.failures).toEqual([]);
    expect(checked.inputs.deadlines).toEqual({ readMs: 300 });
    const started = Date.now();
    const message = await host.read("some-id", urn, checked.inputs).then(
      () => "succeeded",
      (e: Error) => e.message,
    );
    expect(message).toMatch(
      /^reading storage pool "rpc-busy" on qemu\+tcp:\/\/127\.0\.0\.1:\d+\/system failed: STORAGE_POOL_LOOKUP_BY_NAME got no reply from tcp:127\.0\.0\.1:\d+ within its deadline of 300 ms; /,
    );
    // Not the 15 s default: the input reached the call.
    expect(Date.now() - started).toBeLessThan(5000);
    const bad = await host.check(urn, {}, { ...busyPool.inputs, deadlines: { readMs: 0, lookupMs: 5 } });
    // The struct reaches the provider with its keys sorted: compare as a set.
    expect(bad.failures.sort((a, b) => a.property.localeCompare(b.property))).toEqual([
      { property: "deadlines.lookupMs", reason: "deadlines.lookupMs is not a deadline; accepted: readMs, changeMs, longMs" },
      { property: "deadlines.readMs", reason: "deadlines.readMs must be a positive whole number of milliseconds, got 0" },
    ]);
  });
});

describe("contextError", () => {
  test("keeps what the engine needs from a partial create, and does not repeat a context the cause already gives", () => {
    const cause = Object.assign(new Error(`creating network "n1" on ${SSH_URI} failed: the connection was lost`), {
      id: "3f1c0e7a-0000-4000-8000-000000000001",
      properties: { name: "n1" },
      reasons: ["the connection was lost"],
    });
    const e = contextError("creating", 'network "n1"', SSH_URI, cause) as unknown as Error & Record<string, unknown>;
    expect(e.message).toBe(
      'creating network "n1" on qemu+ssh://root:***@127.0.0.1:1/system?keyfile=***&no_verify=1 failed: the connection was lost',
    );
    expect(e.id).toBe("3f1c0e7a-0000-4000-8000-000000000001");
    expect(e.properties).toEqual({ name: "n1" });
    expect(e.reasons).toEqual(["the connection was lost"]);
    expect(e.cause).toBe(cause);
  });

  test("gives a plain object thrown by a host call a readable text, and scrubs the given secrets", () => {
    const e = contextError(
      "reading",
      'domain "d1"',
      "qemu:///system",
      { name: "LibvirtError", codeName: "VIR_ERR_RPC", procedure: "DOMAIN_GET_XML_DESC" },
      ["s3cret"],
    );
    expect(e.message).toBe('reading domain "d1" on qemu:///system failed: LibvirtError VIR_ERR_RPC in DOMAIN_GET_XML_DESC');
    expect(contextError("updating", 'domain "d1"', "qemu:///system", new Error("password s3cret refused"), ["s3cret"]).message).toBe(
      'updating domain "d1" on qemu:///system failed: password *** refused',
    );
    expect(String(e)).toBe(`ProviderOperationError: ${e.message}`);
    expect(e.stack).toContain(e.message);
  });
});
