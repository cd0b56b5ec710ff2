// `npm run render -- --out <dir>`: the directory is replaced as a whole. The render is written into
// a temporary directory next to it and renamed over it only when complete, so the directory never
// mixes files of two renders and a failed render leaves it (and its parent) as they were.
import * as fs from "fs";
import * as path from "path";
import { RenderUsageError } from "./render-args";

export interface OutFile {
  file: string;
  xml: string;
}

/** The names render writes; a directory holding anything else is not render's to replace. */
export const RENDERED_FILE = /^((pool|network|volume|domain)-[^/\\]+\.xml|domain-[^/\\]+\.ks\.cfg)$/;

/** Refuses an --out render may not replace, before the render runs: a file, a link, a foreign directory. */
export function checkOutDir(out: string): void {
  const target = path.resolve(out);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new RenderUsageError(`--out ${out}: ${(e as Error).message}`);
  }
  if (stat.isSymbolicLink()) throw new RenderUsageError(`--out ${out} is a symbolic link: give the directory itself`);
  if (!stat.isDirectory()) {
    throw new RenderUsageError(
      `--out ${out} is a file, not a directory: give a directory path (render writes one file per object into it)`,
    );
  }
  const foreign = fs
    .readdirSync(target)
    .filter((f) => !RENDERED_FILE.test(f))
    .sort();
  if (foreign.length) {
    const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? `, and ${foreign.length - 5} more` : "");
    throw new RenderUsageError(
      `--out ${out} holds files render did not write (${shown}): render replaces the whole directory, so give an absent, empty or earlier render's directory`,
    );
  }
}

/** Writes files into a fresh directory beside out, then puts it in out's place. */
export function replaceOutDir(out: string, files: OutFile[]): void {
  checkOutDir(out);
  const target = path.resolve(out);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  // Hidden and named after out, so an interrupted run's leftover says whose it is.
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.render-`));
  const previous = `${staging}.previous`;
  // mkdtemp makes it private; the render holds no secrets, so it gets what mkdir would give it.
  fs.chmodSync(staging, 0o777 & ~process.umask());
  try {
    for (const f of files) {
      if (!RENDERED_FILE.test(f.file)) throw new Error(`render: ${JSON.stringify(f.file)} is not a file name render writes`);
      fs.writeFileSync(path.join(staging, f.file), f.xml.endsWith("\n") ? f.xml : `${f.xml}\n`);
    }
    // rename(2) cannot replace a non-empty directory: move the old one aside first, and back on failure.
    const hadPrevious = fs.existsSync(target);
    if (hadPrevious) fs.renameSync(target, previous);
    try {
      fs.renameSync(staging, target);
    } catch (e) {
      if (hadPrevious) fs.renameSync(previous, target);
      throw e;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(previous, { recursive: true, force: true });
  }
}
