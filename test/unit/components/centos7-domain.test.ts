// CentOS7Domain under the SDK's mocks: the volume and domain it registers (everything the runbook's
// virt-install command sets, plus what osinfo implies for centos7.0), parents, outputs, the VNC
// password as a secret (configured or generated) and every argument error.
import * as pulumi from "@pulumi/pulumi";
import { CentOS7Domain, CentOS7DomainArgs } from "../../../components";
import { byType, installMocks, MOCK_UUID, MOCK_VNC_AUTOPORT, promiseOf, Registered, settled } from "./mocks";

const registered = installMocks();
const URI = "qemu+ssh://root@kvm01.example.com/system";
const GiB = 1024 ** 3;
const lvmPool = { name: pulumi.output("images_lvm"), poolType: "logical" as const };
const dirPool = { name: pulumi.output("images"), poolType: "dir" as const };
const br0 = { name: pulumi.output("br0") };

/** The runbook's guest. */
function runbook(): CentOS7DomainArgs {
  return {
    uri: URI,
    title: "xxx",
    description: "xxx",
    memoryMiB: 4096,
    vcpus: 2,
    disk: { pool: lvmPool, sizeGiB: 64, sparse: false },
    osVariant: "centos7.0",
    virtType: "kvm",
    events: { onCrash: "restart", onPoweroff: "destroy", onReboot: "restart" },
    features: { acpi: false },
    clockOffset: "utc",
    network: br0,
    graphics: { vnc: { port: 5901, listen: "127.0.0.1", password: pulumi.secret("XXXXXXXX") } },
    console: { type: "pty", targetType: "serial" },
  };
}

async function children(d: CentOS7Domain, name: string): Promise<{ domain: Registered; volume?: Registered; password?: Registered }> {
  await promiseOf(d.serialConsoleCommand);
  await promiseOf(d.vncDisplay);
  await settled();
  return {
    domain: byType(registered, "libvirt:Domain").find((r) => r.name === `${name}-domain`)!,
    volume: byType(registered, "libvirt:StorageVolume").find((r) => r.name === `${name}-disk`),
    password: byType(registered, "kvm:RandomPassword").find((r) => r.name === `${name}-vnc-password`),
  };
}

describe("CentOS7Domain for the runbook's command", () => {
  let d: CentOS7Domain;
  let c: Awaited<ReturnType<typeof children>>;
  beforeAll(async () => {
    d = new CentOS7Domain("xxx", runbook());
    c = await children(d, "xxx");
  });

  it("creates the 64 GiB volume fully allocated (sparse=no), raw by being a logical volume", () => {
    // adopt: protected by default, so retained when deleted and adopted again when it reappears.
    expect(c.volume!.inputs).toEqual({ uri: URI, pool: "images_lvm", name: "xxx", capacityBytes: 64 * GiB, sparse: false, adopt: true });
  });

  it("defines the domain with every setting of the command and what osinfo implies for centos7.0", () => {
    expect(c.domain.inputs).toEqual({
      uri: URI,
      name: "xxx",
      virtType: "kvm",
      title: "xxx",
      description: "xxx",
      osinfoId: "http://centos.org/centos/7.0",
      memoryMiB: 4096,
      vcpus: 2,
      arch: "x86_64",
      machine: "q35",
      bootDevices: ["hd"],
      features: { acpi: false, apic: true },
      clockOffset: "utc",
      timers: [
        { name: "rtc", tickpolicy: "catchup" },
        { name: "pit", tickpolicy: "delay" },
        { name: "hpet", present: false },
      ],
      pm: { suspendToMem: false, suspendToDisk: false },
      onPoweroff: "destroy",
      onReboot: "restart",
      onCrash: "restart",
      disks: [
        {
          source: { type: "volume", pool: "images_lvm", volume: "xxx" },
          device: "disk",
          targetDev: "vda",
          bus: "virtio",
          driverType: "raw",
        },
      ],
      interfaces: [{ source: { type: "network", network: "br0" }, model: "virtio" }],
      graphics: { vnc: { port: 5901, listen: "127.0.0.1", password: "XXXXXXXX" } },
      serialConsole: true,
      guestAgent: true,
      rng: true,
      memballoon: "virtio",
      tablet: true,
      autostart: true,
      running: true,
      uuid: undefined,
      vncPort: undefined,
      pendingRestart: undefined,
    });
  });

  it("hands the VNC password to the domain only inside a secret", () => {
    expect(c.domain.secretPaths).toEqual(["graphics"]);
    expect(c.password).toBeUndefined();
  });

  it("outputs the name, uuid, VNC address, ssh tunnel and console commands", async () => {
    expect(await promiseOf(d.name)).toBe("xxx");
    expect(await promiseOf(d.uuid)).toBe(MOCK_UUID);
    expect(await promiseOf(d.vncDisplay)).toBe("vnc://127.0.0.1:5901");
    expect(await promiseOf(d.vncTunnelCommand)).toBe("ssh -fNL 5901:127.0.0.1:5901 root@kvm01.example.com");
    expect(await promiseOf(d.serialConsoleCommand)).toBe("virsh -c qemu+ssh://root@kvm01.example.com/system console xxx");
    expect(await pulumi.isSecret(d.vncPassword)).toBe(true);
    expect(d.vncPasswordGenerated).toBe(false);
  });

  it("parents the volume and the domain, named after it", async () => {
    expect(await promiseOf(d.volume!.urn)).toBe(
      "urn:pulumi:test::kvm-infra::kvm:compute:CentOS7Domain$pulumi-nodejs:dynamic/libvirt:StorageVolume::xxx-disk",
    );
    expect(await promiseOf(d.domain.urn)).toBe(
      "urn:pulumi:test::kvm-infra::kvm:compute:CentOS7Domain$pulumi-nodejs:dynamic/libvirt:Domain::xxx-domain",
    );
  });
});

