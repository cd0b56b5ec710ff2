// Generates the CentOS 7 kickstart (ks.cfg) that makes the installation unattended: host name,
// network, root access, UTC clock, the disk layout on vda, and a poweroff that ends the install phase.

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
  /** Defaults to ["@core"]. */
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

const HOSTNAME = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** crypt(3) strings: $id$[rounds=N$]salt$hash for MD5 (1), bcrypt (2a/2b/2y), SHA-256 (5), SHA-512 (6), yescrypt (y). */
const CRYPT = /^\$(1|2[aby]|5|6|y|gy|7)\$[./A-Za-z0-9$=,]+$/;
const SSH_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^"\r\n]*)?$/;
const DEVICE = /^[a-zA-Z0-9_.:-]{1,15}$/;
const PACKAGE = /^[@-]?[A-Za-z0-9_.+*:-]+$/;

const isIpv4 = (s: unknown): s is string => typeof s === "string" && IPV4.test(s);

export function prefixToNetmask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 0xff).join(".");
}

function validateNetwork(n: KickstartNetwork, key: string): void {
  if (n.device !== undefined && !DEVICE.test(n.device)) {
    throw new KickstartError(`${key}.device`, `"${n.device}" is not an interface name`);
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

function validatePartitions(parts: KickstartPartition[], key: string): void {
  if (parts.length === 0) throw new KickstartError(key, "must list at least one partition (or be left unset for autopart)");
  const seen = new Set<string>();
  parts.forEach((p, i) => {
    const k = `${key}[${i}]`;
    if (typeof p.mountpoint !== "string" || !(p.mountpoint === "swap" || /^\/[A-Za-z0-9_./-]*$/.test(p.mountpoint))) {
      throw new KickstartError(`${k}.mountpoint`, `${JSON.stringify(p.mountpoint)} is neither an absolute path nor "swap"`);
    }
    if (p.mountpoint !== "swap" && seen.has(p.mountpoint)) {
      throw new KickstartError(`${k}.mountpoint`, `"${p.mountpoint}" is listed twice`);
    }
    seen.add(p.mountpoint);
    if (!Number.isInteger(p.sizeMiB) || p.sizeMiB < 1) {
      throw new KickstartError(`${k}.sizeMiB`, `${JSON.stringify(p.sizeMiB)} is not a positive whole number of MiB`);
    }
    if (p.fstype !== undefined && !/^[a-z0-9]+$/.test(p.fstype)) {
      throw new KickstartError(`${k}.fstype`, `"${p.fstype}" is not a file system type`);
    }
  });
  if (!seen.has("/")) throw new KickstartError(key, `has no "/" partition`);
}

/** Throws a KickstartError naming the first bad key (prefixed with `key`, e.g. "install.kickstart"). */
export function validateKickstartOptions(o: KickstartOptions, key = "kickstart"): void {
  if (typeof o !== "object" || o === null) throw new KickstartError(key, "must be a ks.cfg text or an object of options");
  if (typeof o.hostname !== "string" || !HOSTNAME.test(o.hostname)) {
    throw new KickstartError(`${key}.hostname`, `${JSON.stringify(o.hostname)} is not a valid host name`);
  }
  if (o.network !== undefined) validateNetwork(o.network, `${key}.network`);
  if (o.rootPasswordHash !== undefined && !(typeof o.rootPasswordHash === "string" && CRYPT.test(o.rootPasswordHash))) {
    // Never echo the value: it is a secret.
    throw new KickstartError(`${key}.rootPasswordHash`, "is not a crypt(3) hash such as $6$salt$hash (a plain password is refused)");
  }
  if (o.sshAuthorizedKey !== undefined && !(typeof o.sshAuthorizedKey === "string" && SSH_KEY.test(o.sshAuthorizedKey.trim()))) {
    throw new KickstartError(
      `${key}.sshAuthorizedKey`,
      "is not one OpenSSH public key line (type, base64 key, optional comment without quotes)",
    );
  }
  if (o.rootPasswordHash === undefined && o.sshAuthorizedKey === undefined) {
    throw new KickstartError(key, "needs rootPasswordHash or sshAuthorizedKey, or root could never log in");
  }
  if (o.disk !== undefined && !/^[a-z][a-z0-9]{1,15}$/.test(o.disk)) {
    throw new KickstartError(`${key}.disk`, `"${o.disk}" is not a disk name such as vda`);
  }
  if (o.partitions !== undefined) {
    if (o.autopart !== undefined) throw new KickstartError(`${key}.autopart`, "cannot be combined with partitions");
    validatePartitions(o.partitions, `${key}.partitions`);
  }
  if (o.autopart !== undefined && !["lvm", "plain", "thinp"].includes(o.autopart)) {
    throw new KickstartError(`${key}.autopart`, `"${o.autopart}" is not one of "lvm", "plain", "thinp"`);
  }
  (o.packages ?? []).forEach((p, i) => {
    if (!PACKAGE.test(p)) throw new KickstartError(`${key}.packages[${i}]`, `"${p}" is not a package or @group name`);
  });
  if (o.lang !== undefined && !/^[A-Za-z_]+(\.[A-Za-z0-9-]+)?(@\w+)?$/.test(o.lang)) {
    throw new KickstartError(`${key}.lang`, `"${o.lang}" is not a locale such as en_US.UTF-8`);
  }
  if (o.keymap !== undefined && !/^[A-Za-z0-9_-]+$/.test(o.keymap)) {
    throw new KickstartError(`${key}.keymap`, `"${o.keymap}" is not a keymap name such as us`);
  }
  if (o.selinux !== undefined && !["enforcing", "permissive", "disabled"].includes(o.selinux)) {
    throw new KickstartError(`${key}.selinux`, `"${o.selinux}" is not one of "enforcing", "permissive", "disabled"`);
  }
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
    const fstype = p.mountpoint === "swap" ? "swap" : (p.fstype ?? "xfs");
    lines.push(`part ${p.mountpoint} --fstype=${fstype} --size=${p.sizeMiB}${p.grow ? " --grow" : ""} --ondisk=${disk}`);
  }
  return lines;
}

/** The ks.cfg for `o` (validated first); `location` is the install tree, for the `url` command. */
export function generateKickstart(o: KickstartOptions, location: string, key = "kickstart"): string {
  validateKickstartOptions(o, key);
  const lines = [
    "# Generated by kvm-infra: unattended CentOS 7 installation.",
    "text",
    `url --url="${location}"`,
    `lang ${o.lang ?? "en_US.UTF-8"}`,
    `keyboard --vckeymap=${o.keymap ?? "us"} --xlayouts='${o.keymap ?? "us"}'`,
    "timezone UTC --utc",
    networkLine(o),
    "auth --enableshadow --passalgo=sha512",
    o.rootPasswordHash ? `rootpw --iscrypted ${o.rootPasswordHash}` : "rootpw --lock",
  ];
  if (o.sshAuthorizedKey) lines.push(`sshkey --username=root "${o.sshAuthorizedKey.trim()}"`);
  lines.push(
    `selinux --${o.selinux ?? "enforcing"}`,
    "firewall --enabled --ssh",
    "firstboot --disable",
    "skipx",
    ...diskLines(o),
    // The install phase's on_reboot is destroy; powering off is what ends it cleanly.
    "poweroff",
    "",
    "%packages",
    ...(o.packages ?? ["@core"]),
    "%end",
    "",
  );
  return lines.join("\n");
}

/** ks.cfg for a spec: a string is used verbatim (only checked to be non-empty), options are
 * generated. `key` names the config key in errors. */
export function kickstartText(spec: KickstartSpec, location: string, key = "kickstart"): string {
  if (typeof spec === "string") {
    if (spec.trim() === "") throw new KickstartError(key, "is an empty kickstart");
    return spec;
  }
  return generateKickstart(spec, location, key);
}
