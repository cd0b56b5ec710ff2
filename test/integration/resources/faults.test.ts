// Faults: the ssh connection killed in the middle of a create gives a clear error, leaves no
// orphan, and the next run converges (one object, no duplicate).
import { execFile, execFileSync } from "child_process";
import { promisify } from "util";
import { closeSync, openSync, ftruncateSync, writeSync, mkdtempSync, readSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { domainProvider, storagePoolProvider, storageVolumeProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, State, suffix, virsh, virshFails } from "./engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const pools = new Engine(storagePoolProvider);
const vols = new Engine(storageVolumeProvider);
const doms = new Engine(domainProvider);
const run = promisify(execFile);
const sfx = suffix();
const poolName = `kvmit-res-fault-${sfx}`;
const dir = join(tb.TESTBED_POOL_DIR, poolName);
const MiB = 2 ** 20;

/** ssh children of this process that talk to the test bed's sshd. */
function sshChildren(): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(process.pid), "-f", `ssh.*${tb.TESTBED_SSH_PORT}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch (e) {
    return [];
  }
}

function volumeNames(): string[] {
  return virsh("vol-list", poolName)
    .split("\n")
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter(Boolean);
}

let pool: State | undefined;
const domNames: string[] = [];

afterAll(async () => {
  for (const d of domNames) {
    if (!virshFails("dominfo", d)) {
      try {
        virsh("destroy", d);
      } catch (e) {
        /* off */
      }
      virsh("undefine", d);
    }
  }
  if (pool) {
    for (const v of volumeNames()) virsh("vol-delete", "--pool", poolName, v);
    await pools.delete({ ...pool, outs: { ...pool.outs, wipeOnDelete: true } });
  }
  await closeAllConnections();
});

test("ssh killed during a volume upload: clear error, no orphan, the next run converges", async () => {
  pool = await pools.create({ uri: URI, name: poolName, type: "dir", targetPath: dir, build: true });
  const src = join(mkdtempSync(join(tmpdir(), "kvmit-res-")), "big.img");
  const fd = openSync(src, "w");
  ftruncateSync(fd, 384 * MiB);
  writeSync(fd, Buffer.from(`kvmit-res ${sfx}`), 0, 16, 0);
  closeSync(fd);
  const raw = { uri: URI, pool: poolName, name: `kvmit-res-fv-${sfx}.img`, capacityBytes: 512 * MiB, source: { path: src } };

  const creating = vols.create(raw).then(
    () => undefined,
    (e: Error) => e,
  );
  // Kill the transport once the volume exists on the host, i.e. while its content streams.
  let killed = 0;
  for (let i = 0; i < 400 && !killed; i++) {
    await new Promise((r) => setTimeout(r, 25));
    if (volumeNames().includes(raw.name)) {
      for (const pid of sshChildren()) {
        process.kill(pid, "SIGKILL");
        killed++;
      }
    }
  }
  expect(killed).toBeGreaterThan(0);
  const err = await creating;
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(
    new RegExp(`creating volume "${raw.name}" in pool "${poolName}" on qemu\\+ssh:.* failed: connection to ssh:.* lost`),
  );
  // The partial volume was removed over a fresh connection: nothing orphaned.
  expect(volumeNames()).not.toContain(raw.name);

  // The next `pulumi up` creates it once, with its content.
  const s = await vols.create(raw);
  expect(volumeNames().filter((v) => v === raw.name)).toHaveLength(1);
  const check = Buffer.alloc(16);
  const vfd = openSync(s.outs.path, "r");
  readSync(vfd, check, 0, 16, 0);
  closeSync(vfd);
  expect(check.toString()).toBe(`kvmit-res ${sfx}`);
  await vols.delete(s);
  expect(virshFails("vol-info", "--pool", poolName, raw.name)).toBe(true);
});

test("ssh killed between defining and starting a domain: no orphan definition, the next run creates exactly one", async () => {
  // The window between define and start is short: try a few times until the kill lands in it.
  let hit = false;
  for (let attempt = 0; attempt < 8 && !hit; attempt++) {
    const name = `kvmit-res-fdom-${sfx}-${attempt}`;
    domNames.push(name);
    const raw = { uri: URI, name, virtType: "qemu", memoryMiB: 64, vcpus: 1, shutdownTimeoutSeconds: 1 };
    let settled = false;
    const creating = doms
      .create(raw)
      .then(
        (s) => s,
        (e: Error) => e,
      )
      .finally(() => {
        settled = true;
      });
    let killed = false;
    while (!settled && !killed) {
      const { stdout } = await run("virsh", ["-c", tb.TESTBED_URI_UNIX, "list", "--all", "--name"]);
      if (stdout.split("\n").includes(name)) {
        for (const pid of sshChildren()) process.kill(pid, "SIGKILL");
        killed = true;
      }
    }
    const outcome = await creating;
    if (!(outcome instanceof Error)) {
      // The kill can land just after create finished: the pooled connection may be the dead one.
      if (killed) await closeAllConnections();
      await doms.delete(outcome);
      continue;
    }
    hit = true;
    expect(outcome.message).toMatch(new RegExp(`creating domain "${name}" on qemu\\+ssh:.* failed`));
    // Whatever had been defined was undefined again over a fresh connection.
    expect(virshFails("dominfo", name)).toBe(true);
    const s = await doms.create(raw);
    expect(
      virsh("list", "--all", "--name")
        .split("\n")
        .filter((l) => l.trim() === name),
    ).toHaveLength(1);
    expect(info(virsh("dominfo", name)).State).toBe("running");
    await doms.delete(s);
  }
  expect(hit).toBe(true);
});
