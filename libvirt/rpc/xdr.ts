// XDR (RFC 4506) encoding and decoding for the shapes libvirt's remote protocol uses: big-endian
// 4-byte units, strings and opaques padded to 4, 64-bit hypers kept exact through bigint.
import { KvmInfraError } from "./base-error";

// For Pulumi's closure serializer: constants are exported from the list at the end (it would leave
// this module's own reads of an `export const` as a dangling `exports.X`), and the error assigns
// its message (the serialized super(message) sets none).

/** Longest string libvirt accepts in a message (VIR_NET_MESSAGE_STRING_MAX). */
const XDR_STRING_MAX = 4 * 1024 * 1024;

export class XdrError extends KvmInfraError {
  constructor(message: string) {
    super("XdrError", message);
  }
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

/** Appends XDR values to a growing buffer. */
export class XdrWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initialSize = 256) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  get length(): number {
    return this.pos;
  }

  u32(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new XdrError(`not an unsigned 32-bit integer: ${v}`);
    this.ensure(4);
    this.buf.writeUInt32BE(v, this.pos);
    this.pos += 4;
    return this;
  }

  i32(v: number): this {
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new XdrError(`not a signed 32-bit integer: ${v}`);
    this.ensure(4);
    this.buf.writeInt32BE(v, this.pos);
    this.pos += 4;
    return this;
  }

  bool(v: boolean): this {
    return this.i32(v ? 1 : 0);
  }

  /** unsigned hyper; numbers must be safe integers so no byte count is silently rounded. */
  u64(v: number | bigint): this {
    const b = typeof v === "bigint" ? v : toBigIntChecked(v, "unsigned hyper");
    if (b < BigInt(0) || b > BigInt("0xffffffffffffffff")) throw new XdrError(`not an unsigned 64-bit integer: ${v}`);
    this.ensure(8);
    this.buf.writeBigUInt64BE(b, this.pos);
    this.pos += 8;
    return this;
  }

  i64(v: number | bigint): this {
    const b = typeof v === "bigint" ? v : toBigIntChecked(v, "hyper");
    this.ensure(8);
    this.buf.writeBigInt64BE(b, this.pos);
    this.pos += 8;
    return this;
  }

  /** Fixed-length opaque (e.g. a 16-byte uuid): no length word. */
  fixedOpaque(data: Buffer, size: number): this {
    if (data.length !== size) throw new XdrError(`fixed opaque needs ${size} bytes, got ${data.length}`);
    this.ensure(size + pad4(size));
    data.copy(this.buf, this.pos);
    this.pos += size;
    this.zeros(pad4(size));
    return this;
  }

  /** Variable-length opaque: length word, bytes, zero padding. */
  opaque(data: Buffer): this {
    this.u32(data.length);
    this.ensure(data.length + pad4(data.length));
    data.copy(this.buf, this.pos);
    this.pos += data.length;
    this.zeros(pad4(data.length));
    return this;
  }

  string(s: string, max = XDR_STRING_MAX): this {
    const data = Buffer.from(s, "utf8");
    if (data.length > max) throw new XdrError(`string of ${data.length} bytes exceeds the limit of ${max}`);
    return this.opaque(data);
  }

  /** remote_string: a pointer to a string, null encoded as 0. */
  optString(s: string | null | undefined): this {
    if (s === null || s === undefined) return this.u32(0);
    this.u32(1);
    return this.string(s);
  }

  private zeros(n: number): void {
    for (let i = 0; i < n; i++) this.buf[this.pos++] = 0;
  }

  /** The encoded bytes (a copy-free view). */
  toBuffer(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

function toBigIntChecked(v: number, what: string): bigint {
  if (!Number.isSafeInteger(v)) throw new XdrError(`${what} must be a safe integer, got ${v}`);
  return BigInt(v);
}

/** Reads XDR values from a buffer, failing loudly on truncation. */
export class XdrReader {
  private pos = 0;

  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) {
      throw new XdrError(`truncated XDR data: need ${n} bytes at offset ${this.pos}, have ${this.buf.length - this.pos}`);
    }
  }

  u32(): number {
    this.need(4);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  i32(): number {
    this.need(4);
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  bool(): boolean {
    return this.i32() !== 0;
  }

  u64Big(): bigint {
    this.need(8);
    const v = this.buf.readBigUInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  i64Big(): bigint {
    this.need(8);
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  /** unsigned hyper as a number; throws rather than round a value past 2^53. */
  u64(): number {
    const v = this.u64Big();
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new XdrError(`unsigned hyper ${v} exceeds Number.MAX_SAFE_INTEGER`);
    return Number(v);
  }

  i64(): number {
    const v = this.i64Big();
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new XdrError(`hyper ${v} is outside the safe integer range`);
    }
    return Number(v);
  }

  fixedOpaque(size: number): Buffer {
    this.need(size + pad4(size));
    const v = Buffer.from(this.buf.subarray(this.pos, this.pos + size));
    this.pos += size + pad4(size);
    return v;
  }

  opaque(max = 0xffffffff): Buffer {
    const len = this.u32();
    if (len > max) throw new XdrError(`opaque of ${len} bytes exceeds the limit of ${max}`);
    return this.fixedOpaque(len);
  }

  string(max = XDR_STRING_MAX): string {
    const len = this.u32();
    if (len > max) throw new XdrError(`string of ${len} bytes exceeds the limit of ${max}`);
    this.need(len + pad4(len));
    const s = this.buf.toString("utf8", this.pos, this.pos + len);
    this.pos += len + pad4(len);
    return s;
  }

  optString(): string | null {
    return this.optional(() => this.string());
  }

  optional<T>(read: () => T): T | null {
    const present = this.u32();
    if (present === 0) return null;
    if (present !== 1) throw new XdrError(`bad optional discriminant ${present}`);
    return read();
  }

  array<T>(read: () => T, max = 0xffffffff): T[] {
    const n = this.u32();
    if (n > max) throw new XdrError(`array of ${n} items exceeds the limit of ${max}`);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(read());
    return out;
  }
}

export { XDR_STRING_MAX };
