// The serialized __provider of each resource is a few lines that load the installed package
// @kvm-infra/libvirt: it loads in the SDK's real provider host (a fresh node process), carries no
// libvirt code and no secret, and answers check/diff there.
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, secretInput, urnOf } from "../../support/provider-host";

const LIBVIRT = path.resolve(__dirname, "../../../libvirt");

function declaredIn(text: string): string[] {
  return [...text.matchAll(/^(?:export )?(?:async )?(?:function\*?|class|const|let|enum) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
}

/** Every function, class and module-level constant declared under libvirt/, but those of the
 * provider reference that the texts are made of and the package's one export it reads. */
function libvirtDeclarations(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(LIBVIRT, { recursive: true, encoding: "utf8" })) {
    if (file.endsWith(".ts")) for (const n of declaredIn(readFileSync(path.join(LIBVIRT, file), "utf8"))) names.add(n);
  }
  for (const n of [...declaredIn(readFileSync(path.join(LIBVIRT, "resources", "provider-ref.ts"), "utf8")), "providers"]) names.delete(n);
  // The text must name dynamic.ResourceProvider's methods; a layer function called e.g. `read`
  // (the XDR codec's) is a different thing with the same word.
  for (const n of ["check", "diff", "create", "read", "update", "delete"]) names.delete(n);
  return [...names];
}

/** Identifiers used as code in a provider text: string literals (the kind, the package) removed. */
function codeOf(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

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

  test("every provider text is under 20 k characters and loads the provider from the installed package", () => {
    for (const c of captured) {
      const text = c.inputs.__provider as string;
      expect(text.length).toBeLessThan(20000);
      expect(text).toContain('PACKAGE: "@kvm-infra/libvirt"');
      expect(text).toContain("require(PACKAGE).providers[kind]");
    }
  });

  test("no provider text carries libvirt code: none of the layer's functions, classes or constants", () => {
    const names = libvirtDeclarations();
    expect(names.length).toBeGreaterThan(300); // the scan itself found the layer
    for (const c of captured) {
      const text = codeOf(c.inputs.__provider as string);
      expect(names.filter((n) => new RegExp(`(^|[^\\w$])${n.replace(/\$/g, "\\$")}([^\\w$]|$)`).test(text))).toEqual([]);
    }
  });

  test("the text differs between kinds only in the kind's name, so provider code changes are no diff", () => {
    const texts = captured.map((c) => c.inputs.__provider as string);
    expect(new Set(texts.slice(3)).size).toBe(1); // three domains, one text
    const generic = (t: string) => t.replace(/kind: "(StoragePool|StorageVolume|Network|Domain)"/, 'kind: "<Kind>"');
    expect(new Set(texts.map(generic)).size).toBe(1);
    expect(texts[0]).toContain('kind: "StoragePool"');
    expect(texts[3]).toContain('kind: "Domain"');
  });

  test("each resource carries its kind's provider revision as an input", () => {
    expect(captured.map((c) => c.inputs.__providerRevision)).toEqual([1, 1, 1, 1, 1, 1]);
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
    expect(res.inputs.__providerRevision).toBe(1);
  });

  test("in the host, a changed provider revision is an in-place update and an unchanged one no change", async () => {
    const c = captured[2];
    const urn = urnOf(c.type, c.name);
    const { inputs } = await host.check(urn, {}, c.inputs);
    const olds: Record<string, unknown> = { ...inputs, uuid: "0b2ed7f4-4a43-4a35-9bd5-0f5b0f5c7d01", bridgeName: "br0", active: true };
    const id = olds.uuid as string;
    expect(await host.diff(id, urn, olds, inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    const next = { ...inputs, __providerRevision: 2 };
    expect(await host.diff(id, urn, olds, next)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
    // A state written before revisions existed (no __providerRevision) is updated once, too.
    const { __providerRevision: _r, ...before } = olds;
    expect(await host.diff(id, urn, before, inputs)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
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
