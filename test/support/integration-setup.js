// Global setup of the integration project: when the integration tests were asked for (REQUIRE_LIBVIRT=1,
// or `npm run test:integration` / --selectProjects integration / an integration test path), an
// unreachable test bed fails the run here with the reason, instead of every test failing on its own
// or jest saying "No tests found".
const { probeTestbed } = require("./probe-testbed");

module.exports = async function integrationSetup() {
  const probe = probeTestbed();
  if (!probe.ok) {
    const why = process.env.KVM_INFRA_INTEGRATION_ASKED_BY || "REQUIRE_LIBVIRT=1";
    const error = new Error(`integration tests asked for (${why}) but the libvirt test bed is unreachable: ${probe.reason}`);
    // The reason is the whole story; jest's own frames would bury it.
    error.stack = error.message;
    throw error;
  }
};
