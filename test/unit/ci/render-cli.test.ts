// `npm run render` as an operator runs it: --help, a bad --out refused before anything is
// rendered, and --out replaced whole (an earlier render's stale file gone; a failed render
// leaving the earlier one as it was, with nothing beside it).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse, stringify } from "yaml";
import { RENDER_HELP } from "../../../scripts/render-args";
import { render, tempDir } from "../program/render-run";
import { ROOT } from "../program/stack-files";

describe("npm run render -- --help", () => {
  it("prints what render does and every option, to stdout, exit 0", () => {
    const run = render(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(RENDER_HELP);
    for (const option of ["--stack <name>", "--config-file <path>", "--out <dir>", "--help"]) expect(run.stdout).toContain(option);
  });
});

describe("npm run render with a bad command line", () => {
  it("names the unknown argument and the accepted ones, exit 2", () => {
    const run = render(["--stack", "dev", "--dry"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('render: unknown argument "--dry": accepted are --stack, --config-file, --out, --help');
  });

  it("names the stacks there are for an unknown stack", () => {
    const run = render(["--stack", "nosuch"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      `render: --stack nosuch: no stack config file at ${path.join(ROOT, "stacks/Pulumi.nosuch.yaml")} (stacks there: dev, prod)`,
    );
  });

  it("refuses --out pointing at a file, before rendering, and leaves the file alone", () => {
    const file = path.join(tempDir(), "render");
    fs.writeFileSync(file, "mine\n");
    const run = render(["--stack", "dev", "--out", file]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      `render: --out ${file} is a file, not a directory: give a directory path (render writes one file per object into it)`,
    );
    expect(run.stderr).not.toContain("    at ");
    expect(fs.readFileSync(file, "utf8")).toBe("mine\n");
  });
});

describe("npm run render --out over an earlier render", () => {
  const parent = tempDir();
  const out = path.join(parent, "out");
  const stackFile = path.join(parent, "Pulumi.ci.yaml");
  const stack = parse(fs.readFileSync(path.join(ROOT, "stacks/Pulumi.dev.yaml"), "utf8"));
  let before: Record<string, string>;

  beforeAll(() => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "domain-stale.xml"), "<domain/>\n");
    fs.writeFileSync(stackFile, stringify(stack));
  });

  it("replaces it whole: the stale file of the earlier render is gone", () => {
    const run = render(["--config-file", stackFile, "--out", out]);
    expect(run.status).toBe(0);
    before = Object.fromEntries(fs.readdirSync(out).map((f) => [f, fs.readFileSync(path.join(out, f), "utf8")]));
    expect(Object.keys(before).sort()).toEqual([
      "domain-dev-centos7.xml",
      "network-kvm-infra-dev.xml",
      "pool-kvm-infra-dev.xml",
      "volume-kvm-infra-dev-dev-centos7.img.xml",
    ]);
    expect(fs.readdirSync(parent).sort()).toEqual(["Pulumi.ci.yaml", "out"]);
  });

  it("leaves it as it was, with nothing beside it, when the next render fails", () => {
    const bad = { config: { ...stack.config, "kvm-infra:domains": [{ ...stack.config["kvm-infra:domains"][0], memoryMiB: 16 }] } };
    fs.writeFileSync(stackFile, stringify(bad));
    const run = render(["--config-file", stackFile, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("memoryMiB");
    const after = Object.fromEntries(fs.readdirSync(out).map((f) => [f, fs.readFileSync(path.join(out, f), "utf8")]));
    expect(after).toEqual(before);
    expect(fs.readdirSync(parent).sort()).toEqual(["Pulumi.ci.yaml", "out"]);
  });
});

describe("render/ (the README's and the workflow's --out)", () => {
  it("is ignored by git", () => {
    const r = spawnSync("git", ["check-ignore", "--no-index", "render/dev/pool-kvm-infra-dev.xml"], { cwd: ROOT, encoding: "utf8" });
    expect([r.status, r.stdout.trim()]).toEqual([0, "render/dev/pool-kvm-infra-dev.xml"]);
  });
});
