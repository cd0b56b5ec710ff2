// Writes the TypeScript of libvirt/rpc/gen/ from the parsed protocol and headers. The output follows
// the closure serializer's rules by construction: only plain data at module level (no `new`, no
// calls), every value declared with `const` and exported from one list at the end (a module never
// reads its own `export const`), types next to the values they describe.
import { HeaderEnum } from "./header-enums";
import { XdrDefinition, XdrField, XdrSpec, XdrTypeRef } from "./xdr-parse";

export const HEADER = (what: string) => `// generated, do not edit, run npm run generate:rpc\n// ${what}\n`;

/** remote_domain_get_xml_desc_args -> RemoteDomainGetXmlDescArgs */
export function pascal(snake: string): string {
  return snake
    .split("_")
    .filter((s) => s.length > 0)
    .map((s) => s[0].toUpperCase() + s.slice(1).toLowerCase())
    .join("");
}

function splitWords(camel: string): string[] {
  return camel.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[0-9]+/g) ?? [];
}

function commonPrefix(names: string[]): string {
  const parts = names.map((n) => n.split("_"));
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const p = parts[0][i];
    // Keep at least one word of every name.
    if (p === undefined || parts.some((q) => q[i] !== p || q.length <= i + 1)) break;
    out.push(p);
  }
  return out.length ? out.join("_") + "_" : "";
}

/**
 * Member names without the enum's common prefix (VIR_DOMAIN_XML_SECURE -> SECURE). Where the only
 * shared prefix is VIR_ (virErrorNumber: VIR_ERR_* and three VIR_WAR_*), each member loses the prefix
 * most members share, or VIR_. Single-member enums lose the prefix their type name spells.
 */
