// `npm run discover -- --uri <libvirt URI> [--out FILE] [--stack NAME] [--pool NAME] [--network NAME]`:
// reads a live host over our RPC client and writes a stack file (the `config:` block, adopt: true)
// whose render reproduces the host's definitions. The config is rendered at once (the render
// command's own program run) and compared with the live XML; every field the stack would write
// differently, and every device or setting it cannot express, is listed on stderr and as a comment.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { stringify } from "yaml";
import { Connection, DomainXMLFlags, NetworkXMLFlags } from "../libvirt/rpc";
import { parseDomainXml, parseNetworkXml, parseStoragePoolXml } from "../libvirt/xml";
import { checkDomain, checkNetwork, checkStoragePool, checkStorageVolume } from "../libvirt/resources";
import { domainFromXml } from "../libvirt/resources/domain-xml";
import { plannedDiskVolumes } from "../libvirt/resources/domain-volumes";
import { networkFromXml } from "../libvirt/resources/network-xml";
import { storagePoolFromXml } from "../libvirt/resources/storage-pool-xml";
import { storageVolumeFromXml } from "../libvirt/resources/storage-volume-xml";
import { deepEqual, pick } from "../libvirt/resources/validate";
import { configFromHost, Discovered, diskVolume, HostSnapshot } from "../components/config/from-host";
import { STACK_FILE_ENV } from "../components/config/read";
import { Recorded, renderXml, runProgram, stackConfigMap } from "./render";

interface Args {
  uri: string;
  out?: string;
  stack?: string;
  pool?: string;
  network?: string;
  /** Only these domains (repeat --domain); all of them by default. */
  domains?: string[];
}

const USAGE =
  "usage: npm run discover -- --uri <libvirt URI> [--out FILE] [--stack NAME] [--pool NAME] [--network NAME] [--domain NAME]...";

function parseArgs(argv: string[]): Args {
  const a: Partial<Args> = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--help" || k === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const key = { "--uri": "uri", "--out": "out", "--stack": "stack", "--pool": "pool", "--network": "network" }[k] as
      keyof Args | undefined;
    const v = argv[++i];
    if (!key && k !== "--domain") usage(`unknown argument ${JSON.stringify(k)}`);
    if (v === undefined) usage(`${k} needs a value`);
    if (key) a[key] = v as never;
    else a.domains = [...(a.domains ?? []), v];
  }
  if (!a.uri) usage("--uri is required");
  return a as Args;
}

function usage(problem: string): never {
  process.stderr.write(`discover: ${problem}\n${USAGE}\n`);
  process.exit(2);
}

/** Everything the mapping needs, read once (names are the objects' own). */
export async function readHost(uri: string, only?: string[]): Promise<HostSnapshot> {
  const conn = await Connection.open(uri);
  try {
    const domains = [];
    for (const ref of await conn.connectListAllDomains()) {
      if (only && !only.includes(ref.name)) continue;
      const xml = await conn.domainGetXmlDesc(ref, DomainXMLFlags.INACTIVE);
      // Only whether a password is set: the secure XML is dropped here and never written.
      const secure = parseDomainXml(await conn.domainGetXmlDesc(ref, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE));
      const hasVncPassword = (secure.devices?.graphics ?? []).some((g) => g.type === "vnc" && !!(g as { passwd?: string }).passwd);
      domains.push({ xml, autostart: await conn.domainGetAutostart(ref), running: await conn.domainIsActive(ref), hasVncPassword });
    }
    const poolRefs = await conn.connectListAllStoragePools();
    const poolXmls = new Map<string, string>();
    for (const ref of poolRefs) poolXmls.set(ref.name, await conn.storagePoolGetXmlDesc(ref));
    const wanted = new Map<string, Set<string>>();
    for (const d of domains) {
      for (const disk of parseDomainXml(d.xml).devices?.disks ?? []) {
        const v = diskVolume(disk.source, [...poolXmls.values()]);
        if (v) wanted.set(v.pool, (wanted.get(v.pool) ?? new Set()).add(v.volume));
      }
    }
    const pools = [];
    for (const ref of poolRefs) {
      const volumes: Record<string, string> = {};
      for (const v of wanted.get(ref.name) ?? []) {
        try {
          volumes[v] = await conn.storageVolGetXmlDesc(await conn.storageVolLookupByName(ref, v));
        } catch (e) {
          // An inactive pool lists no volumes: the mapping then treats the disk as an existing volume.
        }
      }
      pools.push({ xml: poolXmls.get(ref.name) as string, autostart: await conn.storagePoolGetAutostart(ref), volumes });
    }
    const networks = [];
    for (const ref of await conn.connectListAllNetworks()) {
      networks.push({ xml: await conn.networkGetXmlDesc(ref, NetworkXMLFlags.INACTIVE), autostart: await conn.networkGetAutostart(ref) });
    }
    return { uri, pools, networks, domains };
  } finally {
    await conn.close();
  }
}

