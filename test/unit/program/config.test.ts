// The program's config validation: every bad key is named with the reason, all in one error,
// before any resource is registered.
import { ConfigError, rawStackConfig, StackConfig, validateStackConfig } from "../../../components/config";

/** Issue 18's releases by their libosinfo short ids (Debian's osinfo-db), after CentOS 7. */
const KNOWN_OS_VARIANTS = [
  "centos7.0",
  "centos-stream8",
  "centos-stream9",
  "rocky8",
  "rocky9",
  "almalinux8",
  "almalinux9",
  ...["0", "1", "2", "3", "4", "5", "6", "7"].map((m) => `rhel8.${m}`),
  "rhel8-unknown",
  "rhel9.0",
  "rhel9.1",
  "rhel9-unknown",
];

/** The runbook's stack (prod), as plain values. */
function prod(): Record<string, any> {
  return {
    uri: "qemu+ssh://root@kvm01.example.com/system",
    pool: {
      name: "images_lvm",
      type: "logical",
      devices: ["/dev/sda2"],
      volumeGroup: "cl",
      target: "/dev/cl",
      build: false,
      autostart: true,
    },
    network: { name: "br0", mode: "bridge", bridge: "br0" },
    domains: [
      {
        name: "xxx",
        title: "xxx",
        description: "xxx",
        memoryMiB: 4096,
        vcpus: 2,
        disk: { sizeGiB: 64, sparse: false },
        osVariant: "centos7.0",
        virtType: "kvm",
        events: { onCrash: "restart", onPoweroff: "destroy", onReboot: "restart" },
        features: { acpi: false },
        clockOffset: "utc",
        graphics: { vnc: { port: 5901, listen: "127.0.0.1", password: "s3cret!!" } },
        console: { type: "pty", targetType: "serial" },
      },
    ],
  };
}

