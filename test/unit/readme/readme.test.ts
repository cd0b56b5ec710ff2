// The README cannot drift from the code: its runnable blocks (the commands that work on any machine
// of the CI kind: no Pulumi CLI, no KVM host, no sudo) run here and must succeed; the npm scripts
// and repository files it names must exist; its first lines stay the two commands.
// The blocks run in a scratch directory whose entries link to the repository's, so what they write
// (render/...) lands there, not in the checkout.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { commandsOf, fencedBlocks } from "../../../tools/readme-blocks";

const ROOT = path.resolve(__dirname, "../../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const blocks = fencedBlocks(README);
const runnable = blocks.filter((b) => b.runnable);
// Per block; the blocks are render runs of a few seconds each.
const BLOCK_TIMEOUT_MS = 120000;

function scratchCheckout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kvmci-readme-"));
  for (const entry of fs.readdirSync(ROOT)) {
    if (entry === ".git" || entry === "render") continue;
    fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  return dir;
}

describe("README.md", () => {
  it("opens with the two commands: set-up plus pulumi up of the dev stack, and the tests", () => {
    expect(blocks[0].line).toBe(3);
    expect(commandsOf(blocks[0]).map((c) => c.replace(/\s+#.*$/, ""))).toEqual(["npm ci && pulumi up --stack dev", "npm test"]);
  });

  it("says next what to run without the Pulumi CLI or a KVM host: the dry run and a local libvirt host", () => {
    expect(commandsOf(blocks[1])[0]).toMatch(/^npm run render\s+#/);
    expect(blocks[1].runnable).toBe(true);
    expect(commandsOf(blocks[2])[0]).toMatch(/^sudo bash test\/testbed\/up\.sh\s+#.*apt-get install/);
  });

  it("marks the commands that run anywhere as runnable (render, its --out and --help)", () => {
    const commands = runnable.flatMap(commandsOf).join("\n");
    expect(commands).toContain("npm run render");
    expect(commands).toContain("--out render/");
    expect(commands).toContain("npm run render -- --help");
  });

  it("names only npm scripts package.json has", () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts);
    const named = [...README.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect([n, scripts.includes(n)]).toEqual([n, true]);
  });

  it("names only repository files that exist", () => {
    const named = [...README.matchAll(/`((?:test|stacks|scripts|components|libvirt|tools|\.ci|\.github)\/[^`\s<>*]*)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const f of named) expect([f, fs.existsSync(path.join(ROOT, f))]).toEqual([f, true]);
  });
});

describe.each(runnable.map((b) => [b.line, b] as const))("README.md's runnable block at line %d", (_line, block) => {
  it("runs successfully on this machine", () => {
    const cwd = scratchCheckout();
    const env = { ...process.env };
    delete env.npm_config_prefix;
    const r = spawnSync("bash", ["-euo", "pipefail", "-c", block.code], { cwd, env, encoding: "utf8", timeout: BLOCK_TIMEOUT_MS });
    const output = `${r.stdout}\n${r.stderr}`.slice(-4000);
    expect([r.status, r.error?.message, r.status === 0 ? "" : output]).toEqual([0, undefined, ""]);
    // What the blocks promise: --out wrote one file per object, inside the scratch directory.
    for (const m of block.code.matchAll(/--out (\S+)/g)) {
      const files = fs.readdirSync(path.join(cwd, m[1]));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(f).toMatch(/^(pool|network|volume|domain)-.+\.xml$/);
    }
  });
});
