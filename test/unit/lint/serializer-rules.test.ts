// The closure serializer's rules are lint rules under libvirt/ (eslint.config.mjs). Each probe
// below breaks one rule and must be reported at its line; the same text outside libvirt/ and a
// compliant variant must not be, so a rule that stops matching (or matches everything) fails here.
import * as path from "path";
import { spawnSync } from "child_process";

const ROOT = path.resolve(__dirname, "../../..");

// ESLint loads its flat config with a dynamic import, which jest's module sandbox refuses; one
// child process lints every probe through ESLint's own API and answers in JSON.
const LINT = `
const { ESLint } = require("eslint");
const path = require("path");
const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const out = [];
  for (const [file, text] of probes) {
    const [r] = await eslint.lintText(text, { filePath: path.join(process.cwd(), file) });
    out.push(r.messages.map((m) => m.line + ": " + m.ruleId + ": " + m.message).join("\\n"));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lintAll(probes: Array<[string, string]>): string[] {
  const run = spawnSync(process.execPath, ["-e", LINT], { cwd: ROOT, input: JSON.stringify(probes), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

const PROBES: Array<[string, string, RegExp, string]> = [
  [
    "#private",
    "export class C {\n  #x = 1;\n  get(): number {\n    return this.#x;\n  }\n}\n",
    /No #private/,
    "export class C {\n  private x = 1;\n}\n",
  ],
  [
    "namespace import",
    'import * as fs from "fs";\nexport const f = fs.readFileSync;\n',
    /No `import \* as`/,
    'import { readFileSync } from "fs";\nexport const f = readFileSync;\n',
  ],
  [
    "builtin subclass",
    'import { EventEmitter } from "events";\nexport class E extends EventEmitter {}\n',
    /extending node builtins/,
    "export class E {}\n",
  ],
  [
    "top-level live object",
    "const m = new Map<string, number>();\nexport const get = (k: string) => m.get(k);\n",
    /No live objects/,
    "export const make = () => new Map<string, number>();\n",
  ],
  [
    "instanceof Error",
    "export const lost = (e: unknown) => e instanceof TypeError;\n",
    /not instanceof/,
    'export const lost = (e: unknown) => (e as { name?: string }).name === "TypeError";\n',
  ],
  [
    "own export read",
    "export const LIMIT = 4;\nexport function over(n: number): boolean {\n  return n > LIMIT;\n}\n",
    /no-own-export-read/,
    "const LIMIT = 4;\nexport function over(n: number): boolean {\n  return n > LIMIT;\n}\nexport { LIMIT };\n",
  ],
];

describe("serializer rules as lint rules under libvirt/", () => {
  let results: string[];
  beforeAll(() => {
    results = lintAll(
      PROBES.flatMap(([, bad, , good]): Array<[string, string]> => [
        ["libvirt/rpc/probe.ts", bad],
        ["scripts/probe.ts", bad],
        ["libvirt/rpc/probe.ts", good],
      ]),
    );
  });

  it.each(PROBES.map((p, i) => [p[0], i, p[2]] as const))(
    "reports %s under libvirt/, not elsewhere, not the compliant form",
    (_name, i, expected) => {
      const [underLibvirt, elsewhere, compliant] = results.slice(i * 3, i * 3 + 3);
      expect(underLibvirt).toMatch(expected);
      expect(elsewhere).not.toMatch(expected);
      expect(compliant).not.toMatch(expected);
    },
  );
});
