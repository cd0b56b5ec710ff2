// The engine always learns what exists (issue 12.1), through the SDK's real dynamic-provider host
// over qemu+ssh, with real faults:
// - the provider host killed in the middle of a create (the engine never got an id): the next
//   create recognises the object it made (its uuid; a domain's owner marker) and continues from it
//   instead of refusing; one object, no duplicate;
// - libvirtd restarted in the middle of a domain's create, down for longer than the undo may try:
//   the create fails with pulumirpc.ErrorResourceInitFailed carrying the id and properties, and
//   the next up's update (the engine's answer to a partial create) finishes it.
import { rmSync } from "fs";
import * as path from "path";
import { ownUuid } from "../../../libvirt/resources/provider-common";
import { captureResources, CapturedResource, InitFailure, ProviderHost, urnOf } from "../../support/provider-host";
import { libvirtdAlive, restartLibvirtd, startLibvirtd } from "../../support/faults";
import { testbed } from "../../support/testbed";
import { info, suffix, virsh, virshFails } from "../resources/engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const sfx = suffix();
const OWNER_NS = "https://kvm-infra.dev/xmlns/libvirt/domain/owner/1";
const n = { pool: `adopt-pc-pool-${sfx}`, net: `adopt-pc-net-${sfx}`, dom: `adopt-pc-dom-${sfx}` };
const dir = path.join(tb.TESTBED_POOL_DIR, n.pool);
const restartDoms: string[] = [];

type Rec = Record<string, any>;
let cap: Record<string, CapturedResource>;
const hosts: ProviderHost[] = [];

async function newHost(env: Record<string, string> = {}): Promise<ProviderHost> {
  const h = await ProviderHost.start({ env });
  await h.configure({ "kvm-infra:uri": URI });
  hosts.push(h);
  return h;
}

function raw(kind: string, props: Rec): Rec {
  return { __provider: cap[kind].inputs.__provider, ...props };
}

function names(list: string): string[] {
  return virsh(list, "--all", "--name")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

const poolProps = { uri: URI, name: n.pool, type: "dir", targetPath: dir, build: true };
const netProps = {
  uri: URI,
  name: n.net,
  mode: "nat",
  nat: { address: "192.168.245.1", prefix: 24, dhcpStart: "192.168.245.10", dhcpEnd: "192.168.245.20" },
};
const domProps = (name: string) => ({ uri: URI, name, virtType: "qemu", memoryMiB: 64, vcpus: 1, shutdownTimeoutSeconds: 1 });

beforeAll(async () => {
  const captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
    { className: "StoragePool", name: "StoragePool", props: poolProps },
    { className: "Network", name: "Network", props: netProps },
    { className: "Domain", name: "Domain", props: domProps(n.dom) },
  ]);
  cap = Object.fromEntries(captured.map((c) => [c.name, c]));
}, 300000);

afterAll(async () => {
  for (const h of hosts) await h.stop();
  // Whatever happened in the test, the shared test bed gets its daemon back.
  if (!libvirtdAlive()) await startLibvirtd();
  const quiet = (...a: string[]) => {
    try {
      virsh(...a);
    } catch (e) {
      /* already gone or stopped */
    }
  };
  for (const d of [n.dom, ...restartDoms]) {
    quiet("destroy", d);
    quiet("undefine", d);
  }
  quiet("net-destroy", n.net);
  quiet("net-undefine", n.net);
  quiet("pool-destroy", n.pool);
  quiet("pool-undefine", n.pool);
  rmSync(dir, { recursive: true, force: true });
});

