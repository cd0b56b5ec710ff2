// Why the preview job of .github/workflows/preview.yml gets no host credentials: `pulumi preview`
// runs the program and, per resource, the provider's check and diff (the SDK's dynamic-provider host
// does not offer preview creates or updates, and the workflow does not refresh). This runs exactly
// those for every resource the repository's stacks define: the program under the SDK's mocks, then
// check and diff through the SDK's real dynamic-provider host over gRPC. Every stack's URI points at
// a tripwire: an `ssh` on PATH that records being run, and unix and tcp listeners that count
// connections (an install tree's http location too). Preview needs no host if none of them is touched.
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { parse, stringify } from "yaml";
import { captureUnderMocks } from "../../support/mock-capture";
import { ProviderHost, unwrapSecrets, urnOf } from "../../support/provider-host";
import { ROOT } from "../program/stack-files";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kvmci-tripwire-"));
const sshLog = path.join(tmp, "ssh-runs");
const binDir = path.join(tmp, "bin");
const PATH = `${binDir}${path.delimiter}${process.env.PATH}`;
const touched: string[] = [];

function listen(server: net.Server, where: string | number): Promise<void> {
  return new Promise((resolve) => (typeof where === "string" ? server.listen(where, resolve) : server.listen(where, "127.0.0.1", resolve)));
}

function tripwire(name: string): net.Server {
  return net.createServer((s) => {
    touched.push(name);
    s.destroy();
  });
}

/** The program's registrations for a stack file whose uri (and install location) point at tripwires. */
async function registrations(stackFile: string, uri: string) {
  const regs = await captureUnderMocks({
    body: `
      const { stackConfigMap } = require(${JSON.stringify(path.join(ROOT, "scripts/render.ts"))});
      const cfg = stackConfigMap(process.env.TRIPWIRE_STACK_FILE);
      cfg.config["kvm-infra:uri"] = process.env.TRIPWIRE_URI;
      pulumi.runtime.setAllConfig(cfg.config, cfg.secretKeys);
      const program = require(${JSON.stringify(path.join(ROOT, "index.ts"))});
      const settings = require(require.resolve("@pulumi/pulumi/runtime/settings", { paths: [process.cwd()] }));
      settings.waitForRPCs()
        .then(() => new Promise((resolve) => pulumi.output(program).apply(resolve)))
        .then(() => settings.waitForRPCs())
        .then(finish);
    `,
    env: { TRIPWIRE_STACK_FILE: stackFile, TRIPWIRE_URI: uri, PATH },
    extraState: { ":RandomPassword": { password: "[random]" } },
    stack: path.basename(stackFile).replace(/^Pulumi\.(.*)\.yaml$/, "$1"),
    what: `running the program of ${stackFile} under mocks`,
    timeoutMs: 120000,
  });
  return regs.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
}

