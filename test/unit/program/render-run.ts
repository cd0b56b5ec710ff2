// Runs `npm run render` the way an operator does (ts-node on scripts/render.ts) for the render tests.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./stack-files";

export interface RenderRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function render(args: string[]): RenderRun {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/ts-node"), ["--transpile-only", "scripts/render.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kvmcomp-render-"));
}

/** libvirt's own RNG schemas, through the tool the issue names. */
export function virtXmlValidate(file: string, schema: string): { ok: boolean; output: string } {
  const r = spawnSync("virt-xml-validate", [file, schema], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
