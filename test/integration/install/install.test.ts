// End to end on the test bed, without internet: a fake CentOS tree served on 127.0.0.1, installed
// by runInstall over qemu+ssh (and the unix socket) through our rpc client; virsh and the disk
// image itself are the second witnesses.
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import { statSync } from "fs";
import { Connection } from "../../../libvirt/rpc";
import { runInstall, InstallError, InstallPhaseXmlInput, withSerialConsoleLog } from "../../../libvirt/install";
import { serveFakeTree, FakeTreeServer, readMarker, MARKER_PREFIX } from "../../support/fake-tree";
import { testbed } from "../../support/testbed";

const run = randomBytes(3).toString("hex");
const name = (what: string) => `kvmit-inst-${what}-${run}`;

function virsh(uri: string, ...args: string[]): string {
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
const virshOk = (uri: string, ...args: string[]): boolean => {
  try {
    virsh(uri, ...args);
    return true;
  } catch {
    return false;
  }
};
const volNames = (uri: string, pool: string): string[] =>
  virsh(uri, "vol-list", pool)
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0])
    .filter(Boolean);

// qemu runs as libvirt-qemu and cannot reach into the test bed's 0700 TESTBED_POOL_DIR, so the
// guest's disk and the scratch pool live below /var/lib/libvirt/images like real pools do.
const DISK_POOL = name("disks");
const DISK_POOL_DIR = `/var/lib/libvirt/images/${DISK_POOL}`;
const SCRATCH = name("scratch");
const SCRATCH_DIR = `/var/lib/libvirt/images/${SCRATCH}`;

/** The caller's install-phase XML, as the domain provider would build it: TCG, a raw virtio disk,
 * the serial console logging (withSerialConsoleLog) to the file runInstall reads back, no network. */
function installXml(domain: string, disk: string, p: InstallPhaseXmlInput, shape: { acpi?: boolean; onCrash?: string } = {}): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&apos;");
  return withSerialConsoleLog(
    `<domain type='qemu'>
  <name>${domain}</name>${p.uuid ? `\n  <uuid>${p.uuid}</uuid>` : ""}
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>${esc(p.directBoot.kernel)}</kernel>
    <initrd>${esc(p.directBoot.initrd ?? "")}</initrd>
    <cmdline>${esc(p.directBoot.cmdline ?? "")}</cmdline>
  </os>
  <features>${shape.acpi === false ? "" : "<acpi/>"}<apic/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>${p.onReboot}</on_reboot>
  <on_crash>${shape.onCrash ?? "destroy"}</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw'/>
      <source file='${esc(disk)}'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <serial type='pty'>
      <target port='0'/>
    </serial>
    <console type='pty'><target type='serial' port='0'/></console>
  </devices>
</domain>`,
    p.consoleLogFile,
  );
}

let tree: FakeTreeServer;
let ssh: Connection;
let unix: Connection;
const uriSsh = () => testbed().TESTBED_URI_SSH;
const uriUnix = () => testbed().TESTBED_URI_UNIX;
const domains: string[] = [];
let bootScratchExisted = false;

function newDisk(vol: string): string {
  virsh(uriUnix(), "vol-create-as", DISK_POOL, vol, "16M", "--format", "raw");
  return `${DISK_POOL_DIR}/${vol}`;
}

beforeAll(async () => {
  tree = await serveFakeTree(testbed().TESTBED_KERNEL);
  virsh(uriUnix(), "pool-define-as", DISK_POOL, "dir", "--target", DISK_POOL_DIR);
  virsh(uriUnix(), "pool-build", DISK_POOL);
  virsh(uriUnix(), "pool-start", DISK_POOL);
  bootScratchExisted = virshOk(uriUnix(), "pool-info", "boot-scratch");
  ssh = await Connection.open(uriSsh());
  unix = await Connection.open(uriUnix());
});

/** Other areas' fault tests restart libvirtd; give it a moment to come back before cleaning up. */
async function daemonReachable(uri: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!virshOk(uri, "list", "--all") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
}