describe("the provider host killed in the middle of a create", () => {
  test.each([
    ["StoragePool", "pool-list", n.pool, poolProps, "storage-pool"],
    ["Network", "net-list", n.net, netProps, "network"],
    ["Domain", "list", n.dom, domProps(n.dom), "domain"],
  ] as const)("%s: the next create continues from what the first one defined", async (kind, list, name, props, uuidKind) => {
    const urn = urnOf(cap[kind].type, name);
    const first = await newHost();
    const checked = await first.check(urn, {}, raw(kind, props));
    expect(checked.failures).toEqual([]);
    const creating = first.create(urn, checked.inputs).then(
      () => "answered",
      () => "lost",
    );
    // Kill the host as soon as the object exists on the host: the engine gets no id.
    for (let i = 0; i < 400 && !names(list).includes(name); i++) await new Promise((r) => setTimeout(r, 10));
    expect(names(list)).toContain(name);
    first.child.kill("SIGKILL");
    await creating;

    const second = await newHost();
    const again = await second.check(urn, {}, raw(kind, props));
    const created = await second.create(urn, again.inputs);
    expect(created.id).toBe(ownUuid(uuidKind, URI, name));
    expect(created.properties.adopted).toBe(false);
    expect(names(list).filter((x) => x === name)).toHaveLength(1);
    if (kind === "Domain") {
      expect(info(virsh("dominfo", name)).State).toBe("running");
      expect(virsh("domuuid", name).trim()).toBe(created.id);
      expect(virsh("metadata", name, OWNER_NS, "--config")).toMatch(/managed-by="kvm-infra"/);
    } else if (kind === "Network") {
      expect(info(virsh("net-info", name)).Active).toBe("yes");
    } else {
      expect(info(virsh("pool-info", name)).State).toBe("running");
    }
  });
});

test("libvirtd restarted during a domain's create: a partial create the engine keeps, finished by the next up", async () => {
  // The undo may try for 2 s; the daemon stays down for 4 s, so it cannot remove what was defined.
  const host = await newHost({ KVM_INFRA_UNDO_TIMEOUT_SECONDS: "2" });
  let partial: { name: string; urn: string; inputs: Rec; failure: InitFailure; message: string } | undefined;
  for (let attempt = 0; attempt < 6 && !partial; attempt++) {
    const name = `adopt-lr-dom-${sfx}-${attempt}`;
    restartDoms.push(name);
    const urn = urnOf(cap.Domain.type, name);
    const checked = await host.check(urn, {}, raw("Domain", domProps(name)));
    const creating = host.create(urn, checked.inputs).then(
      (r) => r,
      (e: Error & { initFailure?: InitFailure }) => e,
    );
    for (let i = 0; i < 400 && !names("list").includes(name); i++) await new Promise((r) => setTimeout(r, 5));
    await restartLibvirtd(4000);
    const outcome = await creating;
    if (!(outcome instanceof Error)) continue; // the restart came after the create had finished
    if (!outcome.initFailure) {
      // The fault reached the create while its undo could still remove the domain: then it says
      // so and the domain is verifiably gone (the engine is right to believe nothing exists).
      expect(outcome.message).toMatch(/its definition was removed again/);
      expect(names("list")).not.toContain(name);
      continue;
    }
    partial = { name, urn, inputs: checked.inputs, failure: outcome.initFailure, message: outcome.message };
  }
  expect(partial).toBeDefined();
  const { name, urn, inputs, failure, message } = partial!;
  const id = ownUuid("domain", URI, name);
  expect(message).toMatch(new RegExp(`creating domain "${name}" on qemu\\+ssh:.* failed: .*undoing it failed .*recorded as ${id}`));
  expect(failure.id).toBe(id);
  expect(failure.properties).toMatchObject({ name, uuid: id, createIncomplete: true });
  expect(failure.reasons.length).toBeGreaterThan(0);

  // The next `pulumi up`: the engine updates a partially created resource with its recorded state.
  const next = await newHost();
  const checked = await next.check(urn, failure.properties, raw("Domain", domProps(name)));
  const updated = await next.update(id, urn, { ...failure.properties, __provider: inputs.__provider }, checked.inputs);
  expect(updated.properties.createIncomplete).toBeUndefined();
  expect(updated.properties).toMatchObject({ uuid: id, running: true });
  expect(names("list").filter((x) => x === name)).toHaveLength(1);
  expect(virsh("domuuid", name).trim()).toBe(id);
  expect(info(virsh("dominfo", name)).State).toBe("running");
  expect(virshFails("metadata", name, OWNER_NS, "--config")).toBe(false);
}, 300000);
