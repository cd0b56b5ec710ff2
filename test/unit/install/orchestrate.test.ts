import { createServer, Server } from "http";
import { createHash } from "crypto";
import { gunzipSync } from "zlib";
import { runInstall, InstallError, RunInstallOptions, InstallPhaseXmlInput } from "../../../libvirt/install/orchestrate";
import { FakeConnection } from "./fake-connection";

// A tiny tree: the installer's "kernel" and "initrd" are recognisable bytes.
const KERNEL = Buffer.from("fake kernel bytes\n".repeat(1000));
const INITRD = Buffer.concat([Buffer.from("original initrd"), Buffer.alloc(3, 1)]); // 18 bytes: needs padding
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const TREEINFO = `[general]
family = CentOS
version = 7
arch = x86_64
[images-x86_64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
[checksums]
images/pxeboot/vmlinuz = sha256:${sha(KERNEL)}
images/pxeboot/initrd.img = sha256:${sha(INITRD)}
`;

let server: Server;
let location: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const files: Record<string, Buffer> = {
      "/tree/.treeinfo": Buffer.from(TREEINFO),
      "/tree/images/pxeboot/vmlinuz": KERNEL,
      "/tree/images/pxeboot/initrd.img": INITRD,
      // A CentOS 7.2 tree, whose anaconda predates the sshkey command.
      "/old/.treeinfo": Buffer.from(TREEINFO.replace("version = 7\n", "version = 7.2\n")),
      "/old/images/pxeboot/vmlinuz": KERNEL,
      "/old/images/pxeboot/initrd.img": INITRD,
    };
    const body = files[req.url ?? ""];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-length": body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  location = `http://127.0.0.1:${(server.address() as { port: number }).port}/tree/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const HASH = "$6$salt$0123456789abcdefABCDEF./";
let conn: FakeConnection;
let built: InstallPhaseXmlInput[];
let logs: string[];

beforeEach(() => {
  conn = new FakeConnection();
  built = [];
  logs = [];
});
afterEach(() => conn.dispose());

function options(over: Partial<RunInstallOptions> = {}): RunInstallOptions {
  return {
    name: "kvmit-inst-unit",
    location,
    kickstart: { hostname: "unit.example.com", rootPasswordHash: HASH },
    pollIntervalMs: 10,
    log: (m) => logs.push(m),
    buildXml: (phase) => {
      built.push(phase);
      return `<domain><name>kvmit-inst-unit</name><serial><log file='${phase.consoleLogFile}'/></serial></domain>`;
    },
    ...over,
  };
}

/** The gzip member appended after the original initrd, decompressed: the injected cpio archive. */
function injectedArchive(initrd: Buffer): string {
  const start = Math.ceil(INITRD.length / 4) * 4;
  expect(initrd.subarray(0, INITRD.length).equals(INITRD)).toBe(true);
  return gunzipSync(initrd.subarray(start)).toString("latin1");
}

