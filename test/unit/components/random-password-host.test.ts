// RandomPassword through the SDK's real dynamic-provider host, as `pulumi up` drives it: its
// serialized provider loads, create generates the password once, a later run keeps it, and the
// engine is told to keep it secret.
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, urnOf } from "../../support/provider-host";

const MODULE = path.resolve(__dirname, "../../../components/random-password.ts");
const URN = urnOf("pulumi-nodejs:dynamic/kvm:RandomPassword", "kvmcomp-pw");

describe("RandomPassword in the provider host", () => {
  let captured: CapturedResource;
  let host: ProviderHost;
  beforeAll(async () => {
    [captured] = await captureResources(MODULE, [{ className: "RandomPassword", name: "kvmcomp-pw", props: { length: 8 } }]);
    host = await ProviderHost.start();
    await host.configure();
  });
  afterAll(async () => {
    await host?.stop();
  });

  it("registers with the password as an additional secret output", () => {
    expect(captured.type).toBe("pulumi-nodejs:dynamic/kvm:RandomPassword");
    expect(captured.additionalSecretOutputs).toEqual(["password"]);
    expect(String(captured.inputs.__provider)).toContain("exports.handler");
  });

  it("creates an 8-character password, keeps it when the provider's code changes, replaces it for a new length", async () => {
    const created = await host.create(URN, captured.inputs);
    const password = created.properties.password as string;
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{8}$/);
    const olds = { ...created.properties, __provider: captured.inputs.__provider };
    expect(await host.diff(created.id, URN, olds, captured.inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    const changedCode = { ...captured.inputs, __provider: `${captured.inputs.__provider}\n// changed` };
    const updated = await host.update(created.id, URN, olds, changedCode);
    expect(updated.properties.password).toBe(password);
    const diff = await host.diff(created.id, URN, olds, { ...captured.inputs, length: 6 });
    expect(diff.changes).toBe("some");
    expect(diff.replaces).toEqual(["length"]);
  });

  it("generates a different password for another resource", async () => {
    const a = await host.create(URN, captured.inputs);
    const b = await host.create(URN, captured.inputs);
    expect(a.properties.password).not.toBe(b.properties.password);
  });
});
