// A test engine: `pulumi preview / up / refresh / destroy` without the Pulumi CLI.
//
// It runs a Pulumi program through the SDK's own entry point (@pulumi/pulumi/cmd/run, with the
// arguments and environment the nodejs language host gives it: program.ts), serves the engine side
// of the gRPC protocol the SDK speaks (ResourceMonitor + Engine services: monitor.ts), takes the
// engine's steps for what the program registers (deployment.ts, each rule citing its source) against
// the SDK's real dynamic-provider host over gRPC (../provider-host.ts), and keeps the stack's state
// in a JSON file written after every step, secrets encrypted (state.ts).
//
//   const e = await TestEngine.start({ projectDir, stack: "dev", config, secretKeys, stateFile });
//   const p = await e.preview();   // Check + Diff only; nothing reaches the host
//   const u = await e.up();        // u.steps: [{ op: "create", urn, type, name }, ...]; u.changes
//   await e.refresh();             // Read on every resource
//   e.setConfig({ ...config, "kvm-infra:pool": { ... } });
//   await e.up();
//   await e.destroy();
//
// Each operation starts its own provider host (as the engine starts its plugins per deployment),
// returns a Summary and throws EngineError (with `.summary`) when the deployment failed, unless
// called with { expectFailure: true }. `onStep` runs after each step (e.g. to kill `e.host`, the
// running provider host, at a precise point); a new TestEngine on the same stateFile continues
// from what the file says, like a second `pulumi up`.
//
// Covered: the program compiled and run as under the CLI (ts-node with the project's tsconfig.json),
// config and secret config as the language host passes them, registrations serialized over gRPC,
// unknown outputs in preview, dependency order and parallelism, replace (create-before-delete and
// delete-before-replace), protect, retainOnDelete, ignoreChanges, additionalSecretOutputs, secrets
// in the state, partial creates (ErrorResourceInitFailed), deletes of removed resources, refresh,
// pending operations. Not covered (only the real CLI shows them): the Go engine's own code, the diff
// display, aliases, transforms, explicit providers, stack references, replacement of dependents of a
// delete-before-replace resource, --target, policy packs, the Pulumi service backend.
import { mkdirSync } from "fs";
import * as path from "path";
import { ProviderHost } from "../provider-host";
import { Deployment, Diagnostic, Kind, Step, StepOp } from "./deployment";
import { startMonitor } from "./monitor";
import { ProjectFile, readProject, runProgram } from "./program";
import { Rec } from "./props";
import { Deployment as StateDeployment, StateFile } from "./state";

export type { Step, StepOp, Diagnostic } from "./deployment";
export type { ResourceState } from "./state";
export { SIG, SECRET_SIG, UNKNOWN, isSecret, unwrap } from "./props";

export interface TestEngineOptions {
  /** The directory holding Pulumi.yaml (and the program's package.json / tsconfig.json). */
  projectDir: string;
  stack: string;
  /** Stack config by full key (`kvm-infra:pool`), values as in the stack file (objects allowed). */
  config?: Record<string, unknown>;
  /** Config keys whose values are secrets (PULUMI_CONFIG_SECRET_KEYS). */
  secretKeys?: string[];
  stateFile: string;
  /** Encrypts the state's secrets. */
  passphrase?: string;
  /** Provider operations at once (`--parallel`); default 16. */
  parallel?: number;
  /** Extra environment for the program and the provider host. */
  env?: Record<string, string>;
  /** Per program run; default 15 minutes. */
  timeoutMs?: number;
}

export interface RunOptions {
  onStep?: (s: Step, e: TestEngine) => void | Promise<void>;
  /** Return the summary of a failed deployment instead of throwing. */
  expectFailure?: boolean;
}

export interface Summary {
  kind: Kind;
  ok: boolean;
  steps: Step[];
  /** Steps per operation, e.g. { create: 5 }. */
  counts: Partial<Record<StepOp, number>>;
  /** Steps that change something: anything but same, read, and refresh without drift. */
  changes: Step[];
  errors: string[];
  diagnostics: Diagnostic[];
  /** The stack's outputs (secrets still marked). */
  outputs: Rec;
  /** The program's output (preview / up). */
  stdout: string;
  stderr: string;
  /** What the dynamic-provider host wrote on stderr (the engine shows it as the plugin's output). */
  hostStderr: string;
  ms: number;
}

export class EngineError extends Error {
  constructor(readonly summary: Summary) {
    super(
      `${summary.kind} failed:\n${summary.errors.join("\n")}${summary.stderr ? `\n--- program stderr ---\n${summary.stderr.slice(-4000)}` : ""}`,
    );
    this.name = "EngineError";
  }
}

