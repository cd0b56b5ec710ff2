// The program (index.ts) under the SDK's mocks: the stack config in, the components and libvirt
// resources out, the stack outputs; an invalid config registers nothing.
import * as pulumi from "@pulumi/pulumi";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError } from "../../../components/config";
import { STACK_FILE_ENV } from "../../../components/config/read";
import { checkStackFile } from "../../../components/config/stack-file";
import { installMocks, promiseOf, settled } from "../components/mocks";
import { mergedValues, readStack, ROOT } from "./stack-files";

const registered = installMocks();

/** Sets the engine's config from a stack file (secure values as a placeholder) and runs index.ts. */
function runProgram(config: Record<string, unknown>, secretKeys: string[] = []): Record<string, any> {
  const all = Object.fromEntries(
    Object.entries(mergedValues(config, "pa55word")).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  );
  pulumi.runtime.setAllConfig(all, secretKeys);
  let program: Record<string, any> = {};
  jest.isolateModules(() => {
    program = require(`${ROOT}/index`);
  });
  return program;
}

describe("the program", () => {
  it("registers nothing when the config is invalid, and says everything that is wrong", async () => {
    const before = registered.length;
    const prod = readStack(`${ROOT}/stacks/Pulumi.prod.yaml`).config as Record<string, any>;
    const bad = { ...prod, "kvm-infra:uri": "kvm01", "kvm-infra:domains": [{ ...prod["kvm-infra:domains"][0], memoryMiB: 512 }] };
    let error: unknown;
    try {
      runProgram(bad);
    } catch (e) {
      error = e;
    }
    // index.ts ran in its own module registry: same class name, another class object.
    expect((error as Error).name).toBe("ConfigError");
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(["kvm-infra:uri", "kvm-infra:domains[0].memoryMiB"]);
    await settled();
    expect(registered.length).toBe(before);
  });

  describe("with a stack file slip, reads the file as a whole and registers nothing", () => {
    const prodText = fs.readFileSync(`${ROOT}/stacks/Pulumi.prod.yaml`, "utf8");
    afterEach(() => delete process.env[STACK_FILE_ENV]);

    it.each<[string, string, string[]]>([
      ["a mistyped namespace (kvm_infra:domains:)", prodText.replace("kvm-infra:domains:", "kvm_infra:domains:"), ["kvm_infra:domains"]],
      ["a mistyped config block (confg:)", prodText.replace(/^config:/m, "confg:"), ["confg", "config", "kvm-infra:uri"]],
      ["an empty file", "", ["stacks/Pulumi.slip.yaml", "kvm-infra:uri"]],
      ["a null file", "null\n", ["stacks/Pulumi.slip.yaml", "kvm-infra:uri"]],
      ["a list-shaped file", "- config: {}\n", ["stacks/Pulumi.slip.yaml", "kvm-infra:uri"]],
      [
        "a plain-text VNC password",
        prodText.replace("listen: 127.0.0.1", "listen: 127.0.0.1\n          password: hunter22"),
        ["kvm-infra:domains[0].graphics.vnc.password"],
      ],
      [
        "a URI parameter libvirt's client does not know",
        prodText.replace("kvm01.example.com/system", "kvm01.example.com/system?foo=1"),
        ["kvm-infra:uri"],
      ],
    ])("%s", async (_what, text, paths) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kvmcomp-slip-")), "Pulumi.slip.yaml");
      fs.writeFileSync(file, text);
      // What the CLI hands the engine for that file: its config block as written, or nothing.
      const engineConfig = checkStackFile(Buffer.from(text), "f", "slip").config;
      process.env[STACK_FILE_ENV] = file;
      const before = registered.length;
      let error: unknown;
      try {
        runProgram(engineConfig, ["kvm-infra:domains"]);
      } catch (e) {
        error = e;
      }
      expect((error as Error).name).toBe("ConfigError");
      const problems = (error as ConfigError).problems.map((p) => p.path.replace(file, "stacks/Pulumi.slip.yaml"));
      expect(problems).toEqual(paths);
      expect((error as Error).message).not.toContain("hunter22");
      await settled();
      expect(registered.length).toBe(before);
    });
  });

  describe("with the prod stack", () => {
    let program: Record<string, any>;
    beforeAll(async () => {
      // The password as `pulumi config set --secret --path` writes it (the shipped file has none).
      const config = readStack(`${ROOT}/stacks/Pulumi.prod.yaml`).config as Record<string, any>;
      const [xxx] = config["kvm-infra:domains"];
      const withSecret = {
        ...config,
        "kvm-infra:domains": [{ ...xxx, graphics: { vnc: { ...xxx.graphics.vnc, password: { secure: "v1:x" } } } }],
      };
      program = runProgram(withSecret, ["kvm-infra:domains"]);
      await promiseOf(pulumi.output(program.domains));
      await settled();
    });

    it("builds the pool, the network and the domain as components over the libvirt resources", () => {
      const mine = registered.filter((r) =>
        ["images_lvm", "images_lvm-pool", "br0", "br0-network", "xxx", "xxx-disk", "xxx-domain"].includes(r.name),
      );
      expect(mine.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
        "kvm:compute:CentOS7Domain xxx",
        "kvm:network:BridgeNetwork br0",
        "kvm:storage:LvmStoragePool images_lvm",
        "pulumi-nodejs:dynamic/libvirt:Domain xxx-domain",
        "pulumi-nodejs:dynamic/libvirt:Network br0-network",
        "pulumi-nodejs:dynamic/libvirt:StoragePool images_lvm-pool",
        "pulumi-nodejs:dynamic/libvirt:StorageVolume xxx-disk",
      ]);
      expect(registered.find((r) => r.type.endsWith("kvm:RandomPassword"))).toBeUndefined();
    });

    it("puts the disk in the pool and the guest on the network the stack manages", () => {
      const domain = registered.find((r) => r.name === "xxx-domain")!.inputs;
      expect(domain.disks[0].source).toEqual({ type: "volume", pool: "images_lvm", volume: "xxx" });
      expect(domain.interfaces[0].source).toEqual({ type: "network", network: "br0" });
      expect(domain.uri).toBe("qemu+ssh://root@kvm01.example.com/system");
      expect(domain.graphics.vnc.password).toBe("pa55word");
      expect(registered.find((r) => r.name === "xxx-domain")!.secretPaths).toEqual(["graphics"]);
    });

    it("exports how to reach the guest, without the configured password", async () => {
      const xxx = (await promiseOf(pulumi.output(program.domains.xxx))) as Record<string, string>;
      expect(xxx).toEqual({
        name: "xxx",
        uuid: expect.any(String),
        vncDisplay: "vnc://127.0.0.1:5901",
        vncTunnelCommand: "ssh -fNL 5901:127.0.0.1:5901 root@kvm01.example.com",
        serialConsoleCommand: "virsh -c qemu+ssh://root@kvm01.example.com/system console xxx",
      });
      expect(await promiseOf(pulumi.output(program.pool))).toEqual({ name: "images_lvm", capacity: 1000, available: 900 });
      expect(await promiseOf(pulumi.output(program.network))).toEqual({ name: "br0", bridge: "br0" });
    });
  });

  describe("with the dev stack", () => {
    it("exports the generated VNC password as a secret", async () => {
      const program = runProgram(readStack(`${ROOT}/stacks/Pulumi.dev.yaml`).config);
      const pw = program.domains["dev-centos7"].vncPassword as pulumi.Output<string>;
      expect(await pulumi.isSecret(pw)).toBe(true);
      expect(await promiseOf(pw)).toBe("Gen3rat3");
      await settled();
      const domain = registered.find((r) => r.name === "dev-centos7-domain")!.inputs;
      expect(domain).toMatchObject({
        virtType: "qemu",
        uri: "qemu:///system",
        interfaces: [{ source: { type: "network", network: "kvm-infra-dev" } }],
      });
    });
  });
});
