// A structural check of GitHub Actions workflows, for the rules this repository's CI depends on
// (no current actionlint build is available here from the npm registry or Debian). Beyond shape
// (known keys, required keys, one of run/uses per step) it enforces who gets which secret:
// secrets only in a step's env/with, never in `npm ci`'s step, no expression inside `run:`,
// read-only workflow permissions, the deploy key only in environment-gated jobs on the kvm runner,
// behind the required-reviewers check. `npx ts-node --transpile-only tools/workflow-lint.ts [files]`.
import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "yaml";

/** Secrets that reach a KVM host: only for environment-gated jobs on a runner that can reach one. */
export const HOST_SECRETS = ["KVM_SSH_PRIVATE_KEY", "KVM_SSH_KNOWN_HOSTS"];
/** The labels of the self-hosted runners that reach the hosts. */
export const HOST_RUNNER_LABELS = ["self-hosted", "kvm"];
// GitHub-hosted runner images; anything else must be a self-hosted runner's label.
const HOSTED_LABEL = /^(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)(-(arm|arm64|\d+-cores|xl|xlarge|large))?$/;

export interface LintOptions {
  /** Labels our self-hosted runners carry (.github/actionlint.yaml's self-hosted-runner.labels). */
  selfHostedLabels: string[];
}
/** The condition of steps that need secrets in pull-request jobs: GitHub gives fork PRs none. */
export const SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository";
/** The step that must run first in a job with an environment (.ci/require-reviewers.js). */
export const REVIEWERS_CHECK = "node .ci/require-reviewers.js";

const WORKFLOW_KEYS = ["name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"];
const JOB_KEYS = [
  "name",
  "needs",
  "permissions",
  "runs-on",
  "environment",
  "concurrency",
  "outputs",
  "env",
  "defaults",
  "if",
  "steps",
  "timeout-minutes",
  "strategy",
  "continue-on-error",
  "container",
  "services",
  "uses",
  "with",
  "secrets",
];
const STEP_KEYS = ["id", "if", "name", "uses", "run", "shell", "with", "env", "continue-on-error", "timeout-minutes", "working-directory"];
const PERMISSION_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
];
const PERMISSION_LEVELS = ["read", "write", "none"];
// Events that run a fork's code with the repository's secrets: never for this repository.
const FORBIDDEN_EVENTS = ["pull_request_target", "workflow_run"];
const INSTALL = /\bnpm\s+(ci|install|i)\b|\byarn(\s+install)?\b|\bpnpm\s+(i|install)\b/;

type Node = unknown;
type Rec = Record<string, Node>;

function isRec(v: Node): v is Rec {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** Every string in a tree with its path (jobs.deploy.steps[3].env.KEY). */
function strings(v: Node, at: string, out: Array<{ at: string; text: string }> = []): Array<{ at: string; text: string }> {
  if (typeof v === "string") out.push({ at, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${at}[${i}]`, out));
  else if (isRec(v)) for (const [k, x] of Object.entries(v)) strings(x, at ? `${at}.${k}` : k, out);
  return out;
}

const SECRET_EXPR = /\$\{\{[^}]*\b(secrets\.[A-Za-z_][A-Za-z0-9_]*|secrets\[|github\.token\b)/g;

function secretsIn(text: string): string[] {
  return [...text.matchAll(SECRET_EXPR)].map((m) => m[1]);
}

function unknownKeys(v: Rec, allowed: string[], at: string, problems: string[]): void {
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) problems.push(`${at}: unknown key "${k}" (accepted: ${allowed.join(", ")})`);
  }
}

function checkPermissions(v: Node, at: string, problems: string[], workflowLevel: boolean): void {
  if (typeof v === "string") {
    problems.push(`${at}: "${v}" grants every scope at once; list the scopes the jobs need (e.g. contents: read)`);
    return;
  }
  if (!isRec(v)) {
    problems.push(`${at}: must map scopes to read, write or none`);
    return;
  }
  for (const [scope, level] of Object.entries(v)) {
    if (!PERMISSION_SCOPES.includes(scope))
      problems.push(`${at}.${scope}: unknown permission scope (accepted: ${PERMISSION_SCOPES.join(", ")})`);
    if (typeof level !== "string" || !PERMISSION_LEVELS.includes(level)) {
      problems.push(`${at}.${scope}: must be read, write or none, got ${JSON.stringify(level)}`);
    } else if (workflowLevel && level === "write") {
      problems.push(`${at}.${scope}: write at workflow level reaches every job; grant it in the job that needs it`);
    }
  }
}

function labelsOf(runsOn: Node): string[] {
  if (typeof runsOn === "string") return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.filter((x): x is string => typeof x === "string");
  if (isRec(runsOn) && Array.isArray(runsOn.labels)) return runsOn.labels.filter((x): x is string => typeof x === "string");
  return [];
}

function checkStep(step: Node, at: string, problems: string[]): void {
  if (!isRec(step)) {
    problems.push(`${at}: a step must be a mapping`);
    return;
  }
  unknownKeys(step, STEP_KEYS, at, problems);
  if ("run" in step === "uses" in step) problems.push(`${at}: a step needs exactly one of run or uses`);
  if (typeof step.uses === "string" && !step.uses.startsWith("./") && !/@[\w.\-/]+$/.test(step.uses)) {
    problems.push(`${at}.uses: "${step.uses}" names no version; pin one (owner/action@v4 or a commit)`);
  }
  if (typeof step.run === "string") {
    if (step.run.includes("${{")) {
      problems.push(
        `${at}.run: has a \${{ }} expression; pass the value through the step's env and use "$NAME" (an expression is pasted into the script)`,
      );
    }
    if (INSTALL.test(step.run)) {
      const secrets = strings(step.env, "").flatMap((s) => secretsIn(s.text));
      if (secrets.length)
        problems.push(`${at}: installs packages with secrets in its env (${secrets.join(", ")}); install scripts would see them`);
    }
  }
  if (typeof step.uses === "string" && step.uses.startsWith("actions/checkout@")) {
    const persist = isRec(step.with) ? step.with["persist-credentials"] : undefined;
    if (persist !== false) {
      problems.push(
        `${at}: actions/checkout without persist-credentials: false leaves the job's token in .git/config for every later step`,
      );
    }
  }
}

