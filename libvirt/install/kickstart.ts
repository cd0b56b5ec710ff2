// Generates the kickstart (ks.cfg) that makes the installation unattended: host name, network,
// root access, UTC clock, the disk layout on vda, and a reboot that ends the install phase
// (on_reboot=destroy there), in cmdline mode so that no error can wait for an answer. What differs
// between releases (auth, the default packages) comes from releases.ts.
import {
  centos7Minor,
  cryptProblem,
  FILE_SYSTEMS,
  GuestMajor,
  hostnameProblem,
  INTERFACE_NAME,
  MAC,
  mountpointProblem,
  normalizeMountpoint,
  PACKAGE,
  SSHKEY_MIN_MINOR,
  sshKeyProblem,
  UNMOUNTED,
  USERLANDS,
} from "./guest-values";
import { normalizeLocation } from "./treeinfo";
import { installGeneration, installRelease, InstallRelease } from "./releases";

export interface KickstartNetwork {
  /** Guest interface, e.g. "eth0". Defaults to "link": the first interface with a link, since
   * CentOS 7 names a virtio NIC ens3 or enp1s0 unless net.ifnames=0 is in extraArgs. */
  device?: string;
  /** "dhcp" (default) or "static". */
  bootproto?: "dhcp" | "static";
  /** static: IPv4 address, e.g. 192.168.1.10. */
  address?: string;
  /** static: prefix length, e.g. 24. */
  prefix?: number;
  /** static: default gateway. */
  gateway?: string;
  /** static: name servers. */
  dns?: string[];
}

export interface KickstartPartition {
  /** Mount point, or "swap". */
  mountpoint: string;
  /** Defaults to "xfs" ("swap" for swap). */
  fstype?: string;
  /** Size in MiB (the minimum when grow is set). */
  sizeMiB: number;
  /** Take the rest of the disk. Defaults to false. */
  grow?: boolean;
}

export interface KickstartOptions {
  /** The guest's host name (short or fully qualified). */
  hostname: string;
  /** Defaults to DHCP on the first interface with a link. */
  network?: KickstartNetwork;
  /** crypt(3) hash of the root password ($6$... from `openssl passwd -6` or mkpasswd). A secret. */
  rootPasswordHash?: string;
  /** An OpenSSH public key for root. Without rootPasswordHash, root's password is locked. */
  sshAuthorizedKey?: string;
  /** Disk the system is installed on. Defaults to "vda". */
  disk?: string;
  /** Explicit partitions on the disk; autopart (LVM) when unset. */
  partitions?: KickstartPartition[];
  /** Defaults to "lvm" when partitions are unset. */
  autopart?: "lvm" | "plain" | "thinp";
  /** Defaults to ["@core"] on CentOS 7 and ["@^minimal-environment"] on EL 8 and 9. */
  packages?: string[];
  /** Defaults to "en_US.UTF-8". */
  lang?: string;
  /** Defaults to "us". */
  keymap?: string;
  /** Defaults to "enforcing". */
  selinux?: "enforcing" | "permissive" | "disabled";
}

/** A kickstart's input: generated from options, or a complete ks.cfg given verbatim. */
export type KickstartSpec = KickstartOptions | string;

export class KickstartError extends Error {
  /** The offending key, e.g. "kickstart.network.address". */
  key: string;
  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    // Set again: under Pulumi's closure serializer super() leaves message unset.
    this.message = `${key}: ${message}`;
    this.name = "KickstartError";
    this.key = key;
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

const isIpv4 = (s: unknown): s is string => typeof s === "string" && IPV4.test(s);

export function prefixToNetmask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 0xff).join(".");
}

