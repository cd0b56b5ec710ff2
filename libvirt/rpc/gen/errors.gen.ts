// generated, do not edit, run npm run generate:rpc
// from libvirt's include/libvirt/virterror.h: error levels, domains and codes.

/** virErrorLevel, declared in include/libvirt/virterror.h:40 (since 0.1.0). */
const ErrorLevel = {
  /** (since 0.1.0) */
  NONE: 0,
  /** A simple warning (since 0.1.0) */
  WARNING: 1,
  /** An error (since 0.1.0) */
  ERROR: 2,
} as const;
type ErrorLevel = (typeof ErrorLevel)[keyof typeof ErrorLevel];

/** virErrorDomain, declared in include/libvirt/virterror.h:54 (since 0.1.0). */
const ErrorDomain = {
  /** (since 0.1.0) */
  NONE: 0,
  /** Error at Xen hypervisor layer (since 0.1.0) */
  XEN: 1,
  /** Error at connection with xend daemon (since 0.1.0) */
  XEND: 2,
  /** Error at connection with xen store (since 0.1.0) */
  XENSTORE: 3,
  /** Error in the S-Expression code (since 0.1.0) */
  SEXPR: 4,
  /** Error in the XML code (since 0.1.0) */
  XML: 5,
  /** Error when operating on a domain (since 0.1.0) */
  DOM: 6,
  /** Error in the XML-RPC code (since 0.1.1) */
  RPC: 7,
  /** Error in the proxy code; unused since 0.8.6 (since 0.1.3) */
  PROXY: 8,
  /** Error in the configuration file handling (since 0.1.6) */
  CONF: 9,
  /** Error at the QEMU daemon (since 0.2.0) */
  QEMU: 10,
  /** Error when operating on a network (since 0.2.0) */
  NET: 11,
  /** Error from test driver (since 0.2.3) */
  TEST: 12,
  /** Error from remote driver (since 0.2.3) */
  REMOTE: 13,
  /** Error from OpenVZ driver (since 0.3.1) */
  OPENVZ: 14,
  /** Error at Xen XM layer (since 0.4.1) */
  XENXM: 15,
  /** Error in the Linux Stats code (since 0.4.1) */
  STATS_LINUX: 16,
  /** Error from Linux Container driver (since 0.4.2) */
  LXC: 17,
  /** Error from storage driver (since 0.4.1) */
  STORAGE: 18,
  /** Error from network config (since 0.4.6) */
  NETWORK: 19,
  /** Error from domain config (since 0.4.6) */
  DOMAIN: 20,
  /** Error at the UML driver; unused since 5.0.0 (since 0.5.0) */
  UML: 21,
  /** Error from node device monitor (since 0.5.0) */
  NODEDEV: 22,
  /** Error from xen inotify layer (since 0.5.0) */
  XEN_INOTIFY: 23,
  /** Error from security framework (since 0.6.1) */
  SECURITY: 24,
  /** Error from VirtualBox driver (since 0.6.3) */
  VBOX: 25,
  /** Error when operating on an interface (since 0.6.4) */
  INTERFACE: 26,
  /** The OpenNebula driver no longer exists. Retained for ABI/API compat only (since 0.6.4) */
  ONE: 27,
  /** Error from ESX driver (since 0.7.0) */
  ESX: 28,
  /** Error from the phyp driver, unused since 6.0.0 (since 0.7.0) */
  PHYP: 29,
  /** Error from secret storage (since 0.7.1) */
  SECRET: 30,
  /** Error from CPU driver (since 0.7.5) */
  CPU: 31,
  /** Error from XenAPI (since 0.8.0) */
  XENAPI: 32,
  /** Error from network filter driver (since 0.8.0) */
  NWFILTER: 33,
  /** Error from Synchronous hooks (since 0.8.0) */
  HOOK: 34,
  /** Error from domain snapshot (since 0.8.0) */
  DOMAIN_SNAPSHOT: 35,
  /** Error from auditing subsystem (since 0.8.5) */
  AUDIT: 36,
  /** Error from sysinfo/SMBIOS (since 0.8.6) */
  SYSINFO: 37,
  /** Error from I/O streams (since 0.8.6) */
  STREAMS: 38,
  /** Error from VMware driver (since 0.8.7) */
  VMWARE: 39,
  /** Error from event loop impl (since 0.9.0) */
  EVENT: 40,
  /** Error from libxenlight driver (since 0.9.0) */
  LIBXL: 41,
  /** Error from lock manager (since 0.9.2) */
  LOCKING: 42,
  /** Error from Hyper-V driver (since 0.9.5) */
  HYPERV: 43,
  /** Error from capabilities (since 0.9.8) */
  CAPABILITIES: 44,
  /** Error from URI handling (since 0.9.11) */
  URI: 45,
  /** Error from auth handling (since 0.9.11) */
  AUTH: 46,
  /** Error from DBus (since 0.9.12) */
  DBUS: 47,
  /** Error from Parallels (since 0.10.0) */
  PARALLELS: 48,
  /** Error from Device (since 0.10.0) */
  DEVICE: 49,
  /** Error from libssh2 connection transport (since 0.10.0) */
  SSH: 50,
  /** Error from lockspace (since 1.0.0) */
  LOCKSPACE: 51,
  /** Error from initctl device communication (since 1.0.1) */
  INITCTL: 52,
  /** Error from identity code (since 1.0.4) */
  IDENTITY: 53,
  /** Error from cgroups (since 1.0.5) */
  CGROUP: 54,
  /** Error from access control manager (since 1.1.0) */
  ACCESS: 55,
  /** Error from systemd code (since 1.1.1) */
  SYSTEMD: 56,
  /** Error from bhyve driver (since 1.2.2) */
  BHYVE: 57,
  /** Error from crypto code (since 1.2.3) */
  CRYPTO: 58,
  /** Error from firewall (since 1.2.4) */
  FIREWALL: 59,
  /** Error from polkit code (since 1.2.9) */
  POLKIT: 60,
  /** Error from thread utils (since 1.2.14) */
  THREAD: 61,
  /** Error from admin backend (since 1.2.17) */
  ADMIN: 62,
  /** Error from log manager (since 1.3.0) */
  LOGGING: 63,
  /** Error from Xen xl config code (since 1.3.2) */
  XENXL: 64,
  /** Error from perf (since 1.3.3) */
  PERF: 65,
  /** Error from libssh connection transport (since 2.5.0) */
  LIBSSH: 66,
  /** Error from resource control (since 3.7.0) */
  RESCTRL: 67,
  /** Error from firewalld (since 5.1.0) */
  FIREWALLD: 68,
  /** Error from domain checkpoint (since 5.2.0) */
  DOMAIN_CHECKPOINT: 69,
  /** Error from TPM (since 5.6.0) */
  TPM: 70,
  /** Error from BPF code (since 5.10.0) */
  BPF: 71,
  /** Error from Cloud-Hypervisor driver (since 7.5.0) */
  CH: 72,
} as const;
type ErrorDomain = (typeof ErrorDomain)[keyof typeof ErrorDomain];

