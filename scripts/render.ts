// `npm run render -- [--stack <name> | --config-file <path>] [--out <dir>] | --help` (command line:
// render-args.ts; --out: render-out.ts): the dry run without the Pulumi CLI. Runs the program under
// the SDK's mock runtime with the stack's config (dev by default) and writes the exact XML each
// libvirt object would be defined with (what virt-install --print-xml is to the runbook).
/* eslint-disable @typescript-eslint/no-explicit-any -- checked inputs are untyped records here until the schemas type them */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { parse as parseYaml } from "yaml";
import { parseRenderArgs, RENDER_HELP, RENDER_USAGE, RenderUsageError } from "./render-args";
import { checkOutDir, replaceOutDir } from "./render-out";
import { checkStackFile } from "../components/config/stack-file";
import { STACK_FILE_ENV } from "../components/config/read";

/** What a `secure:` value renders as: it can't be decrypted without the stack's secrets provider. */
export const SECRET_PLACEHOLDER = "[secret]";
/** What a generated password renders as: it exists only once `pulumi up` created it. */
export const GENERATED_PLACEHOLDER = "[random]";

const ROOT = path.resolve(__dirname, "..");
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const LIBVIRT_TYPE = /^pulumi-nodejs:dynamic\/libvirt:(StoragePool|StorageVolume|Network|Domain)$/;

/** The project's name and the defaults Pulumi.yaml declares, as the CLI merges them in. */
function projectSettings(): { name: string; stackConfigDir: string; defaults: Record<string, unknown> } {
  const project = parseYaml(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
  const defaults: Record<string, unknown> = {};
  for (const [k, decl] of Object.entries<Record<string, unknown>>(project.config ?? {})) {
    if (decl && typeof decl === "object" && "default" in decl) defaults[fullKey(project.name, k)] = decl.default;
  }
  return { name: project.name, stackConfigDir: project.stackConfigDir ?? ".", defaults };
}

function fullKey(project: string, k: string): string {
  return k.includes(":") ? k : `${project}:${k}`;
}

/** A placeholder of the form the key's checks require: a crypt(3) hash for a password hash. */
function placeholderFor(key: string): string {
  return /hash$/i.test(key) ? CRYPT_PLACEHOLDER : SECRET_PLACEHOLDER;
}
export const CRYPT_PLACEHOLDER = "$6$secret$placeholder";

/** `secure:` nodes (whole values or nested, as `pulumi config set --path --secret` writes them) become the placeholder. */
function replaceSecure(v: unknown, key = ""): { value: unknown; secret: boolean } {
  if (Array.isArray(v)) {
    const items = v.map((x) => replaceSecure(x, key));
    return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
  }
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 1 && entries[0][0] === "secure" && typeof entries[0][1] === "string") {
      return { value: placeholderFor(key), secret: true };
    }
    let secret = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of entries) {
      const r = replaceSecure(x, k);
      out[k] = r.value;
      secret = secret || r.secret;
    }
    return { value: out, secret };
  }
  return { value: v, secret: false };
}

/** The config map in the engine's form: strings as they are, everything else as JSON. */
export function stackConfigMap(stackFile: string): { config: Record<string, string>; secretKeys: string[]; project: string } {
  const project = projectSettings();
  // Read as the CLI reads it (merge keys resolved); the program checks the file as a whole.
  const stack = { config: checkStackFile(fs.readFileSync(stackFile), stackFile, "").config };
  const merged: Record<string, unknown> = { ...project.defaults };
  for (const [k, v] of Object.entries<unknown>(stack.config ?? {})) merged[fullKey(project.name, k)] = v;
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [k, v] of Object.entries(merged)) {
    const r = replaceSecure(v);
    config[k] = typeof r.value === "string" ? r.value : JSON.stringify(r.value);
    if (r.secret) secretKeys.push(k);
  }
  return { config, secretKeys, project: project.name };
}

