// The XDR codec driven by data: libvirt/rpc/gen/remote-protocol.gen.ts describes every type of
// remote_protocol.x as a shape string (below), and encodeXdr/decodeXdr walk that description. One
// hand-written interpreter instead of a hand-written reader and writer per procedure. Shapes are
// strings, not object trees, because Pulumi's closure serializer writes every captured object out
// as statements: as trees, the ~70 procedures the providers use cost 220 kB per serialized
// provider; as strings, a few kB.
import { XdrReader, XdrWriter, XdrError } from "./xdr";

/**
 * An XDR type in a compact notation, with every named type inlined:
 * `i` int, `u` unsigned int, `h` hyper, `H` unsigned hyper, `c` char, `C` unsigned char (4 bytes on
 * the wire, as rpcgen encodes them), `t` short, `T` unsigned short, `b` bool, `d` double, `f` float,
 * `s<max>` string, `o<max>` opaque, `x<len>` fixed opaque, `U` remote_uuid (16 bytes on the wire, the
 * 36-character lowercase form here), `a<max>:<T>` variable array, `A<len>:<T>` fixed array, `?<T>`
 * optional (null when absent), `{name:<T>,...}` struct, `<disc:<T>|1=name:<T>|2>` union switch on
 * the field `disc` (a case without `=` is void). remote_nonnull_domain is `{name:s4194304,uuid:U,id:i}`.
 */
export type XdrShape = string;

/** A shape, parsed. */
export type XdrType =
  | { readonly k: "int" | "uint" | "char" | "uchar" | "short" | "ushort" | "hyper" | "uhyper" | "bool" | "double" | "float" | "uuid" }
  | { readonly k: "string"; readonly max: number }
  | { readonly k: "opaque"; readonly max: number }
  | { readonly k: "fixedOpaque"; readonly len: number }
  | { readonly k: "array"; readonly of: XdrType; readonly max: number }
  | { readonly k: "fixedArray"; readonly of: XdrType; readonly len: number }
  | { readonly k: "optional"; readonly of: XdrType }
  | { readonly k: "struct"; readonly f: readonly (readonly [string, XdrType])[] }
  /** Each case is [value, arm field name or null for void, arm type or null]. */
  | {
      readonly k: "union";
      readonly d: string;
      readonly dt: XdrType;
      readonly c: readonly (readonly [number, string | null, XdrType | null])[];
    };

const SCALARS: Record<string, XdrType["k"]> = {
  i: "int",
  u: "uint",
  h: "hyper",
  H: "uhyper",
  c: "char",
  C: "uchar",
  t: "short",
  T: "ushort",
  b: "bool",
  d: "double",
  f: "float",
  U: "uuid",
};

/** Parses a shape; throws naming the position on a malformed one. */
export function parseShape(shape: XdrShape): XdrType {
  let pos = 0;
  const fail = (what: string): never => {
    throw new XdrError(`bad XDR shape at ${pos} (${what}): ${shape.slice(0, 80)}`);
  };
  const num = (): number => {
    const m = /^-?[0-9]+/.exec(shape.slice(pos, pos + 12));
    if (!m) return fail("expected a number");
    pos += m[0].length;
    return Number(m[0]);
  };
  const name = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(shape.slice(pos, pos + 80));
    if (!m) return fail("expected a name");
    pos += m[0].length;
    return m[0];
  };
  const expect = (c: string): void => {
    if (shape[pos] !== c) fail(`expected "${c}"`);
    pos++;
  };
  const type = (): XdrType => {
    const c = shape[pos++];
    const scalar = SCALARS[c];
    if (scalar) return { k: scalar } as XdrType;
    switch (c) {
      case "s":
        return { k: "string", max: num() };
      case "o":
        return { k: "opaque", max: num() };
      case "x":
        return { k: "fixedOpaque", len: num() };
      case "a": {
        const max = num();
        expect(":");
        return { k: "array", max, of: type() };
      }
      case "A": {
        const len = num();
        expect(":");
        return { k: "fixedArray", len, of: type() };
      }
      case "?":
        return { k: "optional", of: type() };
      case "{": {
        const f: [string, XdrType][] = [];
        while (shape[pos] !== "}") {
          if (f.length > 0) expect(",");
          const n = name();
          expect(":");
          f.push([n, type()]);
        }
        pos++;
        return { k: "struct", f };
      }
      case "<": {
        const d = name();
        expect(":");
        const dt = type();
        const cases: [number, string | null, XdrType | null][] = [];
        while (shape[pos] === "|") {
          pos++;
          const v = num();
          if (shape[pos] === "=") {
            pos++;
            const n = name();
            expect(":");
            cases.push([v, n, type()]);
          } else cases.push([v, null, null]);
        }
        expect(">");
        return { k: "union", d, dt, c: cases };
      }
    }
    return fail(`unknown type "${c}"`);
  };
  const t = type();
  if (pos !== shape.length) fail("trailing characters");
  return t;
}

