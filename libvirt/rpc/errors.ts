// Errors of the libvirt client: the base class of every error kvm-infra's libvirt code throws, the
// daemon's own errors (LibvirtError, with libvirt's code names), a lost connection, a missed call
// deadline, and predicates that tell "object not found" apart per object kind.
// Pulumi's closure serializer copies this module into every provider: its super(message) sets no
// message, each provider holds its own copy of the classes (so name and code, not instanceof), and
// in-module reads of an `export const` would become a dangling `exports.X` (so an export list).
import { XdrReader } from "./xdr";
import { KvmInfraError } from "./base-error";
// virErrorNumber names without VIR_ERR_, generated from libvirt's virterror.h.
import { ERROR_NUMBER_NAMES as ERROR_CODE_NAMES } from "./gen/errors.gen";

/** libvirt's name for an error code, e.g. 42 -> "VIR_ERR_NO_DOMAIN". */
export function errorCodeName(code: number): string {
  const name = ERROR_CODE_NAMES[code];
  return name ? `VIR_ERR_${name}` : `VIR_ERR_${code}`;
}

const ErrorCode = {
  OPERATION_FAILED: 9,
  RPC: 39,
  NO_DOMAIN: 42,
  NO_NETWORK: 43,
  AUTH_FAILED: 45,
  NO_STORAGE_POOL: 49,
  NO_STORAGE_VOL: 50,
  OPERATION_INVALID: 55,
  NO_INTERFACE: 57,
  STORAGE_POOL_BUILT: 76,
  OPERATION_TIMEOUT: 68,
} as const;

/** An error reported by the libvirt daemon (remote_error), or by this client in libvirt's terms. */
export class LibvirtError extends KvmInfraError {
  readonly code: number;
  readonly domain: number;
  readonly codeName: string;
  readonly level: number;
  /** The remote procedure that failed, when the error came from a call. */
  readonly procedure?: string;

  constructor(code: number, domain: number, message: string, level = 2, procedure?: string) {
    super("LibvirtError", message);
    this.code = code;
    this.domain = domain;
    this.codeName = errorCodeName(code);
    this.level = level;
    if (procedure !== undefined) this.procedure = procedure;
  }
}

/** The transport ended (daemon gone, ssh child killed, no answer to keepalive): every pending call rejects with this. */
export class ConnectionLostError extends KvmInfraError {
  constructor(message: string, cause?: Error) {
    super("ConnectionLostError", message, cause);
  }
}

/**
 * A call got no reply within its deadline while the daemon still answered keepalive: it is busy
 * with the call, which may still take effect. Only this call failed; the connection stays up.
 */
export class DeadlineExceededError extends KvmInfraError {
  readonly procedure: string;
  readonly deadlineMs: number;

  constructor(procedure: string, deadlineMs: number, message: string) {
    super("DeadlineExceededError", message);
    this.procedure = procedure;
    this.deadlineMs = deadlineMs;
  }
}

/** Decodes a remote_error payload. */
export function decodeRemoteError(payload: Buffer, procedure?: string): LibvirtError {
  const r = new XdrReader(payload);
  const code = r.i32();
  const domain = r.i32();
  const message = r.optString();
  const level = r.i32();
  // The remaining fields (dom, str1-3, int1-2, net) add nothing the message does not already say.
  return new LibvirtError(code, domain, message ?? `libvirt error ${errorCodeName(code)}`, level, procedure);
}

/** Whether `e` is a LibvirtError, from this copy of the module or another one. */
export function isLibvirtError(e: unknown): e is LibvirtError {
  const o = e as { name?: unknown; code?: unknown } | null;
  return typeof o === "object" && o !== null && o.name === "LibvirtError" && typeof o.code === "number";
}

function hasCode(e: unknown, code: number): boolean {
  return isLibvirtError(e) && e.code === code;
}

export function isNoDomain(e: unknown): boolean {
  return hasCode(e, ErrorCode.NO_DOMAIN);
}
export function isNoNetwork(e: unknown): boolean {
  return hasCode(e, ErrorCode.NO_NETWORK);
}
export function isNoStoragePool(e: unknown): boolean {
  return hasCode(e, ErrorCode.NO_STORAGE_POOL);
}
export function isNoStorageVol(e: unknown): boolean {
  return hasCode(e, ErrorCode.NO_STORAGE_VOL);
}
export function isNoInterface(e: unknown): boolean {
  return hasCode(e, ErrorCode.NO_INTERFACE);
}
export function isConnectionLost(e: unknown): boolean {
  const o = e as { name?: unknown } | null;
  return typeof o === "object" && o !== null && o.name === "ConnectionLostError";
}
export function isDeadlineExceeded(e: unknown): boolean {
  const o = e as { name?: unknown } | null;
  return typeof o === "object" && o !== null && o.name === "DeadlineExceededError";
}

export { ErrorCode, KvmInfraError };
