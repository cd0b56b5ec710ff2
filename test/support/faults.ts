// Real faults on the test bed, for integration tests: libvirtd killed and started again, the ssh
// children of a process (the transport of its qemu+ssh connections) killed or frozen, and a seeded
// random source so that a failing run can be repeated moment for moment.
import { execFileSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { testbed } from "./testbed";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function libvirtdAlive(): boolean {
  try {
    process.kill(Number(readFileSync(testbed().TESTBED_LIBVIRTD_PID_FILE, "utf8").trim()), 0);
    return true;
  } catch (e) {
    return false;
  }
}

/** Starts the test bed's libvirtd as test/testbed/up.sh does, and waits until it answers. */
export async function startLibvirtd(): Promise<void> {
  const tb = testbed();
  if (existsSync(tb.TESTBED_LIBVIRTD_PID_FILE)) rmSync(tb.TESTBED_LIBVIRTD_PID_FILE, { force: true });
  execFileSync("libvirtd", ["-d", "-l", "-f", tb.TESTBED_LIBVIRTD_CONF, "-p", tb.TESTBED_LIBVIRTD_PID_FILE], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      execFileSync("virsh", ["-c", tb.TESTBED_URI_UNIX, "version"], { stdio: "ignore" });
      return;
    } catch (e) {
      await sleep(100);
    }
  }
  throw new Error("libvirtd did not come back");
}

/** Kills the test bed's libvirtd with SIGKILL (calls in flight are cut off, not answered; running
 * guests survive: they are qemu's processes) and starts it again after `downMs`. */
export async function restartLibvirtd(downMs: number): Promise<void> {
  const pid = Number(readFileSync(testbed().TESTBED_LIBVIRTD_PID_FILE, "utf8").trim());
  process.kill(pid, "SIGKILL");
  for (let i = 0; i < 200 && libvirtdAlive(); i++) await sleep(50);
  await sleep(downMs);
  await startLibvirtd();
}

/** The ssh processes among `pid`'s children that talk to the test bed's sshd. */
export function sshChildrenOf(pid: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid), "-f", `ssh.*${testbed().TESTBED_SSH_PORT}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch (e) {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Sends `signal` to each pid that still exists; returns how many got it. */
export function signalAll(pids: number[], signal: NodeJS.Signals): number {
  let n = 0;
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
      n++;
    } catch (e) {
      /* already gone */
    }
  }
  return n;
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
