// A writer for cpio archives in the "newc" format (magic 070701), the one the Linux kernel unpacks
// from an initramfs. Used to inject ks.cfg into the install tree's initrd and to build test initramfs.

/** S_IFMT type bits of a cpio entry's mode. */
const CpioType = {
  FILE: 0o100000,
  DIRECTORY: 0o040000,
  SYMLINK: 0o120000,
  CHAR_DEVICE: 0o020000,
  BLOCK_DEVICE: 0o060000,
} as const;

export interface CpioEntry {
  /** Path inside the archive, without a leading slash (e.g. "ks.cfg", "bin/busybox"). */
  name: string;
  /** Full mode: type bits (CpioType) | permission bits, e.g. CpioType.FILE | 0o644. */
  mode: number;
  /** File content; a symlink's target. Empty for directories and devices. */
  data?: Buffer | string;
  uid?: number;
  gid?: number;
  /** Seconds since the epoch. Defaults to 0 so that archives are reproducible. */
  mtime?: number;
  /** Device numbers of a character or block device node. */
  rdevMajor?: number;
  rdevMinor?: number;
}

const MAGIC = "070701";
const HEADER_SIZE = 110;
const TRAILER = "TRAILER!!!";
const MAX_FIELD = 0xffffffff;

export const cpioFile = (name: string, data: Buffer | string, perm = 0o644): CpioEntry => ({
  name,
  mode: CpioType.FILE | perm,
  data,
});
export const cpioDir = (name: string, perm = 0o755): CpioEntry => ({ name, mode: CpioType.DIRECTORY | perm });
export const cpioSymlink = (name: string, target: string): CpioEntry => ({
  name,
  mode: CpioType.SYMLINK | 0o777,
  data: target,
});
export const cpioCharDevice = (name: string, major: number, minor: number, perm = 0o600): CpioEntry => ({
  name,
  mode: CpioType.CHAR_DEVICE | perm,
  rdevMajor: major,
  rdevMinor: minor,
});

function hex8(value: number, field: string, entry: string): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_FIELD) {
    throw new RangeError(`cpio entry "${entry}": ${field} ${value} does not fit in 32 bits`);
  }
  return value.toString(16).padStart(8, "0");
}

const pad4 = (n: number): number => (4 - (n % 4)) % 4;

function encodeEntry(e: CpioEntry, ino: number): Buffer[] {
  const name = Buffer.from(e.name + "\0", "utf8");
  const data = e.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, "utf8");
  const isTrailer = e.name === TRAILER;
  const fields = [
    ino,
    e.mode,
    e.uid ?? 0,
    e.gid ?? 0,
    isTrailer ? 1 : (e.mode & 0o170000) === CpioType.DIRECTORY ? 2 : 1,
    e.mtime ?? 0,
    data.length,
    0, // devmajor: the archive's own device, irrelevant for an initramfs
    0, // devminor
    e.rdevMajor ?? 0,
    e.rdevMinor ?? 0,
    name.length,
    0, // check: only used by the "070702" crc variant
  ];
  const names = [
    "ino",
    "mode",
    "uid",
    "gid",
    "nlink",
    "mtime",
    "filesize",
    "devmajor",
    "devminor",
    "rdevmajor",
    "rdevminor",
    "namesize",
    "check",
  ];
  const header = MAGIC + fields.map((v, i) => hex8(v, names[i], e.name)).join("");
  return [Buffer.from(header, "ascii"), name, Buffer.alloc(pad4(HEADER_SIZE + name.length)), data, Buffer.alloc(pad4(data.length))];
}

function validate(e: CpioEntry): void {
  if (!e.name || e.name.startsWith("/") || e.name.includes("\0")) {
    throw new Error(`cpio entry name "${e.name}" must be a non-empty relative path without NUL`);
  }
  if (e.name === TRAILER) throw new Error(`cpio entry name "${TRAILER}" is reserved for the trailer`);
  const type = e.mode & 0o170000;
  if (!Object.values(CpioType).includes(type as never)) {
    throw new Error(`cpio entry "${e.name}": mode ${e.mode.toString(8)} has no known file type bits`);
  }
}

/** The archive holding `entries` in order, ended by the TRAILER!!! entry; every header and every
 * data block starts on a 4-byte boundary, as the newc format requires. */
export function writeCpio(entries: CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  entries.forEach((e, i) => {
    validate(e);
    parts.push(...encodeEntry(e, i + 1));
  });
  parts.push(...encodeEntry({ name: TRAILER, mode: 0 }, 0));
  return Buffer.concat(parts);
}

// An export list: functions here read CpioType, and an in-module read of an `export const` would
// become a dangling `exports.CpioType` in a serialized provider.
export { CpioType };
