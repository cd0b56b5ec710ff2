// Drives the Pulumi SDK's real dynamic-provider host over gRPC, as the engine does during
// `pulumi up`: the closest we get to the CLI, which cannot be installed here.
// Also captures a resource's serialized `__provider` text the way a Pulumi program produces it.
import { spawn, ChildProcess } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { captureUnderMocks, MockRegistration } from "./mock-capture";

const providerGrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");

const providerPb = require("@pulumi/pulumi/proto/provider_pb");

const structPb = require("google-protobuf/google/protobuf/struct_pb");

const statusPb = require("@pulumi/pulumi/proto/status_pb");

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
const HOST_SCRIPT = path.join(REPO_ROOT, "node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js");
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const SECRET_VALUE = "1b47061264138c4ac30d75fd1eb44270";

type Rec = Record<string, unknown>;

/** Replaces Pulumi secret wrappers by their values, as the engine does for a provider that
 * reports acceptSecrets=false (the dynamic-provider host does). */
export function unwrapSecrets<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => unwrapSecrets(x)) as unknown as T;
  if (v && typeof v === "object") {
    const o = v as Rec;
    if (o[SECRET_SIG] === SECRET_VALUE) return unwrapSecrets(o.value) as T;
    const out: Rec = {};
    for (const [k, x] of Object.entries(o)) out[k] = unwrapSecrets(x);
    return out as T;
  }
  return v;
}

export type DiffChanges = "none" | "some" | "unknown";

export interface HostDiff {
  changes: DiffChanges;
  replaces: string[];
  deleteBeforeReplace: boolean;
}

/** One provider host process and a gRPC client to it. */
export class ProviderHost {
  readonly stderr: string[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    private readonly client: any,
    readonly port: number,
  ) {
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** Starts `node .../dynamic-provider/index.js 127.0.0.1:1` and connects once it printed its port. */
  static async start(opts: { cwd?: string; env?: Record<string, string>; projectDir?: string } = {}): Promise<ProviderHost> {
    // projectDir: another checkout whose SDK runs the host, started there as the engine does.
    const script = opts.projectDir ? path.join(opts.projectDir, path.relative(REPO_ROOT, HOST_SCRIPT)) : HOST_SCRIPT;
    const child = spawn(process.execPath, [script, "127.0.0.1:1"], {
      cwd: opts.cwd ?? opts.projectDir ?? REPO_ROOT,
      env: { ...process.env, PULUMI_NODEJS_PROJECT: "kvm-infra", PULUMI_NODEJS_STACK: "test", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stderr: string[] = [];
    child.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      let buf = "";
      const onData = (d: Buffer) => {
        buf += d.toString();
        const nl = buf.indexOf("\n");
        if (nl >= 0) {
          child.stdout!.off("data", onData);
          resolve(Number(buf.slice(0, nl).trim()));
        }
      };
      child.stdout!.on("data", onData);
      child.once("exit", (code) => reject(new Error(`provider host exited (${code}) before printing its port: ${stderr.join("")}`)));
    });
    child.stdout!.resume();
    // A partial create's ErrorResourceInitFailed travels in a metadata header, with the resource's
    // properties (its __provider text too): far above grpc-js's 8 KiB default, as the engine's Go
    // client (16 MiB) accepts it.
    const client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_metadata_size": 16 * 1024 * 1024,
    });
    const host = new ProviderHost(child, client, port);
    (host as unknown as { stderr: string[] }).stderr.push(...stderr);
    child.stderr!.on("data", (d: Buffer) => host.stderr.push(d.toString()));
    return host;
  }

  private call<T>(method: string, req: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      this.client[method](req, (err: grpc.ServiceError | null, resp: T) => (err ? reject(hostError(err)) : resolve(resp)));
    });
  }

  async configure(config: Record<string, string> = {}): Promise<void> {
    const req = new providerPb.ConfigureRequest();
    req.setArgs(structPb.Struct.fromJavaScript(config));
    req.setAcceptsecrets(true);
    req.setAcceptresources(true);
    await this.call("configure", req);
  }

  async check(urn: string, olds: Rec, news: Rec): Promise<{ inputs: Rec; failures: { property: string; reason: string }[] }> {
    const req = new providerPb.CheckRequest();
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp: any = await this.call("check", req);
    return {
      inputs: resp.getInputs()?.toJavaScript() ?? {},
      failures: resp.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })),
    };
  }

  async diff(id: string, urn: string, olds: Rec, news: Rec): Promise<HostDiff> {
    const req = new providerPb.DiffRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp: any = await this.call("diff", req);
    const C = providerPb.DiffResponse.DiffChanges;
    const c = resp.getChanges();
    return {
      changes: c === C.DIFF_SOME ? "some" : c === C.DIFF_NONE ? "none" : "unknown",
      replaces: resp.getReplacesList(),
      deleteBeforeReplace: resp.getDeletebeforereplace(),
    };
  }

  async create(urn: string, props: Rec, preview = false): Promise<{ id: string; properties: Rec }> {
    const req = new providerPb.CreateRequest();
    req.setUrn(urn);
    req.setProperties(toStruct(props));
    req.setPreview(preview);
    const resp: any = await this.call("create", req);
    return { id: resp.getId(), properties: resp.getProperties()?.toJavaScript() ?? {} };
  }

  async read(id: string, urn: string, props: Rec, inputs?: Rec): Promise<{ id: string; properties: Rec; inputs?: Rec }> {
    const req = new providerPb.ReadRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setProperties(toStruct(props));
    if (inputs) req.setInputs(toStruct(inputs));
    const resp: any = await this.call("read", req);
    return {
      id: resp.getId(),
      properties: resp.getProperties()?.toJavaScript() ?? {},
      inputs: resp.hasInputs() ? resp.getInputs().toJavaScript() : undefined,
    };
  }

  async update(id: string, urn: string, olds: Rec, news: Rec): Promise<{ properties: Rec }> {
    const req = new providerPb.UpdateRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp: any = await this.call("update", req);
    return { properties: resp.getProperties()?.toJavaScript() ?? {} };
  }

  async delete(id: string, urn: string, props: Rec): Promise<void> {
    const req = new providerPb.DeleteRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setProperties(toStruct(props));
    await this.call("delete", req);
  }

  /** Ends the host process (and with it its libvirt connections). */
  async stop(): Promise<void> {
    this.client.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill("SIGTERM");
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
      await this.exited;
      clearTimeout(timer);
    }
  }
}

