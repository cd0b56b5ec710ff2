// The Domain's `install`: check names the property and the accepted values before any host is
// touched, the diff never turns it into a change (an existing domain is never reinstalled), and
// the install-phase XML builder matches virt-install's dry-run of the runbook's command.
import { readFileSync } from "fs";
import { join } from "path";
import { checkDomain, diffDomain } from "../../../libvirt/resources/domain-spec";
import { domainInstallXml, installSecrets } from "../../../libvirt/resources/domain-install";
import { domainInstallXml as fromIndex, DomainInputs } from "../../../libvirt";
import { UNKNOWN } from "../../../libvirt/resources/validate";
import { parseDomainXml } from "../../../libvirt/xml";

type Rec = Record<string, unknown>;
const URI = "qemu+ssh://root@kvm01.example.com/system";
const HASH = "$6$kvmitsalt$Qm1ZbW9yZXRoYW5hY2VudG9zc2VjcmV0aGFzaA";
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxwsvGpFGRV+4OSppAL3bPVIkr7b6D86kfNj9ugrHzO ops@example.com";
const domain: Rec = { uri: URI, name: "web01", memoryMiB: 1024, vcpus: 1 };
const install: Rec = { kickstart: { hostname: "web01.example.com", rootPasswordHash: HASH } };

function failures(change: Rec): { property: string; reason: string }[] {
  return checkDomain({}, { ...domain, ...change }).failures;
}

