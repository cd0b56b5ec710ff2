// Runs a piece of Pulumi code under pulumi.runtime.setMocks in a fresh node process and returns
// what every resource registered, inputs as the engine would receive them (with __provider).
import { execFile } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

export interface MockRegistration {
  type: string;
  name: string;
  /** As registered: secrets still wrapped. */
  inputs: Record<string, any>;
  /** The additionalSecretOutputs resource option as the engine receives it. */
  additionalSecretOutputs: string[];
}

export interface MockRun {
  /** JavaScript run once the mocks are in place, with `pulumi` in scope; calls `finish()` when
   * every resource has registered. Reads its own inputs from `env`. */
  body: string;
  env?: Record<string, string>;
  stack: string;
  /** Extra state the mocks answer for resources whose type ends with a key, e.g. ":RandomPassword". */
  extraState?: Record<string, Record<string, unknown>>;
  /** Names the run in the error message, e.g. "running the program under mocks". */
  what: string;
  timeoutMs: number;
  /** The project directory the run starts in (its node_modules serve typescript and the SDK).
   * Defaults to this repository. */
  cwd?: string;
}

// Registers a TypeScript loader (as the nodejs language host does with ts-node), the mocks, and a
// recorder of the secret outputs, which the mock monitor otherwise ignores.
const PRELUDE = `
const ts = require(require.resolve("typescript", { paths: [process.cwd()] }));
const fs = require("fs");
require.extensions[".ts"] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, esModuleInterop: true, useDefineForClassFields: false },
    fileName: filename,
  });
  m._compile(out.outputText, filename);
};
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [process.cwd()] }));
const registered = [];
const extraState = JSON.parse(process.env.KVM_MOCK_EXTRA_STATE);
pulumi.runtime.setMocks({
  newResource: (args) => {
    registered.push({ type: args.type, name: args.name, inputs: args.inputs });
    const extra = Object.keys(extraState).filter((k) => args.type.endsWith(k)).map((k) => extraState[k]);
    return { id: args.name + "_id", state: Object.assign({}, args.inputs, ...extra) };
  },
  call: () => ({}),
}, "kvm-infra", process.env.KVM_MOCK_STACK, false);
const secretOutputs = {};
const monitor = pulumi.runtime.getMonitor();
const register = monitor.registerResource.bind(monitor);
monitor.registerResource = (req, cb) => { secretOutputs[req.getName()] = req.getAdditionalsecretoutputsList(); return register(req, cb); };
function finish() {
  process.stdout.write(JSON.stringify(registered.map((r) => ({ ...r, additionalSecretOutputs: secretOutputs[r.name] || [] }))));
}
`;

/** Every registration, in the order the resources registered. */
export function captureUnderMocks(run: MockRun): Promise<MockRegistration[]> {
  return new Promise((resolve, reject) => {
    // A script file, not `node -e`: under -e the builtin modules are globals, and the serializer
    // would refer to them as such (e.g. global.cluster), which no real program host provides.
    const script = path.join(mkdtempSync(path.join(tmpdir(), "kvm-capture-")), "capture.js");
    writeFileSync(script, PRELUDE + run.body);
    execFile(
      process.execPath,
      [script],
      {
        cwd: run.cwd ?? REPO_ROOT,
        env: {
          ...process.env,
          ...run.env,
          KVM_MOCK_STACK: run.stack,
          KVM_MOCK_EXTRA_STATE: JSON.stringify(run.extraState ?? {}),
        },
        maxBuffer: 512 * 1024 * 1024,
        timeout: run.timeoutMs,
      },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`${run.what} failed: ${err.message}\n${stderr}`));
        resolve(JSON.parse(stdout) as MockRegistration[]);
      },
    );
  });
}
