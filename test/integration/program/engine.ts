// A small `pulumi up` / `pulumi destroy` over the SDK's real dynamic-provider host: resources in
// dependency order, check + diff + create/update for what the program registers now, delete for
// what it no longer registers. Outputs flow to dependents the way the engine resolves them.
import { ProviderHost, urnOf } from "../../support/provider-host";
import { MOCK_PASSWORD, ProgramResource } from "./capture-program";

type Rec = Record<string, any>;

export interface Resource {
  type: string;
  name: string;
  urn: string;
  id: string;
  inputs: Rec;
  outs: Rec;
}

export interface Step {
  urn: string;
  op: "create" | "update" | "same" | "delete";
  replaces?: string[];
}

const ORDER = ["RandomPassword", "StoragePool", "Network", "StorageVolume", "Domain"];
const kind = (type: string) => type.split(":").pop() as string;

/** The dynamic resources of a program run, dependencies first. */
export function dynamicResources(all: ProgramResource[]): ProgramResource[] {
  return all
    .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))
    .sort((a, b) => ORDER.indexOf(kind(a.type)) - ORDER.indexOf(kind(b.type)));
}

/** The generated password reaches the domain as the engine would hand it over: the real one. */
function resolveOutputs(inputs: Rec, state: Map<string, Resource>): Rec {
  const pw = [...state.values()].find((r) => kind(r.type) === "RandomPassword");
  if (!pw) return inputs;
  return JSON.parse(JSON.stringify(inputs), (_k, v) => (v === MOCK_PASSWORD ? pw.outs.password : v));
}

export class MiniEngine {
  readonly state = new Map<string, Resource>();

  constructor(private readonly host: ProviderHost) {}

  /** Applies one program run; returns what happened to each resource. */
  async up(program: ProgramResource[]): Promise<Step[]> {
    const steps: Step[] = [];
    const wanted = dynamicResources(program);
    for (const r of wanted) {
      const urn = urnOf(r.type, r.name);
      const news = resolveOutputs(r.inputs, this.state);
      const old = this.state.get(urn);
      const checked = await this.host.check(urn, old?.inputs ?? {}, news);
      if (checked.failures.length) throw new Error(`check ${urn}: ${JSON.stringify(checked.failures)}`);
      if (!old) {
        const created = await this.host.create(urn, checked.inputs);
        this.state.set(urn, { type: r.type, name: r.name, urn, id: created.id, inputs: checked.inputs, outs: created.properties });
        steps.push({ urn, op: "create" });
        continue;
      }
      const diff = await this.host.diff(old.id, urn, old.outs, checked.inputs);
      if (diff.replaces.length) {
        steps.push({ urn, op: "update", replaces: diff.replaces });
        throw new Error(`${urn} would be replaced (${diff.replaces.join(", ")}); this engine only updates in place`);
      }
      if (diff.changes === "none") {
        steps.push({ urn, op: "same" });
        continue;
      }
      const updated = await this.host.update(old.id, urn, old.outs, checked.inputs);
      this.state.set(urn, { ...old, inputs: checked.inputs, outs: updated.properties });
      steps.push({ urn, op: "update", replaces: [] });
    }
    const keep = new Set(wanted.map((r) => urnOf(r.type, r.name)));
    for (const r of this.inReverse()) {
      if (keep.has(r.urn)) continue;
      await this.host.delete(r.id, r.urn, r.outs);
      this.state.delete(r.urn);
      steps.push({ urn: r.urn, op: "delete" });
    }
    return steps;
  }

  async destroy(): Promise<Step[]> {
    const steps: Step[] = [];
    for (const r of this.inReverse()) {
      await this.host.delete(r.id, r.urn, r.outs);
      this.state.delete(r.urn);
      steps.push({ urn: r.urn, op: "delete" });
    }
    return steps;
  }

  find(kindName: string, name?: string): Resource {
    const r = [...this.state.values()].find((x) => kind(x.type) === kindName && (name === undefined || x.outs.name === name));
    if (!r) throw new Error(`no ${kindName} ${name ?? ""} in state`);
    return r;
  }

  private inReverse(): Resource[] {
    return [...this.state.values()].sort((a, b) => ORDER.indexOf(kind(b.type)) - ORDER.indexOf(kind(a.type)));
  }
}
