// The enums and numeric #defines of libvirt's public headers (include/libvirt/*.h): every
// `typedef enum { ... } virXxx;` with its members' values (literals, `1 << n`, `1U << 31`, negative
// numbers, references to members declared earlier), the file and line it was declared at and its
// "Since:" version. Members after `# ifdef VIR_ENUM_SENTINELS` (the *_LAST counters) are left out:
// they change with every release and are not part of the protocol.

export interface HeaderEnumMember {
  /** The C name, e.g. VIR_DOMAIN_XML_SECURE. */
  cName: string;
  value: number;
  /** The member's comment, without "(Since: ...)". */
  doc: string;
  since?: string;
}

export interface HeaderEnum {
  /** The C type name, e.g. virDomainXMLFlags. */
  cName: string;
  /** Path relative to the source root, e.g. include/libvirt/libvirt-domain.h. */
  file: string;
  line: number;
  since?: string;
  members: HeaderEnumMember[];
}

export interface Headers {
  enums: HeaderEnum[];
  /** Every enum member and numeric #define by C name. */
  values: Map<string, number>;
}

/** Evaluates the constant expressions the headers use. */
function evaluate(expr: string, values: Map<string, number>, where: string): number {
  const tokens = expr.match(/0x[0-9a-fA-F]+|[0-9]+U?|[A-Za-z_][A-Za-z0-9_]*|<<|[-+()|]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`${where}: incomplete expression "${expr}"`);
    if (t === "(") {
      const v = or();
      if (tokens[i++] !== ")") throw new Error(`${where}: unbalanced "${expr}"`);
      return v;
    }
    if (t === "-") return -primary();
    if (/^[0-9]/.test(t)) return Number(t.replace(/U$/, ""));
    const v = values.get(t);
    if (v === undefined) throw new Error(`${where}: unknown name ${t} in "${expr}"`);
    return v;
  };
  // Shifts as multiplication, so 1U << 31 stays the unsigned 2147483648 it is in C.
  const shift = (): number => {
    let v = primary();
    while (tokens[i] === "<<") {
      i++;
      v = v * 2 ** primary();
    }
    return v;
  };
  const sum = (): number => {
    let v = shift();
    while (tokens[i] === "+" || tokens[i] === "-") v = tokens[i++] === "+" ? v + shift() : v - shift();
    return v;
  };
  const or = (): number => {
    let v = sum();
    while (tokens[i] === "|") {
      i++;
      const w = sum();
      v = Number(BigInt(v) | BigInt(w));
    }
    return v;
  };
  const v = or();
  if (i !== tokens.length) throw new Error(`${where}: cannot evaluate "${expr}"`);
  return v;
}

function sinceOf(text: string): string | undefined {
  return /\(?Since: ([0-9.]+)\)?/.exec(text)?.[1];
}

/** Parses the headers, in the order given (later headers may refer to earlier ones' values). */
export function parseHeaders(files: { path: string; text: string }[]): Headers {
  const values = new Map<string, number>();
  const enums: HeaderEnum[] = [];
  for (const { path, text } of files) {
    const lines = text.split("\n");
    for (let n = 0; n < lines.length; n++) {
      const def = /^#\s*define\s+(VIR_[A-Z0-9_]+)\s+(\(?\s*[0-9][0-9 +U<()x]*\)?)\s*(\/\*.*)?$/.exec(lines[n]);
      if (def) {
        values.set(def[1], evaluate(def[2], values, `${path}:${n + 1}`));
        continue;
      }
      if (!/^typedef enum\s*\{\s*$/.test(lines[n])) continue;
      const start = n;
      // The doc comment above: its "Since:" is the enum's.
      let since: string | undefined;
      for (let k = start - 1; k >= 0 && k > start - 40; k--) {
        if (lines[k].includes("/**")) {
          since = sinceOf(lines.slice(k, start).join("\n"));
          break;
        }
      }
      // Join the body without comments, keeping each member's trailing comment.
      const body: string[] = [];
      let end = n + 1;
      for (; end < lines.length && !/^\}\s*\w+\s*;/.test(lines[end]); end++) body.push(lines[end]);
      const cName = /^\}\s*(\w+)\s*;/.exec(lines[end])![1];
      let text2 = body.join("\n");
      const sentinel = text2.search(/^#\s*ifdef VIR_ENUM_SENTINELS/m);
      if (sentinel >= 0) text2 = text2.slice(0, sentinel);
      // Members: NAME [= expr], followed by an optional comment (which may span lines).
      const members: HeaderEnumMember[] = [];
      let next = 0;
      const re = /(?:\/\*[\s\S]*?\*\/)|([A-Z][A-Z0-9_]*)\s*(?:=\s*([^,/]+?))?\s*(,|(?=\/\*)|$)\s*(\/\*[\s\S]*?\*\/)?/gy;
      const clean = text2.replace(/^#.*$/gm, "");
      let m: RegExpExecArray | null;
      let idx = 0;
      while (idx < clean.length) {
        const ws = /\s+/y;
        ws.lastIndex = idx;
        if (ws.exec(clean)) idx = ws.lastIndex;
        if (idx >= clean.length) break;
        re.lastIndex = idx;
        m = re.exec(clean);
        if (!m || re.lastIndex === idx)
          throw new Error(`${path}:${start + 1}: cannot parse the body of ${cName} near "${clean.slice(idx, idx + 60)}"`);
        idx = re.lastIndex;
        if (!m[1]) continue; // a comment on its own
        const value = m[2] !== undefined ? evaluate(m[2].trim(), values, `${path}:${start + 1} ${m[1]}`) : next;
        values.set(m[1], value);
        next = value + 1;
        const comment = (m[4] ?? "")
          .replace(/^\/\*\s*|\s*\*\/$/g, "")
          .replace(/\n\s*\*(?!\/)\s?/g, " ")
          .replace(/\s+/g, " ");
        members.push({
          cName: m[1],
          value,
          doc: comment.replace(/\s*\(Since: [0-9.]+\)\s*/, " ").trim(),
          since: sinceOf(comment),
        });
      }
      enums.push({ cName, file: path, line: start + 1, since, members });
      n = end;
    }
  }
  return { enums, values };
}
