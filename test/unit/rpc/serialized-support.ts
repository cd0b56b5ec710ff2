// Serializes code the way a Pulumi program serializes a dynamic provider, then runs it in a fresh
// node process, as the provider host does: what breaks there (closures the serializer refuses,
// builtin base classes, lost error messages) shows up in the area that owns the code. The modules
// are those of the installed package @kvm-infra/libvirt (compiled from libvirt/ on npm ci), which
// the serializer references by require(), as it does in the resources' provider texts.
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as ts from "typescript";

const REPO_ROOT = path.resolve(__dirname, "../../..");

// Loads .ts files as the nodejs language host does with ts-node (transpile only).
const TS_LOADER = `
const ts = require(require.resolve("typescript", { paths: [${JSON.stringify(REPO_ROOT)}] }));
const fs = require("fs");
require.extensions[".ts"] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, esModuleInterop: true, useDefineForClassFields: false },
    fileName: filename,
  });
  m._compile(out.outputText, filename);
};
`;

function runNode(script: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 60000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${path.basename(script)} failed: ${err.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** The installed package's compiled module for a source under libvirt/ (e.g. libvirt/rpc/index.ts). */
function installedModule(rel: string): string {
  const sub = path.relative("libvirt", rel).replace(/\.ts$/, ".js");
  if (sub.startsWith("..")) throw new Error(`${rel} is not under libvirt/`);
  const file = path.join(REPO_ROOT, "node_modules/@kvm-infra/libvirt", sub);
  if (!existsSync(file)) throw new Error(`${rel} is not in the installed @kvm-infra/libvirt (${file}): run npm run build:libvirt`);
  return file;
}

/**
 * `modules` maps names to repo-relative .ts paths under libvirt/ (run as their installed copies); the serialized function returns them as an
 * object. `smoke` is the body of an async JS function run in a fresh node process with that
 * object as `api`; whatever it returns comes back (as JSON).
 */
export async function serializeAndRun(modules: Record<string, string>, smoke: string): Promise<{ text: string; result: unknown }> {
  const dir = mkdtempSync(path.join(tmpdir(), "kvmit-serialize-"));
  try {
    // Script files, not `node -e`: under -e the builtin modules are globals, and the serializer
    // would refer to them as such, which no provider host provides.
    // Prefixed names: one like `fetch` would otherwise be taken for the global of that name.
    const requires = Object.entries(modules)
      .map(([name, rel]) => `const __module_${name} = require(${JSON.stringify(installedModule(rel))});`)
      .join("\n");
    const serialize = path.join(dir, "serialize.js");
    writeFileSync(
      serialize,
      `${TS_LOADER}
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [${JSON.stringify(REPO_ROOT)}] }));
require(${JSON.stringify(path.join(REPO_ROOT, "libvirt/resources/provider-ref.ts"))}).assertPackageCurrent(${JSON.stringify(REPO_ROOT)});
${requires}
pulumi.runtime.serializeFunction(() => ({ ${Object.keys(modules)
        .map((n) => `${n}: __module_${n}`)
        .join(", ")} })).then(
  (sf) => process.stdout.write(JSON.stringify({ text: sf.text, exportName: sf.exportName })),
  (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); },
);
`,
    );
    const { text, exportName } = JSON.parse(await runNode(serialize)) as { text: string; exportName: string };
    const provider = path.join(dir, "provider.js");
    writeFileSync(provider, text);
    const run = path.join(dir, "run.js");
    writeFileSync(
      run,
      // Loaded as the provider host loads a text: require-from-string, no file name, so that
      // require() in the text resolves from the working directory.
      `const requireFromString = require(require.resolve("require-from-string", { paths: [${JSON.stringify(REPO_ROOT)}] }));
const api = requireFromString(require("fs").readFileSync(${JSON.stringify(provider)}, "utf8"))[${JSON.stringify(exportName)}]();
(async () => {
${smoke}
})().then(
  (r) => process.stdout.write(JSON.stringify(r === undefined ? null : r)),
  (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); },
);
`,
    );
    // The run starts in the repository, and the text's require() resolves from there, as the
    // provider host's does from the project directory it is started in.
    const result = JSON.parse(await runNode(run));
    return { text, result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads of `exports.X` in the CommonJS output of the .ts files under `dir` (repo-relative), as
 * "file: exports.X": what a module's reads of its own `export const` compile to.
 */
export function selfExportReads(dir: string): string[] {
  const found: string[] = [];
  const root = path.join(REPO_ROOT, dir);
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .sort();
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(path.join(root, file), "utf8"), {
      compilerOptions: {
        target: ts.ScriptTarget.ES2020,
        module: ts.ModuleKind.CommonJS,
        removeComments: true,
        useDefineForClassFields: false,
      },
    }).outputText;
    for (const line of js.split("\n")) {
      // Assignments (`exports.X = ...`, TypeScript's `exports.A = exports.B = void 0`) are writes.
      const rest = line.replace(/^\s*(exports\.[A-Za-z_$][\w$]* = )+/, "");
      for (const m of rest.match(/\bexports\.[A-Za-z_$][\w$]*/g) ?? []) found.push(`${path.join(dir, file)}: ${m}`);
    }
  }
  return [...new Set(found)];
}
