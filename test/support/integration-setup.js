// Global setup of the integration project: with REQUIRE_LIBVIRT=1 an unreachable test bed fails
// the run here, with the reason, instead of every test failing on its own.
const { probeTestbed } = require("./probe-testbed");

module.exports = async function integrationSetup() {
  const probe = probeTestbed();
  if (!probe.ok) {
    throw new Error(`REQUIRE_LIBVIRT=1 but the libvirt test bed is unreachable: ${probe.reason}`);
  }
};
