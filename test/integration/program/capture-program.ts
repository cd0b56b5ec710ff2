// Runs the program (index.ts) under pulumi.runtime.setMocks in a fresh node process, as the nodejs
// language host would with the given stack config, and returns every resource it registered with
// its inputs as the engine would send them to the provider (including the serialized __provider).
import { execFile } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { unwrapSecrets } from "../../support/provider-host";

export const ROOT = path.resolve(__dirname, "../../..");
/** What the mocks answer for the generated VNC password; the test swaps in the real one. */
export const MOCK_PASSWORD = "[random]";

export interface ProgramResource {
  type: string;
  name: string;
  inputs: Record<string, any>;
  additionalSecretOutputs: string[];
}

const SCRIPT = `
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
const settings = require(require.resolve("@pulumi/pulumi/runtime/settings", { paths: [process.cwd()] }));
const registered = [];
pulumi.runtime.setMocks({
  newResource: (args) => {
    registered.push({ type: args.type, name: args.name, inputs: args.inputs });
    const extra = args.type.endsWith(":RandomPassword") ? { password: ${JSON.stringify(MOCK_PASSWORD)} } : {};
    return { id: args.name + "_id", state: { ...args.inputs, ...extra } };
  },
  call: () => ({}),
}, "kvm-infra", process.env.KVMCOMP_STACK, false);
const secretOutputs = {};
const monitor = pulumi.runtime.getMonitor();
const register = monitor.registerResource.bind(monitor);
monitor.registerResource = (req, cb) => { secretOutputs[req.getName()] = req.getAdditionalsecretoutputsList(); return register(req, cb); };
pulumi.runtime.setAllConfig(JSON.parse(process.env.KVMCOMP_CONFIG), JSON.parse(process.env.KVMCOMP_SECRET_KEYS));
const program = require(process.env.KVMCOMP_PROGRAM);
(async () => {
  await settings.waitForRPCs();
  await new Promise((resolve) => pulumi.output(program).apply(resolve));
  await settings.waitForRPCs();
  process.stdout.write(JSON.stringify(registered.map((r) => ({ ...r, additionalSecretOutputs: secretOutputs[r.name] || [] }))));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

/** `config`: the kvm-infra keys as in a stack file (objects as objects). */
export function captureProgram(config: Record<string, unknown>, secretKeys: string[] = [], stack = "e2e"): Promise<ProgramResource[]> {
  const flat = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  return new Promise((resolve, reject) => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), "kvmcomp-capture-")), "capture.js");
    writeFileSync(script, SCRIPT);
    execFile(
      process.execPath,
      [script],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          KVMCOMP_STACK: stack,
          KVMCOMP_CONFIG: JSON.stringify(flat),
          KVMCOMP_SECRET_KEYS: JSON.stringify(secretKeys),
          KVMCOMP_PROGRAM: path.join(ROOT, "index.ts"),
        },
        maxBuffer: 512 * 1024 * 1024,
        timeout: 180000,
      },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`running the program under mocks failed: ${err.message}\n${stderr}`));
        const all = JSON.parse(stdout) as ProgramResource[];
        resolve(all.map((r) => ({ ...r, inputs: unwrapSecrets(r.inputs) })));
      },
    );
  });
}
