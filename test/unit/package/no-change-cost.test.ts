// What a no-change `pulumi up` costs in the provider host per resource, without a host to reach:
// Check and Diff are pure, so 100 guests' worth of resources (pool, network, 100 volumes and
// domains) go through the SDK's real host one at a time, as the engine's step generator calls
// them, and the host's own CPU time is read from /proc (wall time depends on the machine's load).
import { readFileSync } from "fs";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, REPO_ROOT, urnOf } from "../../support/provider-host";

const URI = "qemu+ssh://root@kvm01.example.com/system";
const N = 100;

function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

describe(`a no-change up of ${N} guests in the provider host`, () => {
  let host: ProviderHost;
  let captured: CapturedResource[];

  beforeAll(async () => {
    const spec: Array<{ className: string; name: string; props: Record<string, unknown> }> = [
      { className: "StoragePool", name: "pool", props: { uri: URI, name: "images", type: "dir", targetPath: "/var/lib/libvirt/images" } },
      { className: "Network", name: "net", props: { uri: URI, name: "br0", mode: "bridge", bridge: "br0" } },
    ];
    for (let i = 0; i < N; i++) {
      spec.push(
        { className: "StorageVolume", name: `vol${i}`, props: { uri: URI, pool: "images", name: `g${i}.img`, capacityBytes: 2 ** 30 } },
        {
          className: "Domain",
          name: `dom${i}`,
          props: {
            uri: URI,
            name: `g${i}`,
            memoryMiB: 1024,
            vcpus: 1,
            disks: [{ source: { type: "volume", pool: "images", volume: `g${i}.img` }, targetDev: "vda" }],
            interfaces: [{ source: { type: "network", network: "br0" } }],
            running: false,
          },
        },
      );
    }
    captured = await captureResources(path.join(REPO_ROOT, "libvirt/index.ts"), spec);
    host = await ProviderHost.start();
    await host.configure({});
  }, 240000);
  afterAll(async () => host?.stop());

  test("costs under 5 ms of host CPU per resource (Check + Diff, nothing to change)", async () => {
    // The state after the first up: checked inputs, and outputs with what the host computed.
    const state = [];
    for (const c of captured) {
      const urn = urnOf(c.type, c.name);
      const { inputs } = await host.check(urn, {}, c.inputs);
      state.push({ urn, c, inputs, outs: { ...inputs, uuid: "3f0c7a34-8d8e-4c1b-9d0e-6a8f2b1c0d11", key: "k", path: "/p" } });
    }
    const before = cpuMs(host.pid);
    for (const s of state) {
      const { inputs, failures } = await host.check(s.urn, s.inputs, s.c.inputs);
      expect(failures).toEqual([]);
      expect((await host.diff("id", s.urn, s.outs, inputs)).changes).toBe("none");
    }
    const perResource = (cpuMs(host.pid) - before) / state.length;
    process.stderr.write(`no-change up: ${perResource.toFixed(2)} ms of host CPU per resource over ${state.length} resources\n`);
    expect(perResource).toBeLessThan(5);
  }, 240000);
});
