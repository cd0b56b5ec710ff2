// What a run skipped, and why, as the run's last lines: for `npm test` without the test bed, and for
// `npm run test:integration` without it (a non-zero exit with the reason, not "No tests found").
import { spawnSync } from "child_process";
import * as path from "path";
import { probeTestbed, testbedEnvFile } from "../../support/probe-testbed";
import { ROOT } from "../program/stack-files";

const { skipSummary } = require("../../support/skip-summary-reporter") as {
  skipSummary(skipped: { project: string; reason: string }[], results: unknown, rootDir: string): string[];
};

const NO_BED = "/nonexistent/kvmci-testbed.env";

/** A nested jest or npm run in a clean environment: no test bed, nothing asked for by the outer run. */
function run(command: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, KVM_INFRA_TESTBED_ENV: NO_BED, CI: "1", ...extra };
  for (const k of ["REQUIRE_LIBVIRT", "npm_lifecycle_event", "KVM_INFRA_INTEGRATION_ASKED_BY", "JEST_WORKER_ID"]) delete env[k];
  const r = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", timeout: 120000 });
  const lastLine = r.stderr.trimEnd().split("\n").at(-1);
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, lastLine };
}

const REASON = `no test bed env file at ${NO_BED} (run: sudo bash test/testbed/up.sh)`;

describe("the test summary", () => {
  it("ends with the skipped integration project and why when the test bed is missing", () => {
    const r = run(path.join(ROOT, "node_modules/.bin/jest"), ["test/unit/ci/integration-asked.test.ts"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Tests:");
    expect(r.lastLine).toBe(`skipped: integration project (${REASON}; set REQUIRE_LIBVIRT=1 to fail instead)`);
    expect(r.stderr.indexOf("Tests:")).toBeLessThan(r.stderr.lastIndexOf("skipped: integration project"));
  });

  it("ends with the integration project not selected when --selectProjects left it out (and the bed is up)", () => {
    const bed = probeTestbed();
    const r = run(path.join(ROOT, "node_modules/.bin/jest"), ["--selectProjects", "unit", "--", "test/unit/ci/integration-asked.test.ts"], {
      KVM_INFRA_TESTBED_ENV: testbedEnvFile(),
    });
    expect(r.status).toBe(0);
    expect(r.lastLine).toBe(
      bed.ok
        ? "skipped: integration project (not selected (--selectProjects unit))"
        : `skipped: integration project (${bed.reason}; set REQUIRE_LIBVIRT=1 to fail instead)`,
    );
  });

  it("says nothing was skipped when nothing was, and lists files with skipped tests", () => {
    const file = { testFilePath: path.join(ROOT, "test/unit/x.test.ts"), numPendingTests: 2, numTodoTests: 1 };
    const clean = { testFilePath: path.join(ROOT, "test/unit/y.test.ts"), numPendingTests: 0, numTodoTests: 0 };
    expect(skipSummary([], { testResults: [clean] }, ROOT)).toEqual(["skipped: nothing"]);
    expect(skipSummary([{ project: "integration", reason: "why" }], { testResults: [file, clean] }, ROOT)).toEqual([
      "skipped: integration project (why)",
      "skipped: 3 tests in test/unit/x.test.ts (it.skip or todo there, or left out by --testNamePattern)",
    ]);
  });
});

describe("npm run test:integration without the test bed", () => {
  it("exits non-zero with the reason, not jest's 'No tests found'", () => {
    const r = run("npm", ["run", "--silent", "test:integration"]);
    expect(r.status).not.toBe(0);
    expect(r.lastLine).toBe(`integration tests asked for (npm run test:integration) but the libvirt test bed is unreachable: ${REASON}`);
    expect(r.stderr + r.stdout).not.toContain("No tests found");
  });
});
