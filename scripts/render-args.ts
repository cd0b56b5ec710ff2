// The command line of `npm run render`: parsed before anything is read or written, so a mistyped
// argument is one line naming it and the accepted ones, never a stack trace.

export interface RenderArgs {
  stack?: string;
  configFile?: string;
  out?: string;
}

export type ParsedRenderArgs = { help: true } | { help: false; args: RenderArgs };

/** Thrown for a command line render cannot run; the CLI prints the message and the usage, exit 2. */
export class RenderUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RenderUsageError";
    this.message = message;
  }
}

export const RENDER_USAGE = "usage: npm run render -- (--stack <name> | --config-file <path>) [--out <dir>]";
/** The stack a bare `npm run render` renders: the local one a newcomer can try first. */
export const DEFAULT_STACK = "dev";

const OPTIONS: Record<string, { key: keyof RenderArgs; value: string }> = {
  "--stack": { key: "stack", value: "a stack name, the <name> of stacks/Pulumi.<name>.yaml, e.g. dev" },
  "--config-file": { key: "configFile", value: "the path of a stack config file, e.g. stacks/Pulumi.dev.yaml" },
  "--out": { key: "out", value: "a directory path, e.g. render/dev" },
};
const ACCEPTED = [...Object.keys(OPTIONS), "--help"].join(", ");

export const RENDER_HELP = `${RENDER_USAGE}

The dry run of a stack without the Pulumi CLI or a libvirt host: runs the program under the SDK's
mocks with the stack's config and prints the exact libvirt XML of every object it would define.

  --stack <name>         the stack whose stacks/Pulumi.<name>.yaml to render (e.g. dev, prod);
                         without --stack or --config-file: ${DEFAULT_STACK}
  --config-file <path>   render this stack config file instead (the stack name is taken from
                         Pulumi.<name>.yaml, else the file's name)
  --out <dir>            write one file per object into <dir> (pool-<name>.xml, network-<name>.xml,
                         volume-<pool>-<name>.xml, domain-<name>.xml, domain-<name>.install.xml,
                         domain-<name>.ks.cfg: the kickstart the install phase gets)
                         instead of stdout. <dir> is replaced as a whole once the render succeeded:
                         a failed render leaves it as it was. It must be absent, empty, or hold only
                         files of an earlier render.
  --help                 this text

Secrets show as [secret], a password still to be generated as [random]. An invalid config fails
with the message \`pulumi preview\` would print (exit 1); a bad command line exits 2.
`;

// Stack names are file name parts here; a path in one would read a file outside stacks/.
const STACK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function parseRenderArgs(argv: string[]): ParsedRenderArgs {
  // Asking for help wins over whatever else is wrong on the line.
  if (argv.includes("--help") || argv.includes("-h")) return { help: true };
  const args: RenderArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const option = OPTIONS[flag];
    if (!option) {
      if (!raw.startsWith("-"))
        throw new RenderUsageError(`unexpected argument ${JSON.stringify(raw)}: render takes only options (${ACCEPTED})`);
      throw new RenderUsageError(`unknown argument ${JSON.stringify(flag)}: accepted are ${ACCEPTED}`);
    }
    let value: string | undefined;
    if (eq > 0) value = raw.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || value === "") throw new RenderUsageError(`${flag} needs a value: ${option.value}`);
    if (args[option.key] !== undefined) throw new RenderUsageError(`${flag} is given twice: give it once`);
    args[option.key] = value;
  }
  if (args.stack !== undefined && args.configFile !== undefined) {
    throw new RenderUsageError("give one of --stack <name> or --config-file <path>, not both");
  }
  if (args.stack === undefined && args.configFile === undefined) args.stack = DEFAULT_STACK;
  if (args.stack !== undefined && !STACK_NAME.test(args.stack)) {
    throw new RenderUsageError(
      `--stack ${JSON.stringify(args.stack)} is not a stack name: letters, digits, "_", "." and "-" (use --config-file for a file elsewhere)`,
    );
  }
  return { help: false, args };
}
