// A parser for the subset of the XDR language (RFC 4506) that libvirt's remote_protocol.x uses:
// const, enum, struct, union switch, typedef, fixed and variable arrays, strings and opaques with
// a maximum, optional `*`, and the `/** @generate ... */` comments annotating remote_procedure.
// Constants it cannot resolve itself (VIR_UUID_BUFLEN, VIR_TYPED_PARAM_INT) come from the headers.

export type XdrPrimitive =
  "int" | "unsigned int" | "hyper" | "unsigned hyper" | "char" | "unsigned char" | "short" | "unsigned short" | "double" | "float" | "bool";

/** A declaration's type: a primitive or named type, possibly as an array, optional, string or opaque. */
export type XdrTypeRef =
  | { kind: "primitive"; name: XdrPrimitive }
  | { kind: "named"; name: string }
  | { kind: "string"; max?: number }
  | { kind: "opaque"; max?: number }
  | { kind: "fixedOpaque"; length: number }
  | { kind: "array"; of: XdrTypeRef; max?: number }
  | { kind: "fixedArray"; of: XdrTypeRef; length: number }
  | { kind: "optional"; of: XdrTypeRef };

export interface XdrField {
  name: string;
  type: XdrTypeRef;
}

export interface XdrUnionCase {
  /** The discriminant values of this arm (several `case` labels may share one arm). */
  values: number[];
  /** The arm's field, or null for `void`. */
  field: XdrField | null;
}

export type XdrDefinition =
  | { kind: "typedef"; name: string; type: XdrTypeRef; line: number }
  | { kind: "struct"; name: string; fields: XdrField[]; line: number }
  | { kind: "enum"; name: string; members: XdrEnumMember[]; line: number }
  | {
      kind: "union";
      name: string;
      discriminant: XdrField;
      cases: XdrUnionCase[];
      default?: XdrField | null;
      line: number;
    };

export interface XdrEnumMember {
  name: string;
  value: number;
  /** The `@key: value` annotations of the doc comment before the member (remote_procedure). */
  annotations: Record<string, string[]>;
}

export interface XdrSpec {
  consts: Map<string, number>;
  definitions: XdrDefinition[];
}

interface Token {
  kind: "ident" | "number" | "punct" | "doc";
  text: string;
  line: number;
}

class ParseError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "ParseError";
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "%" && (i === 0 || text[i - 1] === "\n")) {
      // Passthrough lines for rpcgen's C output.
      while (i < text.length && text[i] !== "\n") i++;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new ParseError("xdr", line, "unterminated comment");
      const body = text.slice(i, end + 2);
      if (body.startsWith("/**")) tokens.push({ kind: "doc", text: body, line });
      line += body.split("\n").length - 1;
      i = end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200))!;
      tokens.push({ kind: "ident", text: m[0], line });
      i += m[0].length;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?(0x[0-9a-fA-F]+|[0-9]+)/.exec(text.slice(i, i + 40));
      if (!m) throw new ParseError("xdr", line, `unexpected "${c}"`);
      tokens.push({ kind: "number", text: m[0], line });
      i += m[0].length;
    } else if ("{}[]<>();,=*:".includes(c)) {
      tokens.push({ kind: "punct", text: c, line });
      i++;
    } else {
      throw new ParseError("xdr", line, `unexpected "${c}"`);
    }
  }
  return tokens;
}

/** `@key: value` lines of a doc comment. */
function annotationsOf(doc: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!doc) return out;
  for (const m of doc.matchAll(/@([a-z]+):\s*(\S[^\n]*?)\s*$/gm)) (out[m[1]] ??= []).push(m[2]);
  return out;
}

/**
 * Parses `text` (the contents of `file`). `external` resolves the identifiers the file takes from
 * libvirt's C headers (array sizes, union case labels).
 */
