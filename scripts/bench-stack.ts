// Benchmark: a stack of N domains (a dir pool, a NAT network, one volume and one domain per guest,
// running: false) through the SDK's real dynamic-provider host over the test bed's qemu+ssh URI,
// driven as the engine drives it: first up, no-change up, refresh, one change, destroy, each
// command with a fresh host. Then 5 running guests destroyed one after the other and all at once,
// and the same objects made, read and removed by the virsh runbook (one virsh process per command).
// Per N one JSON line on stdout (medians in ms over --repeat runs), the largest N last; progress
// goes to stderr. Options: --n=1,20,100 --repeat=3 --virsh-repeat=<repeat> --parallel=0 (0: as many
// operations at once as the dependency order allows, the CLI's default) --running=5 --virsh=full
// (read: only the runbook's read-everything pass, over the stack's own objects after the first up;
// for a loaded machine where each virsh process costs seconds). Leftovers of an interrupted run
// (objects named bench-*) are removed first.
import { execFile, execFileSync } from "child_process";
import { randomBytes } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { domainXml, networkXml, DomainInputs, NetworkInputs } from "../libvirt/resources";
import { captureResources, CapturedResource, ProviderHost, REPO_ROOT, urnOf } from "../test/support/provider-host";
import { testbed } from "../test/support/testbed";

type Rec = Record<string, unknown>;

interface Options {
  ns: number[];
  repeat: number;
  virshRepeat: number;
  parallel: number;
  running: number;
  virsh: "full" | "read";
}

