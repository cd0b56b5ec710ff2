// What a cloud-init seed is built from: the three NoCloud documents as text, or the options the
// kickstart takes (host name, ssh keys, static network, root password hash or lock), and the check
// of those options. Errors name the key and never echo a hash or a key.

export interface CloudInitNetwork {
  /** The guest's interface name, e.g. "eth0" or "enp1s0": cloud-init's renderers other than netplan
   * need the real name. Required for "static"; with "dhcp" and no device there is no
   * network-config file and cloud-init's own fallback (DHCP on the first NIC) applies. */
  device?: string;
  /** Pins the interface by its MAC address (the domain's `<mac address>`) and names it `device`. */
  macAddress?: string;
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

/** The seed generated from options, the way the kickstart is. */
export interface CloudInitOptions {
  /** The guest's host name (short or fully qualified). */
  hostname: string;
  /** OpenSSH public keys for root. */
  sshAuthorizedKeys?: string[];
  /** crypt(3) hash of root's password ($6$...). A secret. Without it root's password is locked. */
  rootPasswordHash?: string;
  /** Defaults to DHCP (cloud-init's own fallback: no network-config file). */
  network?: CloudInitNetwork;
}

/** The seed given as the documents themselves; instance-id is added to metaData unless it has one. */
export interface CloudInitText {
  userData: string;
  /** YAML; defaults to an empty mapping (instance-id only). */
  metaData?: string;
  /** Network config (v1 or v2 YAML); no network-config file when unset. */
  networkConfig?: string;
}

export type CloudInitSpec = CloudInitOptions | CloudInitText;

export class CloudInitError extends Error {
  /** The offending key, e.g. "cloudInit.network.address". */
  key: string;
  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    // Set again: under Pulumi's closure serializer super() leaves message unset.
    this.message = `${key}: ${message}`;
    this.name = "CloudInitError";
    this.key = key;
  }
}

