// The XDR codec driven by data: libvirt/rpc/gen/remote-protocol.gen.ts describes every type of
// remote_protocol.x as an XdrType (plain objects, so Pulumi's closure serializer carries them as
// they are), and encodeXdr/decodeXdr walk that description. One hand-written interpreter instead of
// a hand-written reader and writer per procedure.
import { XdrReader, XdrWriter, XdrError } from "./xdr";

/** How one XDR type is laid out on the wire. `char` is a 4-byte signed int, as rpcgen encodes it. */
export type XdrType =
  | { readonly k: "int" | "uint" | "char" | "uchar" | "short" | "ushort" | "hyper" | "uhyper" | "bool" | "double" | "float" }
  | { readonly k: "string"; readonly max: number }
  | { readonly k: "opaque"; readonly max: number }
  | { readonly k: "fixedOpaque"; readonly len: number }
  /** remote_uuid: 16 bytes on the wire, the 36-character lowercase form in TypeScript. */
  | { readonly k: "uuid" }
  | { readonly k: "array"; readonly of: XdrType; readonly max: number }
  | { readonly k: "fixedArray"; readonly of: XdrType; readonly len: number }
  /** `T *x`: null when absent. */
  | { readonly k: "optional"; readonly of: XdrType }
  | { readonly k: "struct"; readonly name: string; readonly f: readonly (readonly [string, XdrType])[] }
  /** The discriminant is the field `d`; each case is [value, arm field name or null for void, arm type]. */
  | {
      readonly k: "union";
      readonly name: string;
      readonly d: string;
      readonly dt: XdrType;
      readonly c: readonly (readonly [number, string | null, XdrType | null])[];
    };

/** One procedure of a remote program: its number, name, XDR shapes and libvirt's annotations. */
export interface ProcedureSpec<Args, Ret> {
  readonly proc: number;
  /** The name without REMOTE_PROC_, e.g. DOMAIN_GET_XML_DESC. */
  readonly name: string;
  /** remote_<name>_args, or null when the call takes none. */
  readonly args: XdrType | null;
  /** remote_<name>_ret, or null when the reply is empty. */
  readonly ret: XdrType | null;
  /** remote_<name>_msg for events the daemon sends. */
  readonly msg: XdrType | null;
  /** @readstream / @writestream: the call opens a stream (read: daemon to client). */
  readonly stream: "read" | "write" | null;
  readonly priority: "low" | "high";
  readonly acl: readonly string[];
  /** Type-only: the TypeScript types of args and ret (never set at runtime). */
  readonly types?: { args: Args; ret: Ret };
}