export interface Recorded {
  kind: string;
  inputs: Record<string, unknown>;
}

/** Secrets arrive wrapped under the mocks; the providers see them plain (the engine unwraps them). */
function unwrap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrap);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (SECRET_SIG in o) return unwrap(o.value);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) if (k !== "__provider") out[k] = unwrap(x);
    return out;
  }
  return v;
}

/** Plausible outputs for what only the host knows, so outputs derived from them resolve. */
function mockOutputs(kind: string, inputs: Record<string, any>): Record<string, unknown> {
  switch (kind) {
    case "StoragePool":
      return { uuid: "", capacity: 0, allocation: 0, available: 0 };
    case "StorageVolume":
      return { key: "", path: "", allocationBytes: 0 };
    case "Network":
      return { uuid: "", bridgeName: inputs.bridge ?? "", active: true };
    case "Domain":
      return { uuid: inputs.uuid ?? "", vncPort: inputs.graphics?.vnc?.port ?? -1, pendingRestart: [] };
    case "RandomPassword":
      return { password: GENERATED_PLACEHOLDER };
    default:
      return {};
  }
}

export async function runProgram(stackName: string, cfg: ReturnType<typeof stackConfigMap>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const m = LIBVIRT_TYPE.exec(args.type);
        const kind = m ? m[1] : args.type.endsWith(":RandomPassword") ? "RandomPassword" : args.type;
        if (m) recorded.push({ kind, inputs: unwrap(args.inputs) as Record<string, unknown> });
        return { id: `${args.name}-id`, state: { ...args.inputs, ...mockOutputs(kind, args.inputs) } };
      },
      call(args) {
        return args.inputs;
      },
    },
    cfg.project,
    stackName,
    false,
  );
  pulumi.runtime.setAllConfig(cfg.config, cfg.secretKeys);

  const program = require(path.join(ROOT, "index"));
  // Registrations chain through outputs (the domain waits for the pool's name): wait for the queue
  // to drain, then for every stack output.
  await (require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> }).waitForRPCs();
  await new Promise<void>((resolve) => pulumi.output(program).apply(() => resolve()));
  await (require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> }).waitForRPCs();
  return recorded;
}

export interface RenderedFile {
  file: string;
  /** The file's text: libvirt XML, or a kickstart (domain-<name>.ks.cfg). */
  xml: string;
}

const ORDER = ["StoragePool", "Network", "StorageVolume", "Domain"];

/** The resources' own check (what `pulumi preview` runs first): their defaults, or their errors. */
function checked(lv: Record<string, any>, r: Recorded): { inputs: Record<string, any>; failures: string[] } {
  const res = lv[`check${r.kind}`]({}, r.inputs) as { inputs: Record<string, any>; failures: { reason: string }[] };
  return { inputs: res.inputs, failures: res.failures.map((f) => `${r.kind} ${String(r.inputs.name)}: ${f.reason}`) };
}

