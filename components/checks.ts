// Argument checks shared by the components and the stack config. Every problem names the argument
// by its full path and says what would have been accepted, so one message tells the user what to fix.
// What the providers also check (names, URIs, addresses, paths, NAT ranges) is the providers' own
// check (libvirt/resources/validate.ts) run under our paths: one checker, so the stack config refuses
// exactly what the providers' check would, and says so once with the config key.
import * as pulumi from "@pulumi/pulumi";
import { Checker as ResourceChecker } from "../libvirt/resources/validate";

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

  /** Runs the providers' own check under this checker's paths (their messages start with the path). */
  resource(check: (rc: ResourceChecker) => void): boolean {
    const rc = new ResourceChecker();
    check(rc);
    this.take(rc);
    return rc.failures.length === 0;
  }

  take(rc: ResourceChecker): void {
    for (const f of rc.failures) this.problems.push({ path: this.path(f.property), message: this.prefix + f.reason });
  }

  /** Domain, network and pool names, as the providers accept them (libvirt keeps them as file names). */
  objectName(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    return this.resource((rc) => rc.objectName(v, rel));
  }

  /** Volume names: a file in a dir pool and an LVM logical volume alike. */
  volumeName(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    return this.resource((rc) => rc.volumeName(v, rel));
  }

  /** Linux bridge names (IFNAMSIZ is 16 including the terminating NUL). */
  bridgeName(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    return this.resource((rc) => rc.interfaceName(v, rel));
  }

  absolutePath(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    return this.resource((rc) => rc.absolutePath(v, rel));
  }

  ipv4(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    return this.resource((rc) => rc.ipv4(v, rel));
  }

  uuid(v: unknown, rel: string): boolean {
    if (v === undefined) return true;
    return this.resource((rc) => rc.uuid(v, rel));
  }

  /** libvirt URIs as the connection parses them (transport, host, path, the parameters it knows). */
  uri(v: unknown, rel: string): boolean {
    if (v === undefined || Checker.deferred(v)) return true;
    return this.resource((rc) => rc.uri(v, rel));
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