function validateNetwork(n: KickstartNetwork, key: string): void {
  if (n.device !== undefined && !(typeof n.device === "string" && (INTERFACE_NAME.test(n.device) || MAC.test(n.device)))) {
    throw new KickstartError(
      `${key}.device`,
      `${JSON.stringify(n.device)} is not an interface name (up to 15 letters, digits, _ . -, not starting with "-"), a MAC address or "link"`,
    );
  }
  const mode = n.bootproto ?? "dhcp";
  if (mode !== "dhcp" && mode !== "static") {
    throw new KickstartError(`${key}.bootproto`, `"${mode}" is not one of "dhcp", "static"`);
  }
  if (mode === "dhcp") {
    for (const k of ["address", "prefix", "gateway", "dns"] as const) {
      if (n[k] !== undefined) throw new KickstartError(`${key}.${k}`, `only applies with bootproto "static"`);
    }
    return;
  }
  if (!isIpv4(n.address)) throw new KickstartError(`${key}.address`, `${JSON.stringify(n.address)} is not an IPv4 address`);
  if (!Number.isInteger(n.prefix) || (n.prefix as number) < 1 || (n.prefix as number) > 32) {
    throw new KickstartError(`${key}.prefix`, `${JSON.stringify(n.prefix)} is not a prefix length from 1 to 32`);
  }
  if (n.gateway !== undefined && !isIpv4(n.gateway)) {
    throw new KickstartError(`${key}.gateway`, `${JSON.stringify(n.gateway)} is not an IPv4 address`);
  }
  (n.dns ?? []).forEach((d, i) => {
    if (!isIpv4(d)) throw new KickstartError(`${key}.dns[${i}]`, `${JSON.stringify(d)} is not an IPv4 address`);
  });
}

function validatePartitions(parts: KickstartPartition[], key: string, major: GuestMajor): void {
  if (parts.length === 0) throw new KickstartError(key, "must list at least one partition (or be left unset for autopart)");
  const seen = new Map<string, number>();
  parts.forEach((p, i) => {
    const k = `${key}[${i}]`;
    const bad = mountpointProblem(p.mountpoint);
    if (bad) throw new KickstartError(`${k}.mountpoint`, bad);
    const mp = normalizeMountpoint(p.mountpoint);
    if (mp !== "swap" && seen.has(mp)) {
      throw new KickstartError(`${k}.mountpoint`, `"${p.mountpoint}" is the mount point of partitions[${seen.get(mp)}] again ("${mp}")`);
    }
    seen.set(mp, i);
    // A number JavaScript prints in exponent form (1e21) or with a fraction is no size anaconda parses.
    if (!Number.isSafeInteger(p.sizeMiB) || p.sizeMiB < 1) {
      throw new KickstartError(`${k}.sizeMiB`, `${JSON.stringify(p.sizeMiB)} is not a positive whole number of MiB`);
    }
    if (p.fstype !== undefined && !FILE_SYSTEMS.includes(p.fstype)) {
      throw new KickstartError(
        `${k}.fstype`,
        `${JSON.stringify(p.fstype)} is not a file system ${USERLANDS[major].system}'s anaconda formats (${FILE_SYSTEMS.join(", ")})`,
      );
    }
    const fstype = partitionFstype(p);
    if (UNMOUNTED.includes(fstype) !== UNMOUNTED.includes(mp) || (UNMOUNTED.includes(mp) && fstype !== mp)) {
      throw new KickstartError(
        `${k}.fstype`,
        `"${fstype}" does not fit mount point "${p.mountpoint}" (${UNMOUNTED.join(", ")} go with the same name)`,
      );
    }
  });
  if (!seen.has("/")) throw new KickstartError(key, `has no "/" partition`);
}

/** Throws a KickstartError naming the first bad key (prefixed with `key`, e.g. "install.kickstart"),
 * judged by what release `major` (default CentOS 7) verifies. */