function checkRunsOn(runsOn: Node, at: string, problems: string[], opts: LintOptions): void {
  if (typeof runsOn === "string" && runsOn.includes("${{")) return; // decided at run time
  const labels = labelsOf(runsOn);
  if (!labels.length) {
    problems.push(`${at}: must be a runner label or a list of labels`);
    return;
  }
  const selfHosted = labels.includes("self-hosted");
  for (const l of labels) {
    if (l === "self-hosted" || HOSTED_LABEL.test(l)) continue;
    if (!opts.selfHostedLabels.includes(l)) {
      problems.push(
        `${at}: unknown runner label "${l}" (GitHub-hosted images, or self-hosted with one of: ${opts.selfHostedLabels.join(", ") || "none"})`,
      );
    } else if (!selfHosted) {
      problems.push(`${at}: "${l}" is a self-hosted runner's label; list "self-hosted" with it`);
    }
  }
}

// A job runs on pull requests unless its condition names another event (how this repository's jobs say it).
function runsOnPullRequests(job: Rec, events: string[]): boolean {
  if (!events.includes("pull_request")) return false;
  return typeof job.if !== "string" || !/github\.event_name\s*==\s*'(push|workflow_dispatch|schedule)'/.test(job.if);
}

function checkJob(id: string, job: Node, problems: string[], opts: LintOptions, events: string[]): void {
  const at = `jobs.${id}`;
  if (!isRec(job)) {
    problems.push(`${at}: a job must be a mapping`);
    return;
  }
  unknownKeys(job, JOB_KEYS, at, problems);
  if (job.permissions !== undefined) checkPermissions(job.permissions, `${at}.permissions`, problems, false);
  if ("uses" in job) return; // a reusable workflow: its own file is checked on its own
  if (job["runs-on"] === undefined) problems.push(`${at}: runs-on is required`);
  else checkRunsOn(job["runs-on"], `${at}.runs-on`, problems, opts);
  if (!Array.isArray(job.steps) || job.steps.length === 0) {
    problems.push(`${at}: steps is required (a non-empty list)`);
    return;
  }
  job.steps.forEach((s, i) => checkStep(s, `${at}.steps[${i}]`, problems));

  const steps: Node[] = job.steps;
  const stepSecrets = steps.map((s) => strings(s, "").flatMap((x) => secretsIn(x.text)));
  if (runsOnPullRequests(job, events)) {
    stepSecrets.forEach((found, i) => {
      const own = found.filter((x) => x !== "github.token" && x !== "secrets.GITHUB_TOKEN");
      const step = steps[i] as Rec;
      if (own.length && !(typeof step.if === "string" && step.if.includes(SAME_REPOSITORY))) {
        problems.push(
          `${at}.steps[${i}]: uses ${own.join(", ")} on pull requests without "if: ${SAME_REPOSITORY}"; fork PRs get no secrets, so it would fail there`,
        );
      }
    });
  }
  const hostSecrets = [...new Set(stepSecrets.flat().filter((s) => HOST_SECRETS.includes(s.replace(/^secrets\./, ""))))];
  if (hostSecrets.length) {
    const labels = labelsOf(job["runs-on"]);
    if (!HOST_RUNNER_LABELS.every((l) => labels.includes(l))) {
      problems.push(`${at}: uses ${hostSecrets.join(", ")} (host access) but runs-on is not [${HOST_RUNNER_LABELS.join(", ")}]`);
    }
    if (job.environment === undefined) {
      problems.push(
        `${at}: uses ${hostSecrets.join(", ")} (host access) without an environment; only reviewer-gated deploy jobs reach hosts`,
      );
    }
  }
  if (job.environment !== undefined) {
    const check = job.steps.findIndex((s) => isRec(s) && typeof s.run === "string" && s.run.trim() === REVIEWERS_CHECK);
    const firstSecret = stepSecrets.findIndex((s, i) => s.some((x) => x !== "github.token") && i !== check);
    if (check < 0) problems.push(`${at}: has an environment but no "${REVIEWERS_CHECK}" step refusing to run without required reviewers`);
    else if (firstSecret >= 0 && firstSecret < check)
      problems.push(`${at}.steps[${firstSecret}]: uses a secret before the required-reviewers check`);
  }
}

