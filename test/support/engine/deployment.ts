// One deployment (preview, up, refresh or destroy): the steps the Pulumi engine takes for what the
// program registers, against the SDK's real dynamic-provider host. The rules and where they come from:
//  - Each registration is Check'ed (olds = old inputs), then, for an existing resource, Diff'ed
//    (olds = old outputs); DIFF_UNKNOWN falls back to comparing old and new inputs, and a resource
//    with init errors is updated even without changes (pkg/resource/deploy/step_generator.go
//    continueStepsFromDiff / applyReplaceOnChanges with hasInitErrors).
//  - preview (dry run) calls only Check and Diff; a create or a replacement answers the program with
//    its inputs and no id, so every output the inputs don't carry is unknown, as the engine does for
//    providers without preview support (provider_plugin.go Create/Update with Preview).
//    https://www.pulumi.com/docs/iac/cli/commands/pulumi_preview/
//  - up: the program's registrations arrive once their inputs are resolved, so creates follow the
//    dependency order; independent ones run in parallel, at most `parallel` provider operations at
//    once (`pulumi up --parallel`, https://www.pulumi.com/docs/iac/cli/commands/pulumi_up/). After a
//    failed step no new step starts; steps in flight finish ("letting already in-flight operations
//    complete, but not starting any new operations", https://www.pulumi.com/blog/continue-on-error/).
//  - replace: create the replacement, then delete the old one at the end of the deployment; delete
//    first when Diff says deleteBeforeReplace or the program sets it
//    (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/).
//  - protect: a protected resource is neither replaced nor deleted, with the engine's messages
//    (https://www.pulumi.com/docs/iac/concepts/options/protect/, step_generator.go, step.go DeleteStep).
//  - retainOnDelete: deleting (or replacing) drops the resource from the state without calling the
//    provider's Delete (https://www.pulumi.com/docs/iac/concepts/options/retainondelete/).
//  - resources the program no longer registers are deleted after it finished successfully, in
//    reverse dependency order; not when the program failed.
//  - a create or update the provider reports as ErrorResourceInitFailed is kept with its id, outputs
//    and reasons (`initErrors`), and the deployment fails; the next up updates it.
//  - pending operations: written before each provider call, cleared after it. A state file left with
//    one (the process died mid-call) is reported as a warning by up, and cleared by refresh
//    (https://www.pulumi.com/docs/iac/support/troubleshooting/#interrupted-update-recovery).
//  - refresh: Read on every resource; outputs (and inputs, when Read returns them) replaced by
//    Read's; an empty id removes the resource (https://www.pulumi.com/docs/iac/cli/commands/pulumi_refresh/).
import { ProviderHost } from "../provider-host";
import { Registration, ReadRegistration, Severity, MonitorHandler } from "./monitor";
import { annotateSecrets, applyIgnoreChanges, deepEqual, makeUrn, markSecretOutputs, Rec, unwrap, urnName, urnType } from "./props";
import { PendingOperation, ResourceState, StateFile } from "./state";

export type Kind = "preview" | "up" | "refresh" | "destroy";

export type StepOp = "create" | "update" | "same" | "replace" | "delete" | "read" | "refresh";

export interface Step {
  op: StepOp;
  urn: string;
  /** The type token (last part of the URN's qualified type). */
  type: string;
  name: string;
  /** update/replace: the properties Diff named (replace: the ones forcing it). */
  replaces?: string[];
  deleteBeforeReplace?: boolean;
  /** delete / replace of a retainOnDelete resource: the provider was not called. */
  retained?: boolean;
  /** refresh: whether Read changed the outputs or inputs (false = no drift). */
  changed?: boolean;
  /** refresh: what Read changed, as `outputs.<key>` / `inputs.<key>`. */
  diffs?: string[];
  /** The step failed with this message. */
  error?: string;
}

export interface Diagnostic {
  severity: Severity;
  message: string;
  urn: string;
}

export interface DeploymentOptions {
  kind: Kind;
  project: string;
  stack: string;
  state: StateFile;
  host: ProviderHost;
  parallel: number;
  /** Called after each step, inside the parallelism slot the step used (no other step starts meanwhile
   * when parallel is 1): lets a test act at a precise point, e.g. kill the provider host. */
  onStep?: (s: Step) => void | Promise<void>;
}

const DYNAMIC = "pulumi-nodejs:";

/** gRPC status UNAVAILABLE, as @grpc/grpc-js numbers it. */
const UNAVAILABLE = 14;

