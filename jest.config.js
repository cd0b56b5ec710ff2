// Two projects: `unit` (no daemon) and `integration` (the real libvirt test bed, run serially).
// The integration project is left out, with one line saying why, when the test bed is not
// reachable, unless REQUIRE_LIBVIRT=1, in which case its global setup fails the run instead.
const { probeTestbed } = require("./test/support/probe-testbed");

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

const required = process.env.REQUIRE_LIBVIRT === "1";
const probe = probeTestbed();
const projects = [unit];
if (probe.ok || required) {
  projects.push(integration);
} else {
  process.stderr.write(`integration tests skipped: ${probe.reason} (set REQUIRE_LIBVIRT=1 to fail instead)\n`);
}

module.exports = {
  projects,
  testTimeout: 120000,
};