describe("CentOS7Domain defaults", () => {
  it("are osinfo's minimums, libvirt's events, kvm, ACPI on, autoport on 127.0.0.1 and a generated password", async () => {
    const d = new CentOS7Domain("small", { uri: "qemu:///system", disk: { pool: dirPool }, network: { name: pulumi.output("nat") } });
    const c = await children(d, "small");
    expect(c.volume!.inputs).toEqual({
      uri: "qemu:///system",
      pool: "images",
      name: "small.img",
      capacityBytes: 10 * GiB,
      format: "raw",
      sparse: true,
      adopt: true,
    });
    expect(c.domain.inputs).toMatchObject({
      name: "small",
      memoryMiB: 1024,
      vcpus: 1,
      virtType: "kvm",
      features: { acpi: true, apic: true },
      clockOffset: "utc",
      onPoweroff: "destroy",
      onReboot: "restart",
      onCrash: "destroy",
      autostart: true,
      running: true,
      graphics: { vnc: { listen: "127.0.0.1", password: "Gen3rat3" } },
    });
    expect(c.domain.inputs.graphics.vnc).not.toHaveProperty("port");
    expect(c.domain.inputs.uuid).toBeUndefined();
  });

  it("generate the VNC password as a child and export it as a secret", async () => {
    const d = new CentOS7Domain("genpw", { uri: "qemu:///system", disk: { pool: dirPool }, network: { name: pulumi.output("nat") } });
    const c = await children(d, "genpw");
    expect(c.password!.inputs).toEqual({ length: 8 });
    expect(d.vncPasswordGenerated).toBe(true);
    expect(await pulumi.isSecret(d.vncPassword)).toBe(true);
    expect(await promiseOf(d.vncPassword)).toBe("Gen3rat3");
    expect(c.domain.secretPaths).toEqual(["graphics"]);
  });

  it("take autoport's port from the domain for the VNC address; a local host needs no tunnel", async () => {
    const d = new CentOS7Domain("auto", {
      uri: "qemu:///system",
      disk: { pool: dirPool },
      network: { name: pulumi.output("nat") },
      graphics: { vnc: { port: "auto" } },
    });
    expect(await promiseOf(d.vncDisplay)).toBe(`vnc://127.0.0.1:${MOCK_VNC_AUTOPORT}`);
    expect(await promiseOf(d.vncTunnelCommand)).toBe("");
  });
});