function changedKeys(prefix: string, a: Rec, b: Rec): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k])).map((k) => `${prefix}.${k}`);
}

function monitorShutDown(message: string): Error & { code: number } {
  return Object.assign(new Error(message), { code: UNAVAILABLE });
}

class Semaphore {
  private waiting: Array<() => void> = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.used >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.used++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.used--;
    }
  }
}

export class Deployment implements MonitorHandler {
  readonly steps: Step[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly errors: string[] = [];
  /** Stack outputs, as the program registered them on its root resource. */
  outputs: Rec = {};

  /** The old state, in dependency order (dependencies first). */
  private readonly olds: ResourceState[];
  private readonly oldByUrn = new Map<string, ResourceState>();
  /** What this deployment produced so far, in completion order (which respects dependencies). */
  private readonly done: ResourceState[] = [];
  private readonly doneUrns = new Set<string>();
  /** Old resources already handled (same/update/replaced/deleted): not saved from `olds` any more. */
  private readonly visited = new Set<ResourceState>();
  /** Replaced create-before-delete: deleted at the end. */
  private readonly condemned: ResourceState[] = [];
  private readonly pending: PendingOperation[];
  private readonly registered = new Set<string>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly sem: Semaphore;
  private failed = false;
  private finished?: Promise<void>;
  private rootUrn = "";

  constructor(private readonly o: DeploymentOptions) {
    const d = o.state.load();
    this.olds = d.resources;
    for (const r of this.olds) if (!r.delete) this.oldByUrn.set(r.urn, r);
    // Resources left pending deletion by an interrupted replacement are deleted by this deployment.
    for (const r of this.olds) if (r.delete) this.condemned.push(r);
    this.pending = d.pendingOperations;
    this.sem = new Semaphore(Math.max(1, o.parallel));
    if (this.pending.length && o.kind !== "refresh") {
      this.warn(
        "",
        `Attempting to deploy or update resources with ${this.pending.length} pending operations from previous deployment.\n` +
          this.pending.map((p) => `  * ${p.resource.urn}, interrupted while ${p.type}`).join("\n") +
          "\nThese resources are in an unknown state because the previous deployment was interrupted while waiting for changes to them to complete; `pulumi refresh` clears them.",
      );
    }
  }

  private get preview(): boolean {
    return this.o.kind === "preview";
  }

  // ---- the monitor's side ----

  log(severity: Severity, message: string, urn: string): void {
    if (process.env.ENGINE_DEBUG) process.stderr.write(`[${Date.now()}] log ${severity} ${message.slice(0, 80)}\n`);
    this.diagnostics.push({ severity, message, urn });
    if (severity === "error") this.errors.push(message);
  }

  private warn(urn: string, message: string): void {
    this.diagnostics.push({ severity: "warning", message, urn });
  }

  register(r: Registration): Promise<{ urn: string; id: string; outputs: Rec }> {
    if (process.env.ENGINE_DEBUG) process.stderr.write(`[${Date.now()}] register ${r.type} ${r.name}\n`);
    const p = this.registerStep(r);
    this.track(p);
    return p;
  }

  async registerOutputs(urn: string, outputs: Rec): Promise<void> {
    const r = this.done.find((x) => x.urn === urn);
    if (r) r.outputs = outputs;
    if (urn === this.rootUrn) this.outputs = outputs;
    if (!this.preview) this.save();
  }

  read(r: ReadRegistration): Promise<{ urn: string; outputs: Rec }> {
    const p = this.readStep(r);
    this.track(p);
    return p;
  }

  /** Invokes the engine's builtin provider answers (pkg/resource/deploy/builtins.go); nothing else. */
  async invoke(tok: string, args: Rec): Promise<Rec> {
    if (tok === "pulumi:pulumi:getResource") {
      const r = this.done.find((x) => x.urn === args.urn) ?? this.oldByUrn.get(args.urn);
      if (!r) throw new Error(`unknown resource ${args.urn}`);
      return { urn: r.urn, id: r.id ?? "", state: r.outputs };
    }
    throw new Error(`the test engine has no function ${tok} (only pulumi:pulumi:getResource)`);
  }

  shutdown(): Promise<void> {
    return this.finish(true);
  }

  private track(p: Promise<unknown>): void {
    this.inflight.add(p);
    const drop = () => this.inflight.delete(p);
    p.then(drop, drop);
  }

  private async drain(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** After the program: waits for its steps, then (when it succeeded) deletes what it no longer registers. */
  finish(programOk: boolean): Promise<void> {
    if (!this.finished) {
      this.finished = (async () => {
        await this.drain();
        if (programOk && !this.failed && this.errors.length === 0) await this.deleteUnregistered();
        else if (!this.preview) this.save();
      })();
    }
    return this.finished;
  }

  // ---- steps for registrations ----

  private async registerStep(r: Registration): Promise<{ urn: string; id: string; outputs: Rec }> {
    const urn = makeUrn(this.o.stack, this.o.project, r.parent, r.type, r.name);
    if (this.registered.has(urn)) throw new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`);
    this.registered.add(urn);
    if (r.type === "pulumi:pulumi:Stack") this.rootUrn = urn;
    const old = this.oldByUrn.get(urn);
    const next: ResourceState = {
      urn,
      type: r.type,
      custom: r.custom,
      parent: r.parent || undefined,
      inputs: r.inputs,
      outputs: {},
      dependencies: r.dependencies,
      propertyDependencies: r.propertyDependencies,
      protect: r.protect || undefined,
      retainOnDelete: r.retainOnDelete || undefined,
      additionalSecretOutputs: r.additionalSecretOutputs.length ? r.additionalSecretOutputs : undefined,
    };
    if (!r.custom) {
      // Components and the stack have no provider: recorded as they are registered.
      if (old) this.visited.add(old);
      next.outputs = old?.outputs ?? {};
      this.record(next);
      await this.step({ op: old ? "same" : "create", urn, type: r.type, name: r.name });
      return { urn, id: "", outputs: {} };
    }
    if (!r.type.startsWith(DYNAMIC) || r.provider) {
      throw new Error(`${urn}: the test engine runs only dynamic resources (${DYNAMIC}*, default provider), not ${r.type}`);
    }
    // After a failed step the engine cancels its resource monitor: the program's pending and later
    // registrations get UNAVAILABLE with these messages (pkg/resource/deploy/source_eval.go), which
    // the SDK takes as "the monitor is terminating" and stops its RPCs; the step's own error is a
    // diagnostic.
    if (this.failed) throw monitorShutDown("resource monitor shut down while sending resource registration");
    return this.sem.run(async () => {
      if (this.failed) throw monitorShutDown("resource monitor shut down while sending resource registration");
      try {
        return await this.customStep(urn, r, old, next);
      } catch (e) {
        this.failed = true;
        this.log("error", (e as Error).message, urn);
        throw monitorShutDown("resource monitor shut down while waiting on step's done channel");
      }
    });
  }

  private async customStep(urn: string, r: Registration, old: ResourceState | undefined, next: ResourceState) {
    const host = this.o.host;
    const base = { urn, type: r.type, name: r.name };
    const news = old && r.ignoreChanges.length ? applyIgnoreChanges(r.inputs, old.inputs, r.ignoreChanges) : r.inputs;
    const checked = await host.check(urn, old?.inputs ?? {}, news);
    if (checked.failures.length) {
      throw new Error(
        `${urn} has check errors:\n${checked.failures.map((f) => `  ${f.property ? f.property + ": " : ""}${f.reason}`).join("\n")}`,
      );
    }
    const inputs = annotateSecrets(checked.inputs, news);
    next.inputs = inputs;
    if (!old) return this.create(next, base, "create");

    const diff = await host.diff(old.id as string, urn, old.outputs, inputs);
    let changes = diff.changes;
    if (changes === "unknown") changes = deepEqual(unwrap(old.inputs), unwrap(inputs)) ? "none" : "some";
    if (changes === "none" && old.initErrors?.length) changes = "some";

    if (changes === "none") {
      Object.assign(next, { id: old.id, outputs: old.outputs });
      this.record(next);
      await this.step({ ...base, op: "same" });
      return this.answer(next);
    }

    if (!diff.replaces.length) {
      if (this.preview) {
        next.id = old.id;
        await this.step({ ...base, op: "update" });
        return { urn, id: old.id as string, outputs: { ...old.outputs, ...inputs } };
      }
      next.id = old.id;
      await this.withPending(next, "updating", async () => {
        try {
          const res = await host.update(old.id as string, urn, old.outputs, inputs);
          next.outputs = this.outputsFrom(res.properties, inputs, next);
        } catch (e) {
          this.keepInitFailure(e, next);
          throw e;
        }
      });
      this.record(next);
      await this.step({ ...base, op: "update" });
      return this.answer(next);
    }

    // A replacement (step_generator.go continueStepsFromDiff).
    if (r.protect && old.protect) {
      throw new Error(
        `unable to replace resource "${urn}"\nas it is currently marked for protection. To unprotect the resource, ` +
          "remove the `protect` flag from the resource in your Pulumi program and run `pulumi up`",
      );
    }
    // The replacement's defaults are recomputed: Check again, without the old inputs.
    const rechecked = await host.check(urn, {}, news);
    next.inputs = annotateSecrets(rechecked.inputs, news);
    const dbr = r.deleteBeforeReplace ?? diff.deleteBeforeReplace;
    const step: Step = { ...base, op: "replace", replaces: diff.replaces, deleteBeforeReplace: dbr };
    if (this.preview) {
      await this.step(step);
      return { urn, id: "", outputs: next.inputs };
    }
    if (dbr) {
      if (!old.retainOnDelete) await this.withPending(old, "deleting", () => host.delete(old.id as string, urn, old.outputs));
      else step.retained = true;
      this.forget(old);
      this.save();
    }
    // Create-before-delete: once the replacement exists, the old one is condemned (deleted at the
    // end), in the same state write that records the replacement.
    const condemn = dbr
      ? undefined
      : () => {
          old.delete = true;
          this.condemned.push(old);
        };
    return this.create(next, step, "replace", condemn);
  }

  private async create(next: ResourceState, base: Omit<Step, "op"> | Step, op: StepOp, onCreated?: () => void) {
    const step: Step = { ...base, op };
    if (this.preview) {
      await this.step(step);
      return { urn: next.urn, id: "", outputs: next.inputs };
    }
    await this.withPending(next, "creating", async () => {
      try {
        const res = await this.o.host.create(next.urn, next.inputs);
        next.id = res.id;
        next.outputs = this.outputsFrom(res.properties, next.inputs, next);
      } catch (e) {
        if ((e as { initFailure?: unknown }).initFailure) onCreated?.();
        this.keepInitFailure(e, next);
        throw e;
      }
    });
    onCreated?.();
    this.record(next);
    await this.step(step);
    return this.answer(next);
  }

  /** ErrorResourceInitFailed: the object exists; the state keeps it with the reasons, then the step fails. */
  private keepInitFailure(e: unknown, next: ResourceState): void {
    const f = (e as { initFailure?: { id: string; properties: Rec; reasons: string[] } }).initFailure;
    if (!f) return;
    next.id = f.id;
    next.outputs = this.outputsFrom(f.properties, next.inputs, next);
    next.initErrors = f.reasons.length ? f.reasons : [(e as Error).message];
    this.record(next);
  }

  private outputsFrom(props: Rec, inputs: Rec, r: ResourceState): Rec {
    return markSecretOutputs(annotateSecrets(props, inputs), r.additionalSecretOutputs ?? []);
  }

  private answer(r: ResourceState) {
    return { urn: r.urn, id: r.id ?? "", outputs: r.outputs };
  }

  private async readStep(r: ReadRegistration): Promise<{ urn: string; outputs: Rec }> {
    const urn = makeUrn(this.o.stack, this.o.project, r.parent, r.type, r.name);
    return this.sem.run(async () => {
      const res = await this.o.host.read(r.id, urn, {}, r.inputs);
      if (!res.id) throw new Error(`${urn}: resource '${r.id}' does not exist`);
      const old = this.oldByUrn.get(urn);
      if (old) this.visited.add(old);
      const next: ResourceState = {
        urn,
        type: r.type,
        custom: true,
        id: res.id,
        parent: r.parent || undefined,
        inputs: res.inputs ?? r.inputs,
        outputs: markSecretOutputs(annotateSecrets(res.properties, r.inputs), r.additionalSecretOutputs),
        dependencies: r.dependencies,
        propertyDependencies: {},
        external: true,
      };
      this.registered.add(urn);
      this.record(next);
      await this.step({ op: "read", urn, type: r.type, name: r.name });
      return { urn, outputs: next.outputs };
    });
  }

  // ---- deletes ----

  /** The old resources the program did not register, plus replaced ones, dependents first. */
  private async deleteUnregistered(): Promise<void> {
    const gone = this.olds.filter((r) => r.delete || !this.registered.has(r.urn));
    await this.deleteAll(gone.reverse());
  }

  /** `pulumi destroy`: every resource, dependents first. */
  async destroy(): Promise<void> {
    await this.deleteAll([...this.olds].reverse());
    this.pending.length = 0;
    this.save();
  }

  private async deleteAll(inReverseOrder: ResourceState[]): Promise<void> {
    for (const r of inReverseOrder) {
      const step: Step = { op: "delete", urn: r.urn, type: r.type, name: urnName(r.urn) };
      try {
        if (r.protect && !r.delete) {
          throw new Error(
            `unable to delete resource "${r.urn}"\nas it is currently marked for protection. To unprotect the resource, ` +
              "either remove the `protect` flag from the resource in your Pulumi program and run `pulumi up` or use the command:\n" +
              `\`pulumi state unprotect '${r.urn}'\``,
          );
        }
        if (r.retainOnDelete || r.external) step.retained = true;
        if (!this.preview) {
          if (r.custom && !step.retained) await this.withPending(r, "deleting", () => this.o.host.delete(r.id as string, r.urn, r.outputs));
          this.forget(r);
          this.save();
        }
        await this.step(step);
      } catch (e) {
        const msg = (e as Error).message;
        this.log("error", msg, r.urn);
        this.failed = true;
        await this.step({ ...step, error: msg });
        if (!this.preview) return;
      }
    }
  }

  // ---- refresh ----

  async refresh(): Promise<void> {
    for (const p of this.pending) {
      if (p.type === "creating")
        this.warn(
          p.resource.urn,
          `${p.resource.urn} was being created when a deployment was interrupted; it may exist on the host without being in the state`,
        );
    }
    this.pending.length = 0;
    await Promise.all(
      this.olds.map((old) =>
        this.sem.run(async () => {
          this.visited.add(old);
          const base = { urn: old.urn, type: old.type, name: urnName(old.urn) };
          if (!old.custom || old.delete) {
            if (!old.delete) this.record(old);
            return this.step({ ...base, op: "refresh", changed: false });
          }
          try {
            const res = await this.o.host.read(old.id as string, old.urn, old.outputs, old.inputs);
            if (!res.id) {
              this.save();
              return this.step({ ...base, op: "delete" });
            }
            const next: ResourceState = { ...old, id: res.id };
            next.outputs = markSecretOutputs(annotateSecrets(res.properties, old.outputs), old.additionalSecretOutputs ?? []);
            if (res.inputs) next.inputs = annotateSecrets(res.inputs, old.inputs);
            const diffs = [...changedKeys("outputs", old.outputs, next.outputs), ...changedKeys("inputs", old.inputs, next.inputs)];
            this.record(next);
            await this.step({ ...base, op: "refresh", changed: diffs.length > 0, diffs });
          } catch (e) {
            this.record(old);
            const msg = (e as Error).message;
            this.log("error", msg, old.urn);
            await this.step({ ...base, op: "refresh", error: msg });
          }
        }),
      ),
    );
    // Keep the old order (dependencies first), whatever order the reads finished in.
    const order = new Map(this.olds.map((r, i) => [r.urn, i]));
    this.done.sort((a, b) => (order.get(a.urn) ?? 0) - (order.get(b.urn) ?? 0));
    this.save();
  }

  // ---- the state ----

  private async withPending<T>(r: ResourceState, type: PendingOperation["type"], fn: () => Promise<T>): Promise<T> {
    const op: PendingOperation = { resource: { urn: r.urn, type: r.type, id: r.id }, type };
    this.pending.push(op);
    this.save();
    try {
      return await fn();
    } finally {
      this.pending.splice(this.pending.indexOf(op), 1);
      this.save();
    }
  }

  private record(r: ResourceState): void {
    const i = this.done.findIndex((x) => x.urn === r.urn);
    if (i >= 0) this.done[i] = r;
    else this.done.push(r);
    this.doneUrns.add(r.urn);
    if (!this.preview) this.save();
  }

  /** Drops a resource from the snapshot (deleted, or replaced delete-first). */
  private forget(r: ResourceState): void {
    this.visited.add(r);
    const ci = this.condemned.indexOf(r);
    if (ci >= 0) this.condemned.splice(ci, 1);
    const di = this.done.indexOf(r);
    if (di >= 0) this.done.splice(di, 1);
  }

  /** The snapshot: what this deployment produced, then old resources not handled yet, then the
   * ones pending deletion. Written after every step (never during a preview). */
  private save(): void {
    if (this.preview) return;
    const rest = this.olds.filter((r) => !this.visited.has(r) && !r.delete && !this.doneUrns.has(r.urn));
    this.o.state.save({ resources: [...this.done, ...rest, ...this.condemned], pendingOperations: this.pending });
  }

  private async step(s: Step): Promise<void> {
    if (!s.type.includes(":")) s.type = urnType(s.urn);
    this.steps.push(s);
    await this.o.onStep?.(s);
  }
}
