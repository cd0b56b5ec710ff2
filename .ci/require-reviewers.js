// Run by the deploy job of .github/workflows/preview.yml before anything else: refuses to deploy
// unless the job's GitHub environment has required reviewers. GitHub creates a missing environment
// without any protection, so `environment: <stack>` alone would let a stack with autoDeploy deploy
// ungated. Reads GET /repos/{owner}/{repo}/environments/{name} with the job's token (the job needs
// `permissions: actions: read`). Any answer but "reviewers required" fails the job, with the reason.
// Env: GITHUB_TOKEN, REPOSITORY (owner/repo), ENVIRONMENT; GITHUB_API_URL (set by Actions).
/* global fetch, AbortSignal -- Node 22 globals */

/** Why the environment does not gate deployments, or undefined when it does. */
function missingReviewers(environment) {
  const rules = Array.isArray(environment.protection_rules) ? environment.protection_rules : [];
  const reviewers = rules.filter((r) => r && r.type === "required_reviewers").flatMap((r) => r.reviewers || []);
  if (reviewers.length === 0) {
    const kinds = rules.map((r) => r && r.type).filter(Boolean);
    return `it has no required reviewers (protection rules: ${kinds.length ? kinds.join(", ") : "none"})`;
  }
  return undefined;
}

async function main(env = process.env, write = (s) => process.stderr.write(s)) {
  for (const k of ["GITHUB_TOKEN", "REPOSITORY", "ENVIRONMENT"]) {
    if (!env[k]) {
      write(`require-reviewers: ${k} is not set\n`);
      return 2;
    }
  }
  const api = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  const url = `${api}/repos/${env.REPOSITORY}/environments/${encodeURIComponent(env.ENVIRONMENT)}`;
  const fix = `add required reviewers to the environment "${env.ENVIRONMENT}" (Settings > Environments > ${env.ENVIRONMENT} > Required reviewers) before the stack deploys from main`;
  let res;
  try {
    res = await fetch(url, {
      headers: { Accept: "application/vnd.github+json", Authorization: `Bearer ${env.GITHUB_TOKEN}`, "X-GitHub-Api-Version": "2022-11-28" },
      signal: AbortSignal.timeout(30000),
    });
  } catch (e) {
    write(`require-reviewers: refusing to deploy: cannot read ${url}: ${e.message}\n`);
    return 1;
  }
  if (!res.ok) {
    const hint =
      res.status === 403 || res.status === 404
        ? " (the job's token needs `permissions: actions: read`; on a private repository, environment protection needs a plan that offers it)"
        : "";
    write(`require-reviewers: refusing to deploy: GET ${url} answered HTTP ${res.status}${hint}; ${fix}\n`);
    return 1;
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    write(`require-reviewers: refusing to deploy: GET ${url} did not answer JSON: ${e.message}\n`);
    return 1;
  }
  const missing = missingReviewers(body);
  if (missing) {
    write(`require-reviewers: refusing to deploy: the environment "${env.ENVIRONMENT}" does not gate deployments: ${missing}; ${fix}\n`);
    return 1;
  }
  if (body.can_admins_bypass) {
    write(`require-reviewers: note: administrators may bypass the reviewers of "${env.ENVIRONMENT}" (can_admins_bypass)\n`);
  }
  write(`require-reviewers: the environment "${env.ENVIRONMENT}" requires reviewers: deploying\n`);
  return 0;
}

module.exports = { missingReviewers, main };

if (require.main === module) {
  main().then((code) => process.exit(code));
}
