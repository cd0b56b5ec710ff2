#!/usr/bin/env node
// Builds the libvirt layer into node_modules/@kvm-infra/libvirt (npm runs it as the root `prepare`,
// so `npm ci` is all a fresh clone needs). Provider texts then `require()` it instead of carrying
// the code: Pulumi's closure serializer emits require() only for modules under node_modules.
// Plain JavaScript so that it runs before anything is compiled. build-info.json records the hash of
// every source compiled, so the program can refuse to run against a stale build.
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const SOURCES = path.join(ROOT, "libvirt");
const MAIN = "provider-package.ts";
const NAME = "@kvm-infra/libvirt";
const OUT = path.join(ROOT, "node_modules", NAME);

function compilerOptions(outDir) {
  const file = path.join(ROOT, "tsconfig.json");
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const base = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, file).options;
  // The project's settings (target ES2020, commonjs, no define semantics for fields), with only
  // the package's own output: declarations for typed use, no test types.
  return {
    ...base,
    rootDir: SOURCES,
    outDir,
    declaration: true,
    sourceMap: false,
    noEmitOnError: true,
    types: ["node"],
  };
}

// Every module of libvirt/, not only what the main module reaches: code that is not wired into a
// provider yet (or is loaded by its own path, as the serialized tests do) is part of the package.
function sourceFiles(dir = SOURCES) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

function hashOf(file) {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function build() {
  const started = Date.now();
  // Emitted next to the package and swapped in at the end: an interrupted build leaves the old
  // package, never half of a new one.
  const staging = `${OUT}.build-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const program = ts.createProgram(sourceFiles(), compilerOptions(staging));
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0 || emitted.emitSkipped) {
    fs.rmSync(staging, { recursive: true, force: true });
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" };
    process.stderr.write(ts.formatDiagnostics(diagnostics, host));
    throw new Error(`${NAME} not built: the libvirt layer does not compile`);
  }
  const sources = {};
  for (const sf of program.getSourceFiles()) {
    const rel = path.relative(SOURCES, sf.fileName);
    if (!rel.startsWith("..") && !sf.isDeclarationFile) sources[rel.split(path.sep).join("/")] = hashOf(sf.fileName);
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const manifest = {
    name: NAME,
    version,
    private: true,
    description: "kvm-infra's libvirt layer, compiled from libvirt/ by scripts/build-libvirt.js (do not edit)",
    main: MAIN.replace(/\.ts$/, ".js"),
    types: MAIN.replace(/\.ts$/, ".d.ts"),
  };
  fs.writeFileSync(path.join(staging, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  fs.writeFileSync(path.join(staging, "build-info.json"), JSON.stringify({ sources }, null, 2) + "\n");
  const old = `${OUT}.old-${process.pid}`;
  if (fs.existsSync(OUT)) fs.renameSync(OUT, old);
  fs.renameSync(staging, OUT);
  fs.rmSync(old, { recursive: true, force: true });
  return { files: Object.keys(sources).length, ms: Date.now() - started };
}

module.exports = { build, NAME };

if (require.main === module) {
  try {
    const { files, ms } = build();
    process.stdout.write(`${NAME}: ${files} modules of libvirt/ compiled into node_modules in ${ms} ms\n`);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