describe("pulumi preview's provider calls (check, diff) need no host access", () => {
  const unix = tripwire("unix socket");
  const tcp = tripwire("tcp");
  const http = tripwire("http install tree");
  let uris: string[];
  let host: ProviderHost;
  let stacks: { file: string; resources: Awaited<ReturnType<typeof registrations>> }[];

  beforeAll(async () => {
    fs.mkdirSync(binDir);
    fs.writeFileSync(path.join(binDir, "ssh"), `#!/bin/sh\necho "$*" >> ${JSON.stringify(sshLog)}\nexit 255\n`, { mode: 0o755 });
    await listen(unix, path.join(tmp, "libvirt-sock"));
    await listen(tcp, 0);
    await listen(http, 0);
    uris = [
      "qemu+ssh://root@kvmci-tripwire.invalid/system",
      `qemu+unix:///system?socket=${path.join(tmp, "libvirt-sock")}`,
      `qemu+tcp://127.0.0.1:${(tcp.address() as net.AddressInfo).port}/system`,
    ];
    // The repository's stacks, and prod with an unattended installation from an install tree.
    const prod = parse(fs.readFileSync(path.join(ROOT, "stacks/Pulumi.prod.yaml"), "utf8"));
    const d = prod.config["kvm-infra:domains"][0];
    const install = {
      location: `http://127.0.0.1:${(http.address() as net.AddressInfo).port}/centos/7/os/x86_64/`,
      kickstart: { hostname: "xxx.example.com", rootPasswordHash: { secure: "v1:c2VjcmV0" } },
    };
    const installFile = path.join(tmp, "Pulumi.install.yaml");
    fs.writeFileSync(installFile, stringify({ config: { ...prod.config, "kvm-infra:domains": [{ ...d, install }] } }));
    // prod's own resources are the install variant's less the install: two program runs cover all three.
    const files = [path.join(ROOT, "stacks/Pulumi.dev.yaml"), installFile];
    stacks = await Promise.all(files.map(async (file) => ({ file, resources: await registrations(file, uris[0]) })));
    host = await ProviderHost.start({ env: { PATH } });
    await host.configure({});
  }, 180000);

  afterAll(async () => {
    await host?.stop();
    for (const s of [unix, tcp, http]) s.close();
  });

  it("registers the stacks' pools, networks, volumes and domains (what preview would check)", () => {
    for (const s of stacks) {
      const kinds = new Set(s.resources.map((r) => r.type.replace(/^.*:/, "")));
      for (const k of ["StoragePool", "Network", "StorageVolume", "Domain"]) expect([s.file, kinds.has(k)]).toEqual([s.file, true]);
      for (const r of s.resources) expect(typeof r.inputs.__provider).toBe("string");
    }
  });

  it("checks and diffs every resource for every kind of URI without touching a host", async () => {
    let calls = 0;
    for (const s of stacks) {
      for (const r of s.resources) {
        for (const uri of uris) {
          const inputs = unwrapSecrets(r.inputs);
          if ("uri" in inputs) inputs.uri = uri;
          const urn = urnOf(r.type, r.name);
          // As preview does for a new resource (check against no olds), then for an existing one.
          // The one exception is the first preview of an adopting resource: its check tries to read
          // the host to name replace-needing differences early, best effort (a warning when the host
          // is out of reach, as in a credential-less PR preview; create still refuses). Adoption is
          // checked without that read here; every later preview of the stack has olds and no read.
          const created = await host.check(urn, {}, inputs.adopt === true ? { ...inputs, adopt: false } : inputs);
          expect([r.name, created.failures]).toEqual([r.name, []]);
          const again = await host.check(urn, created.inputs, inputs);
          expect([r.name, again.failures]).toEqual([r.name, []]);
          const same = await host.diff(`${r.name}-id`, urn, created.inputs, again.inputs);
          expect([r.name, same.changes]).toEqual([r.name, "none"]);
          // A change, to walk diff's comparing paths too (once per resource: the URI changes nothing there).
          if (uri === uris[0] && typeof inputs.name === "string") {
            const renamed = await host.diff(`${r.name}-id`, urn, created.inputs, { ...again.inputs, name: `${inputs.name}-renamed` });
            expect([r.name, renamed.changes]).toEqual([r.name, "some"]);
          }
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(2 * 4 * uris.length);
    expect(touched).toEqual([]);
    expect(fs.existsSync(sshLog) ? fs.readFileSync(sshLog, "utf8") : "").toBe("");
  }, 120000);

  it("has tripwires that would notice: the same host's create, which does connect, trips every one", async () => {
    const pool = stacks[0].resources.find((r) => r.type.endsWith(":StoragePool"))!;
    for (const uri of uris) {
      const inputs = { ...unwrapSecrets(pool.inputs), uri };
      const urn = urnOf(pool.type, pool.name);
      const checked = await host.check(urn, {}, inputs);
      await expect(host.create(urn, checked.inputs)).rejects.toBeDefined();
    }
    expect([...new Set(touched)].sort()).toEqual(["tcp", "unix socket"]);
    expect(fs.readFileSync(sshLog, "utf8")).toContain("kvmci-tripwire.invalid");
  }, 60000);
});