describe("check of install", () => {
  test("a kickstart from options, a verbatim one, or none at all pass", () => {
    expect(failures({ install })).toEqual([]);
    expect(failures({ install: { kickstart: "text\nrootpw --lock\npoweroff\n" } })).toEqual([]);
    expect(failures({ install: {} })).toEqual([]);
    expect(
      failures({
        install: {
          location: "http://mirror.example.com/centos/7/os/x86_64",
          extraArgs: "console=ttyS0,115200 net.ifnames=0",
          timeoutMinutes: 30,
          kickstart: {
            hostname: "web01",
            sshAuthorizedKey: KEY,
            network: { bootproto: "static", address: "192.168.1.10", prefix: 24, gateway: "192.168.1.1", dns: ["192.168.1.1"] },
          },
        },
      }),
    ).toEqual([]);
  });

  test("fills the tree, the kernel arguments and the timeout so the state says what was used", () => {
    expect(checkDomain({}, { ...domain, install }).inputs.install).toEqual({
      ...install,
      location: "https://vault.centos.org/7.9.2009/os/x86_64/",
      extraArgs: "console=ttyS0,115200",
      timeoutMinutes: 60,
    });
    expect("install" in checkDomain({}, domain).inputs).toBe(false);
  });

  test.each<[string, Rec, string, string]>([
    ["not an object", { install: "yes" }, "install", 'install must be an object, got "yes"'],
    [
      "an unknown key",
      { install: { kickstarts: {} } },
      "install.kickstarts",
      "install.kickstarts is not a known property; accepted: location, kickstart, extraArgs, timeoutMinutes",
    ],
    [
      "with directBoot",
      { install, directBoot: { kernel: "/boot/vmlinuz" } },
      "install",
      "install cannot be combined with directBoot: the install phase boots the install tree's kernel, and the installed domain boots from its disk",
    ],
    [
      "an ftp location",
      { install: { location: "ftp://mirror/centos/" } },
      "install.location",
      'install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), without whitespace, got "ftp://mirror/centos/"',
    ],
    [
      "a location with a space",
      { install: { location: "http://mirror/centos 7/" } },
      "install.location",
      'install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), got "http://mirror/centos 7/": it must not contain U+0020 (whitespace, ", \\, # and control characters break the kernel command line or the kickstart: percent-encode them, e.g. %20, %22, %5C, %23)',
    ],
    [
      "a location whose quote would end the kickstart's url argument",
      { install: { location: 'http://mirror/centos/7/"/' } },
      "install.location",
      'install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), got "http://mirror/centos/7/\\"/": it must not contain " (whitespace, ", \\, # and control characters break the kernel command line or the kickstart: percent-encode them, e.g. %20, %22, %5C, %23)',
    ],
    [
      "a location with a fragment, which the kickstart would read as a comment",
      { install: { location: "http://mirror/centos/7/#x" } },
      "install.location",
      'install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), got "http://mirror/centos/7/#x": it must not contain # (whitespace, ", \\, # and control characters break the kernel command line or the kickstart: percent-encode them, e.g. %20, %22, %5C, %23)',
    ],
    [
      "a location that is no string",
      { install: { location: 7 } },
      "install.location",
      "install.location must be the http:// or https:// URL of an install tree (the directory holding .treeinfo), without whitespace, got 7",
    ],
    [
      "an empty verbatim kickstart",
      { install: { kickstart: "  \n" } },
      "install.kickstart",
      "install.kickstart must be a ks.cfg text (used verbatim) or an object of kickstart options, got an empty text",
    ],
    [
      "a kickstart that is a number",
      { install: { kickstart: 5 } },
      "install.kickstart",
      "install.kickstart must be a ks.cfg text (used verbatim) or an object of kickstart options (hostname, network, rootPasswordHash, sshAuthorizedKey, disk, partitions, autopart, packages, lang, keymap, selinux)",
    ],
    [
      "a kickstart without a host name",
      { install: { kickstart: { rootPasswordHash: HASH } } },
      "install.kickstart.hostname",
      "install.kickstart.hostname: undefined is not a valid host name",
    ],
    [
      "a kickstart with a typo",
      { install: { kickstart: { hostname: "a", rootPasswordHash: HASH, timezone: "UTC" } } },
      "install.kickstart.timezone",
      "install.kickstart.timezone is not a known property; accepted: hostname, network, rootPasswordHash, sshAuthorizedKey, disk, partitions, autopart, packages, lang, keymap, selinux",
    ],
    [
      "a kickstart network with a typo",
      { install: { kickstart: { hostname: "a", sshAuthorizedKey: KEY, network: { ip: "1.2.3.4" } } } },
      "install.kickstart.network.ip",
      "install.kickstart.network.ip is not a known property; accepted: device, bootproto, address, prefix, gateway, dns",
    ],
    [
      "a static network without an address",
      { install: { kickstart: { hostname: "a", sshAuthorizedKey: KEY, network: { bootproto: "static", prefix: 24 } } } },
      "install.kickstart.network.address",
      "install.kickstart.network.address: undefined is not an IPv4 address",
    ],
    [
      "no way for root to log in",
      { install: { kickstart: { hostname: "a" } } },
      "install.kickstart",
      "install.kickstart: needs rootPasswordHash or sshAuthorizedKey, or root could never log in",
    ],
    [
      "multi-line extra args",
      { install: { extraArgs: "console=ttyS0\ninst.text" } },
      "install.extraArgs",
      'install.extraArgs must be one line of kernel arguments such as "console=ttyS0,115200", got "console=ttyS0\\ninst.text"',
    ],
    [
      "a zero timeout",
      { install: { timeoutMinutes: 0 } },
      "install.timeoutMinutes",
      "install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got 0",
    ],
    [
      "a timeout as text",
      { install: { timeoutMinutes: "30" } },
      "install.timeoutMinutes",
      'install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got "30"',
    ],
    [
      "a timeout over a day",
      { install: { timeoutMinutes: 2000 } },
      "install.timeoutMinutes",
      "install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got 2000",
    ],
    [
      "a fractional timeout",
      { install: { timeoutMinutes: 0.5 } },
      "install.timeoutMinutes",
      "install.timeoutMinutes must be a whole number of minutes above 0 and at most 1440, got 0.5",
    ],
  ])("fails on %s, naming the property and the accepted values", (_what, change, property, reason) => {
    expect(failures(change)).toEqual([{ property, reason }]);
  });

  test("a plain root password is refused without being echoed", () => {
    const f = failures({ install: { kickstart: { hostname: "a", rootPasswordHash: "hunter2hunter2" } } });
    expect(f).toEqual([{ property: "install.kickstart.rootPasswordHash", reason: expect.stringContaining("is not a crypt(3) hash") }]);
    expect(JSON.stringify(f)).not.toContain("hunter2");
  });

  test("a verbatim kickstart is never echoed in a failure", () => {
    const f = failures({ install: { kickstart: ["rootpw --plaintext s3cr3t"], timeoutMinutes: 1 } });
    expect(f.map((x) => x.property)).toEqual(["install.kickstart"]);
    expect(JSON.stringify(f)).not.toContain("s3cr3t");
  });

  test.each<[string, Rec]>([
    ["the whole install", { install: UNKNOWN }],
    ["the kickstart", { install: { kickstart: UNKNOWN } }],
    ["the kickstart's ssh key", { install: { kickstart: { hostname: "a", sshAuthorizedKey: UNKNOWN } } }],
    ["the location", { install: { location: UNKNOWN, timeoutMinutes: UNKNOWN } }],
  ])("unknown at preview, %s passes", (_what, change) => {
    expect(failures(change)).toEqual([]);
  });
});

