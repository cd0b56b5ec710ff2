// A setMocks recorder for the component tests: every registered resource with its type, name and
// inputs (secrets unwrapped), plus plausible outputs for what only the host would report.
import * as pulumi from "@pulumi/pulumi";

// Serializing the providers' code into `__provider` is the resources' concern (their
// serialized-provider tests) and slow; these tests check what the components register. The SDK
// loads the serializer lazily, so this takes effect for every resource constructed afterwards.
jest.mock("@pulumi/pulumi/runtime/closure/serializeClosure", () => ({
  serializeFunction: async () => ({ text: "exports.handler = undefined;", containsSecrets: false }),
}));

export interface Registered {
  type: string;
  name: string;
  inputs: Record<string, any>;
  /** Whether an input held a secret (the SDK wraps it under the mocks). */
  secretPaths: string[];
}

const SECRET_SIG = "4dabf18193072939515e22adb298388d";

function unwrap(v: unknown, at: string, secrets: string[]): unknown {
  if (Array.isArray(v)) return v.map((x, i) => unwrap(x, `${at}[${i}]`, secrets));
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (SECRET_SIG in o) {
      secrets.push(at);
      return unwrap(o.value, at, []);
    }
    return Object.fromEntries(
      Object.entries(o)
        // The engine's plumbing (__provider, __providerRevision) is the resources' tests' concern.
        .filter(([k]) => !k.startsWith("__"))
        .map(([k, x]) => [k, unwrap(x, at ? `${at}.${k}` : k, secrets)]),
    );
  }
  return v;
}

export const MOCK_VNC_AUTOPORT = 5907;
export const MOCK_UUID = "11111111-2222-3333-4444-555555555555";

export function installMocks(): Registered[] {
  const registered: Registered[] = [];
  pulumi.runtime.setMocks(
    {
      newResource(args) {
        const secretPaths: string[] = [];
        const inputs = unwrap(args.inputs, "", secretPaths) as Record<string, any>;
        registered.push({ type: args.type, name: args.name, inputs, secretPaths });
        const extra: Record<string, unknown> = {};
        if (args.type.endsWith("libvirt:StoragePool"))
          Object.assign(extra, { uuid: MOCK_UUID, capacity: 1000, allocation: 100, available: 900 });
        if (args.type.endsWith("libvirt:Network"))
          Object.assign(extra, { uuid: MOCK_UUID, bridgeName: inputs.bridge ?? "virbr7", active: true });
        if (args.type.endsWith("libvirt:Domain")) {
          Object.assign(extra, {
            uuid: inputs.uuid ?? MOCK_UUID,
            vncPort: inputs.graphics?.vnc?.port ?? MOCK_VNC_AUTOPORT,
            pendingRestart: [],
          });
        }
        if (args.type.endsWith("kvm:RandomPassword")) Object.assign(extra, { password: "Gen3rat3" });
        return { id: `${args.name}-id`, state: { ...args.inputs, ...extra } };
      },
      call(args) {
        return args.inputs;
      },
    },
    "kvm-infra",
    "test",
    false,
  );
  return registered;
}

export function promiseOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => resolve(v)));
}

/** Resolves once every registration so far reached the mocks. */
export async function settled(): Promise<void> {
  await (require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> }).waitForRPCs();
}

export function byType(registered: Registered[], suffix: string): Registered[] {
  return registered.filter((r) => r.type.endsWith(suffix));
}