describe("CentOS7Domain disks and networks", () => {
  it("boots from an existing volume (vol=pool/vol) without creating one", async () => {
    const d = new CentOS7Domain("existing", { uri: URI, disk: { pool: lvmPool, volume: "home" }, network: br0 });
    const c = await children(d, "existing");
    expect(c.volume).toBeUndefined();
    expect(d.volume).toBeUndefined();
    expect(c.domain.inputs.disks).toEqual([
      {
        source: { type: "volume", pool: "images_lvm", volume: "home" },
        device: "disk",
        targetDev: "vda",
        bus: "virtio",
        driverType: "raw",
      },
    ]);
  });

  it("makes a qcow2 volume in a dir pool when asked, under the given name", async () => {
    const d = new CentOS7Domain("qcow", { uri: URI, disk: { pool: dirPool, format: "qcow2", name: "q.qcow2", sizeGiB: 20 }, network: br0 });
    const c = await children(d, "qcow");
    expect(c.volume!.inputs).toMatchObject({ name: "q.qcow2", format: "qcow2", capacityBytes: 20 * GiB });
    expect(c.domain.inputs.disks[0]).toMatchObject({ source: { volume: "q.qcow2" }, driverType: "qcow2" });
  });

  it("attaches to a host bridge directly (the runbook's --network bridge=virbr0)", async () => {
    const d = new CentOS7Domain("direct", { uri: URI, disk: { pool: lvmPool }, network: { bridge: "virbr0" } });
    const c = await children(d, "direct");
    expect(c.domain.inputs.interfaces).toEqual([{ source: { type: "bridge", bridge: "virbr0" }, model: "virtio" }]);
  });

  it("takes the domain's name, uuid and virtType qemu as given", async () => {
    const d = new CentOS7Domain("named", {
      uri: URI,
      name: "web01",
      uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
      virtType: "qemu",
      disk: { pool: lvmPool },
      network: br0,
    });
    const c = await children(d, "named");
    expect(c.domain.inputs).toMatchObject({ name: "web01", uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0", virtType: "qemu" });
    expect(c.volume!.inputs.name).toBe("web01");
    expect(await promiseOf(d.uuid)).toBe("4dea22b3-1d52-d8f3-2516-782e98ab3fa0");
  });
});

describe("CentOS7Domain installation", () => {
  it("hands the install settings to the domain as a secret (a kickstart may hold a password hash)", async () => {
    const install = {
      location: "https://vault.centos.org/7.9.2009/os/x86_64/",
      kickstart: { hostname: "web01", rootPasswordHash: "$6$s$h" },
    };
    const d = new CentOS7Domain("installed", { uri: URI, disk: { pool: lvmPool }, network: br0, install });
    const c = await children(d, "installed");
    expect(c.domain.inputs.install).toEqual(install);
    expect(c.domain.secretPaths).toEqual(["graphics", "install"]);
  });

  it("has no install settings unless asked", async () => {
    const d = new CentOS7Domain("noinstall", { uri: URI, disk: { pool: lvmPool }, network: br0 });
    const c = await children(d, "noinstall");
    expect(c.domain.inputs.install).toBeUndefined();
  });
});

describe("CentOS7Domain argument errors", () => {
  const base = (): CentOS7DomainArgs => ({ uri: URI, disk: { pool: lvmPool }, network: br0 });
  it.each<[string, (a: any) => void, string]>([
    ["no uri", (a) => delete a.uri, "uri is required: the libvirt URI of the host"],
    ["no disk", (a) => delete a.disk, "disk is required: { pool, sizeGiB } for a new volume or { pool, volume } for an existing one"],
    ["a disk without a pool", (a) => delete a.disk.pool, "disk.pool is required: the pool holding the volume (an LvmStoragePool fits)"],
    ["no network", (a) => delete a.network, "network is required: { name } of a libvirt network or { bridge } of a host bridge"],
    [
      "less than 1 GiB of RAM",
      (a) => (a.memoryMiB = 1023),
      "memoryMiB must be a whole number from 1024 to 4194304 (MiB; centos7.0 needs at least 1 GiB of RAM), got 1023",
    ],
    [
      "less than 10 GiB of disk",
      (a) => (a.disk.sizeGiB = 9),
      "disk.sizeGiB must be a whole number from 10 to 65536 (GiB; centos7.0 needs at least 10 GiB of disk), got 9",
    ],
    ["a fractional vcpu count", (a) => (a.vcpus = 1.5), "vcpus must be a whole number from 1 to 255, got 1.5"],
    ["an OS other than centos7.0", (a) => (a.osVariant = "rhel9.0"), 'osVariant must be one of "centos7.0", got "rhel9.0"'],
    ["a hypervisor other than kvm or qemu", (a) => (a.virtType = "hvf"), 'virtType must be one of "kvm", "qemu", got "hvf"'],
    [
      "an unknown reboot action",
      (a) => (a.events = { onReboot: "halt" }),
      'events.onReboot must be one of "destroy", "restart", "preserve", "rename-restart", got "halt"',
    ],
    ["acpi as text", (a) => (a.features = { acpi: "off" }), 'features.acpi must be true or false, got "off"'],
    ["a clock offset libvirt lacks", (a) => (a.clockOffset = "cet"), 'clockOffset must be one of "utc", "localtime", got "cet"'],
    [
      "qcow2 on a logical pool",
      (a) => (a.disk.format = "qcow2"),
      'disk.format must be "raw" on a logical pool (a logical volume is a raw block device), got "qcow2"',
    ],
    [
      "sparse for an existing volume",
      (a) => (a.disk = { pool: lvmPool, volume: "home", sparse: false }),
      "disk.sparse describes a new volume; leave it out when disk.volume names an existing one",
    ],
    [
      "a volume name with a slash",
      (a) => (a.disk.volume = "a/b"),
      'disk.volume must be 1-127 of the characters A-Z a-z 0-9 + _ . - and not start with "-" (valid as a file and an LVM volume name), got "a/b"',
    ],
    [
      "a VNC port taken by nothing VNC",
      (a) => (a.graphics = { vnc: { port: 22 } }),
      'graphics.vnc.port must be "auto" or a whole number from 5900 to 65535 (VNC display N listens on 5900+N), got 22',
    ],
    [
      "a VNC listen hostname",
      (a) => (a.graphics = { vnc: { listen: "kvm01" } }),
      'graphics.vnc.listen must be an IPv4 address like 192.168.150.1, got "kvm01"',
    ],
    [
      "a VNC password of 9 characters",
      (a) => (a.graphics = { vnc: { password: "123456789" } }),
      "graphics.vnc.password must be 1 to 8 printable characters (VNC's limit), got 9 characters",
    ],
    [
      "an empty VNC password",
      (a) => (a.graphics = { vnc: { password: "" } }),
      "graphics.vnc.password must be 1 to 8 printable characters (VNC's limit), got 0 characters",
    ],
    ["a console that is not a pty", (a) => (a.console = { type: "tcp" }), 'console.type must be one of "pty", got "tcp"'],
    ["a title with a line break", (a) => (a.title = "one\ntwo"), "title must be a single line (libvirt rejects titles with line breaks)"],
    ["a uuid that is not one", (a) => (a.uuid = "xyz"), 'uuid must be a UUID like 4dea22b3-1d52-d8f3-2516-782e98ab3fa0, got "xyz"'],
    ["running as text", (a) => (a.running = "yes"), 'running must be true or false, got "yes"'],
    [
      "a kickstart without a hostname",
      (a) => (a.install = { kickstart: { disk: "vda" } }),
      "install.kickstart.hostname: undefined is not a valid host name",
    ],
  ])("rejects %s before creating any child", async (_what, change, problem) => {
    const args = base() as any;
    args.disk = { ...args.disk };
    change(args);
    const before = registered.length;
    expect(() => new CentOS7Domain("bad", args)).toThrow(new Error(`CentOS7Domain "bad": ${problem}`));
    await settled();
    expect(registered.slice(before).filter((r) => r.type !== "kvm:compute:CentOS7Domain")).toEqual([]);
  });

  it("lists every problem at once", () => {
    expect(() => new CentOS7Domain("many", { ...base(), memoryMiB: 512, disk: { pool: lvmPool, sizeGiB: 1 } })).toThrow(
      new Error(
        'CentOS7Domain "many" has 2 invalid arguments:\n' +
          "  - memoryMiB must be a whole number from 1024 to 4194304 (MiB; centos7.0 needs at least 1 GiB of RAM), got 512\n" +
          "  - disk.sizeGiB must be a whole number from 10 to 65536 (GiB; centos7.0 needs at least 10 GiB of disk), got 1",
      ),
    );
  });
});
