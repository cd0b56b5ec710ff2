// What `pulumi up` / `pulumi refresh` do with one dynamic provider, in-process: check, diff,
// create / update / replace (delete first), read, delete. Results are cross-checked with virsh.
// For whole programs through the SDK's runtime and the engine's step semantics, use test/support/engine.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import { testbed } from "../../support/testbed";

type Rec = Record<string, any>;

export interface ProviderLike {
  check?: (olds: any, news: any) => Promise<{ inputs?: any; failures?: { property: string; reason: string }[] }>;
  diff?: (id: string, olds: any, news: any) => Promise<{ changes?: boolean; replaces?: string[]; deleteBeforeReplace?: boolean }>;
  create: (inputs: any) => Promise<{ id: string; outs?: any }>;
  read?: (id: string, props?: any) => Promise<{ id?: string; props?: any; inputs?: any }>;
  update?: (id: string, olds: any, news: any) => Promise<{ outs?: any }>;
  delete?: (id: string, props: any) => Promise<void>;
}

export interface State {
  id: string;
  inputs: Rec;
  outs: Rec;
}

export function suffix(): string {
  return randomBytes(3).toString("hex");
}

/** virsh on the test bed's local socket: a second client, independent of ours. */
export function virsh(...args: string[]): string {
  return execFileSync("virsh", ["-c", testbed().TESTBED_URI_UNIX, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function virshUri(uri: string, ...args: string[]): string {
  return execFileSync("virsh", ["-c", uri, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function virshFails(...args: string[]): boolean {
  try {
    virsh(...args);
    return false;
  } catch (e) {
    return true;
  }
}

/** `virsh xxx-info` style "Key: value" lines as a record. */
export function info(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line.trim());
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

export class Engine {
  constructor(private readonly p: ProviderLike) {}

  async check(olds: Rec, news: Rec): Promise<Rec> {
    const r = await this.p.check!(olds, news);
    if (r.failures && r.failures.length) throw new Error(`check failed: ${JSON.stringify(r.failures)}`);
    return r.inputs;
  }

  async create(raw: Rec): Promise<State> {
    const inputs = await this.check({}, raw);
    const r = await this.p.create(inputs);
    return { id: r.id, inputs, outs: r.outs };
  }

  /** pulumi refresh: the new state, or undefined when the object is gone. */
  async refresh(s: State): Promise<State | undefined> {
    const r = await this.p.read!(s.id, s.outs);
    if (!r.id) return undefined;
    return { id: r.id, inputs: r.inputs ?? s.inputs, outs: r.props };
  }

  async plan(s: State, raw: Rec) {
    const inputs = await this.check(s.inputs, raw);
    const d = await this.p.diff!(s.id, s.outs, inputs);
    return { inputs, changes: !!d.changes, replaces: d.replaces ?? [], deleteBeforeReplace: !!d.deleteBeforeReplace };
  }

  /** pulumi up with new raw inputs: update in place, or delete then create when diff replaces. */
  async up(s: State, raw: Rec): Promise<{ state: State; replaced: boolean; changed: boolean }> {
    const plan = await this.plan(s, raw);
    if (!plan.changes) return { state: s, replaced: false, changed: false };
    if (plan.replaces.length) {
      await this.p.delete!(s.id, s.outs);
      const r = await this.p.create(plan.inputs);
      return { state: { id: r.id, inputs: plan.inputs, outs: r.outs }, replaced: true, changed: true };
    }
    const r = await this.p.update!(s.id, s.outs, plan.inputs);
    return { state: { id: s.id, inputs: plan.inputs, outs: r.outs }, replaced: false, changed: true };
  }

  async delete(s: State): Promise<void> {
    await this.p.delete!(s.id, s.outs);
  }
}
