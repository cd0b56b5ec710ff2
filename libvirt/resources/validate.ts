// Input validation shared by the four resources' check(): every failure names the property and
// what would have been accepted, so `pulumi preview` fails before anything touches a host.
import { parseUri } from "../rpc/uri";

/** The engine's placeholder for a value not known until apply (a preview of a computed input). */
// Not referenced as an export inside this module: the closure serializer would leave `exports.X`.
const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN = UNKNOWN_VALUE;

export interface Failure {
  property: string;
  reason: string;
}

export function isUnknown(v: unknown): boolean {
  return v === UNKNOWN_VALUE;
}

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "nothing";
  try {
    return JSON.stringify(v);
  } catch (e) {
    return String(v);
  }
}

/** Collects failures for one resource's inputs; every method returns whether the value passed. */
export class Checker {
  failures: Failure[] = [];

  fail(property: string, reason: string): false {
    this.failures.push({ property, reason });
    return false;
  }

  /** Property present (unknown counts as present: it gets a value at apply time). */
  required(obj: Record<string, unknown>, key: string, path: string): boolean {
    if (obj[key] === undefined || obj[key] === null) return this.fail(path, `${path} is required`);
    return true;
  }

  string(v: unknown, path: string): v is string {
    if (typeof v !== "string") return this.fail(path, `${path} must be a string, got ${show(v)}`);
    return true;
  }

  boolean(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (typeof v !== "boolean") return this.fail(path, `${path} must be true or false, got ${show(v)}`);
    return true;
  }

