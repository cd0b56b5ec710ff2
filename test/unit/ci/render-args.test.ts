// The command line of `npm run render`: every mistake is named, with what is accepted instead.
import { parseRenderArgs } from "../../../scripts/render-args";

function usageError(argv: string[]): string {
  try {
    parseRenderArgs(argv);
  } catch (e) {
    expect((e as Error).name).toBe("RenderUsageError");
    return (e as Error).message;
  }
  throw new Error(`parseRenderArgs(${JSON.stringify(argv)}) accepted it`);
}

describe("parseRenderArgs", () => {
  it.each([
    [["--stack", "dev"], { stack: "dev" }],
    [["--stack=dev", "--out=render/dev"], { stack: "dev", out: "render/dev" }],
    [["--config-file", "stacks/Pulumi.prod.yaml", "--out", "x"], { configFile: "stacks/Pulumi.prod.yaml", out: "x" }],
    [[], { stack: "dev" }],
    [["--out", "render/dev"], { stack: "dev", out: "render/dev" }],
  ])("reads %j", (argv, args) => {
    expect(parseRenderArgs(argv)).toEqual({ help: false, args });
  });

  it.each([[["--help"]], [["-h"]], [["--stack", "dev", "--help"]], [["--bogus", "--help"]]])("%j asks for the help text", (argv) => {
    expect(parseRenderArgs(argv)).toEqual({ help: true });
  });

  it.each([
    [["--stak", "dev"], 'unknown argument "--stak": accepted are --stack, --config-file, --out, --help'],
    [["--stack", "dev", "--verbose"], 'unknown argument "--verbose": accepted are --stack, --config-file, --out, --help'],
    [["--stack=dev", "--colour=no"], 'unknown argument "--colour": accepted are --stack, --config-file, --out, --help'],
    [["dev"], 'unexpected argument "dev": render takes only options (--stack, --config-file, --out, --help)'],
    [["--stack"], "--stack needs a value: a stack name, the <name> of stacks/Pulumi.<name>.yaml, e.g. dev"],
    [["--stack", "--out", "x"], "--stack needs a value: a stack name, the <name> of stacks/Pulumi.<name>.yaml, e.g. dev"],
    [["--stack="], "--stack needs a value: a stack name, the <name> of stacks/Pulumi.<name>.yaml, e.g. dev"],
    [["--stack", "dev", "--out"], "--out needs a value: a directory path, e.g. render/dev"],
    [["--config-file"], "--config-file needs a value: the path of a stack config file, e.g. stacks/Pulumi.dev.yaml"],
    [["--stack", "dev", "--stack", "prod"], "--stack is given twice: give it once"],
    [["--stack", "dev", "--config-file", "f.yaml"], "give one of --stack <name> or --config-file <path>, not both"],
    [
      ["--stack", "../../etc/passwd"],
      '--stack "../../etc/passwd" is not a stack name: letters, digits, "_", "." and "-" (use --config-file for a file elsewhere)',
    ],
  ])("refuses %j: %s", (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });
});
