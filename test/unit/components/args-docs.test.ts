// Every field of the components' Args interfaces says its default (or that it is required) in its
// JSDoc, so the editor's hover is the reference.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const DIR = path.resolve(__dirname, "../../../components");
const FILES = ["pool-args.ts", "network-args.ts", "domain-args.ts", "random-password.ts"];

function argsFields(file: string): Array<{ iface: string; field: string; doc: string }> {
  const src = ts.createSourceFile(file, fs.readFileSync(path.join(DIR, file), "utf8"), ts.ScriptTarget.ES2020, true);
  const out: Array<{ iface: string; field: string; doc: string }> = [];
  src.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || !/Args$/.test(node.name.text)) return;
    for (const m of node.members) {
      if (!ts.isPropertySignature(m)) continue;
      const doc = ts
        .getJSDocCommentsAndTags(m)
        .map((d) => d.getText())
        .join(" ");
      out.push({ iface: node.name.text, field: m.name.getText(), doc });
    }
  });
  return out;
}

const fields = FILES.flatMap(argsFields);

describe("the components' Args", () => {
  it("are all found", () => {
    expect([...new Set(fields.map((f) => f.iface))].sort()).toEqual([
      "BridgeNetworkArgs",
      "CentOS7DiskArgs",
      "CentOS7DomainArgs",
      "CentOS7VncArgs",
      "EnterpriseLinuxDomainArgs",
      "LvmStoragePoolArgs",
      "RandomPasswordArgs",
    ]);
  });

  it.each(fields.map((f) => [`${f.iface}.${f.field}`, f.doc]))("%s documents its default or that it is required", (_name, doc) => {
    expect(doc).toMatch(/(Defaults to [^*]+|Required[^*]*)\.\s*\*\/$/);
  });
});
