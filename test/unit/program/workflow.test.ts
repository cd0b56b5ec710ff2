// The PR workflow: its stack listing (which stacks preview, which deploy on main) run for real on
// this repository's stacks, and the steps it promises (preview --diff with a PR comment, the render
// artifact, up on main for marked stacks).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { ROOT } from "./stack-files";

const workflow = parse(fs.readFileSync(path.join(ROOT, ".github/workflows/preview.yml"), "utf8"));

function runListStep(cwd = ROOT): Record<string, unknown> {
  const step = workflow.jobs.stacks.steps.find((s: { id?: string }) => s.id === "list");
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kvmcomp-wf-")), "output");
  fs.writeFileSync(out, "");
  const env = { ...process.env, GITHUB_OUTPUT: out, NODE_PATH: path.join(ROOT, "node_modules") };
  execFileSync("bash", ["-euo", "pipefail", "-c", step.run], { cwd, env, stdio: "pipe" });
  return Object.fromEntries(
    fs
      .readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => {
        const i = l.indexOf("=");
        return [l.slice(0, i), JSON.parse(l.slice(i + 1))];
      }),
  );
}

describe("the preview workflow", () => {
  it("previews every stack and deploys none of the shipped ones: autoDeploy is an opt-in", () => {
    const out = runListStep();
    expect((out.all as string[]).sort()).toEqual(["dev", "prod"]);
    expect(out.deploy).toEqual([]);
  });

  it("deploys a stack that opts in with kvm-infra:autoDeploy: true, and only that one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kvmcomp-wf-stacks-"));
    fs.mkdirSync(path.join(dir, "stacks"));
    fs.writeFileSync(path.join(dir, "stacks/Pulumi.a.yaml"), "config:\n  kvm-infra:autoDeploy: true\n");
    fs.writeFileSync(path.join(dir, "stacks/Pulumi.b.yaml"), "config:\n  kvm-infra:autoDeploy: false\n");
    const out = runListStep(dir);
    expect(out.deploy).toEqual(["a"]);
  });

  it("runs pulumi preview --diff on pull requests with a PR comment and uploads the render", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request", "push"]);
    const steps = workflow.jobs.preview.steps;
    const pulumi = steps.find((s: { uses?: string }) => s.uses?.startsWith("pulumi/actions@"));
    expect(pulumi.with).toMatchObject({ command: "preview", diff: true, "comment-on-pr": true });
    expect(steps.find((s: { run?: string }) => s.run?.startsWith("npm run render -- --stack"))).toBeDefined();
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith("actions/upload-artifact@"))).toBeDefined();
    expect(workflow.jobs.preview.strategy.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.all) }}");
  });

  it("runs pulumi up on main only for the marked stacks", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    const job = workflow.jobs.deploy;
    expect(job.if).toContain("github.event_name == 'push'");
    expect(job.strategy.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.deploy) }}");
    expect(job.steps.find((s: { uses?: string }) => s.uses?.startsWith("pulumi/actions@")).with.command).toBe("up");
  });

  it("passes secrets to the shell through the environment, never inline", () => {
    for (const job of Object.values<{ steps: { run?: string }[] }>(workflow.jobs)) {
      for (const s of job.steps) expect(s.run ?? "").not.toContain("secrets.");
    }
  });
});
