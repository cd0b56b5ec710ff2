// The serialized __provider of each resource loads in the SDK's real provider host (a fresh node
// process), captures no secret and answers check/diff there.
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, secretInput, urnOf } from "../../support/provider-host";

const URI = "qemu+ssh://root@kvm01.example.com/system";
const PASSWORD = "Zq7pW3xK";
const ROOT_HASH = "$6$kvmitser$SerializedProviderMustNotHoldThisHash";

describe("serialized providers", () => {
  let host: ProviderHost;
  let captured: CapturedResource[];

  beforeAll(async () => {
    captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
      {
        className: "StoragePool",
        name: "p",
        props: { uri: URI, name: "images_lvm", type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] },
      },
      { className: "StorageVolume", name: "v", props: { uri: URI, pool: "images_lvm", name: "home", capacityBytes: 2 ** 30 } },
      { className: "Network", name: "n", props: { uri: URI, name: "br0net", mode: "bridge", bridge: "br0" } },
      {
        className: "Domain",
        name: "d",
        props: { uri: URI, name: "c7", memoryMiB: 1024, vcpus: 1, graphics: { vnc: { password: secretInput(PASSWORD) } } },
      },
      {
        className: "Domain",
        name: "di",
        props: {
          uri: URI,
          name: "c7i",
          memoryMiB: 1024,
          vcpus: 1,
          install: { kickstart: { hostname: "c7i.example.com", rootPasswordHash: secretInput(ROOT_HASH) } },
        },
      },
      {
        className: "Domain",
        name: "dp",
        props: { uri: URI, name: "c7p", memoryMiB: 1024, vcpus: 1, graphics: { vnc: { password: PASSWORD } } },
      },
    ]);
    host = await ProviderHost.start();
    await host.configure({});
  }, 180000);
  afterAll(async () => host?.stop());

  test("tokens read pulumi-nodejs:dynamic/libvirt:<Type>", () => {
    expect(captured.map((c) => c.type)).toEqual([
      "pulumi-nodejs:dynamic/libvirt:StoragePool",
      "pulumi-nodejs:dynamic/libvirt:StorageVolume",
      "pulumi-nodejs:dynamic/libvirt:Network",
      "pulumi-nodejs:dynamic/libvirt:Domain",
      "pulumi-nodejs:dynamic/libvirt:Domain",
      "pulumi-nodejs:dynamic/libvirt:Domain",
    ]);
  });

  test("the Domain marks graphics (the VNC password) and install (the root password hash) as secret outputs", () => {
    expect(captured[3].additionalSecretOutputs).toEqual(["graphics", "install"]);
    expect(captured[0].additionalSecretOutputs).toEqual([]);
  });

  test("a VNC password given in plain text still reaches the engine (and so the state's inputs) as a secret", () => {
    const graphics = captured[5].rawInputs.graphics as Record<string, unknown>;
    expect(graphics["4dabf18193072939515e22adb298388d"]).toBe("1b47061264138c4ac30d75fd1eb44270");
    expect(JSON.stringify(captured[5].rawInputs).includes(PASSWORD)).toBe(true); // wrapped, not dropped
    expect(captured[5].inputs.graphics).toEqual({ vnc: { password: PASSWORD } });
  });

  test("the provider texts hold no secret, socket or child process", () => {
    for (const c of captured) {
      const text = c.inputs.__provider as string;
      expect(typeof text).toBe("string");
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(ROOT_HASH);
      expect(text).not.toMatch(/\[object (Socket|ChildProcess)\]/);
    }
  });

  test("no serialized function refers to its module's exports (they would be undefined in the host)", () => {
    // A module referring to its own exported const compiles to `exports.X`; the serializer leaves
    // that as is, and in the provider text `exports` is the provider module's, not the original.
    const text = captured[3].inputs.__provider as string;
    const dangling = [...new Set(text.match(/\bexports\.(?!handler\b)[A-Za-z_$][\w$]*/g) ?? [])];
    expect(dangling).toEqual([]);
  });

  test.each([0, 1, 2, 3, 4])("provider %i loads in the real host and checks its inputs", async (i) => {
    const c = captured[i];
    const res = await host.check(urnOf(c.type, c.name), {}, c.inputs);
    expect(res.failures).toEqual([]);
    expect(res.inputs.__provider).toBe(c.inputs.__provider);
  });

  test("the domain's check in the host fails on a long VNC password without echoing it", async () => {
    const c = captured[3];
    const res = await host.check(urnOf(c.type, c.name), {}, { ...c.inputs, graphics: { vnc: { password: "muchtoolongpassword" } } });
    expect(res.failures).toEqual([{ property: "graphics.vnc.password", reason: expect.stringContaining("1 to 8 characters") }]);
    expect(JSON.stringify(res.failures)).not.toContain("muchtoolongpassword");
  });

  test("diff in the host reports a replace with deleteBeforeReplace", async () => {
    const c = captured[1];
    const urn = urnOf(c.type, c.name);
    const { inputs } = await host.check(urn, {}, c.inputs);
    const olds = { ...inputs, key: "/dev/cl/home", path: "/dev/cl/home", allocationBytes: 0 };
    expect(await host.diff("/dev/cl/home", urn, olds, { ...inputs, name: "home2" })).toEqual({
      changes: "some",
      replaces: ["name"],
      deleteBeforeReplace: true,
    });
    expect(await host.diff("/dev/cl/home", urn, olds, { ...inputs, capacityBytes: 2 ** 31 })).toEqual({
      changes: "some",
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await host.diff("/dev/cl/home", urn, olds, inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
  });

  test("the domain's check in the host validates install without echoing the root password", async () => {
    const c = captured[4];
    const res = await host.check(
      urnOf(c.type, c.name),
      {},
      { ...c.inputs, install: { kickstart: { hostname: "c7i", rootPasswordHash: "plainpassword" }, timeoutMinutes: 0 } },
    );
    expect(res.failures).toEqual([
      { property: "install.kickstart.rootPasswordHash", reason: expect.stringContaining("is not a crypt(3) hash") },
      {
        property: "install.timeoutMinutes",
        reason: "install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got 0",
      },
    ]);
    expect(JSON.stringify(res.failures)).not.toContain("plainpassword");
  });

  test("the domain's diff in the host ignores install changes of an installed domain", async () => {
    const c = captured[4];
    const urn = urnOf(c.type, c.name);
    const { inputs } = await host.check(urn, {}, c.inputs);
    const olds = { ...inputs, uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0", vncPort: 0, pendingRestart: [], installed: true };
    const news = { ...inputs, install: { kickstart: "text\npoweroff\n" } };
    expect(await host.diff(olds.uuid, urn, olds, news)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
  });
});
