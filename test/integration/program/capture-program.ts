// Runs the program (index.ts) under pulumi.runtime.setMocks in a fresh node process, as the nodejs
// language host would with the given stack config, and returns every resource it registered with
// its inputs as the engine would send them to the provider (including the serialized __provider).
import * as path from "path";
import { captureUnderMocks } from "../../support/mock-capture";
import { unwrapSecrets } from "../../support/provider-host";

export const ROOT = path.resolve(__dirname, "../../..");
/** What the mocks answer for the generated VNC password; the test swaps in the real one. */
export const MOCK_PASSWORD = "[random]";

export interface ProgramResource {
  type: string;
  name: string;
  inputs: Record<string, any>;
  additionalSecretOutputs: string[];
}

const PROGRAM_BODY = `
const settings = require(require.resolve("@pulumi/pulumi/runtime/settings", { paths: [process.cwd()] }));
pulumi.runtime.setAllConfig(JSON.parse(process.env.KVMCOMP_CONFIG), JSON.parse(process.env.KVMCOMP_SECRET_KEYS));
const program = require(process.env.KVMCOMP_PROGRAM);
(async () => {
  await settings.waitForRPCs();
  await new Promise((resolve) => pulumi.output(program).apply(resolve));
  await settings.waitForRPCs();
  finish();
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

/** `config`: the kvm-infra keys as in a stack file (objects as objects). */
export async function captureProgram(
  config: Record<string, unknown>,
  secretKeys: string[] = [],
  stack = "e2e",
): Promise<ProgramResource[]> {
  const flat = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  const all = await captureUnderMocks({
    body: PROGRAM_BODY,
    env: {
      KVMCOMP_CONFIG: JSON.stringify(flat),
      KVMCOMP_SECRET_KEYS: JSON.stringify(secretKeys),
      KVMCOMP_PROGRAM: path.join(ROOT, "index.ts"),
    },
    stack,
    extraState: { ":RandomPassword": { password: MOCK_PASSWORD } },
    what: "running the program under mocks",
    timeoutMs: 180000,
  });
  return all.map((r) => ({ ...r, inputs: unwrapSecrets(r.inputs) }));
}
