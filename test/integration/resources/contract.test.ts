// The SDK's real dynamic-provider host driven over gRPC, as the engine drives it in `pulumi up`:
// Configure, Check, Diff, Create, Read, Update, Delete for the four resources against the test
// bed over qemu+ssh, with the __provider texts a Pulumi program serializes. Checked with virsh.
import { execFileSync } from "child_process";
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, secretInput, urnOf } from "../../support/provider-host";
import { testbed } from "../../support/testbed";
import { info, suffix, virsh, virshFails, virshUri } from "./engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const sfx = suffix();
const MiB = 2 ** 20;
const PASSWORD = "Ct5v8Rw2";
const n = {
  pool: `kvmit-res-cpool-${sfx}`,
  vol: `kvmit-res-cvol-${sfx}.img`,
  net: `kvmit-res-cnet-${sfx}`,
  dom: `kvmit-res-cdom-${sfx}`,
  tpool: `kvmit-res-ctlvm-${sfx}`,
  tvol: `kvmit-res-ctlv-${sfx}`,
  fvol: `kvmit-res-cfv-${sfx}.img`,
};
const dir = path.join(tb.TESTBED_POOL_DIR, n.pool);

type Rec = Record<string, any>;
let host: ProviderHost;
let cap: Record<string, CapturedResource>;
const P = (c: CapturedResource) => c.inputs.__provider as string;

/** Raw inputs for a resource, carrying its captured provider text. */
function props(c: CapturedResource, overrides: Rec = {}): Rec {
  return { ...c.inputs, ...overrides };
}

async function createVia(c: CapturedResource, raw: Rec) {
  const urn = urnOf(c.type, c.name);
  const checked = await host.check(urn, {}, raw);
  expect(checked.failures).toEqual([]);
  const created = await host.create(urn, checked.inputs);
  return { urn, id: created.id, inputs: checked.inputs, outs: created.properties };
}

beforeAll(async () => {
  const captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
    { className: "StoragePool", name: "pool", props: { uri: URI, name: n.pool, type: "dir", targetPath: dir, build: true } },
    { className: "StorageVolume", name: "vol", props: { uri: URI, pool: n.pool, name: n.vol, capacityBytes: 64 * MiB } },
    {
      className: "Network",
      name: "net",
      props: {
        uri: URI,
        name: n.net,
        mode: "nat",
        nat: { address: "192.168.243.1", prefix: 24, dhcpStart: "192.168.243.10", dhcpEnd: "192.168.243.20" },
      },
    },
    {
      className: "Domain",
      name: "dom",
      props: {
        uri: URI,
        name: n.dom,
        virtType: "qemu",
        memoryMiB: 128,
        maxMemoryMiB: 256,
        vcpus: 1,
        maxVcpus: 2,
        shutdownTimeoutSeconds: 2,
        interfaces: [{ source: { type: "network", network: n.net } }],
        graphics: { vnc: { password: secretInput(PASSWORD) } },
      },
    },
    {
      className: "StoragePool",
      name: "tpool",
      props: {
        uri: tb.TESTBED_TEST_URI_SSH,
        name: n.tpool,
        type: "logical",
        volumeGroup: `kvmitresctvg${sfx}`,
        sourceDevices: [`/dev/kvmit-cfake-${sfx}`],
      },
    },
    {
      className: "StorageVolume",
      name: "tvol",
      props: { uri: tb.TESTBED_TEST_URI_SSH, pool: n.tpool, name: n.tvol, capacityBytes: 32 * MiB },
    },
  ]);
  cap = Object.fromEntries(captured.map((c) => [c.name, c]));
  host = await ProviderHost.start();
  await host.configure({ "kvm-infra:uri": URI });
}, 180000);