function uuidString(b: Buffer): string {
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The 16 bytes of a uuid in its 32-hex-digit form (dashes optional), or null if it is not one. */
function uuidBytes(uuid: unknown): Buffer | null {
  const hex = typeof uuid === "string" ? uuid.replace(/-/g, "") : "";
  return /^[0-9a-fA-F]{32}$/.test(hex) ? Buffer.from(hex, "hex") : null;
}

function write(w: XdrWriter, t: XdrType, v: unknown, where: string): void {
  switch (t.k) {
    case "int":
    case "char":
    case "short":
      w.i32(v as number);
      return;
    case "uint":
    case "uchar":
    case "ushort":
      w.u32(v as number);
      return;
    case "hyper":
      w.i64(v as number);
      return;
    case "uhyper":
      w.u64(v as number);
      return;
    case "bool":
      w.bool(v as boolean);
      return;
    case "double":
    case "float": {
      const b = Buffer.alloc(8);
      if (t.k === "double") b.writeDoubleBE(v as number);
      else b.writeFloatBE(v as number);
      w.fixedOpaque(t.k === "double" ? b : b.subarray(0, 4), t.k === "double" ? 8 : 4);
      return;
    }
    case "string":
      if (typeof v !== "string") throw new XdrError(`${where}: expected a string, got ${typeof v}`);
      w.string(v, t.max);
      return;
    case "opaque": {
      const b = v as Buffer;
      if (b.length > t.max) throw new XdrError(`${where}: opaque of ${b.length} bytes exceeds the limit of ${t.max}`);
      w.opaque(b);
      return;
    }
    case "fixedOpaque":
      w.fixedOpaque(v as Buffer, t.len);
      return;
    case "uuid": {
      const b = uuidBytes(v);
      if (!b) throw new XdrError(`${where}: not a uuid: "${String(v)}"`);
      w.fixedOpaque(b, 16);
      return;
    }
    case "array": {
      const a = v as unknown[];
      if (!Array.isArray(a)) throw new XdrError(`${where}: expected an array`);
      if (a.length > t.max) throw new XdrError(`${where}: array of ${a.length} items exceeds the limit of ${t.max}`);
      w.u32(a.length);
      a.forEach((item, i) => write(w, t.of, item, `${where}[${i}]`));
      return;
    }
    case "fixedArray": {
      const a = v as unknown[];
      if (!Array.isArray(a) || a.length !== t.len) throw new XdrError(`${where}: expected an array of ${t.len} items`);
      a.forEach((item, i) => write(w, t.of, item, `${where}[${i}]`));
      return;
    }
    case "optional":
      if (v === null || v === undefined) w.u32(0);
      else {
        w.u32(1);
        write(w, t.of, v, where);
      }
      return;
    case "struct": {
      const o = v as Record<string, unknown>;
      if (typeof o !== "object" || o === null) throw new XdrError(`${where}: expected ${t.name}`);
      for (const [name, ft] of t.f) write(w, ft, o[name], `${where}.${name}`);
      return;
    }
    case "union": {
      const o = v as Record<string, unknown>;
      const disc = o[t.d] as number;
      const arm = t.c.find((c) => c[0] === disc);
      if (!arm) throw new XdrError(`${where}: ${t.name} has no case ${String(disc)}`);
      write(w, t.dt, disc, `${where}.${t.d}`);
      if (arm[1] !== null && arm[2] !== null) write(w, arm[2], o[arm[1]], `${where}.${arm[1]}`);
      return;
    }
  }
}

function read(r: XdrReader, t: XdrType): unknown {
  switch (t.k) {
    case "int":
    case "char":
    case "short":
      return r.i32();
    case "uint":
    case "uchar":
    case "ushort":
      return r.u32();
    case "hyper":
      return r.i64();
    case "uhyper":
      return r.u64();
    case "bool":
      return r.bool();
    case "double":
      return r.fixedOpaque(8).readDoubleBE(0);
    case "float":
      return r.fixedOpaque(4).readFloatBE(0);
    case "string":
      return r.string(t.max);
    case "opaque":
      return r.opaque(t.max);
    case "fixedOpaque":
      return r.fixedOpaque(t.len);
    case "uuid":
      return uuidString(r.fixedOpaque(16));
    case "array":
      return r.array(() => read(r, t.of), t.max);
    case "fixedArray": {
      const out: unknown[] = [];
      for (let i = 0; i < t.len; i++) out.push(read(r, t.of));
      return out;
    }
    case "optional":
      return r.optional(() => read(r, t.of));
    case "struct": {
      const o: Record<string, unknown> = {};
      for (const [name, ft] of t.f) o[name] = read(r, ft);
      return o;
    }
    case "union": {
      const disc = read(r, t.dt) as number;
      const arm = t.c.find((c) => c[0] === disc);
      if (!arm) throw new XdrError(`${t.name}: unknown case ${disc}`);
      const o: Record<string, unknown> = { [t.d]: disc };
      if (arm[1] !== null && arm[2] !== null) o[arm[1]] = read(r, arm[2]);
      return o;
    }
  }
}

/** Appends `value` as `type` to `w`; `where` names the value in errors (e.g. "DOMAIN_GET_XML_DESC args"). */
export function encodeXdr(w: XdrWriter, type: XdrType, value: unknown, where = "value"): XdrWriter {
  write(w, type, value, where);
  return w;
}

/** Reads one `type` from `r`. */
export function decodeXdr<T>(r: XdrReader, type: XdrType): T {
  return read(r, type) as T;
}

/** The payload of a call with these arguments (empty for procedures without arguments). */
export function encodeArgs<A, R>(spec: ProcedureSpec<A, R>, args: A): Buffer {
  if (!spec.args) return Buffer.alloc(0);
  return encodeXdr(new XdrWriter(), spec.args, args, `${spec.name} args`).toBuffer();
}

/** The reply of a call, checked to be consumed exactly. */
export function decodeRet<A, R>(spec: ProcedureSpec<A, R>, payload: Buffer): R {
  if (!spec.ret) return undefined as R;
  const r = new XdrReader(payload);
  const v = read(r, spec.ret) as R;
  if (r.remaining !== 0)
    throw new XdrError(`${spec.name} reply: ${r.remaining} bytes left after ${spec.ret.k === "struct" ? spec.ret.name : "it"}`);
  return v;
}

export { uuidString, uuidBytes };
