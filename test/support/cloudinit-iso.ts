// Reads ISO images back with Debian's independent tools (genisoimage's isoinfo, xorriso, osirrox,
// util-linux's blkid) and validates cloud-config with Debian's cloud-init, for the seed tests.
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const TOOLS = ["isoinfo", "xorriso", "osirrox", "blkid", "cloud-init"];

/** Fails with the install command when a tool is missing, so a skipped check never passes silently. */
export function requireIsoTools(): void {
  const missing = TOOLS.filter((t) => {
    try {
      execFileSync("sh", ["-c", `command -v ${t}`], { stdio: "ignore" });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new Error(`missing ${missing.join(", ")}: apt-get install -y xorriso genisoimage cloud-init util-linux`);
}

export function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(" ")} failed: ${err.stderr || err.stdout || err.message}`, { cause: e });
  }
}

/** Writes the image into a fresh temp dir; returns its path and a cleanup. */
export function isoOnDisk(iso: Buffer): { path: string; dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "kvmit-cloudinit-"));
  const path = join(dir, "seed.iso");
  writeFileSync(path, iso);
  return { path, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `isoinfo -d` as key -> value ("Volume id" -> "cidata"), plus the Joliet line. */
export function isoinfoDescriptor(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run("isoinfo", ["-d", "-i", path]).split("\n")) {
    const m = /^([^:]+):\s?(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
    else if (line.trim()) out[line.trim()] = "";
  }
  return out;
}

/** File names in the root as `isoinfo -l` lists them, with (-J) or without Joliet. */
export function isoinfoNames(path: string, joliet: boolean): string[] {
  const args = joliet ? ["-J", "-l", "-i", path] : ["-l", "-i", path];
  return run("isoinfo", args)
    .split("\n")
    .filter((l) => /^-/.test(l))
    .map((l) => l.replace(/^.*\]\s+/, "").trim());
}

/** What `xorriso -indev X -find` lists (paths like ./user-data). */
export function xorrisoFind(path: string): string[] {
  return run("xorriso", ["-indev", path, "-find"])
    .split("\n")
    .map((l) => /^'(.*)'$/.exec(l.trim())?.[1])
    .filter((p): p is string => p !== undefined);
}

/** Extracts the whole image with osirrox; returns file name -> content. */
export function osirroxExtract(path: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), "kvmit-cloudinit-x-"));
  try {
    run("osirrox", ["-indev", path, "-extract", "/", join(out, "root")]);
    const files: Record<string, string> = {};
    for (const name of readdirSync(join(out, "root"))) files[name] = readFileSync(join(out, "root", name), "utf8");
    return files;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** `blkid -p -o export` as key -> value (LABEL, TYPE, UUID, ...). */
export function blkidProbe(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run("blkid", ["-p", "-o", "export", path]).split("\n")) {
    const i = line.indexOf("=");
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

/** `cloud-init schema --config-file`: exit status and output. */
export function cloudInitSchema(userData: string): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "kvmit-cloudinit-schema-"));
  const file = join(dir, "user-data");
  writeFileSync(file, userData);
  try {
    return {
      ok: true,
      out: execFileSync("cloud-init", ["schema", "--config-file", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
    };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cloudInitVersion(): string {
  return run("cloud-init", ["--version"]).trim();
}