function options(argv: string[]): Options {
  const arg = (name: string): string | undefined => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit?.slice(name.length + 3);
  };
  const int = (name: string, fallback: number, min: number): number => {
    const v = arg(name);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}, got ${v}`);
    return n;
  };
  const ns = (arg("n") ?? "1,20,100").split(",").map((s) => Number(s.trim()));
  if (ns.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--n must list positive integers, e.g. --n=1,20,100; got ${arg("n")}`);
  const repeat = int("repeat", 3, 1);
  const virsh = arg("virsh") ?? "full";
  if (virsh !== "full" && virsh !== "read") throw new Error(`--virsh must be full or read, got ${virsh}`);
  return {
    virsh,
    ns: [...ns].sort((a, b) => a - b),
    repeat,
    virshRepeat: int("virsh-repeat", repeat, 1),
    parallel: int("parallel", 0, 0),
    running: int("running", 5, 1),
  };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const progress = (msg: string) => process.stderr.write(`bench:stack ${msg}\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return Math.round(m * 10) / 10;
}

/** fn over items, at most `limit` at once (0: all at once), results in order. */
async function pmap<T, R>(items: T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit === 0 ? items.length : Math.min(limit, items.length) }, worker));
  return out;
}

/** One resource as the engine keeps it in the state. */
interface Entry {
  c: CapturedResource;
  urn: string;
  id?: string;
  inputs?: Rec;
  outs?: Rec;
}

/** The stack's resources in dependency levels: pool and network, volumes, domains. */
interface Stack {
  levels: Entry[][];
  all: Entry[];
}

/** What `pulumi <command>` costs: a fresh provider host per command, its peak RSS recorded. */
class Commands {
  peakRssMiB = 0;
  hostStartMs: number[] = [];
  /** CPU time (user + system) the host spent in the last command, ms (10 ms resolution). */
  lastHostCpuMs = 0;

  constructor(private readonly parallel: number) {}

  async run<T>(what: string, fn: (host: ProviderHost) => Promise<T>): Promise<{ ms: number; result: T }> {
    const t0 = now();
    const host = await ProviderHost.start();
    await host.configure({});
    this.hostStartMs.push(now() - t0);
    try {
      const cpu0 = hostCpuMs(host.pid);
      const t1 = now();
      const result = await fn(host);
      const ms = now() - t1;
      this.lastHostCpuMs = hostCpuMs(host.pid) - cpu0;
      const status = readFileSync(`/proc/${host.pid}/status`, "utf8");
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) this.peakRssMiB = Math.max(this.peakRssMiB, Number(hwm[1]) / 1024);
      return { ms, result };
    } catch (e) {
      throw new Error(`${what} failed: ${(e as Error).message}\n${host.stderr.join("")}`, { cause: e });
    } finally {
      await host.stop();
    }
  }

  /** The step generator checks (and diffs) one registration at a time; the steps then run in parallel. */
  async up(host: ProviderHost, stack: Stack, change?: (e: Entry, checked: Rec) => Rec): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (const level of stack.levels) {
      const steps: Array<() => Promise<void>> = [];
      for (const e of level) {
        const news = change ? change(e, e.c.inputs) : e.c.inputs;
        const checked = await host.check(e.urn, e.inputs ?? {}, news);
        if (checked.failures.length) throw new Error(`check of ${e.urn}: ${JSON.stringify(checked.failures)}`);
        if (e.id === undefined) {
          steps.push(async () => {
            const r = await host.create(e.urn, checked.inputs);
            Object.assign(e, { id: r.id, inputs: checked.inputs, outs: r.properties });
            created++;
          });
          continue;
        }
        const d = await host.diff(e.id, e.urn, e.outs!, checked.inputs);
        if (d.replaces.length) throw new Error(`${e.urn} would be replaced (${d.replaces.join(", ")})`);
        if (d.changes === "none") continue;
        steps.push(async () => {
          const r = await host.update(e.id!, e.urn, e.outs!, checked.inputs);
          Object.assign(e, { inputs: checked.inputs, outs: r.properties });
          updated++;
        });
      }
      await pmap(steps, this.parallel, (s) => s());
    }
    return { created, updated };
  }

  async refresh(host: ProviderHost, stack: Stack): Promise<void> {
    await pmap(stack.all, this.parallel, async (e) => {
      const r = await host.read(e.id!, e.urn, e.outs!, e.inputs);
      if (!r.id) throw new Error(`refresh: ${e.urn} is gone`);
      Object.assign(e, { outs: r.properties, inputs: r.inputs ?? e.inputs });
    });
  }

  async destroy(host: ProviderHost, stack: Stack): Promise<void> {
    for (const level of [...stack.levels].reverse()) {
      await pmap(level, this.parallel, async (e) => {
        await host.delete(e.id!, e.urn, e.outs!);
        Object.assign(e, { id: undefined, inputs: undefined, outs: undefined });
      });
    }
  }
}

/** utime + stime of a process from /proc/<pid>/stat, in ms. */
function hostCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ");
  // After the command name: state is field 3, utime 14 and stime 15 (1-based), so 11 and 12 here.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function virshLocal(...args: string[]): string {
  return execFileSync("virsh", ["-c", testbed().TESTBED_URI_UNIX, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A /24 no libvirt network on the test bed uses. */
function freeSubnet(): number {
  const used = new Set<number>();
  for (const name of virshLocal("net-list", "--all", "--name")
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean)) {
    for (const m of virshLocal("net-dumpxml", name).matchAll(/address=["']192\.168\.(\d+)\./g)) used.add(Number(m[1]));
  }
  for (const o of [...Array(80).keys()].map((i) => 160 + ((i * 7 + Number(`0x${randomBytes(1).toString("hex")}`)) % 80))) {
    if (!used.has(o)) return o;
  }
  throw new Error("no free 192.168.x.0/24 subnet for the benchmark's network");
}

interface Names {
  prefix: string;
  pool: string;
  poolPath: string;
  network: string;
  subnet: number;
}

function names(tag: string): Names {
  const prefix = `bench-${randomBytes(3).toString("hex")}${tag}`;
  return {
    prefix,
    pool: `${prefix}-pool`,
    poolPath: path.join(testbed().TESTBED_POOL_DIR, prefix),
    network: `${prefix}-net`,
    subnet: freeSubnet(),
  };
}

const VOLUME_BYTES = 16 * 2 ** 20;

function guestProps(uri: string, nm: Names, guest: string, running: boolean): { volume: Rec; domain: Rec } {
  return {
    volume: { uri, pool: nm.pool, name: `${guest}.img`, capacityBytes: VOLUME_BYTES, format: "raw" },
    domain: {
      uri,
      name: guest,
      virtType: "qemu", // no /dev/kvm on the test bed: TCG
      memoryMiB: 64,
      vcpus: 1,
      description: "bench",
      disks: [{ source: { type: "volume", pool: nm.pool, volume: `${guest}.img` }, targetDev: "vda" }],
      interfaces: [{ source: { type: "network", network: nm.network } }],
      running,
      autostart: false,
      shutdownTimeoutSeconds: 5,
    },
  };
}

function stackProps(uri: string, nm: Names, n: number): Array<{ className: string; name: string; props: Rec }> {
  const s = nm.subnet;
  const out: Array<{ className: string; name: string; props: Rec }> = [
    {
      className: "StoragePool",
      name: "pool",
      props: { uri, name: nm.pool, type: "dir", targetPath: nm.poolPath, build: true, autostart: false, wipeOnDelete: true },
    },
    {
      className: "Network",
      name: "net",
      props: {
        uri,
        name: nm.network,
        mode: "nat",
        nat: { address: `192.168.${s}.1`, prefix: 24, dhcpStart: `192.168.${s}.100`, dhcpEnd: `192.168.${s}.254` },
        autostart: false,
      },
    },
  ];
  for (let i = 0; i < n; i++) {
    const g = guestProps(uri, nm, `${nm.prefix}-d${i}`, false);
    out.push({ className: "StorageVolume", name: `vol${i}`, props: g.volume }, { className: "Domain", name: `dom${i}`, props: g.domain });
  }
  return out;
}

function toStack(captured: CapturedResource[]): Stack {
  const entries = captured.map((c) => ({ c, urn: urnOf(c.type, c.name) }));
  const of = (kinds: string[]) => entries.filter((e) => kinds.some((k) => e.c.type.endsWith(`:${k}`)));
  const levels = [of(["StoragePool", "Network"]), of(["StorageVolume"]), of(["Domain"])];
  return { levels, all: levels.flat() };
}

/** Domains with the prefix, as virsh (a second client, on the local socket) sees them. */
function countBench(prefix: string): { domains: number } {
  return {
    domains: virshLocal("list", "--all", "--name")
      .split("\n")
      .map((x) => x.trim())
      .filter((d) => d.startsWith(prefix)).length,
  };
}

/** The runbook's commands, one virsh process each, over the same URI. */
function virsh(uri: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile("virsh", ["-c", uri, ...args], { encoding: "utf8", maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) =>
      err ? reject(new Error(`virsh ${args.join(" ")}: ${stderr || err.message}`)) : resolve(stdout),
    ),
  );
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = now();
  await fn();
  return now() - t0;
}

/** The virsh runbook for the same objects (other names): create, read everything, destroy. */
async function virshRunbook(
  uri: string,
  n: number,
  checkedDomain: Rec,
  checkedNetwork: Rec,
): Promise<{ create: number; read: number; destroy: number }> {
  const nm = names("v");
  const dir = mkdtempSync(path.join(tmpdir(), "bench-virsh-"));
  const s = nm.subnet;
  const net = {
    ...(checkedNetwork as unknown as NetworkInputs),
    name: nm.network,
    nat: { address: `192.168.${s}.1`, prefix: 24, dhcpStart: `192.168.${s}.100`, dhcpEnd: `192.168.${s}.254` },
  };
  writeFileSync(path.join(dir, "net.xml"), networkXml(net));
  const guests = Array.from({ length: n }, (_, i) => `${nm.prefix}-d${i}`);
  for (const g of guests) {
    const d = checkedDomain as unknown as DomainInputs;
    const dom: DomainInputs = {
      ...d,
      name: g,
      uuid: undefined,
      disks: [{ ...d.disks![0], source: { type: "volume", pool: nm.pool, volume: `${g}.img` } }],
      interfaces: [{ ...d.interfaces![0], source: { type: "network", network: nm.network } }],
    };
    writeFileSync(path.join(dir, `${g}.xml`), domainXml(dom));
  }
  try {
    const create = await timed(async () => {
      await virsh(uri, ["pool-define-as", nm.pool, "dir", "--target", nm.poolPath]);
      await virsh(uri, ["pool-build", nm.pool]);
      await virsh(uri, ["pool-start", nm.pool]);
      await virsh(uri, ["net-define", path.join(dir, "net.xml")]);
      await virsh(uri, ["net-start", nm.network]);
      for (const g of guests) {
        await virsh(uri, ["vol-create-as", nm.pool, `${g}.img`, String(VOLUME_BYTES), "--format", "raw"]);
        await virsh(uri, ["define", path.join(dir, `${g}.xml`)]);
      }
    });
    if (countBench(nm.prefix).domains !== n) throw new Error(`the virsh runbook defined ${countBench(nm.prefix).domains} of ${n} domains`);
    const read = await timed(async () => {
      await virsh(uri, ["pool-dumpxml", nm.pool]);
      await virsh(uri, ["net-dumpxml", nm.network]);
      for (const g of guests) {
        await virsh(uri, ["vol-dumpxml", "--pool", nm.pool, `${g}.img`]);
        await virsh(uri, ["dumpxml", g]);
      }
    });
    const destroy = await timed(async () => {
      for (const g of guests) {
        await virsh(uri, ["undefine", g]);
        await virsh(uri, ["vol-delete", "--pool", nm.pool, `${g}.img`]);
      }
      await virsh(uri, ["net-destroy", nm.network]);
      await virsh(uri, ["net-undefine", nm.network]);
      await virsh(uri, ["pool-destroy", nm.pool]);
      await virsh(uri, ["pool-delete", nm.pool]);
      await virsh(uri, ["pool-undefine", nm.pool]);
    });
    return { create, read, destroy };
  } catch (e) {
    cleanup(nm.prefix);
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The runbook's read-everything pass over the stack's own objects (one virsh process per object). */
async function virshReadAll(uri: string, nm: Names, n: number): Promise<number> {
  return timed(async () => {
    await virsh(uri, ["pool-dumpxml", nm.pool]);
    await virsh(uri, ["net-dumpxml", nm.network]);
    for (let i = 0; i < n; i++) {
      await virsh(uri, ["vol-dumpxml", "--pool", nm.pool, `${nm.prefix}-d${i}.img`]);
      await virsh(uri, ["dumpxml", `${nm.prefix}-d${i}`]);
    }
  });
}

/** 5 running guests (with their volumes) on the stack's pool and network: start and destroy them
 * one after the other, then all at once; volumes created one after the other, then all at once. */
async function runningGuests(cmd: Commands, uri: string, nm: Names, count: number): Promise<Record<string, number>> {
  const props = Array.from({ length: count }, (_, i) => guestProps(uri, nm, `${nm.prefix}-r${i}`, true));
  const captured = await captureResources(
    path.join(REPO_ROOT, "libvirt/index.ts"),
    props.flatMap((p, i) => [
      { className: "StorageVolume", name: `rvol${i}`, props: p.volume },
      { className: "Domain", name: `rdom${i}`, props: p.domain },
    ]),
  );
  const vols = toStack(captured).levels[1];
  const doms = toStack(captured).levels[2];
  const out: Record<string, number> = {};
  await cmd.run("running guests", async (host) => {
    const create = async (e: Entry) => {
      const checked = await host.check(e.urn, {}, e.c.inputs);
      const r = await host.create(e.urn, checked.inputs);
      Object.assign(e, { id: r.id, inputs: checked.inputs, outs: r.properties });
    };
    const del = async (e: Entry) => host.delete(e.id!, e.urn, e.outs!);
    const serial = async (es: Entry[], fn: (e: Entry) => Promise<unknown>) => {
      for (const e of es) await fn(e);
    };
    out.volumeCreateSerialMs = await timed(() => serial(vols, create));
    await pmap(vols, 0, del);
    out.volumeCreateParallelMs = await timed(() => pmap(vols, 0, create));
    out.startSerialMs = await timed(() => serial(doms, create));
    const running = virshLocal("list", "--name")
      .split("\n")
      .map((x) => x.trim())
      .filter((d) => d.startsWith(`${nm.prefix}-r`)).length;
    if (running !== count) throw new Error(`${running} of ${count} guests are running after create`);
    out.destroyRunningSerialMs = await timed(() => serial(doms, del));
    out.startParallelMs = await timed(() => pmap(doms, 0, create));
    out.destroyRunningParallelMs = await timed(() => pmap(doms, 0, del));
    await pmap(vols, 0, del);
  });
  return out;
}

async function benchN(opts: Options, uri: string, n: number): Promise<Rec> {
  const runs: Record<string, number[]> = {};
  const record = (k: string, v: number) => (runs[k] ??= []).push(v);
  const cmd = new Commands(opts.parallel);
  let providerTextChars: Record<string, number> = {};
  let stateCharsPerResource = 0;
  let resources = 0;
  for (let rep = 0; rep < opts.repeat; rep++) {
    const nm = names("");
    const spec = stackProps(uri, nm, n);
    const t0 = now();
    // The program's side: the resources constructed under the SDK's mocks, __provider serialized.
    const captured = await captureResources(path.join(REPO_ROOT, "libvirt/index.ts"), spec);
    record("programMs", now() - t0);
    providerTextChars = {};
    for (const c of captured) providerTextChars[c.type.split(":").pop()!] = (c.inputs.__provider as string).length;
    const stack = toStack(captured);
    resources = stack.all.length;
    try {
      const first = await cmd.run("first up", (h) => cmd.up(h, stack));
      if (first.result.created !== resources) throw new Error(`first up created ${first.result.created} of ${resources}`);
      record("firstUpMs", first.ms);
      const defined = countBench(nm.prefix).domains;
      if (defined !== n) throw new Error(`virsh sees ${defined} of ${n} domains after the first up`);
      if (opts.virsh === "read" && rep < opts.virshRepeat) record("virshReadAllMs", await virshReadAll(uri, nm, n));
      const state = stack.all.map((e) => JSON.stringify({ urn: e.urn, type: e.c.type, id: e.id, inputs: e.inputs, outputs: e.outs }));
      stateCharsPerResource = Math.round(state.reduce((a, s) => a + s.length, 0) / resources);
      const same = await cmd.run("no-change up", (h) => cmd.up(h, stack));
      if (same.result.updated + same.result.created !== 0) throw new Error(`no-change up changed ${same.result.updated} resources`);
      record("noChangeUpMs", same.ms);
      record("noChangeUpHostCpuMs", cmd.lastHostCpuMs);
      record("refreshMs", (await cmd.run("refresh", (h) => cmd.refresh(h, stack))).ms);
      record("refreshHostCpuMs", cmd.lastHostCpuMs);
      const target = stack.levels[2][0];
      const changed = await cmd.run("one change", (h) =>
        cmd.up(h, stack, (e, inputs) => (e === target ? { ...inputs, description: `bench changed ${rep}` } : inputs)),
      );
      // After the refresh, exactly the changed domain differs: refresh left no diff behind.
      if (changed.result.updated !== 1) throw new Error(`one change updated ${changed.result.updated} resources`);
      record("changeOneMs", changed.ms);
      const desc = virshLocal("desc", "--config", target.c.inputs.name as string).trim();
      if (desc !== `bench changed ${rep}`) throw new Error(`virsh reads description ${JSON.stringify(desc)} after the change`);
      for (const [k, v] of Object.entries(await runningGuests(cmd, uri, nm, opts.running))) record(k, v);
      record("destroyMs", (await cmd.run("destroy", (h) => cmd.destroy(h, stack))).ms);
      const left = countBench(nm.prefix).domains;
      if (left !== 0) throw new Error(`virsh still sees ${left} benchmark domains after destroy`);
    } catch (e) {
      cleanup(nm.prefix);
      throw e;
    }
    progress(
      `n=${n} run ${rep + 1}/${opts.repeat}: ${JSON.stringify(Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(v[v.length - 1])])))}`,
    );
  }
  const [checkedDomain, checkedNetwork] = await checkedShapes(uri, n);
  for (let rep = 0; opts.virsh === "full" && rep < opts.virshRepeat; rep++) {
    const v = await virshRunbook(uri, n, checkedDomain, checkedNetwork);
    record("virshCreateMs", v.create);
    record("virshReadAllMs", v.read);
    record("virshDestroyMs", v.destroy);
    progress(
      `n=${n} virsh run ${rep + 1}/${opts.virshRepeat}: create ${Math.round(v.create)} read ${Math.round(v.read)} destroy ${Math.round(v.destroy)} ms`,
    );
  }
  const m = (k: string) => (runs[k] ? median(runs[k]) : null);
  const per = (k: string) => (runs[k] ? Math.round((median(runs[k]) / resources) * 100) / 100 : null);
  const ratio = (a: string, b: string) => (runs[a] && runs[b] ? Math.round(median(runs[a]) / median(runs[b])) : null);
  return {
    n,
    resources,
    firstUpMs: m("firstUpMs"),
    noChangeUpMs: m("noChangeUpMs"),
    refreshMs: m("refreshMs"),
    changeOneMs: m("changeOneMs"),
    destroyMs: m("destroyMs"),
    virshCreateMs: m("virshCreateMs"),
    virshReadAllMs: m("virshReadAllMs"),
    virshDestroyMs: m("virshDestroyMs"),
    providerTextChars,
    stateCharsPerResource,
    hostPeakRssMiB: Math.round(cmd.peakRssMiB * 10) / 10,
    destroyRunningSerialMs: m("destroyRunningSerialMs"),
    destroyRunningParallelMs: m("destroyRunningParallelMs"),
    startSerialMs: m("startSerialMs"),
    startParallelMs: m("startParallelMs"),
    volumeCreateSerialMs: m("volumeCreateSerialMs"),
    volumeCreateParallelMs: m("volumeCreateParallelMs"),
    noChangeUpMsPerResource: per("noChangeUpMs"),
    refreshMsPerResource: per("refreshMs"),
    noChangeUpHostCpuMsPerResource: per("noChangeUpHostCpuMs"),
    refreshHostCpuMsPerResource: per("refreshHostCpuMs"),
    readAllSpeedup: { noChangeUp: ratio("virshReadAllMs", "noChangeUpMs"), refresh: ratio("virshReadAllMs", "refreshMs") },
    destroyRunningSpeedup: ratio("destroyRunningSerialMs", "destroyRunningParallelMs"),
    virsh: opts.virsh,
    programMs: m("programMs"),
    hostStartMs: median(cmd.hostStartMs),
    repeat: opts.repeat,
    virshRepeat: opts.virshRepeat,
  };
}

/** A domain's and the network's checked inputs (defaults filled) for the runbook's XML. */
async function checkedShapes(uri: string, _n: number): Promise<[Rec, Rec]> {
  const nm = names("x");
  const spec = stackProps(uri, nm, 1);
  const captured = await captureResources(path.join(REPO_ROOT, "libvirt/index.ts"), spec);
  const host = await ProviderHost.start();
  try {
    await host.configure({});
    const dom = captured.find((c) => c.type.endsWith(":Domain"))!;
    const net = captured.find((c) => c.type.endsWith(":Network"))!;
    return [
      (await host.check(urnOf(dom.type, dom.name), {}, dom.inputs)).inputs,
      (await host.check(urnOf(net.type, net.name), {}, net.inputs)).inputs,
    ];
  } finally {
    await host.stop();
  }
}

/** Removes whatever a failed run left with the prefix (domains, volumes, network, pool). */
function cleanup(prefix: string): void {
  const quiet = (...args: string[]) => {
    try {
      virshLocal(...args);
    } catch {
      // already gone
    }
  };
  for (const d of virshLocal("list", "--all", "--name")
    .split("\n")
    .map((x) => x.trim())
    .filter((x) => x.startsWith(prefix))) {
    quiet("destroy", d);
    quiet("undefine", d);
  }
  for (const p of virshLocal("pool-list", "--all", "--name")
    .split("\n")
    .map((x) => x.trim())
    .filter((x) => x.startsWith(prefix))) {
    let vols: string[] = [];
    try {
      vols = virshLocal("vol-list", "--pool", p).split("\n").slice(2);
    } catch {
      // an inactive pool lists nothing: pool-delete below then fails too, and undefine removes it
    }
    for (const v of vols) {
      const name = v.trim().split(/\s+/)[0];
      if (name) quiet("vol-delete", "--pool", p, name);
    }
    quiet("pool-destroy", p);
    quiet("pool-delete", p);
    quiet("pool-undefine", p);
  }
  for (const net of virshLocal("net-list", "--all", "--name")
    .split("\n")
    .map((x) => x.trim())
    .filter((x) => x.startsWith(prefix))) {
    quiet("net-destroy", net);
    quiet("net-undefine", net);
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const uri = testbed().TESTBED_URI_SSH;
  progress(
    `over ${uri.replace(/\?.*/, "")}, N=${opts.ns.join(",")}, ${opts.repeat} runs (virsh ${opts.virsh}, ${opts.virshRepeat}), parallel ${opts.parallel || "unbounded"}`,
  );
  cleanup("bench-");
  for (const n of opts.ns) process.stdout.write(`${JSON.stringify(await benchN(opts, uri, n))}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench:stack failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
