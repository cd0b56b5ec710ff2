// The gRPC contract driver works against the SDK's real dynamic-provider host.
import * as path from "path";
import { captureResources, ProviderHost, secretInput, unwrapSecrets, urnOf } from "../../support/provider-host";

describe("provider host driver", () => {
  let host: ProviderHost;
  beforeAll(async () => {
    host = await ProviderHost.start();
    await host.configure({});
  });
  afterAll(async () => host.stop());

  test("captures __provider under setMocks and runs check/create/diff through the real host", async () => {
    const [echo] = await captureResources(path.join(__dirname, "fixtures/echo-resource.ts"), [
      { className: "Echo", name: "e1", props: { name: "a", pw: secretInput("hunter2") } },
    ]);
    expect(echo.type).toBe("pulumi-nodejs:dynamic/test:Echo");
    expect(typeof echo.inputs.__provider).toBe("string");
    expect(echo.inputs.pw).toBe("hunter2");
    const urn = urnOf(echo.type, "e1");
    const checked = await host.check(urn, {}, echo.inputs);
    expect(checked.inputs.checked).toBe(true);
    const created = await host.create(urn, checked.inputs);
    expect(created.id).toBe("echo-a");
    expect(created.properties.created).toBe(true);
    expect(created.properties.__provider).toBe(echo.inputs.__provider);
    expect(await host.diff(created.id, urn, created.properties, { ...checked.inputs, name: "b" })).toEqual({
      changes: "some",
      replaces: ["name"],
      deleteBeforeReplace: true,
    });
  });

  test("unwrapSecrets removes nested secret wrappers", () => {
    const sig = "4dabf18193072939515e22adb298388d";
    expect(unwrapSecrets({ a: [{ [sig]: "1b47061264138c4ac30d75fd1eb44270", value: { b: 1 } }] })).toEqual({ a: [{ b: 1 }] });
  });
});