export function parseXdr(text: string, file: string, external: (name: string) => number | undefined): XdrSpec {
  const tokens = tokenize(text);
  const consts = new Map<string, number>();
  const definitions: XdrDefinition[] = [];
  let pos = 0;
  let lastDoc: string | undefined;

  const fail = (message: string, t = tokens[pos]): never => {
    throw new ParseError(file, t ? t.line : 0, message);
  };
  const peek = (): Token | undefined => {
    while (tokens[pos]?.kind === "doc") lastDoc = tokens[pos++].text;
    return tokens[pos];
  };
  const next = (): Token => {
    const t = peek();
    if (!t) fail("unexpected end of file");
    pos++;
    return t!;
  };
  const expect = (text: string): void => {
    const t = next();
    if (t.text !== text) fail(`expected "${text}", found "${t.text}"`, t);
  };
  const accept = (text: string): boolean => {
    if (peek()?.text === text) {
      pos++;
      return true;
    }
    return false;
  };
  const ident = (): string => {
    const t = next();
    if (t.kind !== "ident") fail(`expected a name, found "${t.text}"`, t);
    return t.text;
  };
  const value = (): number => {
    const t = next();
    if (t.kind === "number") return t.text.startsWith("-") ? -Number(t.text.slice(1)) : Number(t.text);
    if (t.kind === "ident") {
      const v = consts.get(t.text) ?? external(t.text);
      if (v === undefined) fail(`unknown constant ${t.text}`, t);
      return v!;
    }
    return fail(`expected a value, found "${t.text}"`, t);
  };

  const primitive = (): XdrTypeRef => {
    const t = next();
    if (t.kind !== "ident") fail(`expected a type, found "${t.text}"`, t);
    if (t.text === "unsigned") {
      const n = peek();
      if (n && ["int", "hyper", "char", "short"].includes(n.text)) {
        pos++;
        return { kind: "primitive", name: `unsigned ${n.text}` as XdrPrimitive };
      }
      return { kind: "primitive", name: "unsigned int" };
    }
    if (["int", "hyper", "char", "short", "double", "float", "bool"].includes(t.text)) {
      return { kind: "primitive", name: t.text as XdrPrimitive };
    }
    return { kind: "named", name: t.text };
  };

  /** One declaration: `void`, or a type and name with `[n]`, `<n>`, `<>` or a leading `*`. */
  const declaration = (): XdrField | null => {
    if (accept("void")) return null;
    if (accept("string")) {
      const name = ident();
      expect("<");
      const max = peek()?.text === ">" ? undefined : value();
      expect(">");
      return { name, type: { kind: "string", max } };
    }
    if (accept("opaque")) {
      const name = ident();
      if (accept("[")) {
        const length = value();
        expect("]");
        return { name, type: { kind: "fixedOpaque", length } };
      }
      expect("<");
      const max = peek()?.text === ">" ? undefined : value();
      expect(">");
      return { name, type: { kind: "opaque", max } };
    }
    const base = primitive();
    if (accept("*")) return { name: ident(), type: { kind: "optional", of: base } };
    const name = ident();
    if (accept("[")) {
      const length = value();
      expect("]");
      return { name, type: { kind: "fixedArray", of: base, length } };
    }
    if (accept("<")) {
      const max = peek()?.text === ">" ? undefined : value();
      expect(">");
      return { name, type: { kind: "array", of: base, max } };
    }
    return { name, type: base };
  };

  while (peek()) {
    const t = next();
    const line = t.line;
    switch (t.text) {
      case "const": {
        const name = ident();
        expect("=");
        consts.set(name, value());
        expect(";");
        break;
      }
      case "typedef": {
        const d = declaration();
        if (!d) fail("typedef of void", t);
        definitions.push({ kind: "typedef", name: d!.name, type: d!.type, line });
        expect(";");
        break;
      }
      case "struct": {
        const name = ident();
        expect("{");
        const fields: XdrField[] = [];
        while (!accept("}")) {
          const d = declaration();
          if (!d) fail(`void field in struct ${name}`);
          fields.push(d!);
          expect(";");
        }
        expect(";");
        definitions.push({ kind: "struct", name, fields, line });
        break;
      }
      case "enum": {
        const name = ident();
        expect("{");
        const members: XdrEnumMember[] = [];
        let nextValue = 0;
        lastDoc = undefined;
        while (!accept("}")) {
          // accept() skipped the member's doc comment into lastDoc.
          const doc = lastDoc;
          lastDoc = undefined;
          const member = ident();
          const v = accept("=") ? value() : nextValue;
          consts.set(member, v);
          members.push({ name: member, value: v, annotations: annotationsOf(doc) });
          nextValue = v + 1;
          if (!accept(",")) {
            expect("}");
            break;
          }
        }
        expect(";");
        definitions.push({ kind: "enum", name, members, line });
        break;
      }
      case "union": {
        const name = ident();
        expect("switch");
        expect("(");
        const discType = primitive();
        const discName = ident();
        expect(")");
        expect("{");
        const cases: XdrUnionCase[] = [];
        let dflt: XdrField | null | undefined;
        while (!accept("}")) {
          if (accept("default")) {
            expect(":");
            dflt = declaration();
            expect(";");
            continue;
          }
          const values: number[] = [];
          while (accept("case")) {
            values.push(value());
            expect(":");
          }
          if (values.length === 0) fail(`expected "case" in union ${name}`);
          cases.push({ values, field: declaration() });
          expect(";");
        }
        expect(";");
        definitions.push({ kind: "union", name, discriminant: { name: discName, type: discType }, cases, default: dflt, line });
        break;
      }
      default:
        fail(`unexpected "${t.text}" at top level`, t);
    }
  }
  return { consts, definitions };
}