describe("runInstall", () => {
  it("creates the boot-scratch pool, uploads kernel and initrd+ks.cfg, boots the install phase and cleans up", async () => {
    const result = await runInstall(conn, options());

    const pool = conn.pools.get("boot-scratch")!;
    expect(pool.path).toBe("/var/lib/libvirt/boot");
    expect(pool.built && pool.active && pool.autostart).toBe(true);
    // The volumes were there when the domain started, and are gone now.
    expect(conn.volsAtStart.sort()).toEqual([
      "boot-scratch/kvmit-inst-unit-install-initrd.img",
      "boot-scratch/kvmit-inst-unit-install-vmlinuz",
    ]);
    expect([...pool.vols.keys()]).toEqual([]);
    const kernel = conn.uploads.find((u) => u.name === "kvmit-inst-unit-install-vmlinuz")!;
    expect(kernel.data.equals(KERNEL)).toBe(true);
    const initrd = conn.uploads.find((u) => u.name === "kvmit-inst-unit-install-initrd.img")!;
    const archive = injectedArchive(initrd.data);
    expect(archive).toContain("ks.cfg\0");
    expect(archive).toContain("network --bootproto=dhcp --device=link --onboot=on --activate --hostname=unit.example.com\n");
    expect(archive).toContain(`url --url="${location}"`);

    expect(built).toEqual([
      {
        directBoot: {
          kernel: "/var/lib/libvirt/boot/kvmit-inst-unit-install-vmlinuz",
          initrd: "/var/lib/libvirt/boot/kvmit-inst-unit-install-initrd.img",
          cmdline: `console=ttyS0,115200 inst.repo=${location} inst.ks=file:/ks.cfg`,
        },
        onReboot: "destroy",
        bootDevices: [],
        consoleLogFile: "/var/lib/libvirt/boot/kvmit-inst-unit-install-console.log",
      },
    ]);
    expect("uuid" in built[0]).toBe(false);
    expect(result).toMatchObject({
      location,
      tree: { family: "CentOS", version: "7", arch: "x86_64" },
      kernelUrl: `${location}images/pxeboot/vmlinuz`,
      initrdUrl: `${location}images/pxeboot/initrd.img`,
      kickstart: true,
      stoppedBy: "shutdown",
    });
    expect(result.domain.name).toBe("kvmit-inst-unit");
    // Registered before the start, so the stop cannot be missed; deregistered afterwards.
    const c = conn.calls;
    expect(c.indexOf("domainEventLifecycleRegister")).toBeLessThan(c.indexOf("domainCreateWithFlags"));
    expect(c).toContain("deregister");
    expect(conn.domains.get("kvmit-inst-unit")).toBeDefined();
  });

  it("reports progress and never logs the kickstart's secret", async () => {
    await runInstall(conn, options());
    expect(logs).toEqual(
      expect.arrayContaining([
        `reading ${location}.treeinfo`,
        "vmlinuz: 100% of 17.6 KiB",
        "defined scratch storage pool boot-scratch at /var/lib/libvirt/boot",
      ]),
    );
    expect(logs.some((l) => l.startsWith("uploading kvmit-inst-unit-install-initrd.img: 100%"))).toBe(true);
    expect(logs.join("\n")).not.toContain(HASH);
  });

  it("uses an existing pool as it is and leaves it in place", async () => {
    const p = conn.addPool("boot-scratch", "/var/lib/libvirt/boot");
    await runInstall(conn, options());
    expect(conn.calls).not.toContain("storagePoolDefineXml");
    expect(conn.pools.get("boot-scratch")).toBe(p);
  });

  it("starts an inactive scratch pool and reuses a pool that owns the directory under another name", async () => {
    conn.addPool("boot", "/var/lib/libvirt/boot/", false);
    await runInstall(conn, options());
    expect(conn.calls).not.toContain("storagePoolDefineXml");
    expect(conn.pools.get("boot")!.active).toBe(true);
    expect(built[0].directBoot.kernel).toBe("/var/lib/libvirt/boot/kvmit-inst-unit-install-vmlinuz");
  });

  it("replaces leftover scratch volumes and console log of a failed earlier run", async () => {
    const p = conn.addPool("boot-scratch", "/var/lib/libvirt/boot");
    p.vols.set("kvmit-inst-unit-install-vmlinuz", Buffer.from("stale"));
    p.vols.set("kvmit-inst-unit-install-console.log", Buffer.from("old run\n"));
    conn.behaviour = { kind: "hang", console: ["new run"] };
    const err = await runInstall(conn, options({ timeoutMinutes: 0.002 })).catch((e) => e);
    expect(err.console).toEqual(["new run"]);
    expect(conn.uploads.find((u) => u.name === "kvmit-inst-unit-install-vmlinuz")!.data.equals(KERNEL)).toBe(true);
    expect(logs).toContain("replaced leftover volume boot-scratch/kvmit-inst-unit-install-vmlinuz");
  });

  it("on timeout destroys the install phase, quotes the last 20 console lines, deletes the volumes and undefines what it defined", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `\x1b[1mline ${i + 1}\x1b[0m`);
    conn.behaviour = { kind: "hang", console: lines };
    const err = await runInstall(conn, options({ timeoutMinutes: 0.002 })).catch((e) => e);
    expect(err).toBeInstanceOf(InstallError);
    expect(err.message).toContain(
      "installing kvmit-inst-unit: the installer did not finish within 0.002 min (install.timeoutMinutes); the install phase was destroyed",
    );
    expect(err.console).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i + 11}`));
    expect(err.message).toContain("last 20 lines of the serial console:\n  | line 11\n");
    expect(err.message).toMatch(/\| line 30$/);
    expect(conn.calls).toContain("domainDestroyFlags");
    expect([...conn.pools.get("boot-scratch")!.vols.keys()]).toEqual([]);
    expect(conn.domains.has("kvmit-inst-unit")).toBe(false);
  });

  it("keeps a domain that existed before when the install fails, and hands its uuid to the XML builder", async () => {
    const ref = await conn.domainDefineXmlFlags("<domain><name>kvmit-inst-unit</name></domain>");
    conn.behaviour = { kind: "hang", console: [] };
    const err = await runInstall(conn, options({ timeoutMinutes: 0.002 })).catch((e) => e);
    expect(err.console).toEqual([]);
    expect(err.message).not.toContain("serial console");
    expect(built[0].uuid).toBe(ref.uuid);
    expect(conn.domains.has("kvmit-inst-unit")).toBe(true);
  });

  it("fails with the console when the install phase crashes", async () => {
    conn.behaviour = { kind: "crash", afterMs: 10, console: ["Kernel panic - not syncing"] };
    const err = await runInstall(conn, options()).catch((e) => e);
    expect(err.message).toContain("installing kvmit-inst-unit: the install phase crashed or failed");
    expect(err.console).toEqual(["Kernel panic - not syncing"]);
  });

  it("fails, quoting the console, when the install phase is destroyed from outside", async () => {
    conn.behaviour = { kind: "poweroff", afterMs: 10, detail: 1, console: ["Starting installer"] };
    const err = await runInstall(conn, options()).catch((e) => e);
    expect(err.message).toContain("installing kvmit-inst-unit: the install phase was destroyed from outside before the installer finished");
    expect(err.console).toEqual(["Starting installer"]);
  });

  it("tells a destroy from a shutdown by the shutoff reason when polling", async () => {
    conn.deliverStopEvents = false;
    conn.shutoffReason = 2;
    await expect(runInstall(conn, options())).rejects.toThrow("the install phase was destroyed from outside");
    conn.shutoffReason = 1;
    expect((await runInstall(conn, options())).stoppedBy).toBe("shutoff");
  });

  it("notices the stop by polling when the connection cannot deliver events", async () => {
    conn.eventsSupported = false;
    conn.deliverStopEvents = false;
    const result = await runInstall(conn, options());
    expect(result.stoppedBy).toBe("shutoff");
    expect(logs.some((l) => l.startsWith("lifecycle events unavailable"))).toBe(true);
  });

  it("fails at once, saying the install may still run, when the connection is lost while waiting", async () => {
    conn.behaviour = { kind: "hang", console: [] };
    const started = Date.now();
    const pending = runInstall(conn, options({ pollIntervalMs: 60000, timeoutMinutes: 10 }));
    setTimeout(() => conn.lose(), 50);
    await expect(pending).rejects.toThrow(
      "installing kvmit-inst-unit: lost track of the install phase (connection to libvirt lost); it may still be running on the host",
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("resumes the wait on a new connection when one is given, and finishes the install", async () => {
    conn.behaviour = { kind: "poweroff", afterMs: 300 };
    let reconnects = 0;
    const pending = runInstall(conn, options({ pollIntervalMs: 60000, reconnectDelayMs: 10, reconnect: async () => (reconnects++, conn) }));
    setTimeout(() => conn.lose(), 100);
    const result = await pending;
    expect(result.stoppedBy).toBe("shutdown");
    expect(reconnects).toBe(1);
    expect(logs).toContain("lost the connection while the installer runs (connection to libvirt lost); reconnecting (1/5)");
    expect(logs).toContain("reconnected; the install phase of kvmit-inst-unit is still being watched");
    expect([...conn.pools.get("boot-scratch")!.vols.keys()]).toEqual([]);
  });

  it("sees on the new connection that the installer finished while it was away", async () => {
    conn.behaviour = { kind: "poweroff", afterMs: 50 };
    conn.deliverStopEvents = false;
    const pending = runInstall(conn, options({ pollIntervalMs: 60000, reconnectDelayMs: 200, reconnect: async () => conn }));
    setTimeout(() => conn.lose(), 20);
    expect((await pending).stoppedBy).toBe("shutoff");
  });

  it("gives up after 5 failed reconnects, saying the install may still run", async () => {
    conn.behaviour = { kind: "hang", console: [] };
    let tries = 0;
    const pending = runInstall(
      conn,
      options({
        pollIntervalMs: 60000,
        reconnectDelayMs: 1,
        reconnect: async () => {
          tries++;
          throw new Error("connect ENOENT /run/libvirt/libvirt-sock");
        },
      }),
    );
    setTimeout(() => conn.lose(), 50);
    await expect(pending).rejects.toThrow(
      "installing kvmit-inst-unit: lost track of the install phase (reconnecting failed: connect ENOENT /run/libvirt/libvirt-sock); it may still be running on the host",
    );
    expect(tries).toBe(5);
  });

  it("fails when the domain disappears under the install", async () => {
    conn.behaviour = { kind: "hang", console: [] };
    const pending = runInstall(conn, options());
    setTimeout(() => conn.domains.delete("kvmit-inst-unit"), 50);
    await expect(pending).rejects.toThrow(
      "installing kvmit-inst-unit: lost track of the install phase (domain kvmit-inst-unit disappeared)",
    );
  });

  it("refuses to install over a running domain, before touching the host", async () => {
    const ref = await conn.domainDefineXmlFlags("<domain><name>kvmit-inst-unit</name></domain>");
    conn.behaviour = { kind: "hang", console: [] };
    await conn.domainCreateWithFlags(ref);
    await expect(runInstall(conn, options())).rejects.toThrow(
      "domain kvmit-inst-unit exists and is not shut off (state 1); refusing to install over it",
    );
    expect(conn.pools.size).toBe(0);
  });

  it("validates the kickstart and timeout before downloading anything", async () => {
    const before = requests.length;
    await expect(runInstall(conn, options({ kickstart: { hostname: "x y", rootPasswordHash: HASH } }))).rejects.toThrow(
      'install.kickstart.hostname: "x y" is not a valid host name',
    );
    await expect(runInstall(conn, options({ timeoutMinutes: 0 }))).rejects.toThrow(
      "install.timeoutMinutes: 0 is not a positive number of minutes",
    );
    await expect(runInstall(conn, options({ extraArgs: "a\nb" }))).rejects.toThrow(
      "install.extraArgs: must be one line of kernel arguments",
    );
    expect(requests.length).toBe(before);
  });

  it("boots a static address with dracut's ip= and nameserver= on the command line, and writes it into ks.cfg for the installed system", async () => {
    const network = {
      bootproto: "static" as const,
      address: "192.168.150.20",
      prefix: 24,
      gateway: "192.168.150.1",
      dns: ["192.168.150.1"],
    };
    await runInstall(conn, options({ kickstart: { hostname: "unit.example.com", rootPasswordHash: HASH, network } }));
    expect(built[0].directBoot.cmdline).toBe(
      `console=ttyS0,115200 ip=192.168.150.20::192.168.150.1:255.255.255.0:unit.example.com::none nameserver=192.168.150.1 inst.repo=${location} inst.ks=file:/ks.cfg`,
    );
    expect(injectedArchive(conn.uploads[1].data)).toContain(
      "network --bootproto=static --device=link --onboot=on --activate --ip=192.168.150.20 --netmask=255.255.255.0 --gateway=192.168.150.1 --nameserver=192.168.150.1 --hostname=unit.example.com\n",
    );
  });

  it("refuses an sshkey for a tree older than CentOS 7.3, before uploading or defining anything", async () => {
    const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxwsvGpFGRV+4OSppAL3bPVIkr7b6D86kfNj9ugrHzO ops@example";
    const old = location.replace("/tree/", "/old/");
    await expect(
      runInstall(conn, options({ location: old, kickstart: { hostname: "unit.example.com", sshAuthorizedKey: key } })),
    ).rejects.toThrow(
      "installing kvmit-inst-unit: install.kickstart.sshAuthorizedKey: the kickstart's sshkey needs CentOS 7.3 or later, and the install tree's .treeinfo says version 7.2",
    );
    expect(conn.uploads).toEqual([]);
    expect(built).toEqual([]);
    // The same key on the 7.9 tree (its .treeinfo says just "7") installs.
    await runInstall(conn, options({ kickstart: { hostname: "unit.example.com", sshAuthorizedKey: key } }));
    expect(injectedArchive(conn.uploads[1].data)).toContain(`sshkey --username=root "${key}"\n`);
  });

  it("passes a verbatim kickstart through untouched, and boots without inst.ks when there is none", async () => {
    await runInstall(conn, options({ kickstart: "# verbatim\ntext\npoweroff\n" }));
    expect(injectedArchive(conn.uploads[1].data)).toContain("ks.cfg\0\0\0\0# verbatim\ntext\npoweroff\n");
    conn.uploads = [];
    await runInstall(conn, options({ kickstart: undefined, extraArgs: "console=ttyS0,9600" }));
    expect(conn.uploads[1].data.equals(INITRD)).toBe(true);
    expect(built[1].directBoot.cmdline).toBe(`console=ttyS0,9600 inst.repo=${location}`);
  });

  it("names the URL when the tree is missing, and leaves nothing behind", async () => {
    await expect(runInstall(conn, options({ location: location.replace("/tree/", "/nothing/") }))).rejects.toThrow(
      `downloading ${location.replace("/tree/", "/nothing/")}.treeinfo: HTTP 404`,
    );
    expect(conn.pools.size).toBe(0);
  });

  it("honours a custom scratch pool", async () => {
    await runInstall(conn, options({ scratchPool: { name: "kvmit-inst-scratch", path: "/srv/scratch" } }));
    expect(built[0].consoleLogFile).toBe("/srv/scratch/kvmit-inst-unit-install-console.log");
    expect(conn.pools.get("kvmit-inst-scratch")!.path).toBe("/srv/scratch");
  });
});
