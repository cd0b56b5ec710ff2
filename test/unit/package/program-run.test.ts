// The program as the nodejs language host runs it (ts-node with the tsconfig Pulumi.yaml names):
// compiled without type checking (npm test type-checks), it still loads and registers the dev
// stack's resources, and scripts/bench-program.js reports where the time went.
import { execFile } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");

function benchProgram(env: Record<string, string> = {}): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(ROOT, "scripts/bench-program.js"), "dev"],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 120000 },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout.trim().split("\n").pop()!)),
    ),
  );
}

test("the program compiles with tsconfig.pulumi.json, transpile-only, and registers the dev stack's resources", async () => {
  const r = await benchProgram();
  expect(r).toMatchObject({ stack: "dev", tsconfig: "tsconfig.pulumi.json", transpileOnly: true });
  // The stack: its component, pool, network, domain with its volume and password, each component's resource.
  expect(r.resources).toBeGreaterThanOrEqual(7);
  for (const k of ["startMs", "compileMs", "loadMs", "registerMs", "totalMs"]) expect(typeof r[k]).toBe("number");
}, 150000);
