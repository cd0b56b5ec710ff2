// StoragePool's check (validation + defaults) and diff: pure, no host needed.
import { StoragePoolInputs } from "./inputs";
import { Checker, checkKnownKeys, Failure, isUnknown, stripUndefined } from "./validate";
import { diffInputs, DiffOutcome } from "./diff";
import type { FieldDifference } from "./adoption";

// Not referenced as an export inside this module: the closure serializer would leave `exports.X`.
const KEYS = ["uri", "name", "type", "sourceDevices", "volumeGroup", "targetPath", "build", "autostart", "wipeOnDelete", "adopt"] as const;
export const STORAGE_POOL_KEYS = KEYS;
const REPLACING = ["uri", "name", "type", "sourceDevices", "volumeGroup"];

/** Validates news and fills in the defaults so the state holds explicit values. */
export function checkStoragePool(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): { inputs: StoragePoolInputs; failures: Failure[] } {
  const c = new Checker();
  checkKnownKeys(c, news, KEYS);
  if (c.required(news, "uri", "uri")) c.uri(news.uri, "uri");
  if (c.required(news, "name", "name")) c.objectName(news.name, "name");
  if (c.required(news, "type", "type")) c.oneOf(news.type, "type", ["dir", "logical"]);
  c.boolean(news.build, "build");
  c.boolean(news.autostart, "autostart");
  c.boolean(news.wipeOnDelete, "wipeOnDelete");
  c.boolean(news.adopt, "adopt");
  c.absolutePath(news.targetPath, "targetPath");
  if (c.array(news.sourceDevices, "sourceDevices")) {
    news.sourceDevices.forEach((d, i) => c.absolutePath(d, `sourceDevices[${i}]`));
    if (news.sourceDevices.length === 0)
      c.fail("sourceDevices", 'sourceDevices must list at least one block device, e.g. ["/dev/sda2"], or be left unset');
  }
  if (news.volumeGroup !== undefined && !isUnknown(news.volumeGroup) && c.string(news.volumeGroup, "volumeGroup")) {
    const vg = news.volumeGroup as string;
    if (!/^[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}$/.test(vg) || vg === "." || vg === "..") {
      c.fail(
        "volumeGroup",
        `volumeGroup must be an LVM volume group name: 1-127 of A-Z a-z 0-9 + _ . - not starting with "-", got ${JSON.stringify(vg)}`,
      );
    }
  }
  if (news.type === "logical") {
    if (news.volumeGroup === undefined) c.fail("volumeGroup", "volumeGroup is required for a logical pool (the LVM volume group's name)");
    if (news.build === true && news.sourceDevices === undefined) {
      c.fail(
        "sourceDevices",
        "sourceDevices is required when build is true for a logical pool (the devices vgcreate puts the volume group on)",
      );
    }
  } else if (news.type === "dir") {
    if (news.targetPath === undefined) c.fail("targetPath", "targetPath is required for a dir pool (the directory that holds the volumes)");
    if (news.sourceDevices !== undefined)
      c.fail("sourceDevices", "sourceDevices only applies to logical pools; leave it unset for a dir pool");
    if (news.volumeGroup !== undefined) c.fail("volumeGroup", "volumeGroup only applies to logical pools; leave it unset for a dir pool");
  }
  const inputs = stripUndefined({
    ...news,
    targetPath:
      news.targetPath ?? (news.type === "logical" && typeof news.volumeGroup === "string" ? `/dev/${news.volumeGroup}` : undefined),
    build: news.build ?? false,
    autostart: news.autostart ?? true,
    wipeOnDelete: news.wipeOnDelete ?? false,
  }) as unknown as StoragePoolInputs;
  void olds;
  return { inputs, failures: c.failures };
}

export function diffStoragePool(olds: Record<string, unknown>, news: Record<string, unknown>): DiffOutcome {
  // adopt only steers create: turning it on or off for an existing pool changes nothing.
  return diffInputs(
    KEYS.filter((k) => k !== "adopt"),
    olds,
    news,
    (k) => REPLACING.includes(k),
  );
}

function sameDevices(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return [...a].sort().join("\0") === [...b].sort().join("\0");
}

/** What an existing pool (`live`, read back into the input shape) and the config disagree on that
 * cannot change in place: its type, volume group and devices (another VG or device is another pool). */
export function storagePoolAdoptConflicts(live: Partial<StoragePoolInputs>, configured: StoragePoolInputs): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (live.type !== configured.type) out.push({ field: "type", live: live.type, configured: configured.type });
  if (configured.volumeGroup !== undefined && live.volumeGroup !== configured.volumeGroup) {
    out.push({ field: "volumeGroup", live: live.volumeGroup, configured: configured.volumeGroup });
  }
  if (configured.sourceDevices !== undefined && !sameDevices(live.sourceDevices ?? [], configured.sourceDevices)) {
    out.push({ field: "sourceDevices", live: live.sourceDevices ?? [], configured: configured.sourceDevices });
  }
  return out;
}