export function validateKickstartOptions(o: KickstartOptions, key = "kickstart", major: GuestMajor = 7): void {
  if (typeof o !== "object" || o === null) throw new KickstartError(key, "must be a ks.cfg text or an object of options");
  const host = hostnameProblem(o.hostname);
  if (host) throw new KickstartError(`${key}.hostname`, host);
  if (o.network !== undefined) validateNetwork(o.network, `${key}.network`);
  if (o.rootPasswordHash !== undefined) {
    // Never echo the value: it is a secret.
    const bad = cryptProblem(o.rootPasswordHash, major);
    if (bad) throw new KickstartError(`${key}.rootPasswordHash`, bad);
  }
  if (o.sshAuthorizedKey !== undefined) {
    const bad = sshKeyProblem(o.sshAuthorizedKey, major);
    if (bad) throw new KickstartError(`${key}.sshAuthorizedKey`, bad);
  }
  if (o.rootPasswordHash === undefined && o.sshAuthorizedKey === undefined) {
    throw new KickstartError(key, "needs rootPasswordHash or sshAuthorizedKey, or root could never log in");
  }
  if (o.disk !== undefined && !(typeof o.disk === "string" && /^[a-z][a-z0-9]{1,15}$/.test(o.disk))) {
    throw new KickstartError(`${key}.disk`, `${JSON.stringify(o.disk)} is not a disk name such as vda`);
  }
  if (o.partitions !== undefined) {
    if (o.autopart !== undefined) throw new KickstartError(`${key}.autopart`, "cannot be combined with partitions");
    validatePartitions(o.partitions, `${key}.partitions`, major);
  }
  if (o.autopart !== undefined && !["lvm", "plain", "thinp"].includes(o.autopart)) {
    throw new KickstartError(`${key}.autopart`, `"${o.autopart}" is not one of "lvm", "plain", "thinp"`);
  }
  (o.packages ?? []).forEach((p, i) => {
    if (typeof p !== "string" || !PACKAGE.test(p)) {
      throw new KickstartError(
        `${key}.packages[${i}]`,
        `${JSON.stringify(p)} is not a package line pykickstart reads (name, @group, @^environment, -name or -@group)`,
      );
    }
  });
  if (o.lang !== undefined && !(typeof o.lang === "string" && /^[A-Za-z_]+(\.[A-Za-z0-9-]+)?(@\w+)?$/.test(o.lang))) {
    throw new KickstartError(`${key}.lang`, `${JSON.stringify(o.lang)} is not a locale such as en_US.UTF-8`);
  }
  if (o.keymap !== undefined && !(typeof o.keymap === "string" && /^[A-Za-z0-9_-]+$/.test(o.keymap))) {
    throw new KickstartError(`${key}.keymap`, `${JSON.stringify(o.keymap)} is not a keymap name such as us`);
  }
  if (o.selinux !== undefined && !["enforcing", "permissive", "disabled"].includes(o.selinux)) {
    throw new KickstartError(`${key}.selinux`, `"${o.selinux}" is not one of "enforcing", "permissive", "disabled"`);
  }
}

/** A partition's file system: swap for swap, xfs (CentOS 7's default) otherwise. */
function partitionFstype(p: KickstartPartition): string {
  return p.fstype ?? (UNMOUNTED.includes(p.mountpoint) ? p.mountpoint : "xfs");
}

/** Whether the device is a traditional kernel name (eth0), which CentOS 7 only gives a virtio NIC
 * with net.ifnames=0 (otherwise it is ens3 or enp1s0). */
const needsKernelNames = (device: string | undefined): boolean => device !== undefined && /^eth\d+$/.test(device);

/**
 * Kernel arguments the kickstart needs on the installer's command line (validated first). A
 * static address goes there as dracut's `ip=` and `nameserver=`: with inst.ks=file:, dracut's
 * parse-kickstart runs before any NIC exists, so `network --device=link` finds no device and the
 * initramfs never gets the address it needs to fetch the installer's stage 2. A device named ethN
 * needs net.ifnames=0, which anaconda also writes into the installed system's boot loader.
 */
export function kickstartKernelArgs(o: KickstartOptions, key = "kickstart", major: GuestMajor = 7): string[] {
  validateKickstartOptions(o, key, major);
  const n = o.network ?? {};
  const args: string[] = [];
  if (needsKernelNames(n.device)) args.push("net.ifnames=0");
  if ((n.bootproto ?? "dhcp") === "static") {
    // dracut takes an empty interface for the one NIC that comes up; it cannot name one by MAC.
    const dev = n.device === undefined || n.device === "link" || MAC.test(n.device) ? "" : n.device;
    args.push(`ip=${n.address}::${n.gateway ?? ""}:${prefixToNetmask(n.prefix as number)}:${o.hostname}:${dev}:none`);
    for (const d of n.dns ?? []) args.push(`nameserver=${d}`);
  }
  return args;
}

/** Whether a release's anaconda knows `sshkey`: the reason it does not, or undefined. */
export function sshkeyReleaseProblem(spec: KickstartSpec, treeVersion: string | undefined): string | undefined {
  const usesSshkey = typeof spec === "string" ? /^\s*sshkey\s/m.test(spec) : spec.sshAuthorizedKey !== undefined;
  const minor = centos7Minor(treeVersion);
  if (!usesSshkey || minor === undefined || minor >= SSHKEY_MIN_MINOR) return undefined;
  return `the kickstart's sshkey needs CentOS 7.${SSHKEY_MIN_MINOR} or later, and the install tree's .treeinfo says version ${treeVersion}: its anaconda would stop at the unknown command`;
}