export function renderXml(recorded: Recorded[]): RenderedFile[] {
  const lv = require(path.join(ROOT, "libvirt"));
  const poolTypes = new Map<string, string>();
  for (const r of recorded) if (r.kind === "StoragePool") poolTypes.set(String(r.inputs.name), String(r.inputs.type));
  const files: RenderedFile[] = [];
  const failures: string[] = [];
  const pools: Record<string, any>[] = [];
  for (const r of [...recorded].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))) {
    const c = checked(lv, r);
    failures.push(...c.failures);
    if (c.failures.length) continue;
    const i = c.inputs;
    switch (r.kind) {
      case "StoragePool":
        pools.push(i);
        files.push({ file: `pool-${i.name}.xml`, xml: lv.storagePoolXml(i) });
        break;
      case "Network":
        files.push({ file: `network-${i.name}.xml`, xml: lv.networkXml(i) });
        break;
      case "StorageVolume":
        // A pool the stack doesn't manage: a volume defined without a format is what both accept.
        files.push({ file: `volume-${i.pool}-${i.name}.xml`, xml: lv.storageVolumeXml(i, poolTypes.get(i.pool) ?? "dir") });
        break;
      case "Domain":
        // With an unattended installation, the install phase is defined first (virt-install --location).
        // Disks on the stack's pools are written by path, as create writes them after a lookup.
        // The kickstart that phase's initrd gets is shown beside it.
        if (i.install) {
          files.push({ file: `domain-${i.name}.install.xml`, xml: lv.domainInstallXml(i, lv.plannedDiskVolumes(i.disks, pools)) });
          const ks = lv.domainKickstart(i);
          if (ks !== undefined) files.push({ file: `domain-${i.name}.ks.cfg`, xml: ks });
        }
        files.push({ file: `domain-${i.name}.xml`, xml: lv.domainXml(i, lv.plannedDiskVolumes(i.disks, pools)) });
        break;
    }
  }
  if (failures.length) throw new Error(failures.join("\n"));
  return files;
}

function usage(problem: string): never {
  process.stderr.write(`render: ${problem}\n${RENDER_USAGE}\n(npm run render -- --help says more)\n`);
  process.exit(2);
}

/** The stack file render reads, or a usage error naming the stacks there are. */
function stackFileFor(args: { stack?: string; configFile?: string }, stackConfigDir: string): string {
  if (args.configFile) {
    const file = path.resolve(args.configFile);
    if (!fs.existsSync(file)) usage(`--config-file ${args.configFile}: no such file`);
    if (!fs.statSync(file).isFile()) usage(`--config-file ${args.configFile} is not a file`);
    return file;
  }
  const dir = path.join(ROOT, stackConfigDir);
  const file = path.join(dir, `Pulumi.${args.stack}.yaml`);
  if (!fs.existsSync(file)) {
    const stacks = fs
      .readdirSync(dir)
      .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
      .filter(Boolean);
    usage(`--stack ${args.stack}: no stack config file at ${file} (stacks there: ${stacks.join(", ") || "none"})`);
  }
  return file;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseRenderArgs>;
  try {
    parsed = parseRenderArgs(process.argv.slice(2));
    if (!parsed.help && parsed.args.out !== undefined) checkOutDir(parsed.args.out);
  } catch (e) {
    if ((e as Error).name === "RenderUsageError") usage((e as RenderUsageError).message);
    throw e;
  }
  if (parsed.help) {
    process.stdout.write(RENDER_HELP);
    return;
  }
  const args = parsed.args;
  const project = projectSettings();
  const stackFile = stackFileFor(args, project.stackConfigDir);
  const stackName = args.stack ?? path.basename(stackFile).replace(/^Pulumi\.(.*)\.ya?ml$/, "$1");

  let recorded: Recorded[];
  try {
    process.env[STACK_FILE_ENV] = stackFile;
    recorded = await runProgram(stackName, stackConfigMap(stackFile));
  } catch (e) {
    // The same message `pulumi preview` would print for the program's error.
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  let files: RenderedFile[];
  try {
    files = renderXml(recorded);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  if (args.out) {
    try {
      replaceOutDir(args.out, files);
    } catch (e) {
      if ((e as Error).name === "RenderUsageError") usage((e as Error).message);
      process.stderr.write(`render: cannot write --out ${args.out}: ${(e as Error).message}\n`);
      process.exit(1);
    }
    process.stderr.write(`render: wrote ${files.map((f) => f.file).join(", ")} to ${args.out}\n`);
  } else {
    process.stdout.write(files.map((f) => `<!-- ${f.file} -->\n${ensureNewline(f.xml)}`).join("\n"));
  }
}

function ensureNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}

if (require.main === module) {
  // An error inside an apply (a component's deferred check) surfaces here, as in `pulumi preview`.
  process.on("unhandledRejection", (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