afterAll(async () => {
  await host?.stop();
  if (!virshFails("dominfo", n.dom)) {
    try {
      virsh("destroy", n.dom);
    } catch (e) {
      /* off */
    }
    virsh("undefine", n.dom);
  }
  if (!virshFails("net-info", n.net)) {
    try {
      virsh("net-destroy", n.net);
    } catch (e) {
      /* off */
    }
    virsh("net-undefine", n.net);
  }
  if (!virshFails("pool-info", n.pool)) {
    for (const v of [n.vol, n.fvol]) if (!virshFails("vol-info", "--pool", n.pool, v)) virsh("vol-delete", "--pool", n.pool, v);
    try {
      virsh("pool-destroy", n.pool);
    } catch (e) {
      /* off */
    }
    try {
      virsh("pool-delete", n.pool);
    } catch (e) {
      /* gone */
    }
    virsh("pool-undefine", n.pool);
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("through the dynamic-provider host", () => {
  const state: Rec = {};

  test("the host stays secret-free: the VNC password is in no provider text", () => {
    for (const c of Object.values(cap)) expect(P(c)).not.toContain(PASSWORD);
    expect(cap.dom.rawInputs.graphics).toEqual({
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: { vnc: { password: PASSWORD } },
    });
  });

  test("Check fails with the property and accepted values before touching a host", async () => {
    const res = await host.check(urnOf(cap.pool.type, "pool"), {}, props(cap.pool, { type: "zfs" }));
    expect(res.failures).toEqual([{ property: "type", reason: 'type must be one of "dir", "logical", got "zfs"' }]);
    expect(virshFails("pool-info", n.pool)).toBe(true);
  });

  test("StoragePool: Create, Read (no diff), Update in place, Diff replace", async () => {
    const s = await createVia(cap.pool, props(cap.pool));
    expect(info(virsh("pool-info", n.pool)).UUID).toBe(s.id);
    expect(s.outs.__provider).toBe(P(cap.pool));
    const r = await host.read(s.id, s.urn, s.outs, s.inputs);
    expect(r.id).toBe(s.id);
    const again = await host.check(s.urn, r.inputs!, props(cap.pool));
    expect(await host.diff(s.id, s.urn, r.properties, again.inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    const next = await host.check(s.urn, r.inputs!, props(cap.pool, { autostart: false }));
    expect(await host.diff(s.id, s.urn, r.properties, next.inputs)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
    const u = await host.update(s.id, s.urn, r.properties, next.inputs);
    expect(info(virsh("pool-info", n.pool)).Autostart).toBe("no");
    expect(u.properties.uuid).toBe(s.id);
    const renamed = await host.check(s.urn, next.inputs, props(cap.pool, { autostart: false, name: "x" + n.pool }));
    expect(await host.diff(s.id, s.urn, u.properties, renamed.inputs)).toEqual({
      changes: "some",
      replaces: ["name"],
      deleteBeforeReplace: true,
    });
    state.pool = { ...s, outs: u.properties };
  });

  test("StorageVolume: Create, Read, grow in place, shrink refused by Check", async () => {
    const s = await createVia(cap.vol, props(cap.vol));
    expect(info(virsh("vol-info", "--pool", n.pool, n.vol, "--bytes")).Capacity).toBe(`${64 * MiB} bytes`);
    const r = await host.read(s.id, s.urn, s.outs);
    const again = await host.check(s.urn, r.inputs!, props(cap.vol));
    expect((await host.diff(s.id, s.urn, r.properties, again.inputs)).changes).toBe("none");
    const grow = await host.check(s.urn, r.inputs!, props(cap.vol, { capacityBytes: 128 * MiB }));
    expect(await host.diff(s.id, s.urn, r.properties, grow.inputs)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
    const u = await host.update(s.id, s.urn, r.properties, grow.inputs);
    expect(u.properties.capacityBytes).toBe(128 * MiB);
    expect(info(virsh("vol-info", "--pool", n.pool, n.vol, "--bytes")).Capacity).toBe(`${128 * MiB} bytes`);
    const shrink = await host.check(s.urn, grow.inputs, props(cap.vol, { capacityBytes: 64 * MiB }));
    expect(shrink.failures[0].property).toBe("capacityBytes");
    expect(shrink.failures[0].reason).toContain("cannot shrink");
    state.vol = { ...s, outs: u.properties };
  });

  test("Network: Create, Read, Update in place", async () => {
    const s = await createVia(cap.net, props(cap.net));
    expect(info(virsh("net-info", n.net)).Active).toBe("yes");
    const r = await host.read(s.id, s.urn, s.outs);
    const again = await host.check(s.urn, r.inputs!, props(cap.net));
    expect((await host.diff(s.id, s.urn, r.properties, again.inputs)).changes).toBe("none");
    const next = await host.check(s.urn, r.inputs!, props(cap.net, { autostart: false }));
    const u = await host.update(s.id, s.urn, r.properties, next.inputs);
    expect(info(virsh("net-info", n.net)).Autostart).toBe("no");
    state.net = { ...s, outs: u.properties };
  });

  test("Domain: Create, Read (no diff), live Update NAT -> bridge, no-op Update on a provider change", async () => {
    const s = await createVia(cap.dom, props(cap.dom));
    expect(info(virsh("dominfo", n.dom)).State).toBe("running");
    expect((s.outs as any).graphics.vnc.password).toBe(PASSWORD);
    const r = await host.read(s.id, s.urn, s.outs);
    expect(r.properties.pendingRestart).toEqual([]);
    const again = await host.check(s.urn, r.inputs!, props(cap.dom));
    expect((await host.diff(s.id, s.urn, r.properties, again.inputs)).changes).toBe("none");
    const id = virsh("domid", n.dom).trim();
    const next = await host.check(
      s.urn,
      r.inputs!,
      props(cap.dom, { interfaces: [{ source: { type: "bridge", bridge: tb.TESTBED_BRIDGE } }], memoryMiB: 160 }),
    );
    expect(await host.diff(s.id, s.urn, r.properties, next.inputs)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
    const u = await host.update(s.id, s.urn, r.properties, next.inputs);
    expect(virsh("domid", n.dom).trim()).toBe(id);
    expect(virsh("domiflist", n.dom)).toMatch(new RegExp(`bridge\\s+${tb.TESTBED_BRIDGE}`));
    expect(u.properties.pendingRestart).toEqual([]);
    // A new provider text with the same inputs: update must leave the guest alone and keep every output.
    const noop = await host.update(s.id, s.urn, { ...u.properties, __provider: "exports.handler = () => ({})" }, next.inputs);
    expect(virsh("domid", n.dom).trim()).toBe(id);
    expect(Object.keys(noop.properties).sort()).toEqual(Object.keys(u.properties).sort());
    expect(host.stderr.join("")).not.toContain(PASSWORD);
    state.dom = { ...s, outs: noop.properties };
  });

  test("Delete removes them all (domain, network, volume, pool); again succeeds; Read reports them gone", async () => {
    for (const k of ["dom", "net", "vol", "pool"]) {
      const s = state[k];
      await host.delete(s.id, s.urn, s.outs);
      await host.delete(s.id, s.urn, s.outs);
      expect((await host.read(s.id, s.urn, s.outs)).id).toBe("");
    }
    expect(virshFails("dominfo", n.dom)).toBe(true);
    expect(virshFails("net-info", n.net)).toBe(true);
    expect(virshFails("pool-info", n.pool)).toBe(true);
  });

  test("a logical pool and its volume in the test driver, over the host's one connection", async () => {
    const p = await createVia(cap.tpool, props(cap.tpool));
    const v = await createVia(cap.tvol, props(cap.tvol));
    const i = info(virshUri(tb.TESTBED_TEST_URI_UNIX, "vol-info", "--pool", n.tpool, n.tvol, "--bytes"));
    expect(i.Allocation).toBe(`${32 * MiB} bytes`);
    const r = await host.read(v.id, v.urn, v.outs);
    const again = await host.check(v.urn, r.inputs!, props(cap.tvol));
    expect((await host.diff(v.id, v.urn, r.properties, again.inputs)).changes).toBe("none");
    await host.delete(v.id, v.urn, v.outs);
    await host.delete(p.id, p.urn, p.outs);
    expect(() => virshUri(tb.TESTBED_TEST_URI_UNIX, "pool-info", n.tpool)).toThrow();
  });
});

describe("faults through the host", () => {
  test("ssh killed under the host during a create: clear error, no orphan, the next create converges", async () => {
    const pool = await createVia(cap.pool, props(cap.pool));
    const src = path.join(mkdtempSync(path.join(tmpdir(), "kvmit-res-")), "big.img");
    const fd = openSync(src, "w");
    ftruncateSync(fd, 384 * MiB);
    writeSync(fd, Buffer.from("x"), 0, 1, 0);
    closeSync(fd);
    const raw = props(cap.vol, { name: n.fvol, capacityBytes: 512 * MiB, source: { path: src } });
    const creating = createVia(cap.vol, raw).then(
      () => undefined,
      (e: Error) => e,
    );
    let killed = 0;
    for (let i = 0; i < 400 && !killed; i++) {
      await new Promise((res) => setTimeout(res, 25));
      if (!virshFails("vol-info", "--pool", n.pool, n.fvol)) {
        const pids = execFileSync("pgrep", ["-P", String(host.pid), "-f", `ssh.*${tb.TESTBED_SSH_PORT}`], { encoding: "utf8" })
          .split("\n")
          .filter(Boolean);
        for (const pid of pids) {
          process.kill(Number(pid), "SIGKILL");
          killed++;
        }
      }
    }
    expect(killed).toBeGreaterThan(0);
    const err = await creating;
    expect((err as Error).message).toMatch(/creating volume .* failed: (connection to ssh:.* lost|the connection to the host was lost)/);
    expect(virshFails("vol-info", "--pool", n.pool, n.fvol)).toBe(true);
    const v = await createVia(cap.vol, raw);
    expect(
      virsh("vol-list", n.pool)
        .split("\n")
        .filter((l) => l.includes(n.fvol)),
    ).toHaveLength(1);
    await host.delete(v.id, v.urn, v.outs);
    await host.delete(pool.id, pool.urn, { ...pool.outs, wipeOnDelete: true });
  });
});
