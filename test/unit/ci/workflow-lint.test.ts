// tools/workflow-lint.ts passes the repository's workflows and rejects each way of leaking a secret
// or host access this repository guards against (each bad workflow is the real one with one fault).
import * as fs from "fs";
import * as path from "path";
import { parse, stringify } from "yaml";
import { lintWorkflow, repositoryLintOptions, workflowFiles } from "../../../tools/workflow-lint";
import { ROOT } from "../program/stack-files";

const opts = repositoryLintOptions(ROOT);
const PREVIEW = path.join(ROOT, ".github/workflows/preview.yml");

/** The real workflow with one change made by `edit`. */
function variant(edit: (wf: any) => void): string {
  const wf = parse(fs.readFileSync(PREVIEW, "utf8"));
  edit(wf);
  return stringify(wf);
}

function step(wf: any, job: string, match: (s: any) => boolean): any {
  const s = wf.jobs[job].steps.find(match);
  if (!s) throw new Error(`no such step in ${job}`);
  return s;
}

const isPulumi = (s: any) => s.uses?.startsWith("pulumi/actions@");
const isSsh = (s: any) => s.env?.KEY !== undefined;
const isInstall = (s: any) => s.run === "npm ci";

describe("workflow-lint on the repository", () => {
  it("reads the self-hosted runner labels from .github/actionlint.yaml", () => {
    expect(opts.selfHostedLabels).toEqual(["kvm"]);
  });

  it.each(workflowFiles(ROOT).map((f) => [path.relative(ROOT, f)]))("%s passes", (file) => {
    expect(lintWorkflow(fs.readFileSync(path.join(ROOT, file), "utf8"), opts)).toEqual([]);
  });

  it("rejects the workflow as it was before (issue 10), for each of the issue's faults", () => {
    const before = fs.readFileSync(path.join(__dirname, "fixtures/preview-before.yml"), "utf8");
    const problems = lintWorkflow(before, opts);
    const expected = [
      "env.PULUMI_ACCESS_TOKEN: secrets.PULUMI_ACCESS_TOKEN outside a step's env or with; give secrets only to the step that uses them",
      'jobs.preview.steps[3].run: has a ${{ }} expression; pass the value through the step\'s env and use "$NAME" (an expression is pasted into the script)',
      "jobs.preview: uses secrets.KVM_SSH_PRIVATE_KEY, secrets.KVM_SSH_KNOWN_HOSTS (host access) but runs-on is not [self-hosted, kvm]",
      "jobs.preview: uses secrets.KVM_SSH_PRIVATE_KEY, secrets.KVM_SSH_KNOWN_HOSTS (host access) without an environment; only reviewer-gated deploy jobs reach hosts",
      'jobs.deploy: has an environment but no "node .ci/require-reviewers.js" step refusing to run without required reviewers',
      "permissions.pull-requests: write at workflow level reaches every job; grant it in the job that needs it",
      'jobs.preview.steps[5]: uses secrets.KVM_SSH_PRIVATE_KEY, secrets.KVM_SSH_KNOWN_HOSTS on pull requests without "if: github.event.pull_request.head.repo.full_name == github.repository"; fork PRs get no secrets, so it would fail there',
    ];
    for (const p of expected) expect(problems).toContain(p);
  });

  it("gives fork PRs the render and a note saying why there is no preview; same-repository PRs the preview", () => {
    const wf = parse(fs.readFileSync(PREVIEW, "utf8"));
    const steps = wf.jobs.preview.steps;
    const renderStep = steps.find((s: any) => s.run?.startsWith("npm run render"));
    const upload = steps.find((s: any) => s.uses?.startsWith("actions/upload-artifact@"));
    expect([renderStep.if, upload.if]).toEqual([undefined, undefined]);
    const note = steps.find((s: any) => s.name === "fork pull request, render only");
    expect(note.if).toBe("github.event.pull_request.head.repo.full_name != github.repository");
    expect(note.run).toContain("GitHub gives fork pull requests no secrets, so there is no pulumi preview");
    expect(note.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(steps.find(isPulumi).if).toBe("github.event.pull_request.head.repo.full_name == github.repository");
  });

  it("gives the preview job no host access: no ssh key or known_hosts, a GitHub-hosted runner", () => {
    const text = stringify(parse(fs.readFileSync(PREVIEW, "utf8")).jobs.preview);
    expect(text).not.toMatch(/KVM_SSH|\.ssh|id_kvm/);
    expect(parse(fs.readFileSync(PREVIEW, "utf8")).jobs.preview["runs-on"]).toBe("ubuntu-latest");
  });
});

describe("workflow-lint rejects", () => {
  it.each<[string, (wf: any) => void, string]>([
    [
      "an expression in run:",
      (wf) => (step(wf, "preview", (s) => s.run?.startsWith("npm run render")).run = 'npm run render -- --stack "${{ matrix.stack }}"'),
      'jobs.preview.steps[3].run: has a ${{ }} expression; pass the value through the step\'s env and use "$NAME" (an expression is pasted into the script)',
    ],
    [
      "a secret in a job's env",
      (wf) => (wf.jobs.preview.env = { PULUMI_ACCESS_TOKEN: "${{ secrets.PULUMI_ACCESS_TOKEN }}" }),
      "jobs.preview.env.PULUMI_ACCESS_TOKEN: secrets.PULUMI_ACCESS_TOKEN outside a step's env or with; give secrets only to the step that uses them",
    ],
    [
      "a secret in the workflow's env",
      (wf) => (wf.env = { TOKEN: "${{ secrets.PULUMI_ACCESS_TOKEN }}" }),
      "env.TOKEN: secrets.PULUMI_ACCESS_TOKEN outside a step's env or with; give secrets only to the step that uses them",
    ],
    [
      "github.token in a job's env",
      (wf) => (wf.jobs.stacks.env = { GH: "${{ github.token }}" }),
      "jobs.stacks.env.GH: github.token outside a step's env or with; give secrets only to the step that uses them",
    ],
    [
      "secrets during npm ci",
      (wf) => (step(wf, "preview", isInstall).env = { NPM_TOKEN: "${{ secrets.NPM_TOKEN }}" }),
      "jobs.preview.steps[2]: installs packages with secrets in its env (secrets.NPM_TOKEN); install scripts would see them",
    ],
    [
      "a pull-request step with secrets that would run, and fail, for fork PRs",
      (wf) => delete step(wf, "preview", isPulumi).if,
      'jobs.preview.steps[6]: uses secrets.PULUMI_ACCESS_TOKEN, secrets.PULUMI_CONFIG_PASSPHRASE on pull requests without "if: github.event.pull_request.head.repo.full_name == github.repository"; fork PRs get no secrets, so it would fail there',
    ],
    [
      "the deploy key in the preview job",
      (wf) => wf.jobs.preview.steps.splice(3, 0, { name: "ssh", env: { KEY: "${{ secrets.KVM_SSH_PRIVATE_KEY }}" }, run: "true" }),
      "jobs.preview: uses secrets.KVM_SSH_PRIVATE_KEY (host access) but runs-on is not [self-hosted, kvm]",
    ],
    [
      "host access on a GitHub-hosted runner",
      (wf) => (wf.jobs.deploy["runs-on"] = "ubuntu-latest"),
      "jobs.deploy: uses secrets.KVM_SSH_PRIVATE_KEY, secrets.KVM_SSH_KNOWN_HOSTS (host access) but runs-on is not [self-hosted, kvm]",
    ],
    [
      "host access without an environment",
      (wf) => delete wf.jobs.deploy.environment,
      "jobs.deploy: uses secrets.KVM_SSH_PRIVATE_KEY, secrets.KVM_SSH_KNOWN_HOSTS (host access) without an environment; only reviewer-gated deploy jobs reach hosts",
    ],
    [
      "a deploy without the required-reviewers check",
      (wf) => (wf.jobs.deploy.steps = wf.jobs.deploy.steps.filter((s: any) => s.run !== "node .ci/require-reviewers.js")),
      'jobs.deploy: has an environment but no "node .ci/require-reviewers.js" step refusing to run without required reviewers',
    ],
    [
      "a secret used before the required-reviewers check",
      (wf) => {
        const steps = wf.jobs.deploy.steps;
        const ssh = steps.splice(steps.findIndex(isSsh), 1)[0];
        steps.splice(1, 0, ssh);
      },
      "jobs.deploy.steps[1]: uses a secret before the required-reviewers check",
    ],
    [
      "a custom runner label without self-hosted",
      (wf) => (wf.jobs.deploy["runs-on"] = ["kvm"]),
      'jobs.deploy.runs-on: "kvm" is a self-hosted runner\'s label; list "self-hosted" with it',
    ],
    [
      "an unknown runner label",
      (wf) => (wf.jobs.deploy["runs-on"] = ["self-hosted", "kvm", "gpu"]),
      'jobs.deploy.runs-on: unknown runner label "gpu" (GitHub-hosted images, or self-hosted with one of: kvm)',
    ],
    [
      "write permissions at workflow level",
      (wf) => (wf.permissions = { contents: "read", "pull-requests": "write" }),
      "permissions.pull-requests: write at workflow level reaches every job; grant it in the job that needs it",
    ],
    [
      "write-all permissions",
      (wf) => (wf.permissions = "write-all"),
      'permissions: "write-all" grants every scope at once; list the scopes the jobs need (e.g. contents: read)',
    ],
    [
      "no permissions",
      (wf) => delete wf.permissions,
      'workflow: "permissions" is required (e.g. contents: read), else the token gets the repository\'s defaults',
    ],
    [
      "an unknown permission scope",
      (wf) => (wf.jobs.preview.permissions = { "pull-request": "write" }),
      "jobs.preview.permissions.pull-request: unknown permission scope (accepted: actions, attestations, checks, contents, deployments, discussions, id-token, issues, models, packages, pages, pull-requests, repository-projects, security-events, statuses)",
    ],
    [
      "checkout leaving its token for later steps",
      (wf) => delete step(wf, "preview", (s) => s.uses?.startsWith("actions/checkout@")).with,
      "jobs.preview.steps[0]: actions/checkout without persist-credentials: false leaves the job's token in .git/config for every later step",
    ],
    [
      "an unpinned action",
      (wf) => (step(wf, "preview", isPulumi).uses = "pulumi/actions"),
      'jobs.preview.steps[6].uses: "pulumi/actions" names no version; pin one (owner/action@v4 or a commit)',
    ],
    [
      "pull_request_target",
      (wf) => (wf.on = { pull_request_target: {} }),
      "on.pull_request_target: runs code from pull requests with the repository's secrets; not in this repository",
    ],
    [
      "an unknown top-level key",
      (wf) => (wf.job = {}),
      'workflow: unknown key "job" (accepted: name, run-name, on, permissions, env, defaults, concurrency, jobs)',
    ],
    ["a missing on", (wf) => delete wf.on, 'workflow: "on" is required'],
    [
      "an unknown job key",
      (wf) => (wf.jobs.stacks["runs_on"] = "ubuntu-latest"),
      'jobs.stacks: unknown key "runs_on" (accepted: name, needs, permissions, runs-on, environment, concurrency, outputs, env, defaults, if, steps, timeout-minutes, strategy, continue-on-error, container, services, uses, with, secrets)',
    ],
    ["a job without runs-on", (wf) => delete wf.jobs.stacks["runs-on"], "jobs.stacks: runs-on is required"],
    ["a job without steps", (wf) => (wf.jobs.stacks.steps = []), "jobs.stacks: steps is required (a non-empty list)"],
    [
      "a step with both run and uses",
      (wf) => (step(wf, "stacks", isInstall).uses = "actions/cache@v4"),
      "jobs.stacks.steps[2]: a step needs exactly one of run or uses",
    ],
    [
      "an unknown step key",
      (wf) => (step(wf, "stacks", isInstall).environment = "x"),
      'jobs.stacks.steps[2]: unknown key "environment" (accepted: id, if, name, uses, run, shell, with, env, continue-on-error, timeout-minutes, working-directory)',
    ],
    ["an unbalanced expression", (wf) => (wf.jobs.stacks.name = "list ${{ matrix.x"), "jobs.stacks.name: unbalanced ${{ }} expression"],
  ])("%s", (_what, edit, problem) => {
    expect(lintWorkflow(variant(edit), opts)).toContain(problem);
  });

  it("YAML errors, such as a key given twice", () => {
    expect(lintWorkflow("on: push\non: pull_request\njobs: {}\n", opts)[0]).toMatch(/^YAML: Map keys must be unique/);
  });
});
