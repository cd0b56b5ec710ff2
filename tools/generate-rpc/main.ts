// npm run generate:rpc [-- --check] [-- --src <libvirt source>] [-- --out <dir>]
//
// Reads libvirt's Debian source package (src/remote/remote_protocol.x, include/libvirt/*.h in the
// order libvirt.h includes them, virterror.h, and virDrvFeature from src/libvirt_internal.h) and
// writes libvirt/rpc/gen/*.gen.ts. --check regenerates in memory and fails on any difference with
// the committed files. The source: --src, else $LIBVIRT_SRC, else /var/cache/kvm-infra/libvirt-9.0.0
// (what .ci/libvirt-src.sh unpacks).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { format, resolveConfig } from "prettier";
import { parseHeaders } from "./header-enums";
import { parseXdr } from "./xdr-parse";
import { emitHeaderEnums, emitProtocol, HEADER } from "./emit";
import { DEFAULT_SRC } from "./source";

const REPO = resolve(__dirname, "..", "..");

export interface GeneratedFile {
  path: string;
  text: string;
}

/** The generated files' paths (relative to the repository) and contents, formatted as committed. */
export async function generate(src: string): Promise<GeneratedFile[]> {
  const read = (p: string) => {
    const full = join(src, p);
    if (!existsSync(full)) throw new Error(`${full} not found: is ${src} libvirt's source (apt-get source libvirt)?`);
    return readFileSync(full, "utf8");
  };
  const includeOrder = [...read("include/libvirt/libvirt.h").matchAll(/#\s*include <libvirt\/([a-z-]+\.h)>/g)].map((m) => m[1]);
  // libvirt-common.h is made from its .in by the build; its enums are in the template already.
  const headerPaths = [...includeOrder, "virterror.h"].map(
    (f) => `include/libvirt/${f === "libvirt-common.h" ? "libvirt-common.h.in" : f}`,
  );
  const headers = parseHeaders(headerPaths.map((p) => ({ path: p, text: read(p) })));
  const internal = parseHeaders([{ path: "src/libvirt_internal.h", text: read("src/libvirt_internal.h") }]);
  const drvFeature = internal.enums.filter((e) => e.cName === "virDrvFeature");

  const protocolPath = "src/remote/remote_protocol.x";
  const spec = parseXdr(read(protocolPath), protocolPath, (name) => headers.values.get(name));

  const errorEnums = headers.enums.filter((e) => e.file.endsWith("virterror.h"));
  const flagEnums = headers.enums.filter((e) => !e.file.endsWith("virterror.h"));
  const errorNumber = errorEnums.find((e) => e.cName === "virErrorNumber");
  if (!errorNumber) throw new Error("virterror.h: virErrorNumber not found");

  // The error names keyed by code, as libvirt/rpc/errors.ts looks them up (without VIR_ERR_).
  const names = errorNumber.members.map((m) => `  ${m.value}: "${m.cName.replace(/^VIR_ERR_|^VIR_/, "")}",`);
  const errorExtra = `/** virErrorNumber names by code, without VIR_ERR_ (VIR_WAR_* keep WAR_). */\nconst ERROR_NUMBER_NAMES: Record<number, string> = {\n${names.join("\n")}\n};\n\n`;
  let errors = emitHeaderEnums("from libvirt's include/libvirt/virterror.h: error levels, domains and codes.", errorEnums, errorExtra);
  errors = errors.replace(/export \{ (.*) \};\n$/, "export { $1, ERROR_NUMBER_NAMES };\n");

  const files: GeneratedFile[] = [
    { path: "libvirt/rpc/gen/remote-protocol.gen.ts", text: emitProtocol(spec, protocolPath, "remote_procedure", "remote_") },
    {
      path: "libvirt/rpc/gen/flags.gen.ts",
      text: emitHeaderEnums(
        "from libvirt's public headers (include/libvirt/*.h) and virDrvFeature (src/libvirt_internal.h): every enum, as const objects and types.",
        [...flagEnums, ...drvFeature],
      ),
    },
    { path: "libvirt/rpc/gen/errors.gen.ts", text: errors },
  ];
  const config = (await resolveConfig(join(REPO, "package.json"))) ?? {};
  for (const f of files) {
    if (!f.text.startsWith(HEADER("").slice(0, 20))) throw new Error(`${f.path}: missing header`);
    f.text = await format(f.text, { ...config, filepath: join(REPO, f.path) });
  }
  return files;
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const src = arg("--src") ?? process.env.LIBVIRT_SRC ?? DEFAULT_SRC;
  const out = arg("--out") ?? REPO;
  const files = await generate(src);
  if (argv.includes("--check")) {
    const stale = files.filter((f) => {
      const p = join(out, f.path);
      return !existsSync(p) || readFileSync(p, "utf8") !== f.text;
    });
    for (const f of stale) {
      const p = join(out, f.path);
      const committed = existsSync(p) ? readFileSync(p, "utf8").split("\n") : [];
      const generated = f.text.split("\n");
      let line = committed.findIndex((l, i) => l !== generated[i]);
      if (line < 0) line = Math.min(committed.length, generated.length);
      console.error(
        `${f.path} differs from what ${src} generates, first at line ${line + 1}:\n` +
          `  committed: ${committed[line] ?? "(end of file)"}\n  generated: ${generated[line] ?? "(end of file)"}\n` +
          `run npm run generate:rpc`,
      );
    }
    if (stale.length === 0) console.log(`libvirt/rpc/gen is current with ${src}`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const f of files) {
    const p = join(out, f.path);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, f.text);
    console.log(`wrote ${f.path} (${f.text.split("\n").length} lines)`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      console.error(`generate:rpc: ${e.message}`);
      process.exit(1);
    },
  );
}
