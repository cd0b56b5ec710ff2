// Debian's osinfo-db (/usr/share/osinfo, the test bed installs osinfo-db and libosinfo-bin) read
// as libosinfo reads it, the oracle of what kvm-infra says about an osVariant: `osinfo-query os`
// for ids and names, the XML for resources and devices. An OS without its own x86_64 (or "all")
// resources takes those of the OS it derives from or clones; its devices are its own and those of
// every OS it derives from or clones, less any it marks supported="false".
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

export const OSINFO_DIR = "/usr/share/osinfo/os";
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

interface RawResources {
  "@_arch": string;
  minimum?: { ram?: number; storage?: number };
  "network-install"?: { ram?: number };
}
interface RawOs {
  "@_id": string;
  "short-id": string | string[];
  "derives-from"?: { "@_id": string } | { "@_id": string }[];
  clones?: { "@_id": string } | { "@_id": string }[];
  resources?: RawResources | RawResources[];
  devices?: { device?: { "@_id": string; "@_supported"?: string } | { "@_id": string; "@_supported"?: string }[] };
  tree?: { "@_arch": string; url?: string } | { "@_arch": string; url?: string }[];
}

export interface OsinfoOs {
  id: string;
  shortId: string;
  minRamMiB?: number;
  minStorageGiB?: number;
  networkInstallRamMiB?: number;
  /** Device ids, e.g. http://pcisig.com/pci/1af4/1041. */
  devices: Set<string>;
  /** The x86_64 install tree osinfo names. */
  treeUrl?: string;
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function assertInstalled(): void {
  if (!existsSync(OSINFO_DIR)) {
    throw new Error(`${OSINFO_DIR} is missing: install Debian's osinfo-db and libosinfo-bin (test/testbed/up.sh does)`);
  }
}

let byId: Map<string, RawOs> | undefined;

function database(): Map<string, RawOs> {
  if (byId) return byId;
  assertInstalled();
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: true });
  byId = new Map();
  for (const vendor of readdirSync(OSINFO_DIR)) {
    for (const file of readdirSync(join(OSINFO_DIR, vendor))) {
      if (!file.endsWith(".xml")) continue;
      const doc = parser.parse(readFileSync(join(OSINFO_DIR, vendor, file), "utf8"));
      for (const os of list<RawOs>(doc.libosinfo?.os)) byId.set(os["@_id"], os);
    }
  }
  return byId;
}

const parents = (os: RawOs): string[] => [...list(os["derives-from"]), ...list(os.clones)].map((p) => p["@_id"]);

function resources(os: RawOs): RawResources | undefined {
  const own = list(os.resources);
  const found = own.find((r) => r["@_arch"] === "x86_64") ?? own.find((r) => r["@_arch"] === "all");
  if (found) return found;
  for (const p of parents(os)) {
    const parent = database().get(p);
    const r = parent && resources(parent);
    if (r) return r;
  }
  return undefined;
}

function devices(os: RawOs): Set<string> {
  const out = new Set<string>();
  for (const p of parents(os)) {
    const parent = database().get(p);
    if (parent) for (const d of devices(parent)) out.add(d);
  }
  for (const d of list(os.devices?.device)) {
    if (d["@_supported"] === "false") out.delete(d["@_id"]);
    else out.add(d["@_id"]);
  }
  return out;
}

/** The OS of a libosinfo id, as libosinfo resolves it. */
export function osinfoOs(id: string): OsinfoOs {
  const os = database().get(id);
  if (!os) throw new Error(`osinfo-db has no OS ${id}`);
  const r = resources(os);
  const out: OsinfoOs = { id, shortId: list(os["short-id"])[0], devices: devices(os) };
  if (r?.minimum?.ram) out.minRamMiB = Number(r.minimum.ram) / MIB;
  if (r?.minimum?.storage) out.minStorageGiB = Number(r.minimum.storage) / GIB;
  if (r?.["network-install"]?.ram) out.networkInstallRamMiB = Number(r["network-install"].ram) / MIB;
  const tree = list(os.tree).find((t) => t["@_arch"] === "x86_64");
  if (tree?.url) out.treeUrl = String(tree.url);
  return out;
}

/** `osinfo-query os`: short id -> { id, name }, from libosinfo's own tool. */
export function osinfoQuery(): Map<string, { id: string; name: string }> {
  assertInstalled();
  const text = execFileSync("osinfo-query", ["os", "--fields=short-id,name,id"], { encoding: "utf8" });
  const out = new Map<string, { id: string; name: string }>();
  for (const line of text.split("\n").slice(2)) {
    const cols = line.split("|").map((c) => c.trim());
    if (cols.length === 3 && cols[0]) out.set(cols[0], { name: cols[1], id: cols[2] });
  }
  return out;
}

/** osinfo's ids of the virtio devices (legacy and 1.0) and the q35 chipset. */
export const OSINFO_DEVICE = {
  virtioNet: ["http://pcisig.com/pci/1af4/1000", "http://pcisig.com/pci/1af4/1041"],
  virtioBlock: ["http://pcisig.com/pci/1af4/1001", "http://pcisig.com/pci/1af4/1042"],
  virtioBalloon: ["http://pcisig.com/pci/1af4/1002", "http://pcisig.com/pci/1af4/1045"],
  virtioSerial: ["http://pcisig.com/pci/1af4/1003", "http://pcisig.com/pci/1af4/1043"],
  virtioRng: ["http://pcisig.com/pci/1af4/1005", "http://pcisig.com/pci/1af4/1044"],
  q35: ["http://qemu.org/chipset/x86/q35"],
};