export class TestEngine {
  /** The provider host of the running operation (undefined between operations). */
  host?: ProviderHost;
  private config: Record<string, unknown>;
  private secretKeys: string[];
  private readonly state: StateFile;

  private constructor(
    readonly opts: TestEngineOptions,
    readonly project: ProjectFile,
  ) {
    this.config = opts.config ?? {};
    this.secretKeys = opts.secretKeys ?? [];
    mkdirSync(path.dirname(opts.stateFile), { recursive: true });
    this.state = new StateFile(opts.stateFile, opts.passphrase ?? "kvm-infra test engine");
  }

  static async start(opts: TestEngineOptions): Promise<TestEngine> {
    return new TestEngine(opts, readProject(opts.projectDir));
  }

  /** The stack config for the next operations (like `pulumi config set`). */
  setConfig(config: Record<string, unknown>, secretKeys: string[] = this.secretKeys): void {
    this.config = config;
    this.secretKeys = secretKeys;
  }

  /** The state file's content, secrets decrypted and marked. */
  snapshot(): StateDeployment {
    return this.state.load();
  }

  preview(o: RunOptions = {}): Promise<Summary> {
    return this.withProgram("preview", o);
  }

  up(o: RunOptions = {}): Promise<Summary> {
    return this.withProgram("up", o);
  }

  refresh(o: RunOptions = {}): Promise<Summary> {
    return this.withoutProgram("refresh", o, (d) => d.refresh());
  }

  destroy(o: RunOptions = {}): Promise<Summary> {
    return this.withoutProgram("destroy", o, (d) => d.destroy());
  }

  private async deployment<T>(kind: Kind, o: RunOptions, fn: (d: Deployment) => Promise<T>): Promise<Summary> {
    const t0 = Date.now();
    const env = { PULUMI_NODEJS_PROJECT: this.project.name, PULUMI_NODEJS_STACK: this.opts.stack, ...this.opts.env };
    this.host = await ProviderHost.start({ cwd: this.opts.projectDir, env });
    let out = { stdout: "", stderr: "" };
    let d: Deployment | undefined;
    let hostStderr: string;
    try {
      await this.host.configure({});
      d = new Deployment({
        kind,
        project: this.project.name,
        stack: this.opts.stack,
        state: this.state,
        host: this.host,
        parallel: this.opts.parallel ?? 16,
        onStep: o.onStep ? (s) => o.onStep!(s, this) : undefined,
      });
      const r = await fn(d);
      if (r && typeof r === "object" && "stdout" in (r as object)) out = r as unknown as typeof out;
    } finally {
      const host = this.host;
      await host.stop();
      hostStderr = host.stderr.join("");
      this.host = undefined;
    }
    const steps = d!.steps;
    const counts: Partial<Record<StepOp, number>> = {};
    for (const s of steps) counts[s.op] = (counts[s.op] ?? 0) + 1;
    const summary: Summary = {
      kind,
      ok: d!.errors.length === 0,
      steps,
      counts,
      changes: steps.filter((s) => !(s.op === "same" || s.op === "read" || (s.op === "refresh" && !s.changed))),
      errors: d!.errors,
      diagnostics: d!.diagnostics,
      outputs: d!.outputs,
      ...out,
      hostStderr,
      ms: Date.now() - t0,
    };
    if (!summary.ok && !o.expectFailure) throw new EngineError(summary);
    return summary;
  }

  private withoutProgram(kind: Kind, o: RunOptions, fn: (d: Deployment) => Promise<void>): Promise<Summary> {
    return this.deployment(kind, o, fn);
  }

  private withProgram(kind: Kind, o: RunOptions): Promise<Summary> {
    return this.deployment(kind, o, async (d) => {
      const monitor = await startMonitor(d);
      try {
        const exit = await runProgram({
          projectDir: this.opts.projectDir,
          project: this.project,
          stack: this.opts.stack,
          monitor: monitor.address,
          dryRun: kind === "preview",
          parallel: this.opts.parallel ?? 16,
          config: this.config,
          secretKeys: this.secretKeys,
          env: this.opts.env,
          timeoutMs: this.opts.timeoutMs ?? 15 * 60 * 1000,
        });
        const ok = exit.code === 0;
        await d.finish(ok);
        if (!ok && d.errors.length === 0) {
          // The language host's message (main.go Run), with what the program wrote.
          d.errors.push(`Program exited with non-zero exit code: ${exit.code ?? exit.signal}\n${exit.stderr.slice(-4000)}`);
        }
        return { stdout: exit.stdout, stderr: exit.stderr };
      } finally {
        await monitor.stop();
      }
    });
  }
}
