// Errors of the libvirt client: the base class of every error kvm-infra's libvirt code throws, the
// daemon's own errors (LibvirtError, with libvirt's code names), a lost connection, a missed call
// deadline, and predicates that tell "object not found" apart per object kind.
// Pulumi's closure serializer copies this module into every provider: its super(message) sets no
// message, each provider holds its own copy of the classes (so name and code, not instanceof), and
// in-module reads of an `export const` would become a dangling `exports.X` (so an export list).
import { XdrReader } from "./xdr";
import { KvmInfraError } from "./base-error";

/** virErrorNumber values without the VIR_ERR_ prefix, as libvirt 9 numbers them. */
const ERROR_CODE_NAMES: Record<number, string> = {
  0: "OK",
  1: "INTERNAL_ERROR",
  2: "NO_MEMORY",
  3: "NO_SUPPORT",
  4: "UNKNOWN_HOST",
  5: "NO_CONNECT",
  6: "INVALID_CONN",
  7: "INVALID_DOMAIN",
  8: "INVALID_ARG",
  9: "OPERATION_FAILED",
  10: "GET_FAILED",
  11: "POST_FAILED",
  12: "HTTP_ERROR",
  13: "SEXPR_SERIAL",
  14: "NO_XEN",
  15: "XEN_CALL",
  16: "OS_TYPE",
  17: "NO_KERNEL",
  18: "NO_ROOT",
  19: "NO_SOURCE",
  20: "NO_TARGET",
  21: "NO_NAME",
  22: "NO_OS",
  23: "NO_DEVICE",
  24: "NO_XENSTORE",
  25: "DRIVER_FULL",
  26: "CALL_FAILED",
  27: "XML_ERROR",
  28: "DOM_EXIST",
  29: "OPERATION_DENIED",
  30: "OPEN_FAILED",
  31: "READ_FAILED",
  32: "PARSE_FAILED",
  33: "CONF_SYNTAX",
  34: "WRITE_FAILED",
  35: "XML_DETAIL",
  36: "INVALID_NETWORK",
  37: "NETWORK_EXIST",
  38: "SYSTEM_ERROR",
  39: "RPC",
  40: "GNUTLS_ERROR",
  41: "WAR_NO_NETWORK",
  42: "NO_DOMAIN",
  43: "NO_NETWORK",
  44: "INVALID_MAC",
  45: "AUTH_FAILED",
  46: "INVALID_STORAGE_POOL",
  47: "INVALID_STORAGE_VOL",
  48: "WAR_NO_STORAGE",
  49: "NO_STORAGE_POOL",
  50: "NO_STORAGE_VOL",
  51: "WAR_NO_NODE",
  52: "INVALID_NODE_DEVICE",
  53: "NO_NODE_DEVICE",
  54: "NO_SECURITY_MODEL",
  55: "OPERATION_INVALID",
  56: "WAR_NO_INTERFACE",
  57: "NO_INTERFACE",
  58: "INVALID_INTERFACE",
  59: "MULTIPLE_INTERFACES",
  60: "WAR_NO_NWFILTER",
  61: "INVALID_NWFILTER",
  62: "NO_NWFILTER",
  63: "BUILD_FIREWALL",
  64: "WAR_NO_SECRET",
  65: "INVALID_SECRET",
  66: "NO_SECRET",
  67: "CONFIG_UNSUPPORTED",
  68: "OPERATION_TIMEOUT",
  69: "MIGRATE_PERSIST_FAILED",
  70: "HOOK_SCRIPT_FAILED",
  71: "INVALID_DOMAIN_SNAPSHOT",
  72: "NO_DOMAIN_SNAPSHOT",
  73: "INVALID_STREAM",
  74: "ARGUMENT_UNSUPPORTED",
  75: "STORAGE_PROBE_FAILED",
  76: "STORAGE_POOL_BUILT",
  77: "SNAPSHOT_REVERT_RISKY",
  78: "OPERATION_ABORTED",
  79: "AUTH_CANCELLED",
  80: "NO_DOMAIN_METADATA",
  81: "MIGRATE_UNSAFE",
  82: "OVERFLOW",
  83: "BLOCK_COPY_ACTIVE",
  84: "OPERATION_UNSUPPORTED",
  85: "SSH",
  86: "AGENT_UNRESPONSIVE",
  87: "RESOURCE_BUSY",
  88: "ACCESS_DENIED",
  89: "DBUS_SERVICE",
  90: "STORAGE_VOL_EXIST",
  91: "CPU_INCOMPATIBLE",
  92: "XML_INVALID_SCHEMA",
  93: "MIGRATE_FINISH_OK",
  94: "AUTH_UNAVAILABLE",
  95: "NO_SERVER",
  96: "NO_CLIENT",
  97: "AGENT_UNSYNCED",
  98: "LIBSSH",
  99: "DEVICE_MISSING",
  100: "INVALID_NWFILTER_BINDING",
  101: "NO_NWFILTER_BINDING",
  102: "INVALID_DOMAIN_CHECKPOINT",
  103: "NO_DOMAIN_CHECKPOINT",
  104: "NO_DOMAIN_BACKUP",
  105: "INVALID_NETWORK_PORT",
  106: "NETWORK_PORT_EXIST",
  107: "NO_NETWORK_PORT",
  108: "NO_HOSTNAME",
  109: "CHECKPOINT_INCONSISTENT",
  110: "MULTIPLE_DOMAINS",
};

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