function toStruct(v: Rec): unknown {
  return structPb.Struct.fromJavaScript(unwrapSecrets(v));
}

/** What the host reports when a create or update left an object that failed to initialise. */
export interface InitFailure {
  id: string;
  properties: Rec;
  reasons: string[];
}

/** A failed host call: the gRPC code, and `initFailure` when the host answered with
 * pulumirpc.ErrorResourceInitFailed in the status details (cmd/dynamic-provider grpcResponseFromError). */
export type HostError = Error & { code?: number; initFailure?: InitFailure };

function hostError(err: grpc.ServiceError): HostError {
  const e: HostError = new Error(err.details || err.message);
  e.code = err.code;
  const bin = err.metadata?.get("grpc-status-details-bin")?.[0];
  if (bin) {
    const status = statusPb.Status.deserializeBinary(new Uint8Array(bin as Buffer));
    for (const any of status.getDetailsList()) {
      if (any.getTypeName() !== "pulumirpc.ErrorResourceInitFailed") continue;
      const d = providerPb.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
      e.initFailure = { id: d.getId(), properties: d.getProperties()?.toJavaScript() ?? {}, reasons: d.getReasonsList() };
    }
  }
  return e;
}

/** The type token a dynamic resource registers, e.g. pulumi-nodejs:dynamic/libvirt:Domain. */
export function urnOf(type: string, name: string): string {
  return `urn:pulumi:test::kvm-infra::${type}::${name}`;
}

export interface CapturedResource {
  type: string;
  name: string;
  /** Inputs as the engine would send them (secrets unwrapped), including __provider. */
  inputs: Rec;
  /** The raw inputs as registered, secrets still wrapped. */
  rawInputs: Rec;
  /** The additionalSecretOutputs resource option as the engine receives it. */
  additionalSecretOutputs: string[];
}

// Constructs the resources once the mocks are set and finishes when each has registered.
const CAPTURE_BODY = `
const spec = JSON.parse(process.env.CAPTURE_SPEC);
const mod = require(spec.module);
for (const r of spec.resources) {
  const props = JSON.parse(JSON.stringify(r.props), (k, v) => (v && v.__secret ? pulumi.secret(v.value) : v));
  new mod[r.className](r.name, props);
}
setTimeout(function wait() {
  if (registered.length < spec.resources.length) return setTimeout(wait, 20);
  finish();
}, 20);
`;

/** Wraps a value so that captureResources passes it to the resource as pulumi.secret(value). */
export function secretInput<T>(value: T): { __secret: true; value: T } {
  return { __secret: true, value };
}

/**
 * Constructs resources (exported classes of `modulePath`, a .ts file) under pulumi.runtime.setMocks
 * in a fresh node process and returns what they registered, including the serialized __provider.
 */
export async function captureResources(
  modulePath: string,
  resources: Array<{ className: string; name: string; props: Rec }>,
  opts: { projectDir?: string } = {},
): Promise<CapturedResource[]> {
  const all = await captureUnderMocks({
    cwd: opts.projectDir,
    body: CAPTURE_BODY,
    env: { CAPTURE_SPEC: JSON.stringify({ module: modulePath, resources }) },
    stack: "test",
    what: "capturing resources",
    timeoutMs: 120000,
  });
  // Registration order depends on serialization timing: answer in the order asked.
  const regs = resources.map((r) => all.find((x) => x.name === r.name) as MockRegistration);
  return regs.map((r) => ({
    type: r.type,
    name: r.name,
    rawInputs: r.inputs,
    inputs: unwrapSecrets(r.inputs),
    additionalSecretOutputs: r.additionalSecretOutputs,
  }));
}
