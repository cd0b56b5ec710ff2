// Two projects: `unit` (no daemon) and `integration` (the real libvirt test bed, run serially).
// The integration project is left out when the test bed is not reachable, with the reason at the
// top and again as the run's last line (test/support/skip-summary-reporter.js), unless the run asked
// for it (REQUIRE_LIBVIRT=1, `npm run test:integration`, --selectProjects integration, an
// integration test path): then its global setup fails the run with the reason instead.
const { probeTestbed } = require("./test/support/probe-testbed");
const { integrationAskedBy, selectedProjects } = require("./test/support/integration-asked");

const tsJest = { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };

const unit = {
  displayName: "unit",
  testEnvironment: "node",
  transform: tsJest,
  testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
};

const integration = {
  displayName: "integration",
  testEnvironment: "node",
  transform: tsJest,
  testMatch: ["<rootDir>/test/integration/**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/integration-setup.js",
  slowTestThreshold: 60,
};

// lvm2 tools complain about inherited descriptors on every call; the noise hides test output.
process.env.LVM_SUPPRESS_FD_WARNINGS = "1";

const askedBy = integrationAskedBy();
const probe = probeTestbed();
const projects = [unit];
const skipped = [];
if (probe.ok || askedBy) {
  if (askedBy) process.env.KVM_INFRA_INTEGRATION_ASKED_BY = askedBy;
  projects.push(integration);
} else {
  const reason = `${probe.reason}; set REQUIRE_LIBVIRT=1 to fail instead`;
  skipped.push({ project: "integration", reason });
  process.stderr.write(`integration tests skipped: ${reason}\n`);
}
const selected = selectedProjects();
if (selected && !selected.includes("integration") && !skipped.length) {
  skipped.push({ project: "integration", reason: `not selected (--selectProjects ${selected.join(" ")})` });
}

module.exports = {
  projects,
  reporters: ["<rootDir>/test/support/jest-progress-reporter.js", ["<rootDir>/test/support/skip-summary-reporter.js", { skipped }]],
  testTimeout: 120000,
};