describe("diff of install", () => {
  const olds = {
    ...checkDomain({}, { ...domain, install }).inputs,
    uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
    vncPort: 0,
    pendingRestart: [],
    installed: true,
  } as unknown as Rec;
  const news = (change: Rec) => {
    const n = checkDomain({}, { ...domain, ...change }).inputs as unknown as Rec;
    return n;
  };

  test.each<[string, Rec]>([
    ["another tree", { install: { ...install, location: "http://mirror.example.com/centos/7/os/x86_64/" } }],
    ["another kickstart", { install: { kickstart: { hostname: "web02.example.com", sshAuthorizedKey: KEY } } }],
    ["a verbatim kickstart", { install: { kickstart: "text\npoweroff\n" } }],
    ["other kernel arguments", { install: { ...install, extraArgs: "console=ttyS0,115200 quiet" } }],
    ["another timeout", { install: { ...install, timeoutMinutes: 5 } }],
    ["install removed", {}],
    ["install unknown at preview", { install: UNKNOWN }],
  ])("%s of an installed domain is no change at all: no reinstall, no replace, no update", (_what, change) => {
    expect(diffDomain(olds, news(change))).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false, changed: [] });
  });

  test("install added to a domain created without it is no change either", () => {
    const plain = {
      ...checkDomain({}, domain).inputs,
      uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0",
      vncPort: 0,
      pendingRestart: [],
      installed: false,
    } as unknown as Rec;
    expect(diffDomain(plain, news({ install })).changes).toBe(false);
  });

  test("with another change, only that one is listed (the update never reinstalls)", () => {
    expect(diffDomain(olds, news({ install: { kickstart: "text\n" }, title: "web" })).changed).toEqual(["title"]);
  });

  test("a new name still replaces, and the replacement is installed anew by its create", () => {
    expect(diffDomain(olds, news({ install, name: "web02" })).replaces).toEqual(["name"]);
  });
});

describe("installSecrets: what error texts must not show", () => {
  test("the root password hash of generated kickstarts", () => {
    expect(installSecrets({ kickstart: { hostname: "a", rootPasswordHash: HASH } })).toEqual([HASH]);
    expect(installSecrets({ kickstart: { hostname: "a", sshAuthorizedKey: KEY } })).toEqual([]);
    expect(installSecrets(undefined)).toEqual([]);
  });
  test("rootpw and --password= values of verbatim kickstarts", () => {
    expect(installSecrets({ kickstart: `text\nrootpw --iscrypted ${HASH}\nuser --name=ops --password=opspassword --plaintext\n` })).toEqual(
      [HASH, "opspassword"],
    );
    expect(installSecrets({ kickstart: "rootpw --lock\n" })).toEqual([]);
  });
});

