// The test engine's step semantics (test/support/engine), on a fixture program whose dynamic
// resources are files (fixtures/semantics): the program runs through the SDK's cmd/run, the
// resources through the SDK's real dynamic-provider host. Each result is checked on the disk and in
// the provider's own log of calls (ops.log), independent of what the engine reports.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { isSecret, TestEngine, TestEngineOptions, UNKNOWN } from "../../support/engine";

const PROJECT = path.join(__dirname, "fixtures", "semantics");
const NS = "engine-semantics";
type Spec = Record<string, unknown> & { name: string };

let root: string;
beforeAll(() => (root = mkdtempSync(path.join(tmpdir(), "engine-semantics-"))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh directory and state file, and an engine on them. */
async function engine(resources: Spec[], more: Partial<TestEngineOptions> = {}) {
  const dir = path.join(root, `case-${++n}`);
  require("fs").mkdirSync(dir);
  const stateFile = path.join(dir, "state", "stack.json");
  const config = (r: Spec[]) => ({ [`${NS}:dir`]: dir, [`${NS}:resources`]: r, [`${NS}:secretContent`]: "hunter2-secret" });
  const e = await TestEngine.start({
    projectDir: PROJECT,
    stack: "sem",
    config: config(resources),
    secretKeys: [`${NS}:secretContent`],
    stateFile,
    ...more,
  });
  const ops = () =>
    existsSync(path.join(dir, "ops.log"))
      ? readFileSync(path.join(dir, "ops.log"), "utf8")
          .trim()
          .split("\n")
          .map((l) => ({ t: Number(l.split(" ")[0]), op: l.split(" ").slice(1).join(" ") }))
      : [];
  return { e, dir, stateFile, ops, shape: (r: Spec[]) => e.setConfig(config(r)) };
}
const names = (steps: { name: string; op: string }[], op: string) =>
  steps
    .filter((s) => s.op === op)
    .map((s) => s.name)
    .sort();

test("preview plans creates with unknown outputs and touches nothing; up creates in dependency order; a second up and a refresh change nothing", async () => {
  const { e, dir, stateFile, ops } = await engine([
    { name: "a", content: "A" },
    { name: "b", content: "B", from: "a" },
  ]);
  const p = await e.preview();
  expect(names(p.steps, "create")).toEqual(["a", "b", `${NS}-sem`]);
  // b's content is built from a's path, an output of a resource not created yet: unknown.
  expect(p.outputs.paths).toEqual({ a: UNKNOWN, b: UNKNOWN });
  expect(ops()).toEqual([]);
  expect(existsSync(path.join(dir, "a"))).toBe(false);
  expect(existsSync(stateFile)).toBe(false);

  const u = await e.up();
  expect(u.counts).toEqual({ create: 3 });
  expect(readFileSync(path.join(dir, "b"), "utf8")).toBe(`B after ${path.join(dir, "a")}`);
  const log = ops().map((o) => o.op);
  expect(log.indexOf("create-start b")).toBeGreaterThan(log.indexOf("create-end a"));
  expect(u.outputs.paths).toEqual({ a: path.join(dir, "a"), b: path.join(dir, "b") });

  expect((await e.up()).changes).toEqual([]);
  const r = await e.refresh();
  expect(r.counts).toEqual({ refresh: 3 });
  expect(r.changes).toEqual([]);
  expect((await e.preview()).changes).toEqual([]);
  expect(ops().filter((o) => o.op.startsWith("create"))).toHaveLength(4);
}, 240000);

test("refresh takes what Read returns; the next up puts the program's value back with an update", async () => {
  const { e, dir, ops } = await engine([{ name: "a", content: "A" }]);
  await e.up();
  writeFileSync(path.join(dir, "a"), "changed by hand");
  const r = await e.refresh();
  expect(r.changes.map((s) => s.name)).toEqual(["a"]);
  const a = e.snapshot().resources.find((x) => x.urn.endsWith("::a"))!;
  expect(a.outputs.content).toBe("changed by hand");
  const u = await e.up();
  expect(u.changes.map((s) => [s.op, s.name])).toEqual([["update", "a"]]);
  expect(readFileSync(path.join(dir, "a"), "utf8")).toBe("A");
  expect(ops().map((o) => o.op)).toEqual(["create-start a", "create-end a", "read a", "update a"]);
}, 240000);

test("independent resources are created in parallel, at most `parallel` at once", async () => {
  const { e, ops } = await engine(
    ["p1", "p2", "p3", "p4"].map((name) => ({ name, content: name, sleepMs: 1500 })),
    { parallel: 2 },
  );
  await e.up();
  let running = 0;
  let most = 0;
  for (const o of ops()) {
    if (o.op.startsWith("create-start")) most = Math.max(most, ++running);
    if (o.op.startsWith("create-end")) running--;
  }
  expect(most).toBe(2);
}, 240000);

test("secrets: secret config and additionalSecretOutputs are encrypted in the state file, marked secret in the snapshot", async () => {
  const { e, stateFile } = await engine([
    { name: "s", secret: true },
    { name: "t", content: "not secret", additionalSecretOutputs: ["size"] },
  ]);
  await e.up();
  const text = readFileSync(stateFile, "utf8");
  expect(text).not.toContain("hunter2-secret");
  expect(text).toContain('"ciphertext": "v1:');
  const st = e.snapshot().resources;
  const s = st.find((x) => x.urn.endsWith("::s"))!;
  expect(isSecret(s.inputs.content) && s.inputs.content.value).toBe("hunter2-secret");
  expect(isSecret(s.outputs.content)).toBe(true);
  const t = st.find((x) => x.urn.endsWith("::t"))!;
  expect(isSecret(t.outputs.size)).toBe(true);
  expect(isSecret(t.outputs.content)).toBe(false);
  expect((await e.up()).changes).toEqual([]);
}, 240000);

test("replace: create-before-delete by default, delete-before-replace when Diff says so", async () => {
  const { e, dir, ops, shape } = await engine([
    { name: "c", fileName: "c1", content: "C" },
    { name: "d", fileName: "d1", content: "D", dbr: true },
  ]);
  await e.up();
  shape([
    { name: "c", fileName: "c2", content: "C" },
    { name: "d", fileName: "d2", content: "D", dbr: true },
  ]);
  const u = await e.up();
  expect(u.steps.filter((s) => s.op === "replace").map((s) => [s.name, s.replaces, s.deleteBeforeReplace])).toEqual(
    expect.arrayContaining([
      ["c", ["name"], false],
      ["d", ["name"], true],
    ]),
  );
  const log = ops().map((o) => o.op);
  expect(log.indexOf("delete c1")).toBeGreaterThan(log.indexOf("create-end c2"));
  expect(log.indexOf("delete d1")).toBeLessThan(log.indexOf("create-start d2"));
  expect([
    existsSync(path.join(dir, "c1")),
    existsSync(path.join(dir, "c2")),
    existsSync(path.join(dir, "d1")),
    existsSync(path.join(dir, "d2")),
  ]).toEqual([false, true, false, true]);
  expect(e.snapshot().resources.filter((r) => r.custom)).toHaveLength(2);
}, 240000);

test("protect refuses replacement and deletion with Pulumi's messages; retainOnDelete leaves the object; ignoreChanges keeps the old value", async () => {
  const { e, dir, shape, ops } = await engine([
    { name: "p", content: "P", protect: true },
    { name: "r", content: "R", retainOnDelete: true },
    { name: "i", content: "I", ignoreChanges: ["content"] },
  ]);
  await e.up();
  shape([
    { name: "p", fileName: "p-renamed", content: "P", protect: true },
    { name: "r", content: "R", retainOnDelete: true },
    { name: "i", content: "I changed", ignoreChanges: ["content"] },
  ]);
  const replace = await e.up({ expectFailure: true });
  expect(replace.errors.join("\n")).toContain(
    `unable to replace resource "urn:pulumi:sem::${NS}::pulumi-nodejs:dynamic/sem:File::p"\nas it is currently marked for protection. To unprotect the resource, remove the \`protect\` flag from the resource in your Pulumi program and run \`pulumi up\``,
  );
  expect(existsSync(path.join(dir, "p-renamed"))).toBe(false);

  shape([{ name: "i", content: "I changed", ignoreChanges: ["content"] }]);
  const del = await e.up({ expectFailure: true });
  expect(del.errors.join("\n")).toContain(
    `unable to delete resource "urn:pulumi:sem::${NS}::pulumi-nodejs:dynamic/sem:File::p"\nas it is currently marked for protection.`,
  );
  expect(existsSync(path.join(dir, "p"))).toBe(true);
  expect(del.steps.find((s) => s.name === "i")!.op).toBe("same");
  expect(readFileSync(path.join(dir, "i"), "utf8")).toBe("I");

  shape([
    { name: "p", content: "P" },
    { name: "i", content: "I changed", ignoreChanges: ["content"] },
  ]);
  await e.up();
  shape([]);
  const gone = await e.up();
  expect(names(gone.steps, "delete")).toEqual(["i", "p"]);
  expect(existsSync(path.join(dir, "r"))).toBe(true);
  expect(ops().map((o) => o.op)).not.toContain("delete r");
  expect(e.snapshot().resources.filter((r) => r.custom)).toEqual([]);
}, 300000);

test("a partial create (ErrorResourceInitFailed) is kept with its id and reasons; the next up updates it", async () => {
  const { e, dir, shape } = await engine([{ name: "f", content: "F", failInit: true }]);
  const u = await e.up({ expectFailure: true });
  expect(u.ok).toBe(false);
  expect(u.errors.join("\n")).toContain("f was written but failed to initialise");
  const f = e.snapshot().resources.find((r) => r.urn.endsWith("::f"))!;
  expect(f.id).toBe(path.join(dir, "f"));
  expect(f.initErrors).toEqual(["f: not initialised"]);
  shape([{ name: "f", content: "F" }]);
  const again = await e.up();
  expect(again.changes.map((s) => [s.op, s.name])).toEqual([["update", "f"]]);
  expect(e.snapshot().resources.find((r) => r.urn.endsWith("::f"))!.initErrors).toBeUndefined();
}, 240000);

test("a check failure names the property and nothing is created", async () => {
  const { e, ops, stateFile } = await engine([{ name: "ok", content: "x", fileName: "Bad Name" }]);
  const u = await e.up({ expectFailure: true });
  expect(u.errors.join("\n")).toContain('name: name must match [a-z0-9-]+, got "Bad Name"');
  expect(ops()).toEqual([]);
  expect(e.snapshot().resources.filter((r) => r.custom)).toEqual([]);
  expect(existsSync(stateFile)).toBe(true);
}, 240000);

test("a provider host killed mid-up: a second engine continues from the state file, creating each object once", async () => {
  const specs = ["k1", "k2", "k3"].map((name, i) => ({ name, content: name, dependsOn: i ? [`k${i}`] : [] }));
  const first = await engine(specs, { parallel: 1 });
  const killed = await first.e.up({
    expectFailure: true,
    onStep: (s, e) => {
      if (s.name === "k1" && s.op === "create") e.host!.child.kill("SIGKILL");
    },
  });
  expect(killed.ok).toBe(false);
  expect(
    first.e
      .snapshot()
      .resources.filter((r) => r.custom)
      .map((r) => r.urn.split("::").pop()),
  ).toEqual(["k1"]);
  const second = await TestEngine.start({ ...first.e.opts });
  const u = await second.up();
  expect(u.steps.filter((s) => s.type.endsWith(":File")).map((s) => [s.name, s.op])).toEqual([
    ["k1", "same"],
    ["k2", "create"],
    ["k3", "create"],
  ]);
  expect(
    first
      .ops()
      .filter((o) => o.op.startsWith("create-start"))
      .map((o) => o.op),
  ).toEqual(["create-start k1", "create-start k2", "create-start k3"]);
  expect((await second.destroy()).counts.delete).toBe(4);
  expect(["k1", "k2", "k3"].some((k) => existsSync(path.join(first.dir, k)))).toBe(false);
}, 240000);

test("a resource read by id (ReadResource) takes Read's outputs and is never deleted by this stack", async () => {
  const { e, dir, shape, ops } = await engine([{ name: "a", content: "A" }]);
  await e.up();
  shape([
    { name: "a", content: "A" },
    { name: "seen", fileName: "a", readId: path.join(dir, "a") },
  ]);
  const u = await e.up();
  expect(u.steps.find((s) => s.name === "seen")!.op).toBe("read");
  const seen = e.snapshot().resources.find((r) => r.urn.endsWith("::seen"))!;
  expect(seen).toMatchObject({ external: true, id: path.join(dir, "a") });
  expect(seen.outputs.content).toBe("A");
  shape([{ name: "a", content: "A" }]);
  const gone = await e.up();
  expect(gone.steps.find((s) => s.name === "seen")).toMatchObject({ op: "delete", retained: true });
  expect(existsSync(path.join(dir, "a"))).toBe(true);
  expect(ops().filter((o) => o.op.startsWith("delete"))).toEqual([]);
}, 240000);
