// Benchmark: N domain XML reads over the test bed's qemu+ssh URI through libvirt/rpc (one open
// connection) and through `virsh -c <uri> dumpxml` (one ssh handshake per call). Prints a table,
// then, last, one JSON line: {"clientMedianMs":..,"virshMedianMs":..,"ratio":..}.
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { randomBytes } from "crypto";
import { Connection } from "../libvirt/rpc";

const N = Number(process.env.BENCH_N ?? 200);
const ENV_FILE = process.env.KVM_INFRA_TESTBED_ENV ?? "/var/lib/kvm-infra-testbed/testbed.env";

function testbedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(ENV_FILE, "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^'(.*)'$/, "$1");
  }
  return env;
}

function stats(ms: number[]): { median: number; p90: number; min: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, p90: at(0.9), min: s[0], max: s[s.length - 1] };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const fmt = (v: number) => v.toFixed(3).padStart(10);

async function main(): Promise<void> {
  const uri = testbedEnv().TESTBED_URI_SSH;
  if (!uri) throw new Error(`no TESTBED_URI_SSH in ${ENV_FILE}`);
  const name = `kvmit-rpc-bench-${randomBytes(3).toString("hex")}`;
  const conn = await Connection.open(uri);
  const dom = await conn.domainDefineXmlFlags(
    `<domain type='qemu'><name>${name}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>` +
      `<os><type arch='x86_64'>hvm</type></os><devices><serial type='pty'/></devices></domain>`,
  );
  try {
    const expected = await conn.domainGetXmlDesc(dom);
    // Each client operation does what `virsh dumpxml NAME` does on an open connection: lookup, then read.
    const clientOp = async () => {
      const d = await conn.domainLookupByName(name);
      return conn.domainGetXmlDesc(d);
    };
    for (let i = 0; i < 20; i++) await clientOp();
    const client: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = now();
      const xml = await clientOp();
      client.push(now() - t0);
      if (xml !== expected) throw new Error("client read a different XML");
    }
    const virsh: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = now();
      const xml = execFileSync("virsh", ["-c", uri, "dumpxml", name], { encoding: "utf8" });
      virsh.push(now() - t0);
      if (xml.trim() !== expected.trim()) throw new Error("virsh read a different XML");
    }
    const c = stats(client);
    const v = stats(virsh);
    const ratio = v.median / c.median;
    console.log(`domain XML reads over ${uri.replace(/\?.*/, "")} (N=${N} each, ms)`);
    console.log(`${"".padEnd(22)}${"median".padStart(10)}${"p90".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
    console.log(`${"libvirt/rpc".padEnd(22)}${fmt(c.median)}${fmt(c.p90)}${fmt(c.min)}${fmt(c.max)}`);
    console.log(`${"virsh dumpxml".padEnd(22)}${fmt(v.median)}${fmt(v.p90)}${fmt(v.min)}${fmt(v.max)}`);
    console.log(`ratio (virsh / client median): ${ratio.toFixed(1)}`);
    console.log(
      JSON.stringify({
        clientMedianMs: Number(c.median.toFixed(4)),
        virshMedianMs: Number(v.median.toFixed(2)),
        ratio: Number(ratio.toFixed(1)),
      }),
    );
  } finally {
    // The shared daemon may have been restarted meanwhile: fall back to virsh to leave nothing behind.
    await conn.domainUndefineFlags(dom).catch(() => {
      try {
        execFileSync("virsh", ["-c", uri, "undefine", name], { stdio: "ignore" });
      } catch {
        console.error(`could not undefine the benchmark domain ${name}`);
      }
    });
    await conn.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