function errorOf(values: Record<string, unknown>, unknownKeys: string[] = []): string {
  try {
    validateStackConfig({ values, unknownKeys });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected the config to be rejected");
}

/** Applies a change to a fresh prod config and returns the single problem's line. */
function problemAfter(change: (c: Record<string, any>) => void): string {
  const c = prod();
  change(c);
  const msg = errorOf(c);
  expect(msg.startsWith("kvm-infra stack config has 1 problem:\n  - ")).toBe(true);
  return msg.split("\n  - ")[1];
}

describe("validateStackConfig", () => {
  it("accepts the runbook's config and returns it typed", () => {
    const cfg: StackConfig = validateStackConfig({ values: prod() });
    expect(cfg.pool.volumeGroup).toBe("cl");
    expect(cfg.domains[0].graphics?.vnc?.port).toBe(5901);
  });

  it.each<[string, (c: Record<string, any>) => void, string]>([
    [
      "a missing uri",
      (c) => delete c.uri,
      "kvm-infra:uri is required: the libvirt URI of the host, e.g. qemu+ssh://root@kvm01.example.com/system",
    ],
    [
      "a uri that is not one",
      (c) => (c.uri = "kvm01"),
      'kvm-infra:uri is not a libvirt URI like qemu+ssh://root@host/system or qemu:///system: not a libvirt URI: "kvm01" (expected driver[+transport]://[user@][host][:port]/path[?params])',
    ],
    [
      "a missing pool",
      (c) => delete c.pool,
      "kvm-infra:pool is required: a mapping with the keys name, type, devices, volumeGroup, target, path, build, autostart, adopt, protect",
    ],
    ["a pool without a name", (c) => delete c.pool.name, "kvm-infra:pool.name is required: the name libvirt knows it by"],
    ["an unknown pool type", (c) => (c.pool.type = "lvm"), 'kvm-infra:pool.type must be one of "logical", "dir", got "lvm"'],
    [
      "a logical pool without devices",
      (c) => delete c.pool.devices,
      "kvm-infra:pool.devices is required: the block devices of the volume group, e.g. [/dev/sda2]",
    ],
    [
      "a relative device",
      (c) => (c.pool.devices = ["sda2"]),
      'kvm-infra:pool.devices[0] must be an absolute path (starting with "/", no ".."), got "sda2"',
    ],
    [
      "a dir pool without a path",
      (c) => (c.pool = { name: "p", type: "dir" }),
      "kvm-infra:pool.path is required: the directory that holds the volumes, e.g. /var/lib/libvirt/images",
    ],
    [
      "a dir pool with devices",
      (c) => (c.pool = { name: "p", type: "dir", path: "/srv/p", devices: ["/dev/sdb"] }),
      'kvm-infra:pool.devices is only for type "logical"; a dir pool takes path',
    ],
    [
      "a typo in the pool",
      (c) => (c.pool.autoStart = true),
      "kvm-infra:pool.autoStart is not a known setting; accepted: name, type, devices, volumeGroup, target, path, build, autostart, adopt, protect",
    ],
    ["build that is not a boolean", (c) => (c.pool.build = "no"), 'kvm-infra:pool.build must be true or false, got "no"'],
    [
      "a bridge network without a bridge",
      (c) => delete c.network.bridge,
      "kvm-infra:network.bridge is required: the existing host bridge guests join, e.g. br0",
    ],
    ["an unknown network mode", (c) => (c.network.mode = "routed"), 'kvm-infra:network.mode must be one of "bridge", "nat", got "routed"'],
    [
      "a bridge name too long for Linux",
      (c) => (c.network.bridge = "a-very-long-bridge0"),
      'kvm-infra:network.bridge must be a Linux interface name: 1-15 of A-Z a-z 0-9 _ . : -, got "a-very-long-bridge0"',
    ],
    [
      "a DHCP range outside the subnet",
      (c) => (c.network = { name: "n", mode: "nat", nat: { dhcpStart: "10.0.0.2" } }),
      'kvm-infra:network.nat.dhcpStart must lie in 192.168.150.1/24, got "10.0.0.2"',
    ],
    [
      "NAT settings on a bridge network",
      (c) => (c.network.nat = {}),
      "kvm-infra:network.nat is only for mode \"nat\"; a bridge network's addressing is the host bridge's",
    ],
    [
      "domains that are not a list",
      (c) => (c.domains = { name: "a" }),
      'kvm-infra:domains must be a list of domains (each with at least a name), got {"name":"a"}',
    ],
    ["a domain without a name", (c) => delete c.domains[0].name, "kvm-infra:domains[0].name is required: the name libvirt knows it by"],
    [
      "a domain name with a slash",
      (c) => (c.domains[0].name = "a/b"),
      'kvm-infra:domains[0].name must be 1-200 characters without "/" or control characters (libvirt stores it as a file name), got "a/b"',
    ],
    [
      "less RAM than centos7.0 needs",
      (c) => (c.domains[0].memoryMiB = 512),
      "kvm-infra:domains[0].memoryMiB must be a whole number from 1024 to 4194304 (MiB; centos7.0 needs at least 1 GiB of RAM), got 512",
    ],
    [
      "a smaller disk than centos7.0 needs",
      (c) => (c.domains[0].disk.sizeGiB = 8),
      "kvm-infra:domains[0].disk.sizeGiB must be a whole number from 10 to 65536 (GiB; centos7.0 needs at least 10 GiB of disk), got 8",
    ],
    ["no vcpus", (c) => (c.domains[0].vcpus = 0), "kvm-infra:domains[0].vcpus must be a whole number from 1 to 255, got 0"],
    [
      "an OS the install does not know (CentOS Linux 8, not Stream)",
      (c) => (c.domains[0].osVariant = "centos8"),
      `kvm-infra:domains[0].osVariant must be one of ${KNOWN_OS_VARIANTS.map((v) => JSON.stringify(v)).join(", ")}, got "centos8"`,
    ],
    [
      "less RAM than rocky9 needs",
      (c) => {
        c.domains[0].osVariant = "rocky9";
        c.domains[0].memoryMiB = 1024;
      },
      "kvm-infra:domains[0].memoryMiB must be a whole number from 1536 to 4194304 (MiB; rocky9 needs at least 1.5 GiB of RAM), got 1024",
    ],
    [
      "a RHEL install without a tree (Red Hat's need a subscription)",
      (c) => {
        c.domains[0].osVariant = "rhel9.1";
        c.domains[0].memoryMiB = 2048;
        c.domains[0].install = { kickstart: { hostname: "r9", rootPasswordHash: "$6$salt$hash" } };
      },
      "kvm-infra:domains[0].install.location is required for rhel9.1: Red Hat's install trees need a subscription; point install.location at a mirror of the DVD's tree (the directory holding .treeinfo)",
    ],
    ["another hypervisor", (c) => (c.domains[0].virtType = "xen"), 'kvm-infra:domains[0].virtType must be one of "kvm", "qemu", got "xen"'],
    [
      "an unknown crash action",
      (c) => (c.domains[0].events.onCrash = "reboot"),
      'kvm-infra:domains[0].events.onCrash must be one of "destroy", "restart", "preserve", "rename-restart", "coredump-destroy", "coredump-restart", got "reboot"',
    ],
    [
      "a coredump on power-off",
      (c) => (c.domains[0].events.onPoweroff = "coredump-destroy"),
      'kvm-infra:domains[0].events.onPoweroff must be one of "destroy", "restart", "preserve", "rename-restart", got "coredump-destroy"',
    ],
    [
      "an unknown feature",
      (c) => (c.domains[0].features.apic = false),
      "kvm-infra:domains[0].features.apic is not a known setting; accepted: acpi",
    ],
    [
      "an unknown clock offset",
      (c) => (c.domains[0].clockOffset = "UTC"),
      'kvm-infra:domains[0].clockOffset must be one of "utc", "localtime", got "UTC"',
    ],
    [
      "a title over two lines",
      (c) => (c.domains[0].title = "a\nb"),
      "kvm-infra:domains[0].title must be a single line (libvirt rejects titles with line breaks)",
    ],
    [
      "a malformed uuid",
      (c) => (c.domains[0].uuid = "1234"),
      'kvm-infra:domains[0].uuid must be a UUID like 4dea22b3-1d52-d8f3-2516-782e98ab3fa0, got "1234"',
    ],
    [
      "qcow2 on a logical pool",
      (c) => (c.domains[0].disk.format = "qcow2"),
      'kvm-infra:domains[0].disk.format must be "raw" on a logical pool (a logical volume is a raw block device), got "qcow2"',
    ],
    [
      "a size for an existing volume",
      (c) => (c.domains[0].disk = { volume: "home", sizeGiB: 64 }),
      "kvm-infra:domains[0].disk.sizeGiB describes a new volume; leave it out when disk.volume names an existing one",
    ],
    [
      "a disk pool in the config (the stack has one pool)",
      (c) => (c.domains[0].disk.pool = "other"),
      "kvm-infra:domains[0].disk.pool is not a known setting; accepted: sizeGiB, sparse, format, name, volume",
    ],
    [
      "a VNC port below 5900",
      (c) => (c.domains[0].graphics.vnc.port = 5800),
      'kvm-infra:domains[0].graphics.vnc.port must be "auto" or a whole number from 5900 to 65535 (VNC display N listens on 5900+N), got 5800',
    ],
    [
      "a VNC listen address that is not one",
      (c) => (c.domains[0].graphics.vnc.listen = "localhost"),
      'kvm-infra:domains[0].graphics.vnc.listen must be an IPv4 address like 192.168.150.1, got "localhost"',
    ],
    [
      "a VNC password over 8 characters, never quoted",
      (c) => (c.domains[0].graphics.vnc.password = "123456789"),
      "kvm-infra:domains[0].graphics.vnc.password must be 1 to 8 printable characters (VNC's limit), got 9 characters",
    ],
    [
      "spice instead of VNC",
      (c) => (c.domains[0].graphics = { spice: {} }),
      "kvm-infra:domains[0].graphics.spice is not a known setting; accepted: vnc",
    ],
    ["a file console", (c) => (c.domains[0].console.type = "file"), 'kvm-infra:domains[0].console.type must be one of "pty", got "file"'],
    [
      "a virtio console target",
      (c) => (c.domains[0].console.targetType = "virtio"),
      'kvm-infra:domains[0].console.targetType must be one of "serial", got "virtio"',
    ],
    [
      "running that is not a boolean",
      (c) => (c.domains[0].running = "yes"),
      'kvm-infra:domains[0].running must be true or false, got "yes"',
    ],
    [
      "an install tree that is not http(s)",
      (c) => (c.domains[0].install = { location: "ftp://mirror/centos/7/" }),
      'kvm-infra:domains[0].install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), without whitespace, got "ftp://mirror/centos/7/"',
    ],
    [
      "a typo in install",
      (c) => (c.domains[0].install = { timeout: 5 }),
      "kvm-infra:domains[0].install.timeout is not a known property; accepted: location, kickstart, extraArgs, timeoutMinutes",
    ],
    [
      "two domains with one name",
      (c) => c.domains.push({ ...c.domains[0], graphics: {}, disk: { name: "other" } }),
      'kvm-infra:domains[1].name must be unique, but domains[0] is also named "xxx"',
    ],
    [
      "two domains on one VNC port",
      (c) => c.domains.push({ ...c.domains[0], name: "yyy" }),
      "kvm-infra:domains[1].graphics.vnc.port must be unique, but domains[0] also uses port 5901",
    ],
    [
      "two domains on one volume",
      (c) => c.domains.push({ name: "yyy", disk: { name: "xxx" } }),
      'kvm-infra:domains[1].disk must not share volume "xxx" with domains[0]',
    ],
  ])("rejects %s", (_what, change, expected) => {
    expect(problemAfter(change)).toBe(expected);
  });

  it("lists every problem in one error, in the order of the config", () => {
    const c = prod();
    c.uri = "nope";
    c.pool.devices = [];
    c.domains[0].memoryMiB = 100;
    c.domains[0].graphics.vnc.port = 1;
    expect(errorOf(c, ["kvm-infra:pools"])).toBe(
      [
        "kvm-infra stack config has 5 problems:",
        "  - kvm-infra:pools is not a known setting: did you mean kvm-infra:pool?; accepted: kvm-infra:uri, kvm-infra:autoDeploy, kvm-infra:adopt, kvm-infra:pool, kvm-infra:network, kvm-infra:domains",
        '  - kvm-infra:uri is not a libvirt URI like qemu+ssh://root@host/system or qemu:///system: not a libvirt URI: "nope" (expected driver[+transport]://[user@][host][:port]/path[?params])',
        "  - kvm-infra:pool.devices must be a non-empty list of block devices such as [/dev/sda2], got []",
        "  - kvm-infra:domains[0].memoryMiB must be a whole number from 1024 to 4194304 (MiB; centos7.0 needs at least 1 GiB of RAM), got 100",
        '  - kvm-infra:domains[0].graphics.vnc.port must be "auto" or a whole number from 5900 to 65535 (VNC display N listens on 5900+N), got 1',
      ].join("\n"),
    );
  });

  it("accepts an unattended installation with a generated kickstart", () => {
    const c = prod();
    c.domains[0].install = {
      location: "https://vault.centos.org/7.9.2009/os/x86_64/",
      kickstart: { hostname: "xxx.example.com", rootPasswordHash: "$6$salt$hash" },
      timeoutMinutes: 90,
    };
    expect(validateStackConfig({ values: c }).domains[0].install?.timeoutMinutes).toBe(90);
  });

  it("never quotes a VNC password in an error", () => {
    const c = prod();
    c.domains[0].graphics.vnc.password = "toolongsecret";
    c.domains[0].name = "bad name";
    expect(errorOf(c)).not.toContain("toolongsecret");
  });
});

describe("rawStackConfig", () => {
  it("parses the engine's JSON for objects, keeps the uri as text and reports unknown kvm-infra keys", () => {
    const raw = rawStackConfig({
      "kvm-infra:uri": "qemu:///system",
      "kvm-infra:pool": '{"name":"p","type":"dir","path":"/srv/p"}',
      "kvm-infra:autoDeploy": "true",
      "kvm-infra:domain": "[]",
      "aws:region": "us-east-1",
    });
    expect(raw).toEqual({
      values: { uri: "qemu:///system", pool: { name: "p", type: "dir", path: "/srv/p" }, autoDeploy: true },
      unknownKeys: ["kvm-infra:domain"],
      lookalikeKeys: [],
      plainKeys: ["kvm-infra:uri", "kvm-infra:autoDeploy", "kvm-infra:pool"],
    });
  });

  it("leaves text that is not JSON as it is, so validation names the key", () => {
    const raw = rawStackConfig({
      "kvm-infra:uri": "qemu:///system",
      "kvm-infra:pool": "images_lvm",
      "kvm-infra:network": '{"name":"n","mode":"nat"}',
    });
    expect(() => validateStackConfig(raw)).toThrow(
      'kvm-infra:pool must be a mapping with the keys name, type, devices, volumeGroup, target, path, build, autostart, adopt, protect, got "images_lvm"',
    );
  });
});

describe("validateStackConfig: the whole stack at once", () => {
  it.each<[string, (c: Record<string, any>) => void, string]>([
    [
      "two domains with one uuid (case and dashes do not make them differ)",
      (c) => {
        c.domains[0].uuid = "4dea22b3-1d52-d8f3-2516-782e98ab3fa0";
        c.domains.push({ name: "yyy", uuid: "4DEA22B31D52D8F32516782E98AB3FA0" });
      },
      "kvm-infra:domains[1].uuid must be unique, but domains[0] has the same uuid 4DEA22B31D52D8F32516782E98AB3FA0",
    ],
    [
      "a pool device listed twice",
      (c) => (c.pool.devices = ["/dev/sda2", "/dev/sda2"]),
      'kvm-infra:pool.devices[1] repeats devices[0] ("/dev/sda2"): a device can hold only one physical volume',
    ],
    [
      "a DHCP range starting at the network address",
      (c) => (c.network = { name: "n", mode: "nat", nat: { address: "10.1.0.1", prefix: 24, dhcpStart: "10.1.0.0", dhcpEnd: "10.1.0.9" } }),
      'kvm-infra:network.nat.dhcpStart must not be the network address of 10.1.0.1/24 (10.1.0.0), got "10.1.0.0"',
    ],
    [
      "a DHCP range ending at the broadcast address",
      (c) =>
        (c.network = { name: "n", mode: "nat", nat: { address: "10.1.0.1", prefix: 24, dhcpStart: "10.1.0.2", dhcpEnd: "10.1.0.255" } }),
      'kvm-infra:network.nat.dhcpEnd must not be the broadcast address of 10.1.0.1/24 (10.1.0.255), got "10.1.0.255"',
    ],
    [
      "VNC on libvirtd's TCP port",
      (c) => (c.domains[0].graphics.vnc.port = 16509),
      "kvm-infra:domains[0].graphics.vnc.port must not be 16509: libvirtd itself listens on 16509 and 16514 (TCP, TLS)",
    ],
    [
      "a description over libvirt's RPC string limit",
      (c) => (c.domains[0].description = "<".repeat(1024 * 1024)),
      "kvm-infra:domains[0].description makes the domain's XML longer than libvirt's RPC string limit of 4194304 bytes (VIR_NET_MESSAGE_STRING_MAX); keep it under 4128768 bytes",
    ],
    [
      "fractional install minutes",
      (c) => (c.domains[0].install = { timeoutMinutes: 1.5 }),
      "kvm-infra:domains[0].install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got 1.5",
    ],
    [
      "VNC on all addresses without saying so",
      (c) => (c.domains[0].graphics.vnc.listen = "0.0.0.0"),
      'kvm-infra:domains[0].graphics.vnc.listen is "0.0.0.0", which makes VNC reachable beyond the host (only 127.0.0.1 keeps it behind the ssh tunnel); set graphics.vnc.allowRemote: true if that is meant',
    ],
    [
      "an installation over an existing volume without consent",
      (c) => {
        c.domains[0].disk = { volume: "home" };
        c.domains[0].install = { location: "https://vault.centos.org/7.9.2009/os/x86_64/" };
      },
      'kvm-infra:domains[0].install would repartition the existing volume "home" (disk.volume) and wipe its data; set install.wipeDisk: true if that is meant, or leave install out to boot the volume as it is',
    ],
    ["adopt that is not a boolean", (c) => (c.adopt = "yes"), 'kvm-infra:adopt must be true or false, got "yes"'],
    ["protect that is not a boolean", (c) => (c.domains[0].protect = 1), "kvm-infra:domains[0].protect must be true or false, got 1"],
    [
      "a domain name that makes no volume name",
      (c) => (c.domains[0].name = "my guest"),
      'kvm-infra:domains[0].name "my guest" gives the disk volume the name "my guest", which is not a valid volume name; set disk.name',
    ],
    [
      "a bridge that is no interface name",
      (c) => (c.domains[0].bridge = "a bridge"),
      'kvm-infra:domains[0].bridge must be a Linux interface name: 1-15 of A-Z a-z 0-9 _ . : -, got "a bridge"',
    ],
  ])("rejects %s", (_what, change, expected) => {
    expect(problemAfter(change)).toBe(expected);
  });

  it("accepts VNC off loopback with allowRemote, an install over a volume with wipeDisk, and a host bridge", () => {
    const c = prod();
    c.domains[0].graphics.vnc = { port: 5901, listen: "0.0.0.0", allowRemote: true };
    c.domains[0].disk = { volume: "home" };
    c.domains[0].install = { wipeDisk: true };
    c.domains[0].bridge = "br0";
    expect(validateStackConfig({ values: c }).domains[0].bridge).toBe("br0");
  });

  it("gives every object kvm-infra:adopt unless it says otherwise", () => {
    const c = prod();
    c.adopt = true;
    c.network.adopt = false;
    const cfg = validateStackConfig({ values: c });
    expect([cfg.adopt, cfg.pool.adopt, cfg.network.adopt, cfg.domains[0].adopt]).toEqual([true, true, false, true]);
    expect(validateStackConfig({ values: prod() }).domains[0].adopt).toBe(false);
  });

  it("refuses a VNC password the engine got from plain text, with the command, never quoting it", () => {
    const msg = (() => {
      try {
        validateStackConfig({ values: prod(), plainKeys: ["kvm-infra:domains"], stack: "prod" });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(msg).toContain(
      "kvm-infra:domains[0].graphics.vnc.password is written in plain text in the stack file; a secret belongs encrypted there (and this one should be changed): pulumi config set --stack prod --secret --path 'kvm-infra:domains[0].graphics.vnc.password' '<password>'",
    );
    expect(msg).not.toContain("s3cret!!");
  });

  it("reports keys that look like ours outside the namespace, from the engine's keys", () => {
    const raw = rawStackConfig({ "kvm-infra:uri": "qemu:///system", "kvm_infra:domains": "[]", "aws:region": "x" }, []);
    expect(raw.lookalikeKeys).toEqual(["kvm_infra:domains"]);
  });
});

describe("one checker: the stack config refuses what the providers' check refuses, once, with the config key", () => {
  // [config change, the provider check it corresponds to (resource kind, inputs change)]
  const { checkStoragePool, checkNetwork, checkDomain } = require("../../../libvirt/resources");
  const pool = {
    uri: "qemu:///system",
    name: "p",
    type: "logical",
    sourceDevices: ["/dev/sda2"],
    volumeGroup: "cl",
    targetPath: "/dev/cl",
  };
  const net = {
    uri: "qemu:///system",
    name: "n",
    mode: "nat",
    nat: { address: "10.1.0.1", prefix: 24, dhcpStart: "10.1.0.2", dhcpEnd: "10.1.0.9" },
  };
  const dom = { uri: "qemu:///system", name: "d", memoryMiB: 1024, vcpus: 1 };
  it.each<[string, (c: Record<string, any>) => void, () => { failures: unknown[] }, string]>([
    [
      "a URI parameter the client does not know",
      (c) => (c.uri = "qemu+ssh://h/system?foo=1"),
      () => checkDomain({}, { ...dom, uri: "qemu+ssh://h/system?foo=1" }),
      "kvm-infra:uri",
    ],
    ["a pool name with a slash", (c) => (c.pool.name = "a/b"), () => checkStoragePool({}, { ...pool, name: "a/b" }), "kvm-infra:pool.name"],
    [
      "a device path with ..",
      (c) => (c.pool.devices = ["/dev/../sda"]),
      () => checkStoragePool({}, { ...pool, sourceDevices: ["/dev/../sda"] }),
      "kvm-infra:pool.devices[0]",
    ],
    [
      "a DHCP range on the broadcast address",
      (c) => (c.network = { name: "n", mode: "nat", nat: { ...net.nat, dhcpEnd: "10.1.0.255" } }),
      () => checkNetwork({}, { ...net, nat: { ...net.nat, dhcpEnd: "10.1.0.255" } }),
      "kvm-infra:network.nat.dhcpEnd",
    ],
    [
      "a bridge name of 16 characters",
      (c) => (c.network.bridge = "b".repeat(16)),
      () => checkNetwork({}, { ...net, mode: "bridge", nat: undefined, bridge: "b".repeat(16) }),
      "kvm-infra:network.bridge",
    ],
    ["a malformed uuid", (c) => (c.domains[0].uuid = "xyz"), () => checkDomain({}, { ...dom, uuid: "xyz" }), "kvm-infra:domains[0].uuid"],
    [
      "a fractional install timeout",
      (c) => (c.domains[0].install = { timeoutMinutes: 0.5 }),
      () => checkDomain({}, { ...dom, install: { timeoutMinutes: 0.5 } }),
      "kvm-infra:domains[0].install.timeoutMinutes",
    ],
  ])("%s", (_what, change, provider, path) => {
    expect(provider().failures.length).toBeGreaterThan(0);
    const c = prod();
    change(c);
    let problems: { path: string }[] = [];
    try {
      validateStackConfig({ values: c });
    } catch (e) {
      problems = (e as ConfigError).problems;
    }
    expect(problems.map((p) => p.path)).toEqual([path]);
  });
});
