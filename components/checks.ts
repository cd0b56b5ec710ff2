// Argument checks shared by the components and the stack config. Every problem names the argument
// by its full path and says what would have been accepted, so one message tells the user what to fix.
import * as pulumi from "@pulumi/pulumi";
import { ipv4ToNumber } from "../libvirt/resources/validate";

export interface Problem {
  /** e.g. "memoryMiB", "disk.sizeGiB" or, from the stack config, "kvm-infra:domains[0].memoryMiB". */
  path: string;
  /** A full sentence that starts with the path. */
  message: string;
}

/** Collects problems; every method returns whether the value passed. Paths get the prefix. */
export class Checker {
  readonly problems: Problem[] = [];

  constructor(readonly prefix = "") {}

  path(rel: string): string {
    return this.prefix + rel;
  }

  fail(rel: string, reason: string): false {
    const path = this.path(rel);
    this.problems.push({ path, message: `${path} ${reason}` });
    return false;
  }

  /** A value computed by another resource (an Output): checked by the resource itself later. */
  static deferred(v: unknown): boolean {
    return pulumi.Output.isInstance(v);
  }

  required(v: unknown, rel: string, what: string): boolean {
    if (v === undefined || v === null) return this.fail(rel, `is required: ${what}`);
    return true;
  }

  string(v: unknown, rel: string): v is string {
    if (typeof v !== "string") return this.fail(rel, `must be a string, got ${show(v)}`);
    return true;
  }

  boolean(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    if (typeof v !== "boolean") return this.fail(rel, `must be true or false, got ${show(v)}`);
    return true;
  }

  oneOf(v: unknown, rel: string, accepted: readonly string[]): boolean {
    if (v === undefined) return true;
    if (typeof v !== "string" || !accepted.includes(v)) {
      return this.fail(rel, `must be one of ${accepted.map((a) => JSON.stringify(a)).join(", ")}, got ${show(v)}`);
    }
    return true;
  }

  integer(v: unknown, rel: string, min: number, max: number, why = ""): boolean {
    if (v === undefined) return true;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
      return this.fail(rel, `must be a whole number from ${min} to ${max}${why ? ` (${why})` : ""}, got ${show(v)}`);
    }
    return true;
  }

  /** Domain, network and pool names: libvirt keeps them as file names and shows them in virsh. */
  objectName(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    if (!this.string(v, rel)) return false;
    if (!NAME.test(v)) {
      return this.fail(rel, `must be 1-64 of the characters A-Z a-z 0-9 _ . + - starting with a letter or digit, got ${show(v)}`);
    }
    return true;
  }

  /** Linux bridge names (IFNAMSIZ is 16 including the terminating NUL). */
  bridgeName(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    if (!this.string(v, rel)) return false;
    if (!/^[A-Za-z0-9_.-]{1,15}$/.test(v)) {
      return this.fail(rel, `must be a Linux bridge name: 1-15 of the characters A-Z a-z 0-9 _ . -, got ${show(v)}`);
    }
    return true;
  }

  absolutePath(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    if (!this.string(v, rel)) return false;
    if (!v.startsWith("/") || v.split("/").includes("..") || /[\s\x00-\x1f]/.test(v)) {
      return this.fail(rel, `must be an absolute path such as /dev/sda2 (starting with "/", no "..", no spaces), got ${show(v)}`);
    }
    return true;
  }

  ipv4(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    if (!this.string(v, rel)) return false;
    if (ipv4ToNumber(v) === undefined) return this.fail(rel, `must be an IPv4 address such as 192.168.150.1, got ${show(v)}`);
    return true;
  }

  uuid(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    if (!this.string(v, rel)) return false;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) {
      return this.fail(rel, `must be a UUID such as 4dea22b3-1d52-d8f3-2516-782e98ab3fa0, got ${show(v)}`);
    }
    return true;
  }

  /** libvirt URIs: driver[+transport]://[user@][host[:port]]/path[?params]. */
  uri(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    if (!this.string(v, rel)) return false;
    if (!URI.test(v)) {
      return this.fail(rel, `must be a libvirt URI such as qemu+ssh://root@kvm01.example.com/system or qemu:///system, got ${show(v)}`);
    }
    return true;
  }

  /** Plain objects; keys outside `accepted` are reported (typos the user wants to hear about). */
  object(v: unknown, rel: string, accepted: readonly string[]): v is Record<string, unknown> {
    if (v === undefined) return false;
    if (typeof v !== "object" || v === null || Array.isArray(v) || Checker.deferred(v)) {
      this.fail(rel, `must be a mapping with the keys ${accepted.join(", ")}, got ${show(v)}`);
      return false;
    }
    for (const k of Object.keys(v)) {
      if (!accepted.includes(k)) this.fail(`${rel}.${k}`, `is not a known setting; accepted: ${accepted.join(", ")}`);
    }
    return true;
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/;
const URI = /^[a-z][a-z0-9]*(\+[a-z0-9]+)?:\/\/([^/?#\s]*)\/[^?#\s]+(\?[^#\s]*)?$/;

/** How a value is quoted in a message; secrets never reach here (see the callers). */
export function show(v: unknown): string {
  if (v === undefined) return "nothing";
  if (Checker.deferred(v)) return "a computed value";
  try {
    return JSON.stringify(v);
  } catch (e) {
    return String(v);
  }
}

/** The error a component throws: one line per problem, each naming the argument. */
export class ArgumentError extends Error {
  constructor(
    readonly component: string,
    readonly resourceName: string,
    readonly problems: Problem[],
  ) {
    super(
      problems.length === 1
        ? `${component} "${resourceName}": ${problems[0].message}`
        : `${component} "${resourceName}" has ${problems.length} invalid arguments:\n` + problems.map((p) => `  - ${p.message}`).join("\n"),
    );
    this.name = "ArgumentError";
  }
}
