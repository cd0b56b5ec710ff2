// A writer for ISO 9660 (ECMA-119) images with a Joliet tree, just enough for a cloud-init NoCloud
// seed: one root directory of small files. Joliet gives the files their real lower-case names with
// dashes (`user-data`), which Linux's isofs, blkid, xorriso and isoinfo all read; the primary tree
// carries d-character names (`USER_DATA.;1`) for readers without Joliet. Output depends only on the
// inputs, so the same seed always has the same bytes.

/** One file in the image's root directory. */
export interface IsoFile {
  /** The name as the guest sees it (Joliet), e.g. "user-data". No "/". */
  name: string;
  data: Buffer;
}

export interface IsoOptions {
  /** Volume identifier (the filesystem label), up to 16 characters, e.g. "cidata". */
  volumeId: string;
  files: IsoFile[];
  /** Recorded as every creation and modification date; blkid reports the volume's UUID from it. */
  timestamp: Date;
  /** Application identifier, up to 64 characters. Defaults to none. */
  applicationId?: string;
}

export class IsoError extends Error {
  constructor(message: string) {
    super(message);
    // Set again: under Pulumi's closure serializer super() leaves message unset.
    this.message = message;
    this.name = "IsoError";
  }
}

const SECTOR = 2048;
/** Sectors 0-15 are the system area (ECMA-119 6.2.1). */
const FIRST_DESCRIPTOR = 16;
/** Trailing zero sectors, as genisoimage pads by default: some CD drivers read ahead past the end. */
const PAD_SECTORS = 150;
/** Joliet UCS-2 level 3 escape sequence "%/E" in the supplementary volume descriptor. */
const JOLIET_ESCAPE = [0x25, 0x2f, 0x45];
const MAX_JOLIET_NAME = 64;
const MAX_PRIMARY_NAME = 30;
const VOLUME_ID = /^[A-Za-z0-9_-]{1,16}$/;

