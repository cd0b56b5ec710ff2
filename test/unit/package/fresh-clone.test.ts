// From a fresh clone, `npm ci` is all it takes: its root `prepare` builds @kvm-infra/libvirt into
// the clone's node_modules, the program's provider texts load it, and the SDK's real provider host
// started in the clone (as the engine starts it) runs the clone's provider code. The clone holds
// the working tree as it would be committed (HEAD plus changed and new files).
import { execFileSync } from "child_process";
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, REPO_ROOT, urnOf } from "../../support/provider-host";

const URI = "qemu+ssh://root@kvm01.example.com/system";
// Changed in the clone only: the host must answer with the clone's code, not this checkout's.
const MESSAGE = "1 to 8 characters";
const CLONE_MESSAGE = "1 to 8 characters (as built in the clone)";
const SPEC = "libvirt/resources/domain-spec.ts";

const RESOURCES = [
  { className: "StoragePool", name: "p", props: { uri: URI, name: "images", type: "dir", targetPath: "/var/lib/libvirt/images" } },
  { className: "StorageVolume", name: "v", props: { uri: URI, pool: "images", name: "home", capacityBytes: 2 ** 30 } },
  {
    className: "Network",
    name: "n",
    props: {
      uri: URI,
      name: "nat0",
      mode: "nat",
      nat: { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.100", dhcpEnd: "192.168.150.254" },
    },
  },
  { className: "Domain", name: "d", props: { uri: URI, name: "c7", memoryMiB: 1024, vcpus: 1 } },
];

function git(args: string[], cwd = REPO_ROOT): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" });
}

describe("a fresh clone after npm ci", () => {
  let dir: string;
  let clone: string;
  let host: ProviderHost;
  let here: CapturedResource[];
  let there: CapturedResource[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "kvmit-package-clone-"));
    clone = path.join(dir, "kvm-infra");
    git(["clone", "--quiet", "--no-hardlinks", REPO_ROOT, clone], dir);
    const changed = git(["ls-files", "--modified", "--others", "--exclude-standard"]).split("\n").filter(Boolean);
    for (const f of changed) cpSync(path.join(REPO_ROOT, f), path.join(clone, f), { recursive: true });
    for (const f of git(["ls-files", "--deleted"]).split("\n").filter(Boolean)) rmSync(path.join(clone, f), { force: true });
    const spec = readFileSync(path.join(clone, SPEC), "utf8");
    expect(spec).toContain(MESSAGE);
    writeFileSync(path.join(clone, SPEC), spec.split(MESSAGE).join(CLONE_MESSAGE));
    // The machine's npm cache serves the packages: no network needed.
    execFileSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: clone, stdio: "pipe", timeout: 300000 });
    here = await captureResources(path.join(REPO_ROOT, "libvirt/index.ts"), RESOURCES);
    there = await captureResources(path.join(clone, "libvirt/index.ts"), RESOURCES, { projectDir: clone });
    host = await ProviderHost.start({ projectDir: clone });
    await host.configure({});
  }, 420000);
  afterAll(async () => {
    await host?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("npm ci built the package as a real directory in the clone's node_modules", () => {
    const pkg = path.join(clone, "node_modules/@kvm-infra/libvirt");
    expect(lstatSync(pkg).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8"))).toMatchObject({
      name: "@kvm-infra/libvirt",
      main: "provider-package.js",
      types: "provider-package.d.ts",
    });
    expect(readFileSync(path.join(pkg, "resources/domain-spec.js"), "utf8")).toContain(CLONE_MESSAGE);
  });

  test("the clone's provider texts are small and the same as here, although its provider code differs", () => {
    for (const [i, c] of there.entries()) {
      expect((c.inputs.__provider as string).length).toBeLessThan(20000);
      expect(c.inputs.__provider).toBe(here[i].inputs.__provider);
    }
  });

  test.each([0, 1, 2, 3])("provider %i loads in the clone's provider host and checks its inputs", async (i) => {
    const c = there[i];
    const res = await host.check(urnOf(c.type, c.name), {}, c.inputs);
    expect(res.failures).toEqual([]);
    expect(res.inputs.__provider).toBe(c.inputs.__provider);
  });

  test("the host runs the provider code built in the clone", async () => {
    const c = there[3];
    const res = await host.check(urnOf(c.type, c.name), {}, { ...c.inputs, graphics: { vnc: { password: "muchtoolong" } } });
    expect(res.failures).toEqual([{ property: "graphics.vnc.password", reason: expect.stringContaining(CLONE_MESSAGE) }]);
  });

  test("the program refuses to run once provider code changed after the build", async () => {
    const provider = path.join(clone, "libvirt/resources/domain-provider.ts");
    writeFileSync(provider, readFileSync(provider, "utf8") + "\n// changed after npm ci\n");
    await expect(captureResources(path.join(clone, "libvirt/index.ts"), RESOURCES.slice(3), { projectDir: clone })).rejects.toThrow(
      /built from other sources than this program runs \(libvirt\/resources\/domain-provider\.ts changed since\): run `npm run build:libvirt`/,
    );
  });
});