/**
 * One procedure of a remote program: [number, name without REMOTE_PROC_, the shapes of
 * remote_<name>_args, _ret and _msg (null where the .x declares none), the stream it opens (@readstream:
 * daemon to client, @writestream)]. A tuple, because the serializer writes a tuple of strings as one
 * statement and an object as one per property. Args and Ret are the generated TypeScript types.
 */
export type ProcedureSpec<Args, Ret> = readonly [
  proc: number,
  name: string,
  args: XdrShape | null,
  ret: XdrShape | null,
  msg: XdrShape | null,
  stream: "read" | "write" | null,
] & { readonly types?: { args: Args; ret: Ret } };

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
      if (typeof o !== "object" || o === null) throw new XdrError(`${where}: expected a struct`);
      for (const [name, ft] of t.f) write(w, ft, o[name], `${where}.${name}`);
      return;
    }
    case "union": {
      const o = v as Record<string, unknown>;
      const disc = o[t.d] as number;
      const arm = t.c.find((c) => c[0] === disc);
      if (!arm) throw new XdrError(`${where}: the union has no case ${String(disc)}`);
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
      if (!arm) throw new XdrError(`union: unknown case ${disc}`);
      const o: Record<string, unknown> = { [t.d]: disc };
      if (arm[1] !== null && arm[2] !== null) o[arm[1]] = read(r, arm[2]);
      return o;
    }
  }
}

const asType = (t: XdrShape | XdrType): XdrType => (typeof t === "string" ? parseShape(t) : t);

/** Appends `value` as `type` to `w`; `where` names the value in errors (e.g. "DOMAIN_GET_XML_DESC args"). */
export function encodeXdr(w: XdrWriter, type: XdrShape | XdrType, value: unknown, where = "value"): XdrWriter {
  write(w, asType(type), value, where);
  return w;
}

/** Reads one `type` from `r`. */
export function decodeXdr<T>(r: XdrReader, type: XdrShape | XdrType): T {
  return read(r, asType(type)) as T;
}

/** The payload of a call with these arguments (empty for procedures without arguments). */
export function encodeArgs<A, R>(spec: ProcedureSpec<A, R>, args: A): Buffer {
  const [, name, shape] = spec;
  if (!shape) return Buffer.alloc(0);
  return encodeXdr(new XdrWriter(), shape, args, `${name} args`).toBuffer();
}

/** The reply of a call, checked to be consumed exactly. */
export function decodeRet<A, R>(spec: ProcedureSpec<A, R>, payload: Buffer): R {
  const [, name, , shape] = spec;
  if (!shape) return undefined as R;
  const r = new XdrReader(payload);
  const v = decodeXdr<R>(r, shape);
  if (r.remaining !== 0) throw new XdrError(`${name} reply: ${r.remaining} bytes left over`);
  return v;
}

export { uuidString, uuidBytes };