/** Renders the discovered config with the render command's program run and compares each object's
 * inputs, after the providers' own check, with what the providers read back from the host: the same
 * comparison an adopting `pulumi up` makes, so every difference listed is a change the first up makes. */
export async function compareWithHost(
  host: HostSnapshot,
  d: Discovered,
  stack: string,
): Promise<{ differences: string[]; problems?: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kvm-infra-discover-"));
  const file = path.join(dir, `Pulumi.${stack}.yaml`);
  fs.writeFileSync(file, stringify({ config: d.config }));
  process.env[STACK_FILE_ENV] = file;
  let recorded: Recorded[];
  try {
    recorded = await runProgram(stack, stackConfigMap(file));
    renderXml(recorded); // the providers' checks, as render runs them
  } catch (e) {
    return { differences: [], problems: (e as Error).message };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const differences: string[] = [];
  const compare = (what: string, desired: Record<string, unknown>, live: Record<string, unknown>) => {
    for (const k of Object.keys({ ...desired, ...live })) {
      // Engine plumbing (__providerRevision): no libvirt field, never on the host.
      if (NOT_COMPARED.includes(k) || k.startsWith("__")) continue;
      const want = k === "graphics" ? withoutPassword(desired[k]) : desired[k];
      if (!deepEqual(want, live[k])) {
        differences.push(
          `${what}: ${k} is ${JSON.stringify(live[k]) ?? "unset"} on the host, the stack sets ${JSON.stringify(want) ?? "nothing"} (the first up changes it)`,
        );
      }
    }
  };
  const named = <T extends { xml: string }>(list: T[], parse: (x: string) => { name: string }, name: unknown) =>
    list.find((x) => parse(x.xml).name === name);
  for (const r of recorded) {
    if (r.kind === "StoragePool") {
      const want = checkStoragePool({}, r.inputs).inputs as unknown as Record<string, unknown>;
      const live = named(host.pools, parseStoragePoolXml, want.name);
      if (live) compare(`pool ${want.name}`, want, { ...storagePoolFromXml(live.xml, want).inputs, autostart: live.autostart });
    } else if (r.kind === "Network") {
      const want = checkNetwork({}, r.inputs).inputs as unknown as Record<string, unknown>;
      const live = named(host.networks, parseNetworkXml, want.name);
      if (live) compare(`network ${want.name}`, want, { ...networkFromXml(live.xml, want).inputs, autostart: live.autostart });
      else differences.push(`network ${want.name}: not on the host; the first up defines it`);
    } else if (r.kind === "StorageVolume") {
      const want = checkStorageVolume({}, r.inputs).inputs as unknown as Record<string, unknown>;
      const pool = named(host.pools, parseStoragePoolXml, want.pool);
      const xml = pool?.volumes[String(want.name)];
      if (pool && xml) {
        const live = storageVolumeFromXml(xml, want, parseStoragePoolXml(pool.xml).type).inputs;
        compare(`volume ${want.name}`, pick(want, ["name", "capacityBytes", "format"]), live);
      } else differences.push(`volume ${want.name}: not in pool ${want.pool}; the first up creates it`);
    } else if (r.kind === "Domain") {
      const want = checkDomain({}, r.inputs).inputs as unknown as Record<string, unknown>;
      const live = named(host.domains, parseDomainXml, want.name);
      // Disks on pool volumes are written by path (as virt-install writes them): read back as the
      // volume when the path is the one the host's pool gives it, as the domain's refresh does.
      const pools = host.pools.map((p) => ({ ...storagePoolFromXml(p.xml, {} as never).inputs, name: parseStoragePoolXml(p.xml).name }));
      const volumes = plannedDiskVolumes(want.disks as never, pools as never);
      if (live)
        compare(`domain ${want.name}`, want, {
          ...domainFromXml(live.xml, want, volumes).inputs,
          autostart: live.autostart,
          running: live.running,
        });
    }
  }
  return { differences };
}

/** Inputs the host cannot show (how to connect, what happens on create or delete) or that are compared elsewhere. */
const NOT_COMPARED = [
  "uri",
  "adopt",
  "build",
  "wipeOnDelete",
  "install",
  "restartOnUpdate",
  "shutdownTimeoutSeconds",
  "sparse",
  "source",
  "pool",
];

/** The VNC password is never read here: its note says how to set it. */
function withoutPassword(g: unknown): unknown {
  const vnc = (g as { vnc?: Record<string, unknown> } | undefined)?.vnc;
  if (!vnc) return g;
  const { password: _p, ...rest } = vnc;
  return { ...(g as object), vnc: rest };
}

/** The stack file: what was found and what was not, as comments, then the config block. */
export function stackFileText(uri: string, d: Discovered, differences: string[], problems?: string): string {
  const lines = [
    `# Discovered from ${uri} by \`npm run discover\`. kvm-infra:adopt is true: the first \`pulumi up\` takes`,
    "# these objects over instead of refusing them; domains and their volumes are protected (the default).",
    "# VNC passwords are never written here. Set each, encrypted by the stack's secrets provider, with:",
    ...d.secrets.map((s) => `#   ${s}`),
  ];
  const all = [...d.notes, ...differences];
  if (all.length) {
    lines.push("# What the stack config does not express (left as the host has it unless it says the first up changes it):");
    lines.push(...all.map((n) => `#   - ${n}`));
  } else lines.push("# The stack config expresses everything discovered: the first up changes nothing.");
  if (problems) {
    lines.push("# The program's config check refuses this file as it is; fix these first:");
    lines.push(...problems.split("\n").map((l) => `#   ${l}`));
  }
  return `${lines.join("\n")}\n${stringify({ config: d.config }, { lineWidth: 0 })}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const stack = args.stack ?? (args.out ? path.basename(args.out).replace(/^Pulumi\.(.*)\.ya?ml$/, "$1") : "<stack>");
  const host = await readHost(args.uri, args.domains);
  for (const n of args.domains ?? []) {
    if (!host.domains.some((d) => parseDomainXml(d.xml).name === n)) usage(`the host has no domain named ${JSON.stringify(n)}`);
  }
  const d = configFromHost(host, { pool: args.pool, network: args.network, stack });
  const { differences, problems } = await compareWithHost(host, d, stack === "<stack>" ? "discovered" : stack);
  const text = stackFileText(args.uri, d, differences, problems);
  for (const n of [...d.notes, ...differences]) process.stderr.write(`discover: not expressed: ${n}\n`);
  if (problems) process.stderr.write(`discover: the config check refuses the result:\n${problems}\n`);
  if (args.out) {
    fs.writeFileSync(args.out, text);
    process.stderr.write(`discover: wrote ${args.out}\n`);
  } else process.stdout.write(text);
  process.exit(problems ? 1 : 0);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`discover: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
