// Shared bits of the rpc integration tests: the test bed's URIs per transport, virsh as the second
// client that cross-checks results, unique object names, polling.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import { testbed } from "../../support/testbed";

export type TransportName = "unix" | "tcp" | "tls" | "ssh";

export function uriFor(t: TransportName): string {
  const tb = testbed();
  return { unix: tb.TESTBED_URI_UNIX, tcp: tb.TESTBED_URI_TCP, tls: tb.TESTBED_URI_TLS, ssh: tb.TESTBED_URI_SSH }[t];
}

/** virsh -c <uri> args..., stdout trimmed; throws with virsh's stderr on failure. */
export function virsh(uri: string, ...args: string[]): string {
  try {
    return execFileSync("virsh", ["-q", "-c", uri, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60000,
    }).trim();
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`virsh -c ${uri} ${args.join(" ")} failed: ${err.stderr || err.message}`, { cause: e });
  }
}

/** Exit status and output of a virsh call expected to fail sometimes. */
export function virshTry(uri: string, ...args: string[]): { ok: boolean; out: string } {
  try {
    return { ok: true, out: virsh(uri, ...args) };
  } catch (e) {
    return { ok: false, out: (e as Error).message };
  }
}

export function sh(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** kvmit-rpc-<what>-<random>, unique per run so parallel helpers never collide. */
export function uniqueName(what: string): string {
  return `kvmit-rpc-${what}-${randomBytes(3).toString("hex")}`;
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The value of "Key: value" in virsh's dominfo/pool-info/net-info output. */
export function infoField(out: string, key: string): string | undefined {
  for (const line of out.split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line.trim());
    if (m && m[1].trim() === key) return m[2].trim();
  }
  return undefined;
}
