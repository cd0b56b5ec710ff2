// Which jest runs asked for the integration tests by name (and so fail without a test bed, saying why).
import { integrationAskedBy, selectedProjects } from "../../support/integration-asked";

describe("integrationAskedBy", () => {
  it.each([
    [[], {}, undefined],
    [["--runInBand"], {}, undefined],
    [["--selectProjects", "unit"], {}, undefined],
    [["test/unit/ci"], {}, undefined],
    [["--runInBand"], { REQUIRE_LIBVIRT: "1" }, "REQUIRE_LIBVIRT=1"],
    [["--runInBand"], { REQUIRE_LIBVIRT: "0" }, undefined],
    [["--selectProjects", "integration"], {}, "--selectProjects integration"],
    [["--selectProjects", "unit", "integration", "--runInBand"], {}, "--selectProjects integration"],
    [["--selectProjects=integration"], {}, "--selectProjects integration"],
    [["--selectProjects", "integration"], { npm_lifecycle_event: "test:integration" }, "npm run test:integration"],
    [["test/integration/rpc/x.test.ts"], {}, "the test path test/integration/rpc/x.test.ts"],
    [["/work/kvm-infra/test/integration"], {}, "the test path /work/kvm-infra/test/integration"],
    [["test/integrations-notes"], {}, undefined],
  ])("%j with %j: %s", (argv, env, expected) => {
    expect(integrationAskedBy(argv as string[], env as Record<string, string>)).toBe(expected);
  });
});

describe("selectedProjects", () => {
  it.each([
    [[], undefined],
    [["test/unit"], undefined],
    [["--selectProjects", "unit"], ["unit"]],
    [
      ["--selectProjects", "unit", "integration", "--runInBand"],
      ["unit", "integration"],
    ],
    [["--selectProjects=unit,integration"], ["unit", "integration"]],
    [
      ["--selectProjects", "unit", "--selectProjects", "integration"],
      ["unit", "integration"],
    ],
  ])("%j: %j", (argv, expected) => {
    expect(selectedProjects(argv as string[])).toEqual(expected);
  });
});