export function memberNames(typeName: string, cNames: string[]): string[] {
  let prefix: string;
  if (cNames.length === 1) {
    const fromType =
      "VIR_" +
      splitWords(typeName.replace(/^vir/, "").replace(/Flags(Values)?$|FlagValues$/, ""))
        .join("_")
        .toUpperCase() +
      "_";
    prefix = cNames[0].startsWith(fromType) && cNames[0].length > fromType.length ? fromType : cNames[0].replace(/[^_]+$/, "");
  } else prefix = commonPrefix(cNames);
  let names: string[];
  if (prefix === "VIR_") {
    const counts = new Map<string, number>();
    for (const n of cNames) {
      const p = n.split("_").slice(0, 2).join("_") + "_";
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    names = cNames.map((n) => (n.startsWith(major) ? n.slice(major.length) : n.slice(4)));
  } else names = cNames.map((n) => n.slice(prefix.length));
  // A name may not start with a digit: keep the last word of the prefix for all of them.
  if (names.some((n) => /^[0-9]/.test(n))) {
    const back = prefix.replace(/_$/, "").replace(/[^_]+$/, "");
    names = cNames.map((n) => n.slice(back.length));
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new Error(`${typeName}: two members named ${n} after removing the prefix`);
    seen.add(n);
  }
  return names;
}

function jsDoc(lines: string[], indent = ""): string {
  const text = lines.filter((l) => l.length > 0).map((l) => l.replace(/\*\//g, "* /"));
  if (text.length === 0) return "";
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
}

/** One enum as a const object and a type alias of its values. */
function enumBlock(tsName: string, doc: string[], members: { name: string; value: number; doc?: string }[]): string {
  let out = jsDoc(doc);
  out += `const ${tsName} = {\n`;
  for (const m of members) out += `${jsDoc(m.doc ? [m.doc] : [], "  ")}  ${m.name}: ${m.value},\n`;
  out += `} as const;\n`;
  out += `type ${tsName} = (typeof ${tsName})[keyof typeof ${tsName}];\n\n`;
  return out;
}

/** flags.gen.ts / errors.gen.ts: header enums as typed const objects. */
export function emitHeaderEnums(what: string, enums: HeaderEnum[], extra = ""): string {
  let out = HEADER(what) + "\n";
  const names: string[] = [];
  for (const e of enums) {
    const tsName = e.cName.replace(/^vir/, "");
    const mnames = memberNames(
      e.cName,
      e.members.map((m) => m.cName),
    );
    const doc = [`${e.cName}, declared in ${e.file}:${e.line}${e.since ? ` (since ${e.since})` : ""}.`];
    out += enumBlock(
      tsName,
      doc,
      e.members.map((m, i) => ({
        name: mnames[i],
        value: m.value,
        doc: [m.doc, m.since ? `(since ${m.since})` : ""].filter(Boolean).join(" "),
      })),
    );
    names.push(tsName);
  }
  out += extra;
  out += `export { ${names.join(", ")} };\n`;
  return out;
}

const SCALAR_SHAPE: Record<string, string> = {
  int: "i",
  "unsigned int": "u",
  hyper: "h",
  "unsigned hyper": "H",
  char: "c",
  "unsigned char": "C",
  short: "t",
  "unsigned short": "T",
  double: "d",
  float: "f",
  bool: "b",
};

const UNBOUNDED = 4294967295;

/** remote-protocol.gen.ts: every type and procedure of a remote program. */
export function emitProtocol(spec: XdrSpec, file: string, procEnum: string, procPrefix: string): string {
  const defs = new Map<string, XdrDefinition>();
  const shapes = new Map<string, string>();
  const valueNames: string[] = [];
  const typeNames: string[] = [];
  let body = "";

  for (const d of spec.definitions) defs.set(d.name, d);

  const isUuid = (d: XdrDefinition) =>
    d.kind === "typedef" && d.type.kind === "fixedOpaque" && d.type.length === 16 && /uuid$/.test(d.name);

  const tsType = (t: XdrTypeRef): string => {
    switch (t.kind) {
      case "primitive":
        return t.name === "bool" ? "boolean" : "number";
      case "named": {
        const d = defs.get(t.name);
        if (!d) throw new Error(`${file}: unknown type ${t.name}`);
        if (d.kind === "enum") return "number";
        return pascal(t.name);
      }
      case "string":
        return "string";
      case "opaque":
      case "fixedOpaque":
        return "Buffer";
      case "array":
      case "fixedArray": {
        const inner = tsType(t.of);
        return /[ |]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
      }
      case "optional":
        return `${tsType(t.of)} | null`;
    }
  };

  /** The shape string (libvirt/rpc/codec.ts's notation) of a type, named types inlined. */
  const shape = (t: XdrTypeRef, where: string): string => {
    switch (t.kind) {
      case "primitive":
        return SCALAR_SHAPE[t.name];
      case "named": {
        const d = defs.get(t.name);
        if (!d) throw new Error(`${file}: ${where}: unknown type ${t.name}`);
        if (d.kind === "enum") return "i";
        const s = shapes.get(t.name);
        if (s === undefined) throw new Error(`${file}: ${where}: ${t.name} is used before it is declared`);
        return s;
      }
      case "string":
        return `s${t.max ?? UNBOUNDED}`;
      case "opaque":
        return `o${t.max ?? UNBOUNDED}`;
      case "fixedOpaque":
        return `x${t.length}`;
      case "array":
        return `a${t.max ?? UNBOUNDED}:${shape(t.of, where)}`;
      case "fixedArray":
        return `A${t.length}:${shape(t.of, where)}`;
      case "optional":
        return `?${shape(t.of, where)}`;
    }
  };

  const field = (f: XdrField, where: string) => `${f.name}:${shape(f.type, `${where}.${f.name}`)}`;

  // Constants.
  for (const [name, value] of spec.consts) {
    if (defs.has(name)) continue;
    const isMember = spec.definitions.some((d) => d.kind === "enum" && d.members.some((m) => m.name === name));
    if (isMember) continue;
    body += `const ${name} = ${value < 0 ? value : value > 0xffff ? "0x" + value.toString(16) : value};\n`;
    valueNames.push(name);
  }
  body += "\n";

  const declare = (name: string, tsName: string, src: string, s: string, tsDecl: string) => {
    shapes.set(name, s);
    body += `/** ${src} */\n${tsDecl}\nconst ${name}: XdrShape = ${JSON.stringify(s)};\n\n`;
    valueNames.push(name);
    typeNames.push(tsName);
  };

  const procs: { name: string; value: number; annotations: Record<string, string[]> }[] = [];

  for (const d of spec.definitions) {
    const where = `${file}:${d.line} ${d.name}`;
    const tsName = pascal(d.name);
    const src = `${d.name} (${file}:${d.line})`;
    switch (d.kind) {
      case "typedef":
        if (isUuid(d))
          declare(
            d.name,
            tsName,
            `${src}: 16 bytes on the wire, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" here.`,
            "U",
            `type ${tsName} = string;`,
          );
        else declare(d.name, tsName, src, shape(d.type, where), `type ${tsName} = ${tsType(d.type)};`);
        break;
      case "struct":
        declare(
          d.name,
          tsName,
          src,
          `{${d.fields.map((f) => field(f, where)).join(",")}}`,
          `interface ${tsName} {\n${d.fields.map((f) => `  ${f.name}: ${tsType(f.type)};`).join("\n")}\n}`,
        );
        break;
      case "union": {
        const arms: string[] = [];
        const cases: string[] = [];
        for (const c of d.cases) {
          for (const v of c.values) {
            arms.push(`{ ${d.discriminant.name}: ${v}${c.field ? `; ${c.field.name}: ${tsType(c.field.type)}` : ""} }`);
            cases.push(c.field ? `|${v}=${field(c.field, where)}` : `|${v}`);
          }
        }
        if (d.default !== undefined) throw new Error(`${where}: union default arms are not supported`);
        declare(
          d.name,
          tsName,
          src,
          `<${d.discriminant.name}:${shape(d.discriminant.type, where)}${cases.join("")}>`,
          `type ${tsName} =\n  | ${arms.join("\n  | ")};`,
        );
        break;
      }
      case "enum": {
        // Procedures lose exactly REMOTE_PROC_, whatever else they share.
        const procStem = `${procPrefix.toUpperCase()}PROC_`;
        const names =
          d.name === procEnum
            ? d.members.map((m) => {
                if (!m.name.startsWith(procStem)) throw new Error(`${where}: ${m.name} does not start with ${procStem}`);
                return m.name.slice(procStem.length);
              })
            : memberNames(
                d.name,
                d.members.map((m) => m.name),
              );
        if (d.name === procEnum) {
          d.members.forEach((m, i) => procs.push({ name: names[i], value: m.value, annotations: m.annotations }));
        }
        body += enumBlock(
          tsName,
          [src],
          d.members.map((m, i) => ({ name: names[i], value: m.value })),
        );
        valueNames.push(tsName);
        break;
      }
    }
  }

  // Procedures: REMOTE_PROC_X uses remote_x_args, remote_x_ret and remote_x_msg where they exist.
  const argsMap: string[] = [];
  const retMap: string[] = [];
  for (const p of procs) {
    const base = `${procPrefix}${p.name.toLowerCase()}`;
    const has = (suffix: string) => (defs.has(`${base}_${suffix}`) ? `${base}_${suffix}` : null);
    const args = has("args");
    const ret = has("ret");
    const msg = has("msg");
    const argsT = args ? pascal(args) : msg ? pascal(msg) : "void";
    const retT = ret ? pascal(ret) : "void";
    const a = p.annotations;
    const stream = a.readstream ? '"read"' : a.writestream ? '"write"' : "null";
    const doc = [
      `${p.name} (${p.value})${msg ? ": an event the daemon sends" : ""}.`,
      ...Object.entries(a).map(([k, vs]) => `@${k} ${vs.join(", ")}`),
    ];
    const constName = `${procPrefix.toUpperCase()}PROC_${p.name}`;
    body += jsDoc(doc);
    body += `const ${constName}: ProcedureSpec<${argsT}, ${retT}> = [${p.value}, "${p.name}", ${args ?? "null"}, ${ret ?? "null"}, ${msg ?? "null"}, ${stream}];\n`;
    valueNames.push(constName);
    argsMap.push(`  ${p.name}: ${argsT};`);
    retMap.push(`  ${p.name}: ${retT};`);
  }
  body += `\n/** Each procedure's arguments (for events: the message), by name. */\ninterface ${pascal(procPrefix)}ProcedureArgs {\n${argsMap.join("\n")}\n}\n`;
  body += `/** Each procedure's reply, by name. */\ninterface ${pascal(procPrefix)}ProcedureRet {\n${retMap.join("\n")}\n}\n\n`;
  typeNames.push(`${pascal(procPrefix)}ProcedureArgs`, `${pascal(procPrefix)}ProcedureRet`);

  let out = HEADER(
    `from libvirt's ${file}: constants, every type as a TypeScript type and an XDR shape (libvirt/rpc/codec.ts), every procedure.`,
  );
  out += `import type { ProcedureSpec, XdrShape } from "../codec";\n\n`;
  out += body;
  out += `export { ${valueNames.join(", ")} };\n`;
  out += `export type { ${typeNames.join(", ")} };\n`;
  return out;
}