/** virErrorNumber, declared in include/libvirt/virterror.h:222 (since 0.1.0). */
const ErrorNumber = {
  /** (since 0.1.0) */
  OK: 0,
  /** internal error (since 0.1.0) */
  INTERNAL_ERROR: 1,
  /** memory allocation failure (since 0.1.0) */
  NO_MEMORY: 2,
  /** no support for this function (since 0.1.0) */
  NO_SUPPORT: 3,
  /** could not resolve hostname (since 0.1.0) */
  UNKNOWN_HOST: 4,
  /** can't connect to hypervisor (since 0.1.0) */
  NO_CONNECT: 5,
  /** invalid connection object (since 0.1.0) */
  INVALID_CONN: 6,
  /** invalid domain object (since 0.1.0) */
  INVALID_DOMAIN: 7,
  /** invalid function argument (since 0.1.0) */
  INVALID_ARG: 8,
  /** a command to hypervisor failed (since 0.1.0) */
  OPERATION_FAILED: 9,
  /** a HTTP GET command to failed (since 0.1.0) */
  GET_FAILED: 10,
  /** a HTTP POST command to failed (since 0.1.0) */
  POST_FAILED: 11,
  /** unexpected HTTP error code (since 0.1.0) */
  HTTP_ERROR: 12,
  /** failure to serialize an S-Expr (since 0.1.0) */
  SEXPR_SERIAL: 13,
  /** could not open Xen hypervisor control (since 0.1.0) */
  NO_XEN: 14,
  /** failure doing an hypervisor call (since 0.1.0) */
  XEN_CALL: 15,
  /** unknown OS type (since 0.1.0) */
  OS_TYPE: 16,
  /** missing kernel information (since 0.1.0) */
  NO_KERNEL: 17,
  /** missing root device information (since 0.1.0) */
  NO_ROOT: 18,
  /** missing source device information (since 0.1.0) */
  NO_SOURCE: 19,
  /** missing target device information (since 0.1.0) */
  NO_TARGET: 20,
  /** missing domain name information (since 0.1.0) */
  NO_NAME: 21,
  /** missing domain OS information (since 0.1.0) */
  NO_OS: 22,
  /** missing domain devices information (since 0.1.0) */
  NO_DEVICE: 23,
  /** could not open Xen Store control (since 0.1.0) */
  NO_XENSTORE: 24,
  /** too many drivers registered (since 0.1.0) */
  DRIVER_FULL: 25,
  /** not supported by the drivers (DEPRECATED) (since 0.1.0) */
  CALL_FAILED: 26,
  /** an XML description is not well formed or broken (since 0.1.1) */
  XML_ERROR: 27,
  /** the domain already exist (since 0.1.1) */
  DOM_EXIST: 28,
  /** operation forbidden on read-only connections (since 0.1.4) */
  OPERATION_DENIED: 29,
  /** failed to open a conf file (since 0.1.6) */
  OPEN_FAILED: 30,
  /** failed to read a conf file (since 0.1.6) */
  READ_FAILED: 31,
  /** failed to parse a conf file (since 0.1.6) */
  PARSE_FAILED: 32,
  /** failed to parse the syntax of a conf file (since 0.1.6) */
  CONF_SYNTAX: 33,
  /** failed to write a conf file (since 0.1.6) */
  WRITE_FAILED: 34,
  /** detail of an XML error (since 0.1.9) */
  XML_DETAIL: 35,
  /** invalid network object (since 0.2.0) */
  INVALID_NETWORK: 36,
  /** the network already exist (since 0.2.0) */
  NETWORK_EXIST: 37,
  /** general system call failure (since 0.2.1) */
  SYSTEM_ERROR: 38,
  /** some sort of RPC error (since 0.2.3) */
  RPC: 39,
  /** error from a GNUTLS call (since 0.2.3) */
  GNUTLS_ERROR: 40,
  /** failed to start network (since 0.2.3) */
  WAR_NO_NETWORK: 41,
  /** domain not found or unexpectedly disappeared (since 0.3.0) */
  NO_DOMAIN: 42,
  /** network not found (since 0.3.0) */
  NO_NETWORK: 43,
  /** invalid MAC address (since 0.3.1) */
  INVALID_MAC: 44,
  /** authentication failed (since 0.4.1) */
  AUTH_FAILED: 45,
  /** invalid storage pool object (since 0.4.1) */
  INVALID_STORAGE_POOL: 46,
  /** invalid storage vol object (since 0.4.1) */
  INVALID_STORAGE_VOL: 47,
  /** failed to start storage (since 0.4.1) */
  WAR_NO_STORAGE: 48,
  /** storage pool not found (since 0.4.1) */
  NO_STORAGE_POOL: 49,
  /** storage volume not found (since 0.4.1) */
  NO_STORAGE_VOL: 50,
  /** failed to start node driver (since 0.5.0) */
  WAR_NO_NODE: 51,
  /** invalid node device object (since 0.5.0) */
  INVALID_NODE_DEVICE: 52,
  /** node device not found (since 0.5.0) */
  NO_NODE_DEVICE: 53,
  /** security model not found (since 0.6.1) */
  NO_SECURITY_MODEL: 54,
  /** operation is not applicable at this time (since 0.6.4) */
  OPERATION_INVALID: 55,
  /** failed to start interface driver (since 0.6.4) */
  WAR_NO_INTERFACE: 56,
  /** interface driver not running (since 0.6.4) */
  NO_INTERFACE: 57,
  /** invalid interface object (since 0.6.4) */
  INVALID_INTERFACE: 58,
  /** more than one matching interface found (since 0.7.0) */
  MULTIPLE_INTERFACES: 59,
  /** failed to start nwfilter driver (since 0.8.0) */
  WAR_NO_NWFILTER: 60,
  /** invalid nwfilter object (since 0.8.0) */
  INVALID_NWFILTER: 61,
  /** nw filter pool not found (since 0.8.0) */
  NO_NWFILTER: 62,
  /** nw filter pool not found (since 0.8.0) */
  BUILD_FIREWALL: 63,
  /** failed to start secret storage (since 0.7.1) */
  WAR_NO_SECRET: 64,
  /** invalid secret (since 0.7.1) */
  INVALID_SECRET: 65,
  /** secret not found (since 0.7.1) */
  NO_SECRET: 66,
  /** unsupported configuration construct (since 0.7.3) */
  CONFIG_UNSUPPORTED: 67,
  /** timeout occurred during operation (since 0.7.3) */
  OPERATION_TIMEOUT: 68,
  /** a migration worked, but making the VM persist on the dest host failed (since 0.7.3) */
  MIGRATE_PERSIST_FAILED: 69,
  /** a synchronous hook script failed (since 0.8.0) */
  HOOK_SCRIPT_FAILED: 70,
  /** invalid domain snapshot (since 0.8.0) */
  INVALID_DOMAIN_SNAPSHOT: 71,
  /** domain snapshot not found (since 0.8.0) */
  NO_DOMAIN_SNAPSHOT: 72,
  /** stream pointer not valid (since 0.9.0) */
  INVALID_STREAM: 73,
  /** valid API use but unsupported by the given driver (since 0.9.4) */
  ARGUMENT_UNSUPPORTED: 74,
  /** storage pool probe failed (since 0.9.5) */
  STORAGE_PROBE_FAILED: 75,
  /** storage pool already built (since 0.9.5) */
  STORAGE_POOL_BUILT: 76,
  /** force was not requested for a risky domain snapshot revert (since 0.9.7) */
  SNAPSHOT_REVERT_RISKY: 77,
  /** operation on a domain was canceled/aborted by user (since 0.9.9) */
  OPERATION_ABORTED: 78,
  /** authentication cancelled (since 0.9.10) */
  AUTH_CANCELLED: 79,
  /** The metadata is not present (since 0.9.10) */
  NO_DOMAIN_METADATA: 80,
  /** Migration is not safe (since 0.9.11) */
  MIGRATE_UNSAFE: 81,
  /** integer overflow (since 0.9.11) */
  OVERFLOW: 82,
  /** action prevented by block copy job (since 0.9.12) */
  BLOCK_COPY_ACTIVE: 83,
  /** The requested operation is not supported (since 0.10.0) */
  OPERATION_UNSUPPORTED: 84,
  /** error in ssh transport driver (since 0.10.0) */
  SSH: 85,
  /** guest agent is unresponsive, not running or not usable (since 0.10.0) */
  AGENT_UNRESPONSIVE: 86,
  /** resource is already in use (since 1.0.0) */
  RESOURCE_BUSY: 87,
  /** operation on the object/resource was denied (since 1.1.0) */
  ACCESS_DENIED: 88,
  /** error from a dbus service (since 1.1.1) */
  DBUS_SERVICE: 89,
  /** the storage vol already exists (since 1.1.4) */
  STORAGE_VOL_EXIST: 90,
  /** given CPU is incompatible with host CPU (since 1.2.6) */
  CPU_INCOMPATIBLE: 91,
  /** XML document doesn't validate against schema (since 1.2.12) */
  XML_INVALID_SCHEMA: 92,
  /** Finish API succeeded but it is expected to return NULL (since 1.2.18) */
  MIGRATE_FINISH_OK: 93,
  /** authentication unavailable (since 1.3.3) */
  AUTH_UNAVAILABLE: 94,
  /** Server was not found (since 1.3.3) */
  NO_SERVER: 95,
  /** Client was not found (since 1.3.5) */
  NO_CLIENT: 96,
  /** guest agent replies with wrong id to guest-sync command (DEPRECATED) (since 2.3.0) */
  AGENT_UNSYNCED: 97,
  /** error in libssh transport driver (since 2.5.0) */
  LIBSSH: 98,
  /** fail to find the desired device (since 4.1.0) */
  DEVICE_MISSING: 99,
  /** invalid nwfilter binding (since 4.5.0) */
  INVALID_NWFILTER_BINDING: 100,
  /** no nwfilter binding (since 4.5.0) */
  NO_NWFILTER_BINDING: 101,
  /** invalid domain checkpoint (since 5.2.0) */
  INVALID_DOMAIN_CHECKPOINT: 102,
  /** domain checkpoint not found (since 5.2.0) */
  NO_DOMAIN_CHECKPOINT: 103,
  /** domain backup job id not found (since 5.2.0) */
  NO_DOMAIN_BACKUP: 104,
  /** invalid network port object (since 5.5.0) */
  INVALID_NETWORK_PORT: 105,
  /** the network port already exist (since 5.5.0) */
  NETWORK_PORT_EXIST: 106,
  /** network port not found (since 5.5.0) */
  NO_NETWORK_PORT: 107,
  /** no domain's hostname found (since 6.1.0) */
  NO_HOSTNAME: 108,
  /** checkpoint can't be used (since 6.10.0) */
  CHECKPOINT_INCONSISTENT: 109,
  /** more than one matching domain found (since 7.1.0) */
  MULTIPLE_DOMAINS: 110,
} as const;
type ErrorNumber = (typeof ErrorNumber)[keyof typeof ErrorNumber];

/** virErrorNumber names by code, without VIR_ERR_ (VIR_WAR_* keep WAR_). */
const ERROR_NUMBER_NAMES: Record<number, string> = {
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

export { ErrorLevel, ErrorDomain, ErrorNumber, ERROR_NUMBER_NAMES };
