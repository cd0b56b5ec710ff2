// Runs a Pulumi program the way the nodejs language host does (sdk/nodejs/cmd/pulumi-language-nodejs,
// main.go: constructArguments, constructConfig, constructConfigSecretKeys and Run):
//   node <project>/node_modules/@pulumi/pulumi/cmd/run --monitor <addr> --engine <addr>
//        --project <p> --stack <s> --pwd <dir> [--dry-run] --query-mode false --parallel <n> <entry point>
// with PULUMI_CONFIG (JSON, keys `<namespace>:config:<name>`, plain values: the engine decrypted
// them), PULUMI_CONFIG_SECRET_KEYS (JSON list of the secret keys), PULUMI_NODEJS_TYPESCRIPT=true when
// Pulumi.yaml says `runtime.options.typescript`, PULUMI_NODEJS_TSCONFIG_PATH for `options.tsconfig`.
// cmd/run then registers the SDK's ts-node with the project's tsconfig.json, exactly as under the CLI.
import { spawn } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { parse } from "yaml";

export interface ProjectFile {
  name: string;
  typescript: boolean;
  tsconfig?: string;
  main?: string;
}

export function readProject(dir: string): ProjectFile {
  const y = parse(readFileSync(path.join(dir, "Pulumi.yaml"), "utf8"));
  const rt = typeof y.runtime === "string" ? { name: y.runtime } : y.runtime;
  if (rt?.name !== "nodejs") throw new Error(`${dir}/Pulumi.yaml: runtime must be nodejs, is ${JSON.stringify(rt?.name)}`);
  const o = rt.options ?? {};
  return { name: y.name, typescript: o.typescript !== false, tsconfig: o.tsconfig, main: y.main };
}

export interface ProgramRun {
  projectDir: string;
  project: ProjectFile;
  stack: string;
  monitor: string;
  dryRun: boolean;
  parallel: number;
  /** Stack config: full keys (`kvm-infra:pool`), values as in the stack file (objects allowed). */
  config: Record<string, unknown>;
  secretKeys: string[];
  env?: Record<string, string>;
  timeoutMs: number;
}

export interface ProgramExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The language host's config: `ns:name` becomes `ns:config:name`; non-strings as JSON. */
export function programConfig(config: Record<string, unknown>): string {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) {
    const i = k.indexOf(":");
    if (i < 0) throw new Error(`config key ${JSON.stringify(k)} has no namespace (expected e.g. "kvm-infra:${k}")`);
    out[`${k.slice(0, i)}:config:${k.slice(i + 1)}`] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return JSON.stringify(out);
}

export function runProgram(r: ProgramRun): Promise<ProgramExit> {
  const runPath = require.resolve("@pulumi/pulumi/cmd/run", { paths: [r.projectDir] });
  const args = [
    runPath,
    "--monitor",
    r.monitor,
    "--engine",
    r.monitor,
    "--project",
    r.project.name,
    "--stack",
    r.stack,
    "--pwd",
    r.projectDir,
  ];
  if (r.dryRun) args.push("--dry-run");
  args.push("--query-mode", "false", "--parallel", String(r.parallel), r.project.main ?? ".");
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PULUMI_CONFIG: programConfig(r.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(r.secretKeys),
    ...r.env,
  };
  // Jest's own variables must not leak into the program (ts-jest would otherwise be assumed).
  for (const k of Object.keys(env)) if (k.startsWith("JEST_")) delete env[k];
  if (r.project.typescript) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  if (r.project.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = r.project.tsconfig;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: r.projectDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), r.timeoutMs);
    if (process.env.ENGINE_DEBUG) child.stderr.on("data", (d: Buffer) => process.stderr.write(`[${Date.now()}] ${d}`));
    child.on("exit", (code, signal) => {
      if (process.env.ENGINE_DEBUG) process.stderr.write(`[${Date.now()}] program exit ${code}\n`);
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
