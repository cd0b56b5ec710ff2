// virsh as the second client for the XML integration tests: defines what libvirt/xml writes and
// dumps what libvirt stored, independently of our RPC client.
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync, rmSync } from "fs";
import { join } from "path";
import { tmpdir } from "os";
import { randomBytes } from "crypto";
import { testbed } from "../../support/testbed";

export function virsh(...args: string[]): string {
  const r = spawnSync("virsh", ["-q", "-c", testbed().TESTBED_URI_UNIX, ...args], { encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`virsh ${args.join(" ")} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

/** Runs virsh with the XML in a temporary file as the last argument. */
export function virshWithXml(xml: string, ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "kvmit-xml-"));
  try {
    const file = join(dir, "doc.xml");
    writeFileSync(file, xml);
    return virsh(...args, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs virsh and ignores failure (cleanup of objects that may not exist). */
export function virshQuiet(...args: string[]): void {
  spawnSync("virsh", ["-q", "-c", testbed().TESTBED_URI_UNIX, ...args], { encoding: "utf8" });
}

export function suffix(): string {
  return randomBytes(3).toString("hex");
}
