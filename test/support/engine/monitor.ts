// The engine's side of the gRPC protocol a Pulumi program speaks (proto/pulumi/resource.proto and
// engine.proto, the stubs shipped in @pulumi/pulumi/proto): the ResourceMonitor the SDK registers
// resources with, and the Engine service it logs to and records its root stack resource with.
// Both services listen on one port; the program gets it as --monitor and --engine.
import * as grpc from "@grpc/grpc-js";
import { Rec } from "./props";

const resourceGrpc = require("@pulumi/pulumi/proto/resource_grpc_pb");

const resourcePb = require("@pulumi/pulumi/proto/resource_pb");

const engineGrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");

const enginePb = require("@pulumi/pulumi/proto/engine_pb");

const providerPb = require("@pulumi/pulumi/proto/provider_pb");

const structPb = require("google-protobuf/google/protobuf/struct_pb");

const emptyPb = require("google-protobuf/google/protobuf/empty_pb");

/** What the SDK sent in RegisterResourceRequest, decoded. */
export interface Registration {
  type: string;
  name: string;
  parent: string;
  custom: boolean;
  inputs: Rec;
  protect: boolean;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** Only when set in the program (deleteBeforeReplaceDefined). */
  deleteBeforeReplace?: boolean;
  ignoreChanges: string[];
  additionalSecretOutputs: string[];
  retainOnDelete: boolean;
  provider: string;
}

export interface ReadRegistration {
  type: string;
  name: string;
  parent: string;
  id: string;
  inputs: Rec;
  dependencies: string[];
  additionalSecretOutputs: string[];
}

export type Severity = "debug" | "info" | "warning" | "error";

export interface MonitorHandler {
  register(r: Registration): Promise<{ urn: string; id: string; outputs: Rec }>;
  registerOutputs(urn: string, outputs: Rec): Promise<void>;
  read(r: ReadRegistration): Promise<{ urn: string; outputs: Rec }>;
  invoke(tok: string, args: Rec): Promise<Rec>;
  log(severity: Severity, message: string, urn: string): void;
  /** SignalAndWaitForShutdown: answers once every step, deletes included, is done. */
  shutdown(): Promise<void>;
}

export interface MonitorServer {
  address: string;
  rootUrn(): string;
  stop(): Promise<void>;
}

/**
 * Features the SDK asks about (runtime/settings.ts awaitFeatureSupport). GetDeploymentInfo is left
 * unimplemented, so the SDK falls back to SupportsFeature per feature, as against older CLIs.
 * Output values and resource references are declined: the SDK then sends plain values and
 * resource ids, which is what a dynamic provider receives through the real engine too.
 */
const FEATURES: Record<string, boolean> = {
  secrets: true,
  resourceReferences: false,
  outputValues: false,
  deletedWith: false,
  aliasSpecs: true,
};

const toJs = (s: any): Rec => (s ? s.toJavaScript() : {});
const toStruct = (v: Rec): any => structPb.Struct.fromJavaScript(JSON.parse(JSON.stringify(v ?? {})));

function unary<Req, Res>(fn: (req: Req) => Promise<Res>) {
  return (call: { request: Req }, cb: grpc.sendUnaryData<Res>) => {
    fn(call.request).then(
      (res) => cb(null, res),
      (err: Error & { code?: number }) => cb({ code: err?.code ?? grpc.status.UNKNOWN, details: err?.message ?? String(err) }, null),
    );
  };
}

export async function startMonitor(h: MonitorHandler): Promise<MonitorServer> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 1024 * 1024 * 400 });
  let root = "";

  server.addService(resourceGrpc.ResourceMonitorService, {
    supportsFeature: unary(async (req: any) => {
      const res = new resourcePb.SupportsFeatureResponse();
      res.setHassupport(FEATURES[req.getId()] === true);
      return res;
    }),
    registerResource: unary(async (req: any) => {
      const propertyDependencies: Record<string, string[]> = {};
      req.getPropertydependenciesMap().forEach((v: any, k: string) => (propertyDependencies[k] = v.getUrnsList()));
      const r = await h.register({
        type: req.getType(),
        name: req.getName(),
        parent: req.getParent(),
        custom: req.getCustom(),
        inputs: toJs(req.getObject()),
        protect: req.getProtect() === true,
        dependencies: req.getDependenciesList(),
        propertyDependencies,
        deleteBeforeReplace: req.getDeletebeforereplacedefined() ? req.getDeletebeforereplace() : undefined,
        ignoreChanges: req.getIgnorechangesList(),
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
        retainOnDelete: req.getRetainondelete() === true,
        provider: req.getProvider(),
      });
      const res = new resourcePb.RegisterResourceResponse();
      res.setUrn(r.urn);
      res.setId(r.id);
      res.setObject(toStruct(r.outputs));
      return res;
    }),
    registerResourceOutputs: unary(async (req: any) => {
      await h.registerOutputs(req.getUrn(), toJs(req.getOutputs()));
      return new emptyPb.Empty();
    }),
    readResource: unary(async (req: any) => {
      const r = await h.read({
        type: req.getType(),
        name: req.getName(),
        parent: req.getParent(),
        id: req.getId(),
        inputs: toJs(req.getProperties()),
        dependencies: req.getDependenciesList(),
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
      });
      const res = new resourcePb.ReadResourceResponse();
      res.setUrn(r.urn);
      res.setProperties(toStruct(r.outputs));
      return res;
    }),
    invoke: unary(async (req: any) => {
      const ret = await h.invoke(req.getTok(), toJs(req.getArgs()));
      const res = new providerPb.InvokeResponse();
      res.setReturn(toStruct(ret));
      return res;
    }),
    signalAndWaitForShutdown: unary(async () => {
      await h.shutdown();
      return new emptyPb.Empty();
    }),
  });

  server.addService(engineGrpc.EngineService, {
    log: unary(async (req: any) => {
      const sev: Severity[] = ["debug", "info", "warning", "error"];
      h.log(sev[req.getSeverity()] ?? "info", req.getMessage(), req.getUrn());
      return new emptyPb.Empty();
    }),
    getRootResource: unary(async () => {
      const res = new enginePb.GetRootResourceResponse();
      res.setUrn(root);
      return res;
    }),
    setRootResource: unary(async (req: any) => {
      root = req.getUrn();
      return new enginePb.SetRootResourceResponse();
    }),
    requirePulumiVersion: unary(async () => new enginePb.RequirePulumiVersionResponse()),
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    address: `127.0.0.1:${port}`,
    rootUrn: () => root,
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000).unref();
      }),
  };
}
