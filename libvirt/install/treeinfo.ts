// Reads an install tree's .treeinfo (an INI file) the way virt-install --location does: which
// kernel and initrd boot the installer for an architecture, and what the tree says it is.

/** CentOS 7 is end of life; its last tree lives on the vault (the runbook's mirror is gone). */
export const DEFAULT_LOCATION = "https://vault.centos.org/7.9.2009/os/x86_64/";

export type IniSections = Record<string, Record<string, string>>;

export interface TreeInfo {
  /** e.g. "CentOS" ([general] family, or [release] name in productmd trees). */
  family?: string;
  /** e.g. "7" ([general] or [release] version). */
  version?: string;
  /** e.g. "x86_64" ([general] or [tree] arch). */
  arch?: string;
  /** Every section, keys and values trimmed, for what the fields above do not cover. */
  sections: IniSections;
}

export interface TreeImages {
  /** Paths relative to the tree, as .treeinfo writes them, e.g. images/pxeboot/vmlinuz. */
  kernel: string;
  initrd: string;
  /** "sha256:<hex>" from [checksums] when the tree lists one. */
  kernelChecksum?: string;
  initrdChecksum?: string;
}

/** Sections and key = value lines; `#` and `;` start comments; later keys win, as in Python's
 * configparser that writes these files. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = {};
  let current: Record<string, string> | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = sections[header[1].trim()] ??= {};
      return;
    }
    const eq = line.search(/[=:]/);
    if (eq <= 0) throw new Error(`.treeinfo line ${i + 1}: expected "key = value" or "[section]", got "${line}"`);
    if (!current) throw new Error(`.treeinfo line ${i + 1}: "${line}" comes before any [section]`);
    current[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  });
  return sections;
}

const nonEmpty = (v: string | undefined): string | undefined => (v ? v : undefined);

export function parseTreeinfo(text: string): TreeInfo {
  const sections = parseIni(text);
  const general = sections["general"] ?? {};
  const release = sections["release"] ?? {};
  const tree = sections["tree"] ?? {};
  const info: TreeInfo = { sections };
  const family = nonEmpty(general["family"]) ?? nonEmpty(release["name"]);
  const version = nonEmpty(general["version"]) ?? nonEmpty(release["version"]);
  const arch = nonEmpty(general["arch"]) ?? nonEmpty(tree["arch"]);
  if (family) info.family = family;
  if (version) info.version = version;
  if (arch) info.arch = arch;
  return info;
}

/** The installer's kernel and initrd for `arch` (default: the tree's own arch, else x86_64). */
export function treeImages(info: TreeInfo, arch?: string): TreeImages {
  const want = arch ?? info.arch ?? "x86_64";
  const section = info.sections[`images-${want}`];
  if (!section) {
    const have = Object.keys(info.sections).filter((s) => s.startsWith("images-"));
    throw new Error(`.treeinfo has no [images-${want}] section (it has: ${have.length ? have.map((s) => `[${s}]`).join(", ") : "none"})`);
  }
  const kernel = section["kernel"];
  const initrd = section["initrd"];
  if (!kernel) throw new Error(`.treeinfo [images-${want}] has no "kernel" key`);
  if (!initrd) throw new Error(`.treeinfo [images-${want}] has no "initrd" key`);
  const images: TreeImages = { kernel, initrd };
  const checksums = info.sections["checksums"] ?? {};
  if (checksums[kernel]) images.kernelChecksum = checksums[kernel];
  if (checksums[initrd]) images.initrdChecksum = checksums[initrd];
  return images;
}

/** Why a location cannot be written as it is, or undefined. It goes on the kernel command line
 * (inst.repo=), where whitespace splits it and " quotes, and into the kickstart as url --url="...",
 * where " ends the argument, \ escapes the next character and # after a quote starts a comment:
 * refused rather than changed behind the operator's back. */
export function locationCharacterProblem(location: string): string | undefined {
  const bad = /[\s"\\#\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(location);
  if (!bad) return undefined;
  const ch = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(bad[0])
    ? `U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`
    : bad[0];
  return `must not contain ${ch} (whitespace, ", \\, # and control characters break the kernel command line or the kickstart: percent-encode them, e.g. %20, %22, %5C, %23)`;
}

/** The tree's location checked and normalised: an http(s) URL ending in "/", so relative paths
 * resolve below it (a location without the slash would otherwise lose its last segment). */
export function normalizeLocation(location: string): string {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new Error(`install location "${location}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`install location "${location}" must be an http:// or https:// URL`);
  }
  const bad = locationCharacterProblem(location);
  if (bad) throw new Error(`install location ${JSON.stringify(location)} ${bad}`);
  return location.endsWith("/") ? location : location + "/";
}

/** A path from .treeinfo as an absolute URL below the location. */
export function resolveTreeUrl(location: string, path: string): string {
  return new URL(path.replace(/^\/+/, ""), normalizeLocation(location)).toString();
}