const HOSTNAME = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const CRYPT = /^\$(1|2[aby]|5|6|y|gy|7)\$[./A-Za-z0-9$=,]+$/;
const SSH_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^"\r\n]*)?$/;
const DEVICE = /^[a-zA-Z0-9_.:-]{1,15}$/;
const MAC = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/;
/** Control characters other than tab and newline: they would corrupt the YAML documents. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;

const isIpv4 = (s: unknown): s is string => typeof s === "string" && IPV4.test(s);

export function isCloudInitText(spec: CloudInitSpec): spec is CloudInitText {
  return typeof (spec as CloudInitText).userData === "string";
}

const TEXT_KEYS = ["userData", "metaData", "networkConfig"];
const OPTION_KEYS = ["hostname", "sshAuthorizedKeys", "rootPasswordHash", "network"];
const NETWORK_KEYS = ["device", "macAddress", "bootproto", "address", "prefix", "gateway", "dns"];

function unknownKeys(obj: object, known: string[], key: string): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) throw new CloudInitError(`${key}.${k}`, `unknown key; accepted: ${known.join(", ")}`);
  }
}

function checkText(spec: CloudInitText, key: string): void {
  unknownKeys(spec, TEXT_KEYS, key);
  for (const k of TEXT_KEYS) {
    const v = (spec as unknown as Record<string, unknown>)[k];
    if (v === undefined && k !== "userData") continue;
    if (typeof v !== "string") throw new CloudInitError(`${key}.${k}`, "must be text");
    if (CONTROL.test(v)) throw new CloudInitError(`${key}.${k}`, "must not contain control characters other than tab and newline");
  }
}

function checkNetwork(n: CloudInitNetwork, key: string): void {
  if (typeof n !== "object" || n === null) throw new CloudInitError(key, "must be an object");
  unknownKeys(n, NETWORK_KEYS, key);
  if (n.device !== undefined && (typeof n.device !== "string" || !DEVICE.test(n.device)))
    throw new CloudInitError(`${key}.device`, "must be an interface name (letters, digits, _ . : -; up to 15 characters)");
  if (n.macAddress !== undefined && (typeof n.macAddress !== "string" || !MAC.test(n.macAddress)))
    throw new CloudInitError(`${key}.macAddress`, "must be a MAC address like 52:54:00:12:34:56");
  const proto = n.bootproto ?? "dhcp";
  if (n.macAddress !== undefined && n.device === undefined)
    throw new CloudInitError(`${key}.device`, "is required with macAddress (the name the interface gets)");
  if (proto !== "dhcp" && proto !== "static") throw new CloudInitError(`${key}.bootproto`, 'must be "dhcp" or "static"');
  if (proto === "dhcp") {
    for (const k of ["address", "prefix", "gateway", "dns"] as const) {
      if (n[k] !== undefined) throw new CloudInitError(`${key}.${k}`, 'is only for bootproto "static"');
    }
    return;
  }
  if (n.device === undefined) throw new CloudInitError(`${key}.device`, 'is required for bootproto "static" (e.g. "eth0" or "enp1s0")');
  if (!isIpv4(n.address)) throw new CloudInitError(`${key}.address`, "must be an IPv4 address for bootproto static");
  if (!Number.isInteger(n.prefix) || (n.prefix as number) < 1 || (n.prefix as number) > 32)
    throw new CloudInitError(`${key}.prefix`, "must be an integer 1-32 for bootproto static");
  if (n.gateway !== undefined && !isIpv4(n.gateway)) throw new CloudInitError(`${key}.gateway`, "must be an IPv4 address");
  if (n.dns !== undefined) {
    if (!Array.isArray(n.dns)) throw new CloudInitError(`${key}.dns`, "must be a list of IPv4 addresses");
    n.dns.forEach((d, i) => {
      if (!isIpv4(d)) throw new CloudInitError(`${key}.dns[${i}]`, "must be an IPv4 address");
    });
  }
}

function checkOptions(spec: CloudInitOptions, key: string): void {
  unknownKeys(spec, OPTION_KEYS, key);
  if (typeof spec.hostname !== "string" || !HOSTNAME.test(spec.hostname))
    throw new CloudInitError(`${key}.hostname`, "must be a host name (letters, digits, dashes; dot-separated labels up to 63 characters)");
  if (spec.sshAuthorizedKeys !== undefined) {
    if (!Array.isArray(spec.sshAuthorizedKeys))
      throw new CloudInitError(`${key}.sshAuthorizedKeys`, "must be a list of OpenSSH public keys");
    spec.sshAuthorizedKeys.forEach((k, i) => {
      // The key itself stays out of the message: it is part of the secret user data.
      if (typeof k !== "string" || !SSH_KEY.test(k.trim()))
        throw new CloudInitError(`${key}.sshAuthorizedKeys[${i}]`, "is not an OpenSSH public key (type, base64 blob, optional comment)");
    });
  }
  if (spec.rootPasswordHash !== undefined && (typeof spec.rootPasswordHash !== "string" || !CRYPT.test(spec.rootPasswordHash)))
    throw new CloudInitError(
      `${key}.rootPasswordHash`,
      "is not a crypt(3) hash (e.g. $6$... from `openssl passwd -6`); the value is not shown",
    );
  if (spec.network !== undefined) checkNetwork(spec.network, `${key}.network`);
}

/** Checks a cloud-init spec before anything is built; throws CloudInitError naming the key. */
export function validateCloudInit(spec: CloudInitSpec, key = "cloudInit"): void {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec))
    throw new CloudInitError(
      key,
      "must be an object: { userData, metaData?, networkConfig? } or { hostname, sshAuthorizedKeys?, rootPasswordHash?, network? }",
    );
  if ("userData" in spec) checkText(spec as CloudInitText, key);
  else if ("hostname" in spec) checkOptions(spec as CloudInitOptions, key);
  else if ("metaData" in spec || "networkConfig" in spec)
    throw new CloudInitError(`${key}.userData`, "is required with metaData or networkConfig");
  else throw new CloudInitError(key, "needs userData (the documents as text) or hostname (generated from options)");
}
