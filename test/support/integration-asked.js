// Whether this jest run asked for the integration tests by name: then a missing test bed is an
// error with its reason (integration-setup.js), not a silent skip or jest's "No tests found".
const INTEGRATION_PATH = /(^|[/\\])test[/\\]integration([/\\]|$)/;

/** What asked for the integration tests (for the error text), or undefined when nothing did. */
function integrationAskedBy(argv = process.argv.slice(2), env = process.env) {
  if (env.REQUIRE_LIBVIRT === "1") return "REQUIRE_LIBVIRT=1";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--selectProjects" || a.startsWith("--selectProjects=")) {
      const values = a.includes("=") ? a.slice(a.indexOf("=") + 1).split(",") : [];
      for (let j = i + 1; !a.includes("=") && j < argv.length && !argv[j].startsWith("-"); j++) values.push(argv[j]);
      if (values.includes("integration")) {
        return env.npm_lifecycle_event === "test:integration" ? "npm run test:integration" : "--selectProjects integration";
      }
    } else if (!a.startsWith("-") && INTEGRATION_PATH.test(a)) {
      return `the test path ${a}`;
    }
  }
  return undefined;
}

module.exports = { integrationAskedBy };