  oneOf(v: unknown, path: string, accepted: readonly string[]): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (typeof v !== "string" || !accepted.includes(v)) {
      return this.fail(path, `${path} must be one of ${accepted.map((a) => `"${a}"`).join(", ")}, got ${show(v)}`);
    }
    return true;
  }

  integer(v: unknown, path: string, min: number, max: number, unit = ""): boolean {
    if (v === undefined || isUnknown(v)) return true;
    const u = unit ? ` ${unit}` : "";
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
      return this.fail(path, `${path} must be a whole number from ${min} to ${max}${u}, got ${show(v)}`);
    }
    return true;
  }

  /** Names of domains, networks and pools: libvirt rejects "/" and uses the name as a file name. */
  objectName(v: unknown, path: string): boolean {
    if (isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (v.length === 0 || v.length > 200 || v.includes("/") || /[\x00-\x1f\x7f]/.test(v) || v === "." || v === "..") {
      return this.fail(
        path,
        `${path} must be 1-200 characters without "/" or control characters (libvirt stores it as a file name), got ${show(v)}`,
      );
    }
    return true;
  }

  /** Volume names must suit both a file in a dir pool and an LVM logical volume. */
  volumeName(v: unknown, path: string): boolean {
    if (isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (!/^[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}$/.test(v) || v === "." || v === "..") {
      return this.fail(
        path,
        `${path} must be 1-127 of the characters A-Z a-z 0-9 + _ . - and not start with "-" (valid as a file and an LVM volume name), got ${show(v)}`,
      );
    }
    return true;
  }

  /** Linux interface names (IFNAMSIZ 16 including the NUL). */
  interfaceName(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (!/^[A-Za-z0-9_.:-]{1,15}$/.test(v) || v === "." || v === "..") {
      return this.fail(path, `${path} must be a Linux interface name: 1-15 of A-Z a-z 0-9 _ . : -, got ${show(v)}`);
    }
    return true;
  }

  absolutePath(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (!v.startsWith("/") || /[\x00-\x1f]/.test(v) || v.split("/").includes("..")) {
      return this.fail(path, `${path} must be an absolute path (starting with "/", no ".."), got ${show(v)}`);
    }
    return true;
  }

  uri(v: unknown, path: string): boolean {
    if (isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    try {
      parseUri(v);
    } catch (e) {
      return this.fail(path, `${path} is not a libvirt URI like qemu+ssh://root@host/system or qemu:///system: ${(e as Error).message}`);
    }
    return true;
  }

  httpUrl(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    let ok: boolean;
    try {
      const u = new URL(v);
      ok = (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
    } catch (e) {
      ok = false;
    }
    if (!ok) return this.fail(path, `${path} must be an http:// or https:// URL, got ${show(v)}`);
    return true;
  }

  ipv4(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (ipv4ToNumber(v) === undefined) return this.fail(path, `${path} must be an IPv4 address like 192.168.150.1, got ${show(v)}`);
    return true;
  }

  uuid(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (!/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/.test(v)) {
      return this.fail(path, `${path} must be a UUID like 4dea22b3-1d52-d8f3-2516-782e98ab3fa0, got ${show(v)}`);
    }
    return true;
  }

  mac(v: unknown, path: string): boolean {
    if (v === undefined || isUnknown(v)) return true;
    if (!this.string(v, path)) return false;
    if (!/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(v)) {
      return this.fail(path, `${path} must be a MAC address like 52:54:00:12:34:56, got ${show(v)}`);
    }
    if (parseInt(v.slice(0, 2), 16) & 1) {
      return this.fail(
        path,
        `${path} must be a unicast MAC address (libvirt rejects multicast ones: the first octet must be even), got ${show(v)}`,
      );
    }
    return true;
  }

  /** Plain objects only; unknown keys are typos the user wants to hear about. */
  object(v: unknown, path: string, allowed: readonly string[]): v is Record<string, unknown> {
    if (v === undefined || isUnknown(v)) return false;
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.fail(path, `${path} must be an object, got ${show(v)}`);
      return false;
    }
    for (const k of Object.keys(v)) {
      if (k.startsWith("__")) continue;
      if (!allowed.includes(k)) this.fail(`${path}.${k}`, `${path}.${k} is not a known property; accepted: ${allowed.join(", ")}`);
    }
    return true;
  }

  array(v: unknown, path: string): v is unknown[] {
    if (v === undefined || isUnknown(v)) return false;
    if (!Array.isArray(v)) {
      this.fail(path, `${path} must be a list, got ${show(v)}`);
      return false;
    }
    return true;
  }
}

/** A NAT network's addressing: the host's address, the prefix and a DHCP range inside the subnet that
 * leaves out the network and broadcast addresses and the host's own (dnsmasq would hand them out). */
export function checkNatAddressing(c: Checker, n: Record<string, unknown>, p = "nat"): void {
  const ok = [
    c.ipv4(n.address, `${p}.address`),
    c.integer(n.prefix, `${p}.prefix`, 8, 30),
    c.ipv4(n.dhcpStart, `${p}.dhcpStart`),
    c.ipv4(n.dhcpEnd, `${p}.dhcpEnd`),
  ].every(Boolean);
  if (!ok || [n.address, n.prefix, n.dhcpStart, n.dhcpEnd].some((v) => v === undefined || isUnknown(v))) return;
  const prefix = n.prefix as number;
  const mask = (0xffffffff << (32 - prefix)) >>> 0;
  const host = ipv4ToNumber(n.address as string) as number;
  const net = (host & mask) >>> 0;
  const broadcast = (net | ~mask) >>> 0;
  const subnet = `${n.address}/${prefix}`;
  const start = ipv4ToNumber(n.dhcpStart as string) as number;
  const end = ipv4ToNumber(n.dhcpEnd as string) as number;
  let inside = true;
  for (const [k, v] of [
    ["dhcpStart", start],
    ["dhcpEnd", end],
  ] as const) {
    if ((v & mask) >>> 0 !== net) {
      inside = c.fail(`${p}.${k}`, `${p}.${k} must lie in ${subnet}, got ${show(n[k])}`);
    } else if (v === net || v === broadcast) {
      inside = c.fail(
        `${p}.${k}`,
        `${p}.${k} must not be the ${v === net ? "network" : "broadcast"} address of ${subnet} (${numberToIpv4(v)}), got ${show(n[k])}`,
      );
    }
  }
  if (!inside) return;
  if (start > end) c.fail(`${p}.dhcpEnd`, `${p}.dhcpEnd must not come before ${p}.dhcpStart (${n.dhcpStart}), got ${show(n.dhcpEnd)}`);
  else if (host >= start && host <= end) {
    c.fail(`${p}.address`, `${p}.address must lie outside the DHCP range ${n.dhcpStart}-${n.dhcpEnd}, got ${show(n.address)}`);
  } else if (host === net || host === broadcast) {
    c.fail(
      `${p}.address`,
      `${p}.address must not be the ${host === net ? "network" : "broadcast"} address of ${subnet}, got ${show(n.address)}`,
    );
  }
}

function numberToIpv4(v: number): string {
  return [24, 16, 8, 0].map((s) => (v >>> s) & 255).join(".");
}

export function ipv4ToNumber(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] * 256 + parts[1]) * 256 + parts[2]) * 256 + parts[3];
}

/** A copy without undefined values (nested), since the provider host rejects them after the fact. */
export function stripUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => stripUndefined(x)) as unknown as T;
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x !== undefined) out[k] = stripUndefined(x);
    }
    return out as T;
  }
  return v;
}

/** Structural equality of JSON-like values, ignoring undefined object members. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Reject keys outside the resource's input shape (typos would otherwise be silently ignored). */
export function checkKnownKeys(c: Checker, news: Record<string, unknown>, allowed: readonly string[]): void {
  for (const k of Object.keys(news)) {
    if (k.startsWith("__")) continue;
    if (!allowed.includes(k)) c.fail(k, `${k} is not a known property; accepted: ${allowed.join(", ")}`);
  }
}

/** The listed keys of obj (input properties out of a state that also holds outputs). */
export function pick<T extends object>(obj: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (obj as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