describe("domainInstallXml: parity with virt-install 4.1.0 --location --print-xml --dry-run", () => {
  // The fixture holds the install phase, then the final domain, for the runbook's command.
  const text = readFileSync(join(__dirname, "../install/fixtures/virt-install-4.1.0-location-dry-run.xml"), "utf8").replace(
    /<!--[\s\S]*?-->/,
    "",
  );
  const [viInstall] = text.split(/(?=<domain )/).filter((d) => d.trim());
  const vi = parseDomainXml(viInstall);
  // The fixture's install URL is a placeholder: ours is put in its place to compare command lines.
  const LOCATION = "http://mirror.example.com/centos/7.9.2009/os/x86_64/";
  // The runbook's domain, as the fixture's command line gives it.
  const runbook = checkDomain(
    {},
    {
      uri: URI,
      name: "kvmit-inst-vi",
      memoryMiB: 1024,
      vcpus: 1,
      virtType: "qemu",
      osinfoId: "http://centos.org/centos/7.0",
      onCrash: "restart",
      onPoweroff: "destroy",
      onReboot: "restart",
      guestAgent: true,
      rng: true,
      install: { location: LOCATION, extraArgs: "console=ttyS0,115200" },
    },
  ).inputs;
  const withKickstart = (i: DomainInputs): DomainInputs => ({
    ...i,
    install: { ...i.install, kickstart: { hostname: "a", sshAuthorizedKey: KEY } },
  });
  const parse = (xml: string) => parseDomainXml(xml.split(LOCATION).join("@LOCATION@"));
  const ours = parse(domainInstallXml(runbook));

  test("the same command line: the extra args, then inst.repo=<location>", () => {
    expect(ours.os?.cmdline).toBe(vi.os?.cmdline);
  });

  test("differs on purpose by inst.ks=file:/ks.cfg when a kickstart is injected (virt-install's --initrd-inject)", () => {
    const ks = parse(domainInstallXml(withKickstart(runbook)));
    expect(ks.os?.cmdline).toBe(`${vi.os?.cmdline} inst.ks=file:/ks.cfg`);
  });

  test("a static address reaches dracut on the command line (ip=, nameserver=, and net.ifnames=0 for eth0), before inst.repo", () => {
    const network = {
      bootproto: "static",
      device: "eth0",
      address: "192.168.150.20",
      prefix: 24,
      gateway: "192.168.150.1",
      dns: ["9.9.9.9"],
    };
    const xml = domainInstallXml({
      ...runbook,
      install: { ...runbook.install, kickstart: { hostname: "db01", sshAuthorizedKey: KEY, network } },
    } as DomainInputs);
    expect(parse(xml).os?.cmdline).toBe(
      "console=ttyS0,115200 net.ifnames=0 ip=192.168.150.20::192.168.150.1:255.255.255.0:db01:eth0:none nameserver=9.9.9.9 inst.repo=@LOCATION@ inst.ks=file:/ks.cfg",
    );
  });

  test("an ip= or net.ifnames the extra args set is theirs", () => {
    const network = { bootproto: "static", device: "eth0", address: "192.168.150.20", prefix: 24 };
    const install = {
      ...runbook.install,
      extraArgs: "console=ttyS0,115200 net.ifnames=1 ip=dhcp",
      kickstart: { hostname: "db01", sshAuthorizedKey: KEY, network },
    };
    expect(parse(domainInstallXml({ ...runbook, install } as DomainInputs)).os?.cmdline).toBe(
      "console=ttyS0,115200 net.ifnames=1 ip=dhcp inst.repo=@LOCATION@ inst.ks=file:/ks.cfg",
    );
  });

  test("kernel and initrd in the boot-scratch directory, named after the domain rather than virtinst-<random>", () => {
    // On purpose: a stable name lets a later run find and replace what a failed one left behind.
    expect(vi.os?.kernel).toBe("/var/lib/libvirt/boot/virtinst-XXXXXXXX-vmlinuz");
    expect(vi.os?.initrd).toBe("/var/lib/libvirt/boot/virtinst-XXXXXXXX-initrd.img");
    expect(ours.os?.kernel).toBe("/var/lib/libvirt/boot/kvmit-inst-vi-install-vmlinuz");
    expect(ours.os?.initrd).toBe("/var/lib/libvirt/boot/kvmit-inst-vi-install-initrd.img");
  });

  test("the same events (on_reboot destroy ends the install phase), no boot order, the same memory floor", () => {
    expect([ours.onPoweroff, ours.onReboot, ours.onCrash]).toEqual([vi.onPoweroff, vi.onReboot, vi.onCrash]);
    expect(ours.onReboot).toBe("destroy");
    expect(vi.os?.boot ?? []).toEqual([]);
    expect(ours.os?.boot ?? []).toEqual([]);
    expect(ours.memory?.value).toBe(1536 * 1024);
    expect(vi.memory?.value).toBe(1572864);
  });

  test("the same machine, type and os id", () => {
    expect(ours.type).toBe(vi.type);
    expect(ours.os?.type).toEqual(vi.os?.type);
    expect(ours.metadata?.libosinfo?.os?.id).toBe(vi.metadata?.libosinfo?.os?.id);
    expect(ours.vcpu?.count).toBe(vi.vcpu?.count);
  });

  test("differs on purpose by a serial port logging the console into boot-scratch, quoted when an install fails", () => {
    const xml = domainInstallXml(runbook);
    expect(xml).toContain("<log file='/var/lib/libvirt/boot/kvmit-inst-vi-install-console.log' append='off'/>");
    expect(viInstall).not.toContain("<serial");
  });

  test("other differences on purpose: no uuid unless set (create sets its own), libvirt's defaults left to libvirt", () => {
    // virt-install prints the uuid it generated, clock timers, pm and controllers libvirt would add.
    expect(vi.uuid).toBeDefined();
    expect(ours.uuid).toBeUndefined();
    expect(parseDomainXml(domainInstallXml({ ...runbook, uuid: "49e185c2-332d-4c24-af86-b053a7e1735b" })).uuid).toBe(
      "49e185c2-332d-4c24-af86-b053a7e1735b",
    );
  });

  test("is exported from libvirt/index.ts, and refuses a domain without install", () => {
    expect(fromIndex).toBe(domainInstallXml);
    const { install: _i, ...plain } = runbook;
    expect(() => domainInstallXml(plain)).toThrow('domain "kvmit-inst-vi" has no install settings');
  });

  test("defaults to the CentOS 7.9 vault when no location is given", () => {
    const { install: _i, ...plain } = runbook;
    expect(parseDomainXml(domainInstallXml({ ...plain, install: {} })).os?.cmdline).toBe(
      "console=ttyS0,115200 inst.repo=https://vault.centos.org/7.9.2009/os/x86_64/",
    );
  });
});