function networkLine(o: KickstartOptions): string {
  const n = o.network ?? {};
  const parts = ["network", `--device=${n.device ?? "link"}`, "--onboot=on", "--activate"];
  if ((n.bootproto ?? "dhcp") === "dhcp") {
    parts.splice(1, 0, "--bootproto=dhcp");
  } else {
    parts.splice(1, 0, "--bootproto=static");
    parts.push(`--ip=${n.address}`, `--netmask=${prefixToNetmask(n.prefix as number)}`);
    if (n.gateway) parts.push(`--gateway=${n.gateway}`);
    if (n.dns && n.dns.length) parts.push(`--nameserver=${n.dns.join(",")}`);
    else parts.push("--nodns");
  }
  parts.push(`--hostname=${o.hostname}`);
  return parts.join(" ");
}

function diskLines(o: KickstartOptions): string[] {
  const disk = o.disk ?? "vda";
  const lines = [
    `ignoredisk --only-use=${disk}`,
    "zerombr",
    `clearpart --all --initlabel --drives=${disk}`,
    `bootloader --location=mbr --boot-drive=${disk}`,
  ];
  if (!o.partitions) {
    lines.push(`autopart --type=${o.autopart ?? "lvm"}`);
    return lines;
  }
  for (const p of o.partitions) {
    lines.push(
      `part ${normalizeMountpoint(p.mountpoint)} --fstype=${partitionFstype(p)} --size=${p.sizeMiB}${p.grow ? " --grow" : ""} --ondisk=${disk}`,
    );
  }
  return lines;
}

/** CentOS 7 when the caller names no release: what the generator always wrote. */
const defaultRelease = (): InstallRelease => installRelease(undefined) as InstallRelease;

/** The ks.cfg for `o` (validated first) in `release`'s syntax; `location` is the install tree, for
 * the `url` command. */
export function generateKickstart(o: KickstartOptions, location: string, key = "kickstart", release = defaultRelease()): string {
  validateKickstartOptions(o, key, release.major);
  const generation = installGeneration(release);
  // Refuses what would break the double-quoted argument (", \, #, control characters).
  const url = normalizeLocation(location);
  const lines = [
    `# Generated by kvm-infra: unattended ${release.name} installation.`,
    // cmdline, not text: in text mode a missing package or a storage problem asks yes/no on the
    // console and waits for ever; in cmdline mode anaconda prints the error and stops, and the
    // serial console that a timed-out install quotes shows it.
    "cmdline",
    `url --url="${url}"`,
    `lang ${o.lang ?? "en_US.UTF-8"}`,
    `keyboard --vckeymap=${o.keymap ?? "us"} --xlayouts='${o.keymap ?? "us"}'`,
    "timezone UTC --utc",
    networkLine(o),
    ...(generation.authLine ? [generation.authLine] : []),
    o.rootPasswordHash ? `rootpw --iscrypted ${o.rootPasswordHash}` : "rootpw --lock",
  ];
  if (o.sshAuthorizedKey) lines.push(`sshkey --username=root "${o.sshAuthorizedKey.trim()}"`);
  lines.push(
    `selinux --${o.selinux ?? "enforcing"}`,
    "firewall --enabled --ssh",
    "firstboot --disable",
    "skipx",
    ...diskLines(o),
    // The install phase runs with on_reboot=destroy (as virt-install's does): the reboot ends it
    // through a reset, which needs no ACPI, where a poweroff without ACPI may only halt the CPU.
    "reboot",
    "",
    "%packages",
    ...(o.packages ?? generation.defaultPackages),
    "%end",
    "",
  );
  return lines.join("\n");
}

/** ks.cfg for a spec: a string is used verbatim (only checked to be non-empty), options are
 * generated in `release`'s syntax. `key` names the config key in errors. */
export function kickstartText(spec: KickstartSpec, location: string, key = "kickstart", release = defaultRelease()): string {
  if (typeof spec === "string") {
    if (spec.trim() === "") throw new KickstartError(key, "is an empty kickstart");
    return spec;
  }
  return generateKickstart(spec, location, key, release);
}