/** Every problem of one workflow document (an empty list: it passes). */
export function lintWorkflow(text: string, opts: LintOptions): string[] {
  const problems: string[] = [];
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return doc.errors.map((e) => `YAML: ${e.message}`);
  const wf = doc.toJS() as Node;
  if (!isRec(wf)) return ["the workflow must be a mapping"];
  unknownKeys(wf, WORKFLOW_KEYS, "workflow", problems);
  for (const k of ["on", "jobs"]) if (wf[k] === undefined) problems.push(`workflow: "${k}" is required`);
  const events = typeof wf.on === "string" ? [wf.on] : Array.isArray(wf.on) ? wf.on : isRec(wf.on) ? Object.keys(wf.on) : [];
  for (const e of events) {
    if (FORBIDDEN_EVENTS.includes(String(e)))
      problems.push(`on.${e}: runs code from pull requests with the repository's secrets; not in this repository`);
  }
  if (wf.permissions === undefined)
    problems.push(`workflow: "permissions" is required (e.g. contents: read), else the token gets the repository's defaults`);
  else checkPermissions(wf.permissions, "permissions", problems, true);

  for (const s of strings(wf, "")) {
    const found = secretsIn(s.text);
    if (found.length && !/^jobs\.[^.]+\.steps\[\d+\]\.(env|with)\.[^.]+$/.test(s.at)) {
      problems.push(`${s.at}: ${found.join(", ")} outside a step's env or with; give secrets only to the step that uses them`);
    }
    const opens = s.text.split("${{").length - 1;
    const closes = s.text.split("}}").length - 1;
    if (opens !== closes) problems.push(`${s.at}: unbalanced \${{ }} expression`);
  }
  if (isRec(wf.jobs)) for (const [id, job] of Object.entries(wf.jobs)) checkJob(id, job, problems, opts, events.map(String));
  else if (wf.jobs !== undefined) problems.push(`workflow: "jobs" must map job ids to jobs`);
  return problems;
}

/** The options the repository declares, in the file actionlint reads them from. */
export function repositoryLintOptions(root: string): LintOptions {
  const file = path.join(root, ".github", "actionlint.yaml");
  const config = fs.existsSync(file) ? (parseDocument(fs.readFileSync(file, "utf8")).toJS() as Rec) : {};
  const runner = isRec(config["self-hosted-runner"]) ? config["self-hosted-runner"] : {};
  return { selfHostedLabels: Array.isArray(runner.labels) ? runner.labels.map(String) : [] };
}

/** The repository's workflow files. */
export function workflowFiles(root: string): string[] {
  const dir = path.join(root, ".github", "workflows");
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles(root);
  const opts = repositoryLintOptions(root);
  let failed = 0;
  for (const f of files) {
    const problems = lintWorkflow(fs.readFileSync(f, "utf8"), opts);
    for (const p of problems) process.stderr.write(`${path.relative(root, f)}: ${p}\n`);
    if (problems.length) failed++;
  }
  process.stderr.write(`workflow-lint: ${files.length - failed} of ${files.length} workflow(s) pass\n`);
  process.exit(failed ? 1 : 0);
}