// Numbers are recorded little-endian, big-endian, or both in turn (ECMA-119 7.2, 7.3).
function both16(buf: Buffer, off: number, v: number): void {
  buf.writeUInt16LE(v, off);
  buf.writeUInt16BE(v, off + 2);
}
function both32(buf: Buffer, off: number, v: number): void {
  buf.writeUInt32LE(v, off);
  buf.writeUInt32BE(v, off + 4);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The 17-byte date of a volume descriptor (ECMA-119 8.4.26.1): digits, then the GMT offset 0. */
function descriptorDate(d: Date | undefined): Buffer {
  const b = Buffer.alloc(17, 0);
  const digits = d
    ? `${String(d.getUTCFullYear()).padStart(4, "0")}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}` +
      `${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}00`
    : "0000000000000000";
  b.write(digits, 0, "ascii");
  return b;
}

/** The 7-byte date of a directory record (ECMA-119 9.1.5). */
function recordDate(d: Date): Buffer {
  return Buffer.from([
    d.getUTCFullYear() - 1900,
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    0,
  ]);
}

/** Identifier field: ASCII (primary) or UCS-2 big-endian (Joliet), padded with spaces. */
function identifier(text: string, size: number, joliet: boolean): Buffer {
  const b = Buffer.alloc(size);
  if (!joliet) {
    b.fill(0x20);
    b.write(text, 0, "ascii");
    return b;
  }
  for (let i = 0; i + 1 < size; i += 2) b.writeUInt16BE(0x20, i);
  ucs2(text).copy(b, 0);
  return b;
}

function ucs2(text: string): Buffer {
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

/** A primary-tree name in d-characters (ECMA-119 7.4.1): upper case, others as "_", ";1" version. */
function primaryName(name: string): string {
  const upper = name.toUpperCase().replace(/[^A-Z0-9_.]/g, "_");
  const dot = upper.lastIndexOf(".");
  const [base, ext] = dot < 0 ? [upper, ""] : [upper.slice(0, dot).replace(/\./g, "_"), upper.slice(dot + 1)];
  return `${base.slice(0, MAX_PRIMARY_NAME - 1 - ext.length)}.${ext};1`;
}

interface Extent {
  sector: number;
  size: number;
}

/** One directory record (ECMA-119 9.1); `id` is the file identifier's bytes. */
function directoryRecord(id: Buffer, extent: Extent, isDir: boolean, date: Date): Buffer {
  const len = 33 + id.length + (id.length % 2 === 0 ? 1 : 0);
  const r = Buffer.alloc(len);
  r[0] = len;
  r[1] = 0;
  both32(r, 2, extent.sector);
  both32(r, 10, extent.size);
  recordDate(date).copy(r, 18);
  r[25] = isDir ? 0x02 : 0x00;
  both16(r, 28, 1);
  r[32] = id.length;
  id.copy(r, 33);
  return r;
}

/** The path table of a tree with only its root (ECMA-119 9.4): one 10-byte entry. */
function pathTable(rootSector: number, bigEndian: boolean): Buffer {
  const t = Buffer.alloc(10);
  t[0] = 1;
  if (bigEndian) t.writeUInt32BE(rootSector, 2);
  else t.writeUInt32LE(rootSector, 2);
  if (bigEndian) t.writeUInt16BE(1, 6);
  else t.writeUInt16LE(1, 6);
  return t;
}

interface TreeLayout {
  joliet: boolean;
  lPathSector: number;
  mPathSector: number;
  rootSector: number;
}

function volumeDescriptor(opts: IsoOptions, tree: TreeLayout, totalSectors: number, rootRecord: Buffer): Buffer {
  const d = Buffer.alloc(SECTOR);
  const j = tree.joliet;
  d[0] = j ? 2 : 1;
  d.write("CD001", 1, "ascii");
  d[6] = 1;
  identifier("", 32, j).copy(d, 8);
  identifier(opts.volumeId, 32, j).copy(d, 40);
  both32(d, 80, totalSectors);
  if (j) Buffer.from(JOLIET_ESCAPE).copy(d, 88);
  both16(d, 120, 1);
  both16(d, 124, 1);
  both16(d, 128, SECTOR);
  both32(d, 132, 10);
  d.writeUInt32LE(tree.lPathSector, 140);
  d.writeUInt32BE(tree.mPathSector, 148);
  rootRecord.copy(d, 156);
  identifier("", 128, j).copy(d, 190);
  identifier("", 128, j).copy(d, 318);
  identifier("", 128, j).copy(d, 446);
  identifier(opts.applicationId ?? "", 128, j).copy(d, 574);
  identifier("", 37, j).copy(d, 702);
  identifier("", 37, j).copy(d, 739);
  identifier("", 37, j).copy(d, 776);
  descriptorDate(opts.timestamp).copy(d, 813);
  descriptorDate(opts.timestamp).copy(d, 830);
  descriptorDate(undefined).copy(d, 847);
  descriptorDate(undefined).copy(d, 864);
  d[881] = 1;
  return d;
}

function terminator(): Buffer {
  const d = Buffer.alloc(SECTOR);
  d[0] = 255;
  d.write("CD001", 1, "ascii");
  d[6] = 1;
  return d;
}

function checkOptions(opts: IsoOptions): void {
  if (!VOLUME_ID.test(opts.volumeId))
    throw new IsoError(`volumeId: must be 1-16 characters A-Z a-z 0-9 _ - (got ${JSON.stringify(opts.volumeId)})`);
  if (
    !(opts.timestamp instanceof Date) ||
    isNaN(opts.timestamp.getTime()) ||
    opts.timestamp.getUTCFullYear() < 1970 ||
    opts.timestamp.getUTCFullYear() > 2155
  )
    throw new IsoError("timestamp: must be a valid date between 1970 and 2155");
  if (opts.applicationId !== undefined && !/^[\x20-\x7e]{0,64}$/.test(opts.applicationId))
    throw new IsoError("applicationId: must be up to 64 printable ASCII characters");
  const seen = new Map<string, string>();
  for (const f of opts.files) {
    if (!/^[\x21-\x7e]+$/.test(f.name) || f.name.includes("/") || f.name.length > MAX_JOLIET_NAME || f.name === "." || f.name === "..")
      throw new IsoError(
        `files: name ${JSON.stringify(f.name)} must be 1-${MAX_JOLIET_NAME} printable ASCII characters without "/" or spaces`,
      );
    const p = primaryName(f.name);
    const other = seen.get(p);
    if (other !== undefined)
      throw new IsoError(`files: ${JSON.stringify(other)} and ${JSON.stringify(f.name)} have the same ISO 9660 name ${p}`);
    seen.set(p, f.name);
  }
}

/** Writes the image: system area, primary and Joliet descriptors, terminator, path tables, the two
 * root directories (sharing the file extents), the files, then padding. */
export function writeIso9660(opts: IsoOptions): Buffer {
  checkOptions(opts);
  const date = opts.timestamp;
  const primary: TreeLayout = { joliet: false, lPathSector: 19, mPathSector: 20, rootSector: 23 };
  const joliet: TreeLayout = { joliet: true, lPathSector: 21, mPathSector: 22, rootSector: 24 };
  // Directory records are sorted by identifier (ECMA-119 9.3); the two name forms sort alike here
  // only by luck, so each tree sorts its own.
  let next = 25;
  const extents = opts.files.map((f) => {
    const e: Extent = { sector: f.data.length === 0 ? 0 : next, size: f.data.length };
    next += Math.ceil(f.data.length / SECTOR);
    return e;
  });
  const dataEnd = next;
  const totalSectors = dataEnd + PAD_SECTORS;

  const rootDir = (tree: TreeLayout): Buffer => {
    const self: Extent = { sector: tree.rootSector, size: SECTOR };
    const entries = opts.files
      .map((f, i) => ({ id: tree.joliet ? ucs2(f.name) : Buffer.from(primaryName(f.name), "ascii"), extent: extents[i] }))
      .sort((a, b) => Buffer.compare(a.id, b.id));
    const records = [
      directoryRecord(Buffer.from([0]), self, true, date),
      directoryRecord(Buffer.from([1]), self, true, date),
      ...entries.map((e) => directoryRecord(e.id, e.extent, false, date)),
    ];
    const body = Buffer.concat(records);
    // A record never crosses a sector; a seed's handful of files fits one sector by far.
    if (body.length > SECTOR) throw new IsoError(`files: too many files for one directory sector (${opts.files.length})`);
    const sector = Buffer.alloc(SECTOR);
    body.copy(sector);
    return sector;
  };
  const rootRecord = (tree: TreeLayout) => directoryRecord(Buffer.from([0]), { sector: tree.rootSector, size: SECTOR }, true, date);

  const out = Buffer.alloc(totalSectors * SECTOR);
  const put = (sector: number, b: Buffer) => b.copy(out, sector * SECTOR);
  put(FIRST_DESCRIPTOR, volumeDescriptor(opts, primary, totalSectors, rootRecord(primary)));
  put(FIRST_DESCRIPTOR + 1, volumeDescriptor(opts, joliet, totalSectors, rootRecord(joliet)));
  put(FIRST_DESCRIPTOR + 2, terminator());
  for (const tree of [primary, joliet]) {
    put(tree.lPathSector, pathTable(tree.rootSector, false));
    put(tree.mPathSector, pathTable(tree.rootSector, true));
    put(tree.rootSector, rootDir(tree));
  }
  opts.files.forEach((f, i) => {
    if (f.data.length > 0) put(extents[i].sector, f.data);
  });
  return out;
}
