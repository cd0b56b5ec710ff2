// StorageVolume's check (validation, defaults, shrink refusal) and diff: pure, no host needed.
import { StorageVolumeInputs } from "./inputs";
import { Checker, checkKnownKeys, Failure, isUnknown, stripUndefined } from "./validate";
import { diffInputs, DiffOutcome } from "./diff";
import type { FieldDifference } from "./adoption";

// Not referenced as an export inside this module: the closure serializer would leave `exports.X`.
const KEYS = ["uri", "pool", "name", "capacityBytes", "format", "sparse", "source", "adopt"] as const;
export const STORAGE_VOLUME_KEYS = KEYS;
const REPLACING = ["uri", "pool", "name", "format"];

/** Validates news and fills in the defaults. With olds (an existing volume kept in place) a smaller
 * capacity is refused here, so `pulumi preview` already says why. */
export function checkStorageVolume(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): { inputs: StorageVolumeInputs; failures: Failure[] } {
  const c = new Checker();
  checkKnownKeys(c, news, KEYS);
  if (c.required(news, "uri", "uri")) c.uri(news.uri, "uri");
  if (c.required(news, "pool", "pool")) c.objectName(news.pool, "pool");
  if (c.required(news, "name", "name")) c.volumeName(news.name, "name");
  if (c.required(news, "capacityBytes", "capacityBytes")) {
    c.integer(news.capacityBytes, "capacityBytes", 1, Number.MAX_SAFE_INTEGER, "bytes");
  }
  c.oneOf(news.format, "format", ["raw", "qcow2"]);
  c.boolean(news.sparse, "sparse");
  c.boolean(news.adopt, "adopt");
  if (c.object(news.source, "source", ["url", "path"])) {
    const s = news.source;
    if ((s.url === undefined) === (s.path === undefined)) {
      c.fail("source", "source must set exactly one of url (http:// or https://) or path (an absolute local file path)");
    }
    c.httpUrl(s.url, "source.url");
    c.absolutePath(s.path, "source.path");
  }
  const inputs = stripUndefined({ ...news, format: news.format ?? "raw", sparse: news.sparse ?? true }) as unknown as StorageVolumeInputs;

  const sameVolume =
    olds &&
    typeof olds.capacityBytes === "number" &&
    olds.uri === inputs.uri &&
    olds.pool === inputs.pool &&
    olds.name === inputs.name &&
    (olds.format ?? "raw") === inputs.format;
  if (
    sameVolume &&
    typeof inputs.capacityBytes === "number" &&
    !isUnknown(inputs.capacityBytes) &&
    inputs.capacityBytes < (olds.capacityBytes as number)
  ) {
    c.fail(
      "capacityBytes",
      `capacityBytes cannot shrink from ${olds.capacityBytes} to ${inputs.capacityBytes} bytes: shrinking cuts off the end of the ` +
        "volume and with it whatever the guest's file systems keep there; only growing is done in place. To really start " +
        "over with a smaller volume, give it a new name (the old one is replaced).",
    );
  }
  return { inputs, failures: c.failures };
}

export function diffStorageVolume(olds: Record<string, unknown>, news: Record<string, unknown>): DiffOutcome {
  // adopt only steers create: turning it on or off for an existing volume changes nothing.
  return diffInputs(
    KEYS.filter((k) => k !== "adopt"),
    olds,
    news,
    (k) => REPLACING.includes(k),
  );
}

/** What an existing volume and the config disagree on that adoption will not change: its format
 * (another format is another volume) and a capacity above the configured one (it may only grow). */
export function storageVolumeAdoptConflicts(live: Partial<StorageVolumeInputs>, configured: StorageVolumeInputs): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (live.format !== undefined && configured.format !== undefined && live.format !== configured.format) {
    out.push({ field: "format", live: live.format, configured: configured.format });
  }
  if (typeof live.capacityBytes === "number" && live.capacityBytes > configured.capacityBytes) {
    out.push({ field: "capacityBytes", live: live.capacityBytes, configured: configured.capacityBytes });
  }
  return out;
}