afterAll(async () => {
  await ssh?.close().catch(() => undefined);
  await unix?.close().catch(() => undefined);
  await tree?.close();
  const u = uriUnix();
  await daemonReachable(u);
  for (const d of domains) {
    virshOk(u, "destroy", d);
    virshOk(u, "undefine", d);
  }
  for (const pool of [DISK_POOL, SCRATCH]) {
    if (!virshOk(u, "pool-info", pool)) continue;
    virshOk(u, "pool-refresh", pool);
    for (const v of volNames(u, pool)) virshOk(u, "vol-delete", v, "--pool", pool);
    virshOk(u, "pool-destroy", pool);
    virshOk(u, "pool-delete", pool);
    virshOk(u, "pool-undefine", pool);
  }
  // boot-scratch is left defined when it existed, as virt-install leaves it; our volumes are gone.
  if (!bootScratchExisted && virshOk(u, "pool-info", "boot-scratch") && volNames(u, "boot-scratch").length === 0) {
    virshOk(u, "pool-destroy", "boot-scratch");
    virshOk(u, "pool-undefine", "boot-scratch");
  }
});

describe("runInstall on the test bed", () => {
  it("installs from the fake tree over qemu+ssh: uploads, boots the install phase with the kickstart, cleans up", async () => {
    const dom = name("ssh");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    const hostname = `${dom}.example.test`;
    const logs: string[] = [];
    let volsDuringInstall: string[] = [];
    let sizesDuringInstall: Record<string, number> = {};
    expect(virshOk(uriUnix(), "pool-info", SCRATCH)).toBe(false);

    const result = await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: { hostname, sshAuthorizedKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxwsvGpFGRV+4OSppAL3bPVIkr7b6D86kfNj9ugrHzO test" },
      timeoutMinutes: 2,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      // No polling within the test's time: only the lifecycle event can end the wait.
      pollIntervalMs: 600000,
      log: (m) => logs.push(m),
      buildXml: (p) => {
        // Second witness: the uploaded volumes exist on the host before the install phase starts.
        volsDuringInstall = volNames(uriUnix(), SCRATCH);
        sizesDuringInstall = {
          kernel: statSync(p.directBoot.kernel).size,
          initrd: statSync(p.directBoot.initrd!).size,
        };
        return installXml(dom, disk, p);
      },
    });

    const cmdline = `console=ttyS0,115200 inst.repo=${tree.location} inst.ks=file:/ks.cfg`;
    // The pool was created (it was missing) and holds no scratch volume any more.
    expect(virsh(uriUnix(), "pool-info", SCRATCH)).toMatch(/State:\s+running/);
    expect(volsDuringInstall.sort()).toEqual([`${dom}-install-initrd.img`, `${dom}-install-vmlinuz`]);
    expect(sizesDuringInstall.kernel).toBe(tree.files.kernel.length);
    expect(sizesDuringInstall.initrd).toBeGreaterThan(tree.files.initrd.length);
    expect(volNames(uriUnix(), SCRATCH)).toEqual([]);
    // The guest ran the tree's kernel with our command line and found the injected ks.cfg.
    expect(readMarker(disk)).toBe(`${MARKER_PREFIX} hostname=${hostname} end=reboot cmdline=${cmdline}`);
    expect(result.directBoot).toEqual({
      kernel: `${SCRATCH_DIR}/${dom}-install-vmlinuz`,
      initrd: `${SCRATCH_DIR}/${dom}-install-initrd.img`,
      cmdline,
    });
    expect(result).toMatchObject({ stoppedBy: "shutdown", kickstart: true, tree: { family: "CentOS", version: "7", arch: "x86_64" } });
    // Left defined with the install phase's XML, shut off, for the caller to redefine.
    expect(virsh(uriUnix(), "domstate", dom)).toBe("shut off");
    const xml = virsh(uriUnix(), "dumpxml", "--inactive", dom);
    expect(xml).toContain(`<kernel>${SCRATCH_DIR}/${dom}-install-vmlinuz</kernel>`);
    expect(xml).toContain("<on_reboot>destroy</on_reboot>");
    expect(xml).toContain(`<cmdline>${cmdline}</cmdline>`);
    expect(tree.requests).toEqual(
      expect.arrayContaining([
        "/centos/7.9.2009/os/x86_64/.treeinfo",
        "/centos/7.9.2009/os/x86_64/images/pxeboot/vmlinuz",
        "/centos/7.9.2009/os/x86_64/images/pxeboot/initrd.img",
      ]),
    );
    expect(logs).toContain(`vmlinuz: 100% of ${(tree.files.kernel.length / 1048576).toFixed(1)} MiB`);
    expect(logs.some((l) => l.startsWith(`installer of ${dom} stopped (shutdown) after`))).toBe(true);
  });

  it("on timeout destroys the install phase and quotes the serial console, then removes volumes, log and domain", async () => {
    const dom = name("hang");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    const started = Date.now();
    const err = await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: { hostname: "hang.example.test", rootPasswordHash: "$6$kvmit$abcdefghijklmnopqrstuv" },
      extraArgs: "console=ttyS0,115200 kvmit.hang",
      timeoutMinutes: 0.4,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      pollIntervalMs: 500,
      buildXml: (p) => installXml(dom, disk, p),
    }).catch((e) => e);

    expect(err).toBeInstanceOf(InstallError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(24000);
    expect(err.message).toContain(`installing ${dom}: the installer did not finish within 0.4 min (install.timeoutMinutes)`);
    expect(err.console.length).toBe(20);
    expect(err.console[err.console.length - 1]).toMatch(/^KVMIT fake installer: hanging as asked, tick \d+$/);
    expect(err.message).toContain("last 20 lines of the serial console:\n  | ");
    // Nothing was written to the disk, and nothing is left on the host.
    expect(readMarker(disk)).toBeUndefined();
    expect(volNames(uriUnix(), SCRATCH)).toEqual([]);
    expect(virshOk(uriUnix(), "dominfo", dom)).toBe(false);
  });

  it("replaces a leftover scratch volume of a failed run", async () => {
    const dom = name("left");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    virsh(uriUnix(), "vol-create-as", SCRATCH, `${dom}-install-vmlinuz`, "1K");
    const logs: string[] = [];
    await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: { hostname: "left.example.test", rootPasswordHash: "$6$kvmit$abcdefghijklmnopqrstuv" },
      timeoutMinutes: 2,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      pollIntervalMs: 500,
      log: (m) => logs.push(m),
      buildXml: (p) => installXml(dom, disk, p),
    });
    expect(logs).toContain(`replaced leftover volume ${SCRATCH}/${dom}-install-vmlinuz`);
    expect(readMarker(disk)).toBe(
      `${MARKER_PREFIX} hostname=left.example.test end=reboot cmdline=console=ttyS0,115200 inst.repo=${tree.location} inst.ks=file:/ks.cfg`,
    );
    expect(volNames(uriUnix(), SCRATCH)).toEqual([]);
  });

  it("with the prod shape (ACPI off, the runbook's events), the kickstart's reboot ends the install phase through on_reboot=destroy", async () => {
    const dom = name("boot");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    let phaseXml = "";
    const result = await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: { hostname: "reboot.example.test", rootPasswordHash: "$6$kvmit$abcdefghijklmnopqrstuv" },
      timeoutMinutes: 2,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      // Only the lifecycle event can end the wait within the test's time.
      pollIntervalMs: 600000,
      buildXml: (p) => (phaseXml = installXml(dom, disk, p, { acpi: false, onCrash: "restart" })),
    });
    expect(phaseXml).not.toContain("<acpi/>");
    expect(virsh(uriUnix(), "dumpxml", "--inactive", dom)).not.toContain("<acpi/>");
    // QEMU runs with -no-reboot under on_reboot=destroy: the reboot is reported as a shutdown.
    expect(result.stoppedBy).toBe("shutdown");
    expect(virsh(uriUnix(), "domstate", dom)).toBe("shut off");
    // The fake installer ended as the generated kickstart said: reboot.
    expect(readMarker(disk)).toBe(
      `${MARKER_PREFIX} hostname=reboot.example.test end=reboot cmdline=console=ttyS0,115200 inst.repo=${tree.location} inst.ks=file:/ks.cfg`,
    );
  });

  it("a kickstart without an ending waits for an Enter nobody presses, as anaconda does: a timeout quoting the console", async () => {
    const dom = name("noend");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    const err = await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: "cmdline\nnetwork --bootproto=dhcp --hostname=noend.example.test\n",
      timeoutMinutes: 0.75,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      pollIntervalMs: 500,
      buildXml: (p) => installXml(dom, disk, p),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(InstallError);
    expect(err.message).toContain("the installer did not finish within 0.75 min");
    expect(err.console[err.console.length - 1]).toBe("KVMIT fake installer: Installation complete. Press ENTER to quit:");
    expect(readMarker(disk)).toBe(
      `${MARKER_PREFIX} hostname=noend.example.test end= cmdline=console=ttyS0,115200 inst.repo=${tree.location} inst.ks=file:/ks.cfg`,
    );
  });

  it("leaves a domain the caller redefines as the final phase (boot hd, its events) and starts", async () => {
    const dom = name("fin");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    const result = await runInstall(ssh, {
      name: dom,
      location: tree.location,
      kickstart: { hostname: "final.example.test", rootPasswordHash: "$6$kvmit$abcdefghijklmnopqrstuv" },
      timeoutMinutes: 2,
      scratchPool: { name: SCRATCH, path: SCRATCH_DIR },
      buildXml: (p) => installXml(dom, disk, p),
    });
    // What the domain provider does next: the final definition under the same uuid, then start.
    const finalXml = installXml(dom, disk, { directBoot: { kernel: "" }, onReboot: "destroy", bootDevices: [], consoleLogFile: "" })
      .replace(/<kernel>[\s\S]*<\/cmdline>/, "<boot dev='hd'/>")
      .replace("<on_reboot>destroy</on_reboot>", "<on_reboot>restart</on_reboot>")
      .replace(/\s*<log [^>]*\/>/, "")
      .replace(`<name>${dom}</name>`, `<name>${dom}</name><uuid>${result.domain.uuid}</uuid>`);
    const redefined = await ssh.domainDefineXmlFlags(finalXml);
    expect(redefined.uuid).toBe(result.domain.uuid);
    await ssh.domainCreateWithFlags(redefined);
    expect(virsh(uriUnix(), "domstate", dom)).toBe("running");
    const live = virsh(uriUnix(), "dumpxml", dom);
    expect(live).toContain("<boot dev='hd'/>");
    expect(live).not.toContain("<kernel>");
    expect(live).toContain("<on_reboot>restart</on_reboot>");
    expect(readMarker(disk)).toContain("hostname=final.example.test");
    virsh(uriUnix(), "destroy", dom);
  });

  it("uses virt-install's boot-scratch pool at /var/lib/libvirt/boot by default, over the unix socket, through a redirect", async () => {
    const dom = name("dflt");
    domains.push(dom);
    const disk = newDisk(`${dom}.raw`);
    let consoleLogFile = "";
    const result = await runInstall(unix, {
      name: dom,
      location: tree.redirectLocation,
      kickstart: "# verbatim\ntext\nnetwork --bootproto=dhcp --hostname=verbatim.example.test\npoweroff\n",
      extraArgs: "console=ttyS0,115200 quiet",
      timeoutMinutes: 2,
      pollIntervalMs: 500,
      buildXml: (p) => {
        consoleLogFile = p.consoleLogFile;
        return installXml(dom, disk, p);
      },
    });
    expect(consoleLogFile).toBe(`/var/lib/libvirt/boot/${dom}-install-console.log`);
    expect(result.directBoot.kernel).toBe(`/var/lib/libvirt/boot/${dom}-install-vmlinuz`);
    expect(virsh(uriUnix(), "pool-dumpxml", "boot-scratch")).toContain("<path>/var/lib/libvirt/boot</path>");
    expect(volNames(uriUnix(), "boot-scratch").filter((v) => v.startsWith(dom))).toEqual([]);
    expect(readMarker(disk)).toBe(
      `${MARKER_PREFIX} hostname=verbatim.example.test end=poweroff cmdline=console=ttyS0,115200 quiet inst.repo=${tree.redirectLocation} inst.ks=file:/ks.cfg`,
    );
    expect(tree.requests).toContain("/redirect/centos/7.9.2009/os/x86_64/images/pxeboot/vmlinuz");
  });
});
