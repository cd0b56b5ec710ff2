// Every stack file parses, matches what Pulumi.yaml declares, passes the program's validation and
// keeps its secrets encrypted.
import * as fs from "fs";
import * as path from "path";
import { rawStackConfig, validateStackConfig } from "../../../components/config";
import { checkStackFile } from "../../../components/config/stack-file";
import { checkAgainstProject, mergedValues, plaintextSecrets, project, readStack, stackFiles } from "./stack-files";

const files = stackFiles();

describe("the stack files", () => {
  it("include prod and dev", () => {
    expect(files.map((f) => path.basename(f)).sort()).toEqual(["Pulumi.dev.yaml", "Pulumi.prod.yaml"]);
  });

  describe.each(files.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    const stack = readStack(file);

    it("holds only keys Pulumi.yaml declares, of the declared types", () => {
      expect(checkAgainstProject(stack.config)).toEqual([]);
    });

    it("holds no plaintext secret", () => {
      expect(plaintextSecrets(stack.config)).toEqual([]);
    });

    it("passes the whole-file checks as it is", () => {
      expect(checkStackFile(fs.readFileSync(file), path.basename(file), "x").problems).toEqual([]);
    });

    it("holds no ciphertext: a shipped stack previews with any secrets provider (secrets are set with pulumi config set --secret)", () => {
      expect(fs.readFileSync(file, "utf8")).not.toMatch(/secure:/);
    });

    it("does not deploy on push unless it opts in", () => {
      expect(stack.config["kvm-infra:autoDeploy"] ?? false).toBe(false);
    });

    it("passes the program's validation, merged over the project's defaults", () => {
      const all = Object.fromEntries(
        Object.entries(mergedValues(stack.config)).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
      );
      expect(() => validateStackConfig(rawStackConfig(all))).not.toThrow();
    });
  });
});

describe("Pulumi.yaml", () => {
  const decls = project().config;

  it("declares every key the program reads, each with a description and a default", () => {
    expect(Object.keys(decls).sort()).toEqual([
      "kvm-infra:adopt",
      "kvm-infra:autoDeploy",
      "kvm-infra:domains",
      "kvm-infra:network",
      "kvm-infra:pool",
      "kvm-infra:uri",
    ]);
    for (const [k, d] of Object.entries(decls)) {
      expect(d.description).toEqual(expect.any(String));
      // The uri has none on purpose: a stack that does not name its host manages none.
      if (k !== "kvm-infra:uri") expect(d).toHaveProperty("default");
    }
    expect(decls["kvm-infra:uri"]).not.toHaveProperty("default");
    expect(decls["kvm-infra:adopt"].default).toBe(false);
    expect(decls["kvm-infra:autoDeploy"].default).toBe(false);
  });

  it("types its keys only with the types the CLI accepts", () => {
    for (const d of Object.values(decls)) {
      if (d.type !== undefined) expect(["string", "integer", "boolean", "array"]).toContain(d.type);
    }
    expect(decls["kvm-infra:uri"].type).toBe("string");
    expect(decls["kvm-infra:autoDeploy"].type).toBe("boolean");
  });

  it("has defaults the program accepts once a stack names its host: a local dir pool and NAT network", () => {
    const all = Object.fromEntries(
      Object.entries(mergedValues({ "kvm-infra:uri": "qemu:///system" })).map(([k, v]) => [
        k,
        typeof v === "string" ? v : JSON.stringify(v),
      ]),
    );
    const cfg = validateStackConfig(rawStackConfig(all));
    expect(cfg).toMatchObject({ uri: "qemu:///system", adopt: false, pool: { type: "dir" }, network: { mode: "nat" }, domains: [] });
  });

  it("refuses a stack with no config, naming kvm-infra:uri: the defaults alone manage no host", () => {
    const all = Object.fromEntries(Object.entries(mergedValues({})).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
    expect(() => validateStackConfig(rawStackConfig(all))).toThrow("kvm-infra:uri is required");
  });
});

describe("the checks themselves", () => {
  it("find a plaintext VNC password, nested as `pulumi config set --path` writes it", () => {
    const config = { "kvm-infra:domains": [{ name: "a", graphics: { vnc: { password: "hunter2" } } }] };
    expect(plaintextSecrets(config)).toEqual(["kvm-infra:domains[0].graphics.vnc.password"]);
    const encrypted = { "kvm-infra:domains": [{ name: "a", graphics: { vnc: { password: { secure: "v1:abc" } } } }] };
    expect(plaintextSecrets(encrypted)).toEqual([]);
  });

  it("find a plaintext root password hash in a kickstart", () => {
    const config = { "kvm-infra:domains": [{ name: "a", install: { kickstart: { hostname: "a", rootPasswordHash: "$6$x$y" } } }] };
    expect(plaintextSecrets(config)).toEqual(["kvm-infra:domains[0].install.kickstart.rootPasswordHash"]);
  });

  it("find undeclared keys and values of the wrong type", () => {
    expect(checkAgainstProject({ "kvm-infra:pools": {}, "kvm-infra:uri": 5, "kvm-infra:autoDeploy": "yes" })).toEqual([
      "kvm-infra:pools is not declared in Pulumi.yaml",
      "kvm-infra:uri must be of type 'string'",
      "kvm-infra:autoDeploy must be of type 'boolean'",
    ]);
  });
});
