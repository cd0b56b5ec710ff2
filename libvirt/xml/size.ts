// Sizes as libvirt writes them (a number with a unit attribute), and conversions between units.

/** Units libvirt accepts: "KB" style are powers of 1000, "k"/"KiB" style powers of 1024. */
export type SizeUnit =
  | "b"
  | "bytes"
  | "KB"
  | "k"
  | "K"
  | "KiB"
  | "MB"
  | "M"
  | "MiB"
  | "GB"
  | "G"
  | "GiB"
  | "TB"
  | "T"
  | "TiB"
  | "PB"
  | "P"
  | "PiB"
  | "EB"
  | "E"
  | "EiB";

/** A quantity with its unit; without a unit the element's default applies (KiB for memory, bytes for storage). */
export interface Size {
  value: number;
  unit?: SizeUnit;
}

const FACTORS: Record<string, number> = {
  b: 1,
  bytes: 1,
  kb: 1e3,
  k: 1024,
  kib: 1024,
  mb: 1e6,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1e9,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  tb: 1e12,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  pb: 1e15,
  p: 1024 ** 5,
  pib: 1024 ** 5,
  eb: 1e18,
  e: 1024 ** 6,
  eib: 1024 ** 6,
};

export function unitFactor(unit: string): number {
  // libvirt reads units case-insensitively; "KB" (1000) and "k"/"KiB" (1024) still differ in base.
  const f = FACTORS[unit.toLowerCase()];
  if (f === undefined) throw new Error(`unknown size unit ${JSON.stringify(unit)}`);
  return f;
}

/** Bytes in a size; `defaultUnit` is the unit libvirt assumes when none is written. */
export function toBytes(size: Size, defaultUnit: SizeUnit = "b"): number {
  return size.value * unitFactor(size.unit ?? defaultUnit);
}

/** KiB in a size (memory's canonical unit); defaults to KiB when no unit is written. */
export function toKiB(size: Size, defaultUnit: SizeUnit = "KiB"): number {
  return toBytes(size, defaultUnit) / 1024;
}
