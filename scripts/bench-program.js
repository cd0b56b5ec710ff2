#!/usr/bin/env node
// Where a program run's time goes: the program (index.ts) with a stack's config, loaded the way
// the nodejs language host loads it (ts-node registered with the project's tsconfig; type checking
// unless PULUMI_NODEJS_TRANSPILE_ONLY=true or the tsconfig sets noCheck), then run under the SDK's
// mocks until every resource registered (the providers serialized). Plain JavaScript, so that the
// measuring itself compiles nothing. Usage: node scripts/bench-program.js [stack] (default dev);
// prints one JSON line: startMs (node + SDK + ts-node), compileMs (inside ts-node's compile),
// loadMs (the rest of loading the program's modules), registerMs (resources constructed and
// registered, serialization included), totalMs, resources, transpileOnly.
const fs = require("fs");
const { performance } = require("perf_hooks");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const stack = process.argv[2] ?? "dev";
const transpileOnly = process.env.PULUMI_NODEJS_TRANSPILE_ONLY === "true";

const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [ROOT] }));
const settings = require(require.resolve("@pulumi/pulumi/runtime/settings", { paths: [ROOT] }));
const YAML = require(require.resolve("yaml", { paths: [ROOT] }));
const ts = require(require.resolve("typescript", { paths: [ROOT] }));
const tsnode = require(require.resolve("ts-node", { paths: [ROOT] }));

// As @pulumi/pulumi/cmd/run/run.js registers ts-node: the tsconfig Pulumi.yaml names (the language
// host passes it as PULUMI_NODEJS_TSCONFIG_PATH) or tsconfig.json; its own compilerOptions (read
// without `extends`) over the SDK's defaults; type checking unless they set noCheck.
const project = YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
const tsconfig = path.join(ROOT, process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? project.runtime?.options?.tsconfig ?? "tsconfig.json");
const fromFile = ts.parseConfigFileTextToJson(tsconfig, fs.readFileSync(tsconfig, "utf8")).config.compilerOptions ?? {};
const service = tsnode.register({
  compiler: require.resolve("typescript", { paths: [ROOT] }),
  transpileOnly: transpileOnly || fromFile.noCheck === true,
  project: tsconfig,
  compilerOptions: { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...fromFile },
});
let compileMs = 0;
const compile = service.compile.bind(service);
service.compile = (code, fileName, lineOffset) => {
  const c0 = performance.now();
  try {
    return compile(code, fileName, lineOffset);
  } finally {
    compileMs += performance.now() - c0;
  }
};

const registered = [];
pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push(args.type);
      return { id: `${args.name}_id`, state: { ...args.inputs, password: "[random]" } };
    },
    call: () => ({}),
  },
  "kvm-infra",
  stack,
  false,
);
const config = YAML.parse(fs.readFileSync(path.join(ROOT, "stacks", `Pulumi.${stack}.yaml`), "utf8")).config;
const flat = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
pulumi.runtime.setAllConfig(flat, []);

const t1 = performance.now();
const program = require(path.join(ROOT, "index.ts"));
const t2 = performance.now();
(async () => {
  await settings.waitForRPCs();
  await new Promise((resolve) => pulumi.output(program).apply(resolve));
  await settings.waitForRPCs();
  const t3 = performance.now();
  const r = (x) => Math.round(x);
  const result = {
    stack,
    tsconfig: path.basename(tsconfig),
    transpileOnly: transpileOnly || fromFile.noCheck === true,
    startMs: r(t1),
    compileMs: r(compileMs),
    loadMs: r(t2 - t1 - compileMs),
    registerMs: r(t3 - t2),
    totalMs: r(t3),
    resources: registered.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
})().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
