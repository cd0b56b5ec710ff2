// Whether this jest run asked for the integration tests by name: then a missing test bed is an
// error with its reason (integration-setup.js), not a silent skip or jest's "No tests found".
const INTEGRATION_PATH = /(^|[/\\])test[/\\]integration([/\\]|$)/;

/** The projects --selectProjects names (every occurrence), or undefined without one. */
function selectedProjects(argv = process.argv.slice(2)) {
  let selected;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== "--selectProjects" && !a.startsWith("--selectProjects=")) continue;
    selected = selected || [];
    if (a.includes("=")) selected.push(...a.slice(a.indexOf("=") + 1).split(","));
    else for (let j = i + 1; j < argv.length && !argv[j].startsWith("-"); j++) selected.push(argv[j]);
  }
  return selected;
}

/** What asked for the integration tests (for the error text), or undefined when nothing did. */
function integrationAskedBy(argv = process.argv.slice(2), env = process.env) {
  if (env.REQUIRE_LIBVIRT === "1") return "REQUIRE_LIBVIRT=1";
  if ((selectedProjects(argv) || []).includes("integration")) {
    return env.npm_lifecycle_event === "test:integration" ? "npm run test:integration" : "--selectProjects integration";
  }
  const p = argv.find((a) => !a.startsWith("-") && INTEGRATION_PATH.test(a));
  return p === undefined ? undefined : `the test path ${p}`;
}

module.exports = { integrationAskedBy, selectedProjects };
