// .ci/require-reviewers.js, as the deploy job runs it, against a local HTTP server answering as
// GitHub's GET /repos/{owner}/{repo}/environments/{name} does: it deploys only when the environment
// has required reviewers, and says why not otherwise.
import { spawn } from "child_process";
import * as http from "http";
import * as net from "net";
import * as path from "path";
import { ROOT } from "../program/stack-files";

const SCRIPT = path.join(ROOT, ".ci/require-reviewers.js");

interface Answer {
  status: number;
  body: unknown;
}

const requests: { url?: string; authorization?: string }[] = [];
let answer: Answer = { status: 200, body: {} };
const server = http.createServer((req, res) => {
  requests.push({ url: req.url, authorization: req.headers.authorization });
  res.writeHead(answer.status, { "content-type": "application/json" });
  res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function run(a: Answer, env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  answer = a;
  const api = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT], {
      env: {
        PATH: process.env.PATH,
        GITHUB_API_URL: api,
        GITHUB_TOKEN: "ghs_test",
        REPOSITORY: "acme/kvm-infra",
        ENVIRONMENT: "prod",
        ...env,
      },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const reviewersRule = {
  id: 1,
  node_id: "GA_1",
  type: "required_reviewers",
  prevent_self_review: true,
  reviewers: [{ type: "Team", reviewer: { slug: "ops" } }],
};
const FIX =
  'add required reviewers to the environment "prod" (Settings > Environments > prod > Required reviewers) before the stack deploys from main';

describe(".ci/require-reviewers.js", () => {
  it("lets the deploy run when the environment has required reviewers, asking GitHub with the job's token", async () => {
    requests.length = 0;
    const r = await run({ status: 200, body: { name: "prod", can_admins_bypass: false, protection_rules: [reviewersRule] } });
    expect(r.stderr).toBe('require-reviewers: the environment "prod" requires reviewers: deploying\n');
    expect(r.code).toBe(0);
    expect(requests).toEqual([{ url: "/repos/acme/kvm-infra/environments/prod", authorization: "Bearer ghs_test" }]);
  });

  it("notes when administrators may bypass the reviewers", async () => {
    const r = await run({ status: 200, body: { name: "prod", can_admins_bypass: true, protection_rules: [reviewersRule] } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('administrators may bypass the reviewers of "prod" (can_admins_bypass)');
  });

  it.each<[string, unknown, string]>([
    ["an environment GitHub created without protection", { name: "prod", protection_rules: [] }, "protection rules: none"],
    [
      "only a wait timer",
      { name: "prod", protection_rules: [{ id: 2, type: "wait_timer", wait_timer: 5 }] },
      "protection rules: wait_timer",
    ],
    [
      "a reviewers rule with nobody in it",
      { name: "prod", protection_rules: [{ ...reviewersRule, reviewers: [] }] },
      "protection rules: required_reviewers",
    ],
  ])("refuses %s", async (_what, body, rules) => {
    const r = await run({ status: 200, body });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `require-reviewers: refusing to deploy: the environment "prod" does not gate deployments: it has no required reviewers (${rules}); ${FIX}\n`,
    );
  });

  it("refuses when GitHub does not answer 200, with the permission it needs", async () => {
    const r = await run({ status: 403, body: { message: "Resource not accessible by integration" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("answered HTTP 403 (the job's token needs `permissions: actions: read`");
    expect(r.stderr).toContain(FIX);
    expect(r.stderr).not.toContain("ghs_test");
  });

  it("refuses an answer that is not JSON", async () => {
    const r = await run({ status: 200, body: "<html>" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("did not answer JSON");
  });

  it("refuses when the API cannot be reached", async () => {
    const r = await run({ status: 200, body: {} }, { GITHUB_API_URL: "http://127.0.0.1:1" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^require-reviewers: refusing to deploy: cannot read http:\/\/127\.0\.0\.1:1\/repos\/acme\/kvm-infra\/environments\/prod: /,
    );
  });

  it("refuses to start without its inputs", async () => {
    const r = await run({ status: 200, body: {} }, { ENVIRONMENT: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("require-reviewers: ENVIRONMENT is not set\n");
  });
});
