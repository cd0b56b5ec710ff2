// generated, do not edit, run npm run generate:rpc
// from libvirt's src/remote/remote_protocol.x: constants, every type as XdrType data and a TypeScript type, every procedure.
import type { ProcedureSpec, XdrType } from "../codec";

const xdr_int: XdrType = { k: "int" };
const xdr_uint: XdrType = { k: "uint" };
const xdr_hyper: XdrType = { k: "hyper" };
const xdr_uhyper: XdrType = { k: "uhyper" };
const xdr_char: XdrType = { k: "char" };
const xdr_uchar: XdrType = { k: "uchar" };
const xdr_short: XdrType = { k: "short" };
const xdr_ushort: XdrType = { k: "ushort" };
const xdr_double: XdrType = { k: "double" };
const xdr_float: XdrType = { k: "float" };
const xdr_bool: XdrType = { k: "bool" };

const REMOTE_STRING_MAX = 0x400000;
const REMOTE_CONNECT_IDENTITY_PARAMS_MAX = 20;
const REMOTE_DOMAIN_LIST_MAX = 16384;
const REMOTE_CPUMAP_MAX = 2048;
const REMOTE_VCPUINFO_MAX = 16384;
const REMOTE_CPUMAPS_MAX = 0x800000;
const REMOTE_IOTHREAD_INFO_MAX = 16384;
const REMOTE_MIGRATE_COOKIE_MAX = 0x400000;
const REMOTE_NETWORK_LIST_MAX = 16384;
const REMOTE_NETWORK_PORT_LIST_MAX = 16384;
const REMOTE_INTERFACE_LIST_MAX = 16384;
const REMOTE_STORAGE_POOL_LIST_MAX = 16384;
const REMOTE_STORAGE_VOL_LIST_MAX = 16384;
const REMOTE_NODE_DEVICE_LIST_MAX = 0x10000;
const REMOTE_NODE_DEVICE_CAPS_LIST_MAX = 0x10000;
const REMOTE_NWFILTER_LIST_MAX = 16384;
const REMOTE_NWFILTER_BINDING_LIST_MAX = 16384;
const REMOTE_DOMAIN_SCHEDULER_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_BLKIO_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_MEMORY_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX = 32;
const REMOTE_DOMAIN_NUMA_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_PERF_EVENTS_MAX = 64;
const REMOTE_DOMAIN_BLOCK_COPY_PARAMETERS_MAX = 16;
const REMOTE_NODE_CPU_STATS_MAX = 16;
const REMOTE_NODE_MEMORY_STATS_MAX = 16;
const REMOTE_DOMAIN_BLOCK_STATS_PARAMETERS_MAX = 16;
const REMOTE_NODE_MAX_CELLS = 1024;
const REMOTE_AUTH_SASL_DATA_MAX = 0x10000;
const REMOTE_AUTH_TYPE_LIST_MAX = 20;
const REMOTE_DOMAIN_MEMORY_STATS_MAX = 1024;
const REMOTE_DOMAIN_CHECKPOINT_LIST_MAX = 16384;
const REMOTE_DOMAIN_SNAPSHOT_LIST_MAX = 16384;
const REMOTE_DOMAIN_BLOCK_PEEK_BUFFER_MAX = 0x400000;
const REMOTE_DOMAIN_MEMORY_PEEK_BUFFER_MAX = 0x400000;
const REMOTE_SECURITY_LABEL_LIST_MAX = 64;
const REMOTE_SECURITY_MODEL_MAX = 257;
const REMOTE_SECURITY_LABEL_MAX = 4097;
const REMOTE_SECURITY_DOI_MAX = 257;
const REMOTE_SECRET_VALUE_MAX = 0x10000;
const REMOTE_SECRET_LIST_MAX = 16384;
const REMOTE_CPU_BASELINE_MAX = 256;
const REMOTE_DOMAIN_SEND_KEY_MAX = 16;
const REMOTE_DOMAIN_INTERFACE_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_GET_CPU_STATS_NCPUS_MAX = 128;
const REMOTE_DOMAIN_GET_CPU_STATS_MAX = 2048;
const REMOTE_DOMAIN_DISK_ERRORS_MAX = 256;
const REMOTE_NODE_MEMORY_PARAMETERS_MAX = 64;
const REMOTE_DOMAIN_MIGRATE_PARAM_LIST_MAX = 64;
const REMOTE_DOMAIN_SAVE_PARAMS_MAX = 64;
const REMOTE_DOMAIN_JOB_STATS_MAX = 64;
const REMOTE_CONNECT_CPU_MODELS_MAX = 8192;
const REMOTE_DOMAIN_FSFREEZE_MOUNTPOINTS_MAX = 256;
const REMOTE_NETWORK_DHCP_LEASES_MAX = 0x10000;
const REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX = 0x40000;
const REMOTE_DOMAIN_EVENT_TUNABLE_MAX = 2048;
const REMOTE_DOMAIN_FSINFO_MAX = 256;
const REMOTE_DOMAIN_FSINFO_DISKS_MAX = 256;
const REMOTE_DOMAIN_INTERFACE_MAX = 2048;
const REMOTE_DOMAIN_IP_ADDR_MAX = 2048;
const REMOTE_DOMAIN_GUEST_VCPU_PARAMS_MAX = 64;
const REMOTE_DOMAIN_IOTHREAD_PARAMS_MAX = 64;
const REMOTE_NODE_SEV_INFO_MAX = 64;
const REMOTE_DOMAIN_LAUNCH_SECURITY_INFO_PARAMS_MAX = 64;
const REMOTE_DOMAIN_LAUNCH_SECURITY_STATE_PARAMS_MAX = 64;
const REMOTE_DOMAIN_GUEST_INFO_PARAMS_MAX = 2048;
const REMOTE_NETWORK_PORT_PARAMETERS_MAX = 16;
const REMOTE_DOMAIN_AUTHORIZED_SSH_KEYS_MAX = 2048;
const REMOTE_DOMAIN_MESSAGES_MAX = 2048;
const REMOTE_DOMAIN_EVENT_GRAPHICS_IDENTITY_MAX = 20;
const REMOTE_PROGRAM = 0x20008086;
const REMOTE_PROTOCOL_VERSION = 1;

/** remote_nonnull_string (src/remote/remote_protocol.x:51) */
type RemoteNonnullString = string;
const remote_nonnull_string: XdrType = { k: "string", max: 4194304 };

/** remote_string (src/remote/remote_protocol.x:54) */
type RemoteString = RemoteNonnullString | null;
const remote_string: XdrType = { k: "optional", of: remote_nonnull_string };

/** remote_uuid (src/remote/remote_protocol.x:297): a uuid, 16 bytes on the wire, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" here. */
type RemoteUuid = string;
const remote_uuid: XdrType = { k: "uuid" };

/** remote_nonnull_domain (src/remote/remote_protocol.x:300) */
interface RemoteNonnullDomain {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
  id: number;
}
const remote_nonnull_domain: XdrType = {
  k: "struct",
  name: "remote_nonnull_domain",
  f: [
    ["name", remote_nonnull_string],
    ["uuid", remote_uuid],
    ["id", xdr_int],
  ],
};

/** remote_nonnull_network (src/remote/remote_protocol.x:307) */
interface RemoteNonnullNetwork {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_network: XdrType = {
  k: "struct",
  name: "remote_nonnull_network",
  f: [
    ["name", remote_nonnull_string],
    ["uuid", remote_uuid],
  ],
};

/** remote_nonnull_network_port (src/remote/remote_protocol.x:312) */
interface RemoteNonnullNetworkPort {
  net: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
const remote_nonnull_network_port: XdrType = {
  k: "struct",
  name: "remote_nonnull_network_port",
  f: [
    ["net", remote_nonnull_network],
    ["uuid", remote_uuid],
  ],
};

/** remote_nonnull_nwfilter (src/remote/remote_protocol.x:318) */
interface RemoteNonnullNwfilter {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_nwfilter: XdrType = {
  k: "struct",
  name: "remote_nonnull_nwfilter",
  f: [
    ["name", remote_nonnull_string],
    ["uuid", remote_uuid],
  ],
};

/** remote_nonnull_nwfilter_binding (src/remote/remote_protocol.x:324) */
interface RemoteNonnullNwfilterBinding {
  portdev: RemoteNonnullString;
  filtername: RemoteNonnullString;
}
const remote_nonnull_nwfilter_binding: XdrType = {
  k: "struct",
  name: "remote_nonnull_nwfilter_binding",
  f: [
    ["portdev", remote_nonnull_string],
    ["filtername", remote_nonnull_string],
  ],
};

/** remote_nonnull_interface (src/remote/remote_protocol.x:330) */
interface RemoteNonnullInterface {
  name: RemoteNonnullString;
  mac: RemoteNonnullString;
}
const remote_nonnull_interface: XdrType = {
  k: "struct",
  name: "remote_nonnull_interface",
  f: [
    ["name", remote_nonnull_string],
    ["mac", remote_nonnull_string],
  ],
};

/** remote_nonnull_storage_pool (src/remote/remote_protocol.x:336) */
interface RemoteNonnullStoragePool {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_storage_pool: XdrType = {
  k: "struct",
  name: "remote_nonnull_storage_pool",
  f: [
    ["name", remote_nonnull_string],
    ["uuid", remote_uuid],
  ],
};

/** remote_nonnull_storage_vol (src/remote/remote_protocol.x:342) */
interface RemoteNonnullStorageVol {
  pool: RemoteNonnullString;
  name: RemoteNonnullString;
  key: RemoteNonnullString;
}
const remote_nonnull_storage_vol: XdrType = {
  k: "struct",
  name: "remote_nonnull_storage_vol",
  f: [
    ["pool", remote_nonnull_string],
    ["name", remote_nonnull_string],
    ["key", remote_nonnull_string],
  ],
};

/** remote_nonnull_node_device (src/remote/remote_protocol.x:349) */
interface RemoteNonnullNodeDevice {
  name: RemoteNonnullString;
}
const remote_nonnull_node_device: XdrType = {
  k: "struct",
  name: "remote_nonnull_node_device",
  f: [["name", remote_nonnull_string]],
};

/** remote_nonnull_secret (src/remote/remote_protocol.x:354) */
interface RemoteNonnullSecret {
  uuid: RemoteUuid;
  usageType: number;
  usageID: RemoteNonnullString;
}
const remote_nonnull_secret: XdrType = {
  k: "struct",
  name: "remote_nonnull_secret",
  f: [
    ["uuid", remote_uuid],
    ["usageType", xdr_int],
    ["usageID", remote_nonnull_string],
  ],
};

/** remote_nonnull_domain_checkpoint (src/remote/remote_protocol.x:361) */
interface RemoteNonnullDomainCheckpoint {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
const remote_nonnull_domain_checkpoint: XdrType = {
  k: "struct",
  name: "remote_nonnull_domain_checkpoint",
  f: [
    ["name", remote_nonnull_string],
    ["dom", remote_nonnull_domain],
  ],
};

/** remote_nonnull_domain_snapshot (src/remote/remote_protocol.x:367) */
interface RemoteNonnullDomainSnapshot {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
const remote_nonnull_domain_snapshot: XdrType = {
  k: "struct",
  name: "remote_nonnull_domain_snapshot",
  f: [
    ["name", remote_nonnull_string],
    ["dom", remote_nonnull_domain],
  ],
};

/** remote_domain (src/remote/remote_protocol.x:373) */
type RemoteDomain = RemoteNonnullDomain | null;
const remote_domain: XdrType = { k: "optional", of: remote_nonnull_domain };

/** remote_network (src/remote/remote_protocol.x:374) */
type RemoteNetwork = RemoteNonnullNetwork | null;
const remote_network: XdrType = { k: "optional", of: remote_nonnull_network };

/** remote_network_port (src/remote/remote_protocol.x:375) */
type RemoteNetworkPort = RemoteNonnullNetworkPort | null;
const remote_network_port: XdrType = { k: "optional", of: remote_nonnull_network_port };

/** remote_nwfilter (src/remote/remote_protocol.x:376) */
type RemoteNwfilter = RemoteNonnullNwfilter | null;
const remote_nwfilter: XdrType = { k: "optional", of: remote_nonnull_nwfilter };

/** remote_nwfilter_binding (src/remote/remote_protocol.x:377) */
type RemoteNwfilterBinding = RemoteNonnullNwfilterBinding | null;
const remote_nwfilter_binding: XdrType = { k: "optional", of: remote_nonnull_nwfilter_binding };

/** remote_storage_pool (src/remote/remote_protocol.x:378) */
type RemoteStoragePool = RemoteNonnullStoragePool | null;
const remote_storage_pool: XdrType = { k: "optional", of: remote_nonnull_storage_pool };

/** remote_storage_vol (src/remote/remote_protocol.x:379) */
type RemoteStorageVol = RemoteNonnullStorageVol | null;
const remote_storage_vol: XdrType = { k: "optional", of: remote_nonnull_storage_vol };

/** remote_node_device (src/remote/remote_protocol.x:380) */
type RemoteNodeDevice = RemoteNonnullNodeDevice | null;
const remote_node_device: XdrType = { k: "optional", of: remote_nonnull_node_device };

/** remote_secret (src/remote/remote_protocol.x:381) */
type RemoteSecret = RemoteNonnullSecret | null;
const remote_secret: XdrType = { k: "optional", of: remote_nonnull_secret };

/** remote_error (src/remote/remote_protocol.x:391) */
interface RemoteError {
  code: number;
  domain: number;
  message: RemoteString;
  level: number;
  dom: RemoteDomain;
  str1: RemoteString;
  str2: RemoteString;
  str3: RemoteString;
  int1: number;
  int2: number;
  net: RemoteNetwork;
}
const remote_error: XdrType = {
  k: "struct",
  name: "remote_error",
  f: [
    ["code", xdr_int],
    ["domain", xdr_int],
    ["message", remote_string],
    ["level", xdr_int],
    ["dom", remote_domain],
    ["str1", remote_string],
    ["str2", remote_string],
    ["str3", remote_string],
    ["int1", xdr_int],
    ["int2", xdr_int],
    ["net", remote_network],
  ],
};

/** remote_auth_type (src/remote/remote_protocol.x:406) */
const RemoteAuthType = {
  NONE: 0,
  SASL: 1,
  POLKIT: 2,
} as const;
type RemoteAuthType = (typeof RemoteAuthType)[keyof typeof RemoteAuthType];

/** remote_vcpu_info (src/remote/remote_protocol.x:414) */
interface RemoteVcpuInfo {
  number: number;
  state: number;
  cpu_time: number;
  cpu: number;
}
const remote_vcpu_info: XdrType = {
  k: "struct",
  name: "remote_vcpu_info",
  f: [
    ["number", xdr_uint],
    ["state", xdr_int],
    ["cpu_time", xdr_uhyper],
    ["cpu", xdr_int],
  ],
};

/** remote_typed_param_value (src/remote/remote_protocol.x:424) */
type RemoteTypedParamValue =
  | { type: 1; i: number }
  | { type: 2; ui: number }
  | { type: 3; l: number }
  | { type: 4; ul: number }
  | { type: 5; d: number }
  | { type: 6; b: number }
  | { type: 7; s: RemoteNonnullString };
const remote_typed_param_value: XdrType = {
  k: "union",
  name: "remote_typed_param_value",
  d: "type",
  dt: xdr_int,
  c: [
    [1, "i", xdr_int],
    [2, "ui", xdr_uint],
    [3, "l", xdr_hyper],
    [4, "ul", xdr_uhyper],
    [5, "d", xdr_double],
    [6, "b", xdr_int],
    [7, "s", remote_nonnull_string],
  ],
};

/** remote_typed_param (src/remote/remote_protocol.x:441) */
interface RemoteTypedParam {
  field: RemoteNonnullString;
  value: RemoteTypedParamValue;
}
const remote_typed_param: XdrType = {
  k: "struct",
  name: "remote_typed_param",
  f: [
    ["field", remote_nonnull_string],
    ["value", remote_typed_param_value],
  ],
};

/** remote_node_get_cpu_stats (src/remote/remote_protocol.x:446) */
interface RemoteNodeGetCpuStats {
  field: RemoteNonnullString;
  value: number;
}
const remote_node_get_cpu_stats: XdrType = {
  k: "struct",
  name: "remote_node_get_cpu_stats",
  f: [
    ["field", remote_nonnull_string],
    ["value", xdr_uhyper],
  ],
};

/** remote_node_get_memory_stats (src/remote/remote_protocol.x:451) */
interface RemoteNodeGetMemoryStats {
  field: RemoteNonnullString;
  value: number;
}
const remote_node_get_memory_stats: XdrType = {
  k: "struct",
  name: "remote_node_get_memory_stats",
  f: [
    ["field", remote_nonnull_string],
    ["value", xdr_uhyper],
  ],
};

/** remote_domain_disk_error (src/remote/remote_protocol.x:456) */
interface RemoteDomainDiskError {
  disk: RemoteNonnullString;
  error: number;
}
const remote_domain_disk_error: XdrType = {
  k: "struct",
  name: "remote_domain_disk_error",
  f: [
    ["disk", remote_nonnull_string],
    ["error", xdr_int],
  ],
};

/** remote_connect_open_args (src/remote/remote_protocol.x:488) */
interface RemoteConnectOpenArgs {
  name: RemoteString;
  flags: number;
}
const remote_connect_open_args: XdrType = {
  k: "struct",
  name: "remote_connect_open_args",
  f: [
    ["name", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_supports_feature_args (src/remote/remote_protocol.x:496) */
interface RemoteConnectSupportsFeatureArgs {
  feature: number;
}
const remote_connect_supports_feature_args: XdrType = {
  k: "struct",
  name: "remote_connect_supports_feature_args",
  f: [["feature", xdr_int]],
};

/** remote_connect_supports_feature_ret (src/remote/remote_protocol.x:500) */
interface RemoteConnectSupportsFeatureRet {
  supported: number;
}
const remote_connect_supports_feature_ret: XdrType = {
  k: "struct",
  name: "remote_connect_supports_feature_ret",
  f: [["supported", xdr_int]],
};

/** remote_connect_get_type_ret (src/remote/remote_protocol.x:504) */
interface RemoteConnectGetTypeRet {
  type: RemoteNonnullString;
}
const remote_connect_get_type_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_type_ret",
  f: [["type", remote_nonnull_string]],
};

/** remote_connect_get_version_ret (src/remote/remote_protocol.x:508) */
interface RemoteConnectGetVersionRet {
  hv_ver: number;
}
const remote_connect_get_version_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_version_ret",
  f: [["hv_ver", xdr_uhyper]],
};

/** remote_connect_get_lib_version_ret (src/remote/remote_protocol.x:512) */
interface RemoteConnectGetLibVersionRet {
  lib_ver: number;
}
const remote_connect_get_lib_version_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_lib_version_ret",
  f: [["lib_ver", xdr_uhyper]],
};

/** remote_connect_get_hostname_ret (src/remote/remote_protocol.x:516) */
interface RemoteConnectGetHostnameRet {
  hostname: RemoteNonnullString;
}
const remote_connect_get_hostname_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_hostname_ret",
  f: [["hostname", remote_nonnull_string]],
};

/** remote_connect_get_sysinfo_args (src/remote/remote_protocol.x:520) */
interface RemoteConnectGetSysinfoArgs {
  flags: number;
}
const remote_connect_get_sysinfo_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_sysinfo_args",
  f: [["flags", xdr_uint]],
};

/** remote_connect_get_sysinfo_ret (src/remote/remote_protocol.x:524) */
interface RemoteConnectGetSysinfoRet {
  sysinfo: RemoteNonnullString;
}
const remote_connect_get_sysinfo_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_sysinfo_ret",
  f: [["sysinfo", remote_nonnull_string]],
};

/** remote_connect_get_uri_ret (src/remote/remote_protocol.x:528) */
interface RemoteConnectGetUriRet {
  uri: RemoteNonnullString;
}
const remote_connect_get_uri_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_uri_ret",
  f: [["uri", remote_nonnull_string]],
};

/** remote_connect_get_max_vcpus_args (src/remote/remote_protocol.x:532) */
interface RemoteConnectGetMaxVcpusArgs {
  type: RemoteString;
}
const remote_connect_get_max_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_max_vcpus_args",
  f: [["type", remote_string]],
};

/** remote_connect_get_max_vcpus_ret (src/remote/remote_protocol.x:539) */
interface RemoteConnectGetMaxVcpusRet {
  max_vcpus: number;
}
const remote_connect_get_max_vcpus_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_max_vcpus_ret",
  f: [["max_vcpus", xdr_int]],
};

/** remote_node_get_info_ret (src/remote/remote_protocol.x:543) */
interface RemoteNodeGetInfoRet {
  model: number[];
  memory: number;
  cpus: number;
  mhz: number;
  nodes: number;
  sockets: number;
  cores: number;
  threads: number;
}
const remote_node_get_info_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_info_ret",
  f: [
    ["model", { k: "fixedArray", of: xdr_char, len: 32 }],
    ["memory", xdr_uhyper],
    ["cpus", xdr_int],
    ["mhz", xdr_int],
    ["nodes", xdr_int],
    ["sockets", xdr_int],
    ["cores", xdr_int],
    ["threads", xdr_int],
  ],
};

/** remote_connect_get_capabilities_ret (src/remote/remote_protocol.x:554) */
interface RemoteConnectGetCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_capabilities_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_capabilities_ret",
  f: [["capabilities", remote_nonnull_string]],
};

/** remote_connect_get_domain_capabilities_args (src/remote/remote_protocol.x:558) */
interface RemoteConnectGetDomainCapabilitiesArgs {
  emulatorbin: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  flags: number;
}
const remote_connect_get_domain_capabilities_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_domain_capabilities_args",
  f: [
    ["emulatorbin", remote_string],
    ["arch", remote_string],
    ["machine", remote_string],
    ["virttype", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_get_domain_capabilities_ret (src/remote/remote_protocol.x:566) */
interface RemoteConnectGetDomainCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_domain_capabilities_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_domain_capabilities_ret",
  f: [["capabilities", remote_nonnull_string]],
};

/** remote_node_get_cpu_stats_args (src/remote/remote_protocol.x:570) */
interface RemoteNodeGetCpuStatsArgs {
  cpuNum: number;
  nparams: number;
  flags: number;
}
const remote_node_get_cpu_stats_args: XdrType = {
  k: "struct",
  name: "remote_node_get_cpu_stats_args",
  f: [
    ["cpuNum", xdr_int],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_cpu_stats_ret (src/remote/remote_protocol.x:576) */
interface RemoteNodeGetCpuStatsRet {
  params: RemoteNodeGetCpuStats[];
  nparams: number;
}
const remote_node_get_cpu_stats_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_cpu_stats_ret",
  f: [
    ["params", { k: "array", of: remote_node_get_cpu_stats, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_node_get_memory_stats_args (src/remote/remote_protocol.x:581) */
interface RemoteNodeGetMemoryStatsArgs {
  nparams: number;
  cellNum: number;
  flags: number;
}
const remote_node_get_memory_stats_args: XdrType = {
  k: "struct",
  name: "remote_node_get_memory_stats_args",
  f: [
    ["nparams", xdr_int],
    ["cellNum", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_memory_stats_ret (src/remote/remote_protocol.x:587) */
interface RemoteNodeGetMemoryStatsRet {
  params: RemoteNodeGetMemoryStats[];
  nparams: number;
}
const remote_node_get_memory_stats_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_memory_stats_ret",
  f: [
    ["params", { k: "array", of: remote_node_get_memory_stats, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_node_get_cells_free_memory_args (src/remote/remote_protocol.x:592) */
interface RemoteNodeGetCellsFreeMemoryArgs {
  startCell: number;
  maxcells: number;
}
const remote_node_get_cells_free_memory_args: XdrType = {
  k: "struct",
  name: "remote_node_get_cells_free_memory_args",
  f: [
    ["startCell", xdr_int],
    ["maxcells", xdr_int],
  ],
};

/** remote_node_get_cells_free_memory_ret (src/remote/remote_protocol.x:597) */
interface RemoteNodeGetCellsFreeMemoryRet {
  cells: number[];
}
const remote_node_get_cells_free_memory_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_cells_free_memory_ret",
  f: [["cells", { k: "array", of: xdr_uhyper, max: 1024 }]],
};

/** remote_node_get_free_memory_ret (src/remote/remote_protocol.x:601) */
interface RemoteNodeGetFreeMemoryRet {
  freeMem: number;
}
const remote_node_get_free_memory_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_free_memory_ret",
  f: [["freeMem", xdr_uhyper]],
};

/** remote_domain_get_scheduler_type_args (src/remote/remote_protocol.x:605) */
interface RemoteDomainGetSchedulerTypeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_scheduler_type_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_type_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_scheduler_type_ret (src/remote/remote_protocol.x:609) */
interface RemoteDomainGetSchedulerTypeRet {
  type: RemoteNonnullString;
  nparams: number;
}
const remote_domain_get_scheduler_type_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_type_ret",
  f: [
    ["type", remote_nonnull_string],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_get_scheduler_parameters_args (src/remote/remote_protocol.x:614) */
interface RemoteDomainGetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
}
const remote_domain_get_scheduler_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_get_scheduler_parameters_ret (src/remote/remote_protocol.x:619) */
interface RemoteDomainGetSchedulerParametersRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_scheduler_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_parameters_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 16 }]],
};

/** remote_domain_get_scheduler_parameters_flags_args (src/remote/remote_protocol.x:623) */
interface RemoteDomainGetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_scheduler_parameters_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_parameters_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_scheduler_parameters_flags_ret (src/remote/remote_protocol.x:629) */
interface RemoteDomainGetSchedulerParametersFlagsRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_scheduler_parameters_flags_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_scheduler_parameters_flags_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 16 }]],
};

/** remote_domain_set_scheduler_parameters_args (src/remote/remote_protocol.x:633) */
interface RemoteDomainSetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_set_scheduler_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_scheduler_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
  ],
};

/** remote_domain_set_scheduler_parameters_flags_args (src/remote/remote_protocol.x:638) */
interface RemoteDomainSetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_scheduler_parameters_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_scheduler_parameters_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_blkio_parameters_args (src/remote/remote_protocol.x:644) */
interface RemoteDomainSetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_blkio_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_blkio_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_blkio_parameters_args (src/remote/remote_protocol.x:650) */
interface RemoteDomainGetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_blkio_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_blkio_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_blkio_parameters_ret (src/remote/remote_protocol.x:656) */
interface RemoteDomainGetBlkioParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_blkio_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_blkio_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_set_memory_parameters_args (src/remote/remote_protocol.x:661) */
interface RemoteDomainSetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_memory_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_memory_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_memory_parameters_args (src/remote/remote_protocol.x:667) */
interface RemoteDomainGetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_memory_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_memory_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_memory_parameters_ret (src/remote/remote_protocol.x:673) */
interface RemoteDomainGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_memory_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_memory_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_block_resize_args (src/remote/remote_protocol.x:678) */
interface RemoteDomainBlockResizeArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  size: number;
  flags: number;
}
const remote_domain_block_resize_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_resize_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["disk", remote_nonnull_string],
    ["size", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_numa_parameters_args (src/remote/remote_protocol.x:685) */
interface RemoteDomainSetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_numa_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_numa_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_numa_parameters_args (src/remote/remote_protocol.x:691) */
interface RemoteDomainGetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_numa_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_numa_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_numa_parameters_ret (src/remote/remote_protocol.x:697) */
interface RemoteDomainGetNumaParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_numa_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_numa_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_set_perf_events_args (src/remote/remote_protocol.x:702) */
interface RemoteDomainSetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_perf_events_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_perf_events_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_perf_events_args (src/remote/remote_protocol.x:708) */
interface RemoteDomainGetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_perf_events_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_perf_events_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_perf_events_ret (src/remote/remote_protocol.x:713) */
interface RemoteDomainGetPerfEventsRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_perf_events_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_perf_events_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 64 }]],
};

/** remote_domain_block_stats_args (src/remote/remote_protocol.x:717) */
interface RemoteDomainBlockStatsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
}
const remote_domain_block_stats_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_stats_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
  ],
};

/** remote_domain_block_stats_ret (src/remote/remote_protocol.x:722) */
interface RemoteDomainBlockStatsRet {
  rd_req: number;
  rd_bytes: number;
  wr_req: number;
  wr_bytes: number;
  errs: number;
}
const remote_domain_block_stats_ret: XdrType = {
  k: "struct",
  name: "remote_domain_block_stats_ret",
  f: [
    ["rd_req", xdr_hyper],
    ["rd_bytes", xdr_hyper],
    ["wr_req", xdr_hyper],
    ["wr_bytes", xdr_hyper],
    ["errs", xdr_hyper],
  ],
};

/** remote_domain_block_stats_flags_args (src/remote/remote_protocol.x:730) */
interface RemoteDomainBlockStatsFlagsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  nparams: number;
  flags: number;
}
const remote_domain_block_stats_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_stats_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_stats_flags_ret (src/remote/remote_protocol.x:737) */
interface RemoteDomainBlockStatsFlagsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_block_stats_flags_ret: XdrType = {
  k: "struct",
  name: "remote_domain_block_stats_flags_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_interface_stats_args (src/remote/remote_protocol.x:742) */
interface RemoteDomainInterfaceStatsArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
}
const remote_domain_interface_stats_args: XdrType = {
  k: "struct",
  name: "remote_domain_interface_stats_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["device", remote_nonnull_string],
  ],
};

/** remote_domain_interface_stats_ret (src/remote/remote_protocol.x:747) */
interface RemoteDomainInterfaceStatsRet {
  rx_bytes: number;
  rx_packets: number;
  rx_errs: number;
  rx_drop: number;
  tx_bytes: number;
  tx_packets: number;
  tx_errs: number;
  tx_drop: number;
}
const remote_domain_interface_stats_ret: XdrType = {
  k: "struct",
  name: "remote_domain_interface_stats_ret",
  f: [
    ["rx_bytes", xdr_hyper],
    ["rx_packets", xdr_hyper],
    ["rx_errs", xdr_hyper],
    ["rx_drop", xdr_hyper],
    ["tx_bytes", xdr_hyper],
    ["tx_packets", xdr_hyper],
    ["tx_errs", xdr_hyper],
    ["tx_drop", xdr_hyper],
  ],
};

/** remote_domain_set_interface_parameters_args (src/remote/remote_protocol.x:758) */
interface RemoteDomainSetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_interface_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_interface_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["device", remote_nonnull_string],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_interface_parameters_args (src/remote/remote_protocol.x:765) */
interface RemoteDomainGetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  nparams: number;
  flags: number;
}
const remote_domain_get_interface_parameters_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_interface_parameters_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["device", remote_nonnull_string],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_interface_parameters_ret (src/remote/remote_protocol.x:772) */
interface RemoteDomainGetInterfaceParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_interface_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_interface_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_memory_stats_args (src/remote/remote_protocol.x:777) */
interface RemoteDomainMemoryStatsArgs {
  dom: RemoteNonnullDomain;
  maxStats: number;
  flags: number;
}
const remote_domain_memory_stats_args: XdrType = {
  k: "struct",
  name: "remote_domain_memory_stats_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["maxStats", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_memory_stat (src/remote/remote_protocol.x:783) */
interface RemoteDomainMemoryStat {
  tag: number;
  val: number;
}
const remote_domain_memory_stat: XdrType = {
  k: "struct",
  name: "remote_domain_memory_stat",
  f: [
    ["tag", xdr_int],
    ["val", xdr_uhyper],
  ],
};

/** remote_domain_memory_stats_ret (src/remote/remote_protocol.x:788) */
interface RemoteDomainMemoryStatsRet {
  stats: RemoteDomainMemoryStat[];
}
const remote_domain_memory_stats_ret: XdrType = {
  k: "struct",
  name: "remote_domain_memory_stats_ret",
  f: [["stats", { k: "array", of: remote_domain_memory_stat, max: 1024 }]],
};

/** remote_domain_block_peek_args (src/remote/remote_protocol.x:792) */
interface RemoteDomainBlockPeekArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  offset: number;
  size: number;
  flags: number;
}
const remote_domain_block_peek_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_peek_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["offset", xdr_uhyper],
    ["size", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_peek_ret (src/remote/remote_protocol.x:800) */
interface RemoteDomainBlockPeekRet {
  buffer: Buffer;
}
const remote_domain_block_peek_ret: XdrType = {
  k: "struct",
  name: "remote_domain_block_peek_ret",
  f: [["buffer", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_memory_peek_args (src/remote/remote_protocol.x:804) */
interface RemoteDomainMemoryPeekArgs {
  dom: RemoteNonnullDomain;
  offset: number;
  size: number;
  flags: number;
}
const remote_domain_memory_peek_args: XdrType = {
  k: "struct",
  name: "remote_domain_memory_peek_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["offset", xdr_uhyper],
    ["size", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_memory_peek_ret (src/remote/remote_protocol.x:811) */
interface RemoteDomainMemoryPeekRet {
  buffer: Buffer;
}
const remote_domain_memory_peek_ret: XdrType = {
  k: "struct",
  name: "remote_domain_memory_peek_ret",
  f: [["buffer", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_get_block_info_args (src/remote/remote_protocol.x:815) */
interface RemoteDomainGetBlockInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_get_block_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_block_info_ret (src/remote/remote_protocol.x:821) */
interface RemoteDomainGetBlockInfoRet {
  allocation: number;
  capacity: number;
  physical: number;
}
const remote_domain_get_block_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_info_ret",
  f: [
    ["allocation", xdr_uhyper],
    ["capacity", xdr_uhyper],
    ["physical", xdr_uhyper],
  ],
};

/** remote_connect_list_domains_args (src/remote/remote_protocol.x:827) */
interface RemoteConnectListDomainsArgs {
  maxids: number;
}
const remote_connect_list_domains_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_domains_args",
  f: [["maxids", xdr_int]],
};

/** remote_connect_list_domains_ret (src/remote/remote_protocol.x:831) */
interface RemoteConnectListDomainsRet {
  ids: number[];
}
const remote_connect_list_domains_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_domains_ret",
  f: [["ids", { k: "array", of: xdr_int, max: 16384 }]],
};

/** remote_connect_num_of_domains_ret (src/remote/remote_protocol.x:835) */
interface RemoteConnectNumOfDomainsRet {
  num: number;
}
const remote_connect_num_of_domains_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_domains_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_create_xml_args (src/remote/remote_protocol.x:839) */
interface RemoteDomainCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_create_xml_args",
  f: [
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_create_xml_ret (src/remote/remote_protocol.x:844) */
interface RemoteDomainCreateXmlRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_domain_create_xml_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_create_xml_with_files_args (src/remote/remote_protocol.x:848) */
interface RemoteDomainCreateXmlWithFilesArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_create_xml_with_files_args: XdrType = {
  k: "struct",
  name: "remote_domain_create_xml_with_files_args",
  f: [
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_create_xml_with_files_ret (src/remote/remote_protocol.x:853) */
interface RemoteDomainCreateXmlWithFilesRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_xml_with_files_ret: XdrType = {
  k: "struct",
  name: "remote_domain_create_xml_with_files_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_lookup_by_id_args (src/remote/remote_protocol.x:857) */
interface RemoteDomainLookupByIdArgs {
  id: number;
}
const remote_domain_lookup_by_id_args: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_id_args",
  f: [["id", xdr_int]],
};

/** remote_domain_lookup_by_id_ret (src/remote/remote_protocol.x:861) */
interface RemoteDomainLookupByIdRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_id_ret: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_id_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_lookup_by_uuid_args (src/remote/remote_protocol.x:865) */
interface RemoteDomainLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_domain_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_uuid_args",
  f: [["uuid", remote_uuid]],
};

/** remote_domain_lookup_by_uuid_ret (src/remote/remote_protocol.x:869) */
interface RemoteDomainLookupByUuidRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_uuid_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_lookup_by_name_args (src/remote/remote_protocol.x:873) */
interface RemoteDomainLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_domain_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_domain_lookup_by_name_ret (src/remote/remote_protocol.x:877) */
interface RemoteDomainLookupByNameRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_domain_lookup_by_name_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_suspend_args (src/remote/remote_protocol.x:881) */
interface RemoteDomainSuspendArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_suspend_args: XdrType = {
  k: "struct",
  name: "remote_domain_suspend_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_resume_args (src/remote/remote_protocol.x:885) */
interface RemoteDomainResumeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_resume_args: XdrType = {
  k: "struct",
  name: "remote_domain_resume_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_pm_suspend_for_duration_args (src/remote/remote_protocol.x:889) */
interface RemoteDomainPmSuspendForDurationArgs {
  dom: RemoteNonnullDomain;
  target: number;
  duration: number;
  flags: number;
}
const remote_domain_pm_suspend_for_duration_args: XdrType = {
  k: "struct",
  name: "remote_domain_pm_suspend_for_duration_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["target", xdr_uint],
    ["duration", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_pm_wakeup_args (src/remote/remote_protocol.x:896) */
interface RemoteDomainPmWakeupArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_pm_wakeup_args: XdrType = {
  k: "struct",
  name: "remote_domain_pm_wakeup_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_shutdown_args (src/remote/remote_protocol.x:901) */
interface RemoteDomainShutdownArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_shutdown_args: XdrType = {
  k: "struct",
  name: "remote_domain_shutdown_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_reboot_args (src/remote/remote_protocol.x:905) */
interface RemoteDomainRebootArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_reboot_args: XdrType = {
  k: "struct",
  name: "remote_domain_reboot_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_reset_args (src/remote/remote_protocol.x:910) */
interface RemoteDomainResetArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_reset_args: XdrType = {
  k: "struct",
  name: "remote_domain_reset_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_destroy_args (src/remote/remote_protocol.x:915) */
interface RemoteDomainDestroyArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_destroy_args: XdrType = {
  k: "struct",
  name: "remote_domain_destroy_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_destroy_flags_args (src/remote/remote_protocol.x:919) */
interface RemoteDomainDestroyFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_destroy_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_destroy_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_os_type_args (src/remote/remote_protocol.x:924) */
interface RemoteDomainGetOsTypeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_os_type_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_os_type_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_os_type_ret (src/remote/remote_protocol.x:928) */
interface RemoteDomainGetOsTypeRet {
  type: RemoteNonnullString;
}
const remote_domain_get_os_type_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_os_type_ret",
  f: [["type", remote_nonnull_string]],
};

/** remote_domain_get_max_memory_args (src/remote/remote_protocol.x:932) */
interface RemoteDomainGetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_max_memory_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_max_memory_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_max_memory_ret (src/remote/remote_protocol.x:936) */
interface RemoteDomainGetMaxMemoryRet {
  memory: number;
}
const remote_domain_get_max_memory_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_max_memory_ret",
  f: [["memory", xdr_uhyper]],
};

/** remote_domain_set_max_memory_args (src/remote/remote_protocol.x:940) */
interface RemoteDomainSetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: number;
}
const remote_domain_set_max_memory_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_max_memory_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["memory", xdr_uhyper],
  ],
};

/** remote_domain_set_memory_args (src/remote/remote_protocol.x:945) */
interface RemoteDomainSetMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: number;
}
const remote_domain_set_memory_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_memory_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["memory", xdr_uhyper],
  ],
};

/** remote_domain_set_memory_flags_args (src/remote/remote_protocol.x:950) */
interface RemoteDomainSetMemoryFlagsArgs {
  dom: RemoteNonnullDomain;
  memory: number;
  flags: number;
}
const remote_domain_set_memory_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_memory_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["memory", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_memory_stats_period_args (src/remote/remote_protocol.x:956) */
interface RemoteDomainSetMemoryStatsPeriodArgs {
  dom: RemoteNonnullDomain;
  period: number;
  flags: number;
}
const remote_domain_set_memory_stats_period_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_memory_stats_period_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["period", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_info_args (src/remote/remote_protocol.x:962) */
interface RemoteDomainGetInfoArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_info_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_info_ret (src/remote/remote_protocol.x:966) */
interface RemoteDomainGetInfoRet {
  state: number;
  maxMem: number;
  memory: number;
  nrVirtCpu: number;
  cpuTime: number;
}
const remote_domain_get_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_info_ret",
  f: [
    ["state", xdr_uchar],
    ["maxMem", xdr_uhyper],
    ["memory", xdr_uhyper],
    ["nrVirtCpu", xdr_ushort],
    ["cpuTime", xdr_uhyper],
  ],
};

/** remote_domain_save_args (src/remote/remote_protocol.x:974) */
interface RemoteDomainSaveArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
}
const remote_domain_save_args: XdrType = {
  k: "struct",
  name: "remote_domain_save_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["to", remote_nonnull_string],
  ],
};

/** remote_domain_save_flags_args (src/remote/remote_protocol.x:979) */
interface RemoteDomainSaveFlagsArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_save_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_save_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["to", remote_nonnull_string],
    ["dxml", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_save_params_args (src/remote/remote_protocol.x:986) */
interface RemoteDomainSaveParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_save_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_save_params_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_restore_args (src/remote/remote_protocol.x:992) */
interface RemoteDomainRestoreArgs {
  from: RemoteNonnullString;
}
const remote_domain_restore_args: XdrType = {
  k: "struct",
  name: "remote_domain_restore_args",
  f: [["from", remote_nonnull_string]],
};

/** remote_domain_restore_flags_args (src/remote/remote_protocol.x:996) */
interface RemoteDomainRestoreFlagsArgs {
  from: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_restore_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_restore_flags_args",
  f: [
    ["from", remote_nonnull_string],
    ["dxml", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_restore_params_args (src/remote/remote_protocol.x:1002) */
interface RemoteDomainRestoreParamsArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_restore_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_restore_params_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_save_image_get_xml_desc_args (src/remote/remote_protocol.x:1007) */
interface RemoteDomainSaveImageGetXmlDescArgs {
  file: RemoteNonnullString;
  flags: number;
}
const remote_domain_save_image_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_save_image_get_xml_desc_args",
  f: [
    ["file", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_save_image_get_xml_desc_ret (src/remote/remote_protocol.x:1012) */
interface RemoteDomainSaveImageGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_save_image_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_save_image_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_save_image_define_xml_args (src/remote/remote_protocol.x:1016) */
interface RemoteDomainSaveImageDefineXmlArgs {
  file: RemoteNonnullString;
  dxml: RemoteNonnullString;
  flags: number;
}
const remote_domain_save_image_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_save_image_define_xml_args",
  f: [
    ["file", remote_nonnull_string],
    ["dxml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_core_dump_args (src/remote/remote_protocol.x:1022) */
interface RemoteDomainCoreDumpArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  flags: number;
}
const remote_domain_core_dump_args: XdrType = {
  k: "struct",
  name: "remote_domain_core_dump_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["to", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_core_dump_with_format_args (src/remote/remote_protocol.x:1028) */
interface RemoteDomainCoreDumpWithFormatArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dumpformat: number;
  flags: number;
}
const remote_domain_core_dump_with_format_args: XdrType = {
  k: "struct",
  name: "remote_domain_core_dump_with_format_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["to", remote_nonnull_string],
    ["dumpformat", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_screenshot_args (src/remote/remote_protocol.x:1035) */
interface RemoteDomainScreenshotArgs {
  dom: RemoteNonnullDomain;
  screen: number;
  flags: number;
}
const remote_domain_screenshot_args: XdrType = {
  k: "struct",
  name: "remote_domain_screenshot_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["screen", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_screenshot_ret (src/remote/remote_protocol.x:1041) */
interface RemoteDomainScreenshotRet {
  mime: RemoteString;
}
const remote_domain_screenshot_ret: XdrType = {
  k: "struct",
  name: "remote_domain_screenshot_ret",
  f: [["mime", remote_string]],
};

/** remote_domain_get_xml_desc_args (src/remote/remote_protocol.x:1045) */
interface RemoteDomainGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_xml_desc_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_xml_desc_ret (src/remote/remote_protocol.x:1050) */
interface RemoteDomainGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_migrate_prepare_args (src/remote/remote_protocol.x:1054) */
interface RemoteDomainMigratePrepareArgs {
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_prepare_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_args",
  f: [
    ["uri_in", remote_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
  ],
};

/** remote_domain_migrate_prepare_ret (src/remote/remote_protocol.x:1061) */
interface RemoteDomainMigratePrepareRet {
  cookie: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_ret",
  f: [
    ["cookie", { k: "opaque", max: 4194304 }],
    ["uri_out", remote_string],
  ],
};

/** remote_domain_migrate_perform_args (src/remote/remote_protocol.x:1066) */
interface RemoteDomainMigratePerformArgs {
  dom: RemoteNonnullDomain;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_perform_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_perform_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cookie", { k: "opaque", max: 4194304 }],
    ["uri", remote_nonnull_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
  ],
};

/** remote_domain_migrate_finish_args (src/remote/remote_protocol.x:1075) */
interface RemoteDomainMigrateFinishArgs {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
}
const remote_domain_migrate_finish_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish_args",
  f: [
    ["dname", remote_nonnull_string],
    ["cookie", { k: "opaque", max: 4194304 }],
    ["uri", remote_nonnull_string],
    ["flags", xdr_uhyper],
  ],
};

/** remote_domain_migrate_finish_ret (src/remote/remote_protocol.x:1082) */
interface RemoteDomainMigrateFinishRet {
  ddom: RemoteNonnullDomain;
}
const remote_domain_migrate_finish_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish_ret",
  f: [["ddom", remote_nonnull_domain]],
};

/** remote_domain_migrate_prepare2_args (src/remote/remote_protocol.x:1086) */
interface RemoteDomainMigratePrepare2Args {
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare2_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare2_args",
  f: [
    ["uri_in", remote_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
    ["dom_xml", remote_nonnull_string],
  ],
};

/** remote_domain_migrate_prepare2_ret (src/remote/remote_protocol.x:1094) */
interface RemoteDomainMigratePrepare2Ret {
  cookie: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare2_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare2_ret",
  f: [
    ["cookie", { k: "opaque", max: 4194304 }],
    ["uri_out", remote_string],
  ],
};

/** remote_domain_migrate_finish2_args (src/remote/remote_protocol.x:1099) */
interface RemoteDomainMigrateFinish2Args {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
  retcode: number;
}
const remote_domain_migrate_finish2_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish2_args",
  f: [
    ["dname", remote_nonnull_string],
    ["cookie", { k: "opaque", max: 4194304 }],
    ["uri", remote_nonnull_string],
    ["flags", xdr_uhyper],
    ["retcode", xdr_int],
  ],
};

/** remote_domain_migrate_finish2_ret (src/remote/remote_protocol.x:1107) */
interface RemoteDomainMigrateFinish2Ret {
  ddom: RemoteNonnullDomain;
}
const remote_domain_migrate_finish2_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish2_ret",
  f: [["ddom", remote_nonnull_domain]],
};

/** remote_connect_list_defined_domains_args (src/remote/remote_protocol.x:1111) */
interface RemoteConnectListDefinedDomainsArgs {
  maxnames: number;
}
const remote_connect_list_defined_domains_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_domains_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_defined_domains_ret (src/remote/remote_protocol.x:1115) */
interface RemoteConnectListDefinedDomainsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_domains_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_domains_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_connect_num_of_defined_domains_ret (src/remote/remote_protocol.x:1119) */
interface RemoteConnectNumOfDefinedDomainsRet {
  num: number;
}
const remote_connect_num_of_defined_domains_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_defined_domains_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_create_args (src/remote/remote_protocol.x:1123) */
interface RemoteDomainCreateArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_args: XdrType = {
  k: "struct",
  name: "remote_domain_create_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_create_with_flags_args (src/remote/remote_protocol.x:1127) */
interface RemoteDomainCreateWithFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_create_with_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_create_with_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_create_with_flags_ret (src/remote/remote_protocol.x:1132) */
interface RemoteDomainCreateWithFlagsRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_with_flags_ret: XdrType = {
  k: "struct",
  name: "remote_domain_create_with_flags_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_create_with_files_args (src/remote/remote_protocol.x:1136) */
interface RemoteDomainCreateWithFilesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_create_with_files_args: XdrType = {
  k: "struct",
  name: "remote_domain_create_with_files_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_create_with_files_ret (src/remote/remote_protocol.x:1141) */
interface RemoteDomainCreateWithFilesRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_with_files_ret: XdrType = {
  k: "struct",
  name: "remote_domain_create_with_files_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_define_xml_args (src/remote/remote_protocol.x:1145) */
interface RemoteDomainDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_domain_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_define_xml_args",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_define_xml_ret (src/remote/remote_protocol.x:1149) */
interface RemoteDomainDefineXmlRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_domain_define_xml_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_define_xml_flags_args (src/remote/remote_protocol.x:1153) */
interface RemoteDomainDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_define_xml_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_define_xml_flags_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_define_xml_flags_ret (src/remote/remote_protocol.x:1158) */
interface RemoteDomainDefineXmlFlagsRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_define_xml_flags_ret: XdrType = {
  k: "struct",
  name: "remote_domain_define_xml_flags_ret",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_undefine_args (src/remote/remote_protocol.x:1162) */
interface RemoteDomainUndefineArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_undefine_args: XdrType = {
  k: "struct",
  name: "remote_domain_undefine_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_undefine_flags_args (src/remote/remote_protocol.x:1166) */
interface RemoteDomainUndefineFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_undefine_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_undefine_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_inject_nmi_args (src/remote/remote_protocol.x:1171) */
interface RemoteDomainInjectNmiArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_inject_nmi_args: XdrType = {
  k: "struct",
  name: "remote_domain_inject_nmi_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_send_key_args (src/remote/remote_protocol.x:1176) */
interface RemoteDomainSendKeyArgs {
  dom: RemoteNonnullDomain;
  codeset: number;
  holdtime: number;
  keycodes: number[];
  flags: number;
}
const remote_domain_send_key_args: XdrType = {
  k: "struct",
  name: "remote_domain_send_key_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["codeset", xdr_uint],
    ["holdtime", xdr_uint],
    ["keycodes", { k: "array", of: xdr_uint, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_send_process_signal_args (src/remote/remote_protocol.x:1184) */
interface RemoteDomainSendProcessSignalArgs {
  dom: RemoteNonnullDomain;
  pid_value: number;
  signum: number;
  flags: number;
}
const remote_domain_send_process_signal_args: XdrType = {
  k: "struct",
  name: "remote_domain_send_process_signal_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["pid_value", xdr_hyper],
    ["signum", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_vcpus_args (src/remote/remote_protocol.x:1191) */
interface RemoteDomainSetVcpusArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
}
const remote_domain_set_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_vcpus_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nvcpus", xdr_uint],
  ],
};

/** remote_domain_set_vcpus_flags_args (src/remote/remote_protocol.x:1196) */
interface RemoteDomainSetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
  flags: number;
}
const remote_domain_set_vcpus_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_vcpus_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nvcpus", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_vcpus_flags_args (src/remote/remote_protocol.x:1202) */
interface RemoteDomainGetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_vcpus_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpus_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_vcpus_flags_ret (src/remote/remote_protocol.x:1207) */
interface RemoteDomainGetVcpusFlagsRet {
  num: number;
}
const remote_domain_get_vcpus_flags_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpus_flags_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_pin_vcpu_args (src/remote/remote_protocol.x:1211) */
interface RemoteDomainPinVcpuArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
}
const remote_domain_pin_vcpu_args: XdrType = {
  k: "struct",
  name: "remote_domain_pin_vcpu_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["vcpu", xdr_uint],
    ["cpumap", { k: "opaque", max: 2048 }],
  ],
};

/** remote_domain_pin_vcpu_flags_args (src/remote/remote_protocol.x:1217) */
interface RemoteDomainPinVcpuFlagsArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_vcpu_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_pin_vcpu_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["vcpu", xdr_uint],
    ["cpumap", { k: "opaque", max: 2048 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_vcpu_pin_info_args (src/remote/remote_protocol.x:1224) */
interface RemoteDomainGetVcpuPinInfoArgs {
  dom: RemoteNonnullDomain;
  ncpumaps: number;
  maplen: number;
  flags: number;
}
const remote_domain_get_vcpu_pin_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpu_pin_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["ncpumaps", xdr_int],
    ["maplen", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_vcpu_pin_info_ret (src/remote/remote_protocol.x:1231) */
interface RemoteDomainGetVcpuPinInfoRet {
  cpumaps: Buffer;
  num: number;
}
const remote_domain_get_vcpu_pin_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpu_pin_info_ret",
  f: [
    ["cpumaps", { k: "opaque", max: 8388608 }],
    ["num", xdr_int],
  ],
};

/** remote_domain_pin_emulator_args (src/remote/remote_protocol.x:1236) */
interface RemoteDomainPinEmulatorArgs {
  dom: RemoteNonnullDomain;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_emulator_args: XdrType = {
  k: "struct",
  name: "remote_domain_pin_emulator_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cpumap", { k: "opaque", max: 2048 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_emulator_pin_info_args (src/remote/remote_protocol.x:1242) */
interface RemoteDomainGetEmulatorPinInfoArgs {
  dom: RemoteNonnullDomain;
  maplen: number;
  flags: number;
}
const remote_domain_get_emulator_pin_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_emulator_pin_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["maplen", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_emulator_pin_info_ret (src/remote/remote_protocol.x:1248) */
interface RemoteDomainGetEmulatorPinInfoRet {
  cpumaps: Buffer;
  ret: number;
}
const remote_domain_get_emulator_pin_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_emulator_pin_info_ret",
  f: [
    ["cpumaps", { k: "opaque", max: 8388608 }],
    ["ret", xdr_int],
  ],
};

/** remote_domain_get_vcpus_args (src/remote/remote_protocol.x:1253) */
interface RemoteDomainGetVcpusArgs {
  dom: RemoteNonnullDomain;
  maxinfo: number;
  maplen: number;
}
const remote_domain_get_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpus_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["maxinfo", xdr_int],
    ["maplen", xdr_int],
  ],
};

/** remote_domain_get_vcpus_ret (src/remote/remote_protocol.x:1259) */
interface RemoteDomainGetVcpusRet {
  info: RemoteVcpuInfo[];
  cpumaps: Buffer;
}
const remote_domain_get_vcpus_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_vcpus_ret",
  f: [
    ["info", { k: "array", of: remote_vcpu_info, max: 16384 }],
    ["cpumaps", { k: "opaque", max: 8388608 }],
  ],
};

/** remote_domain_get_max_vcpus_args (src/remote/remote_protocol.x:1264) */
interface RemoteDomainGetMaxVcpusArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_max_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_max_vcpus_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_max_vcpus_ret (src/remote/remote_protocol.x:1268) */
interface RemoteDomainGetMaxVcpusRet {
  num: number;
}
const remote_domain_get_max_vcpus_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_max_vcpus_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_iothread_info (src/remote/remote_protocol.x:1272) */
interface RemoteDomainIothreadInfo {
  iothread_id: number;
  cpumap: Buffer;
}
const remote_domain_iothread_info: XdrType = {
  k: "struct",
  name: "remote_domain_iothread_info",
  f: [
    ["iothread_id", xdr_uint],
    ["cpumap", { k: "opaque", max: 2048 }],
  ],
};

/** remote_domain_get_iothread_info_args (src/remote/remote_protocol.x:1277) */
interface RemoteDomainGetIothreadInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_iothread_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_iothread_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_iothread_info_ret (src/remote/remote_protocol.x:1282) */
interface RemoteDomainGetIothreadInfoRet {
  info: RemoteDomainIothreadInfo[];
  ret: number;
}
const remote_domain_get_iothread_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_iothread_info_ret",
  f: [
    ["info", { k: "array", of: remote_domain_iothread_info, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_domain_pin_iothread_args (src/remote/remote_protocol.x:1287) */
interface RemoteDomainPinIothreadArgs {
  dom: RemoteNonnullDomain;
  iothreads_id: number;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_iothread_args: XdrType = {
  k: "struct",
  name: "remote_domain_pin_iothread_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["iothreads_id", xdr_uint],
    ["cpumap", { k: "opaque", max: 2048 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_add_iothread_args (src/remote/remote_protocol.x:1294) */
interface RemoteDomainAddIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
const remote_domain_add_iothread_args: XdrType = {
  k: "struct",
  name: "remote_domain_add_iothread_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["iothread_id", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_del_iothread_args (src/remote/remote_protocol.x:1300) */
interface RemoteDomainDelIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
const remote_domain_del_iothread_args: XdrType = {
  k: "struct",
  name: "remote_domain_del_iothread_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["iothread_id", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_iothread_params_args (src/remote/remote_protocol.x:1306) */
interface RemoteDomainSetIothreadParamsArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_iothread_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_iothread_params_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["iothread_id", xdr_uint],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_security_label_args (src/remote/remote_protocol.x:1313) */
interface RemoteDomainGetSecurityLabelArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_security_label_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_security_label_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_security_label_ret (src/remote/remote_protocol.x:1317) */
interface RemoteDomainGetSecurityLabelRet {
  label: number[];
  enforcing: number;
}
const remote_domain_get_security_label_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_security_label_ret",
  f: [
    ["label", { k: "array", of: xdr_char, max: 4097 }],
    ["enforcing", xdr_int],
  ],
};

/** remote_domain_get_security_label_list_args (src/remote/remote_protocol.x:1322) */
interface RemoteDomainGetSecurityLabelListArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_security_label_list_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_security_label_list_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_security_label_list_ret (src/remote/remote_protocol.x:1326) */
interface RemoteDomainGetSecurityLabelListRet {
  labels: RemoteDomainGetSecurityLabelRet[];
  ret: number;
}
const remote_domain_get_security_label_list_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_security_label_list_ret",
  f: [
    ["labels", { k: "array", of: remote_domain_get_security_label_ret, max: 64 }],
    ["ret", xdr_int],
  ],
};

/** remote_node_get_security_model_ret (src/remote/remote_protocol.x:1331) */
interface RemoteNodeGetSecurityModelRet {
  model: number[];
  doi: number[];
}
const remote_node_get_security_model_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_security_model_ret",
  f: [
    ["model", { k: "array", of: xdr_char, max: 257 }],
    ["doi", { k: "array", of: xdr_char, max: 257 }],
  ],
};

/** remote_domain_attach_device_args (src/remote/remote_protocol.x:1336) */
interface RemoteDomainAttachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
const remote_domain_attach_device_args: XdrType = {
  k: "struct",
  name: "remote_domain_attach_device_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml", remote_nonnull_string],
  ],
};

/** remote_domain_attach_device_flags_args (src/remote/remote_protocol.x:1341) */
interface RemoteDomainAttachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_attach_device_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_attach_device_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_detach_device_args (src/remote/remote_protocol.x:1347) */
interface RemoteDomainDetachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
const remote_domain_detach_device_args: XdrType = {
  k: "struct",
  name: "remote_domain_detach_device_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml", remote_nonnull_string],
  ],
};

/** remote_domain_detach_device_flags_args (src/remote/remote_protocol.x:1352) */
interface RemoteDomainDetachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_detach_device_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_detach_device_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_update_device_flags_args (src/remote/remote_protocol.x:1358) */
interface RemoteDomainUpdateDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_update_device_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_update_device_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_detach_device_alias_args (src/remote/remote_protocol.x:1364) */
interface RemoteDomainDetachDeviceAliasArgs {
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  flags: number;
}
const remote_domain_detach_device_alias_args: XdrType = {
  k: "struct",
  name: "remote_domain_detach_device_alias_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["alias", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_autostart_args (src/remote/remote_protocol.x:1370) */
interface RemoteDomainGetAutostartArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_autostart_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_autostart_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_autostart_ret (src/remote/remote_protocol.x:1374) */
interface RemoteDomainGetAutostartRet {
  autostart: number;
}
const remote_domain_get_autostart_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_autostart_ret",
  f: [["autostart", xdr_int]],
};

/** remote_domain_set_autostart_args (src/remote/remote_protocol.x:1378) */
interface RemoteDomainSetAutostartArgs {
  dom: RemoteNonnullDomain;
  autostart: number;
}
const remote_domain_set_autostart_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_autostart_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["autostart", xdr_int],
  ],
};

/** remote_domain_set_metadata_args (src/remote/remote_protocol.x:1383) */
interface RemoteDomainSetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  metadata: RemoteString;
  key: RemoteString;
  uri: RemoteString;
  flags: number;
}
const remote_domain_set_metadata_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_metadata_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["type", xdr_int],
    ["metadata", remote_string],
    ["key", remote_string],
    ["uri", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_metadata_args (src/remote/remote_protocol.x:1392) */
interface RemoteDomainGetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  uri: RemoteString;
  flags: number;
}
const remote_domain_get_metadata_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_metadata_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["type", xdr_int],
    ["uri", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_metadata_ret (src/remote/remote_protocol.x:1399) */
interface RemoteDomainGetMetadataRet {
  metadata: RemoteNonnullString;
}
const remote_domain_get_metadata_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_metadata_ret",
  f: [["metadata", remote_nonnull_string]],
};

/** remote_domain_block_job_abort_args (src/remote/remote_protocol.x:1403) */
interface RemoteDomainBlockJobAbortArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_block_job_abort_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_job_abort_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_block_job_info_args (src/remote/remote_protocol.x:1409) */
interface RemoteDomainGetBlockJobInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_get_block_job_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_job_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_block_job_info_ret (src/remote/remote_protocol.x:1415) */
interface RemoteDomainGetBlockJobInfoRet {
  found: number;
  type: number;
  bandwidth: number;
  cur: number;
  end: number;
}
const remote_domain_get_block_job_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_job_info_ret",
  f: [
    ["found", xdr_int],
    ["type", xdr_int],
    ["bandwidth", xdr_uhyper],
    ["cur", xdr_uhyper],
    ["end", xdr_uhyper],
  ],
};

/** remote_domain_block_job_set_speed_args (src/remote/remote_protocol.x:1423) */
interface RemoteDomainBlockJobSetSpeedArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_job_set_speed_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_job_set_speed_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["bandwidth", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_pull_args (src/remote/remote_protocol.x:1430) */
interface RemoteDomainBlockPullArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_pull_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_pull_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["bandwidth", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_rebase_args (src/remote/remote_protocol.x:1436) */
interface RemoteDomainBlockRebaseArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  base: RemoteString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_rebase_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_rebase_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["base", remote_string],
    ["bandwidth", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_copy_args (src/remote/remote_protocol.x:1443) */
interface RemoteDomainBlockCopyArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  destxml: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_block_copy_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_copy_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["destxml", remote_nonnull_string],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_block_commit_args (src/remote/remote_protocol.x:1450) */
interface RemoteDomainBlockCommitArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  base: RemoteString;
  top: RemoteString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_commit_args: XdrType = {
  k: "struct",
  name: "remote_domain_block_commit_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["disk", remote_nonnull_string],
    ["base", remote_string],
    ["top", remote_string],
    ["bandwidth", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_block_io_tune_args (src/remote/remote_protocol.x:1459) */
interface RemoteDomainSetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_block_io_tune_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_block_io_tune_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["disk", remote_nonnull_string],
    ["params", { k: "array", of: remote_typed_param, max: 32 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_block_io_tune_args (src/remote/remote_protocol.x:1466) */
interface RemoteDomainGetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteString;
  nparams: number;
  flags: number;
}
const remote_domain_get_block_io_tune_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_io_tune_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["disk", remote_string],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_block_io_tune_ret (src/remote/remote_protocol.x:1473) */
interface RemoteDomainGetBlockIoTuneRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_block_io_tune_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_block_io_tune_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 32 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_get_cpu_stats_args (src/remote/remote_protocol.x:1478) */
interface RemoteDomainGetCpuStatsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  start_cpu: number;
  ncpus: number;
  flags: number;
}
const remote_domain_get_cpu_stats_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_cpu_stats_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["nparams", xdr_uint],
    ["start_cpu", xdr_int],
    ["ncpus", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_cpu_stats_ret (src/remote/remote_protocol.x:1486) */
interface RemoteDomainGetCpuStatsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_cpu_stats_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_cpu_stats_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 2048 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_get_hostname_args (src/remote/remote_protocol.x:1491) */
interface RemoteDomainGetHostnameArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_hostname_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_hostname_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_hostname_ret (src/remote/remote_protocol.x:1496) */
interface RemoteDomainGetHostnameRet {
  hostname: RemoteNonnullString;
}
const remote_domain_get_hostname_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_hostname_ret",
  f: [["hostname", remote_nonnull_string]],
};

/** remote_connect_num_of_networks_ret (src/remote/remote_protocol.x:1502) */
interface RemoteConnectNumOfNetworksRet {
  num: number;
}
const remote_connect_num_of_networks_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_networks_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_networks_args (src/remote/remote_protocol.x:1506) */
interface RemoteConnectListNetworksArgs {
  maxnames: number;
}
const remote_connect_list_networks_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_networks_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_networks_ret (src/remote/remote_protocol.x:1510) */
interface RemoteConnectListNetworksRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_networks_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_networks_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_connect_num_of_defined_networks_ret (src/remote/remote_protocol.x:1514) */
interface RemoteConnectNumOfDefinedNetworksRet {
  num: number;
}
const remote_connect_num_of_defined_networks_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_defined_networks_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_defined_networks_args (src/remote/remote_protocol.x:1518) */
interface RemoteConnectListDefinedNetworksArgs {
  maxnames: number;
}
const remote_connect_list_defined_networks_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_networks_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_defined_networks_ret (src/remote/remote_protocol.x:1522) */
interface RemoteConnectListDefinedNetworksRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_networks_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_networks_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_network_lookup_by_uuid_args (src/remote/remote_protocol.x:1526) */
interface RemoteNetworkLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_network_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_network_lookup_by_uuid_args",
  f: [["uuid", remote_uuid]],
};

/** remote_network_lookup_by_uuid_ret (src/remote/remote_protocol.x:1530) */
interface RemoteNetworkLookupByUuidRet {
  net: RemoteNonnullNetwork;
}
const remote_network_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_network_lookup_by_uuid_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_lookup_by_name_args (src/remote/remote_protocol.x:1534) */
interface RemoteNetworkLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_network_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_network_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_network_lookup_by_name_ret (src/remote/remote_protocol.x:1538) */
interface RemoteNetworkLookupByNameRet {
  net: RemoteNonnullNetwork;
}
const remote_network_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_network_lookup_by_name_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_create_xml_args (src/remote/remote_protocol.x:1542) */
interface RemoteNetworkCreateXmlArgs {
  xml: RemoteNonnullString;
}
const remote_network_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_network_create_xml_args",
  f: [["xml", remote_nonnull_string]],
};

/** remote_network_create_xml_ret (src/remote/remote_protocol.x:1546) */
interface RemoteNetworkCreateXmlRet {
  net: RemoteNonnullNetwork;
}
const remote_network_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_network_create_xml_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_create_xml_flags_args (src/remote/remote_protocol.x:1550) */
interface RemoteNetworkCreateXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_create_xml_flags_args: XdrType = {
  k: "struct",
  name: "remote_network_create_xml_flags_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_network_create_xml_flags_ret (src/remote/remote_protocol.x:1555) */
interface RemoteNetworkCreateXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
const remote_network_create_xml_flags_ret: XdrType = {
  k: "struct",
  name: "remote_network_create_xml_flags_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_define_xml_args (src/remote/remote_protocol.x:1559) */
interface RemoteNetworkDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_network_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_network_define_xml_args",
  f: [["xml", remote_nonnull_string]],
};

/** remote_network_define_xml_ret (src/remote/remote_protocol.x:1563) */
interface RemoteNetworkDefineXmlRet {
  net: RemoteNonnullNetwork;
}
const remote_network_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_network_define_xml_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_define_xml_flags_args (src/remote/remote_protocol.x:1567) */
interface RemoteNetworkDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_define_xml_flags_args: XdrType = {
  k: "struct",
  name: "remote_network_define_xml_flags_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_network_define_xml_flags_ret (src/remote/remote_protocol.x:1572) */
interface RemoteNetworkDefineXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
const remote_network_define_xml_flags_ret: XdrType = {
  k: "struct",
  name: "remote_network_define_xml_flags_ret",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_undefine_args (src/remote/remote_protocol.x:1576) */
interface RemoteNetworkUndefineArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_undefine_args: XdrType = {
  k: "struct",
  name: "remote_network_undefine_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_update_args (src/remote/remote_protocol.x:1580) */
interface RemoteNetworkUpdateArgs {
  net: RemoteNonnullNetwork;
  command: number;
  section: number;
  parentIndex: number;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_update_args: XdrType = {
  k: "struct",
  name: "remote_network_update_args",
  f: [
    ["net", remote_nonnull_network],
    ["command", xdr_uint],
    ["section", xdr_uint],
    ["parentIndex", xdr_int],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_network_create_args (src/remote/remote_protocol.x:1589) */
interface RemoteNetworkCreateArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_create_args: XdrType = {
  k: "struct",
  name: "remote_network_create_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_destroy_args (src/remote/remote_protocol.x:1593) */
interface RemoteNetworkDestroyArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_destroy_args: XdrType = {
  k: "struct",
  name: "remote_network_destroy_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_get_xml_desc_args (src/remote/remote_protocol.x:1597) */
interface RemoteNetworkGetXmlDescArgs {
  net: RemoteNonnullNetwork;
  flags: number;
}
const remote_network_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_network_get_xml_desc_args",
  f: [
    ["net", remote_nonnull_network],
    ["flags", xdr_uint],
  ],
};

/** remote_network_get_xml_desc_ret (src/remote/remote_protocol.x:1602) */
interface RemoteNetworkGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_network_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_network_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_network_get_bridge_name_args (src/remote/remote_protocol.x:1606) */
interface RemoteNetworkGetBridgeNameArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_get_bridge_name_args: XdrType = {
  k: "struct",
  name: "remote_network_get_bridge_name_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_get_bridge_name_ret (src/remote/remote_protocol.x:1610) */
interface RemoteNetworkGetBridgeNameRet {
  name: RemoteNonnullString;
}
const remote_network_get_bridge_name_ret: XdrType = {
  k: "struct",
  name: "remote_network_get_bridge_name_ret",
  f: [["name", remote_nonnull_string]],
};

/** remote_network_get_autostart_args (src/remote/remote_protocol.x:1614) */
interface RemoteNetworkGetAutostartArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_get_autostart_args: XdrType = {
  k: "struct",
  name: "remote_network_get_autostart_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_get_autostart_ret (src/remote/remote_protocol.x:1618) */
interface RemoteNetworkGetAutostartRet {
  autostart: number;
}
const remote_network_get_autostart_ret: XdrType = {
  k: "struct",
  name: "remote_network_get_autostart_ret",
  f: [["autostart", xdr_int]],
};

/** remote_network_set_autostart_args (src/remote/remote_protocol.x:1622) */
interface RemoteNetworkSetAutostartArgs {
  net: RemoteNonnullNetwork;
  autostart: number;
}
const remote_network_set_autostart_args: XdrType = {
  k: "struct",
  name: "remote_network_set_autostart_args",
  f: [
    ["net", remote_nonnull_network],
    ["autostart", xdr_int],
  ],
};

/** remote_connect_num_of_nwfilters_ret (src/remote/remote_protocol.x:1629) */
interface RemoteConnectNumOfNwfiltersRet {
  num: number;
}
const remote_connect_num_of_nwfilters_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_nwfilters_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_nwfilters_args (src/remote/remote_protocol.x:1633) */
interface RemoteConnectListNwfiltersArgs {
  maxnames: number;
}
const remote_connect_list_nwfilters_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_nwfilters_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_nwfilters_ret (src/remote/remote_protocol.x:1637) */
interface RemoteConnectListNwfiltersRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_nwfilters_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_nwfilters_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_nwfilter_lookup_by_uuid_args (src/remote/remote_protocol.x:1641) */
interface RemoteNwfilterLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_nwfilter_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_lookup_by_uuid_args",
  f: [["uuid", remote_uuid]],
};

/** remote_nwfilter_lookup_by_uuid_ret (src/remote/remote_protocol.x:1645) */
interface RemoteNwfilterLookupByUuidRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_lookup_by_uuid_ret",
  f: [["nwfilter", remote_nonnull_nwfilter]],
};

/** remote_nwfilter_lookup_by_name_args (src/remote/remote_protocol.x:1649) */
interface RemoteNwfilterLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_nwfilter_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_nwfilter_lookup_by_name_ret (src/remote/remote_protocol.x:1653) */
interface RemoteNwfilterLookupByNameRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_lookup_by_name_ret",
  f: [["nwfilter", remote_nonnull_nwfilter]],
};

/** remote_nwfilter_define_xml_args (src/remote/remote_protocol.x:1657) */
interface RemoteNwfilterDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_nwfilter_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_define_xml_args",
  f: [["xml", remote_nonnull_string]],
};

/** remote_nwfilter_define_xml_ret (src/remote/remote_protocol.x:1661) */
interface RemoteNwfilterDefineXmlRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_define_xml_ret",
  f: [["nwfilter", remote_nonnull_nwfilter]],
};

/** remote_nwfilter_define_xml_flags_args (src/remote/remote_protocol.x:1665) */
interface RemoteNwfilterDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_nwfilter_define_xml_flags_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_define_xml_flags_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_nwfilter_define_xml_flags_ret (src/remote/remote_protocol.x:1670) */
interface RemoteNwfilterDefineXmlFlagsRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_define_xml_flags_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_define_xml_flags_ret",
  f: [["nwfilter", remote_nonnull_nwfilter]],
};

/** remote_nwfilter_undefine_args (src/remote/remote_protocol.x:1674) */
interface RemoteNwfilterUndefineArgs {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_undefine_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_undefine_args",
  f: [["nwfilter", remote_nonnull_nwfilter]],
};

/** remote_nwfilter_get_xml_desc_args (src/remote/remote_protocol.x:1678) */
interface RemoteNwfilterGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilter;
  flags: number;
}
const remote_nwfilter_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_get_xml_desc_args",
  f: [
    ["nwfilter", remote_nonnull_nwfilter],
    ["flags", xdr_uint],
  ],
};

/** remote_nwfilter_get_xml_desc_ret (src/remote/remote_protocol.x:1683) */
interface RemoteNwfilterGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_nwfilter_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_connect_num_of_interfaces_ret (src/remote/remote_protocol.x:1690) */
interface RemoteConnectNumOfInterfacesRet {
  num: number;
}
const remote_connect_num_of_interfaces_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_interfaces_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_interfaces_args (src/remote/remote_protocol.x:1694) */
interface RemoteConnectListInterfacesArgs {
  maxnames: number;
}
const remote_connect_list_interfaces_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_interfaces_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_interfaces_ret (src/remote/remote_protocol.x:1698) */
interface RemoteConnectListInterfacesRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_interfaces_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_interfaces_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_connect_num_of_defined_interfaces_ret (src/remote/remote_protocol.x:1702) */
interface RemoteConnectNumOfDefinedInterfacesRet {
  num: number;
}
const remote_connect_num_of_defined_interfaces_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_defined_interfaces_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_defined_interfaces_args (src/remote/remote_protocol.x:1706) */
interface RemoteConnectListDefinedInterfacesArgs {
  maxnames: number;
}
const remote_connect_list_defined_interfaces_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_interfaces_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_defined_interfaces_ret (src/remote/remote_protocol.x:1710) */
interface RemoteConnectListDefinedInterfacesRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_interfaces_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_interfaces_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_interface_lookup_by_name_args (src/remote/remote_protocol.x:1714) */
interface RemoteInterfaceLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_interface_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_interface_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_interface_lookup_by_name_ret (src/remote/remote_protocol.x:1718) */
interface RemoteInterfaceLookupByNameRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_interface_lookup_by_name_ret",
  f: [["iface", remote_nonnull_interface]],
};

/** remote_interface_lookup_by_mac_string_args (src/remote/remote_protocol.x:1722) */
interface RemoteInterfaceLookupByMacStringArgs {
  mac: RemoteNonnullString;
}
const remote_interface_lookup_by_mac_string_args: XdrType = {
  k: "struct",
  name: "remote_interface_lookup_by_mac_string_args",
  f: [["mac", remote_nonnull_string]],
};

/** remote_interface_lookup_by_mac_string_ret (src/remote/remote_protocol.x:1726) */
interface RemoteInterfaceLookupByMacStringRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_lookup_by_mac_string_ret: XdrType = {
  k: "struct",
  name: "remote_interface_lookup_by_mac_string_ret",
  f: [["iface", remote_nonnull_interface]],
};

/** remote_interface_get_xml_desc_args (src/remote/remote_protocol.x:1730) */
interface RemoteInterfaceGetXmlDescArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_interface_get_xml_desc_args",
  f: [
    ["iface", remote_nonnull_interface],
    ["flags", xdr_uint],
  ],
};

/** remote_interface_get_xml_desc_ret (src/remote/remote_protocol.x:1735) */
interface RemoteInterfaceGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_interface_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_interface_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_interface_define_xml_args (src/remote/remote_protocol.x:1739) */
interface RemoteInterfaceDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_interface_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_interface_define_xml_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_interface_define_xml_ret (src/remote/remote_protocol.x:1744) */
interface RemoteInterfaceDefineXmlRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_interface_define_xml_ret",
  f: [["iface", remote_nonnull_interface]],
};

/** remote_interface_undefine_args (src/remote/remote_protocol.x:1748) */
interface RemoteInterfaceUndefineArgs {
  iface: RemoteNonnullInterface;
}
const remote_interface_undefine_args: XdrType = {
  k: "struct",
  name: "remote_interface_undefine_args",
  f: [["iface", remote_nonnull_interface]],
};

/** remote_interface_create_args (src/remote/remote_protocol.x:1752) */
interface RemoteInterfaceCreateArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_create_args: XdrType = {
  k: "struct",
  name: "remote_interface_create_args",
  f: [
    ["iface", remote_nonnull_interface],
    ["flags", xdr_uint],
  ],
};

/** remote_interface_destroy_args (src/remote/remote_protocol.x:1757) */
interface RemoteInterfaceDestroyArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_destroy_args: XdrType = {
  k: "struct",
  name: "remote_interface_destroy_args",
  f: [
    ["iface", remote_nonnull_interface],
    ["flags", xdr_uint],
  ],
};

/** remote_interface_change_begin_args (src/remote/remote_protocol.x:1762) */
interface RemoteInterfaceChangeBeginArgs {
  flags: number;
}
const remote_interface_change_begin_args: XdrType = {
  k: "struct",
  name: "remote_interface_change_begin_args",
  f: [["flags", xdr_uint]],
};

/** remote_interface_change_commit_args (src/remote/remote_protocol.x:1766) */
interface RemoteInterfaceChangeCommitArgs {
  flags: number;
}
const remote_interface_change_commit_args: XdrType = {
  k: "struct",
  name: "remote_interface_change_commit_args",
  f: [["flags", xdr_uint]],
};

/** remote_interface_change_rollback_args (src/remote/remote_protocol.x:1770) */
interface RemoteInterfaceChangeRollbackArgs {
  flags: number;
}
const remote_interface_change_rollback_args: XdrType = {
  k: "struct",
  name: "remote_interface_change_rollback_args",
  f: [["flags", xdr_uint]],
};

/** remote_auth_list_ret (src/remote/remote_protocol.x:1777) */
interface RemoteAuthListRet {
  types: number[];
}
const remote_auth_list_ret: XdrType = {
  k: "struct",
  name: "remote_auth_list_ret",
  f: [["types", { k: "array", of: xdr_int, max: 20 }]],
};

/** remote_auth_sasl_init_ret (src/remote/remote_protocol.x:1781) */
interface RemoteAuthSaslInitRet {
  mechlist: RemoteNonnullString;
}
const remote_auth_sasl_init_ret: XdrType = {
  k: "struct",
  name: "remote_auth_sasl_init_ret",
  f: [["mechlist", remote_nonnull_string]],
};

/** remote_auth_sasl_start_args (src/remote/remote_protocol.x:1785) */
interface RemoteAuthSaslStartArgs {
  mech: RemoteNonnullString;
  nil: number;
  data: number[];
}
const remote_auth_sasl_start_args: XdrType = {
  k: "struct",
  name: "remote_auth_sasl_start_args",
  f: [
    ["mech", remote_nonnull_string],
    ["nil", xdr_int],
    ["data", { k: "array", of: xdr_char, max: 65536 }],
  ],
};

/** remote_auth_sasl_start_ret (src/remote/remote_protocol.x:1791) */
interface RemoteAuthSaslStartRet {
  complete: number;
  nil: number;
  data: number[];
}
const remote_auth_sasl_start_ret: XdrType = {
  k: "struct",
  name: "remote_auth_sasl_start_ret",
  f: [
    ["complete", xdr_int],
    ["nil", xdr_int],
    ["data", { k: "array", of: xdr_char, max: 65536 }],
  ],
};

/** remote_auth_sasl_step_args (src/remote/remote_protocol.x:1797) */
interface RemoteAuthSaslStepArgs {
  nil: number;
  data: number[];
}
const remote_auth_sasl_step_args: XdrType = {
  k: "struct",
  name: "remote_auth_sasl_step_args",
  f: [
    ["nil", xdr_int],
    ["data", { k: "array", of: xdr_char, max: 65536 }],
  ],
};

/** remote_auth_sasl_step_ret (src/remote/remote_protocol.x:1802) */
interface RemoteAuthSaslStepRet {
  complete: number;
  nil: number;
  data: number[];
}
const remote_auth_sasl_step_ret: XdrType = {
  k: "struct",
  name: "remote_auth_sasl_step_ret",
  f: [
    ["complete", xdr_int],
    ["nil", xdr_int],
    ["data", { k: "array", of: xdr_char, max: 65536 }],
  ],
};

/** remote_auth_polkit_ret (src/remote/remote_protocol.x:1808) */
interface RemoteAuthPolkitRet {
  complete: number;
}
const remote_auth_polkit_ret: XdrType = {
  k: "struct",
  name: "remote_auth_polkit_ret",
  f: [["complete", xdr_int]],
};

/** remote_connect_num_of_storage_pools_ret (src/remote/remote_protocol.x:1816) */
interface RemoteConnectNumOfStoragePoolsRet {
  num: number;
}
const remote_connect_num_of_storage_pools_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_storage_pools_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_storage_pools_args (src/remote/remote_protocol.x:1820) */
interface RemoteConnectListStoragePoolsArgs {
  maxnames: number;
}
const remote_connect_list_storage_pools_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_storage_pools_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_storage_pools_ret (src/remote/remote_protocol.x:1824) */
interface RemoteConnectListStoragePoolsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_storage_pools_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_storage_pools_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_connect_num_of_defined_storage_pools_ret (src/remote/remote_protocol.x:1828) */
interface RemoteConnectNumOfDefinedStoragePoolsRet {
  num: number;
}
const remote_connect_num_of_defined_storage_pools_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_defined_storage_pools_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_defined_storage_pools_args (src/remote/remote_protocol.x:1832) */
interface RemoteConnectListDefinedStoragePoolsArgs {
  maxnames: number;
}
const remote_connect_list_defined_storage_pools_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_storage_pools_args",
  f: [["maxnames", xdr_int]],
};

/** remote_connect_list_defined_storage_pools_ret (src/remote/remote_protocol.x:1836) */
interface RemoteConnectListDefinedStoragePoolsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_storage_pools_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_defined_storage_pools_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_connect_find_storage_pool_sources_args (src/remote/remote_protocol.x:1840) */
interface RemoteConnectFindStoragePoolSourcesArgs {
  type: RemoteNonnullString;
  srcSpec: RemoteString;
  flags: number;
}
const remote_connect_find_storage_pool_sources_args: XdrType = {
  k: "struct",
  name: "remote_connect_find_storage_pool_sources_args",
  f: [
    ["type", remote_nonnull_string],
    ["srcSpec", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_find_storage_pool_sources_ret (src/remote/remote_protocol.x:1846) */
interface RemoteConnectFindStoragePoolSourcesRet {
  xml: RemoteNonnullString;
}
const remote_connect_find_storage_pool_sources_ret: XdrType = {
  k: "struct",
  name: "remote_connect_find_storage_pool_sources_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_storage_pool_lookup_by_uuid_args (src/remote/remote_protocol.x:1850) */
interface RemoteStoragePoolLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_storage_pool_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_uuid_args",
  f: [["uuid", remote_uuid]],
};

/** remote_storage_pool_lookup_by_uuid_ret (src/remote/remote_protocol.x:1854) */
interface RemoteStoragePoolLookupByUuidRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_uuid_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_lookup_by_name_args (src/remote/remote_protocol.x:1858) */
interface RemoteStoragePoolLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_storage_pool_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_storage_pool_lookup_by_name_ret (src/remote/remote_protocol.x:1862) */
interface RemoteStoragePoolLookupByNameRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_name_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_lookup_by_volume_args (src/remote/remote_protocol.x:1866) */
interface RemoteStoragePoolLookupByVolumeArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_pool_lookup_by_volume_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_volume_args",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_pool_lookup_by_volume_ret (src/remote/remote_protocol.x:1870) */
interface RemoteStoragePoolLookupByVolumeRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_volume_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_volume_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_lookup_by_target_path_args (src/remote/remote_protocol.x:1874) */
interface RemoteStoragePoolLookupByTargetPathArgs {
  path: RemoteNonnullString;
}
const remote_storage_pool_lookup_by_target_path_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_target_path_args",
  f: [["path", remote_nonnull_string]],
};

/** remote_storage_pool_lookup_by_target_path_ret (src/remote/remote_protocol.x:1878) */
interface RemoteStoragePoolLookupByTargetPathRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_target_path_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_lookup_by_target_path_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_create_xml_args (src/remote/remote_protocol.x:1882) */
interface RemoteStoragePoolCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_pool_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_create_xml_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_create_xml_ret (src/remote/remote_protocol.x:1887) */
interface RemoteStoragePoolCreateXmlRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_create_xml_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_define_xml_args (src/remote/remote_protocol.x:1891) */
interface RemoteStoragePoolDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_pool_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_define_xml_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_define_xml_ret (src/remote/remote_protocol.x:1896) */
interface RemoteStoragePoolDefineXmlRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_define_xml_ret",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_build_args (src/remote/remote_protocol.x:1900) */
interface RemoteStoragePoolBuildArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_build_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_build_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_undefine_args (src/remote/remote_protocol.x:1905) */
interface RemoteStoragePoolUndefineArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_undefine_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_undefine_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_create_args (src/remote/remote_protocol.x:1909) */
interface RemoteStoragePoolCreateArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_create_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_create_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_destroy_args (src/remote/remote_protocol.x:1914) */
interface RemoteStoragePoolDestroyArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_destroy_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_destroy_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_delete_args (src/remote/remote_protocol.x:1918) */
interface RemoteStoragePoolDeleteArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_delete_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_delete_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_refresh_args (src/remote/remote_protocol.x:1923) */
interface RemoteStoragePoolRefreshArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_refresh_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_refresh_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_get_xml_desc_args (src/remote/remote_protocol.x:1928) */
interface RemoteStoragePoolGetXmlDescArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_xml_desc_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_get_xml_desc_ret (src/remote/remote_protocol.x:1933) */
interface RemoteStoragePoolGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_storage_pool_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_storage_pool_get_info_args (src/remote/remote_protocol.x:1937) */
interface RemoteStoragePoolGetInfoArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_get_info_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_info_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_get_info_ret (src/remote/remote_protocol.x:1941) */
interface RemoteStoragePoolGetInfoRet {
  state: number;
  capacity: number;
  allocation: number;
  available: number;
}
const remote_storage_pool_get_info_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_info_ret",
  f: [
    ["state", xdr_uchar],
    ["capacity", xdr_uhyper],
    ["allocation", xdr_uhyper],
    ["available", xdr_uhyper],
  ],
};

/** remote_storage_pool_get_autostart_args (src/remote/remote_protocol.x:1948) */
interface RemoteStoragePoolGetAutostartArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_get_autostart_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_autostart_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_get_autostart_ret (src/remote/remote_protocol.x:1952) */
interface RemoteStoragePoolGetAutostartRet {
  autostart: number;
}
const remote_storage_pool_get_autostart_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_get_autostart_ret",
  f: [["autostart", xdr_int]],
};

/** remote_storage_pool_set_autostart_args (src/remote/remote_protocol.x:1956) */
interface RemoteStoragePoolSetAutostartArgs {
  pool: RemoteNonnullStoragePool;
  autostart: number;
}
const remote_storage_pool_set_autostart_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_set_autostart_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["autostart", xdr_int],
  ],
};

/** remote_storage_pool_num_of_volumes_args (src/remote/remote_protocol.x:1961) */
interface RemoteStoragePoolNumOfVolumesArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_num_of_volumes_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_num_of_volumes_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_num_of_volumes_ret (src/remote/remote_protocol.x:1965) */
interface RemoteStoragePoolNumOfVolumesRet {
  num: number;
}
const remote_storage_pool_num_of_volumes_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_num_of_volumes_ret",
  f: [["num", xdr_int]],
};

/** remote_storage_pool_list_volumes_args (src/remote/remote_protocol.x:1969) */
interface RemoteStoragePoolListVolumesArgs {
  pool: RemoteNonnullStoragePool;
  maxnames: number;
}
const remote_storage_pool_list_volumes_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_list_volumes_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["maxnames", xdr_int],
  ],
};

/** remote_storage_pool_list_volumes_ret (src/remote/remote_protocol.x:1974) */
interface RemoteStoragePoolListVolumesRet {
  names: RemoteNonnullString[];
}
const remote_storage_pool_list_volumes_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_list_volumes_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_storage_vol_lookup_by_name_args (src/remote/remote_protocol.x:1982) */
interface RemoteStorageVolLookupByNameArgs {
  pool: RemoteNonnullStoragePool;
  name: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_name_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["name", remote_nonnull_string],
  ],
};

/** remote_storage_vol_lookup_by_name_ret (src/remote/remote_protocol.x:1987) */
interface RemoteStorageVolLookupByNameRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_name_ret",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_lookup_by_key_args (src/remote/remote_protocol.x:1991) */
interface RemoteStorageVolLookupByKeyArgs {
  key: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_key_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_key_args",
  f: [["key", remote_nonnull_string]],
};

/** remote_storage_vol_lookup_by_key_ret (src/remote/remote_protocol.x:1995) */
interface RemoteStorageVolLookupByKeyRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_key_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_key_ret",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_lookup_by_path_args (src/remote/remote_protocol.x:1999) */
interface RemoteStorageVolLookupByPathArgs {
  path: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_path_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_path_args",
  f: [["path", remote_nonnull_string]],
};

/** remote_storage_vol_lookup_by_path_ret (src/remote/remote_protocol.x:2003) */
interface RemoteStorageVolLookupByPathRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_path_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_lookup_by_path_ret",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_create_xml_args (src/remote/remote_protocol.x:2007) */
interface RemoteStorageVolCreateXmlArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_vol_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_create_xml_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_create_xml_ret (src/remote/remote_protocol.x:2013) */
interface RemoteStorageVolCreateXmlRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_create_xml_ret",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_create_xml_from_args (src/remote/remote_protocol.x:2017) */
interface RemoteStorageVolCreateXmlFromArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  clonevol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_create_xml_from_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_create_xml_from_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["xml", remote_nonnull_string],
    ["clonevol", remote_nonnull_storage_vol],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_create_xml_from_ret (src/remote/remote_protocol.x:2024) */
interface RemoteStorageVolCreateXmlFromRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_create_xml_from_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_create_xml_from_ret",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_delete_args (src/remote/remote_protocol.x:2028) */
interface RemoteStorageVolDeleteArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_delete_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_delete_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_wipe_args (src/remote/remote_protocol.x:2033) */
interface RemoteStorageVolWipeArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_wipe_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_wipe_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_wipe_pattern_args (src/remote/remote_protocol.x:2038) */
interface RemoteStorageVolWipePatternArgs {
  vol: RemoteNonnullStorageVol;
  algorithm: number;
  flags: number;
}
const remote_storage_vol_wipe_pattern_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_wipe_pattern_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["algorithm", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_get_xml_desc_args (src/remote/remote_protocol.x:2044) */
interface RemoteStorageVolGetXmlDescArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_xml_desc_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_get_xml_desc_ret (src/remote/remote_protocol.x:2049) */
interface RemoteStorageVolGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_storage_vol_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_storage_vol_get_info_args (src/remote/remote_protocol.x:2053) */
interface RemoteStorageVolGetInfoArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_get_info_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_info_args",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_get_info_ret (src/remote/remote_protocol.x:2057) */
interface RemoteStorageVolGetInfoRet {
  type: number;
  capacity: number;
  allocation: number;
}
const remote_storage_vol_get_info_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_info_ret",
  f: [
    ["type", xdr_char],
    ["capacity", xdr_uhyper],
    ["allocation", xdr_uhyper],
  ],
};

/** remote_storage_vol_get_info_flags_args (src/remote/remote_protocol.x:2063) */
interface RemoteStorageVolGetInfoFlagsArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_get_info_flags_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_info_flags_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_get_info_flags_ret (src/remote/remote_protocol.x:2068) */
interface RemoteStorageVolGetInfoFlagsRet {
  type: number;
  capacity: number;
  allocation: number;
}
const remote_storage_vol_get_info_flags_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_info_flags_ret",
  f: [
    ["type", xdr_char],
    ["capacity", xdr_uhyper],
    ["allocation", xdr_uhyper],
  ],
};

/** remote_storage_vol_get_path_args (src/remote/remote_protocol.x:2074) */
interface RemoteStorageVolGetPathArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_get_path_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_path_args",
  f: [["vol", remote_nonnull_storage_vol]],
};

/** remote_storage_vol_get_path_ret (src/remote/remote_protocol.x:2078) */
interface RemoteStorageVolGetPathRet {
  name: RemoteNonnullString;
}
const remote_storage_vol_get_path_ret: XdrType = {
  k: "struct",
  name: "remote_storage_vol_get_path_ret",
  f: [["name", remote_nonnull_string]],
};

/** remote_storage_vol_resize_args (src/remote/remote_protocol.x:2082) */
interface RemoteStorageVolResizeArgs {
  vol: RemoteNonnullStorageVol;
  capacity: number;
  flags: number;
}
const remote_storage_vol_resize_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_resize_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["capacity", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_node_num_of_devices_args (src/remote/remote_protocol.x:2090) */
interface RemoteNodeNumOfDevicesArgs {
  cap: RemoteString;
  flags: number;
}
const remote_node_num_of_devices_args: XdrType = {
  k: "struct",
  name: "remote_node_num_of_devices_args",
  f: [
    ["cap", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_num_of_devices_ret (src/remote/remote_protocol.x:2095) */
interface RemoteNodeNumOfDevicesRet {
  num: number;
}
const remote_node_num_of_devices_ret: XdrType = {
  k: "struct",
  name: "remote_node_num_of_devices_ret",
  f: [["num", xdr_int]],
};

/** remote_node_list_devices_args (src/remote/remote_protocol.x:2099) */
interface RemoteNodeListDevicesArgs {
  cap: RemoteString;
  maxnames: number;
  flags: number;
}
const remote_node_list_devices_args: XdrType = {
  k: "struct",
  name: "remote_node_list_devices_args",
  f: [
    ["cap", remote_string],
    ["maxnames", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_list_devices_ret (src/remote/remote_protocol.x:2105) */
interface RemoteNodeListDevicesRet {
  names: RemoteNonnullString[];
}
const remote_node_list_devices_ret: XdrType = {
  k: "struct",
  name: "remote_node_list_devices_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 65536 }]],
};

/** remote_node_device_lookup_by_name_args (src/remote/remote_protocol.x:2109) */
interface RemoteNodeDeviceLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_node_device_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_node_device_lookup_by_name_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_lookup_by_name_ret (src/remote/remote_protocol.x:2113) */
interface RemoteNodeDeviceLookupByNameRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_lookup_by_name_ret",
  f: [["dev", remote_nonnull_node_device]],
};

/** remote_node_device_lookup_scsi_host_by_wwn_args (src/remote/remote_protocol.x:2117) */
interface RemoteNodeDeviceLookupScsiHostByWwnArgs {
  wwnn: RemoteNonnullString;
  wwpn: RemoteNonnullString;
  flags: number;
}
const remote_node_device_lookup_scsi_host_by_wwn_args: XdrType = {
  k: "struct",
  name: "remote_node_device_lookup_scsi_host_by_wwn_args",
  f: [
    ["wwnn", remote_nonnull_string],
    ["wwpn", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_lookup_scsi_host_by_wwn_ret (src/remote/remote_protocol.x:2123) */
interface RemoteNodeDeviceLookupScsiHostByWwnRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_lookup_scsi_host_by_wwn_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_lookup_scsi_host_by_wwn_ret",
  f: [["dev", remote_nonnull_node_device]],
};

/** remote_node_device_get_xml_desc_args (src/remote/remote_protocol.x:2127) */
interface RemoteNodeDeviceGetXmlDescArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_node_device_get_xml_desc_args",
  f: [
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_get_xml_desc_ret (src/remote/remote_protocol.x:2132) */
interface RemoteNodeDeviceGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_node_device_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_node_device_get_parent_args (src/remote/remote_protocol.x:2136) */
interface RemoteNodeDeviceGetParentArgs {
  name: RemoteNonnullString;
}
const remote_node_device_get_parent_args: XdrType = {
  k: "struct",
  name: "remote_node_device_get_parent_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_get_parent_ret (src/remote/remote_protocol.x:2140) */
interface RemoteNodeDeviceGetParentRet {
  parentName: RemoteString;
}
const remote_node_device_get_parent_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_get_parent_ret",
  f: [["parentName", remote_string]],
};

/** remote_node_device_num_of_caps_args (src/remote/remote_protocol.x:2144) */
interface RemoteNodeDeviceNumOfCapsArgs {
  name: RemoteNonnullString;
}
const remote_node_device_num_of_caps_args: XdrType = {
  k: "struct",
  name: "remote_node_device_num_of_caps_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_num_of_caps_ret (src/remote/remote_protocol.x:2148) */
interface RemoteNodeDeviceNumOfCapsRet {
  num: number;
}
const remote_node_device_num_of_caps_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_num_of_caps_ret",
  f: [["num", xdr_int]],
};

/** remote_node_device_list_caps_args (src/remote/remote_protocol.x:2152) */
interface RemoteNodeDeviceListCapsArgs {
  name: RemoteNonnullString;
  maxnames: number;
}
const remote_node_device_list_caps_args: XdrType = {
  k: "struct",
  name: "remote_node_device_list_caps_args",
  f: [
    ["name", remote_nonnull_string],
    ["maxnames", xdr_int],
  ],
};

/** remote_node_device_list_caps_ret (src/remote/remote_protocol.x:2157) */
interface RemoteNodeDeviceListCapsRet {
  names: RemoteNonnullString[];
}
const remote_node_device_list_caps_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_list_caps_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 65536 }]],
};

/** remote_node_device_dettach_args (src/remote/remote_protocol.x:2161) */
interface RemoteNodeDeviceDettachArgs {
  name: RemoteNonnullString;
}
const remote_node_device_dettach_args: XdrType = {
  k: "struct",
  name: "remote_node_device_dettach_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_detach_flags_args (src/remote/remote_protocol.x:2165) */
interface RemoteNodeDeviceDetachFlagsArgs {
  name: RemoteNonnullString;
  driverName: RemoteString;
  flags: number;
}
const remote_node_device_detach_flags_args: XdrType = {
  k: "struct",
  name: "remote_node_device_detach_flags_args",
  f: [
    ["name", remote_nonnull_string],
    ["driverName", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_re_attach_args (src/remote/remote_protocol.x:2171) */
interface RemoteNodeDeviceReAttachArgs {
  name: RemoteNonnullString;
}
const remote_node_device_re_attach_args: XdrType = {
  k: "struct",
  name: "remote_node_device_re_attach_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_reset_args (src/remote/remote_protocol.x:2175) */
interface RemoteNodeDeviceResetArgs {
  name: RemoteNonnullString;
}
const remote_node_device_reset_args: XdrType = {
  k: "struct",
  name: "remote_node_device_reset_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_create_xml_args (src/remote/remote_protocol.x:2179) */
interface RemoteNodeDeviceCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_node_device_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_node_device_create_xml_args",
  f: [
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_create_xml_ret (src/remote/remote_protocol.x:2184) */
interface RemoteNodeDeviceCreateXmlRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_create_xml_ret",
  f: [["dev", remote_nonnull_node_device]],
};

/** remote_node_device_destroy_args (src/remote/remote_protocol.x:2188) */
interface RemoteNodeDeviceDestroyArgs {
  name: RemoteNonnullString;
}
const remote_node_device_destroy_args: XdrType = {
  k: "struct",
  name: "remote_node_device_destroy_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_define_xml_args (src/remote/remote_protocol.x:2192) */
interface RemoteNodeDeviceDefineXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_node_device_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_node_device_define_xml_args",
  f: [
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_define_xml_ret (src/remote/remote_protocol.x:2197) */
interface RemoteNodeDeviceDefineXmlRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_define_xml_ret",
  f: [["dev", remote_nonnull_node_device]],
};

/** remote_node_device_undefine_args (src/remote/remote_protocol.x:2201) */
interface RemoteNodeDeviceUndefineArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_undefine_args: XdrType = {
  k: "struct",
  name: "remote_node_device_undefine_args",
  f: [
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_create_args (src/remote/remote_protocol.x:2206) */
interface RemoteNodeDeviceCreateArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_create_args: XdrType = {
  k: "struct",
  name: "remote_node_device_create_args",
  f: [
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_node_device_get_autostart_args (src/remote/remote_protocol.x:2211) */
interface RemoteNodeDeviceGetAutostartArgs {
  name: RemoteNonnullString;
}
const remote_node_device_get_autostart_args: XdrType = {
  k: "struct",
  name: "remote_node_device_get_autostart_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_get_autostart_ret (src/remote/remote_protocol.x:2215) */
interface RemoteNodeDeviceGetAutostartRet {
  autostart: number;
}
const remote_node_device_get_autostart_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_get_autostart_ret",
  f: [["autostart", xdr_int]],
};

/** remote_node_device_set_autostart_args (src/remote/remote_protocol.x:2219) */
interface RemoteNodeDeviceSetAutostartArgs {
  name: RemoteNonnullString;
  autostart: number;
}
const remote_node_device_set_autostart_args: XdrType = {
  k: "struct",
  name: "remote_node_device_set_autostart_args",
  f: [
    ["name", remote_nonnull_string],
    ["autostart", xdr_int],
  ],
};

/** remote_node_device_is_persistent_args (src/remote/remote_protocol.x:2224) */
interface RemoteNodeDeviceIsPersistentArgs {
  name: RemoteNonnullString;
}
const remote_node_device_is_persistent_args: XdrType = {
  k: "struct",
  name: "remote_node_device_is_persistent_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_is_persistent_ret (src/remote/remote_protocol.x:2228) */
interface RemoteNodeDeviceIsPersistentRet {
  persistent: number;
}
const remote_node_device_is_persistent_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_is_persistent_ret",
  f: [["persistent", xdr_int]],
};

/** remote_node_device_is_active_args (src/remote/remote_protocol.x:2232) */
interface RemoteNodeDeviceIsActiveArgs {
  name: RemoteNonnullString;
}
const remote_node_device_is_active_args: XdrType = {
  k: "struct",
  name: "remote_node_device_is_active_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_node_device_is_active_ret (src/remote/remote_protocol.x:2236) */
interface RemoteNodeDeviceIsActiveRet {
  active: number;
}
const remote_node_device_is_active_ret: XdrType = {
  k: "struct",
  name: "remote_node_device_is_active_ret",
  f: [["active", xdr_int]],
};

/** remote_connect_domain_event_register_ret (src/remote/remote_protocol.x:2247) */
interface RemoteConnectDomainEventRegisterRet {
  cb_registered: number;
}
const remote_connect_domain_event_register_ret: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_register_ret",
  f: [["cb_registered", xdr_int]],
};

/** remote_connect_domain_event_deregister_ret (src/remote/remote_protocol.x:2251) */
interface RemoteConnectDomainEventDeregisterRet {
  cb_registered: number;
}
const remote_connect_domain_event_deregister_ret: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_deregister_ret",
  f: [["cb_registered", xdr_int]],
};

/** remote_domain_event_lifecycle_msg (src/remote/remote_protocol.x:2255) */
interface RemoteDomainEventLifecycleMsg {
  dom: RemoteNonnullDomain;
  event: number;
  detail: number;
}
const remote_domain_event_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_lifecycle_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["event", xdr_int],
    ["detail", xdr_int],
  ],
};

/** remote_domain_event_callback_lifecycle_msg (src/remote/remote_protocol.x:2260) */
interface RemoteDomainEventCallbackLifecycleMsg {
  callbackID: number;
  msg: RemoteDomainEventLifecycleMsg;
}
const remote_domain_event_callback_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_lifecycle_msg],
  ],
};

/** remote_connect_domain_xml_from_native_args (src/remote/remote_protocol.x:2266) */
interface RemoteConnectDomainXmlFromNativeArgs {
  nativeFormat: RemoteNonnullString;
  nativeConfig: RemoteNonnullString;
  flags: number;
}
const remote_connect_domain_xml_from_native_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_xml_from_native_args",
  f: [
    ["nativeFormat", remote_nonnull_string],
    ["nativeConfig", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_domain_xml_from_native_ret (src/remote/remote_protocol.x:2272) */
interface RemoteConnectDomainXmlFromNativeRet {
  domainXml: RemoteNonnullString;
}
const remote_connect_domain_xml_from_native_ret: XdrType = {
  k: "struct",
  name: "remote_connect_domain_xml_from_native_ret",
  f: [["domainXml", remote_nonnull_string]],
};

/** remote_connect_domain_xml_to_native_args (src/remote/remote_protocol.x:2277) */
interface RemoteConnectDomainXmlToNativeArgs {
  nativeFormat: RemoteNonnullString;
  domainXml: RemoteNonnullString;
  flags: number;
}
const remote_connect_domain_xml_to_native_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_xml_to_native_args",
  f: [
    ["nativeFormat", remote_nonnull_string],
    ["domainXml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_domain_xml_to_native_ret (src/remote/remote_protocol.x:2283) */
interface RemoteConnectDomainXmlToNativeRet {
  nativeConfig: RemoteNonnullString;
}
const remote_connect_domain_xml_to_native_ret: XdrType = {
  k: "struct",
  name: "remote_connect_domain_xml_to_native_ret",
  f: [["nativeConfig", remote_nonnull_string]],
};

/** remote_connect_num_of_secrets_ret (src/remote/remote_protocol.x:2288) */
interface RemoteConnectNumOfSecretsRet {
  num: number;
}
const remote_connect_num_of_secrets_ret: XdrType = {
  k: "struct",
  name: "remote_connect_num_of_secrets_ret",
  f: [["num", xdr_int]],
};

/** remote_connect_list_secrets_args (src/remote/remote_protocol.x:2292) */
interface RemoteConnectListSecretsArgs {
  maxuuids: number;
}
const remote_connect_list_secrets_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_secrets_args",
  f: [["maxuuids", xdr_int]],
};

/** remote_connect_list_secrets_ret (src/remote/remote_protocol.x:2296) */
interface RemoteConnectListSecretsRet {
  uuids: RemoteNonnullString[];
}
const remote_connect_list_secrets_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_secrets_ret",
  f: [["uuids", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_secret_lookup_by_uuid_args (src/remote/remote_protocol.x:2300) */
interface RemoteSecretLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_secret_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_secret_lookup_by_uuid_args",
  f: [["uuid", remote_uuid]],
};

/** remote_secret_lookup_by_uuid_ret (src/remote/remote_protocol.x:2304) */
interface RemoteSecretLookupByUuidRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_secret_lookup_by_uuid_ret",
  f: [["secret", remote_nonnull_secret]],
};

/** remote_secret_define_xml_args (src/remote/remote_protocol.x:2308) */
interface RemoteSecretDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_secret_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_secret_define_xml_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_secret_define_xml_ret (src/remote/remote_protocol.x:2313) */
interface RemoteSecretDefineXmlRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_define_xml_ret: XdrType = {
  k: "struct",
  name: "remote_secret_define_xml_ret",
  f: [["secret", remote_nonnull_secret]],
};

/** remote_secret_get_xml_desc_args (src/remote/remote_protocol.x:2317) */
interface RemoteSecretGetXmlDescArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
const remote_secret_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_secret_get_xml_desc_args",
  f: [
    ["secret", remote_nonnull_secret],
    ["flags", xdr_uint],
  ],
};

/** remote_secret_get_xml_desc_ret (src/remote/remote_protocol.x:2322) */
interface RemoteSecretGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_secret_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_secret_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_secret_set_value_args (src/remote/remote_protocol.x:2326) */
interface RemoteSecretSetValueArgs {
  secret: RemoteNonnullSecret;
  value: Buffer;
  flags: number;
}
const remote_secret_set_value_args: XdrType = {
  k: "struct",
  name: "remote_secret_set_value_args",
  f: [
    ["secret", remote_nonnull_secret],
    ["value", { k: "opaque", max: 65536 }],
    ["flags", xdr_uint],
  ],
};

/** remote_secret_get_value_args (src/remote/remote_protocol.x:2332) */
interface RemoteSecretGetValueArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
const remote_secret_get_value_args: XdrType = {
  k: "struct",
  name: "remote_secret_get_value_args",
  f: [
    ["secret", remote_nonnull_secret],
    ["flags", xdr_uint],
  ],
};

/** remote_secret_get_value_ret (src/remote/remote_protocol.x:2337) */
interface RemoteSecretGetValueRet {
  value: Buffer;
}
const remote_secret_get_value_ret: XdrType = {
  k: "struct",
  name: "remote_secret_get_value_ret",
  f: [["value", { k: "opaque", max: 65536 }]],
};

/** remote_secret_undefine_args (src/remote/remote_protocol.x:2341) */
interface RemoteSecretUndefineArgs {
  secret: RemoteNonnullSecret;
}
const remote_secret_undefine_args: XdrType = {
  k: "struct",
  name: "remote_secret_undefine_args",
  f: [["secret", remote_nonnull_secret]],
};

/** remote_secret_lookup_by_usage_args (src/remote/remote_protocol.x:2345) */
interface RemoteSecretLookupByUsageArgs {
  usageType: number;
  usageID: RemoteNonnullString;
}
const remote_secret_lookup_by_usage_args: XdrType = {
  k: "struct",
  name: "remote_secret_lookup_by_usage_args",
  f: [
    ["usageType", xdr_int],
    ["usageID", remote_nonnull_string],
  ],
};

/** remote_secret_lookup_by_usage_ret (src/remote/remote_protocol.x:2350) */
interface RemoteSecretLookupByUsageRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_lookup_by_usage_ret: XdrType = {
  k: "struct",
  name: "remote_secret_lookup_by_usage_ret",
  f: [["secret", remote_nonnull_secret]],
};

/** remote_domain_migrate_prepare_tunnel_args (src/remote/remote_protocol.x:2354) */
interface RemoteDomainMigratePrepareTunnelArgs {
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare_tunnel_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_tunnel_args",
  f: [
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
    ["dom_xml", remote_nonnull_string],
  ],
};

/** remote_connect_is_secure_ret (src/remote/remote_protocol.x:2362) */
interface RemoteConnectIsSecureRet {
  secure: number;
}
const remote_connect_is_secure_ret: XdrType = {
  k: "struct",
  name: "remote_connect_is_secure_ret",
  f: [["secure", xdr_int]],
};

/** remote_domain_is_active_args (src/remote/remote_protocol.x:2367) */
interface RemoteDomainIsActiveArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_active_args: XdrType = {
  k: "struct",
  name: "remote_domain_is_active_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_is_active_ret (src/remote/remote_protocol.x:2371) */
interface RemoteDomainIsActiveRet {
  active: number;
}
const remote_domain_is_active_ret: XdrType = {
  k: "struct",
  name: "remote_domain_is_active_ret",
  f: [["active", xdr_int]],
};

/** remote_domain_is_persistent_args (src/remote/remote_protocol.x:2376) */
interface RemoteDomainIsPersistentArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_persistent_args: XdrType = {
  k: "struct",
  name: "remote_domain_is_persistent_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_is_persistent_ret (src/remote/remote_protocol.x:2380) */
interface RemoteDomainIsPersistentRet {
  persistent: number;
}
const remote_domain_is_persistent_ret: XdrType = {
  k: "struct",
  name: "remote_domain_is_persistent_ret",
  f: [["persistent", xdr_int]],
};

/** remote_domain_is_updated_args (src/remote/remote_protocol.x:2384) */
interface RemoteDomainIsUpdatedArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_updated_args: XdrType = {
  k: "struct",
  name: "remote_domain_is_updated_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_is_updated_ret (src/remote/remote_protocol.x:2388) */
interface RemoteDomainIsUpdatedRet {
  updated: number;
}
const remote_domain_is_updated_ret: XdrType = {
  k: "struct",
  name: "remote_domain_is_updated_ret",
  f: [["updated", xdr_int]],
};

/** remote_network_is_active_args (src/remote/remote_protocol.x:2392) */
interface RemoteNetworkIsActiveArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_is_active_args: XdrType = {
  k: "struct",
  name: "remote_network_is_active_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_is_active_ret (src/remote/remote_protocol.x:2396) */
interface RemoteNetworkIsActiveRet {
  active: number;
}
const remote_network_is_active_ret: XdrType = {
  k: "struct",
  name: "remote_network_is_active_ret",
  f: [["active", xdr_int]],
};

/** remote_network_is_persistent_args (src/remote/remote_protocol.x:2400) */
interface RemoteNetworkIsPersistentArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_is_persistent_args: XdrType = {
  k: "struct",
  name: "remote_network_is_persistent_args",
  f: [["net", remote_nonnull_network]],
};

/** remote_network_is_persistent_ret (src/remote/remote_protocol.x:2404) */
interface RemoteNetworkIsPersistentRet {
  persistent: number;
}
const remote_network_is_persistent_ret: XdrType = {
  k: "struct",
  name: "remote_network_is_persistent_ret",
  f: [["persistent", xdr_int]],
};

/** remote_storage_pool_is_active_args (src/remote/remote_protocol.x:2409) */
interface RemoteStoragePoolIsActiveArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_is_active_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_is_active_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_is_active_ret (src/remote/remote_protocol.x:2413) */
interface RemoteStoragePoolIsActiveRet {
  active: number;
}
const remote_storage_pool_is_active_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_is_active_ret",
  f: [["active", xdr_int]],
};

/** remote_storage_pool_is_persistent_args (src/remote/remote_protocol.x:2417) */
interface RemoteStoragePoolIsPersistentArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_is_persistent_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_is_persistent_args",
  f: [["pool", remote_nonnull_storage_pool]],
};

/** remote_storage_pool_is_persistent_ret (src/remote/remote_protocol.x:2421) */
interface RemoteStoragePoolIsPersistentRet {
  persistent: number;
}
const remote_storage_pool_is_persistent_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_is_persistent_ret",
  f: [["persistent", xdr_int]],
};

/** remote_interface_is_active_args (src/remote/remote_protocol.x:2426) */
interface RemoteInterfaceIsActiveArgs {
  iface: RemoteNonnullInterface;
}
const remote_interface_is_active_args: XdrType = {
  k: "struct",
  name: "remote_interface_is_active_args",
  f: [["iface", remote_nonnull_interface]],
};

/** remote_interface_is_active_ret (src/remote/remote_protocol.x:2430) */
interface RemoteInterfaceIsActiveRet {
  active: number;
}
const remote_interface_is_active_ret: XdrType = {
  k: "struct",
  name: "remote_interface_is_active_ret",
  f: [["active", xdr_int]],
};

/** remote_connect_compare_cpu_args (src/remote/remote_protocol.x:2435) */
interface RemoteConnectCompareCpuArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_connect_compare_cpu_args: XdrType = {
  k: "struct",
  name: "remote_connect_compare_cpu_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_compare_cpu_ret (src/remote/remote_protocol.x:2440) */
interface RemoteConnectCompareCpuRet {
  result: number;
}
const remote_connect_compare_cpu_ret: XdrType = {
  k: "struct",
  name: "remote_connect_compare_cpu_ret",
  f: [["result", xdr_int]],
};

/** remote_connect_baseline_cpu_args (src/remote/remote_protocol.x:2445) */
interface RemoteConnectBaselineCpuArgs {
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
const remote_connect_baseline_cpu_args: XdrType = {
  k: "struct",
  name: "remote_connect_baseline_cpu_args",
  f: [
    ["xmlCPUs", { k: "array", of: remote_nonnull_string, max: 256 }],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_baseline_cpu_ret (src/remote/remote_protocol.x:2450) */
interface RemoteConnectBaselineCpuRet {
  cpu: RemoteNonnullString;
}
const remote_connect_baseline_cpu_ret: XdrType = {
  k: "struct",
  name: "remote_connect_baseline_cpu_ret",
  f: [["cpu", remote_nonnull_string]],
};

/** remote_domain_get_job_info_args (src/remote/remote_protocol.x:2455) */
interface RemoteDomainGetJobInfoArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_job_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_job_info_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_get_job_info_ret (src/remote/remote_protocol.x:2459) */
interface RemoteDomainGetJobInfoRet {
  type: number;
  timeElapsed: number;
  timeRemaining: number;
  dataTotal: number;
  dataProcessed: number;
  dataRemaining: number;
  memTotal: number;
  memProcessed: number;
  memRemaining: number;
  fileTotal: number;
  fileProcessed: number;
  fileRemaining: number;
}
const remote_domain_get_job_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_job_info_ret",
  f: [
    ["type", xdr_int],
    ["timeElapsed", xdr_uhyper],
    ["timeRemaining", xdr_uhyper],
    ["dataTotal", xdr_uhyper],
    ["dataProcessed", xdr_uhyper],
    ["dataRemaining", xdr_uhyper],
    ["memTotal", xdr_uhyper],
    ["memProcessed", xdr_uhyper],
    ["memRemaining", xdr_uhyper],
    ["fileTotal", xdr_uhyper],
    ["fileProcessed", xdr_uhyper],
    ["fileRemaining", xdr_uhyper],
  ],
};

/** remote_domain_get_job_stats_args (src/remote/remote_protocol.x:2479) */
interface RemoteDomainGetJobStatsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_job_stats_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_job_stats_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_job_stats_ret (src/remote/remote_protocol.x:2484) */
interface RemoteDomainGetJobStatsRet {
  type: number;
  params: RemoteTypedParam[];
}
const remote_domain_get_job_stats_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_job_stats_ret",
  f: [
    ["type", xdr_int],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
  ],
};

/** remote_domain_abort_job_args (src/remote/remote_protocol.x:2490) */
interface RemoteDomainAbortJobArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_abort_job_args: XdrType = {
  k: "struct",
  name: "remote_domain_abort_job_args",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_abort_job_flags_args (src/remote/remote_protocol.x:2495) */
interface RemoteDomainAbortJobFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_abort_job_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_abort_job_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_max_downtime_args (src/remote/remote_protocol.x:2501) */
interface RemoteDomainMigrateGetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_max_downtime_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_max_downtime_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_max_downtime_ret (src/remote/remote_protocol.x:2506) */
interface RemoteDomainMigrateGetMaxDowntimeRet {
  downtime: number;
}
const remote_domain_migrate_get_max_downtime_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_max_downtime_ret",
  f: [["downtime", xdr_uhyper]],
};

/** remote_domain_migrate_set_max_downtime_args (src/remote/remote_protocol.x:2510) */
interface RemoteDomainMigrateSetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  downtime: number;
  flags: number;
}
const remote_domain_migrate_set_max_downtime_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_set_max_downtime_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["downtime", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_compression_cache_args (src/remote/remote_protocol.x:2516) */
interface RemoteDomainMigrateGetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_compression_cache_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_compression_cache_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_compression_cache_ret (src/remote/remote_protocol.x:2521) */
interface RemoteDomainMigrateGetCompressionCacheRet {
  cacheSize: number;
}
const remote_domain_migrate_get_compression_cache_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_compression_cache_ret",
  f: [["cacheSize", xdr_uhyper]],
};

/** remote_domain_migrate_set_compression_cache_args (src/remote/remote_protocol.x:2525) */
interface RemoteDomainMigrateSetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  cacheSize: number;
  flags: number;
}
const remote_domain_migrate_set_compression_cache_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_set_compression_cache_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cacheSize", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_set_max_speed_args (src/remote/remote_protocol.x:2531) */
interface RemoteDomainMigrateSetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  bandwidth: number;
  flags: number;
}
const remote_domain_migrate_set_max_speed_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_set_max_speed_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["bandwidth", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_max_speed_args (src/remote/remote_protocol.x:2537) */
interface RemoteDomainMigrateGetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_max_speed_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_max_speed_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_get_max_speed_ret (src/remote/remote_protocol.x:2542) */
interface RemoteDomainMigrateGetMaxSpeedRet {
  bandwidth: number;
}
const remote_domain_migrate_get_max_speed_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_get_max_speed_ret",
  f: [["bandwidth", xdr_uhyper]],
};

/** remote_connect_domain_event_register_any_args (src/remote/remote_protocol.x:2547) */
interface RemoteConnectDomainEventRegisterAnyArgs {
  eventID: number;
}
const remote_connect_domain_event_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_register_any_args",
  f: [["eventID", xdr_int]],
};

/** remote_connect_domain_event_deregister_any_args (src/remote/remote_protocol.x:2551) */
interface RemoteConnectDomainEventDeregisterAnyArgs {
  eventID: number;
}
const remote_connect_domain_event_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_deregister_any_args",
  f: [["eventID", xdr_int]],
};

/** remote_connect_domain_event_callback_register_any_args (src/remote/remote_protocol.x:2555) */
interface RemoteConnectDomainEventCallbackRegisterAnyArgs {
  eventID: number;
  dom: RemoteDomain;
}
const remote_connect_domain_event_callback_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_callback_register_any_args",
  f: [
    ["eventID", xdr_int],
    ["dom", remote_domain],
  ],
};

/** remote_connect_domain_event_callback_register_any_ret (src/remote/remote_protocol.x:2560) */
interface RemoteConnectDomainEventCallbackRegisterAnyRet {
  callbackID: number;
}
const remote_connect_domain_event_callback_register_any_ret: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_callback_register_any_ret",
  f: [["callbackID", xdr_int]],
};

/** remote_connect_domain_event_callback_deregister_any_args (src/remote/remote_protocol.x:2564) */
interface RemoteConnectDomainEventCallbackDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_domain_event_callback_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_domain_event_callback_deregister_any_args",
  f: [["callbackID", xdr_int]],
};

/** remote_domain_event_reboot_msg (src/remote/remote_protocol.x:2568) */
interface RemoteDomainEventRebootMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_reboot_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_reboot_msg",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_event_callback_reboot_msg (src/remote/remote_protocol.x:2571) */
interface RemoteDomainEventCallbackRebootMsg {
  callbackID: number;
  msg: RemoteDomainEventRebootMsg;
}
const remote_domain_event_callback_reboot_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_reboot_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_reboot_msg],
  ],
};

/** remote_domain_event_rtc_change_msg (src/remote/remote_protocol.x:2576) */
interface RemoteDomainEventRtcChangeMsg {
  dom: RemoteNonnullDomain;
  offset: number;
}
const remote_domain_event_rtc_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_rtc_change_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["offset", xdr_hyper],
  ],
};

/** remote_domain_event_callback_rtc_change_msg (src/remote/remote_protocol.x:2580) */
interface RemoteDomainEventCallbackRtcChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventRtcChangeMsg;
}
const remote_domain_event_callback_rtc_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_rtc_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_rtc_change_msg],
  ],
};

/** remote_domain_event_watchdog_msg (src/remote/remote_protocol.x:2585) */
interface RemoteDomainEventWatchdogMsg {
  dom: RemoteNonnullDomain;
  action: number;
}
const remote_domain_event_watchdog_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_watchdog_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["action", xdr_int],
  ],
};

/** remote_domain_event_callback_watchdog_msg (src/remote/remote_protocol.x:2589) */
interface RemoteDomainEventCallbackWatchdogMsg {
  callbackID: number;
  msg: RemoteDomainEventWatchdogMsg;
}
const remote_domain_event_callback_watchdog_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_watchdog_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_watchdog_msg],
  ],
};

/** remote_domain_event_io_error_msg (src/remote/remote_protocol.x:2594) */
interface RemoteDomainEventIoErrorMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
}
const remote_domain_event_io_error_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_io_error_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["srcPath", remote_nonnull_string],
    ["devAlias", remote_nonnull_string],
    ["action", xdr_int],
  ],
};

/** remote_domain_event_callback_io_error_msg (src/remote/remote_protocol.x:2600) */
interface RemoteDomainEventCallbackIoErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorMsg;
}
const remote_domain_event_callback_io_error_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_io_error_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_io_error_msg],
  ],
};

/** remote_domain_event_io_error_reason_msg (src/remote/remote_protocol.x:2605) */
interface RemoteDomainEventIoErrorReasonMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
  reason: RemoteNonnullString;
}
const remote_domain_event_io_error_reason_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_io_error_reason_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["srcPath", remote_nonnull_string],
    ["devAlias", remote_nonnull_string],
    ["action", xdr_int],
    ["reason", remote_nonnull_string],
  ],
};

/** remote_domain_event_callback_io_error_reason_msg (src/remote/remote_protocol.x:2612) */
interface RemoteDomainEventCallbackIoErrorReasonMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorReasonMsg;
}
const remote_domain_event_callback_io_error_reason_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_io_error_reason_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_io_error_reason_msg],
  ],
};

/** remote_domain_event_graphics_address (src/remote/remote_protocol.x:2617) */
interface RemoteDomainEventGraphicsAddress {
  family: number;
  node: RemoteNonnullString;
  service: RemoteNonnullString;
}
const remote_domain_event_graphics_address: XdrType = {
  k: "struct",
  name: "remote_domain_event_graphics_address",
  f: [
    ["family", xdr_int],
    ["node", remote_nonnull_string],
    ["service", remote_nonnull_string],
  ],
};

/** remote_domain_event_graphics_identity (src/remote/remote_protocol.x:2625) */
interface RemoteDomainEventGraphicsIdentity {
  type: RemoteNonnullString;
  name: RemoteNonnullString;
}
const remote_domain_event_graphics_identity: XdrType = {
  k: "struct",
  name: "remote_domain_event_graphics_identity",
  f: [
    ["type", remote_nonnull_string],
    ["name", remote_nonnull_string],
  ],
};

/** remote_domain_event_graphics_msg (src/remote/remote_protocol.x:2630) */
interface RemoteDomainEventGraphicsMsg {
  dom: RemoteNonnullDomain;
  phase: number;
  local: RemoteDomainEventGraphicsAddress;
  remote: RemoteDomainEventGraphicsAddress;
  authScheme: RemoteNonnullString;
  subject: RemoteDomainEventGraphicsIdentity[];
}
const remote_domain_event_graphics_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_graphics_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["phase", xdr_int],
    ["local", remote_domain_event_graphics_address],
    ["remote", remote_domain_event_graphics_address],
    ["authScheme", remote_nonnull_string],
    ["subject", { k: "array", of: remote_domain_event_graphics_identity, max: 20 }],
  ],
};

/** remote_domain_event_callback_graphics_msg (src/remote/remote_protocol.x:2638) */
interface RemoteDomainEventCallbackGraphicsMsg {
  callbackID: number;
  msg: RemoteDomainEventGraphicsMsg;
}
const remote_domain_event_callback_graphics_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_graphics_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_graphics_msg],
  ],
};

/** remote_domain_event_block_job_msg (src/remote/remote_protocol.x:2643) */
interface RemoteDomainEventBlockJobMsg {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  type: number;
  status: number;
}
const remote_domain_event_block_job_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_block_job_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["path", remote_nonnull_string],
    ["type", xdr_int],
    ["status", xdr_int],
  ],
};

/** remote_domain_event_callback_block_job_msg (src/remote/remote_protocol.x:2649) */
interface RemoteDomainEventCallbackBlockJobMsg {
  callbackID: number;
  msg: RemoteDomainEventBlockJobMsg;
}
const remote_domain_event_callback_block_job_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_block_job_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_block_job_msg],
  ],
};

/** remote_domain_event_disk_change_msg (src/remote/remote_protocol.x:2654) */
interface RemoteDomainEventDiskChangeMsg {
  dom: RemoteNonnullDomain;
  oldSrcPath: RemoteString;
  newSrcPath: RemoteString;
  devAlias: RemoteNonnullString;
  reason: number;
}
const remote_domain_event_disk_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_disk_change_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["oldSrcPath", remote_string],
    ["newSrcPath", remote_string],
    ["devAlias", remote_nonnull_string],
    ["reason", xdr_int],
  ],
};

/** remote_domain_event_callback_disk_change_msg (src/remote/remote_protocol.x:2661) */
interface RemoteDomainEventCallbackDiskChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventDiskChangeMsg;
}
const remote_domain_event_callback_disk_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_disk_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_disk_change_msg],
  ],
};

/** remote_domain_event_tray_change_msg (src/remote/remote_protocol.x:2666) */
interface RemoteDomainEventTrayChangeMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
  reason: number;
}
const remote_domain_event_tray_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_tray_change_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["devAlias", remote_nonnull_string],
    ["reason", xdr_int],
  ],
};

/** remote_domain_event_callback_tray_change_msg (src/remote/remote_protocol.x:2671) */
interface RemoteDomainEventCallbackTrayChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventTrayChangeMsg;
}
const remote_domain_event_callback_tray_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_tray_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_tray_change_msg],
  ],
};

/** remote_domain_event_pmwakeup_msg (src/remote/remote_protocol.x:2676) */
interface RemoteDomainEventPmwakeupMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmwakeup_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_pmwakeup_msg",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_event_callback_pmwakeup_msg (src/remote/remote_protocol.x:2679) */
interface RemoteDomainEventCallbackPmwakeupMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmwakeupMsg;
}
const remote_domain_event_callback_pmwakeup_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_pmwakeup_msg",
  f: [
    ["callbackID", xdr_int],
    ["reason", xdr_int],
    ["msg", remote_domain_event_pmwakeup_msg],
  ],
};

/** remote_domain_event_pmsuspend_msg (src/remote/remote_protocol.x:2685) */
interface RemoteDomainEventPmsuspendMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmsuspend_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_pmsuspend_msg",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_event_callback_pmsuspend_msg (src/remote/remote_protocol.x:2688) */
interface RemoteDomainEventCallbackPmsuspendMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendMsg;
}
const remote_domain_event_callback_pmsuspend_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_pmsuspend_msg",
  f: [
    ["callbackID", xdr_int],
    ["reason", xdr_int],
    ["msg", remote_domain_event_pmsuspend_msg],
  ],
};

/** remote_domain_event_balloon_change_msg (src/remote/remote_protocol.x:2694) */
interface RemoteDomainEventBalloonChangeMsg {
  dom: RemoteNonnullDomain;
  actual: number;
}
const remote_domain_event_balloon_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_balloon_change_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["actual", xdr_uhyper],
  ],
};

/** remote_domain_event_callback_balloon_change_msg (src/remote/remote_protocol.x:2698) */
interface RemoteDomainEventCallbackBalloonChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventBalloonChangeMsg;
}
const remote_domain_event_callback_balloon_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_balloon_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_balloon_change_msg],
  ],
};

/** remote_domain_event_pmsuspend_disk_msg (src/remote/remote_protocol.x:2703) */
interface RemoteDomainEventPmsuspendDiskMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmsuspend_disk_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_pmsuspend_disk_msg",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_event_callback_pmsuspend_disk_msg (src/remote/remote_protocol.x:2706) */
interface RemoteDomainEventCallbackPmsuspendDiskMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendDiskMsg;
}
const remote_domain_event_callback_pmsuspend_disk_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_pmsuspend_disk_msg",
  f: [
    ["callbackID", xdr_int],
    ["reason", xdr_int],
    ["msg", remote_domain_event_pmsuspend_disk_msg],
  ],
};

/** remote_domain_managed_save_args (src/remote/remote_protocol.x:2712) */
interface RemoteDomainManagedSaveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_args: XdrType = {
  k: "struct",
  name: "remote_domain_managed_save_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_has_managed_save_image_args (src/remote/remote_protocol.x:2717) */
interface RemoteDomainHasManagedSaveImageArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_has_managed_save_image_args: XdrType = {
  k: "struct",
  name: "remote_domain_has_managed_save_image_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_has_managed_save_image_ret (src/remote/remote_protocol.x:2722) */
interface RemoteDomainHasManagedSaveImageRet {
  result: number;
}
const remote_domain_has_managed_save_image_ret: XdrType = {
  k: "struct",
  name: "remote_domain_has_managed_save_image_ret",
  f: [["result", xdr_int]],
};

/** remote_domain_managed_save_remove_args (src/remote/remote_protocol.x:2726) */
interface RemoteDomainManagedSaveRemoveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_remove_args: XdrType = {
  k: "struct",
  name: "remote_domain_managed_save_remove_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_managed_save_get_xml_desc_args (src/remote/remote_protocol.x:2731) */
interface RemoteDomainManagedSaveGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_managed_save_get_xml_desc_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_managed_save_get_xml_desc_ret (src/remote/remote_protocol.x:2736) */
interface RemoteDomainManagedSaveGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_managed_save_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_managed_save_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_managed_save_define_xml_args (src/remote/remote_protocol.x:2740) */
interface RemoteDomainManagedSaveDefineXmlArgs {
  dom: RemoteNonnullDomain;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_managed_save_define_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_managed_save_define_xml_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["dxml", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_create_xml_args (src/remote/remote_protocol.x:2746) */
interface RemoteDomainSnapshotCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_snapshot_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_create_xml_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_create_xml_ret (src/remote/remote_protocol.x:2752) */
interface RemoteDomainSnapshotCreateXmlRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_create_xml_ret",
  f: [["snap", remote_nonnull_domain_snapshot]],
};

/** remote_domain_snapshot_get_xml_desc_args (src/remote/remote_protocol.x:2756) */
interface RemoteDomainSnapshotGetXmlDescArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_get_xml_desc_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_get_xml_desc_ret (src/remote/remote_protocol.x:2761) */
interface RemoteDomainSnapshotGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_snapshot_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_snapshot_num_args (src/remote/remote_protocol.x:2765) */
interface RemoteDomainSnapshotNumArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_snapshot_num_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_num_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_num_ret (src/remote/remote_protocol.x:2770) */
interface RemoteDomainSnapshotNumRet {
  num: number;
}
const remote_domain_snapshot_num_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_num_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_snapshot_list_names_args (src/remote/remote_protocol.x:2774) */
interface RemoteDomainSnapshotListNamesArgs {
  dom: RemoteNonnullDomain;
  maxnames: number;
  flags: number;
}
const remote_domain_snapshot_list_names_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_names_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["maxnames", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_list_names_ret (src/remote/remote_protocol.x:2780) */
interface RemoteDomainSnapshotListNamesRet {
  names: RemoteNonnullString[];
}
const remote_domain_snapshot_list_names_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_names_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_domain_list_all_snapshots_args (src/remote/remote_protocol.x:2784) */
interface RemoteDomainListAllSnapshotsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
const remote_domain_list_all_snapshots_args: XdrType = {
  k: "struct",
  name: "remote_domain_list_all_snapshots_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_list_all_snapshots_ret (src/remote/remote_protocol.x:2790) */
interface RemoteDomainListAllSnapshotsRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
const remote_domain_list_all_snapshots_ret: XdrType = {
  k: "struct",
  name: "remote_domain_list_all_snapshots_ret",
  f: [
    ["snapshots", { k: "array", of: remote_nonnull_domain_snapshot, max: 16384 }],
    ["ret", xdr_int],
  ],
};

/** remote_domain_snapshot_num_children_args (src/remote/remote_protocol.x:2795) */
interface RemoteDomainSnapshotNumChildrenArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_num_children_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_num_children_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_num_children_ret (src/remote/remote_protocol.x:2800) */
interface RemoteDomainSnapshotNumChildrenRet {
  num: number;
}
const remote_domain_snapshot_num_children_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_num_children_ret",
  f: [["num", xdr_int]],
};

/** remote_domain_snapshot_list_children_names_args (src/remote/remote_protocol.x:2804) */
interface RemoteDomainSnapshotListChildrenNamesArgs {
  snap: RemoteNonnullDomainSnapshot;
  maxnames: number;
  flags: number;
}
const remote_domain_snapshot_list_children_names_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_children_names_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["maxnames", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_list_children_names_ret (src/remote/remote_protocol.x:2810) */
interface RemoteDomainSnapshotListChildrenNamesRet {
  names: RemoteNonnullString[];
}
const remote_domain_snapshot_list_children_names_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_children_names_ret",
  f: [["names", { k: "array", of: remote_nonnull_string, max: 16384 }]],
};

/** remote_domain_snapshot_list_all_children_args (src/remote/remote_protocol.x:2814) */
interface RemoteDomainSnapshotListAllChildrenArgs {
  snapshot: RemoteNonnullDomainSnapshot;
  need_results: number;
  flags: number;
}
const remote_domain_snapshot_list_all_children_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_all_children_args",
  f: [
    ["snapshot", remote_nonnull_domain_snapshot],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_list_all_children_ret (src/remote/remote_protocol.x:2820) */
interface RemoteDomainSnapshotListAllChildrenRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
const remote_domain_snapshot_list_all_children_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_list_all_children_ret",
  f: [
    ["snapshots", { k: "array", of: remote_nonnull_domain_snapshot, max: 16384 }],
    ["ret", xdr_int],
  ],
};

/** remote_domain_snapshot_lookup_by_name_args (src/remote/remote_protocol.x:2825) */
interface RemoteDomainSnapshotLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_snapshot_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_lookup_by_name_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_lookup_by_name_ret (src/remote/remote_protocol.x:2831) */
interface RemoteDomainSnapshotLookupByNameRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_lookup_by_name_ret",
  f: [["snap", remote_nonnull_domain_snapshot]],
};

/** remote_domain_has_current_snapshot_args (src/remote/remote_protocol.x:2835) */
interface RemoteDomainHasCurrentSnapshotArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_has_current_snapshot_args: XdrType = {
  k: "struct",
  name: "remote_domain_has_current_snapshot_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_has_current_snapshot_ret (src/remote/remote_protocol.x:2840) */
interface RemoteDomainHasCurrentSnapshotRet {
  result: number;
}
const remote_domain_has_current_snapshot_ret: XdrType = {
  k: "struct",
  name: "remote_domain_has_current_snapshot_ret",
  f: [["result", xdr_int]],
};

/** remote_domain_snapshot_get_parent_args (src/remote/remote_protocol.x:2844) */
interface RemoteDomainSnapshotGetParentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_get_parent_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_get_parent_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_get_parent_ret (src/remote/remote_protocol.x:2849) */
interface RemoteDomainSnapshotGetParentRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_get_parent_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_get_parent_ret",
  f: [["snap", remote_nonnull_domain_snapshot]],
};

/** remote_domain_snapshot_current_args (src/remote/remote_protocol.x:2853) */
interface RemoteDomainSnapshotCurrentArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_snapshot_current_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_current_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_current_ret (src/remote/remote_protocol.x:2858) */
interface RemoteDomainSnapshotCurrentRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_current_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_current_ret",
  f: [["snap", remote_nonnull_domain_snapshot]],
};

/** remote_domain_snapshot_is_current_args (src/remote/remote_protocol.x:2862) */
interface RemoteDomainSnapshotIsCurrentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_is_current_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_is_current_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_is_current_ret (src/remote/remote_protocol.x:2867) */
interface RemoteDomainSnapshotIsCurrentRet {
  current: number;
}
const remote_domain_snapshot_is_current_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_is_current_ret",
  f: [["current", xdr_int]],
};

/** remote_domain_snapshot_has_metadata_args (src/remote/remote_protocol.x:2871) */
interface RemoteDomainSnapshotHasMetadataArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_has_metadata_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_has_metadata_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_has_metadata_ret (src/remote/remote_protocol.x:2876) */
interface RemoteDomainSnapshotHasMetadataRet {
  metadata: number;
}
const remote_domain_snapshot_has_metadata_ret: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_has_metadata_ret",
  f: [["metadata", xdr_int]],
};

/** remote_domain_revert_to_snapshot_args (src/remote/remote_protocol.x:2880) */
interface RemoteDomainRevertToSnapshotArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_revert_to_snapshot_args: XdrType = {
  k: "struct",
  name: "remote_domain_revert_to_snapshot_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_snapshot_delete_args (src/remote/remote_protocol.x:2885) */
interface RemoteDomainSnapshotDeleteArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_delete_args: XdrType = {
  k: "struct",
  name: "remote_domain_snapshot_delete_args",
  f: [
    ["snap", remote_nonnull_domain_snapshot],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_open_console_args (src/remote/remote_protocol.x:2890) */
interface RemoteDomainOpenConsoleArgs {
  dom: RemoteNonnullDomain;
  dev_name: RemoteString;
  flags: number;
}
const remote_domain_open_console_args: XdrType = {
  k: "struct",
  name: "remote_domain_open_console_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["dev_name", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_open_channel_args (src/remote/remote_protocol.x:2896) */
interface RemoteDomainOpenChannelArgs {
  dom: RemoteNonnullDomain;
  name: RemoteString;
  flags: number;
}
const remote_domain_open_channel_args: XdrType = {
  k: "struct",
  name: "remote_domain_open_channel_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["name", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_upload_args (src/remote/remote_protocol.x:2902) */
interface RemoteStorageVolUploadArgs {
  vol: RemoteNonnullStorageVol;
  offset: number;
  length: number;
  flags: number;
}
const remote_storage_vol_upload_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_upload_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["offset", xdr_uhyper],
    ["length", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_vol_download_args (src/remote/remote_protocol.x:2909) */
interface RemoteStorageVolDownloadArgs {
  vol: RemoteNonnullStorageVol;
  offset: number;
  length: number;
  flags: number;
}
const remote_storage_vol_download_args: XdrType = {
  k: "struct",
  name: "remote_storage_vol_download_args",
  f: [
    ["vol", remote_nonnull_storage_vol],
    ["offset", xdr_uhyper],
    ["length", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_state_args (src/remote/remote_protocol.x:2916) */
interface RemoteDomainGetStateArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_state_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_state_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_state_ret (src/remote/remote_protocol.x:2921) */
interface RemoteDomainGetStateRet {
  state: number;
  reason: number;
}
const remote_domain_get_state_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_state_ret",
  f: [
    ["state", xdr_int],
    ["reason", xdr_int],
  ],
};

/** remote_domain_migrate_begin3_args (src/remote/remote_protocol.x:2926) */
interface RemoteDomainMigrateBegin3Args {
  dom: RemoteNonnullDomain;
  xmlin: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_begin3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_begin3_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xmlin", remote_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
  ],
};

/** remote_domain_migrate_begin3_ret (src/remote/remote_protocol.x:2934) */
interface RemoteDomainMigrateBegin3Ret {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
const remote_domain_migrate_begin3_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_begin3_ret",
  f: [
    ["cookie_out", { k: "opaque", max: 4194304 }],
    ["xml", remote_nonnull_string],
  ],
};

/** remote_domain_migrate_prepare3_args (src/remote/remote_protocol.x:2939) */
interface RemoteDomainMigratePrepare3Args {
  cookie_in: Buffer;
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare3_args",
  f: [
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["uri_in", remote_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
    ["dom_xml", remote_nonnull_string],
  ],
};

/** remote_domain_migrate_prepare3_ret (src/remote/remote_protocol.x:2948) */
interface RemoteDomainMigratePrepare3Ret {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare3_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare3_ret",
  f: [
    ["cookie_out", { k: "opaque", max: 4194304 }],
    ["uri_out", remote_string],
  ],
};

/** remote_domain_migrate_prepare_tunnel3_args (src/remote/remote_protocol.x:2953) */
interface RemoteDomainMigratePrepareTunnel3Args {
  cookie_in: Buffer;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare_tunnel3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_tunnel3_args",
  f: [
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
    ["dom_xml", remote_nonnull_string],
  ],
};

/** remote_domain_migrate_prepare_tunnel3_ret (src/remote/remote_protocol.x:2961) */
interface RemoteDomainMigratePrepareTunnel3Ret {
  cookie_out: Buffer;
}
const remote_domain_migrate_prepare_tunnel3_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_tunnel3_ret",
  f: [["cookie_out", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_migrate_perform3_args (src/remote/remote_protocol.x:2965) */
interface RemoteDomainMigratePerform3Args {
  dom: RemoteNonnullDomain;
  xmlin: RemoteString;
  cookie_in: Buffer;
  dconnuri: RemoteString;
  uri: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_perform3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_perform3_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xmlin", remote_string],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["dconnuri", remote_string],
    ["uri", remote_string],
    ["flags", xdr_uhyper],
    ["dname", remote_string],
    ["resource", xdr_uhyper],
  ],
};

/** remote_domain_migrate_perform3_ret (src/remote/remote_protocol.x:2976) */
interface RemoteDomainMigratePerform3Ret {
  cookie_out: Buffer;
}
const remote_domain_migrate_perform3_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_perform3_ret",
  f: [["cookie_out", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_migrate_finish3_args (src/remote/remote_protocol.x:2980) */
interface RemoteDomainMigrateFinish3Args {
  dname: RemoteNonnullString;
  cookie_in: Buffer;
  dconnuri: RemoteString;
  uri: RemoteString;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_finish3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish3_args",
  f: [
    ["dname", remote_nonnull_string],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["dconnuri", remote_string],
    ["uri", remote_string],
    ["flags", xdr_uhyper],
    ["cancelled", xdr_int],
  ],
};

/** remote_domain_migrate_finish3_ret (src/remote/remote_protocol.x:2989) */
interface RemoteDomainMigrateFinish3Ret {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
const remote_domain_migrate_finish3_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish3_ret",
  f: [
    ["dom", remote_nonnull_domain],
    ["cookie_out", { k: "opaque", max: 4194304 }],
  ],
};

/** remote_domain_migrate_confirm3_args (src/remote/remote_protocol.x:2994) */
interface RemoteDomainMigrateConfirm3Args {
  dom: RemoteNonnullDomain;
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_confirm3_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_confirm3_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uhyper],
    ["cancelled", xdr_int],
  ],
};

/** remote_domain_event_control_error_msg (src/remote/remote_protocol.x:3001) */
interface RemoteDomainEventControlErrorMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_control_error_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_control_error_msg",
  f: [["dom", remote_nonnull_domain]],
};

/** remote_domain_event_callback_control_error_msg (src/remote/remote_protocol.x:3004) */
interface RemoteDomainEventCallbackControlErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventControlErrorMsg;
}
const remote_domain_event_callback_control_error_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_control_error_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_control_error_msg],
  ],
};

/** remote_domain_get_control_info_args (src/remote/remote_protocol.x:3009) */
interface RemoteDomainGetControlInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_control_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_control_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_control_info_ret (src/remote/remote_protocol.x:3014) */
interface RemoteDomainGetControlInfoRet {
  state: number;
  details: number;
  stateTime: number;
}
const remote_domain_get_control_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_control_info_ret",
  f: [
    ["state", xdr_uint],
    ["details", xdr_uint],
    ["stateTime", xdr_uhyper],
  ],
};

/** remote_domain_open_graphics_args (src/remote/remote_protocol.x:3020) */
interface RemoteDomainOpenGraphicsArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
const remote_domain_open_graphics_args: XdrType = {
  k: "struct",
  name: "remote_domain_open_graphics_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["idx", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_open_graphics_fd_args (src/remote/remote_protocol.x:3026) */
interface RemoteDomainOpenGraphicsFdArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
const remote_domain_open_graphics_fd_args: XdrType = {
  k: "struct",
  name: "remote_domain_open_graphics_fd_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["idx", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_node_suspend_for_duration_args (src/remote/remote_protocol.x:3032) */
interface RemoteNodeSuspendForDurationArgs {
  target: number;
  duration: number;
  flags: number;
}
const remote_node_suspend_for_duration_args: XdrType = {
  k: "struct",
  name: "remote_node_suspend_for_duration_args",
  f: [
    ["target", xdr_uint],
    ["duration", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_shutdown_flags_args (src/remote/remote_protocol.x:3038) */
interface RemoteDomainShutdownFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_shutdown_flags_args: XdrType = {
  k: "struct",
  name: "remote_domain_shutdown_flags_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_disk_errors_args (src/remote/remote_protocol.x:3043) */
interface RemoteDomainGetDiskErrorsArgs {
  dom: RemoteNonnullDomain;
  maxerrors: number;
  flags: number;
}
const remote_domain_get_disk_errors_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_disk_errors_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["maxerrors", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_disk_errors_ret (src/remote/remote_protocol.x:3049) */
interface RemoteDomainGetDiskErrorsRet {
  errors: RemoteDomainDiskError[];
  nerrors: number;
}
const remote_domain_get_disk_errors_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_disk_errors_ret",
  f: [
    ["errors", { k: "array", of: remote_domain_disk_error, max: 256 }],
    ["nerrors", xdr_int],
  ],
};

/** remote_connect_list_all_domains_args (src/remote/remote_protocol.x:3054) */
interface RemoteConnectListAllDomainsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_domains_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_domains_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_domains_ret (src/remote/remote_protocol.x:3059) */
interface RemoteConnectListAllDomainsRet {
  domains: RemoteNonnullDomain[];
  ret: number;
}
const remote_connect_list_all_domains_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_domains_ret",
  f: [
    ["domains", { k: "array", of: remote_nonnull_domain, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_storage_pools_args (src/remote/remote_protocol.x:3064) */
interface RemoteConnectListAllStoragePoolsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_storage_pools_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_storage_pools_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_storage_pools_ret (src/remote/remote_protocol.x:3069) */
interface RemoteConnectListAllStoragePoolsRet {
  pools: RemoteNonnullStoragePool[];
  ret: number;
}
const remote_connect_list_all_storage_pools_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_storage_pools_ret",
  f: [
    ["pools", { k: "array", of: remote_nonnull_storage_pool, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_storage_pool_list_all_volumes_args (src/remote/remote_protocol.x:3074) */
interface RemoteStoragePoolListAllVolumesArgs {
  pool: RemoteNonnullStoragePool;
  need_results: number;
  flags: number;
}
const remote_storage_pool_list_all_volumes_args: XdrType = {
  k: "struct",
  name: "remote_storage_pool_list_all_volumes_args",
  f: [
    ["pool", remote_nonnull_storage_pool],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_storage_pool_list_all_volumes_ret (src/remote/remote_protocol.x:3080) */
interface RemoteStoragePoolListAllVolumesRet {
  vols: RemoteNonnullStorageVol[];
  ret: number;
}
const remote_storage_pool_list_all_volumes_ret: XdrType = {
  k: "struct",
  name: "remote_storage_pool_list_all_volumes_ret",
  f: [
    ["vols", { k: "array", of: remote_nonnull_storage_vol, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_networks_args (src/remote/remote_protocol.x:3085) */
interface RemoteConnectListAllNetworksArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_networks_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_networks_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_networks_ret (src/remote/remote_protocol.x:3090) */
interface RemoteConnectListAllNetworksRet {
  nets: RemoteNonnullNetwork[];
  ret: number;
}
const remote_connect_list_all_networks_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_networks_ret",
  f: [
    ["nets", { k: "array", of: remote_nonnull_network, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_interfaces_args (src/remote/remote_protocol.x:3095) */
interface RemoteConnectListAllInterfacesArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_interfaces_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_interfaces_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_interfaces_ret (src/remote/remote_protocol.x:3100) */
interface RemoteConnectListAllInterfacesRet {
  ifaces: RemoteNonnullInterface[];
  ret: number;
}
const remote_connect_list_all_interfaces_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_interfaces_ret",
  f: [
    ["ifaces", { k: "array", of: remote_nonnull_interface, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_node_devices_args (src/remote/remote_protocol.x:3105) */
interface RemoteConnectListAllNodeDevicesArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_node_devices_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_node_devices_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_node_devices_ret (src/remote/remote_protocol.x:3110) */
interface RemoteConnectListAllNodeDevicesRet {
  devices: RemoteNonnullNodeDevice[];
  ret: number;
}
const remote_connect_list_all_node_devices_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_node_devices_ret",
  f: [
    ["devices", { k: "array", of: remote_nonnull_node_device, max: 65536 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_nwfilters_args (src/remote/remote_protocol.x:3115) */
interface RemoteConnectListAllNwfiltersArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_nwfilters_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_nwfilters_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_nwfilters_ret (src/remote/remote_protocol.x:3120) */
interface RemoteConnectListAllNwfiltersRet {
  filters: RemoteNonnullNwfilter[];
  ret: number;
}
const remote_connect_list_all_nwfilters_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_nwfilters_ret",
  f: [
    ["filters", { k: "array", of: remote_nonnull_nwfilter, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_list_all_secrets_args (src/remote/remote_protocol.x:3125) */
interface RemoteConnectListAllSecretsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_secrets_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_secrets_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_secrets_ret (src/remote/remote_protocol.x:3130) */
interface RemoteConnectListAllSecretsRet {
  secrets: RemoteNonnullSecret[];
  ret: number;
}
const remote_connect_list_all_secrets_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_secrets_ret",
  f: [
    ["secrets", { k: "array", of: remote_nonnull_secret, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_node_set_memory_parameters_args (src/remote/remote_protocol.x:3135) */
interface RemoteNodeSetMemoryParametersArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_node_set_memory_parameters_args: XdrType = {
  k: "struct",
  name: "remote_node_set_memory_parameters_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_memory_parameters_args (src/remote/remote_protocol.x:3140) */
interface RemoteNodeGetMemoryParametersArgs {
  nparams: number;
  flags: number;
}
const remote_node_get_memory_parameters_args: XdrType = {
  k: "struct",
  name: "remote_node_get_memory_parameters_args",
  f: [
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_memory_parameters_ret (src/remote/remote_protocol.x:3145) */
interface RemoteNodeGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_node_get_memory_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_memory_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["nparams", xdr_int],
  ],
};

/** remote_node_get_cpu_map_args (src/remote/remote_protocol.x:3150) */
interface RemoteNodeGetCpuMapArgs {
  need_map: number;
  need_online: number;
  flags: number;
}
const remote_node_get_cpu_map_args: XdrType = {
  k: "struct",
  name: "remote_node_get_cpu_map_args",
  f: [
    ["need_map", xdr_int],
    ["need_online", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_cpu_map_ret (src/remote/remote_protocol.x:3156) */
interface RemoteNodeGetCpuMapRet {
  cpumap: Buffer;
  online: number;
  ret: number;
}
const remote_node_get_cpu_map_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_cpu_map_ret",
  f: [
    ["cpumap", { k: "opaque", max: 2048 }],
    ["online", xdr_uint],
    ["ret", xdr_int],
  ],
};

/** remote_domain_fstrim_args (src/remote/remote_protocol.x:3162) */
interface RemoteDomainFstrimArgs {
  dom: RemoteNonnullDomain;
  mountPoint: RemoteString;
  minimum: number;
  flags: number;
}
const remote_domain_fstrim_args: XdrType = {
  k: "struct",
  name: "remote_domain_fstrim_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["mountPoint", remote_string],
    ["minimum", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_time_args (src/remote/remote_protocol.x:3169) */
interface RemoteDomainGetTimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_time_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_time_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_time_ret (src/remote/remote_protocol.x:3174) */
interface RemoteDomainGetTimeRet {
  seconds: number;
  nseconds: number;
}
const remote_domain_get_time_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_time_ret",
  f: [
    ["seconds", xdr_hyper],
    ["nseconds", xdr_uint],
  ],
};

/** remote_domain_set_time_args (src/remote/remote_protocol.x:3179) */
interface RemoteDomainSetTimeArgs {
  dom: RemoteNonnullDomain;
  seconds: number;
  nseconds: number;
  flags: number;
}
const remote_domain_set_time_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_time_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["seconds", xdr_hyper],
    ["nseconds", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_begin3_params_args (src/remote/remote_protocol.x:3186) */
interface RemoteDomainMigrateBegin3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_migrate_begin3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_begin3_params_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_begin3_params_ret (src/remote/remote_protocol.x:3192) */
interface RemoteDomainMigrateBegin3ParamsRet {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
const remote_domain_migrate_begin3_params_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_begin3_params_ret",
  f: [
    ["cookie_out", { k: "opaque", max: 4194304 }],
    ["xml", remote_nonnull_string],
  ],
};

/** remote_domain_migrate_prepare3_params_args (src/remote/remote_protocol.x:3197) */
interface RemoteDomainMigratePrepare3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_prepare3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare3_params_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_prepare3_params_ret (src/remote/remote_protocol.x:3203) */
interface RemoteDomainMigratePrepare3ParamsRet {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare3_params_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare3_params_ret",
  f: [
    ["cookie_out", { k: "opaque", max: 4194304 }],
    ["uri_out", remote_string],
  ],
};

/** remote_domain_migrate_prepare_tunnel3_params_args (src/remote/remote_protocol.x:3208) */
interface RemoteDomainMigratePrepareTunnel3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_prepare_tunnel3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_tunnel3_params_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_prepare_tunnel3_params_ret (src/remote/remote_protocol.x:3214) */
interface RemoteDomainMigratePrepareTunnel3ParamsRet {
  cookie_out: Buffer;
}
const remote_domain_migrate_prepare_tunnel3_params_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_prepare_tunnel3_params_ret",
  f: [["cookie_out", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_migrate_perform3_params_args (src/remote/remote_protocol.x:3218) */
interface RemoteDomainMigratePerform3ParamsArgs {
  dom: RemoteNonnullDomain;
  dconnuri: RemoteString;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_perform3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_perform3_params_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["dconnuri", remote_string],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_migrate_perform3_params_ret (src/remote/remote_protocol.x:3226) */
interface RemoteDomainMigratePerform3ParamsRet {
  cookie_out: Buffer;
}
const remote_domain_migrate_perform3_params_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_perform3_params_ret",
  f: [["cookie_out", { k: "opaque", max: 4194304 }]],
};

/** remote_domain_migrate_finish3_params_args (src/remote/remote_protocol.x:3230) */
interface RemoteDomainMigrateFinish3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_finish3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish3_params_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uint],
    ["cancelled", xdr_int],
  ],
};

/** remote_domain_migrate_finish3_params_ret (src/remote/remote_protocol.x:3237) */
interface RemoteDomainMigrateFinish3ParamsRet {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
const remote_domain_migrate_finish3_params_ret: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_finish3_params_ret",
  f: [
    ["dom", remote_nonnull_domain],
    ["cookie_out", { k: "opaque", max: 4194304 }],
  ],
};

/** remote_domain_migrate_confirm3_params_args (src/remote/remote_protocol.x:3242) */
interface RemoteDomainMigrateConfirm3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_confirm3_params_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_confirm3_params_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["cookie_in", { k: "opaque", max: 4194304 }],
    ["flags", xdr_uint],
    ["cancelled", xdr_int],
  ],
};

/** remote_domain_event_device_removed_msg (src/remote/remote_protocol.x:3253) */
interface RemoteDomainEventDeviceRemovedMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_device_removed_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_device_removed_msg",
  f: [
    ["dom", remote_nonnull_domain],
    ["devAlias", remote_nonnull_string],
  ],
};

/** remote_domain_event_callback_device_removed_msg (src/remote/remote_protocol.x:3257) */
interface RemoteDomainEventCallbackDeviceRemovedMsg {
  callbackID: number;
  msg: RemoteDomainEventDeviceRemovedMsg;
}
const remote_domain_event_callback_device_removed_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_device_removed_msg",
  f: [
    ["callbackID", xdr_int],
    ["msg", remote_domain_event_device_removed_msg],
  ],
};

/** remote_domain_event_block_job_2_msg (src/remote/remote_protocol.x:3262) */
interface RemoteDomainEventBlockJob2Msg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dst: RemoteNonnullString;
  type: number;
  status: number;
}
const remote_domain_event_block_job_2_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_block_job_2_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["dst", remote_nonnull_string],
    ["type", xdr_int],
    ["status", xdr_int],
  ],
};

/** remote_domain_event_block_threshold_msg (src/remote/remote_protocol.x:3270) */
interface RemoteDomainEventBlockThresholdMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  path: RemoteString;
  threshold: number;
  excess: number;
}
const remote_domain_event_block_threshold_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_block_threshold_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["dev", remote_nonnull_string],
    ["path", remote_string],
    ["threshold", xdr_uhyper],
    ["excess", xdr_uhyper],
  ],
};

/** remote_domain_event_callback_tunable_msg (src/remote/remote_protocol.x:3279) */
interface RemoteDomainEventCallbackTunableMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_event_callback_tunable_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_tunable_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 2048 }],
  ],
};

/** remote_domain_event_callback_device_added_msg (src/remote/remote_protocol.x:3285) */
interface RemoteDomainEventCallbackDeviceAddedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_callback_device_added_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_device_added_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["devAlias", remote_nonnull_string],
  ],
};

/** remote_connect_event_connection_closed_msg (src/remote/remote_protocol.x:3291) */
interface RemoteConnectEventConnectionClosedMsg {
  reason: number;
}
const remote_connect_event_connection_closed_msg: XdrType = {
  k: "struct",
  name: "remote_connect_event_connection_closed_msg",
  f: [["reason", xdr_int]],
};

/** remote_connect_get_cpu_model_names_args (src/remote/remote_protocol.x:3295) */
interface RemoteConnectGetCpuModelNamesArgs {
  arch: RemoteNonnullString;
  need_results: number;
  flags: number;
}
const remote_connect_get_cpu_model_names_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_cpu_model_names_args",
  f: [
    ["arch", remote_nonnull_string],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_get_cpu_model_names_ret (src/remote/remote_protocol.x:3301) */
interface RemoteConnectGetCpuModelNamesRet {
  models: RemoteNonnullString[];
  ret: number;
}
const remote_connect_get_cpu_model_names_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_cpu_model_names_ret",
  f: [
    ["models", { k: "array", of: remote_nonnull_string, max: 8192 }],
    ["ret", xdr_int],
  ],
};

/** remote_connect_network_event_register_any_args (src/remote/remote_protocol.x:3306) */
interface RemoteConnectNetworkEventRegisterAnyArgs {
  eventID: number;
  net: RemoteNetwork;
}
const remote_connect_network_event_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_network_event_register_any_args",
  f: [
    ["eventID", xdr_int],
    ["net", remote_network],
  ],
};

/** remote_connect_network_event_register_any_ret (src/remote/remote_protocol.x:3311) */
interface RemoteConnectNetworkEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_network_event_register_any_ret: XdrType = {
  k: "struct",
  name: "remote_connect_network_event_register_any_ret",
  f: [["callbackID", xdr_int]],
};

/** remote_connect_network_event_deregister_any_args (src/remote/remote_protocol.x:3315) */
interface RemoteConnectNetworkEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_network_event_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_network_event_deregister_any_args",
  f: [["callbackID", xdr_int]],
};

/** remote_network_event_lifecycle_msg (src/remote/remote_protocol.x:3319) */
interface RemoteNetworkEventLifecycleMsg {
  callbackID: number;
  net: RemoteNonnullNetwork;
  event: number;
  detail: number;
}
const remote_network_event_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_network_event_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["net", remote_nonnull_network],
    ["event", xdr_int],
    ["detail", xdr_int],
  ],
};

/** remote_connect_storage_pool_event_register_any_args (src/remote/remote_protocol.x:3326) */
interface RemoteConnectStoragePoolEventRegisterAnyArgs {
  eventID: number;
  pool: RemoteStoragePool;
}
const remote_connect_storage_pool_event_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_storage_pool_event_register_any_args",
  f: [
    ["eventID", xdr_int],
    ["pool", remote_storage_pool],
  ],
};

/** remote_connect_storage_pool_event_register_any_ret (src/remote/remote_protocol.x:3331) */
interface RemoteConnectStoragePoolEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_storage_pool_event_register_any_ret: XdrType = {
  k: "struct",
  name: "remote_connect_storage_pool_event_register_any_ret",
  f: [["callbackID", xdr_int]],
};

/** remote_connect_storage_pool_event_deregister_any_args (src/remote/remote_protocol.x:3335) */
interface RemoteConnectStoragePoolEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_storage_pool_event_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_storage_pool_event_deregister_any_args",
  f: [["callbackID", xdr_int]],
};

/** remote_storage_pool_event_lifecycle_msg (src/remote/remote_protocol.x:3339) */
interface RemoteStoragePoolEventLifecycleMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
  event: number;
  detail: number;
}
const remote_storage_pool_event_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_storage_pool_event_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["pool", remote_nonnull_storage_pool],
    ["event", xdr_int],
    ["detail", xdr_int],
  ],
};

/** remote_storage_pool_event_refresh_msg (src/remote/remote_protocol.x:3346) */
interface RemoteStoragePoolEventRefreshMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_event_refresh_msg: XdrType = {
  k: "struct",
  name: "remote_storage_pool_event_refresh_msg",
  f: [
    ["callbackID", xdr_int],
    ["pool", remote_nonnull_storage_pool],
  ],
};

/** remote_connect_node_device_event_register_any_args (src/remote/remote_protocol.x:3351) */
interface RemoteConnectNodeDeviceEventRegisterAnyArgs {
  eventID: number;
  dev: RemoteNodeDevice;
}
const remote_connect_node_device_event_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_node_device_event_register_any_args",
  f: [
    ["eventID", xdr_int],
    ["dev", remote_node_device],
  ],
};

/** remote_connect_node_device_event_register_any_ret (src/remote/remote_protocol.x:3356) */
interface RemoteConnectNodeDeviceEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_node_device_event_register_any_ret: XdrType = {
  k: "struct",
  name: "remote_connect_node_device_event_register_any_ret",
  f: [["callbackID", xdr_int]],
};

/** remote_connect_node_device_event_deregister_any_args (src/remote/remote_protocol.x:3360) */
interface RemoteConnectNodeDeviceEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_node_device_event_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_node_device_event_deregister_any_args",
  f: [["callbackID", xdr_int]],
};

/** remote_node_device_event_lifecycle_msg (src/remote/remote_protocol.x:3364) */
interface RemoteNodeDeviceEventLifecycleMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
  event: number;
  detail: number;
}
const remote_node_device_event_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_node_device_event_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["dev", remote_nonnull_node_device],
    ["event", xdr_int],
    ["detail", xdr_int],
  ],
};

/** remote_node_device_event_update_msg (src/remote/remote_protocol.x:3371) */
interface RemoteNodeDeviceEventUpdateMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_event_update_msg: XdrType = {
  k: "struct",
  name: "remote_node_device_event_update_msg",
  f: [
    ["callbackID", xdr_int],
    ["dev", remote_nonnull_node_device],
  ],
};

/** remote_domain_fsfreeze_args (src/remote/remote_protocol.x:3376) */
interface RemoteDomainFsfreezeArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
const remote_domain_fsfreeze_args: XdrType = {
  k: "struct",
  name: "remote_domain_fsfreeze_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["mountpoints", { k: "array", of: remote_nonnull_string, max: 256 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_fsfreeze_ret (src/remote/remote_protocol.x:3382) */
interface RemoteDomainFsfreezeRet {
  filesystems: number;
}
const remote_domain_fsfreeze_ret: XdrType = {
  k: "struct",
  name: "remote_domain_fsfreeze_ret",
  f: [["filesystems", xdr_int]],
};

/** remote_domain_fsthaw_args (src/remote/remote_protocol.x:3386) */
interface RemoteDomainFsthawArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
const remote_domain_fsthaw_args: XdrType = {
  k: "struct",
  name: "remote_domain_fsthaw_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["mountpoints", { k: "array", of: remote_nonnull_string, max: 256 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_fsthaw_ret (src/remote/remote_protocol.x:3392) */
interface RemoteDomainFsthawRet {
  filesystems: number;
}
const remote_domain_fsthaw_ret: XdrType = {
  k: "struct",
  name: "remote_domain_fsthaw_ret",
  f: [["filesystems", xdr_int]],
};

/** remote_node_get_free_pages_args (src/remote/remote_protocol.x:3396) */
interface RemoteNodeGetFreePagesArgs {
  pages: number[];
  startCell: number;
  cellCount: number;
  flags: number;
}
const remote_node_get_free_pages_args: XdrType = {
  k: "struct",
  name: "remote_node_get_free_pages_args",
  f: [
    ["pages", { k: "array", of: xdr_uint, max: 1024 }],
    ["startCell", xdr_int],
    ["cellCount", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_free_pages_ret (src/remote/remote_protocol.x:3403) */
interface RemoteNodeGetFreePagesRet {
  counts: number[];
}
const remote_node_get_free_pages_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_free_pages_ret",
  f: [["counts", { k: "array", of: xdr_uhyper, max: 1024 }]],
};

/** remote_node_alloc_pages_args (src/remote/remote_protocol.x:3407) */
interface RemoteNodeAllocPagesArgs {
  pageSizes: number[];
  pageCounts: number[];
  startCell: number;
  cellCount: number;
  flags: number;
}
const remote_node_alloc_pages_args: XdrType = {
  k: "struct",
  name: "remote_node_alloc_pages_args",
  f: [
    ["pageSizes", { k: "array", of: xdr_uint, max: 1024 }],
    ["pageCounts", { k: "array", of: xdr_uhyper, max: 1024 }],
    ["startCell", xdr_int],
    ["cellCount", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_node_alloc_pages_ret (src/remote/remote_protocol.x:3415) */
interface RemoteNodeAllocPagesRet {
  ret: number;
}
const remote_node_alloc_pages_ret: XdrType = {
  k: "struct",
  name: "remote_node_alloc_pages_ret",
  f: [["ret", xdr_int]],
};

/** remote_network_dhcp_lease (src/remote/remote_protocol.x:3419) */
interface RemoteNetworkDhcpLease {
  iface: RemoteNonnullString;
  expirytime: number;
  type: number;
  mac: RemoteString;
  iaid: RemoteString;
  ipaddr: RemoteNonnullString;
  prefix: number;
  hostname: RemoteString;
  clientid: RemoteString;
}
const remote_network_dhcp_lease: XdrType = {
  k: "struct",
  name: "remote_network_dhcp_lease",
  f: [
    ["iface", remote_nonnull_string],
    ["expirytime", xdr_hyper],
    ["type", xdr_int],
    ["mac", remote_string],
    ["iaid", remote_string],
    ["ipaddr", remote_nonnull_string],
    ["prefix", xdr_uint],
    ["hostname", remote_string],
    ["clientid", remote_string],
  ],
};

/** remote_network_get_dhcp_leases_args (src/remote/remote_protocol.x:3431) */
interface RemoteNetworkGetDhcpLeasesArgs {
  net: RemoteNonnullNetwork;
  mac: RemoteString;
  need_results: number;
  flags: number;
}
const remote_network_get_dhcp_leases_args: XdrType = {
  k: "struct",
  name: "remote_network_get_dhcp_leases_args",
  f: [
    ["net", remote_nonnull_network],
    ["mac", remote_string],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_network_get_dhcp_leases_ret (src/remote/remote_protocol.x:3438) */
interface RemoteNetworkGetDhcpLeasesRet {
  leases: RemoteNetworkDhcpLease[];
  ret: number;
}
const remote_network_get_dhcp_leases_ret: XdrType = {
  k: "struct",
  name: "remote_network_get_dhcp_leases_ret",
  f: [
    ["leases", { k: "array", of: remote_network_dhcp_lease, max: 65536 }],
    ["ret", xdr_uint],
  ],
};

/** remote_domain_stats_record (src/remote/remote_protocol.x:3443) */
interface RemoteDomainStatsRecord {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_stats_record: XdrType = {
  k: "struct",
  name: "remote_domain_stats_record",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 262144 }],
  ],
};

/** remote_connect_get_all_domain_stats_args (src/remote/remote_protocol.x:3448) */
interface RemoteConnectGetAllDomainStatsArgs {
  doms: RemoteNonnullDomain[];
  stats: number;
  flags: number;
}
const remote_connect_get_all_domain_stats_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_all_domain_stats_args",
  f: [
    ["doms", { k: "array", of: remote_nonnull_domain, max: 16384 }],
    ["stats", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_event_callback_agent_lifecycle_msg (src/remote/remote_protocol.x:3454) */
interface RemoteDomainEventCallbackAgentLifecycleMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  state: number;
  reason: number;
}
const remote_domain_event_callback_agent_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_agent_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["state", xdr_int],
    ["reason", xdr_int],
  ],
};

/** remote_connect_get_all_domain_stats_ret (src/remote/remote_protocol.x:3462) */
interface RemoteConnectGetAllDomainStatsRet {
  retStats: RemoteDomainStatsRecord[];
}
const remote_connect_get_all_domain_stats_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_all_domain_stats_ret",
  f: [["retStats", { k: "array", of: remote_domain_stats_record, max: 16384 }]],
};

/** remote_domain_fsinfo (src/remote/remote_protocol.x:3466) */
interface RemoteDomainFsinfo {
  mountpoint: RemoteNonnullString;
  name: RemoteNonnullString;
  fstype: RemoteNonnullString;
  dev_aliases: RemoteNonnullString[];
}
const remote_domain_fsinfo: XdrType = {
  k: "struct",
  name: "remote_domain_fsinfo",
  f: [
    ["mountpoint", remote_nonnull_string],
    ["name", remote_nonnull_string],
    ["fstype", remote_nonnull_string],
    ["dev_aliases", { k: "array", of: remote_nonnull_string, max: 256 }],
  ],
};

/** remote_domain_get_fsinfo_args (src/remote/remote_protocol.x:3473) */
interface RemoteDomainGetFsinfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_fsinfo_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_fsinfo_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_fsinfo_ret (src/remote/remote_protocol.x:3478) */
interface RemoteDomainGetFsinfoRet {
  info: RemoteDomainFsinfo[];
  ret: number;
}
const remote_domain_get_fsinfo_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_fsinfo_ret",
  f: [
    ["info", { k: "array", of: remote_domain_fsinfo, max: 256 }],
    ["ret", xdr_uint],
  ],
};

/** remote_domain_ip_addr (src/remote/remote_protocol.x:3483) */
interface RemoteDomainIpAddr {
  type: number;
  addr: RemoteNonnullString;
  prefix: number;
}
const remote_domain_ip_addr: XdrType = {
  k: "struct",
  name: "remote_domain_ip_addr",
  f: [
    ["type", xdr_int],
    ["addr", remote_nonnull_string],
    ["prefix", xdr_uint],
  ],
};

/** remote_domain_interface (src/remote/remote_protocol.x:3489) */
interface RemoteDomainInterface {
  name: RemoteNonnullString;
  hwaddr: RemoteString;
  addrs: RemoteDomainIpAddr[];
}
const remote_domain_interface: XdrType = {
  k: "struct",
  name: "remote_domain_interface",
  f: [
    ["name", remote_nonnull_string],
    ["hwaddr", remote_string],
    ["addrs", { k: "array", of: remote_domain_ip_addr, max: 2048 }],
  ],
};

/** remote_domain_interface_addresses_args (src/remote/remote_protocol.x:3495) */
interface RemoteDomainInterfaceAddressesArgs {
  dom: RemoteNonnullDomain;
  source: number;
  flags: number;
}
const remote_domain_interface_addresses_args: XdrType = {
  k: "struct",
  name: "remote_domain_interface_addresses_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["source", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_interface_addresses_ret (src/remote/remote_protocol.x:3501) */
interface RemoteDomainInterfaceAddressesRet {
  ifaces: RemoteDomainInterface[];
}
const remote_domain_interface_addresses_ret: XdrType = {
  k: "struct",
  name: "remote_domain_interface_addresses_ret",
  f: [["ifaces", { k: "array", of: remote_domain_interface, max: 2048 }]],
};

/** remote_domain_set_user_password_args (src/remote/remote_protocol.x:3505) */
interface RemoteDomainSetUserPasswordArgs {
  dom: RemoteNonnullDomain;
  user: RemoteString;
  password: RemoteString;
  flags: number;
}
const remote_domain_set_user_password_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_user_password_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["user", remote_string],
    ["password", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_rename_args (src/remote/remote_protocol.x:3512) */
interface RemoteDomainRenameArgs {
  dom: RemoteNonnullDomain;
  new_name: RemoteString;
  flags: number;
}
const remote_domain_rename_args: XdrType = {
  k: "struct",
  name: "remote_domain_rename_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["new_name", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_rename_ret (src/remote/remote_protocol.x:3518) */
interface RemoteDomainRenameRet {
  retcode: number;
}
const remote_domain_rename_ret: XdrType = {
  k: "struct",
  name: "remote_domain_rename_ret",
  f: [["retcode", xdr_int]],
};

/** remote_domain_event_callback_migration_iteration_msg (src/remote/remote_protocol.x:3522) */
interface RemoteDomainEventCallbackMigrationIterationMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  iteration: number;
}
const remote_domain_event_callback_migration_iteration_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_migration_iteration_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["iteration", xdr_int],
  ],
};

/** remote_domain_event_callback_job_completed_msg (src/remote/remote_protocol.x:3528) */
interface RemoteDomainEventCallbackJobCompletedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_event_callback_job_completed_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_job_completed_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
  ],
};

/** remote_domain_migrate_start_post_copy_args (src/remote/remote_protocol.x:3534) */
interface RemoteDomainMigrateStartPostCopyArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_start_post_copy_args: XdrType = {
  k: "struct",
  name: "remote_domain_migrate_start_post_copy_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_event_callback_device_removal_failed_msg (src/remote/remote_protocol.x:3539) */
interface RemoteDomainEventCallbackDeviceRemovalFailedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_callback_device_removal_failed_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_device_removal_failed_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["devAlias", remote_nonnull_string],
  ],
};

/** remote_domain_get_guest_vcpus_args (src/remote/remote_protocol.x:3545) */
interface RemoteDomainGetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_guest_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_guest_vcpus_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_guest_vcpus_ret (src/remote/remote_protocol.x:3550) */
interface RemoteDomainGetGuestVcpusRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_guest_vcpus_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_guest_vcpus_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 64 }]],
};

/** remote_domain_set_guest_vcpus_args (src/remote/remote_protocol.x:3554) */
interface RemoteDomainSetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
const remote_domain_set_guest_vcpus_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_guest_vcpus_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cpumap", remote_nonnull_string],
    ["state", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_vcpu_args (src/remote/remote_protocol.x:3561) */
interface RemoteDomainSetVcpuArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
const remote_domain_set_vcpu_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_vcpu_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["cpumap", remote_nonnull_string],
    ["state", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_event_callback_metadata_change_msg (src/remote/remote_protocol.x:3569) */
interface RemoteDomainEventCallbackMetadataChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  type: number;
  nsuri: RemoteString;
}
const remote_domain_event_callback_metadata_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_callback_metadata_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["type", xdr_int],
    ["nsuri", remote_string],
  ],
};

/** remote_domain_event_memory_failure_msg (src/remote/remote_protocol.x:3576) */
interface RemoteDomainEventMemoryFailureMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  recipient: number;
  action: number;
  flags: number;
}
const remote_domain_event_memory_failure_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_memory_failure_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["recipient", xdr_int],
    ["action", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_secret_event_register_any_args (src/remote/remote_protocol.x:3584) */
interface RemoteConnectSecretEventRegisterAnyArgs {
  eventID: number;
  secret: RemoteSecret;
}
const remote_connect_secret_event_register_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_secret_event_register_any_args",
  f: [
    ["eventID", xdr_int],
    ["secret", remote_secret],
  ],
};

/** remote_connect_secret_event_register_any_ret (src/remote/remote_protocol.x:3589) */
interface RemoteConnectSecretEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_secret_event_register_any_ret: XdrType = {
  k: "struct",
  name: "remote_connect_secret_event_register_any_ret",
  f: [["callbackID", xdr_int]],
};

/** remote_connect_secret_event_deregister_any_args (src/remote/remote_protocol.x:3593) */
interface RemoteConnectSecretEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_secret_event_deregister_any_args: XdrType = {
  k: "struct",
  name: "remote_connect_secret_event_deregister_any_args",
  f: [["callbackID", xdr_int]],
};

/** remote_secret_event_lifecycle_msg (src/remote/remote_protocol.x:3597) */
interface RemoteSecretEventLifecycleMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
  event: number;
  detail: number;
}
const remote_secret_event_lifecycle_msg: XdrType = {
  k: "struct",
  name: "remote_secret_event_lifecycle_msg",
  f: [
    ["callbackID", xdr_int],
    ["secret", remote_nonnull_secret],
    ["event", xdr_int],
    ["detail", xdr_int],
  ],
};

/** remote_secret_event_value_changed_msg (src/remote/remote_protocol.x:3604) */
interface RemoteSecretEventValueChangedMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
}
const remote_secret_event_value_changed_msg: XdrType = {
  k: "struct",
  name: "remote_secret_event_value_changed_msg",
  f: [
    ["callbackID", xdr_int],
    ["secret", remote_nonnull_secret],
  ],
};

/** remote_domain_set_block_threshold_args (src/remote/remote_protocol.x:3609) */
interface RemoteDomainSetBlockThresholdArgs {
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  threshold: number;
  flags: number;
}
const remote_domain_set_block_threshold_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_block_threshold_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["dev", remote_nonnull_string],
    ["threshold", xdr_uhyper],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_set_lifecycle_action_args (src/remote/remote_protocol.x:3616) */
interface RemoteDomainSetLifecycleActionArgs {
  dom: RemoteNonnullDomain;
  type: number;
  action: number;
  flags: number;
}
const remote_domain_set_lifecycle_action_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_lifecycle_action_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["type", xdr_uint],
    ["action", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_compare_hypervisor_cpu_args (src/remote/remote_protocol.x:3623) */
interface RemoteConnectCompareHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPU: RemoteNonnullString;
  flags: number;
}
const remote_connect_compare_hypervisor_cpu_args: XdrType = {
  k: "struct",
  name: "remote_connect_compare_hypervisor_cpu_args",
  f: [
    ["emulator", remote_string],
    ["arch", remote_string],
    ["machine", remote_string],
    ["virttype", remote_string],
    ["xmlCPU", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_compare_hypervisor_cpu_ret (src/remote/remote_protocol.x:3632) */
interface RemoteConnectCompareHypervisorCpuRet {
  result: number;
}
const remote_connect_compare_hypervisor_cpu_ret: XdrType = {
  k: "struct",
  name: "remote_connect_compare_hypervisor_cpu_ret",
  f: [["result", xdr_int]],
};

/** remote_connect_baseline_hypervisor_cpu_args (src/remote/remote_protocol.x:3636) */
interface RemoteConnectBaselineHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
const remote_connect_baseline_hypervisor_cpu_args: XdrType = {
  k: "struct",
  name: "remote_connect_baseline_hypervisor_cpu_args",
  f: [
    ["emulator", remote_string],
    ["arch", remote_string],
    ["machine", remote_string],
    ["virttype", remote_string],
    ["xmlCPUs", { k: "array", of: remote_nonnull_string, max: 256 }],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_baseline_hypervisor_cpu_ret (src/remote/remote_protocol.x:3645) */
interface RemoteConnectBaselineHypervisorCpuRet {
  cpu: RemoteNonnullString;
}
const remote_connect_baseline_hypervisor_cpu_ret: XdrType = {
  k: "struct",
  name: "remote_connect_baseline_hypervisor_cpu_ret",
  f: [["cpu", remote_nonnull_string]],
};

/** remote_node_get_sev_info_args (src/remote/remote_protocol.x:3649) */
interface RemoteNodeGetSevInfoArgs {
  nparams: number;
  flags: number;
}
const remote_node_get_sev_info_args: XdrType = {
  k: "struct",
  name: "remote_node_get_sev_info_args",
  f: [
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_node_get_sev_info_ret (src/remote/remote_protocol.x:3654) */
interface RemoteNodeGetSevInfoRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_node_get_sev_info_ret: XdrType = {
  k: "struct",
  name: "remote_node_get_sev_info_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["nparams", xdr_int],
  ],
};

/** remote_domain_get_launch_security_info_args (src/remote/remote_protocol.x:3659) */
interface RemoteDomainGetLaunchSecurityInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_launch_security_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_launch_security_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_launch_security_info_ret (src/remote/remote_protocol.x:3664) */
interface RemoteDomainGetLaunchSecurityInfoRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_launch_security_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_launch_security_info_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 64 }]],
};

/** remote_domain_set_launch_security_state_args (src/remote/remote_protocol.x:3668) */
interface RemoteDomainSetLaunchSecurityStateArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_launch_security_state_args: XdrType = {
  k: "struct",
  name: "remote_domain_set_launch_security_state_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["params", { k: "array", of: remote_typed_param, max: 64 }],
    ["flags", xdr_uint],
  ],
};

/** remote_nwfilter_binding_lookup_by_port_dev_args (src/remote/remote_protocol.x:3676) */
interface RemoteNwfilterBindingLookupByPortDevArgs {
  name: RemoteNonnullString;
}
const remote_nwfilter_binding_lookup_by_port_dev_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_lookup_by_port_dev_args",
  f: [["name", remote_nonnull_string]],
};

/** remote_nwfilter_binding_lookup_by_port_dev_ret (src/remote/remote_protocol.x:3680) */
interface RemoteNwfilterBindingLookupByPortDevRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_lookup_by_port_dev_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_lookup_by_port_dev_ret",
  f: [["nwfilter", remote_nonnull_nwfilter_binding]],
};

/** remote_nwfilter_binding_create_xml_args (src/remote/remote_protocol.x:3684) */
interface RemoteNwfilterBindingCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_nwfilter_binding_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_create_xml_args",
  f: [
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_nwfilter_binding_create_xml_ret (src/remote/remote_protocol.x:3689) */
interface RemoteNwfilterBindingCreateXmlRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_create_xml_ret",
  f: [["nwfilter", remote_nonnull_nwfilter_binding]],
};

/** remote_nwfilter_binding_delete_args (src/remote/remote_protocol.x:3693) */
interface RemoteNwfilterBindingDeleteArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_delete_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_delete_args",
  f: [["nwfilter", remote_nonnull_nwfilter_binding]],
};

/** remote_nwfilter_binding_get_xml_desc_args (src/remote/remote_protocol.x:3697) */
interface RemoteNwfilterBindingGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
  flags: number;
}
const remote_nwfilter_binding_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_get_xml_desc_args",
  f: [
    ["nwfilter", remote_nonnull_nwfilter_binding],
    ["flags", xdr_uint],
  ],
};

/** remote_nwfilter_binding_get_xml_desc_ret (src/remote/remote_protocol.x:3702) */
interface RemoteNwfilterBindingGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_nwfilter_binding_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_nwfilter_binding_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_connect_list_all_nwfilter_bindings_args (src/remote/remote_protocol.x:3706) */
interface RemoteConnectListAllNwfilterBindingsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_nwfilter_bindings_args: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_nwfilter_bindings_args",
  f: [
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_connect_list_all_nwfilter_bindings_ret (src/remote/remote_protocol.x:3711) */
interface RemoteConnectListAllNwfilterBindingsRet {
  bindings: RemoteNonnullNwfilterBinding[];
  ret: number;
}
const remote_connect_list_all_nwfilter_bindings_ret: XdrType = {
  k: "struct",
  name: "remote_connect_list_all_nwfilter_bindings_ret",
  f: [
    ["bindings", { k: "array", of: remote_nonnull_nwfilter_binding, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_connect_get_storage_pool_capabilities_args (src/remote/remote_protocol.x:3716) */
interface RemoteConnectGetStoragePoolCapabilitiesArgs {
  flags: number;
}
const remote_connect_get_storage_pool_capabilities_args: XdrType = {
  k: "struct",
  name: "remote_connect_get_storage_pool_capabilities_args",
  f: [["flags", xdr_uint]],
};

/** remote_connect_get_storage_pool_capabilities_ret (src/remote/remote_protocol.x:3720) */
interface RemoteConnectGetStoragePoolCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_storage_pool_capabilities_ret: XdrType = {
  k: "struct",
  name: "remote_connect_get_storage_pool_capabilities_ret",
  f: [["capabilities", remote_nonnull_string]],
};

/** remote_network_list_all_ports_args (src/remote/remote_protocol.x:3724) */
interface RemoteNetworkListAllPortsArgs {
  network: RemoteNonnullNetwork;
  need_results: number;
  flags: number;
}
const remote_network_list_all_ports_args: XdrType = {
  k: "struct",
  name: "remote_network_list_all_ports_args",
  f: [
    ["network", remote_nonnull_network],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_network_list_all_ports_ret (src/remote/remote_protocol.x:3730) */
interface RemoteNetworkListAllPortsRet {
  ports: RemoteNonnullNetworkPort[];
  ret: number;
}
const remote_network_list_all_ports_ret: XdrType = {
  k: "struct",
  name: "remote_network_list_all_ports_ret",
  f: [
    ["ports", { k: "array", of: remote_nonnull_network_port, max: 16384 }],
    ["ret", xdr_uint],
  ],
};

/** remote_network_port_lookup_by_uuid_args (src/remote/remote_protocol.x:3735) */
interface RemoteNetworkPortLookupByUuidArgs {
  network: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
const remote_network_port_lookup_by_uuid_args: XdrType = {
  k: "struct",
  name: "remote_network_port_lookup_by_uuid_args",
  f: [
    ["network", remote_nonnull_network],
    ["uuid", remote_uuid],
  ],
};

/** remote_network_port_lookup_by_uuid_ret (src/remote/remote_protocol.x:3740) */
interface RemoteNetworkPortLookupByUuidRet {
  port: RemoteNonnullNetworkPort;
}
const remote_network_port_lookup_by_uuid_ret: XdrType = {
  k: "struct",
  name: "remote_network_port_lookup_by_uuid_ret",
  f: [["port", remote_nonnull_network_port]],
};

/** remote_network_port_create_xml_args (src/remote/remote_protocol.x:3744) */
interface RemoteNetworkPortCreateXmlArgs {
  network: RemoteNonnullNetwork;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_port_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_network_port_create_xml_args",
  f: [
    ["network", remote_nonnull_network],
    ["xml", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_network_port_create_xml_ret (src/remote/remote_protocol.x:3750) */
interface RemoteNetworkPortCreateXmlRet {
  port: RemoteNonnullNetworkPort;
}
const remote_network_port_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_network_port_create_xml_ret",
  f: [["port", remote_nonnull_network_port]],
};

/** remote_network_port_set_parameters_args (src/remote/remote_protocol.x:3754) */
interface RemoteNetworkPortSetParametersArgs {
  port: RemoteNonnullNetworkPort;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_network_port_set_parameters_args: XdrType = {
  k: "struct",
  name: "remote_network_port_set_parameters_args",
  f: [
    ["port", remote_nonnull_network_port],
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["flags", xdr_uint],
  ],
};

/** remote_network_port_get_parameters_args (src/remote/remote_protocol.x:3760) */
interface RemoteNetworkPortGetParametersArgs {
  port: RemoteNonnullNetworkPort;
  nparams: number;
  flags: number;
}
const remote_network_port_get_parameters_args: XdrType = {
  k: "struct",
  name: "remote_network_port_get_parameters_args",
  f: [
    ["port", remote_nonnull_network_port],
    ["nparams", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_network_port_get_parameters_ret (src/remote/remote_protocol.x:3766) */
interface RemoteNetworkPortGetParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_network_port_get_parameters_ret: XdrType = {
  k: "struct",
  name: "remote_network_port_get_parameters_ret",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 16 }],
    ["nparams", xdr_int],
  ],
};

/** remote_network_port_get_xml_desc_args (src/remote/remote_protocol.x:3771) */
interface RemoteNetworkPortGetXmlDescArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
const remote_network_port_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_network_port_get_xml_desc_args",
  f: [
    ["port", remote_nonnull_network_port],
    ["flags", xdr_uint],
  ],
};

/** remote_network_port_get_xml_desc_ret (src/remote/remote_protocol.x:3776) */
interface RemoteNetworkPortGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_network_port_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_network_port_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_network_port_delete_args (src/remote/remote_protocol.x:3780) */
interface RemoteNetworkPortDeleteArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
const remote_network_port_delete_args: XdrType = {
  k: "struct",
  name: "remote_network_port_delete_args",
  f: [
    ["port", remote_nonnull_network_port],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_create_xml_args (src/remote/remote_protocol.x:3785) */
interface RemoteDomainCheckpointCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_checkpoint_create_xml_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_create_xml_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["xml_desc", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_create_xml_ret (src/remote/remote_protocol.x:3791) */
interface RemoteDomainCheckpointCreateXmlRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_create_xml_ret: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_create_xml_ret",
  f: [["checkpoint", remote_nonnull_domain_checkpoint]],
};

/** remote_domain_checkpoint_get_xml_desc_args (src/remote/remote_protocol.x:3795) */
interface RemoteDomainCheckpointGetXmlDescArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_get_xml_desc_args",
  f: [
    ["checkpoint", remote_nonnull_domain_checkpoint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_get_xml_desc_ret (src/remote/remote_protocol.x:3800) */
interface RemoteDomainCheckpointGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_checkpoint_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_list_all_checkpoints_args (src/remote/remote_protocol.x:3804) */
interface RemoteDomainListAllCheckpointsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
const remote_domain_list_all_checkpoints_args: XdrType = {
  k: "struct",
  name: "remote_domain_list_all_checkpoints_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_list_all_checkpoints_ret (src/remote/remote_protocol.x:3810) */
interface RemoteDomainListAllCheckpointsRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
const remote_domain_list_all_checkpoints_ret: XdrType = {
  k: "struct",
  name: "remote_domain_list_all_checkpoints_ret",
  f: [
    ["checkpoints", { k: "array", of: remote_nonnull_domain_checkpoint, max: 16384 }],
    ["ret", xdr_int],
  ],
};

/** remote_domain_checkpoint_list_all_children_args (src/remote/remote_protocol.x:3815) */
interface RemoteDomainCheckpointListAllChildrenArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  need_results: number;
  flags: number;
}
const remote_domain_checkpoint_list_all_children_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_list_all_children_args",
  f: [
    ["checkpoint", remote_nonnull_domain_checkpoint],
    ["need_results", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_list_all_children_ret (src/remote/remote_protocol.x:3821) */
interface RemoteDomainCheckpointListAllChildrenRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
const remote_domain_checkpoint_list_all_children_ret: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_list_all_children_ret",
  f: [
    ["checkpoints", { k: "array", of: remote_nonnull_domain_checkpoint, max: 16384 }],
    ["ret", xdr_int],
  ],
};

/** remote_domain_checkpoint_lookup_by_name_args (src/remote/remote_protocol.x:3826) */
interface RemoteDomainCheckpointLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_checkpoint_lookup_by_name_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_lookup_by_name_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_lookup_by_name_ret (src/remote/remote_protocol.x:3832) */
interface RemoteDomainCheckpointLookupByNameRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_lookup_by_name_ret: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_lookup_by_name_ret",
  f: [["checkpoint", remote_nonnull_domain_checkpoint]],
};

/** remote_domain_checkpoint_get_parent_args (src/remote/remote_protocol.x:3836) */
interface RemoteDomainCheckpointGetParentArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_get_parent_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_get_parent_args",
  f: [
    ["checkpoint", remote_nonnull_domain_checkpoint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_checkpoint_get_parent_ret (src/remote/remote_protocol.x:3841) */
interface RemoteDomainCheckpointGetParentRet {
  parent: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_get_parent_ret: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_get_parent_ret",
  f: [["parent", remote_nonnull_domain_checkpoint]],
};

/** remote_domain_checkpoint_delete_args (src/remote/remote_protocol.x:3845) */
interface RemoteDomainCheckpointDeleteArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_delete_args: XdrType = {
  k: "struct",
  name: "remote_domain_checkpoint_delete_args",
  f: [
    ["checkpoint", remote_nonnull_domain_checkpoint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_guest_info_args (src/remote/remote_protocol.x:3850) */
interface RemoteDomainGetGuestInfoArgs {
  dom: RemoteNonnullDomain;
  types: number;
  flags: number;
}
const remote_domain_get_guest_info_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_guest_info_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["types", xdr_uint],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_guest_info_ret (src/remote/remote_protocol.x:3856) */
interface RemoteDomainGetGuestInfoRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_guest_info_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_guest_info_ret",
  f: [["params", { k: "array", of: remote_typed_param, max: 2048 }]],
};

/** remote_connect_set_identity_args (src/remote/remote_protocol.x:3860) */
interface RemoteConnectSetIdentityArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_connect_set_identity_args: XdrType = {
  k: "struct",
  name: "remote_connect_set_identity_args",
  f: [
    ["params", { k: "array", of: remote_typed_param, max: 20 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_agent_set_response_timeout_args (src/remote/remote_protocol.x:3865) */
interface RemoteDomainAgentSetResponseTimeoutArgs {
  dom: RemoteNonnullDomain;
  timeout: number;
  flags: number;
}
const remote_domain_agent_set_response_timeout_args: XdrType = {
  k: "struct",
  name: "remote_domain_agent_set_response_timeout_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["timeout", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_agent_set_response_timeout_ret (src/remote/remote_protocol.x:3871) */
interface RemoteDomainAgentSetResponseTimeoutRet {
  result: number;
}
const remote_domain_agent_set_response_timeout_ret: XdrType = {
  k: "struct",
  name: "remote_domain_agent_set_response_timeout_ret",
  f: [["result", xdr_int]],
};

/** remote_domain_backup_begin_args (src/remote/remote_protocol.x:3876) */
interface RemoteDomainBackupBeginArgs {
  dom: RemoteNonnullDomain;
  backup_xml: RemoteNonnullString;
  checkpoint_xml: RemoteString;
  flags: number;
}
const remote_domain_backup_begin_args: XdrType = {
  k: "struct",
  name: "remote_domain_backup_begin_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["backup_xml", remote_nonnull_string],
    ["checkpoint_xml", remote_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_backup_get_xml_desc_args (src/remote/remote_protocol.x:3883) */
interface RemoteDomainBackupGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_backup_get_xml_desc_args: XdrType = {
  k: "struct",
  name: "remote_domain_backup_get_xml_desc_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_backup_get_xml_desc_ret (src/remote/remote_protocol.x:3888) */
interface RemoteDomainBackupGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_backup_get_xml_desc_ret: XdrType = {
  k: "struct",
  name: "remote_domain_backup_get_xml_desc_ret",
  f: [["xml", remote_nonnull_string]],
};

/** remote_domain_authorized_ssh_keys_get_args (src/remote/remote_protocol.x:3892) */
interface RemoteDomainAuthorizedSshKeysGetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  flags: number;
}
const remote_domain_authorized_ssh_keys_get_args: XdrType = {
  k: "struct",
  name: "remote_domain_authorized_ssh_keys_get_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["user", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_authorized_ssh_keys_get_ret (src/remote/remote_protocol.x:3898) */
interface RemoteDomainAuthorizedSshKeysGetRet {
  keys: RemoteNonnullString[];
}
const remote_domain_authorized_ssh_keys_get_ret: XdrType = {
  k: "struct",
  name: "remote_domain_authorized_ssh_keys_get_ret",
  f: [["keys", { k: "array", of: remote_nonnull_string, max: 2048 }]],
};

/** remote_domain_authorized_ssh_keys_set_args (src/remote/remote_protocol.x:3902) */
interface RemoteDomainAuthorizedSshKeysSetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  keys: RemoteNonnullString[];
  flags: number;
}
const remote_domain_authorized_ssh_keys_set_args: XdrType = {
  k: "struct",
  name: "remote_domain_authorized_ssh_keys_set_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["user", remote_nonnull_string],
    ["keys", { k: "array", of: remote_nonnull_string, max: 2048 }],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_messages_args (src/remote/remote_protocol.x:3909) */
interface RemoteDomainGetMessagesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_messages_args: XdrType = {
  k: "struct",
  name: "remote_domain_get_messages_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_get_messages_ret (src/remote/remote_protocol.x:3914) */
interface RemoteDomainGetMessagesRet {
  msgs: RemoteNonnullString[];
}
const remote_domain_get_messages_ret: XdrType = {
  k: "struct",
  name: "remote_domain_get_messages_ret",
  f: [["msgs", { k: "array", of: remote_nonnull_string, max: 2048 }]],
};

/** remote_domain_start_dirty_rate_calc_args (src/remote/remote_protocol.x:3918) */
interface RemoteDomainStartDirtyRateCalcArgs {
  dom: RemoteNonnullDomain;
  seconds: number;
  flags: number;
}
const remote_domain_start_dirty_rate_calc_args: XdrType = {
  k: "struct",
  name: "remote_domain_start_dirty_rate_calc_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["seconds", xdr_int],
    ["flags", xdr_uint],
  ],
};

/** remote_domain_event_memory_device_size_change_msg (src/remote/remote_protocol.x:3925) */
interface RemoteDomainEventMemoryDeviceSizeChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  size: number;
}
const remote_domain_event_memory_device_size_change_msg: XdrType = {
  k: "struct",
  name: "remote_domain_event_memory_device_size_change_msg",
  f: [
    ["callbackID", xdr_int],
    ["dom", remote_nonnull_domain],
    ["alias", remote_nonnull_string],
    ["size", xdr_uhyper],
  ],
};

/** remote_domain_fd_associate_args (src/remote/remote_protocol.x:3933) */
interface RemoteDomainFdAssociateArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_fd_associate_args: XdrType = {
  k: "struct",
  name: "remote_domain_fd_associate_args",
  f: [
    ["dom", remote_nonnull_domain],
    ["name", remote_nonnull_string],
    ["flags", xdr_uint],
  ],
};

/** remote_procedure (src/remote/remote_protocol.x:3944) */
const RemoteProcedure = {
  CONNECT_OPEN: 1,
  CONNECT_CLOSE: 2,
  CONNECT_GET_TYPE: 3,
  CONNECT_GET_VERSION: 4,
  CONNECT_GET_MAX_VCPUS: 5,
  NODE_GET_INFO: 6,
  CONNECT_GET_CAPABILITIES: 7,
  DOMAIN_ATTACH_DEVICE: 8,
  DOMAIN_CREATE: 9,
  DOMAIN_CREATE_XML: 10,
  DOMAIN_DEFINE_XML: 11,
  DOMAIN_DESTROY: 12,
  DOMAIN_DETACH_DEVICE: 13,
  DOMAIN_GET_XML_DESC: 14,
  DOMAIN_GET_AUTOSTART: 15,
  DOMAIN_GET_INFO: 16,
  DOMAIN_GET_MAX_MEMORY: 17,
  DOMAIN_GET_MAX_VCPUS: 18,
  DOMAIN_GET_OS_TYPE: 19,
  DOMAIN_GET_VCPUS: 20,
  CONNECT_LIST_DEFINED_DOMAINS: 21,
  DOMAIN_LOOKUP_BY_ID: 22,
  DOMAIN_LOOKUP_BY_NAME: 23,
  DOMAIN_LOOKUP_BY_UUID: 24,
  CONNECT_NUM_OF_DEFINED_DOMAINS: 25,
  DOMAIN_PIN_VCPU: 26,
  DOMAIN_REBOOT: 27,
  DOMAIN_RESUME: 28,
  DOMAIN_SET_AUTOSTART: 29,
  DOMAIN_SET_MAX_MEMORY: 30,
  DOMAIN_SET_MEMORY: 31,
  DOMAIN_SET_VCPUS: 32,
  DOMAIN_SHUTDOWN: 33,
  DOMAIN_SUSPEND: 34,
  DOMAIN_UNDEFINE: 35,
  CONNECT_LIST_DEFINED_NETWORKS: 36,
  CONNECT_LIST_DOMAINS: 37,
  CONNECT_LIST_NETWORKS: 38,
  NETWORK_CREATE: 39,
  NETWORK_CREATE_XML: 40,
  NETWORK_DEFINE_XML: 41,
  NETWORK_DESTROY: 42,
  NETWORK_GET_XML_DESC: 43,
  NETWORK_GET_AUTOSTART: 44,
  NETWORK_GET_BRIDGE_NAME: 45,
  NETWORK_LOOKUP_BY_NAME: 46,
  NETWORK_LOOKUP_BY_UUID: 47,
  NETWORK_SET_AUTOSTART: 48,
  NETWORK_UNDEFINE: 49,
  CONNECT_NUM_OF_DEFINED_NETWORKS: 50,
  CONNECT_NUM_OF_DOMAINS: 51,
  CONNECT_NUM_OF_NETWORKS: 52,
  DOMAIN_CORE_DUMP: 53,
  DOMAIN_RESTORE: 54,
  DOMAIN_SAVE: 55,
  DOMAIN_GET_SCHEDULER_TYPE: 56,
  DOMAIN_GET_SCHEDULER_PARAMETERS: 57,
  DOMAIN_SET_SCHEDULER_PARAMETERS: 58,
  CONNECT_GET_HOSTNAME: 59,
  CONNECT_SUPPORTS_FEATURE: 60,
  DOMAIN_MIGRATE_PREPARE: 61,
  DOMAIN_MIGRATE_PERFORM: 62,
  DOMAIN_MIGRATE_FINISH: 63,
  DOMAIN_BLOCK_STATS: 64,
  DOMAIN_INTERFACE_STATS: 65,
  AUTH_LIST: 66,
  AUTH_SASL_INIT: 67,
  AUTH_SASL_START: 68,
  AUTH_SASL_STEP: 69,
  AUTH_POLKIT: 70,
  CONNECT_NUM_OF_STORAGE_POOLS: 71,
  CONNECT_LIST_STORAGE_POOLS: 72,
  CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: 73,
  CONNECT_LIST_DEFINED_STORAGE_POOLS: 74,
  CONNECT_FIND_STORAGE_POOL_SOURCES: 75,
  STORAGE_POOL_CREATE_XML: 76,
  STORAGE_POOL_DEFINE_XML: 77,
  STORAGE_POOL_CREATE: 78,
  STORAGE_POOL_BUILD: 79,
  STORAGE_POOL_DESTROY: 80,
  STORAGE_POOL_DELETE: 81,
  STORAGE_POOL_UNDEFINE: 82,
  STORAGE_POOL_REFRESH: 83,
  STORAGE_POOL_LOOKUP_BY_NAME: 84,
  STORAGE_POOL_LOOKUP_BY_UUID: 85,
  STORAGE_POOL_LOOKUP_BY_VOLUME: 86,
  STORAGE_POOL_GET_INFO: 87,
  STORAGE_POOL_GET_XML_DESC: 88,
  STORAGE_POOL_GET_AUTOSTART: 89,
  STORAGE_POOL_SET_AUTOSTART: 90,
  STORAGE_POOL_NUM_OF_VOLUMES: 91,
  STORAGE_POOL_LIST_VOLUMES: 92,
  STORAGE_VOL_CREATE_XML: 93,
  STORAGE_VOL_DELETE: 94,
  STORAGE_VOL_LOOKUP_BY_NAME: 95,
  STORAGE_VOL_LOOKUP_BY_KEY: 96,
  STORAGE_VOL_LOOKUP_BY_PATH: 97,
  STORAGE_VOL_GET_INFO: 98,
  STORAGE_VOL_GET_XML_DESC: 99,
  STORAGE_VOL_GET_PATH: 100,
  NODE_GET_CELLS_FREE_MEMORY: 101,
  NODE_GET_FREE_MEMORY: 102,
  DOMAIN_BLOCK_PEEK: 103,
  DOMAIN_MEMORY_PEEK: 104,
  CONNECT_DOMAIN_EVENT_REGISTER: 105,
  CONNECT_DOMAIN_EVENT_DEREGISTER: 106,
  DOMAIN_EVENT_LIFECYCLE: 107,
  DOMAIN_MIGRATE_PREPARE2: 108,
  DOMAIN_MIGRATE_FINISH2: 109,
  CONNECT_GET_URI: 110,
  NODE_NUM_OF_DEVICES: 111,
  NODE_LIST_DEVICES: 112,
  NODE_DEVICE_LOOKUP_BY_NAME: 113,
  NODE_DEVICE_GET_XML_DESC: 114,
  NODE_DEVICE_GET_PARENT: 115,
  NODE_DEVICE_NUM_OF_CAPS: 116,
  NODE_DEVICE_LIST_CAPS: 117,
  NODE_DEVICE_DETTACH: 118,
  NODE_DEVICE_RE_ATTACH: 119,
  NODE_DEVICE_RESET: 120,
  DOMAIN_GET_SECURITY_LABEL: 121,
  NODE_GET_SECURITY_MODEL: 122,
  NODE_DEVICE_CREATE_XML: 123,
  NODE_DEVICE_DESTROY: 124,
  STORAGE_VOL_CREATE_XML_FROM: 125,
  CONNECT_NUM_OF_INTERFACES: 126,
  CONNECT_LIST_INTERFACES: 127,
  INTERFACE_LOOKUP_BY_NAME: 128,
  INTERFACE_LOOKUP_BY_MAC_STRING: 129,
  INTERFACE_GET_XML_DESC: 130,
  INTERFACE_DEFINE_XML: 131,
  INTERFACE_UNDEFINE: 132,
  INTERFACE_CREATE: 133,
  INTERFACE_DESTROY: 134,
  CONNECT_DOMAIN_XML_FROM_NATIVE: 135,
  CONNECT_DOMAIN_XML_TO_NATIVE: 136,
  CONNECT_NUM_OF_DEFINED_INTERFACES: 137,
  CONNECT_LIST_DEFINED_INTERFACES: 138,
  CONNECT_NUM_OF_SECRETS: 139,
  CONNECT_LIST_SECRETS: 140,
  SECRET_LOOKUP_BY_UUID: 141,
  SECRET_DEFINE_XML: 142,
  SECRET_GET_XML_DESC: 143,
  SECRET_SET_VALUE: 144,
  SECRET_GET_VALUE: 145,
  SECRET_UNDEFINE: 146,
  SECRET_LOOKUP_BY_USAGE: 147,
  DOMAIN_MIGRATE_PREPARE_TUNNEL: 148,
  CONNECT_IS_SECURE: 149,
  DOMAIN_IS_ACTIVE: 150,
  DOMAIN_IS_PERSISTENT: 151,
  NETWORK_IS_ACTIVE: 152,
  NETWORK_IS_PERSISTENT: 153,
  STORAGE_POOL_IS_ACTIVE: 154,
  STORAGE_POOL_IS_PERSISTENT: 155,
  INTERFACE_IS_ACTIVE: 156,
  CONNECT_GET_LIB_VERSION: 157,
  CONNECT_COMPARE_CPU: 158,
  DOMAIN_MEMORY_STATS: 159,
  DOMAIN_ATTACH_DEVICE_FLAGS: 160,
  DOMAIN_DETACH_DEVICE_FLAGS: 161,
  CONNECT_BASELINE_CPU: 162,
  DOMAIN_GET_JOB_INFO: 163,
  DOMAIN_ABORT_JOB: 164,
  STORAGE_VOL_WIPE: 165,
  DOMAIN_MIGRATE_SET_MAX_DOWNTIME: 166,
  CONNECT_DOMAIN_EVENT_REGISTER_ANY: 167,
  CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: 168,
  DOMAIN_EVENT_REBOOT: 169,
  DOMAIN_EVENT_RTC_CHANGE: 170,
  DOMAIN_EVENT_WATCHDOG: 171,
  DOMAIN_EVENT_IO_ERROR: 172,
  DOMAIN_EVENT_GRAPHICS: 173,
  DOMAIN_UPDATE_DEVICE_FLAGS: 174,
  NWFILTER_LOOKUP_BY_NAME: 175,
  NWFILTER_LOOKUP_BY_UUID: 176,
  NWFILTER_GET_XML_DESC: 177,
  CONNECT_NUM_OF_NWFILTERS: 178,
  CONNECT_LIST_NWFILTERS: 179,
  NWFILTER_DEFINE_XML: 180,
  NWFILTER_UNDEFINE: 181,
  DOMAIN_MANAGED_SAVE: 182,
  DOMAIN_HAS_MANAGED_SAVE_IMAGE: 183,
  DOMAIN_MANAGED_SAVE_REMOVE: 184,
  DOMAIN_SNAPSHOT_CREATE_XML: 185,
  DOMAIN_SNAPSHOT_GET_XML_DESC: 186,
  DOMAIN_SNAPSHOT_NUM: 187,
  DOMAIN_SNAPSHOT_LIST_NAMES: 188,
  DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: 189,
  DOMAIN_HAS_CURRENT_SNAPSHOT: 190,
  DOMAIN_SNAPSHOT_CURRENT: 191,
  DOMAIN_REVERT_TO_SNAPSHOT: 192,
  DOMAIN_SNAPSHOT_DELETE: 193,
  DOMAIN_GET_BLOCK_INFO: 194,
  DOMAIN_EVENT_IO_ERROR_REASON: 195,
  DOMAIN_CREATE_WITH_FLAGS: 196,
  DOMAIN_SET_MEMORY_PARAMETERS: 197,
  DOMAIN_GET_MEMORY_PARAMETERS: 198,
  DOMAIN_SET_VCPUS_FLAGS: 199,
  DOMAIN_GET_VCPUS_FLAGS: 200,
  DOMAIN_OPEN_CONSOLE: 201,
  DOMAIN_IS_UPDATED: 202,
  CONNECT_GET_SYSINFO: 203,
  DOMAIN_SET_MEMORY_FLAGS: 204,
  DOMAIN_SET_BLKIO_PARAMETERS: 205,
  DOMAIN_GET_BLKIO_PARAMETERS: 206,
  DOMAIN_MIGRATE_SET_MAX_SPEED: 207,
  STORAGE_VOL_UPLOAD: 208,
  STORAGE_VOL_DOWNLOAD: 209,
  DOMAIN_INJECT_NMI: 210,
  DOMAIN_SCREENSHOT: 211,
  DOMAIN_GET_STATE: 212,
  DOMAIN_MIGRATE_BEGIN3: 213,
  DOMAIN_MIGRATE_PREPARE3: 214,
  DOMAIN_MIGRATE_PREPARE_TUNNEL3: 215,
  DOMAIN_MIGRATE_PERFORM3: 216,
  DOMAIN_MIGRATE_FINISH3: 217,
  DOMAIN_MIGRATE_CONFIRM3: 218,
  DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: 219,
  INTERFACE_CHANGE_BEGIN: 220,
  INTERFACE_CHANGE_COMMIT: 221,
  INTERFACE_CHANGE_ROLLBACK: 222,
  DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: 223,
  DOMAIN_EVENT_CONTROL_ERROR: 224,
  DOMAIN_PIN_VCPU_FLAGS: 225,
  DOMAIN_SEND_KEY: 226,
  NODE_GET_CPU_STATS: 227,
  NODE_GET_MEMORY_STATS: 228,
  DOMAIN_GET_CONTROL_INFO: 229,
  DOMAIN_GET_VCPU_PIN_INFO: 230,
  DOMAIN_UNDEFINE_FLAGS: 231,
  DOMAIN_SAVE_FLAGS: 232,
  DOMAIN_RESTORE_FLAGS: 233,
  DOMAIN_DESTROY_FLAGS: 234,
  DOMAIN_SAVE_IMAGE_GET_XML_DESC: 235,
  DOMAIN_SAVE_IMAGE_DEFINE_XML: 236,
  DOMAIN_BLOCK_JOB_ABORT: 237,
  DOMAIN_GET_BLOCK_JOB_INFO: 238,
  DOMAIN_BLOCK_JOB_SET_SPEED: 239,
  DOMAIN_BLOCK_PULL: 240,
  DOMAIN_EVENT_BLOCK_JOB: 241,
  DOMAIN_MIGRATE_GET_MAX_SPEED: 242,
  DOMAIN_BLOCK_STATS_FLAGS: 243,
  DOMAIN_SNAPSHOT_GET_PARENT: 244,
  DOMAIN_RESET: 245,
  DOMAIN_SNAPSHOT_NUM_CHILDREN: 246,
  DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: 247,
  DOMAIN_EVENT_DISK_CHANGE: 248,
  DOMAIN_OPEN_GRAPHICS: 249,
  NODE_SUSPEND_FOR_DURATION: 250,
  DOMAIN_BLOCK_RESIZE: 251,
  DOMAIN_SET_BLOCK_IO_TUNE: 252,
  DOMAIN_GET_BLOCK_IO_TUNE: 253,
  DOMAIN_SET_NUMA_PARAMETERS: 254,
  DOMAIN_GET_NUMA_PARAMETERS: 255,
  DOMAIN_SET_INTERFACE_PARAMETERS: 256,
  DOMAIN_GET_INTERFACE_PARAMETERS: 257,
  DOMAIN_SHUTDOWN_FLAGS: 258,
  STORAGE_VOL_WIPE_PATTERN: 259,
  STORAGE_VOL_RESIZE: 260,
  DOMAIN_PM_SUSPEND_FOR_DURATION: 261,
  DOMAIN_GET_CPU_STATS: 262,
  DOMAIN_GET_DISK_ERRORS: 263,
  DOMAIN_SET_METADATA: 264,
  DOMAIN_GET_METADATA: 265,
  DOMAIN_BLOCK_REBASE: 266,
  DOMAIN_PM_WAKEUP: 267,
  DOMAIN_EVENT_TRAY_CHANGE: 268,
  DOMAIN_EVENT_PMWAKEUP: 269,
  DOMAIN_EVENT_PMSUSPEND: 270,
  DOMAIN_SNAPSHOT_IS_CURRENT: 271,
  DOMAIN_SNAPSHOT_HAS_METADATA: 272,
  CONNECT_LIST_ALL_DOMAINS: 273,
  DOMAIN_LIST_ALL_SNAPSHOTS: 274,
  DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: 275,
  DOMAIN_EVENT_BALLOON_CHANGE: 276,
  DOMAIN_GET_HOSTNAME: 277,
  DOMAIN_GET_SECURITY_LABEL_LIST: 278,
  DOMAIN_PIN_EMULATOR: 279,
  DOMAIN_GET_EMULATOR_PIN_INFO: 280,
  CONNECT_LIST_ALL_STORAGE_POOLS: 281,
  STORAGE_POOL_LIST_ALL_VOLUMES: 282,
  CONNECT_LIST_ALL_NETWORKS: 283,
  CONNECT_LIST_ALL_INTERFACES: 284,
  CONNECT_LIST_ALL_NODE_DEVICES: 285,
  CONNECT_LIST_ALL_NWFILTERS: 286,
  CONNECT_LIST_ALL_SECRETS: 287,
  NODE_SET_MEMORY_PARAMETERS: 288,
  NODE_GET_MEMORY_PARAMETERS: 289,
  DOMAIN_BLOCK_COMMIT: 290,
  NETWORK_UPDATE: 291,
  DOMAIN_EVENT_PMSUSPEND_DISK: 292,
  NODE_GET_CPU_MAP: 293,
  DOMAIN_FSTRIM: 294,
  DOMAIN_SEND_PROCESS_SIGNAL: 295,
  DOMAIN_OPEN_CHANNEL: 296,
  NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: 297,
  DOMAIN_GET_JOB_STATS: 298,
  DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: 299,
  DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: 300,
  NODE_DEVICE_DETACH_FLAGS: 301,
  DOMAIN_MIGRATE_BEGIN3_PARAMS: 302,
  DOMAIN_MIGRATE_PREPARE3_PARAMS: 303,
  DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: 304,
  DOMAIN_MIGRATE_PERFORM3_PARAMS: 305,
  DOMAIN_MIGRATE_FINISH3_PARAMS: 306,
  DOMAIN_MIGRATE_CONFIRM3_PARAMS: 307,
  DOMAIN_SET_MEMORY_STATS_PERIOD: 308,
  DOMAIN_CREATE_XML_WITH_FILES: 309,
  DOMAIN_CREATE_WITH_FILES: 310,
  DOMAIN_EVENT_DEVICE_REMOVED: 311,
  CONNECT_GET_CPU_MODEL_NAMES: 312,
  CONNECT_NETWORK_EVENT_REGISTER_ANY: 313,
  CONNECT_NETWORK_EVENT_DEREGISTER_ANY: 314,
  NETWORK_EVENT_LIFECYCLE: 315,
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: 316,
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: 317,
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: 318,
  DOMAIN_EVENT_CALLBACK_REBOOT: 319,
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: 320,
  DOMAIN_EVENT_CALLBACK_WATCHDOG: 321,
  DOMAIN_EVENT_CALLBACK_IO_ERROR: 322,
  DOMAIN_EVENT_CALLBACK_GRAPHICS: 323,
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: 324,
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: 325,
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: 326,
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: 327,
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: 328,
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: 329,
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: 330,
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: 331,
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: 332,
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: 333,
  DOMAIN_CORE_DUMP_WITH_FORMAT: 334,
  DOMAIN_FSFREEZE: 335,
  DOMAIN_FSTHAW: 336,
  DOMAIN_GET_TIME: 337,
  DOMAIN_SET_TIME: 338,
  DOMAIN_EVENT_BLOCK_JOB_2: 339,
  NODE_GET_FREE_PAGES: 340,
  NETWORK_GET_DHCP_LEASES: 341,
  CONNECT_GET_DOMAIN_CAPABILITIES: 342,
  DOMAIN_OPEN_GRAPHICS_FD: 343,
  CONNECT_GET_ALL_DOMAIN_STATS: 344,
  DOMAIN_BLOCK_COPY: 345,
  DOMAIN_EVENT_CALLBACK_TUNABLE: 346,
  NODE_ALLOC_PAGES: 347,
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: 348,
  DOMAIN_GET_FSINFO: 349,
  DOMAIN_DEFINE_XML_FLAGS: 350,
  DOMAIN_GET_IOTHREAD_INFO: 351,
  DOMAIN_PIN_IOTHREAD: 352,
  DOMAIN_INTERFACE_ADDRESSES: 353,
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: 354,
  DOMAIN_ADD_IOTHREAD: 355,
  DOMAIN_DEL_IOTHREAD: 356,
  DOMAIN_SET_USER_PASSWORD: 357,
  DOMAIN_RENAME: 358,
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: 359,
  CONNECT_REGISTER_CLOSE_CALLBACK: 360,
  CONNECT_UNREGISTER_CLOSE_CALLBACK: 361,
  CONNECT_EVENT_CONNECTION_CLOSED: 362,
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: 363,
  DOMAIN_MIGRATE_START_POST_COPY: 364,
  DOMAIN_GET_PERF_EVENTS: 365,
  DOMAIN_SET_PERF_EVENTS: 366,
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: 367,
  CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: 368,
  CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: 369,
  STORAGE_POOL_EVENT_LIFECYCLE: 370,
  DOMAIN_GET_GUEST_VCPUS: 371,
  DOMAIN_SET_GUEST_VCPUS: 372,
  STORAGE_POOL_EVENT_REFRESH: 373,
  CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: 374,
  CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: 375,
  NODE_DEVICE_EVENT_LIFECYCLE: 376,
  NODE_DEVICE_EVENT_UPDATE: 377,
  STORAGE_VOL_GET_INFO_FLAGS: 378,
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: 379,
  CONNECT_SECRET_EVENT_REGISTER_ANY: 380,
  CONNECT_SECRET_EVENT_DEREGISTER_ANY: 381,
  SECRET_EVENT_LIFECYCLE: 382,
  SECRET_EVENT_VALUE_CHANGED: 383,
  DOMAIN_SET_VCPU: 384,
  DOMAIN_EVENT_BLOCK_THRESHOLD: 385,
  DOMAIN_SET_BLOCK_THRESHOLD: 386,
  DOMAIN_MIGRATE_GET_MAX_DOWNTIME: 387,
  DOMAIN_MANAGED_SAVE_GET_XML_DESC: 388,
  DOMAIN_MANAGED_SAVE_DEFINE_XML: 389,
  DOMAIN_SET_LIFECYCLE_ACTION: 390,
  STORAGE_POOL_LOOKUP_BY_TARGET_PATH: 391,
  DOMAIN_DETACH_DEVICE_ALIAS: 392,
  CONNECT_COMPARE_HYPERVISOR_CPU: 393,
  CONNECT_BASELINE_HYPERVISOR_CPU: 394,
  NODE_GET_SEV_INFO: 395,
  DOMAIN_GET_LAUNCH_SECURITY_INFO: 396,
  NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: 397,
  NWFILTER_BINDING_GET_XML_DESC: 398,
  NWFILTER_BINDING_CREATE_XML: 399,
  NWFILTER_BINDING_DELETE: 400,
  CONNECT_LIST_ALL_NWFILTER_BINDINGS: 401,
  DOMAIN_SET_IOTHREAD_PARAMS: 402,
  CONNECT_GET_STORAGE_POOL_CAPABILITIES: 403,
  NETWORK_LIST_ALL_PORTS: 404,
  NETWORK_PORT_LOOKUP_BY_UUID: 405,
  NETWORK_PORT_CREATE_XML: 406,
  NETWORK_PORT_GET_PARAMETERS: 407,
  NETWORK_PORT_SET_PARAMETERS: 408,
  NETWORK_PORT_GET_XML_DESC: 409,
  NETWORK_PORT_DELETE: 410,
  DOMAIN_CHECKPOINT_CREATE_XML: 411,
  DOMAIN_CHECKPOINT_GET_XML_DESC: 412,
  DOMAIN_LIST_ALL_CHECKPOINTS: 413,
  DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: 414,
  DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: 415,
  DOMAIN_CHECKPOINT_GET_PARENT: 416,
  DOMAIN_CHECKPOINT_DELETE: 417,
  DOMAIN_GET_GUEST_INFO: 418,
  CONNECT_SET_IDENTITY: 419,
  DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: 420,
  DOMAIN_BACKUP_BEGIN: 421,
  DOMAIN_BACKUP_GET_XML_DESC: 422,
  DOMAIN_EVENT_MEMORY_FAILURE: 423,
  DOMAIN_AUTHORIZED_SSH_KEYS_GET: 424,
  DOMAIN_AUTHORIZED_SSH_KEYS_SET: 425,
  DOMAIN_GET_MESSAGES: 426,
  DOMAIN_START_DIRTY_RATE_CALC: 427,
  NODE_DEVICE_DEFINE_XML: 428,
  NODE_DEVICE_UNDEFINE: 429,
  NODE_DEVICE_CREATE: 430,
  NWFILTER_DEFINE_XML_FLAGS: 431,
  NETWORK_DEFINE_XML_FLAGS: 432,
  NODE_DEVICE_GET_AUTOSTART: 433,
  NODE_DEVICE_SET_AUTOSTART: 434,
  NODE_DEVICE_IS_PERSISTENT: 435,
  NODE_DEVICE_IS_ACTIVE: 436,
  NETWORK_CREATE_XML_FLAGS: 437,
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: 438,
  DOMAIN_SET_LAUNCH_SECURITY_STATE: 439,
  DOMAIN_SAVE_PARAMS: 440,
  DOMAIN_RESTORE_PARAMS: 441,
  DOMAIN_ABORT_JOB_FLAGS: 442,
  DOMAIN_FD_ASSOCIATE: 443,
} as const;
type RemoteProcedure = (typeof RemoteProcedure)[keyof typeof RemoteProcedure];

/**
 * CONNECT_OPEN (1).
 * @generate none
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_OPEN: ProcedureSpec<RemoteConnectOpenArgs, void> = {
  proc: 1,
  name: "CONNECT_OPEN",
  args: remote_connect_open_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_CLOSE (2).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_CONNECT_CLOSE: ProcedureSpec<void, void> = {
  proc: 2,
  name: "CONNECT_CLOSE",
  args: null,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * CONNECT_GET_TYPE (3).
 * @generate server
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_TYPE: ProcedureSpec<void, RemoteConnectGetTypeRet> = {
  proc: 3,
  name: "CONNECT_GET_TYPE",
  args: null,
  ret: remote_connect_get_type_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_GET_VERSION (4).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_VERSION: ProcedureSpec<void, RemoteConnectGetVersionRet> = {
  proc: 4,
  name: "CONNECT_GET_VERSION",
  args: null,
  ret: remote_connect_get_version_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_GET_MAX_VCPUS (5).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_MAX_VCPUS: ProcedureSpec<RemoteConnectGetMaxVcpusArgs, RemoteConnectGetMaxVcpusRet> = {
  proc: 5,
  name: "CONNECT_GET_MAX_VCPUS",
  args: remote_connect_get_max_vcpus_args,
  ret: remote_connect_get_max_vcpus_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NODE_GET_INFO (6).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_INFO: ProcedureSpec<void, RemoteNodeGetInfoRet> = {
  proc: 6,
  name: "NODE_GET_INFO",
  args: null,
  ret: remote_node_get_info_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * CONNECT_GET_CAPABILITIES (7).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_CAPABILITIES: ProcedureSpec<void, RemoteConnectGetCapabilitiesRet> = {
  proc: 7,
  name: "CONNECT_GET_CAPABILITIES",
  args: null,
  ret: remote_connect_get_capabilities_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * DOMAIN_ATTACH_DEVICE (8).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ATTACH_DEVICE: ProcedureSpec<RemoteDomainAttachDeviceArgs, void> = {
  proc: 8,
  name: "DOMAIN_ATTACH_DEVICE",
  args: remote_domain_attach_device_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_CREATE (9).
 * @generate server
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE: ProcedureSpec<RemoteDomainCreateArgs, void> = {
  proc: 9,
  name: "DOMAIN_CREATE",
  args: remote_domain_create_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start"],
};
/**
 * DOMAIN_CREATE_XML (10).
 * @generate both
 * @acl domain:write, domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_XML: ProcedureSpec<RemoteDomainCreateXmlArgs, RemoteDomainCreateXmlRet> = {
  proc: 10,
  name: "DOMAIN_CREATE_XML",
  args: remote_domain_create_xml_args,
  ret: remote_domain_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:start"],
};
/**
 * DOMAIN_DEFINE_XML (11).
 * @generate both
 * @priority high
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_DEFINE_XML: ProcedureSpec<RemoteDomainDefineXmlArgs, RemoteDomainDefineXmlRet> = {
  proc: 11,
  name: "DOMAIN_DEFINE_XML",
  args: remote_domain_define_xml_args,
  ret: remote_domain_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write", "domain:save"],
};
/**
 * DOMAIN_DESTROY (12).
 * @generate both
 * @priority high
 * @acl domain:stop
 */
const REMOTE_PROC_DOMAIN_DESTROY: ProcedureSpec<RemoteDomainDestroyArgs, void> = {
  proc: 12,
  name: "DOMAIN_DESTROY",
  args: remote_domain_destroy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:stop"],
};
/**
 * DOMAIN_DETACH_DEVICE (13).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE: ProcedureSpec<RemoteDomainDetachDeviceArgs, void> = {
  proc: 13,
  name: "DOMAIN_DETACH_DEVICE",
  args: remote_domain_detach_device_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_GET_XML_DESC (14).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_XML_SECURE, domain:read_secure:VIR_DOMAIN_XML_MIGRATABLE
 */
const REMOTE_PROC_DOMAIN_GET_XML_DESC: ProcedureSpec<RemoteDomainGetXmlDescArgs, RemoteDomainGetXmlDescRet> = {
  proc: 14,
  name: "DOMAIN_GET_XML_DESC",
  args: remote_domain_get_xml_desc_args,
  ret: remote_domain_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read", "domain:read_secure:VIR_DOMAIN_XML_SECURE", "domain:read_secure:VIR_DOMAIN_XML_MIGRATABLE"],
};
/**
 * DOMAIN_GET_AUTOSTART (15).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_AUTOSTART: ProcedureSpec<RemoteDomainGetAutostartArgs, RemoteDomainGetAutostartRet> = {
  proc: 15,
  name: "DOMAIN_GET_AUTOSTART",
  args: remote_domain_get_autostart_args,
  ret: remote_domain_get_autostart_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_INFO (16).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_INFO: ProcedureSpec<RemoteDomainGetInfoArgs, RemoteDomainGetInfoRet> = {
  proc: 16,
  name: "DOMAIN_GET_INFO",
  args: remote_domain_get_info_args,
  ret: remote_domain_get_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_MAX_MEMORY (17).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MAX_MEMORY: ProcedureSpec<RemoteDomainGetMaxMemoryArgs, RemoteDomainGetMaxMemoryRet> = {
  proc: 17,
  name: "DOMAIN_GET_MAX_MEMORY",
  args: remote_domain_get_max_memory_args,
  ret: remote_domain_get_max_memory_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_MAX_VCPUS (18).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MAX_VCPUS: ProcedureSpec<RemoteDomainGetMaxVcpusArgs, RemoteDomainGetMaxVcpusRet> = {
  proc: 18,
  name: "DOMAIN_GET_MAX_VCPUS",
  args: remote_domain_get_max_vcpus_args,
  ret: remote_domain_get_max_vcpus_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_OS_TYPE (19).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_OS_TYPE: ProcedureSpec<RemoteDomainGetOsTypeArgs, RemoteDomainGetOsTypeRet> = {
  proc: 19,
  name: "DOMAIN_GET_OS_TYPE",
  args: remote_domain_get_os_type_args,
  ret: remote_domain_get_os_type_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_VCPUS (20).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_VCPUS: ProcedureSpec<RemoteDomainGetVcpusArgs, RemoteDomainGetVcpusRet> = {
  proc: 20,
  name: "DOMAIN_GET_VCPUS",
  args: remote_domain_get_vcpus_args,
  ret: remote_domain_get_vcpus_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * CONNECT_LIST_DEFINED_DOMAINS (21).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS: ProcedureSpec<RemoteConnectListDefinedDomainsArgs, RemoteConnectListDefinedDomainsRet> = {
  proc: 21,
  name: "CONNECT_LIST_DEFINED_DOMAINS",
  args: remote_connect_list_defined_domains_args,
  ret: remote_connect_list_defined_domains_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * DOMAIN_LOOKUP_BY_ID (22).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_ID: ProcedureSpec<RemoteDomainLookupByIdArgs, RemoteDomainLookupByIdRet> = {
  proc: 22,
  name: "DOMAIN_LOOKUP_BY_ID",
  args: remote_domain_lookup_by_id_args,
  ret: remote_domain_lookup_by_id_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:getattr"],
};
/**
 * DOMAIN_LOOKUP_BY_NAME (23).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME: ProcedureSpec<RemoteDomainLookupByNameArgs, RemoteDomainLookupByNameRet> = {
  proc: 23,
  name: "DOMAIN_LOOKUP_BY_NAME",
  args: remote_domain_lookup_by_name_args,
  ret: remote_domain_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:getattr"],
};
/**
 * DOMAIN_LOOKUP_BY_UUID (24).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID: ProcedureSpec<RemoteDomainLookupByUuidArgs, RemoteDomainLookupByUuidRet> = {
  proc: 24,
  name: "DOMAIN_LOOKUP_BY_UUID",
  args: remote_domain_lookup_by_uuid_args,
  ret: remote_domain_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:getattr"],
};
/**
 * CONNECT_NUM_OF_DEFINED_DOMAINS (25).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS: ProcedureSpec<void, RemoteConnectNumOfDefinedDomainsRet> = {
  proc: 25,
  name: "CONNECT_NUM_OF_DEFINED_DOMAINS",
  args: null,
  ret: remote_connect_num_of_defined_domains_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * DOMAIN_PIN_VCPU (26).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_PIN_VCPU: ProcedureSpec<RemoteDomainPinVcpuArgs, void> = {
  proc: 26,
  name: "DOMAIN_PIN_VCPU",
  args: remote_domain_pin_vcpu_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_REBOOT (27).
 * @generate both
 * @acl domain:init_control, domain:write:VIR_DOMAIN_REBOOT_GUEST_AGENT
 */
const REMOTE_PROC_DOMAIN_REBOOT: ProcedureSpec<RemoteDomainRebootArgs, void> = {
  proc: 27,
  name: "DOMAIN_REBOOT",
  args: remote_domain_reboot_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:init_control", "domain:write:VIR_DOMAIN_REBOOT_GUEST_AGENT"],
};
/**
 * DOMAIN_RESUME (28).
 * @generate both
 * @acl domain:suspend
 */
const REMOTE_PROC_DOMAIN_RESUME: ProcedureSpec<RemoteDomainResumeArgs, void> = {
  proc: 28,
  name: "DOMAIN_RESUME",
  args: remote_domain_resume_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:suspend"],
};
/**
 * DOMAIN_SET_AUTOSTART (29).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_AUTOSTART: ProcedureSpec<RemoteDomainSetAutostartArgs, void> = {
  proc: 29,
  name: "DOMAIN_SET_AUTOSTART",
  args: remote_domain_set_autostart_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SET_MAX_MEMORY (30).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_MAX_MEMORY: ProcedureSpec<RemoteDomainSetMaxMemoryArgs, void> = {
  proc: 30,
  name: "DOMAIN_SET_MAX_MEMORY",
  args: remote_domain_set_max_memory_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SET_MEMORY (31).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY: ProcedureSpec<RemoteDomainSetMemoryArgs, void> = {
  proc: 31,
  name: "DOMAIN_SET_MEMORY",
  args: remote_domain_set_memory_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SET_VCPUS (32).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_VCPUS: ProcedureSpec<RemoteDomainSetVcpusArgs, void> = {
  proc: 32,
  name: "DOMAIN_SET_VCPUS",
  args: remote_domain_set_vcpus_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SHUTDOWN (33).
 * @generate both
 * @acl domain:init_control
 */
const REMOTE_PROC_DOMAIN_SHUTDOWN: ProcedureSpec<RemoteDomainShutdownArgs, void> = {
  proc: 33,
  name: "DOMAIN_SHUTDOWN",
  args: remote_domain_shutdown_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:init_control"],
};
/**
 * DOMAIN_SUSPEND (34).
 * @generate both
 * @acl domain:suspend
 */
const REMOTE_PROC_DOMAIN_SUSPEND: ProcedureSpec<RemoteDomainSuspendArgs, void> = {
  proc: 34,
  name: "DOMAIN_SUSPEND",
  args: remote_domain_suspend_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:suspend"],
};
/**
 * DOMAIN_UNDEFINE (35).
 * @generate both
 * @priority high
 * @acl domain:delete
 */
const REMOTE_PROC_DOMAIN_UNDEFINE: ProcedureSpec<RemoteDomainUndefineArgs, void> = {
  proc: 35,
  name: "DOMAIN_UNDEFINE",
  args: remote_domain_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:delete"],
};
/**
 * CONNECT_LIST_DEFINED_NETWORKS (36).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS: ProcedureSpec<RemoteConnectListDefinedNetworksArgs, RemoteConnectListDefinedNetworksRet> =
  {
    proc: 36,
    name: "CONNECT_LIST_DEFINED_NETWORKS",
    args: remote_connect_list_defined_networks_args,
    ret: remote_connect_list_defined_networks_ret,
    msg: null,
    stream: null,
    priority: "high",
    acl: ["connect:search_networks"],
  };
/**
 * CONNECT_LIST_DOMAINS (37).
 * @generate server
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DOMAINS: ProcedureSpec<RemoteConnectListDomainsArgs, RemoteConnectListDomainsRet> = {
  proc: 37,
  name: "CONNECT_LIST_DOMAINS",
  args: remote_connect_list_domains_args,
  ret: remote_connect_list_domains_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * CONNECT_LIST_NETWORKS (38).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_NETWORKS: ProcedureSpec<RemoteConnectListNetworksArgs, RemoteConnectListNetworksRet> = {
  proc: 38,
  name: "CONNECT_LIST_NETWORKS",
  args: remote_connect_list_networks_args,
  ret: remote_connect_list_networks_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_networks"],
};
/**
 * NETWORK_CREATE (39).
 * @generate both
 * @acl network:start
 */
const REMOTE_PROC_NETWORK_CREATE: ProcedureSpec<RemoteNetworkCreateArgs, void> = {
  proc: 39,
  name: "NETWORK_CREATE",
  args: remote_network_create_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network:start"],
};
/**
 * NETWORK_CREATE_XML (40).
 * @generate both
 * @acl network:write, network:start
 */
const REMOTE_PROC_NETWORK_CREATE_XML: ProcedureSpec<RemoteNetworkCreateXmlArgs, RemoteNetworkCreateXmlRet> = {
  proc: 40,
  name: "NETWORK_CREATE_XML",
  args: remote_network_create_xml_args,
  ret: remote_network_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network:write", "network:start"],
};
/**
 * NETWORK_DEFINE_XML (41).
 * @generate both
 * @priority high
 * @acl network:write, network:save
 */
const REMOTE_PROC_NETWORK_DEFINE_XML: ProcedureSpec<RemoteNetworkDefineXmlArgs, RemoteNetworkDefineXmlRet> = {
  proc: 41,
  name: "NETWORK_DEFINE_XML",
  args: remote_network_define_xml_args,
  ret: remote_network_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:write", "network:save"],
};
/**
 * NETWORK_DESTROY (42).
 * @generate both
 * @priority high
 * @acl network:stop
 */
const REMOTE_PROC_NETWORK_DESTROY: ProcedureSpec<RemoteNetworkDestroyArgs, void> = {
  proc: 42,
  name: "NETWORK_DESTROY",
  args: remote_network_destroy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:stop"],
};
/**
 * NETWORK_GET_XML_DESC (43).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_XML_DESC: ProcedureSpec<RemoteNetworkGetXmlDescArgs, RemoteNetworkGetXmlDescRet> = {
  proc: 43,
  name: "NETWORK_GET_XML_DESC",
  args: remote_network_get_xml_desc_args,
  ret: remote_network_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:read"],
};
/**
 * NETWORK_GET_AUTOSTART (44).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_AUTOSTART: ProcedureSpec<RemoteNetworkGetAutostartArgs, RemoteNetworkGetAutostartRet> = {
  proc: 44,
  name: "NETWORK_GET_AUTOSTART",
  args: remote_network_get_autostart_args,
  ret: remote_network_get_autostart_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:read"],
};
/**
 * NETWORK_GET_BRIDGE_NAME (45).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_BRIDGE_NAME: ProcedureSpec<RemoteNetworkGetBridgeNameArgs, RemoteNetworkGetBridgeNameRet> = {
  proc: 45,
  name: "NETWORK_GET_BRIDGE_NAME",
  args: remote_network_get_bridge_name_args,
  ret: remote_network_get_bridge_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:read"],
};
/**
 * NETWORK_LOOKUP_BY_NAME (46).
 * @generate both
 * @priority high
 * @acl network:getattr
 */
const REMOTE_PROC_NETWORK_LOOKUP_BY_NAME: ProcedureSpec<RemoteNetworkLookupByNameArgs, RemoteNetworkLookupByNameRet> = {
  proc: 46,
  name: "NETWORK_LOOKUP_BY_NAME",
  args: remote_network_lookup_by_name_args,
  ret: remote_network_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:getattr"],
};
/**
 * NETWORK_LOOKUP_BY_UUID (47).
 * @generate both
 * @priority high
 * @acl network:getattr
 */
const REMOTE_PROC_NETWORK_LOOKUP_BY_UUID: ProcedureSpec<RemoteNetworkLookupByUuidArgs, RemoteNetworkLookupByUuidRet> = {
  proc: 47,
  name: "NETWORK_LOOKUP_BY_UUID",
  args: remote_network_lookup_by_uuid_args,
  ret: remote_network_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:getattr"],
};
/**
 * NETWORK_SET_AUTOSTART (48).
 * @generate both
 * @priority high
 * @acl network:write
 */
const REMOTE_PROC_NETWORK_SET_AUTOSTART: ProcedureSpec<RemoteNetworkSetAutostartArgs, void> = {
  proc: 48,
  name: "NETWORK_SET_AUTOSTART",
  args: remote_network_set_autostart_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:write"],
};
/**
 * NETWORK_UNDEFINE (49).
 * @generate both
 * @priority high
 * @acl network:delete
 */
const REMOTE_PROC_NETWORK_UNDEFINE: ProcedureSpec<RemoteNetworkUndefineArgs, void> = {
  proc: 49,
  name: "NETWORK_UNDEFINE",
  args: remote_network_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:delete"],
};
/**
 * CONNECT_NUM_OF_DEFINED_NETWORKS (50).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS: ProcedureSpec<void, RemoteConnectNumOfDefinedNetworksRet> = {
  proc: 50,
  name: "CONNECT_NUM_OF_DEFINED_NETWORKS",
  args: null,
  ret: remote_connect_num_of_defined_networks_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_networks"],
};
/**
 * CONNECT_NUM_OF_DOMAINS (51).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DOMAINS: ProcedureSpec<void, RemoteConnectNumOfDomainsRet> = {
  proc: 51,
  name: "CONNECT_NUM_OF_DOMAINS",
  args: null,
  ret: remote_connect_num_of_domains_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * CONNECT_NUM_OF_NETWORKS (52).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_NETWORKS: ProcedureSpec<void, RemoteConnectNumOfNetworksRet> = {
  proc: 52,
  name: "CONNECT_NUM_OF_NETWORKS",
  args: null,
  ret: remote_connect_num_of_networks_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_networks"],
};
/**
 * DOMAIN_CORE_DUMP (53).
 * @generate both
 * @acl domain:core_dump
 */
const REMOTE_PROC_DOMAIN_CORE_DUMP: ProcedureSpec<RemoteDomainCoreDumpArgs, void> = {
  proc: 53,
  name: "DOMAIN_CORE_DUMP",
  args: remote_domain_core_dump_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:core_dump"],
};
/**
 * DOMAIN_RESTORE (54).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE: ProcedureSpec<RemoteDomainRestoreArgs, void> = {
  proc: 54,
  name: "DOMAIN_RESTORE",
  args: remote_domain_restore_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start", "domain:write"],
};
/**
 * DOMAIN_SAVE (55).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE: ProcedureSpec<RemoteDomainSaveArgs, void> = {
  proc: 55,
  name: "DOMAIN_SAVE",
  args: remote_domain_save_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:hibernate"],
};
/**
 * DOMAIN_GET_SCHEDULER_TYPE (56).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE: ProcedureSpec<RemoteDomainGetSchedulerTypeArgs, RemoteDomainGetSchedulerTypeRet> = {
  proc: 56,
  name: "DOMAIN_GET_SCHEDULER_TYPE",
  args: remote_domain_get_scheduler_type_args,
  ret: remote_domain_get_scheduler_type_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_SCHEDULER_PARAMETERS (57).
 * @generate client
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS: ProcedureSpec<
  RemoteDomainGetSchedulerParametersArgs,
  RemoteDomainGetSchedulerParametersRet
> = {
  proc: 57,
  name: "DOMAIN_GET_SCHEDULER_PARAMETERS",
  args: remote_domain_get_scheduler_parameters_args,
  ret: remote_domain_get_scheduler_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_SCHEDULER_PARAMETERS (58).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS: ProcedureSpec<RemoteDomainSetSchedulerParametersArgs, void> = {
  proc: 58,
  name: "DOMAIN_SET_SCHEDULER_PARAMETERS",
  args: remote_domain_set_scheduler_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * CONNECT_GET_HOSTNAME (59).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_HOSTNAME: ProcedureSpec<void, RemoteConnectGetHostnameRet> = {
  proc: 59,
  name: "CONNECT_GET_HOSTNAME",
  args: null,
  ret: remote_connect_get_hostname_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_SUPPORTS_FEATURE (60).
 * @generate client
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_SUPPORTS_FEATURE: ProcedureSpec<RemoteConnectSupportsFeatureArgs, RemoteConnectSupportsFeatureRet> = {
  proc: 60,
  name: "CONNECT_SUPPORTS_FEATURE",
  args: remote_connect_supports_feature_args,
  ret: remote_connect_supports_feature_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * DOMAIN_MIGRATE_PREPARE (61).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE: ProcedureSpec<RemoteDomainMigratePrepareArgs, RemoteDomainMigratePrepareRet> = {
  proc: 61,
  name: "DOMAIN_MIGRATE_PREPARE",
  args: remote_domain_migrate_prepare_args,
  ret: remote_domain_migrate_prepare_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_PERFORM (62).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM: ProcedureSpec<RemoteDomainMigratePerformArgs, void> = {
  proc: 62,
  name: "DOMAIN_MIGRATE_PERFORM",
  args: remote_domain_migrate_perform_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_FINISH (63).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH: ProcedureSpec<RemoteDomainMigrateFinishArgs, RemoteDomainMigrateFinishRet> = {
  proc: 63,
  name: "DOMAIN_MIGRATE_FINISH",
  args: remote_domain_migrate_finish_args,
  ret: remote_domain_migrate_finish_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_BLOCK_STATS (64).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BLOCK_STATS: ProcedureSpec<RemoteDomainBlockStatsArgs, RemoteDomainBlockStatsRet> = {
  proc: 64,
  name: "DOMAIN_BLOCK_STATS",
  args: remote_domain_block_stats_args,
  ret: remote_domain_block_stats_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_INTERFACE_STATS (65).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_INTERFACE_STATS: ProcedureSpec<RemoteDomainInterfaceStatsArgs, RemoteDomainInterfaceStatsRet> = {
  proc: 65,
  name: "DOMAIN_INTERFACE_STATS",
  args: remote_domain_interface_stats_args,
  ret: remote_domain_interface_stats_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * AUTH_LIST (66).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_LIST: ProcedureSpec<void, RemoteAuthListRet> = {
  proc: 66,
  name: "AUTH_LIST",
  args: null,
  ret: remote_auth_list_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * AUTH_SASL_INIT (67).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_INIT: ProcedureSpec<void, RemoteAuthSaslInitRet> = {
  proc: 67,
  name: "AUTH_SASL_INIT",
  args: null,
  ret: remote_auth_sasl_init_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * AUTH_SASL_START (68).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_START: ProcedureSpec<RemoteAuthSaslStartArgs, RemoteAuthSaslStartRet> = {
  proc: 68,
  name: "AUTH_SASL_START",
  args: remote_auth_sasl_start_args,
  ret: remote_auth_sasl_start_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * AUTH_SASL_STEP (69).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_STEP: ProcedureSpec<RemoteAuthSaslStepArgs, RemoteAuthSaslStepRet> = {
  proc: 69,
  name: "AUTH_SASL_STEP",
  args: remote_auth_sasl_step_args,
  ret: remote_auth_sasl_step_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * AUTH_POLKIT (70).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_POLKIT: ProcedureSpec<void, RemoteAuthPolkitRet> = {
  proc: 70,
  name: "AUTH_POLKIT",
  args: null,
  ret: remote_auth_polkit_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * CONNECT_NUM_OF_STORAGE_POOLS (71).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS: ProcedureSpec<void, RemoteConnectNumOfStoragePoolsRet> = {
  proc: 71,
  name: "CONNECT_NUM_OF_STORAGE_POOLS",
  args: null,
  ret: remote_connect_num_of_storage_pools_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_storage_pools"],
};
/**
 * CONNECT_LIST_STORAGE_POOLS (72).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS: ProcedureSpec<RemoteConnectListStoragePoolsArgs, RemoteConnectListStoragePoolsRet> = {
  proc: 72,
  name: "CONNECT_LIST_STORAGE_POOLS",
  args: remote_connect_list_storage_pools_args,
  ret: remote_connect_list_storage_pools_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_storage_pools"],
};
/**
 * CONNECT_NUM_OF_DEFINED_STORAGE_POOLS (73).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: ProcedureSpec<void, RemoteConnectNumOfDefinedStoragePoolsRet> = {
  proc: 73,
  name: "CONNECT_NUM_OF_DEFINED_STORAGE_POOLS",
  args: null,
  ret: remote_connect_num_of_defined_storage_pools_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_storage_pools"],
};
/**
 * CONNECT_LIST_DEFINED_STORAGE_POOLS (74).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS: ProcedureSpec<
  RemoteConnectListDefinedStoragePoolsArgs,
  RemoteConnectListDefinedStoragePoolsRet
> = {
  proc: 74,
  name: "CONNECT_LIST_DEFINED_STORAGE_POOLS",
  args: remote_connect_list_defined_storage_pools_args,
  ret: remote_connect_list_defined_storage_pools_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_storage_pools"],
};
/**
 * CONNECT_FIND_STORAGE_POOL_SOURCES (75).
 * @generate server
 * @acl connect:detect_storage_pools
 */
const REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES: ProcedureSpec<
  RemoteConnectFindStoragePoolSourcesArgs,
  RemoteConnectFindStoragePoolSourcesRet
> = {
  proc: 75,
  name: "CONNECT_FIND_STORAGE_POOL_SOURCES",
  args: remote_connect_find_storage_pool_sources_args,
  ret: remote_connect_find_storage_pool_sources_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:detect_storage_pools"],
};
/**
 * STORAGE_POOL_CREATE_XML (76).
 * @generate both
 * @acl storage_pool:start, storage_pool:write
 */
const REMOTE_PROC_STORAGE_POOL_CREATE_XML: ProcedureSpec<RemoteStoragePoolCreateXmlArgs, RemoteStoragePoolCreateXmlRet> = {
  proc: 76,
  name: "STORAGE_POOL_CREATE_XML",
  args: remote_storage_pool_create_xml_args,
  ret: remote_storage_pool_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_pool:start", "storage_pool:write"],
};
/**
 * STORAGE_POOL_DEFINE_XML (77).
 * @generate both
 * @priority high
 * @acl storage_pool:write, storage_pool:save
 */
const REMOTE_PROC_STORAGE_POOL_DEFINE_XML: ProcedureSpec<RemoteStoragePoolDefineXmlArgs, RemoteStoragePoolDefineXmlRet> = {
  proc: 77,
  name: "STORAGE_POOL_DEFINE_XML",
  args: remote_storage_pool_define_xml_args,
  ret: remote_storage_pool_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:write", "storage_pool:save"],
};
/**
 * STORAGE_POOL_CREATE (78).
 * @generate both
 * @acl storage_pool:start
 */
const REMOTE_PROC_STORAGE_POOL_CREATE: ProcedureSpec<RemoteStoragePoolCreateArgs, void> = {
  proc: 78,
  name: "STORAGE_POOL_CREATE",
  args: remote_storage_pool_create_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_pool:start"],
};
/**
 * STORAGE_POOL_BUILD (79).
 * @generate both
 * @acl storage_pool:format
 */
const REMOTE_PROC_STORAGE_POOL_BUILD: ProcedureSpec<RemoteStoragePoolBuildArgs, void> = {
  proc: 79,
  name: "STORAGE_POOL_BUILD",
  args: remote_storage_pool_build_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_pool:format"],
};
/**
 * STORAGE_POOL_DESTROY (80).
 * @generate both
 * @priority high
 * @acl storage_pool:stop
 */
const REMOTE_PROC_STORAGE_POOL_DESTROY: ProcedureSpec<RemoteStoragePoolDestroyArgs, void> = {
  proc: 80,
  name: "STORAGE_POOL_DESTROY",
  args: remote_storage_pool_destroy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:stop"],
};
/**
 * STORAGE_POOL_DELETE (81).
 * @generate both
 * @acl storage_pool:format
 */
const REMOTE_PROC_STORAGE_POOL_DELETE: ProcedureSpec<RemoteStoragePoolDeleteArgs, void> = {
  proc: 81,
  name: "STORAGE_POOL_DELETE",
  args: remote_storage_pool_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_pool:format"],
};
/**
 * STORAGE_POOL_UNDEFINE (82).
 * @generate both
 * @priority high
 * @acl storage_pool:delete
 */
const REMOTE_PROC_STORAGE_POOL_UNDEFINE: ProcedureSpec<RemoteStoragePoolUndefineArgs, void> = {
  proc: 82,
  name: "STORAGE_POOL_UNDEFINE",
  args: remote_storage_pool_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:delete"],
};
/**
 * STORAGE_POOL_REFRESH (83).
 * @generate both
 * @acl storage_pool:refresh
 */
const REMOTE_PROC_STORAGE_POOL_REFRESH: ProcedureSpec<RemoteStoragePoolRefreshArgs, void> = {
  proc: 83,
  name: "STORAGE_POOL_REFRESH",
  args: remote_storage_pool_refresh_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_pool:refresh"],
};
/**
 * STORAGE_POOL_LOOKUP_BY_NAME (84).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME: ProcedureSpec<RemoteStoragePoolLookupByNameArgs, RemoteStoragePoolLookupByNameRet> = {
  proc: 84,
  name: "STORAGE_POOL_LOOKUP_BY_NAME",
  args: remote_storage_pool_lookup_by_name_args,
  ret: remote_storage_pool_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:getattr"],
};
/**
 * STORAGE_POOL_LOOKUP_BY_UUID (85).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID: ProcedureSpec<RemoteStoragePoolLookupByUuidArgs, RemoteStoragePoolLookupByUuidRet> = {
  proc: 85,
  name: "STORAGE_POOL_LOOKUP_BY_UUID",
  args: remote_storage_pool_lookup_by_uuid_args,
  ret: remote_storage_pool_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:getattr"],
};
/**
 * STORAGE_POOL_LOOKUP_BY_VOLUME (86).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME: ProcedureSpec<RemoteStoragePoolLookupByVolumeArgs, RemoteStoragePoolLookupByVolumeRet> = {
  proc: 86,
  name: "STORAGE_POOL_LOOKUP_BY_VOLUME",
  args: remote_storage_pool_lookup_by_volume_args,
  ret: remote_storage_pool_lookup_by_volume_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:getattr"],
};
/**
 * STORAGE_POOL_GET_INFO (87).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_INFO: ProcedureSpec<RemoteStoragePoolGetInfoArgs, RemoteStoragePoolGetInfoRet> = {
  proc: 87,
  name: "STORAGE_POOL_GET_INFO",
  args: remote_storage_pool_get_info_args,
  ret: remote_storage_pool_get_info_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:read"],
};
/**
 * STORAGE_POOL_GET_XML_DESC (88).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_XML_DESC: ProcedureSpec<RemoteStoragePoolGetXmlDescArgs, RemoteStoragePoolGetXmlDescRet> = {
  proc: 88,
  name: "STORAGE_POOL_GET_XML_DESC",
  args: remote_storage_pool_get_xml_desc_args,
  ret: remote_storage_pool_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:read"],
};
/**
 * STORAGE_POOL_GET_AUTOSTART (89).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART: ProcedureSpec<RemoteStoragePoolGetAutostartArgs, RemoteStoragePoolGetAutostartRet> = {
  proc: 89,
  name: "STORAGE_POOL_GET_AUTOSTART",
  args: remote_storage_pool_get_autostart_args,
  ret: remote_storage_pool_get_autostart_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:read"],
};
/**
 * STORAGE_POOL_SET_AUTOSTART (90).
 * @generate both
 * @priority high
 * @acl storage_pool:write
 */
const REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART: ProcedureSpec<RemoteStoragePoolSetAutostartArgs, void> = {
  proc: 90,
  name: "STORAGE_POOL_SET_AUTOSTART",
  args: remote_storage_pool_set_autostart_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:write"],
};
/**
 * STORAGE_POOL_NUM_OF_VOLUMES (91).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES: ProcedureSpec<RemoteStoragePoolNumOfVolumesArgs, RemoteStoragePoolNumOfVolumesRet> = {
  proc: 91,
  name: "STORAGE_POOL_NUM_OF_VOLUMES",
  args: remote_storage_pool_num_of_volumes_args,
  ret: remote_storage_pool_num_of_volumes_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:search_storage_vols"],
};
/**
 * STORAGE_POOL_LIST_VOLUMES (92).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES: ProcedureSpec<RemoteStoragePoolListVolumesArgs, RemoteStoragePoolListVolumesRet> = {
  proc: 92,
  name: "STORAGE_POOL_LIST_VOLUMES",
  args: remote_storage_pool_list_volumes_args,
  ret: remote_storage_pool_list_volumes_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:search_storage_vols"],
};
/**
 * STORAGE_VOL_CREATE_XML (93).
 * @generate both
 * @acl storage_vol:create
 */
const REMOTE_PROC_STORAGE_VOL_CREATE_XML: ProcedureSpec<RemoteStorageVolCreateXmlArgs, RemoteStorageVolCreateXmlRet> = {
  proc: 93,
  name: "STORAGE_VOL_CREATE_XML",
  args: remote_storage_vol_create_xml_args,
  ret: remote_storage_vol_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:create"],
};
/**
 * STORAGE_VOL_DELETE (94).
 * @generate both
 * @acl storage_vol:delete
 */
const REMOTE_PROC_STORAGE_VOL_DELETE: ProcedureSpec<RemoteStorageVolDeleteArgs, void> = {
  proc: 94,
  name: "STORAGE_VOL_DELETE",
  args: remote_storage_vol_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:delete"],
};
/**
 * STORAGE_VOL_LOOKUP_BY_NAME (95).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME: ProcedureSpec<RemoteStorageVolLookupByNameArgs, RemoteStorageVolLookupByNameRet> = {
  proc: 95,
  name: "STORAGE_VOL_LOOKUP_BY_NAME",
  args: remote_storage_vol_lookup_by_name_args,
  ret: remote_storage_vol_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:getattr"],
};
/**
 * STORAGE_VOL_LOOKUP_BY_KEY (96).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY: ProcedureSpec<RemoteStorageVolLookupByKeyArgs, RemoteStorageVolLookupByKeyRet> = {
  proc: 96,
  name: "STORAGE_VOL_LOOKUP_BY_KEY",
  args: remote_storage_vol_lookup_by_key_args,
  ret: remote_storage_vol_lookup_by_key_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:getattr"],
};
/**
 * STORAGE_VOL_LOOKUP_BY_PATH (97).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH: ProcedureSpec<RemoteStorageVolLookupByPathArgs, RemoteStorageVolLookupByPathRet> = {
  proc: 97,
  name: "STORAGE_VOL_LOOKUP_BY_PATH",
  args: remote_storage_vol_lookup_by_path_args,
  ret: remote_storage_vol_lookup_by_path_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:getattr"],
};
/**
 * STORAGE_VOL_GET_INFO (98).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_INFO: ProcedureSpec<RemoteStorageVolGetInfoArgs, RemoteStorageVolGetInfoRet> = {
  proc: 98,
  name: "STORAGE_VOL_GET_INFO",
  args: remote_storage_vol_get_info_args,
  ret: remote_storage_vol_get_info_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:read"],
};
/**
 * STORAGE_VOL_GET_XML_DESC (99).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_XML_DESC: ProcedureSpec<RemoteStorageVolGetXmlDescArgs, RemoteStorageVolGetXmlDescRet> = {
  proc: 99,
  name: "STORAGE_VOL_GET_XML_DESC",
  args: remote_storage_vol_get_xml_desc_args,
  ret: remote_storage_vol_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:read"],
};
/**
 * STORAGE_VOL_GET_PATH (100).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_PATH: ProcedureSpec<RemoteStorageVolGetPathArgs, RemoteStorageVolGetPathRet> = {
  proc: 100,
  name: "STORAGE_VOL_GET_PATH",
  args: remote_storage_vol_get_path_args,
  ret: remote_storage_vol_get_path_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:read"],
};
/**
 * NODE_GET_CELLS_FREE_MEMORY (101).
 * @generate server
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY: ProcedureSpec<RemoteNodeGetCellsFreeMemoryArgs, RemoteNodeGetCellsFreeMemoryRet> = {
  proc: 101,
  name: "NODE_GET_CELLS_FREE_MEMORY",
  args: remote_node_get_cells_free_memory_args,
  ret: remote_node_get_cells_free_memory_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NODE_GET_FREE_MEMORY (102).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_FREE_MEMORY: ProcedureSpec<void, RemoteNodeGetFreeMemoryRet> = {
  proc: 102,
  name: "NODE_GET_FREE_MEMORY",
  args: null,
  ret: remote_node_get_free_memory_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_BLOCK_PEEK (103).
 * @generate none
 * @acl domain:block_read
 */
const REMOTE_PROC_DOMAIN_BLOCK_PEEK: ProcedureSpec<RemoteDomainBlockPeekArgs, RemoteDomainBlockPeekRet> = {
  proc: 103,
  name: "DOMAIN_BLOCK_PEEK",
  args: remote_domain_block_peek_args,
  ret: remote_domain_block_peek_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_read"],
};
/**
 * DOMAIN_MEMORY_PEEK (104).
 * @generate none
 * @acl domain:mem_read
 */
const REMOTE_PROC_DOMAIN_MEMORY_PEEK: ProcedureSpec<RemoteDomainMemoryPeekArgs, RemoteDomainMemoryPeekRet> = {
  proc: 104,
  name: "DOMAIN_MEMORY_PEEK",
  args: remote_domain_memory_peek_args,
  ret: remote_domain_memory_peek_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:mem_read"],
};
/**
 * CONNECT_DOMAIN_EVENT_REGISTER (105).
 * @generate none
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER: ProcedureSpec<void, RemoteConnectDomainEventRegisterRet> = {
  proc: 105,
  name: "CONNECT_DOMAIN_EVENT_REGISTER",
  args: null,
  ret: remote_connect_domain_event_register_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * CONNECT_DOMAIN_EVENT_DEREGISTER (106).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER: ProcedureSpec<void, RemoteConnectDomainEventDeregisterRet> = {
  proc: 106,
  name: "CONNECT_DOMAIN_EVENT_DEREGISTER",
  args: null,
  ret: remote_connect_domain_event_deregister_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_EVENT_LIFECYCLE (107): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE: ProcedureSpec<RemoteDomainEventLifecycleMsg, void> = {
  proc: 107,
  name: "DOMAIN_EVENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_domain_event_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_MIGRATE_PREPARE2 (108).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2: ProcedureSpec<RemoteDomainMigratePrepare2Args, RemoteDomainMigratePrepare2Ret> = {
  proc: 108,
  name: "DOMAIN_MIGRATE_PREPARE2",
  args: remote_domain_migrate_prepare2_args,
  ret: remote_domain_migrate_prepare2_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_FINISH2 (109).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH2: ProcedureSpec<RemoteDomainMigrateFinish2Args, RemoteDomainMigrateFinish2Ret> = {
  proc: 109,
  name: "DOMAIN_MIGRATE_FINISH2",
  args: remote_domain_migrate_finish2_args,
  ret: remote_domain_migrate_finish2_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * CONNECT_GET_URI (110).
 * @generate server
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_URI: ProcedureSpec<void, RemoteConnectGetUriRet> = {
  proc: 110,
  name: "CONNECT_GET_URI",
  args: null,
  ret: remote_connect_get_uri_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * NODE_NUM_OF_DEVICES (111).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_NODE_NUM_OF_DEVICES: ProcedureSpec<RemoteNodeNumOfDevicesArgs, RemoteNodeNumOfDevicesRet> = {
  proc: 111,
  name: "NODE_NUM_OF_DEVICES",
  args: remote_node_num_of_devices_args,
  ret: remote_node_num_of_devices_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_node_devices"],
};
/**
 * NODE_LIST_DEVICES (112).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_NODE_LIST_DEVICES: ProcedureSpec<RemoteNodeListDevicesArgs, RemoteNodeListDevicesRet> = {
  proc: 112,
  name: "NODE_LIST_DEVICES",
  args: remote_node_list_devices_args,
  ret: remote_node_list_devices_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_node_devices"],
};
/**
 * NODE_DEVICE_LOOKUP_BY_NAME (113).
 * @generate both
 * @priority high
 * @acl node_device:getattr
 */
const REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME: ProcedureSpec<RemoteNodeDeviceLookupByNameArgs, RemoteNodeDeviceLookupByNameRet> = {
  proc: 113,
  name: "NODE_DEVICE_LOOKUP_BY_NAME",
  args: remote_node_device_lookup_by_name_args,
  ret: remote_node_device_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:getattr"],
};
/**
 * NODE_DEVICE_GET_XML_DESC (114).
 * @generate both
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_XML_DESC: ProcedureSpec<RemoteNodeDeviceGetXmlDescArgs, RemoteNodeDeviceGetXmlDescRet> = {
  proc: 114,
  name: "NODE_DEVICE_GET_XML_DESC",
  args: remote_node_device_get_xml_desc_args,
  ret: remote_node_device_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_GET_PARENT (115).
 * @generate client
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_PARENT: ProcedureSpec<RemoteNodeDeviceGetParentArgs, RemoteNodeDeviceGetParentRet> = {
  proc: 115,
  name: "NODE_DEVICE_GET_PARENT",
  args: remote_node_device_get_parent_args,
  ret: remote_node_device_get_parent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_NUM_OF_CAPS (116).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS: ProcedureSpec<RemoteNodeDeviceNumOfCapsArgs, RemoteNodeDeviceNumOfCapsRet> = {
  proc: 116,
  name: "NODE_DEVICE_NUM_OF_CAPS",
  args: remote_node_device_num_of_caps_args,
  ret: remote_node_device_num_of_caps_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_LIST_CAPS (117).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_LIST_CAPS: ProcedureSpec<RemoteNodeDeviceListCapsArgs, RemoteNodeDeviceListCapsRet> = {
  proc: 117,
  name: "NODE_DEVICE_LIST_CAPS",
  args: remote_node_device_list_caps_args,
  ret: remote_node_device_list_caps_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_DETTACH (118).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_DETTACH: ProcedureSpec<RemoteNodeDeviceDettachArgs, void> = {
  proc: 118,
  name: "NODE_DEVICE_DETTACH",
  args: remote_node_device_dettach_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:detach"],
};
/**
 * NODE_DEVICE_RE_ATTACH (119).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_RE_ATTACH: ProcedureSpec<RemoteNodeDeviceReAttachArgs, void> = {
  proc: 119,
  name: "NODE_DEVICE_RE_ATTACH",
  args: remote_node_device_re_attach_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:detach"],
};
/**
 * NODE_DEVICE_RESET (120).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_RESET: ProcedureSpec<RemoteNodeDeviceResetArgs, void> = {
  proc: 120,
  name: "NODE_DEVICE_RESET",
  args: remote_node_device_reset_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:detach"],
};
/**
 * DOMAIN_GET_SECURITY_LABEL (121).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL: ProcedureSpec<RemoteDomainGetSecurityLabelArgs, RemoteDomainGetSecurityLabelRet> = {
  proc: 121,
  name: "DOMAIN_GET_SECURITY_LABEL",
  args: remote_domain_get_security_label_args,
  ret: remote_domain_get_security_label_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * NODE_GET_SECURITY_MODEL (122).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_SECURITY_MODEL: ProcedureSpec<void, RemoteNodeGetSecurityModelRet> = {
  proc: 122,
  name: "NODE_GET_SECURITY_MODEL",
  args: null,
  ret: remote_node_get_security_model_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NODE_DEVICE_CREATE_XML (123).
 * @generate both
 * @acl node_device:write, node_device:start
 */
const REMOTE_PROC_NODE_DEVICE_CREATE_XML: ProcedureSpec<RemoteNodeDeviceCreateXmlArgs, RemoteNodeDeviceCreateXmlRet> = {
  proc: 123,
  name: "NODE_DEVICE_CREATE_XML",
  args: remote_node_device_create_xml_args,
  ret: remote_node_device_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:write", "node_device:start"],
};
/**
 * NODE_DEVICE_DESTROY (124).
 * @generate both
 * @priority high
 * @acl node_device:stop
 */
const REMOTE_PROC_NODE_DEVICE_DESTROY: ProcedureSpec<RemoteNodeDeviceDestroyArgs, void> = {
  proc: 124,
  name: "NODE_DEVICE_DESTROY",
  args: remote_node_device_destroy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:stop"],
};
/**
 * STORAGE_VOL_CREATE_XML_FROM (125).
 * @generate both
 * @acl storage_vol:create
 */
const REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM: ProcedureSpec<RemoteStorageVolCreateXmlFromArgs, RemoteStorageVolCreateXmlFromRet> = {
  proc: 125,
  name: "STORAGE_VOL_CREATE_XML_FROM",
  args: remote_storage_vol_create_xml_from_args,
  ret: remote_storage_vol_create_xml_from_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:create"],
};
/**
 * CONNECT_NUM_OF_INTERFACES (126).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_INTERFACES: ProcedureSpec<void, RemoteConnectNumOfInterfacesRet> = {
  proc: 126,
  name: "CONNECT_NUM_OF_INTERFACES",
  args: null,
  ret: remote_connect_num_of_interfaces_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_interfaces"],
};
/**
 * CONNECT_LIST_INTERFACES (127).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_LIST_INTERFACES: ProcedureSpec<RemoteConnectListInterfacesArgs, RemoteConnectListInterfacesRet> = {
  proc: 127,
  name: "CONNECT_LIST_INTERFACES",
  args: remote_connect_list_interfaces_args,
  ret: remote_connect_list_interfaces_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_interfaces"],
};
/**
 * INTERFACE_LOOKUP_BY_NAME (128).
 * @generate both
 * @priority high
 * @acl interface:getattr
 */
const REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME: ProcedureSpec<RemoteInterfaceLookupByNameArgs, RemoteInterfaceLookupByNameRet> = {
  proc: 128,
  name: "INTERFACE_LOOKUP_BY_NAME",
  args: remote_interface_lookup_by_name_args,
  ret: remote_interface_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["interface:getattr"],
};
/**
 * INTERFACE_LOOKUP_BY_MAC_STRING (129).
 * @generate both
 * @priority high
 * @acl interface:getattr
 */
const REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING: ProcedureSpec<RemoteInterfaceLookupByMacStringArgs, RemoteInterfaceLookupByMacStringRet> =
  {
    proc: 129,
    name: "INTERFACE_LOOKUP_BY_MAC_STRING",
    args: remote_interface_lookup_by_mac_string_args,
    ret: remote_interface_lookup_by_mac_string_ret,
    msg: null,
    stream: null,
    priority: "high",
    acl: ["interface:getattr"],
  };
/**
 * INTERFACE_GET_XML_DESC (130).
 * @generate both
 * @acl interface:read
 */
const REMOTE_PROC_INTERFACE_GET_XML_DESC: ProcedureSpec<RemoteInterfaceGetXmlDescArgs, RemoteInterfaceGetXmlDescRet> = {
  proc: 130,
  name: "INTERFACE_GET_XML_DESC",
  args: remote_interface_get_xml_desc_args,
  ret: remote_interface_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["interface:read"],
};
/**
 * INTERFACE_DEFINE_XML (131).
 * @generate both
 * @priority high
 * @acl interface:write, interface:save
 */
const REMOTE_PROC_INTERFACE_DEFINE_XML: ProcedureSpec<RemoteInterfaceDefineXmlArgs, RemoteInterfaceDefineXmlRet> = {
  proc: 131,
  name: "INTERFACE_DEFINE_XML",
  args: remote_interface_define_xml_args,
  ret: remote_interface_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["interface:write", "interface:save"],
};
/**
 * INTERFACE_UNDEFINE (132).
 * @generate both
 * @priority high
 * @acl interface:delete
 */
const REMOTE_PROC_INTERFACE_UNDEFINE: ProcedureSpec<RemoteInterfaceUndefineArgs, void> = {
  proc: 132,
  name: "INTERFACE_UNDEFINE",
  args: remote_interface_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["interface:delete"],
};
/**
 * INTERFACE_CREATE (133).
 * @generate both
 * @acl interface:start
 */
const REMOTE_PROC_INTERFACE_CREATE: ProcedureSpec<RemoteInterfaceCreateArgs, void> = {
  proc: 133,
  name: "INTERFACE_CREATE",
  args: remote_interface_create_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["interface:start"],
};
/**
 * INTERFACE_DESTROY (134).
 * @generate both
 * @priority high
 * @acl interface:stop
 */
const REMOTE_PROC_INTERFACE_DESTROY: ProcedureSpec<RemoteInterfaceDestroyArgs, void> = {
  proc: 134,
  name: "INTERFACE_DESTROY",
  args: remote_interface_destroy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["interface:stop"],
};
/**
 * CONNECT_DOMAIN_XML_FROM_NATIVE (135).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE: ProcedureSpec<RemoteConnectDomainXmlFromNativeArgs, RemoteConnectDomainXmlFromNativeRet> =
  {
    proc: 135,
    name: "CONNECT_DOMAIN_XML_FROM_NATIVE",
    args: remote_connect_domain_xml_from_native_args,
    ret: remote_connect_domain_xml_from_native_ret,
    msg: null,
    stream: null,
    priority: "low",
    acl: ["connect:write"],
  };
/**
 * CONNECT_DOMAIN_XML_TO_NATIVE (136).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE: ProcedureSpec<RemoteConnectDomainXmlToNativeArgs, RemoteConnectDomainXmlToNativeRet> = {
  proc: 136,
  name: "CONNECT_DOMAIN_XML_TO_NATIVE",
  args: remote_connect_domain_xml_to_native_args,
  ret: remote_connect_domain_xml_to_native_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * CONNECT_NUM_OF_DEFINED_INTERFACES (137).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES: ProcedureSpec<void, RemoteConnectNumOfDefinedInterfacesRet> = {
  proc: 137,
  name: "CONNECT_NUM_OF_DEFINED_INTERFACES",
  args: null,
  ret: remote_connect_num_of_defined_interfaces_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_interfaces"],
};
/**
 * CONNECT_LIST_DEFINED_INTERFACES (138).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES: ProcedureSpec<
  RemoteConnectListDefinedInterfacesArgs,
  RemoteConnectListDefinedInterfacesRet
> = {
  proc: 138,
  name: "CONNECT_LIST_DEFINED_INTERFACES",
  args: remote_connect_list_defined_interfaces_args,
  ret: remote_connect_list_defined_interfaces_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_interfaces"],
};
/**
 * CONNECT_NUM_OF_SECRETS (139).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_SECRETS: ProcedureSpec<void, RemoteConnectNumOfSecretsRet> = {
  proc: 139,
  name: "CONNECT_NUM_OF_SECRETS",
  args: null,
  ret: remote_connect_num_of_secrets_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_secrets"],
};
/**
 * CONNECT_LIST_SECRETS (140).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_LIST_SECRETS: ProcedureSpec<RemoteConnectListSecretsArgs, RemoteConnectListSecretsRet> = {
  proc: 140,
  name: "CONNECT_LIST_SECRETS",
  args: remote_connect_list_secrets_args,
  ret: remote_connect_list_secrets_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_secrets"],
};
/**
 * SECRET_LOOKUP_BY_UUID (141).
 * @generate both
 * @priority high
 * @acl secret:getattr
 */
const REMOTE_PROC_SECRET_LOOKUP_BY_UUID: ProcedureSpec<RemoteSecretLookupByUuidArgs, RemoteSecretLookupByUuidRet> = {
  proc: 141,
  name: "SECRET_LOOKUP_BY_UUID",
  args: remote_secret_lookup_by_uuid_args,
  ret: remote_secret_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:getattr"],
};
/**
 * SECRET_DEFINE_XML (142).
 * @generate both
 * @priority high
 * @acl secret:write, secret:save
 */
const REMOTE_PROC_SECRET_DEFINE_XML: ProcedureSpec<RemoteSecretDefineXmlArgs, RemoteSecretDefineXmlRet> = {
  proc: 142,
  name: "SECRET_DEFINE_XML",
  args: remote_secret_define_xml_args,
  ret: remote_secret_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:write", "secret:save"],
};
/**
 * SECRET_GET_XML_DESC (143).
 * @generate both
 * @priority high
 * @acl secret:read
 */
const REMOTE_PROC_SECRET_GET_XML_DESC: ProcedureSpec<RemoteSecretGetXmlDescArgs, RemoteSecretGetXmlDescRet> = {
  proc: 143,
  name: "SECRET_GET_XML_DESC",
  args: remote_secret_get_xml_desc_args,
  ret: remote_secret_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:read"],
};
/**
 * SECRET_SET_VALUE (144).
 * @generate both
 * @priority high
 * @acl secret:write
 */
const REMOTE_PROC_SECRET_SET_VALUE: ProcedureSpec<RemoteSecretSetValueArgs, void> = {
  proc: 144,
  name: "SECRET_SET_VALUE",
  args: remote_secret_set_value_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:write"],
};
/**
 * SECRET_GET_VALUE (145).
 * @generate none
 * @priority high
 * @acl secret:read_secure
 */
const REMOTE_PROC_SECRET_GET_VALUE: ProcedureSpec<RemoteSecretGetValueArgs, RemoteSecretGetValueRet> = {
  proc: 145,
  name: "SECRET_GET_VALUE",
  args: remote_secret_get_value_args,
  ret: remote_secret_get_value_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:read_secure"],
};
/**
 * SECRET_UNDEFINE (146).
 * @generate both
 * @priority high
 * @acl secret:delete
 */
const REMOTE_PROC_SECRET_UNDEFINE: ProcedureSpec<RemoteSecretUndefineArgs, void> = {
  proc: 146,
  name: "SECRET_UNDEFINE",
  args: remote_secret_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:delete"],
};
/**
 * SECRET_LOOKUP_BY_USAGE (147).
 * @generate both
 * @priority high
 * @acl secret:getattr
 */
const REMOTE_PROC_SECRET_LOOKUP_BY_USAGE: ProcedureSpec<RemoteSecretLookupByUsageArgs, RemoteSecretLookupByUsageRet> = {
  proc: 147,
  name: "SECRET_LOOKUP_BY_USAGE",
  args: remote_secret_lookup_by_usage_args,
  ret: remote_secret_lookup_by_usage_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["secret:getattr"],
};
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL (148).
 * @generate both
 * @writestream 1
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL: ProcedureSpec<RemoteDomainMigratePrepareTunnelArgs, void> = {
  proc: 148,
  name: "DOMAIN_MIGRATE_PREPARE_TUNNEL",
  args: remote_domain_migrate_prepare_tunnel_args,
  ret: null,
  msg: null,
  stream: "write",
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * CONNECT_IS_SECURE (149).
 * @generate server
 * @priority high
 * @acl none
 */
const REMOTE_PROC_CONNECT_IS_SECURE: ProcedureSpec<void, RemoteConnectIsSecureRet> = {
  proc: 149,
  name: "CONNECT_IS_SECURE",
  args: null,
  ret: remote_connect_is_secure_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["none"],
};
/**
 * DOMAIN_IS_ACTIVE (150).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_ACTIVE: ProcedureSpec<RemoteDomainIsActiveArgs, RemoteDomainIsActiveRet> = {
  proc: 150,
  name: "DOMAIN_IS_ACTIVE",
  args: remote_domain_is_active_args,
  ret: remote_domain_is_active_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_IS_PERSISTENT (151).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_PERSISTENT: ProcedureSpec<RemoteDomainIsPersistentArgs, RemoteDomainIsPersistentRet> = {
  proc: 151,
  name: "DOMAIN_IS_PERSISTENT",
  args: remote_domain_is_persistent_args,
  ret: remote_domain_is_persistent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * NETWORK_IS_ACTIVE (152).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_IS_ACTIVE: ProcedureSpec<RemoteNetworkIsActiveArgs, RemoteNetworkIsActiveRet> = {
  proc: 152,
  name: "NETWORK_IS_ACTIVE",
  args: remote_network_is_active_args,
  ret: remote_network_is_active_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:read"],
};
/**
 * NETWORK_IS_PERSISTENT (153).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_IS_PERSISTENT: ProcedureSpec<RemoteNetworkIsPersistentArgs, RemoteNetworkIsPersistentRet> = {
  proc: 153,
  name: "NETWORK_IS_PERSISTENT",
  args: remote_network_is_persistent_args,
  ret: remote_network_is_persistent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:read"],
};
/**
 * STORAGE_POOL_IS_ACTIVE (154).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_IS_ACTIVE: ProcedureSpec<RemoteStoragePoolIsActiveArgs, RemoteStoragePoolIsActiveRet> = {
  proc: 154,
  name: "STORAGE_POOL_IS_ACTIVE",
  args: remote_storage_pool_is_active_args,
  ret: remote_storage_pool_is_active_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:read"],
};
/**
 * STORAGE_POOL_IS_PERSISTENT (155).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT: ProcedureSpec<RemoteStoragePoolIsPersistentArgs, RemoteStoragePoolIsPersistentRet> = {
  proc: 155,
  name: "STORAGE_POOL_IS_PERSISTENT",
  args: remote_storage_pool_is_persistent_args,
  ret: remote_storage_pool_is_persistent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:read"],
};
/**
 * INTERFACE_IS_ACTIVE (156).
 * @generate both
 * @priority high
 * @acl interface:read
 */
const REMOTE_PROC_INTERFACE_IS_ACTIVE: ProcedureSpec<RemoteInterfaceIsActiveArgs, RemoteInterfaceIsActiveRet> = {
  proc: 156,
  name: "INTERFACE_IS_ACTIVE",
  args: remote_interface_is_active_args,
  ret: remote_interface_is_active_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["interface:read"],
};
/**
 * CONNECT_GET_LIB_VERSION (157).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_LIB_VERSION: ProcedureSpec<void, RemoteConnectGetLibVersionRet> = {
  proc: 157,
  name: "CONNECT_GET_LIB_VERSION",
  args: null,
  ret: remote_connect_get_lib_version_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_COMPARE_CPU (158).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_COMPARE_CPU: ProcedureSpec<RemoteConnectCompareCpuArgs, RemoteConnectCompareCpuRet> = {
  proc: 158,
  name: "CONNECT_COMPARE_CPU",
  args: remote_connect_compare_cpu_args,
  ret: remote_connect_compare_cpu_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_MEMORY_STATS (159).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_MEMORY_STATS: ProcedureSpec<RemoteDomainMemoryStatsArgs, RemoteDomainMemoryStatsRet> = {
  proc: 159,
  name: "DOMAIN_MEMORY_STATS",
  args: remote_domain_memory_stats_args,
  ret: remote_domain_memory_stats_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_ATTACH_DEVICE_FLAGS (160).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS: ProcedureSpec<RemoteDomainAttachDeviceFlagsArgs, void> = {
  proc: 160,
  name: "DOMAIN_ATTACH_DEVICE_FLAGS",
  args: remote_domain_attach_device_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_DETACH_DEVICE_FLAGS (161).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS: ProcedureSpec<RemoteDomainDetachDeviceFlagsArgs, void> = {
  proc: 161,
  name: "DOMAIN_DETACH_DEVICE_FLAGS",
  args: remote_domain_detach_device_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * CONNECT_BASELINE_CPU (162).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_BASELINE_CPU: ProcedureSpec<RemoteConnectBaselineCpuArgs, RemoteConnectBaselineCpuRet> = {
  proc: 162,
  name: "CONNECT_BASELINE_CPU",
  args: remote_connect_baseline_cpu_args,
  ret: remote_connect_baseline_cpu_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * DOMAIN_GET_JOB_INFO (163).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_JOB_INFO: ProcedureSpec<RemoteDomainGetJobInfoArgs, RemoteDomainGetJobInfoRet> = {
  proc: 163,
  name: "DOMAIN_GET_JOB_INFO",
  args: remote_domain_get_job_info_args,
  ret: remote_domain_get_job_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_ABORT_JOB (164).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ABORT_JOB: ProcedureSpec<RemoteDomainAbortJobArgs, void> = {
  proc: 164,
  name: "DOMAIN_ABORT_JOB",
  args: remote_domain_abort_job_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * STORAGE_VOL_WIPE (165).
 * @generate both
 * @acl storage_vol:format
 */
const REMOTE_PROC_STORAGE_VOL_WIPE: ProcedureSpec<RemoteStorageVolWipeArgs, void> = {
  proc: 165,
  name: "STORAGE_VOL_WIPE",
  args: remote_storage_vol_wipe_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:format"],
};
/**
 * DOMAIN_MIGRATE_SET_MAX_DOWNTIME (166).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME: ProcedureSpec<RemoteDomainMigrateSetMaxDowntimeArgs, void> = {
  proc: 166,
  name: "DOMAIN_MIGRATE_SET_MAX_DOWNTIME",
  args: remote_domain_migrate_set_max_downtime_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * CONNECT_DOMAIN_EVENT_REGISTER_ANY (167).
 * @generate none
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventRegisterAnyArgs, void> = {
  proc: 167,
  name: "CONNECT_DOMAIN_EVENT_REGISTER_ANY",
  args: remote_connect_domain_event_register_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * CONNECT_DOMAIN_EVENT_DEREGISTER_ANY (168).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventDeregisterAnyArgs, void> = {
  proc: 168,
  name: "CONNECT_DOMAIN_EVENT_DEREGISTER_ANY",
  args: remote_connect_domain_event_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_EVENT_REBOOT (169): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_REBOOT: ProcedureSpec<RemoteDomainEventRebootMsg, void> = {
  proc: 169,
  name: "DOMAIN_EVENT_REBOOT",
  args: null,
  ret: null,
  msg: remote_domain_event_reboot_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_RTC_CHANGE (170): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE: ProcedureSpec<RemoteDomainEventRtcChangeMsg, void> = {
  proc: 170,
  name: "DOMAIN_EVENT_RTC_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_rtc_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_WATCHDOG (171): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_WATCHDOG: ProcedureSpec<RemoteDomainEventWatchdogMsg, void> = {
  proc: 171,
  name: "DOMAIN_EVENT_WATCHDOG",
  args: null,
  ret: null,
  msg: remote_domain_event_watchdog_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_IO_ERROR (172): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_IO_ERROR: ProcedureSpec<RemoteDomainEventIoErrorMsg, void> = {
  proc: 172,
  name: "DOMAIN_EVENT_IO_ERROR",
  args: null,
  ret: null,
  msg: remote_domain_event_io_error_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_GRAPHICS (173): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_GRAPHICS: ProcedureSpec<RemoteDomainEventGraphicsMsg, void> = {
  proc: 173,
  name: "DOMAIN_EVENT_GRAPHICS",
  args: null,
  ret: null,
  msg: remote_domain_event_graphics_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_UPDATE_DEVICE_FLAGS (174).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS: ProcedureSpec<RemoteDomainUpdateDeviceFlagsArgs, void> = {
  proc: 174,
  name: "DOMAIN_UPDATE_DEVICE_FLAGS",
  args: remote_domain_update_device_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * NWFILTER_LOOKUP_BY_NAME (175).
 * @generate both
 * @priority high
 * @acl nwfilter:getattr
 */
const REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME: ProcedureSpec<RemoteNwfilterLookupByNameArgs, RemoteNwfilterLookupByNameRet> = {
  proc: 175,
  name: "NWFILTER_LOOKUP_BY_NAME",
  args: remote_nwfilter_lookup_by_name_args,
  ret: remote_nwfilter_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:getattr"],
};
/**
 * NWFILTER_LOOKUP_BY_UUID (176).
 * @generate both
 * @priority high
 * @acl nwfilter:getattr
 */
const REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID: ProcedureSpec<RemoteNwfilterLookupByUuidArgs, RemoteNwfilterLookupByUuidRet> = {
  proc: 176,
  name: "NWFILTER_LOOKUP_BY_UUID",
  args: remote_nwfilter_lookup_by_uuid_args,
  ret: remote_nwfilter_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:getattr"],
};
/**
 * NWFILTER_GET_XML_DESC (177).
 * @generate both
 * @priority high
 * @acl nwfilter:read
 */
const REMOTE_PROC_NWFILTER_GET_XML_DESC: ProcedureSpec<RemoteNwfilterGetXmlDescArgs, RemoteNwfilterGetXmlDescRet> = {
  proc: 177,
  name: "NWFILTER_GET_XML_DESC",
  args: remote_nwfilter_get_xml_desc_args,
  ret: remote_nwfilter_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:read"],
};
/**
 * CONNECT_NUM_OF_NWFILTERS (178).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS: ProcedureSpec<void, RemoteConnectNumOfNwfiltersRet> = {
  proc: 178,
  name: "CONNECT_NUM_OF_NWFILTERS",
  args: null,
  ret: remote_connect_num_of_nwfilters_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_nwfilters"],
};
/**
 * CONNECT_LIST_NWFILTERS (179).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_LIST_NWFILTERS: ProcedureSpec<RemoteConnectListNwfiltersArgs, RemoteConnectListNwfiltersRet> = {
  proc: 179,
  name: "CONNECT_LIST_NWFILTERS",
  args: remote_connect_list_nwfilters_args,
  ret: remote_connect_list_nwfilters_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_nwfilters"],
};
/**
 * NWFILTER_DEFINE_XML (180).
 * @generate both
 * @priority high
 * @acl nwfilter:write, nwfilter:save
 */
const REMOTE_PROC_NWFILTER_DEFINE_XML: ProcedureSpec<RemoteNwfilterDefineXmlArgs, RemoteNwfilterDefineXmlRet> = {
  proc: 180,
  name: "NWFILTER_DEFINE_XML",
  args: remote_nwfilter_define_xml_args,
  ret: remote_nwfilter_define_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:write", "nwfilter:save"],
};
/**
 * NWFILTER_UNDEFINE (181).
 * @generate both
 * @priority high
 * @acl nwfilter:delete
 */
const REMOTE_PROC_NWFILTER_UNDEFINE: ProcedureSpec<RemoteNwfilterUndefineArgs, void> = {
  proc: 181,
  name: "NWFILTER_UNDEFINE",
  args: remote_nwfilter_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:delete"],
};
/**
 * DOMAIN_MANAGED_SAVE (182).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE: ProcedureSpec<RemoteDomainManagedSaveArgs, void> = {
  proc: 182,
  name: "DOMAIN_MANAGED_SAVE",
  args: remote_domain_managed_save_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:hibernate"],
};
/**
 * DOMAIN_HAS_MANAGED_SAVE_IMAGE (183).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE: ProcedureSpec<RemoteDomainHasManagedSaveImageArgs, RemoteDomainHasManagedSaveImageRet> = {
  proc: 183,
  name: "DOMAIN_HAS_MANAGED_SAVE_IMAGE",
  args: remote_domain_has_managed_save_image_args,
  ret: remote_domain_has_managed_save_image_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_MANAGED_SAVE_REMOVE (184).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE: ProcedureSpec<RemoteDomainManagedSaveRemoveArgs, void> = {
  proc: 184,
  name: "DOMAIN_MANAGED_SAVE_REMOVE",
  args: remote_domain_managed_save_remove_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:hibernate"],
};
/**
 * DOMAIN_SNAPSHOT_CREATE_XML (185).
 * @generate both
 * @acl domain:snapshot, domain:fs_freeze:VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML: ProcedureSpec<RemoteDomainSnapshotCreateXmlArgs, RemoteDomainSnapshotCreateXmlRet> = {
  proc: 185,
  name: "DOMAIN_SNAPSHOT_CREATE_XML",
  args: remote_domain_snapshot_create_xml_args,
  ret: remote_domain_snapshot_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:snapshot", "domain:fs_freeze:VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE"],
};
/**
 * DOMAIN_SNAPSHOT_GET_XML_DESC (186).
 * @generate both
 * @priority high
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_SNAPSHOT_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC: ProcedureSpec<RemoteDomainSnapshotGetXmlDescArgs, RemoteDomainSnapshotGetXmlDescRet> = {
  proc: 186,
  name: "DOMAIN_SNAPSHOT_GET_XML_DESC",
  args: remote_domain_snapshot_get_xml_desc_args,
  ret: remote_domain_snapshot_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read", "domain:read_secure:VIR_DOMAIN_SNAPSHOT_XML_SECURE"],
};
/**
 * DOMAIN_SNAPSHOT_NUM (187).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_NUM: ProcedureSpec<RemoteDomainSnapshotNumArgs, RemoteDomainSnapshotNumRet> = {
  proc: 187,
  name: "DOMAIN_SNAPSHOT_NUM",
  args: remote_domain_snapshot_num_args,
  ret: remote_domain_snapshot_num_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_LIST_NAMES (188).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES: ProcedureSpec<RemoteDomainSnapshotListNamesArgs, RemoteDomainSnapshotListNamesRet> = {
  proc: 188,
  name: "DOMAIN_SNAPSHOT_LIST_NAMES",
  args: remote_domain_snapshot_list_names_args,
  ret: remote_domain_snapshot_list_names_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_LOOKUP_BY_NAME (189).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: ProcedureSpec<RemoteDomainSnapshotLookupByNameArgs, RemoteDomainSnapshotLookupByNameRet> =
  {
    proc: 189,
    name: "DOMAIN_SNAPSHOT_LOOKUP_BY_NAME",
    args: remote_domain_snapshot_lookup_by_name_args,
    ret: remote_domain_snapshot_lookup_by_name_ret,
    msg: null,
    stream: null,
    priority: "high",
    acl: ["domain:read"],
  };
/**
 * DOMAIN_HAS_CURRENT_SNAPSHOT (190).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT: ProcedureSpec<RemoteDomainHasCurrentSnapshotArgs, RemoteDomainHasCurrentSnapshotRet> = {
  proc: 190,
  name: "DOMAIN_HAS_CURRENT_SNAPSHOT",
  args: remote_domain_has_current_snapshot_args,
  ret: remote_domain_has_current_snapshot_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_CURRENT (191).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT: ProcedureSpec<RemoteDomainSnapshotCurrentArgs, RemoteDomainSnapshotCurrentRet> = {
  proc: 191,
  name: "DOMAIN_SNAPSHOT_CURRENT",
  args: remote_domain_snapshot_current_args,
  ret: remote_domain_snapshot_current_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_REVERT_TO_SNAPSHOT (192).
 * @generate both
 * @acl domain:snapshot
 */
const REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT: ProcedureSpec<RemoteDomainRevertToSnapshotArgs, void> = {
  proc: 192,
  name: "DOMAIN_REVERT_TO_SNAPSHOT",
  args: remote_domain_revert_to_snapshot_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:snapshot"],
};
/**
 * DOMAIN_SNAPSHOT_DELETE (193).
 * @generate both
 * @acl domain:snapshot
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE: ProcedureSpec<RemoteDomainSnapshotDeleteArgs, void> = {
  proc: 193,
  name: "DOMAIN_SNAPSHOT_DELETE",
  args: remote_domain_snapshot_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:snapshot"],
};
/**
 * DOMAIN_GET_BLOCK_INFO (194).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_INFO: ProcedureSpec<RemoteDomainGetBlockInfoArgs, RemoteDomainGetBlockInfoRet> = {
  proc: 194,
  name: "DOMAIN_GET_BLOCK_INFO",
  args: remote_domain_get_block_info_args,
  ret: remote_domain_get_block_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_EVENT_IO_ERROR_REASON (195): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON: ProcedureSpec<RemoteDomainEventIoErrorReasonMsg, void> = {
  proc: 195,
  name: "DOMAIN_EVENT_IO_ERROR_REASON",
  args: null,
  ret: null,
  msg: remote_domain_event_io_error_reason_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_CREATE_WITH_FLAGS (196).
 * @generate both
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS: ProcedureSpec<RemoteDomainCreateWithFlagsArgs, RemoteDomainCreateWithFlagsRet> = {
  proc: 196,
  name: "DOMAIN_CREATE_WITH_FLAGS",
  args: remote_domain_create_with_flags_args,
  ret: remote_domain_create_with_flags_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start"],
};
/**
 * DOMAIN_SET_MEMORY_PARAMETERS (197).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS: ProcedureSpec<RemoteDomainSetMemoryParametersArgs, void> = {
  proc: 197,
  name: "DOMAIN_SET_MEMORY_PARAMETERS",
  args: remote_domain_set_memory_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_MEMORY_PARAMETERS (198).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS: ProcedureSpec<RemoteDomainGetMemoryParametersArgs, RemoteDomainGetMemoryParametersRet> = {
  proc: 198,
  name: "DOMAIN_GET_MEMORY_PARAMETERS",
  args: remote_domain_get_memory_parameters_args,
  ret: remote_domain_get_memory_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_VCPUS_FLAGS (199).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG, domain:write:VIR_DOMAIN_VCPU_GUEST
 */
const REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS: ProcedureSpec<RemoteDomainSetVcpusFlagsArgs, void> = {
  proc: 199,
  name: "DOMAIN_SET_VCPUS_FLAGS",
  args: remote_domain_set_vcpus_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: [
    "domain:write",
    "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE",
    "domain:save:VIR_DOMAIN_AFFECT_CONFIG",
    "domain:write:VIR_DOMAIN_VCPU_GUEST",
  ],
};
/**
 * DOMAIN_GET_VCPUS_FLAGS (200).
 * @generate both
 * @acl domain:read, domain:write:VIR_DOMAIN_VCPU_GUEST
 */
const REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS: ProcedureSpec<RemoteDomainGetVcpusFlagsArgs, RemoteDomainGetVcpusFlagsRet> = {
  proc: 200,
  name: "DOMAIN_GET_VCPUS_FLAGS",
  args: remote_domain_get_vcpus_flags_args,
  ret: remote_domain_get_vcpus_flags_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read", "domain:write:VIR_DOMAIN_VCPU_GUEST"],
};
/**
 * DOMAIN_OPEN_CONSOLE (201).
 * @generate both
 * @readstream 2
 * @acl domain:open_device
 */
const REMOTE_PROC_DOMAIN_OPEN_CONSOLE: ProcedureSpec<RemoteDomainOpenConsoleArgs, void> = {
  proc: 201,
  name: "DOMAIN_OPEN_CONSOLE",
  args: remote_domain_open_console_args,
  ret: null,
  msg: null,
  stream: "read",
  priority: "low",
  acl: ["domain:open_device"],
};
/**
 * DOMAIN_IS_UPDATED (202).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_UPDATED: ProcedureSpec<RemoteDomainIsUpdatedArgs, RemoteDomainIsUpdatedRet> = {
  proc: 202,
  name: "DOMAIN_IS_UPDATED",
  args: remote_domain_is_updated_args,
  ret: remote_domain_is_updated_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * CONNECT_GET_SYSINFO (203).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_SYSINFO: ProcedureSpec<RemoteConnectGetSysinfoArgs, RemoteConnectGetSysinfoRet> = {
  proc: 203,
  name: "CONNECT_GET_SYSINFO",
  args: remote_connect_get_sysinfo_args,
  ret: remote_connect_get_sysinfo_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_SET_MEMORY_FLAGS (204).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS: ProcedureSpec<RemoteDomainSetMemoryFlagsArgs, void> = {
  proc: 204,
  name: "DOMAIN_SET_MEMORY_FLAGS",
  args: remote_domain_set_memory_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_SET_BLKIO_PARAMETERS (205).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS: ProcedureSpec<RemoteDomainSetBlkioParametersArgs, void> = {
  proc: 205,
  name: "DOMAIN_SET_BLKIO_PARAMETERS",
  args: remote_domain_set_blkio_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_BLKIO_PARAMETERS (206).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS: ProcedureSpec<RemoteDomainGetBlkioParametersArgs, RemoteDomainGetBlkioParametersRet> = {
  proc: 206,
  name: "DOMAIN_GET_BLKIO_PARAMETERS",
  args: remote_domain_get_blkio_parameters_args,
  ret: remote_domain_get_blkio_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_MIGRATE_SET_MAX_SPEED (207).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED: ProcedureSpec<RemoteDomainMigrateSetMaxSpeedArgs, void> = {
  proc: 207,
  name: "DOMAIN_MIGRATE_SET_MAX_SPEED",
  args: remote_domain_migrate_set_max_speed_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * STORAGE_VOL_UPLOAD (208).
 * @generate both
 * @writestream 1
 * @sparseflag VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM
 * @acl storage_vol:data_write
 */
const REMOTE_PROC_STORAGE_VOL_UPLOAD: ProcedureSpec<RemoteStorageVolUploadArgs, void> = {
  proc: 208,
  name: "STORAGE_VOL_UPLOAD",
  args: remote_storage_vol_upload_args,
  ret: null,
  msg: null,
  stream: "write",
  priority: "low",
  acl: ["storage_vol:data_write"],
};
/**
 * STORAGE_VOL_DOWNLOAD (209).
 * @generate both
 * @readstream 1
 * @sparseflag VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM
 * @acl storage_vol:data_read
 */
const REMOTE_PROC_STORAGE_VOL_DOWNLOAD: ProcedureSpec<RemoteStorageVolDownloadArgs, void> = {
  proc: 209,
  name: "STORAGE_VOL_DOWNLOAD",
  args: remote_storage_vol_download_args,
  ret: null,
  msg: null,
  stream: "read",
  priority: "low",
  acl: ["storage_vol:data_read"],
};
/**
 * DOMAIN_INJECT_NMI (210).
 * @generate both
 * @acl domain:inject_nmi
 */
const REMOTE_PROC_DOMAIN_INJECT_NMI: ProcedureSpec<RemoteDomainInjectNmiArgs, void> = {
  proc: 210,
  name: "DOMAIN_INJECT_NMI",
  args: remote_domain_inject_nmi_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:inject_nmi"],
};
/**
 * DOMAIN_SCREENSHOT (211).
 * @generate both
 * @readstream 1
 * @acl domain:screenshot
 */
const REMOTE_PROC_DOMAIN_SCREENSHOT: ProcedureSpec<RemoteDomainScreenshotArgs, RemoteDomainScreenshotRet> = {
  proc: 211,
  name: "DOMAIN_SCREENSHOT",
  args: remote_domain_screenshot_args,
  ret: remote_domain_screenshot_ret,
  msg: null,
  stream: "read",
  priority: "low",
  acl: ["domain:screenshot"],
};
/**
 * DOMAIN_GET_STATE (212).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_STATE: ProcedureSpec<RemoteDomainGetStateArgs, RemoteDomainGetStateRet> = {
  proc: 212,
  name: "DOMAIN_GET_STATE",
  args: remote_domain_get_state_args,
  ret: remote_domain_get_state_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_MIGRATE_BEGIN3 (213).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3: ProcedureSpec<RemoteDomainMigrateBegin3Args, RemoteDomainMigrateBegin3Ret> = {
  proc: 213,
  name: "DOMAIN_MIGRATE_BEGIN3",
  args: remote_domain_migrate_begin3_args,
  ret: remote_domain_migrate_begin3_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_PREPARE3 (214).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3: ProcedureSpec<RemoteDomainMigratePrepare3Args, RemoteDomainMigratePrepare3Ret> = {
  proc: 214,
  name: "DOMAIN_MIGRATE_PREPARE3",
  args: remote_domain_migrate_prepare3_args,
  ret: remote_domain_migrate_prepare3_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL3 (215).
 * @generate server
 * @writestream 1
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3: ProcedureSpec<
  RemoteDomainMigratePrepareTunnel3Args,
  RemoteDomainMigratePrepareTunnel3Ret
> = {
  proc: 215,
  name: "DOMAIN_MIGRATE_PREPARE_TUNNEL3",
  args: remote_domain_migrate_prepare_tunnel3_args,
  ret: remote_domain_migrate_prepare_tunnel3_ret,
  msg: null,
  stream: "write",
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_PERFORM3 (216).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3: ProcedureSpec<RemoteDomainMigratePerform3Args, RemoteDomainMigratePerform3Ret> = {
  proc: 216,
  name: "DOMAIN_MIGRATE_PERFORM3",
  args: remote_domain_migrate_perform3_args,
  ret: remote_domain_migrate_perform3_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_FINISH3 (217).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH3: ProcedureSpec<RemoteDomainMigrateFinish3Args, RemoteDomainMigrateFinish3Ret> = {
  proc: 217,
  name: "DOMAIN_MIGRATE_FINISH3",
  args: remote_domain_migrate_finish3_args,
  ret: remote_domain_migrate_finish3_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_CONFIRM3 (218).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3: ProcedureSpec<RemoteDomainMigrateConfirm3Args, void> = {
  proc: 218,
  name: "DOMAIN_MIGRATE_CONFIRM3",
  args: remote_domain_migrate_confirm3_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS (219).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: ProcedureSpec<RemoteDomainSetSchedulerParametersFlagsArgs, void> = {
  proc: 219,
  name: "DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS",
  args: remote_domain_set_scheduler_parameters_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * INTERFACE_CHANGE_BEGIN (220).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_BEGIN: ProcedureSpec<RemoteInterfaceChangeBeginArgs, void> = {
  proc: 220,
  name: "INTERFACE_CHANGE_BEGIN",
  args: remote_interface_change_begin_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:interface_transaction"],
};
/**
 * INTERFACE_CHANGE_COMMIT (221).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_COMMIT: ProcedureSpec<RemoteInterfaceChangeCommitArgs, void> = {
  proc: 221,
  name: "INTERFACE_CHANGE_COMMIT",
  args: remote_interface_change_commit_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:interface_transaction"],
};
/**
 * INTERFACE_CHANGE_ROLLBACK (222).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK: ProcedureSpec<RemoteInterfaceChangeRollbackArgs, void> = {
  proc: 222,
  name: "INTERFACE_CHANGE_ROLLBACK",
  args: remote_interface_change_rollback_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:interface_transaction"],
};
/**
 * DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS (223).
 * @generate client
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: ProcedureSpec<
  RemoteDomainGetSchedulerParametersFlagsArgs,
  RemoteDomainGetSchedulerParametersFlagsRet
> = {
  proc: 223,
  name: "DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS",
  args: remote_domain_get_scheduler_parameters_flags_args,
  ret: remote_domain_get_scheduler_parameters_flags_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_EVENT_CONTROL_ERROR (224): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR: ProcedureSpec<RemoteDomainEventControlErrorMsg, void> = {
  proc: 224,
  name: "DOMAIN_EVENT_CONTROL_ERROR",
  args: null,
  ret: null,
  msg: remote_domain_event_control_error_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_PIN_VCPU_FLAGS (225).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS: ProcedureSpec<RemoteDomainPinVcpuFlagsArgs, void> = {
  proc: 225,
  name: "DOMAIN_PIN_VCPU_FLAGS",
  args: remote_domain_pin_vcpu_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_SEND_KEY (226).
 * @generate both
 * @acl domain:send_input
 */
const REMOTE_PROC_DOMAIN_SEND_KEY: ProcedureSpec<RemoteDomainSendKeyArgs, void> = {
  proc: 226,
  name: "DOMAIN_SEND_KEY",
  args: remote_domain_send_key_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:send_input"],
};
/**
 * NODE_GET_CPU_STATS (227).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CPU_STATS: ProcedureSpec<RemoteNodeGetCpuStatsArgs, RemoteNodeGetCpuStatsRet> = {
  proc: 227,
  name: "NODE_GET_CPU_STATS",
  args: remote_node_get_cpu_stats_args,
  ret: remote_node_get_cpu_stats_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NODE_GET_MEMORY_STATS (228).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_MEMORY_STATS: ProcedureSpec<RemoteNodeGetMemoryStatsArgs, RemoteNodeGetMemoryStatsRet> = {
  proc: 228,
  name: "NODE_GET_MEMORY_STATS",
  args: remote_node_get_memory_stats_args,
  ret: remote_node_get_memory_stats_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_GET_CONTROL_INFO (229).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_CONTROL_INFO: ProcedureSpec<RemoteDomainGetControlInfoArgs, RemoteDomainGetControlInfoRet> = {
  proc: 229,
  name: "DOMAIN_GET_CONTROL_INFO",
  args: remote_domain_get_control_info_args,
  ret: remote_domain_get_control_info_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_VCPU_PIN_INFO (230).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO: ProcedureSpec<RemoteDomainGetVcpuPinInfoArgs, RemoteDomainGetVcpuPinInfoRet> = {
  proc: 230,
  name: "DOMAIN_GET_VCPU_PIN_INFO",
  args: remote_domain_get_vcpu_pin_info_args,
  ret: remote_domain_get_vcpu_pin_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_UNDEFINE_FLAGS (231).
 * @generate both
 * @priority high
 * @acl domain:delete
 */
const REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS: ProcedureSpec<RemoteDomainUndefineFlagsArgs, void> = {
  proc: 231,
  name: "DOMAIN_UNDEFINE_FLAGS",
  args: remote_domain_undefine_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:delete"],
};
/**
 * DOMAIN_SAVE_FLAGS (232).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_FLAGS: ProcedureSpec<RemoteDomainSaveFlagsArgs, void> = {
  proc: 232,
  name: "DOMAIN_SAVE_FLAGS",
  args: remote_domain_save_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:hibernate"],
};
/**
 * DOMAIN_RESTORE_FLAGS (233).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE_FLAGS: ProcedureSpec<RemoteDomainRestoreFlagsArgs, void> = {
  proc: 233,
  name: "DOMAIN_RESTORE_FLAGS",
  args: remote_domain_restore_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start", "domain:write"],
};
/**
 * DOMAIN_DESTROY_FLAGS (234).
 * @generate both
 * @priority high
 * @acl domain:stop
 */
const REMOTE_PROC_DOMAIN_DESTROY_FLAGS: ProcedureSpec<RemoteDomainDestroyFlagsArgs, void> = {
  proc: 234,
  name: "DOMAIN_DESTROY_FLAGS",
  args: remote_domain_destroy_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:stop"],
};
/**
 * DOMAIN_SAVE_IMAGE_GET_XML_DESC (235).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC: ProcedureSpec<RemoteDomainSaveImageGetXmlDescArgs, RemoteDomainSaveImageGetXmlDescRet> = {
  proc: 235,
  name: "DOMAIN_SAVE_IMAGE_GET_XML_DESC",
  args: remote_domain_save_image_get_xml_desc_args,
  ret: remote_domain_save_image_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SAVE_IMAGE_DEFINE_XML (236).
 * @generate both
 * @priority high
 * @acl domain:write, domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML: ProcedureSpec<RemoteDomainSaveImageDefineXmlArgs, void> = {
  proc: 236,
  name: "DOMAIN_SAVE_IMAGE_DEFINE_XML",
  args: remote_domain_save_image_define_xml_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write", "domain:hibernate"],
};
/**
 * DOMAIN_BLOCK_JOB_ABORT (237).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT: ProcedureSpec<RemoteDomainBlockJobAbortArgs, void> = {
  proc: 237,
  name: "DOMAIN_BLOCK_JOB_ABORT",
  args: remote_domain_block_job_abort_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_GET_BLOCK_JOB_INFO (238).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO: ProcedureSpec<RemoteDomainGetBlockJobInfoArgs, RemoteDomainGetBlockJobInfoRet> = {
  proc: 238,
  name: "DOMAIN_GET_BLOCK_JOB_INFO",
  args: remote_domain_get_block_job_info_args,
  ret: remote_domain_get_block_job_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_BLOCK_JOB_SET_SPEED (239).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED: ProcedureSpec<RemoteDomainBlockJobSetSpeedArgs, void> = {
  proc: 239,
  name: "DOMAIN_BLOCK_JOB_SET_SPEED",
  args: remote_domain_block_job_set_speed_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_BLOCK_PULL (240).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_PULL: ProcedureSpec<RemoteDomainBlockPullArgs, void> = {
  proc: 240,
  name: "DOMAIN_BLOCK_PULL",
  args: remote_domain_block_pull_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_write"],
};
/**
 * DOMAIN_EVENT_BLOCK_JOB (241): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB: ProcedureSpec<RemoteDomainEventBlockJobMsg, void> = {
  proc: 241,
  name: "DOMAIN_EVENT_BLOCK_JOB",
  args: null,
  ret: null,
  msg: remote_domain_event_block_job_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_MIGRATE_GET_MAX_SPEED (242).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED: ProcedureSpec<RemoteDomainMigrateGetMaxSpeedArgs, RemoteDomainMigrateGetMaxSpeedRet> = {
  proc: 242,
  name: "DOMAIN_MIGRATE_GET_MAX_SPEED",
  args: remote_domain_migrate_get_max_speed_args,
  ret: remote_domain_migrate_get_max_speed_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_BLOCK_STATS_FLAGS (243).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS: ProcedureSpec<RemoteDomainBlockStatsFlagsArgs, RemoteDomainBlockStatsFlagsRet> = {
  proc: 243,
  name: "DOMAIN_BLOCK_STATS_FLAGS",
  args: remote_domain_block_stats_flags_args,
  ret: remote_domain_block_stats_flags_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_GET_PARENT (244).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT: ProcedureSpec<RemoteDomainSnapshotGetParentArgs, RemoteDomainSnapshotGetParentRet> = {
  proc: 244,
  name: "DOMAIN_SNAPSHOT_GET_PARENT",
  args: remote_domain_snapshot_get_parent_args,
  ret: remote_domain_snapshot_get_parent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_RESET (245).
 * @generate both
 * @acl domain:reset
 */
const REMOTE_PROC_DOMAIN_RESET: ProcedureSpec<RemoteDomainResetArgs, void> = {
  proc: 245,
  name: "DOMAIN_RESET",
  args: remote_domain_reset_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:reset"],
};
/**
 * DOMAIN_SNAPSHOT_NUM_CHILDREN (246).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN: ProcedureSpec<RemoteDomainSnapshotNumChildrenArgs, RemoteDomainSnapshotNumChildrenRet> = {
  proc: 246,
  name: "DOMAIN_SNAPSHOT_NUM_CHILDREN",
  args: remote_domain_snapshot_num_children_args,
  ret: remote_domain_snapshot_num_children_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES (247).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: ProcedureSpec<
  RemoteDomainSnapshotListChildrenNamesArgs,
  RemoteDomainSnapshotListChildrenNamesRet
> = {
  proc: 247,
  name: "DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES",
  args: remote_domain_snapshot_list_children_names_args,
  ret: remote_domain_snapshot_list_children_names_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_EVENT_DISK_CHANGE (248): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE: ProcedureSpec<RemoteDomainEventDiskChangeMsg, void> = {
  proc: 248,
  name: "DOMAIN_EVENT_DISK_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_disk_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_OPEN_GRAPHICS (249).
 * @generate none
 * @acl domain:open_graphics
 */
const REMOTE_PROC_DOMAIN_OPEN_GRAPHICS: ProcedureSpec<RemoteDomainOpenGraphicsArgs, void> = {
  proc: 249,
  name: "DOMAIN_OPEN_GRAPHICS",
  args: remote_domain_open_graphics_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:open_graphics"],
};
/**
 * NODE_SUSPEND_FOR_DURATION (250).
 * @generate both
 * @acl connect:pm_control
 */
const REMOTE_PROC_NODE_SUSPEND_FOR_DURATION: ProcedureSpec<RemoteNodeSuspendForDurationArgs, void> = {
  proc: 250,
  name: "NODE_SUSPEND_FOR_DURATION",
  args: remote_node_suspend_for_duration_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:pm_control"],
};
/**
 * DOMAIN_BLOCK_RESIZE (251).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_RESIZE: ProcedureSpec<RemoteDomainBlockResizeArgs, void> = {
  proc: 251,
  name: "DOMAIN_BLOCK_RESIZE",
  args: remote_domain_block_resize_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_write"],
};
/**
 * DOMAIN_SET_BLOCK_IO_TUNE (252).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE: ProcedureSpec<RemoteDomainSetBlockIoTuneArgs, void> = {
  proc: 252,
  name: "DOMAIN_SET_BLOCK_IO_TUNE",
  args: remote_domain_set_block_io_tune_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_BLOCK_IO_TUNE (253).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE: ProcedureSpec<RemoteDomainGetBlockIoTuneArgs, RemoteDomainGetBlockIoTuneRet> = {
  proc: 253,
  name: "DOMAIN_GET_BLOCK_IO_TUNE",
  args: remote_domain_get_block_io_tune_args,
  ret: remote_domain_get_block_io_tune_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_NUMA_PARAMETERS (254).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS: ProcedureSpec<RemoteDomainSetNumaParametersArgs, void> = {
  proc: 254,
  name: "DOMAIN_SET_NUMA_PARAMETERS",
  args: remote_domain_set_numa_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_NUMA_PARAMETERS (255).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS: ProcedureSpec<RemoteDomainGetNumaParametersArgs, RemoteDomainGetNumaParametersRet> = {
  proc: 255,
  name: "DOMAIN_GET_NUMA_PARAMETERS",
  args: remote_domain_get_numa_parameters_args,
  ret: remote_domain_get_numa_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_INTERFACE_PARAMETERS (256).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS: ProcedureSpec<RemoteDomainSetInterfaceParametersArgs, void> = {
  proc: 256,
  name: "DOMAIN_SET_INTERFACE_PARAMETERS",
  args: remote_domain_set_interface_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_INTERFACE_PARAMETERS (257).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS: ProcedureSpec<
  RemoteDomainGetInterfaceParametersArgs,
  RemoteDomainGetInterfaceParametersRet
> = {
  proc: 257,
  name: "DOMAIN_GET_INTERFACE_PARAMETERS",
  args: remote_domain_get_interface_parameters_args,
  ret: remote_domain_get_interface_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SHUTDOWN_FLAGS (258).
 * @generate both
 * @acl domain:init_control, domain:write:VIR_DOMAIN_SHUTDOWN_GUEST_AGENT
 */
const REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS: ProcedureSpec<RemoteDomainShutdownFlagsArgs, void> = {
  proc: 258,
  name: "DOMAIN_SHUTDOWN_FLAGS",
  args: remote_domain_shutdown_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:init_control", "domain:write:VIR_DOMAIN_SHUTDOWN_GUEST_AGENT"],
};
/**
 * STORAGE_VOL_WIPE_PATTERN (259).
 * @generate both
 * @acl storage_vol:format
 */
const REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN: ProcedureSpec<RemoteStorageVolWipePatternArgs, void> = {
  proc: 259,
  name: "STORAGE_VOL_WIPE_PATTERN",
  args: remote_storage_vol_wipe_pattern_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:format"],
};
/**
 * STORAGE_VOL_RESIZE (260).
 * @generate both
 * @acl storage_vol:resize
 */
const REMOTE_PROC_STORAGE_VOL_RESIZE: ProcedureSpec<RemoteStorageVolResizeArgs, void> = {
  proc: 260,
  name: "STORAGE_VOL_RESIZE",
  args: remote_storage_vol_resize_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["storage_vol:resize"],
};
/**
 * DOMAIN_PM_SUSPEND_FOR_DURATION (261).
 * @generate both
 * @acl domain:pm_control
 */
const REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION: ProcedureSpec<RemoteDomainPmSuspendForDurationArgs, void> = {
  proc: 261,
  name: "DOMAIN_PM_SUSPEND_FOR_DURATION",
  args: remote_domain_pm_suspend_for_duration_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:pm_control"],
};
/**
 * DOMAIN_GET_CPU_STATS (262).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_CPU_STATS: ProcedureSpec<RemoteDomainGetCpuStatsArgs, RemoteDomainGetCpuStatsRet> = {
  proc: 262,
  name: "DOMAIN_GET_CPU_STATS",
  args: remote_domain_get_cpu_stats_args,
  ret: remote_domain_get_cpu_stats_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_GET_DISK_ERRORS (263).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_DISK_ERRORS: ProcedureSpec<RemoteDomainGetDiskErrorsArgs, RemoteDomainGetDiskErrorsRet> = {
  proc: 263,
  name: "DOMAIN_GET_DISK_ERRORS",
  args: remote_domain_get_disk_errors_args,
  ret: remote_domain_get_disk_errors_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_METADATA (264).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_METADATA: ProcedureSpec<RemoteDomainSetMetadataArgs, void> = {
  proc: 264,
  name: "DOMAIN_SET_METADATA",
  args: remote_domain_set_metadata_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_METADATA (265).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_METADATA: ProcedureSpec<RemoteDomainGetMetadataArgs, RemoteDomainGetMetadataRet> = {
  proc: 265,
  name: "DOMAIN_GET_METADATA",
  args: remote_domain_get_metadata_args,
  ret: remote_domain_get_metadata_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_BLOCK_REBASE (266).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_REBASE: ProcedureSpec<RemoteDomainBlockRebaseArgs, void> = {
  proc: 266,
  name: "DOMAIN_BLOCK_REBASE",
  args: remote_domain_block_rebase_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_write"],
};
/**
 * DOMAIN_PM_WAKEUP (267).
 * @generate both
 * @acl domain:pm_control
 */
const REMOTE_PROC_DOMAIN_PM_WAKEUP: ProcedureSpec<RemoteDomainPmWakeupArgs, void> = {
  proc: 267,
  name: "DOMAIN_PM_WAKEUP",
  args: remote_domain_pm_wakeup_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:pm_control"],
};
/**
 * DOMAIN_EVENT_TRAY_CHANGE (268): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE: ProcedureSpec<RemoteDomainEventTrayChangeMsg, void> = {
  proc: 268,
  name: "DOMAIN_EVENT_TRAY_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_tray_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_PMWAKEUP (269): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP: ProcedureSpec<RemoteDomainEventPmwakeupMsg, void> = {
  proc: 269,
  name: "DOMAIN_EVENT_PMWAKEUP",
  args: null,
  ret: null,
  msg: remote_domain_event_pmwakeup_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_PMSUSPEND (270): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND: ProcedureSpec<RemoteDomainEventPmsuspendMsg, void> = {
  proc: 270,
  name: "DOMAIN_EVENT_PMSUSPEND",
  args: null,
  ret: null,
  msg: remote_domain_event_pmsuspend_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_SNAPSHOT_IS_CURRENT (271).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT: ProcedureSpec<RemoteDomainSnapshotIsCurrentArgs, RemoteDomainSnapshotIsCurrentRet> = {
  proc: 271,
  name: "DOMAIN_SNAPSHOT_IS_CURRENT",
  args: remote_domain_snapshot_is_current_args,
  ret: remote_domain_snapshot_is_current_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_HAS_METADATA (272).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA: ProcedureSpec<RemoteDomainSnapshotHasMetadataArgs, RemoteDomainSnapshotHasMetadataRet> = {
  proc: 272,
  name: "DOMAIN_SNAPSHOT_HAS_METADATA",
  args: remote_domain_snapshot_has_metadata_args,
  ret: remote_domain_snapshot_has_metadata_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * CONNECT_LIST_ALL_DOMAINS (273).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS: ProcedureSpec<RemoteConnectListAllDomainsArgs, RemoteConnectListAllDomainsRet> = {
  proc: 273,
  name: "CONNECT_LIST_ALL_DOMAINS",
  args: remote_connect_list_all_domains_args,
  ret: remote_connect_list_all_domains_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * DOMAIN_LIST_ALL_SNAPSHOTS (274).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS: ProcedureSpec<RemoteDomainListAllSnapshotsArgs, RemoteDomainListAllSnapshotsRet> = {
  proc: 274,
  name: "DOMAIN_LIST_ALL_SNAPSHOTS",
  args: remote_domain_list_all_snapshots_args,
  ret: remote_domain_list_all_snapshots_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN (275).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: ProcedureSpec<
  RemoteDomainSnapshotListAllChildrenArgs,
  RemoteDomainSnapshotListAllChildrenRet
> = {
  proc: 275,
  name: "DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN",
  args: remote_domain_snapshot_list_all_children_args,
  ret: remote_domain_snapshot_list_all_children_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_EVENT_BALLOON_CHANGE (276): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE: ProcedureSpec<RemoteDomainEventBalloonChangeMsg, void> = {
  proc: 276,
  name: "DOMAIN_EVENT_BALLOON_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_balloon_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_GET_HOSTNAME (277).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_HOSTNAME: ProcedureSpec<RemoteDomainGetHostnameArgs, RemoteDomainGetHostnameRet> = {
  proc: 277,
  name: "DOMAIN_GET_HOSTNAME",
  args: remote_domain_get_hostname_args,
  ret: remote_domain_get_hostname_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_GET_SECURITY_LABEL_LIST (278).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST: ProcedureSpec<RemoteDomainGetSecurityLabelListArgs, RemoteDomainGetSecurityLabelListRet> =
  {
    proc: 278,
    name: "DOMAIN_GET_SECURITY_LABEL_LIST",
    args: remote_domain_get_security_label_list_args,
    ret: remote_domain_get_security_label_list_ret,
    msg: null,
    stream: null,
    priority: "high",
    acl: ["domain:read"],
  };
/**
 * DOMAIN_PIN_EMULATOR (279).
 * @generate none
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_EMULATOR: ProcedureSpec<RemoteDomainPinEmulatorArgs, void> = {
  proc: 279,
  name: "DOMAIN_PIN_EMULATOR",
  args: remote_domain_pin_emulator_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_GET_EMULATOR_PIN_INFO (280).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO: ProcedureSpec<RemoteDomainGetEmulatorPinInfoArgs, RemoteDomainGetEmulatorPinInfoRet> = {
  proc: 280,
  name: "DOMAIN_GET_EMULATOR_PIN_INFO",
  args: remote_domain_get_emulator_pin_info_args,
  ret: remote_domain_get_emulator_pin_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * CONNECT_LIST_ALL_STORAGE_POOLS (281).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS: ProcedureSpec<RemoteConnectListAllStoragePoolsArgs, RemoteConnectListAllStoragePoolsRet> =
  {
    proc: 281,
    name: "CONNECT_LIST_ALL_STORAGE_POOLS",
    args: remote_connect_list_all_storage_pools_args,
    ret: remote_connect_list_all_storage_pools_ret,
    msg: null,
    stream: null,
    priority: "high",
    acl: ["connect:search_storage_pools"],
  };
/**
 * STORAGE_POOL_LIST_ALL_VOLUMES (282).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES: ProcedureSpec<RemoteStoragePoolListAllVolumesArgs, RemoteStoragePoolListAllVolumesRet> = {
  proc: 282,
  name: "STORAGE_POOL_LIST_ALL_VOLUMES",
  args: remote_storage_pool_list_all_volumes_args,
  ret: remote_storage_pool_list_all_volumes_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:search_storage_vols"],
};
/**
 * CONNECT_LIST_ALL_NETWORKS (283).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS: ProcedureSpec<RemoteConnectListAllNetworksArgs, RemoteConnectListAllNetworksRet> = {
  proc: 283,
  name: "CONNECT_LIST_ALL_NETWORKS",
  args: remote_connect_list_all_networks_args,
  ret: remote_connect_list_all_networks_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_networks"],
};
/**
 * CONNECT_LIST_ALL_INTERFACES (284).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES: ProcedureSpec<RemoteConnectListAllInterfacesArgs, RemoteConnectListAllInterfacesRet> = {
  proc: 284,
  name: "CONNECT_LIST_ALL_INTERFACES",
  args: remote_connect_list_all_interfaces_args,
  ret: remote_connect_list_all_interfaces_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_interfaces"],
};
/**
 * CONNECT_LIST_ALL_NODE_DEVICES (285).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES: ProcedureSpec<RemoteConnectListAllNodeDevicesArgs, RemoteConnectListAllNodeDevicesRet> = {
  proc: 285,
  name: "CONNECT_LIST_ALL_NODE_DEVICES",
  args: remote_connect_list_all_node_devices_args,
  ret: remote_connect_list_all_node_devices_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_node_devices"],
};
/**
 * CONNECT_LIST_ALL_NWFILTERS (286).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS: ProcedureSpec<RemoteConnectListAllNwfiltersArgs, RemoteConnectListAllNwfiltersRet> = {
  proc: 286,
  name: "CONNECT_LIST_ALL_NWFILTERS",
  args: remote_connect_list_all_nwfilters_args,
  ret: remote_connect_list_all_nwfilters_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_nwfilters"],
};
/**
 * CONNECT_LIST_ALL_SECRETS (287).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_SECRETS: ProcedureSpec<RemoteConnectListAllSecretsArgs, RemoteConnectListAllSecretsRet> = {
  proc: 287,
  name: "CONNECT_LIST_ALL_SECRETS",
  args: remote_connect_list_all_secrets_args,
  ret: remote_connect_list_all_secrets_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_secrets"],
};
/**
 * NODE_SET_MEMORY_PARAMETERS (288).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS: ProcedureSpec<RemoteNodeSetMemoryParametersArgs, void> = {
  proc: 288,
  name: "NODE_SET_MEMORY_PARAMETERS",
  args: remote_node_set_memory_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * NODE_GET_MEMORY_PARAMETERS (289).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS: ProcedureSpec<RemoteNodeGetMemoryParametersArgs, RemoteNodeGetMemoryParametersRet> = {
  proc: 289,
  name: "NODE_GET_MEMORY_PARAMETERS",
  args: remote_node_get_memory_parameters_args,
  ret: remote_node_get_memory_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * DOMAIN_BLOCK_COMMIT (290).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_COMMIT: ProcedureSpec<RemoteDomainBlockCommitArgs, void> = {
  proc: 290,
  name: "DOMAIN_BLOCK_COMMIT",
  args: remote_domain_block_commit_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_write"],
};
/**
 * NETWORK_UPDATE (291).
 * @generate both
 * @priority high
 * @acl network:write, network:save:!VIR_NETWORK_UPDATE_AFFECT_CONFIG|VIR_NETWORK_UPDATE_AFFECT_LIVE, network:save:VIR_NETWORK_UPDATE_AFFECT_CONFIG
 */
const REMOTE_PROC_NETWORK_UPDATE: ProcedureSpec<RemoteNetworkUpdateArgs, void> = {
  proc: 291,
  name: "NETWORK_UPDATE",
  args: remote_network_update_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: [
    "network:write",
    "network:save:!VIR_NETWORK_UPDATE_AFFECT_CONFIG|VIR_NETWORK_UPDATE_AFFECT_LIVE",
    "network:save:VIR_NETWORK_UPDATE_AFFECT_CONFIG",
  ],
};
/**
 * DOMAIN_EVENT_PMSUSPEND_DISK (292): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK: ProcedureSpec<RemoteDomainEventPmsuspendDiskMsg, void> = {
  proc: 292,
  name: "DOMAIN_EVENT_PMSUSPEND_DISK",
  args: null,
  ret: null,
  msg: remote_domain_event_pmsuspend_disk_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * NODE_GET_CPU_MAP (293).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CPU_MAP: ProcedureSpec<RemoteNodeGetCpuMapArgs, RemoteNodeGetCpuMapRet> = {
  proc: 293,
  name: "NODE_GET_CPU_MAP",
  args: remote_node_get_cpu_map_args,
  ret: remote_node_get_cpu_map_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * DOMAIN_FSTRIM (294).
 * @generate both
 * @acl domain:fs_trim
 */
const REMOTE_PROC_DOMAIN_FSTRIM: ProcedureSpec<RemoteDomainFstrimArgs, void> = {
  proc: 294,
  name: "DOMAIN_FSTRIM",
  args: remote_domain_fstrim_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:fs_trim"],
};
/**
 * DOMAIN_SEND_PROCESS_SIGNAL (295).
 * @generate both
 * @acl domain:send_signal
 */
const REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL: ProcedureSpec<RemoteDomainSendProcessSignalArgs, void> = {
  proc: 295,
  name: "DOMAIN_SEND_PROCESS_SIGNAL",
  args: remote_domain_send_process_signal_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:send_signal"],
};
/**
 * DOMAIN_OPEN_CHANNEL (296).
 * @generate both
 * @readstream 2
 * @acl domain:open_device
 */
const REMOTE_PROC_DOMAIN_OPEN_CHANNEL: ProcedureSpec<RemoteDomainOpenChannelArgs, void> = {
  proc: 296,
  name: "DOMAIN_OPEN_CHANNEL",
  args: remote_domain_open_channel_args,
  ret: null,
  msg: null,
  stream: "read",
  priority: "low",
  acl: ["domain:open_device"],
};
/**
 * NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN (297).
 * @generate both
 * @priority high
 * @acl node_device:getattr
 */
const REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: ProcedureSpec<
  RemoteNodeDeviceLookupScsiHostByWwnArgs,
  RemoteNodeDeviceLookupScsiHostByWwnRet
> = {
  proc: 297,
  name: "NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN",
  args: remote_node_device_lookup_scsi_host_by_wwn_args,
  ret: remote_node_device_lookup_scsi_host_by_wwn_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:getattr"],
};
/**
 * DOMAIN_GET_JOB_STATS (298).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_JOB_STATS: ProcedureSpec<RemoteDomainGetJobStatsArgs, RemoteDomainGetJobStatsRet> = {
  proc: 298,
  name: "DOMAIN_GET_JOB_STATS",
  args: remote_domain_get_job_stats_args,
  ret: remote_domain_get_job_stats_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_MIGRATE_GET_COMPRESSION_CACHE (299).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: ProcedureSpec<
  RemoteDomainMigrateGetCompressionCacheArgs,
  RemoteDomainMigrateGetCompressionCacheRet
> = {
  proc: 299,
  name: "DOMAIN_MIGRATE_GET_COMPRESSION_CACHE",
  args: remote_domain_migrate_get_compression_cache_args,
  ret: remote_domain_migrate_get_compression_cache_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_SET_COMPRESSION_CACHE (300).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: ProcedureSpec<RemoteDomainMigrateSetCompressionCacheArgs, void> = {
  proc: 300,
  name: "DOMAIN_MIGRATE_SET_COMPRESSION_CACHE",
  args: remote_domain_migrate_set_compression_cache_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * NODE_DEVICE_DETACH_FLAGS (301).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS: ProcedureSpec<RemoteNodeDeviceDetachFlagsArgs, void> = {
  proc: 301,
  name: "NODE_DEVICE_DETACH_FLAGS",
  args: remote_node_device_detach_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:detach"],
};
/**
 * DOMAIN_MIGRATE_BEGIN3_PARAMS (302).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS: ProcedureSpec<RemoteDomainMigrateBegin3ParamsArgs, RemoteDomainMigrateBegin3ParamsRet> = {
  proc: 302,
  name: "DOMAIN_MIGRATE_BEGIN3_PARAMS",
  args: remote_domain_migrate_begin3_params_args,
  ret: remote_domain_migrate_begin3_params_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_PREPARE3_PARAMS (303).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePrepare3ParamsArgs,
  RemoteDomainMigratePrepare3ParamsRet
> = {
  proc: 303,
  name: "DOMAIN_MIGRATE_PREPARE3_PARAMS",
  args: remote_domain_migrate_prepare3_params_args,
  ret: remote_domain_migrate_prepare3_params_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS (304).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePrepareTunnel3ParamsArgs,
  RemoteDomainMigratePrepareTunnel3ParamsRet
> = {
  proc: 304,
  name: "DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS",
  args: remote_domain_migrate_prepare_tunnel3_params_args,
  ret: remote_domain_migrate_prepare_tunnel3_params_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate", "domain:start", "domain:write"],
};
/**
 * DOMAIN_MIGRATE_PERFORM3_PARAMS (305).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePerform3ParamsArgs,
  RemoteDomainMigratePerform3ParamsRet
> = {
  proc: 305,
  name: "DOMAIN_MIGRATE_PERFORM3_PARAMS",
  args: remote_domain_migrate_perform3_params_args,
  ret: remote_domain_migrate_perform3_params_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MIGRATE_FINISH3_PARAMS (306).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS: ProcedureSpec<RemoteDomainMigrateFinish3ParamsArgs, RemoteDomainMigrateFinish3ParamsRet> =
  {
    proc: 306,
    name: "DOMAIN_MIGRATE_FINISH3_PARAMS",
    args: remote_domain_migrate_finish3_params_args,
    ret: remote_domain_migrate_finish3_params_ret,
    msg: null,
    stream: null,
    priority: "low",
    acl: ["domain:migrate"],
  };
/**
 * DOMAIN_MIGRATE_CONFIRM3_PARAMS (307).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS: ProcedureSpec<RemoteDomainMigrateConfirm3ParamsArgs, void> = {
  proc: 307,
  name: "DOMAIN_MIGRATE_CONFIRM3_PARAMS",
  args: remote_domain_migrate_confirm3_params_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_SET_MEMORY_STATS_PERIOD (308).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD: ProcedureSpec<RemoteDomainSetMemoryStatsPeriodArgs, void> = {
  proc: 308,
  name: "DOMAIN_SET_MEMORY_STATS_PERIOD",
  args: remote_domain_set_memory_stats_period_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_CREATE_XML_WITH_FILES (309).
 * @generate none
 * @acl domain:write, domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES: ProcedureSpec<RemoteDomainCreateXmlWithFilesArgs, RemoteDomainCreateXmlWithFilesRet> = {
  proc: 309,
  name: "DOMAIN_CREATE_XML_WITH_FILES",
  args: remote_domain_create_xml_with_files_args,
  ret: remote_domain_create_xml_with_files_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:start"],
};
/**
 * DOMAIN_CREATE_WITH_FILES (310).
 * @generate none
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_WITH_FILES: ProcedureSpec<RemoteDomainCreateWithFilesArgs, RemoteDomainCreateWithFilesRet> = {
  proc: 310,
  name: "DOMAIN_CREATE_WITH_FILES",
  args: remote_domain_create_with_files_args,
  ret: remote_domain_create_with_files_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start"],
};
/**
 * DOMAIN_EVENT_DEVICE_REMOVED (311): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED: ProcedureSpec<RemoteDomainEventDeviceRemovedMsg, void> = {
  proc: 311,
  name: "DOMAIN_EVENT_DEVICE_REMOVED",
  args: null,
  ret: null,
  msg: remote_domain_event_device_removed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_GET_CPU_MODEL_NAMES (312).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES: ProcedureSpec<RemoteConnectGetCpuModelNamesArgs, RemoteConnectGetCpuModelNamesRet> = {
  proc: 312,
  name: "CONNECT_GET_CPU_MODEL_NAMES",
  args: remote_connect_get_cpu_model_names_args,
  ret: remote_connect_get_cpu_model_names_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * CONNECT_NETWORK_EVENT_REGISTER_ANY (313).
 * @generate none
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY: ProcedureSpec<
  RemoteConnectNetworkEventRegisterAnyArgs,
  RemoteConnectNetworkEventRegisterAnyRet
> = {
  proc: 313,
  name: "CONNECT_NETWORK_EVENT_REGISTER_ANY",
  args: remote_connect_network_event_register_any_args,
  ret: remote_connect_network_event_register_any_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_networks"],
};
/**
 * CONNECT_NETWORK_EVENT_DEREGISTER_ANY (314).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectNetworkEventDeregisterAnyArgs, void> = {
  proc: 314,
  name: "CONNECT_NETWORK_EVENT_DEREGISTER_ANY",
  args: remote_connect_network_event_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NETWORK_EVENT_LIFECYCLE (315): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NETWORK_EVENT_LIFECYCLE: ProcedureSpec<RemoteNetworkEventLifecycleMsg, void> = {
  proc: 315,
  name: "NETWORK_EVENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_network_event_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY (316).
 * @generate none
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: ProcedureSpec<
  RemoteConnectDomainEventCallbackRegisterAnyArgs,
  RemoteConnectDomainEventCallbackRegisterAnyRet
> = {
  proc: 316,
  name: "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
  args: remote_connect_domain_event_callback_register_any_args,
  ret: remote_connect_domain_event_callback_register_any_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_domains"],
};
/**
 * CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY (317).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventCallbackDeregisterAnyArgs, void> = {
  proc: 317,
  name: "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY",
  args: remote_connect_domain_event_callback_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * DOMAIN_EVENT_CALLBACK_LIFECYCLE (318): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE: ProcedureSpec<RemoteDomainEventCallbackLifecycleMsg, void> = {
  proc: 318,
  name: "DOMAIN_EVENT_CALLBACK_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_REBOOT (319): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT: ProcedureSpec<RemoteDomainEventCallbackRebootMsg, void> = {
  proc: 319,
  name: "DOMAIN_EVENT_CALLBACK_REBOOT",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_reboot_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_RTC_CHANGE (320): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE: ProcedureSpec<RemoteDomainEventCallbackRtcChangeMsg, void> = {
  proc: 320,
  name: "DOMAIN_EVENT_CALLBACK_RTC_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_rtc_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_WATCHDOG (321): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG: ProcedureSpec<RemoteDomainEventCallbackWatchdogMsg, void> = {
  proc: 321,
  name: "DOMAIN_EVENT_CALLBACK_WATCHDOG",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_watchdog_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_IO_ERROR (322): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR: ProcedureSpec<RemoteDomainEventCallbackIoErrorMsg, void> = {
  proc: 322,
  name: "DOMAIN_EVENT_CALLBACK_IO_ERROR",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_io_error_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_GRAPHICS (323): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS: ProcedureSpec<RemoteDomainEventCallbackGraphicsMsg, void> = {
  proc: 323,
  name: "DOMAIN_EVENT_CALLBACK_GRAPHICS",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_graphics_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON (324): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: ProcedureSpec<RemoteDomainEventCallbackIoErrorReasonMsg, void> = {
  proc: 324,
  name: "DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_io_error_reason_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_CONTROL_ERROR (325): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: ProcedureSpec<RemoteDomainEventCallbackControlErrorMsg, void> = {
  proc: 325,
  name: "DOMAIN_EVENT_CALLBACK_CONTROL_ERROR",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_control_error_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_BLOCK_JOB (326): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB: ProcedureSpec<RemoteDomainEventCallbackBlockJobMsg, void> = {
  proc: 326,
  name: "DOMAIN_EVENT_CALLBACK_BLOCK_JOB",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_block_job_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_DISK_CHANGE (327): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE: ProcedureSpec<RemoteDomainEventCallbackDiskChangeMsg, void> = {
  proc: 327,
  name: "DOMAIN_EVENT_CALLBACK_DISK_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_disk_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_TRAY_CHANGE (328): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: ProcedureSpec<RemoteDomainEventCallbackTrayChangeMsg, void> = {
  proc: 328,
  name: "DOMAIN_EVENT_CALLBACK_TRAY_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_tray_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_PMWAKEUP (329): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP: ProcedureSpec<RemoteDomainEventCallbackPmwakeupMsg, void> = {
  proc: 329,
  name: "DOMAIN_EVENT_CALLBACK_PMWAKEUP",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_pmwakeup_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_PMSUSPEND (330): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND: ProcedureSpec<RemoteDomainEventCallbackPmsuspendMsg, void> = {
  proc: 330,
  name: "DOMAIN_EVENT_CALLBACK_PMSUSPEND",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_pmsuspend_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE (331): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: ProcedureSpec<RemoteDomainEventCallbackBalloonChangeMsg, void> = {
  proc: 331,
  name: "DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_balloon_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK (332): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: ProcedureSpec<RemoteDomainEventCallbackPmsuspendDiskMsg, void> = {
  proc: 332,
  name: "DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_pmsuspend_disk_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED (333): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: ProcedureSpec<RemoteDomainEventCallbackDeviceRemovedMsg, void> = {
  proc: 333,
  name: "DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_device_removed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_CORE_DUMP_WITH_FORMAT (334).
 * @generate both
 * @acl domain:core_dump
 */
const REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT: ProcedureSpec<RemoteDomainCoreDumpWithFormatArgs, void> = {
  proc: 334,
  name: "DOMAIN_CORE_DUMP_WITH_FORMAT",
  args: remote_domain_core_dump_with_format_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:core_dump"],
};
/**
 * DOMAIN_FSFREEZE (335).
 * @generate both
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_FSFREEZE: ProcedureSpec<RemoteDomainFsfreezeArgs, RemoteDomainFsfreezeRet> = {
  proc: 335,
  name: "DOMAIN_FSFREEZE",
  args: remote_domain_fsfreeze_args,
  ret: remote_domain_fsfreeze_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:fs_freeze"],
};
/**
 * DOMAIN_FSTHAW (336).
 * @generate both
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_FSTHAW: ProcedureSpec<RemoteDomainFsthawArgs, RemoteDomainFsthawRet> = {
  proc: 336,
  name: "DOMAIN_FSTHAW",
  args: remote_domain_fsthaw_args,
  ret: remote_domain_fsthaw_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:fs_freeze"],
};
/**
 * DOMAIN_GET_TIME (337).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_TIME: ProcedureSpec<RemoteDomainGetTimeArgs, RemoteDomainGetTimeRet> = {
  proc: 337,
  name: "DOMAIN_GET_TIME",
  args: remote_domain_get_time_args,
  ret: remote_domain_get_time_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SET_TIME (338).
 * @generate both
 * @acl domain:set_time
 */
const REMOTE_PROC_DOMAIN_SET_TIME: ProcedureSpec<RemoteDomainSetTimeArgs, void> = {
  proc: 338,
  name: "DOMAIN_SET_TIME",
  args: remote_domain_set_time_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:set_time"],
};
/**
 * DOMAIN_EVENT_BLOCK_JOB_2 (339): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2: ProcedureSpec<RemoteDomainEventBlockJob2Msg, void> = {
  proc: 339,
  name: "DOMAIN_EVENT_BLOCK_JOB_2",
  args: null,
  ret: null,
  msg: remote_domain_event_block_job_2_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * NODE_GET_FREE_PAGES (340).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_FREE_PAGES: ProcedureSpec<RemoteNodeGetFreePagesArgs, RemoteNodeGetFreePagesRet> = {
  proc: 340,
  name: "NODE_GET_FREE_PAGES",
  args: remote_node_get_free_pages_args,
  ret: remote_node_get_free_pages_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NETWORK_GET_DHCP_LEASES (341).
 * @generate none
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_DHCP_LEASES: ProcedureSpec<RemoteNetworkGetDhcpLeasesArgs, RemoteNetworkGetDhcpLeasesRet> = {
  proc: 341,
  name: "NETWORK_GET_DHCP_LEASES",
  args: remote_network_get_dhcp_leases_args,
  ret: remote_network_get_dhcp_leases_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network:read"],
};
/**
 * CONNECT_GET_DOMAIN_CAPABILITIES (342).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES: ProcedureSpec<
  RemoteConnectGetDomainCapabilitiesArgs,
  RemoteConnectGetDomainCapabilitiesRet
> = {
  proc: 342,
  name: "CONNECT_GET_DOMAIN_CAPABILITIES",
  args: remote_connect_get_domain_capabilities_args,
  ret: remote_connect_get_domain_capabilities_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * DOMAIN_OPEN_GRAPHICS_FD (343).
 * @generate none
 * @acl domain:open_graphics
 */
const REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD: ProcedureSpec<RemoteDomainOpenGraphicsFdArgs, void> = {
  proc: 343,
  name: "DOMAIN_OPEN_GRAPHICS_FD",
  args: remote_domain_open_graphics_fd_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:open_graphics"],
};
/**
 * CONNECT_GET_ALL_DOMAIN_STATS (344).
 * @generate none
 * @acl connect:search_domains
 * @aclfilter domain:read
 */
const REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS: ProcedureSpec<RemoteConnectGetAllDomainStatsArgs, RemoteConnectGetAllDomainStatsRet> = {
  proc: 344,
  name: "CONNECT_GET_ALL_DOMAIN_STATS",
  args: remote_connect_get_all_domain_stats_args,
  ret: remote_connect_get_all_domain_stats_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:search_domains"],
};
/**
 * DOMAIN_BLOCK_COPY (345).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_COPY: ProcedureSpec<RemoteDomainBlockCopyArgs, void> = {
  proc: 345,
  name: "DOMAIN_BLOCK_COPY",
  args: remote_domain_block_copy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:block_write"],
};
/**
 * DOMAIN_EVENT_CALLBACK_TUNABLE (346): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE: ProcedureSpec<RemoteDomainEventCallbackTunableMsg, void> = {
  proc: 346,
  name: "DOMAIN_EVENT_CALLBACK_TUNABLE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_tunable_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * NODE_ALLOC_PAGES (347).
 * @generate none
 * @acl connect:write
 */
const REMOTE_PROC_NODE_ALLOC_PAGES: ProcedureSpec<RemoteNodeAllocPagesArgs, RemoteNodeAllocPagesRet> = {
  proc: 347,
  name: "NODE_ALLOC_PAGES",
  args: remote_node_alloc_pages_args,
  ret: remote_node_alloc_pages_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE (348): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: ProcedureSpec<RemoteDomainEventCallbackAgentLifecycleMsg, void> = {
  proc: 348,
  name: "DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_agent_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_GET_FSINFO (349).
 * @generate none
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_GET_FSINFO: ProcedureSpec<RemoteDomainGetFsinfoArgs, RemoteDomainGetFsinfoRet> = {
  proc: 349,
  name: "DOMAIN_GET_FSINFO",
  args: remote_domain_get_fsinfo_args,
  ret: remote_domain_get_fsinfo_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:fs_freeze"],
};
/**
 * DOMAIN_DEFINE_XML_FLAGS (350).
 * @priority high
 * @generate both
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS: ProcedureSpec<RemoteDomainDefineXmlFlagsArgs, RemoteDomainDefineXmlFlagsRet> = {
  proc: 350,
  name: "DOMAIN_DEFINE_XML_FLAGS",
  args: remote_domain_define_xml_flags_args,
  ret: remote_domain_define_xml_flags_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:write", "domain:save"],
};
/**
 * DOMAIN_GET_IOTHREAD_INFO (351).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO: ProcedureSpec<RemoteDomainGetIothreadInfoArgs, RemoteDomainGetIothreadInfoRet> = {
  proc: 351,
  name: "DOMAIN_GET_IOTHREAD_INFO",
  args: remote_domain_get_iothread_info_args,
  ret: remote_domain_get_iothread_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_PIN_IOTHREAD (352).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_IOTHREAD: ProcedureSpec<RemoteDomainPinIothreadArgs, void> = {
  proc: 352,
  name: "DOMAIN_PIN_IOTHREAD",
  args: remote_domain_pin_iothread_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_INTERFACE_ADDRESSES (353).
 * @generate none
 * @acl domain:read, domain:write::source:VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
 */
const REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES: ProcedureSpec<RemoteDomainInterfaceAddressesArgs, RemoteDomainInterfaceAddressesRet> = {
  proc: 353,
  name: "DOMAIN_INTERFACE_ADDRESSES",
  args: remote_domain_interface_addresses_args,
  ret: remote_domain_interface_addresses_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read", "domain:write::source:VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT"],
};
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_ADDED (354): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: ProcedureSpec<RemoteDomainEventCallbackDeviceAddedMsg, void> = {
  proc: 354,
  name: "DOMAIN_EVENT_CALLBACK_DEVICE_ADDED",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_device_added_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_ADD_IOTHREAD (355).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_ADD_IOTHREAD: ProcedureSpec<RemoteDomainAddIothreadArgs, void> = {
  proc: 355,
  name: "DOMAIN_ADD_IOTHREAD",
  args: remote_domain_add_iothread_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_DEL_IOTHREAD (356).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DEL_IOTHREAD: ProcedureSpec<RemoteDomainDelIothreadArgs, void> = {
  proc: 356,
  name: "DOMAIN_DEL_IOTHREAD",
  args: remote_domain_del_iothread_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_SET_USER_PASSWORD (357).
 * @generate both
 * @acl domain:set_password
 */
const REMOTE_PROC_DOMAIN_SET_USER_PASSWORD: ProcedureSpec<RemoteDomainSetUserPasswordArgs, void> = {
  proc: 357,
  name: "DOMAIN_SET_USER_PASSWORD",
  args: remote_domain_set_user_password_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:set_password"],
};
/**
 * DOMAIN_RENAME (358).
 * @generate server
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_RENAME: ProcedureSpec<RemoteDomainRenameArgs, RemoteDomainRenameRet> = {
  proc: 358,
  name: "DOMAIN_RENAME",
  args: remote_domain_rename_args,
  ret: remote_domain_rename_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save"],
};
/**
 * DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION (359): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: ProcedureSpec<RemoteDomainEventCallbackMigrationIterationMsg, void> = {
  proc: 359,
  name: "DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_migration_iteration_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_REGISTER_CLOSE_CALLBACK (360).
 * @generate none
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK: ProcedureSpec<void, void> = {
  proc: 360,
  name: "CONNECT_REGISTER_CLOSE_CALLBACK",
  args: null,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_UNREGISTER_CLOSE_CALLBACK (361).
 * @generate none
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK: ProcedureSpec<void, void> = {
  proc: 361,
  name: "CONNECT_UNREGISTER_CLOSE_CALLBACK",
  args: null,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:getattr"],
};
/**
 * CONNECT_EVENT_CONNECTION_CLOSED (362): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED: ProcedureSpec<RemoteConnectEventConnectionClosedMsg, void> = {
  proc: 362,
  name: "CONNECT_EVENT_CONNECTION_CLOSED",
  args: null,
  ret: null,
  msg: remote_connect_event_connection_closed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_EVENT_CALLBACK_JOB_COMPLETED (363): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: ProcedureSpec<RemoteDomainEventCallbackJobCompletedMsg, void> = {
  proc: 363,
  name: "DOMAIN_EVENT_CALLBACK_JOB_COMPLETED",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_job_completed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_MIGRATE_START_POST_COPY (364).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY: ProcedureSpec<RemoteDomainMigrateStartPostCopyArgs, void> = {
  proc: 364,
  name: "DOMAIN_MIGRATE_START_POST_COPY",
  args: remote_domain_migrate_start_post_copy_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_GET_PERF_EVENTS (365).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_PERF_EVENTS: ProcedureSpec<RemoteDomainGetPerfEventsArgs, RemoteDomainGetPerfEventsRet> = {
  proc: 365,
  name: "DOMAIN_GET_PERF_EVENTS",
  args: remote_domain_get_perf_events_args,
  ret: remote_domain_get_perf_events_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_SET_PERF_EVENTS (366).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_PERF_EVENTS: ProcedureSpec<RemoteDomainSetPerfEventsArgs, void> = {
  proc: 366,
  name: "DOMAIN_SET_PERF_EVENTS",
  args: remote_domain_set_perf_events_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED (367): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: ProcedureSpec<RemoteDomainEventCallbackDeviceRemovalFailedMsg, void> = {
  proc: 367,
  name: "DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_device_removal_failed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY (368).
 * @generate none
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: ProcedureSpec<
  RemoteConnectStoragePoolEventRegisterAnyArgs,
  RemoteConnectStoragePoolEventRegisterAnyRet
> = {
  proc: 368,
  name: "CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY",
  args: remote_connect_storage_pool_event_register_any_args,
  ret: remote_connect_storage_pool_event_register_any_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_storage_pools"],
};
/**
 * CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY (369).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectStoragePoolEventDeregisterAnyArgs, void> = {
  proc: 369,
  name: "CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY",
  args: remote_connect_storage_pool_event_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * STORAGE_POOL_EVENT_LIFECYCLE (370): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE: ProcedureSpec<RemoteStoragePoolEventLifecycleMsg, void> = {
  proc: 370,
  name: "STORAGE_POOL_EVENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_storage_pool_event_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_GET_GUEST_VCPUS (371).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS: ProcedureSpec<RemoteDomainGetGuestVcpusArgs, RemoteDomainGetGuestVcpusRet> = {
  proc: 371,
  name: "DOMAIN_GET_GUEST_VCPUS",
  args: remote_domain_get_guest_vcpus_args,
  ret: remote_domain_get_guest_vcpus_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SET_GUEST_VCPUS (372).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS: ProcedureSpec<RemoteDomainSetGuestVcpusArgs, void> = {
  proc: 372,
  name: "DOMAIN_SET_GUEST_VCPUS",
  args: remote_domain_set_guest_vcpus_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * STORAGE_POOL_EVENT_REFRESH (373): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH: ProcedureSpec<RemoteStoragePoolEventRefreshMsg, void> = {
  proc: 373,
  name: "STORAGE_POOL_EVENT_REFRESH",
  args: null,
  ret: null,
  msg: remote_storage_pool_event_refresh_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY (374).
 * @generate none
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: ProcedureSpec<
  RemoteConnectNodeDeviceEventRegisterAnyArgs,
  RemoteConnectNodeDeviceEventRegisterAnyRet
> = {
  proc: 374,
  name: "CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY",
  args: remote_connect_node_device_event_register_any_args,
  ret: remote_connect_node_device_event_register_any_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_node_devices"],
};
/**
 * CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY (375).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectNodeDeviceEventDeregisterAnyArgs, void> = {
  proc: 375,
  name: "CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY",
  args: remote_connect_node_device_event_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * NODE_DEVICE_EVENT_LIFECYCLE (376): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE: ProcedureSpec<RemoteNodeDeviceEventLifecycleMsg, void> = {
  proc: 376,
  name: "NODE_DEVICE_EVENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_node_device_event_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * NODE_DEVICE_EVENT_UPDATE (377): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE: ProcedureSpec<RemoteNodeDeviceEventUpdateMsg, void> = {
  proc: 377,
  name: "NODE_DEVICE_EVENT_UPDATE",
  args: null,
  ret: null,
  msg: remote_node_device_event_update_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * STORAGE_VOL_GET_INFO_FLAGS (378).
 * @generate server
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS: ProcedureSpec<RemoteStorageVolGetInfoFlagsArgs, RemoteStorageVolGetInfoFlagsRet> = {
  proc: 378,
  name: "STORAGE_VOL_GET_INFO_FLAGS",
  args: remote_storage_vol_get_info_flags_args,
  ret: remote_storage_vol_get_info_flags_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_vol:read"],
};
/**
 * DOMAIN_EVENT_CALLBACK_METADATA_CHANGE (379): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: ProcedureSpec<RemoteDomainEventCallbackMetadataChangeMsg, void> = {
  proc: 379,
  name: "DOMAIN_EVENT_CALLBACK_METADATA_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_callback_metadata_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * CONNECT_SECRET_EVENT_REGISTER_ANY (380).
 * @generate none
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY: ProcedureSpec<
  RemoteConnectSecretEventRegisterAnyArgs,
  RemoteConnectSecretEventRegisterAnyRet
> = {
  proc: 380,
  name: "CONNECT_SECRET_EVENT_REGISTER_ANY",
  args: remote_connect_secret_event_register_any_args,
  ret: remote_connect_secret_event_register_any_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_secrets"],
};
/**
 * CONNECT_SECRET_EVENT_DEREGISTER_ANY (381).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectSecretEventDeregisterAnyArgs, void> = {
  proc: 381,
  name: "CONNECT_SECRET_EVENT_DEREGISTER_ANY",
  args: remote_connect_secret_event_deregister_any_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:read"],
};
/**
 * SECRET_EVENT_LIFECYCLE (382): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_SECRET_EVENT_LIFECYCLE: ProcedureSpec<RemoteSecretEventLifecycleMsg, void> = {
  proc: 382,
  name: "SECRET_EVENT_LIFECYCLE",
  args: null,
  ret: null,
  msg: remote_secret_event_lifecycle_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * SECRET_EVENT_VALUE_CHANGED (383): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED: ProcedureSpec<RemoteSecretEventValueChangedMsg, void> = {
  proc: 383,
  name: "SECRET_EVENT_VALUE_CHANGED",
  args: null,
  ret: null,
  msg: remote_secret_event_value_changed_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_SET_VCPU (384).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_VCPU: ProcedureSpec<RemoteDomainSetVcpuArgs, void> = {
  proc: 384,
  name: "DOMAIN_SET_VCPU",
  args: remote_domain_set_vcpu_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * DOMAIN_EVENT_BLOCK_THRESHOLD (385): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD: ProcedureSpec<RemoteDomainEventBlockThresholdMsg, void> = {
  proc: 385,
  name: "DOMAIN_EVENT_BLOCK_THRESHOLD",
  args: null,
  ret: null,
  msg: remote_domain_event_block_threshold_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_SET_BLOCK_THRESHOLD (386).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD: ProcedureSpec<RemoteDomainSetBlockThresholdArgs, void> = {
  proc: 386,
  name: "DOMAIN_SET_BLOCK_THRESHOLD",
  args: remote_domain_set_block_threshold_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_MIGRATE_GET_MAX_DOWNTIME (387).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME: ProcedureSpec<
  RemoteDomainMigrateGetMaxDowntimeArgs,
  RemoteDomainMigrateGetMaxDowntimeRet
> = {
  proc: 387,
  name: "DOMAIN_MIGRATE_GET_MAX_DOWNTIME",
  args: remote_domain_migrate_get_max_downtime_args,
  ret: remote_domain_migrate_get_max_downtime_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:migrate"],
};
/**
 * DOMAIN_MANAGED_SAVE_GET_XML_DESC (388).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_SAVE_IMAGE_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC: ProcedureSpec<
  RemoteDomainManagedSaveGetXmlDescArgs,
  RemoteDomainManagedSaveGetXmlDescRet
> = {
  proc: 388,
  name: "DOMAIN_MANAGED_SAVE_GET_XML_DESC",
  args: remote_domain_managed_save_get_xml_desc_args,
  ret: remote_domain_managed_save_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read", "domain:read_secure:VIR_DOMAIN_SAVE_IMAGE_XML_SECURE"],
};
/**
 * DOMAIN_MANAGED_SAVE_DEFINE_XML (389).
 * @generate both
 * @acl domain:write, domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML: ProcedureSpec<RemoteDomainManagedSaveDefineXmlArgs, void> = {
  proc: 389,
  name: "DOMAIN_MANAGED_SAVE_DEFINE_XML",
  args: remote_domain_managed_save_define_xml_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:hibernate"],
};
/**
 * DOMAIN_SET_LIFECYCLE_ACTION (390).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION: ProcedureSpec<RemoteDomainSetLifecycleActionArgs, void> = {
  proc: 390,
  name: "DOMAIN_SET_LIFECYCLE_ACTION",
  args: remote_domain_set_lifecycle_action_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * STORAGE_POOL_LOOKUP_BY_TARGET_PATH (391).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH: ProcedureSpec<
  RemoteStoragePoolLookupByTargetPathArgs,
  RemoteStoragePoolLookupByTargetPathRet
> = {
  proc: 391,
  name: "STORAGE_POOL_LOOKUP_BY_TARGET_PATH",
  args: remote_storage_pool_lookup_by_target_path_args,
  ret: remote_storage_pool_lookup_by_target_path_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["storage_pool:getattr"],
};
/**
 * DOMAIN_DETACH_DEVICE_ALIAS (392).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS: ProcedureSpec<RemoteDomainDetachDeviceAliasArgs, void> = {
  proc: 392,
  name: "DOMAIN_DETACH_DEVICE_ALIAS",
  args: remote_domain_detach_device_alias_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * CONNECT_COMPARE_HYPERVISOR_CPU (393).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU: ProcedureSpec<
  RemoteConnectCompareHypervisorCpuArgs,
  RemoteConnectCompareHypervisorCpuRet
> = {
  proc: 393,
  name: "CONNECT_COMPARE_HYPERVISOR_CPU",
  args: remote_connect_compare_hypervisor_cpu_args,
  ret: remote_connect_compare_hypervisor_cpu_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * CONNECT_BASELINE_HYPERVISOR_CPU (394).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU: ProcedureSpec<
  RemoteConnectBaselineHypervisorCpuArgs,
  RemoteConnectBaselineHypervisorCpuRet
> = {
  proc: 394,
  name: "CONNECT_BASELINE_HYPERVISOR_CPU",
  args: remote_connect_baseline_hypervisor_cpu_args,
  ret: remote_connect_baseline_hypervisor_cpu_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * NODE_GET_SEV_INFO (395).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_SEV_INFO: ProcedureSpec<RemoteNodeGetSevInfoArgs, RemoteNodeGetSevInfoRet> = {
  proc: 395,
  name: "NODE_GET_SEV_INFO",
  args: remote_node_get_sev_info_args,
  ret: remote_node_get_sev_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * DOMAIN_GET_LAUNCH_SECURITY_INFO (396).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO: ProcedureSpec<
  RemoteDomainGetLaunchSecurityInfoArgs,
  RemoteDomainGetLaunchSecurityInfoRet
> = {
  proc: 396,
  name: "DOMAIN_GET_LAUNCH_SECURITY_INFO",
  args: remote_domain_get_launch_security_info_args,
  ret: remote_domain_get_launch_security_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * NWFILTER_BINDING_LOOKUP_BY_PORT_DEV (397).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:getattr
 */
const REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: ProcedureSpec<
  RemoteNwfilterBindingLookupByPortDevArgs,
  RemoteNwfilterBindingLookupByPortDevRet
> = {
  proc: 397,
  name: "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV",
  args: remote_nwfilter_binding_lookup_by_port_dev_args,
  ret: remote_nwfilter_binding_lookup_by_port_dev_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter_binding:getattr"],
};
/**
 * NWFILTER_BINDING_GET_XML_DESC (398).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:read
 */
const REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC: ProcedureSpec<RemoteNwfilterBindingGetXmlDescArgs, RemoteNwfilterBindingGetXmlDescRet> = {
  proc: 398,
  name: "NWFILTER_BINDING_GET_XML_DESC",
  args: remote_nwfilter_binding_get_xml_desc_args,
  ret: remote_nwfilter_binding_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter_binding:read"],
};
/**
 * NWFILTER_BINDING_CREATE_XML (399).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:create
 */
const REMOTE_PROC_NWFILTER_BINDING_CREATE_XML: ProcedureSpec<RemoteNwfilterBindingCreateXmlArgs, RemoteNwfilterBindingCreateXmlRet> = {
  proc: 399,
  name: "NWFILTER_BINDING_CREATE_XML",
  args: remote_nwfilter_binding_create_xml_args,
  ret: remote_nwfilter_binding_create_xml_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter_binding:create"],
};
/**
 * NWFILTER_BINDING_DELETE (400).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:delete
 */
const REMOTE_PROC_NWFILTER_BINDING_DELETE: ProcedureSpec<RemoteNwfilterBindingDeleteArgs, void> = {
  proc: 400,
  name: "NWFILTER_BINDING_DELETE",
  args: remote_nwfilter_binding_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter_binding:delete"],
};
/**
 * CONNECT_LIST_ALL_NWFILTER_BINDINGS (401).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilter_bindings
 * @aclfilter nwfilter_binding:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS: ProcedureSpec<
  RemoteConnectListAllNwfilterBindingsArgs,
  RemoteConnectListAllNwfilterBindingsRet
> = {
  proc: 401,
  name: "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
  args: remote_connect_list_all_nwfilter_bindings_args,
  ret: remote_connect_list_all_nwfilter_bindings_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["connect:search_nwfilter_bindings"],
};
/**
 * DOMAIN_SET_IOTHREAD_PARAMS (402).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS: ProcedureSpec<RemoteDomainSetIothreadParamsArgs, void> = {
  proc: 402,
  name: "DOMAIN_SET_IOTHREAD_PARAMS",
  args: remote_domain_set_iothread_params_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write", "domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE", "domain:save:VIR_DOMAIN_AFFECT_CONFIG"],
};
/**
 * CONNECT_GET_STORAGE_POOL_CAPABILITIES (403).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES: ProcedureSpec<
  RemoteConnectGetStoragePoolCapabilitiesArgs,
  RemoteConnectGetStoragePoolCapabilitiesRet
> = {
  proc: 403,
  name: "CONNECT_GET_STORAGE_POOL_CAPABILITIES",
  args: remote_connect_get_storage_pool_capabilities_args,
  ret: remote_connect_get_storage_pool_capabilities_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:read"],
};
/**
 * NETWORK_LIST_ALL_PORTS (404).
 * @generate both
 * @priority high
 * @acl network:search_ports
 * @aclfilter network_port:getattr
 */
const REMOTE_PROC_NETWORK_LIST_ALL_PORTS: ProcedureSpec<RemoteNetworkListAllPortsArgs, RemoteNetworkListAllPortsRet> = {
  proc: 404,
  name: "NETWORK_LIST_ALL_PORTS",
  args: remote_network_list_all_ports_args,
  ret: remote_network_list_all_ports_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:search_ports"],
};
/**
 * NETWORK_PORT_LOOKUP_BY_UUID (405).
 * @generate both
 * @priority high
 * @acl network_port:getattr
 */
const REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID: ProcedureSpec<RemoteNetworkPortLookupByUuidArgs, RemoteNetworkPortLookupByUuidRet> = {
  proc: 405,
  name: "NETWORK_PORT_LOOKUP_BY_UUID",
  args: remote_network_port_lookup_by_uuid_args,
  ret: remote_network_port_lookup_by_uuid_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network_port:getattr"],
};
/**
 * NETWORK_PORT_CREATE_XML (406).
 * @generate both
 * @acl network_port:create
 */
const REMOTE_PROC_NETWORK_PORT_CREATE_XML: ProcedureSpec<RemoteNetworkPortCreateXmlArgs, RemoteNetworkPortCreateXmlRet> = {
  proc: 406,
  name: "NETWORK_PORT_CREATE_XML",
  args: remote_network_port_create_xml_args,
  ret: remote_network_port_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network_port:create"],
};
/**
 * NETWORK_PORT_GET_PARAMETERS (407).
 * @generate none
 * @acl network_port:read
 */
const REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS: ProcedureSpec<RemoteNetworkPortGetParametersArgs, RemoteNetworkPortGetParametersRet> = {
  proc: 407,
  name: "NETWORK_PORT_GET_PARAMETERS",
  args: remote_network_port_get_parameters_args,
  ret: remote_network_port_get_parameters_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network_port:read"],
};
/**
 * NETWORK_PORT_SET_PARAMETERS (408).
 * @generate both
 * @acl network_port:write
 */
const REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS: ProcedureSpec<RemoteNetworkPortSetParametersArgs, void> = {
  proc: 408,
  name: "NETWORK_PORT_SET_PARAMETERS",
  args: remote_network_port_set_parameters_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network_port:write"],
};
/**
 * NETWORK_PORT_GET_XML_DESC (409).
 * @generate both
 * @acl network_port:read
 */
const REMOTE_PROC_NETWORK_PORT_GET_XML_DESC: ProcedureSpec<RemoteNetworkPortGetXmlDescArgs, RemoteNetworkPortGetXmlDescRet> = {
  proc: 409,
  name: "NETWORK_PORT_GET_XML_DESC",
  args: remote_network_port_get_xml_desc_args,
  ret: remote_network_port_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network_port:read"],
};
/**
 * NETWORK_PORT_DELETE (410).
 * @generate both
 * @acl network_port:delete
 */
const REMOTE_PROC_NETWORK_PORT_DELETE: ProcedureSpec<RemoteNetworkPortDeleteArgs, void> = {
  proc: 410,
  name: "NETWORK_PORT_DELETE",
  args: remote_network_port_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["network_port:delete"],
};
/**
 * DOMAIN_CHECKPOINT_CREATE_XML (411).
 * @generate both
 * @acl domain:checkpoint, domain:fs_freeze:VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML: ProcedureSpec<RemoteDomainCheckpointCreateXmlArgs, RemoteDomainCheckpointCreateXmlRet> = {
  proc: 411,
  name: "DOMAIN_CHECKPOINT_CREATE_XML",
  args: remote_domain_checkpoint_create_xml_args,
  ret: remote_domain_checkpoint_create_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:checkpoint", "domain:fs_freeze:VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE"],
};
/**
 * DOMAIN_CHECKPOINT_GET_XML_DESC (412).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_CHECKPOINT_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC: ProcedureSpec<RemoteDomainCheckpointGetXmlDescArgs, RemoteDomainCheckpointGetXmlDescRet> =
  {
    proc: 412,
    name: "DOMAIN_CHECKPOINT_GET_XML_DESC",
    args: remote_domain_checkpoint_get_xml_desc_args,
    ret: remote_domain_checkpoint_get_xml_desc_ret,
    msg: null,
    stream: null,
    priority: "low",
    acl: ["domain:read", "domain:read_secure:VIR_DOMAIN_CHECKPOINT_XML_SECURE"],
  };
/**
 * DOMAIN_LIST_ALL_CHECKPOINTS (413).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS: ProcedureSpec<RemoteDomainListAllCheckpointsArgs, RemoteDomainListAllCheckpointsRet> = {
  proc: 413,
  name: "DOMAIN_LIST_ALL_CHECKPOINTS",
  args: remote_domain_list_all_checkpoints_args,
  ret: remote_domain_list_all_checkpoints_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN (414).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: ProcedureSpec<
  RemoteDomainCheckpointListAllChildrenArgs,
  RemoteDomainCheckpointListAllChildrenRet
> = {
  proc: 414,
  name: "DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN",
  args: remote_domain_checkpoint_list_all_children_args,
  ret: remote_domain_checkpoint_list_all_children_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_CHECKPOINT_LOOKUP_BY_NAME (415).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: ProcedureSpec<
  RemoteDomainCheckpointLookupByNameArgs,
  RemoteDomainCheckpointLookupByNameRet
> = {
  proc: 415,
  name: "DOMAIN_CHECKPOINT_LOOKUP_BY_NAME",
  args: remote_domain_checkpoint_lookup_by_name_args,
  ret: remote_domain_checkpoint_lookup_by_name_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_CHECKPOINT_GET_PARENT (416).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT: ProcedureSpec<RemoteDomainCheckpointGetParentArgs, RemoteDomainCheckpointGetParentRet> = {
  proc: 416,
  name: "DOMAIN_CHECKPOINT_GET_PARENT",
  args: remote_domain_checkpoint_get_parent_args,
  ret: remote_domain_checkpoint_get_parent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_CHECKPOINT_DELETE (417).
 * @generate both
 * @acl domain:checkpoint
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE: ProcedureSpec<RemoteDomainCheckpointDeleteArgs, void> = {
  proc: 417,
  name: "DOMAIN_CHECKPOINT_DELETE",
  args: remote_domain_checkpoint_delete_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:checkpoint"],
};
/**
 * DOMAIN_GET_GUEST_INFO (418).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_GUEST_INFO: ProcedureSpec<RemoteDomainGetGuestInfoArgs, RemoteDomainGetGuestInfoRet> = {
  proc: 418,
  name: "DOMAIN_GET_GUEST_INFO",
  args: remote_domain_get_guest_info_args,
  ret: remote_domain_get_guest_info_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * CONNECT_SET_IDENTITY (419).
 * @generate client
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_SET_IDENTITY: ProcedureSpec<RemoteConnectSetIdentityArgs, void> = {
  proc: 419,
  name: "CONNECT_SET_IDENTITY",
  args: remote_connect_set_identity_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["connect:write"],
};
/**
 * DOMAIN_AGENT_SET_RESPONSE_TIMEOUT (420).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: ProcedureSpec<
  RemoteDomainAgentSetResponseTimeoutArgs,
  RemoteDomainAgentSetResponseTimeoutRet
> = {
  proc: 420,
  name: "DOMAIN_AGENT_SET_RESPONSE_TIMEOUT",
  args: remote_domain_agent_set_response_timeout_args,
  ret: remote_domain_agent_set_response_timeout_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_BACKUP_BEGIN (421).
 * @generate both
 * @acl domain:checkpoint, domain:block_write
 */
const REMOTE_PROC_DOMAIN_BACKUP_BEGIN: ProcedureSpec<RemoteDomainBackupBeginArgs, void> = {
  proc: 421,
  name: "DOMAIN_BACKUP_BEGIN",
  args: remote_domain_backup_begin_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:checkpoint", "domain:block_write"],
};
/**
 * DOMAIN_BACKUP_GET_XML_DESC (422).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC: ProcedureSpec<RemoteDomainBackupGetXmlDescArgs, RemoteDomainBackupGetXmlDescRet> = {
  proc: 422,
  name: "DOMAIN_BACKUP_GET_XML_DESC",
  args: remote_domain_backup_get_xml_desc_args,
  ret: remote_domain_backup_get_xml_desc_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["domain:read"],
};
/**
 * DOMAIN_EVENT_MEMORY_FAILURE (423): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE: ProcedureSpec<RemoteDomainEventMemoryFailureMsg, void> = {
  proc: 423,
  name: "DOMAIN_EVENT_MEMORY_FAILURE",
  args: null,
  ret: null,
  msg: remote_domain_event_memory_failure_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_AUTHORIZED_SSH_KEYS_GET (424).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET: ProcedureSpec<RemoteDomainAuthorizedSshKeysGetArgs, RemoteDomainAuthorizedSshKeysGetRet> =
  {
    proc: 424,
    name: "DOMAIN_AUTHORIZED_SSH_KEYS_GET",
    args: remote_domain_authorized_ssh_keys_get_args,
    ret: remote_domain_authorized_ssh_keys_get_ret,
    msg: null,
    stream: null,
    priority: "low",
    acl: ["domain:write"],
  };
/**
 * DOMAIN_AUTHORIZED_SSH_KEYS_SET (425).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET: ProcedureSpec<RemoteDomainAuthorizedSshKeysSetArgs, void> = {
  proc: 425,
  name: "DOMAIN_AUTHORIZED_SSH_KEYS_SET",
  args: remote_domain_authorized_ssh_keys_set_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_GET_MESSAGES (426).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MESSAGES: ProcedureSpec<RemoteDomainGetMessagesArgs, RemoteDomainGetMessagesRet> = {
  proc: 426,
  name: "DOMAIN_GET_MESSAGES",
  args: remote_domain_get_messages_args,
  ret: remote_domain_get_messages_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:read"],
};
/**
 * DOMAIN_START_DIRTY_RATE_CALC (427).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC: ProcedureSpec<RemoteDomainStartDirtyRateCalcArgs, void> = {
  proc: 427,
  name: "DOMAIN_START_DIRTY_RATE_CALC",
  args: remote_domain_start_dirty_rate_calc_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * NODE_DEVICE_DEFINE_XML (428).
 * @generate both
 * @acl node_device:write
 */
const REMOTE_PROC_NODE_DEVICE_DEFINE_XML: ProcedureSpec<RemoteNodeDeviceDefineXmlArgs, RemoteNodeDeviceDefineXmlRet> = {
  proc: 428,
  name: "NODE_DEVICE_DEFINE_XML",
  args: remote_node_device_define_xml_args,
  ret: remote_node_device_define_xml_ret,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["node_device:write"],
};
/**
 * NODE_DEVICE_UNDEFINE (429).
 * @generate both
 * @priority high
 * @acl node_device:delete
 */
const REMOTE_PROC_NODE_DEVICE_UNDEFINE: ProcedureSpec<RemoteNodeDeviceUndefineArgs, void> = {
  proc: 429,
  name: "NODE_DEVICE_UNDEFINE",
  args: remote_node_device_undefine_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:delete"],
};
/**
 * NODE_DEVICE_CREATE (430).
 * @generate both
 * @priority high
 * @acl node_device:start
 */
const REMOTE_PROC_NODE_DEVICE_CREATE: ProcedureSpec<RemoteNodeDeviceCreateArgs, void> = {
  proc: 430,
  name: "NODE_DEVICE_CREATE",
  args: remote_node_device_create_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:start"],
};
/**
 * NWFILTER_DEFINE_XML_FLAGS (431).
 * @generate both
 * @priority high
 * @acl nwfilter:write, nwfilter:save
 */
const REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS: ProcedureSpec<RemoteNwfilterDefineXmlFlagsArgs, RemoteNwfilterDefineXmlFlagsRet> = {
  proc: 431,
  name: "NWFILTER_DEFINE_XML_FLAGS",
  args: remote_nwfilter_define_xml_flags_args,
  ret: remote_nwfilter_define_xml_flags_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["nwfilter:write", "nwfilter:save"],
};
/**
 * NETWORK_DEFINE_XML_FLAGS (432).
 * @generate both
 * @priority high
 * @acl network:write, network:save
 */
const REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS: ProcedureSpec<RemoteNetworkDefineXmlFlagsArgs, RemoteNetworkDefineXmlFlagsRet> = {
  proc: 432,
  name: "NETWORK_DEFINE_XML_FLAGS",
  args: remote_network_define_xml_flags_args,
  ret: remote_network_define_xml_flags_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:write", "network:save"],
};
/**
 * NODE_DEVICE_GET_AUTOSTART (433).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART: ProcedureSpec<RemoteNodeDeviceGetAutostartArgs, RemoteNodeDeviceGetAutostartRet> = {
  proc: 433,
  name: "NODE_DEVICE_GET_AUTOSTART",
  args: remote_node_device_get_autostart_args,
  ret: remote_node_device_get_autostart_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_SET_AUTOSTART (434).
 * @generate both
 * @priority high
 * @acl node_device:write
 */
const REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART: ProcedureSpec<RemoteNodeDeviceSetAutostartArgs, void> = {
  proc: 434,
  name: "NODE_DEVICE_SET_AUTOSTART",
  args: remote_node_device_set_autostart_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:write"],
};
/**
 * NODE_DEVICE_IS_PERSISTENT (435).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT: ProcedureSpec<RemoteNodeDeviceIsPersistentArgs, RemoteNodeDeviceIsPersistentRet> = {
  proc: 435,
  name: "NODE_DEVICE_IS_PERSISTENT",
  args: remote_node_device_is_persistent_args,
  ret: remote_node_device_is_persistent_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NODE_DEVICE_IS_ACTIVE (436).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_IS_ACTIVE: ProcedureSpec<RemoteNodeDeviceIsActiveArgs, RemoteNodeDeviceIsActiveRet> = {
  proc: 436,
  name: "NODE_DEVICE_IS_ACTIVE",
  args: remote_node_device_is_active_args,
  ret: remote_node_device_is_active_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["node_device:read"],
};
/**
 * NETWORK_CREATE_XML_FLAGS (437).
 * @generate both
 * @priority high
 * @acl network:write, network:start
 */
const REMOTE_PROC_NETWORK_CREATE_XML_FLAGS: ProcedureSpec<RemoteNetworkCreateXmlFlagsArgs, RemoteNetworkCreateXmlFlagsRet> = {
  proc: 437,
  name: "NETWORK_CREATE_XML_FLAGS",
  args: remote_network_create_xml_flags_args,
  ret: remote_network_create_xml_flags_ret,
  msg: null,
  stream: null,
  priority: "high",
  acl: ["network:write", "network:start"],
};
/**
 * DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE (438): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: ProcedureSpec<RemoteDomainEventMemoryDeviceSizeChangeMsg, void> = {
  proc: 438,
  name: "DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE",
  args: null,
  ret: null,
  msg: remote_domain_event_memory_device_size_change_msg,
  stream: null,
  priority: "low",
  acl: ["none"],
};
/**
 * DOMAIN_SET_LAUNCH_SECURITY_STATE (439).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE: ProcedureSpec<RemoteDomainSetLaunchSecurityStateArgs, void> = {
  proc: 439,
  name: "DOMAIN_SET_LAUNCH_SECURITY_STATE",
  args: remote_domain_set_launch_security_state_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_SAVE_PARAMS (440).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_PARAMS: ProcedureSpec<RemoteDomainSaveParamsArgs, void> = {
  proc: 440,
  name: "DOMAIN_SAVE_PARAMS",
  args: remote_domain_save_params_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:hibernate"],
};
/**
 * DOMAIN_RESTORE_PARAMS (441).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE_PARAMS: ProcedureSpec<RemoteDomainRestoreParamsArgs, void> = {
  proc: 441,
  name: "DOMAIN_RESTORE_PARAMS",
  args: remote_domain_restore_params_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:start", "domain:write"],
};
/**
 * DOMAIN_ABORT_JOB_FLAGS (442).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS: ProcedureSpec<RemoteDomainAbortJobFlagsArgs, void> = {
  proc: 442,
  name: "DOMAIN_ABORT_JOB_FLAGS",
  args: remote_domain_abort_job_flags_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};
/**
 * DOMAIN_FD_ASSOCIATE (443).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_FD_ASSOCIATE: ProcedureSpec<RemoteDomainFdAssociateArgs, void> = {
  proc: 443,
  name: "DOMAIN_FD_ASSOCIATE",
  args: remote_domain_fd_associate_args,
  ret: null,
  msg: null,
  stream: null,
  priority: "low",
  acl: ["domain:write"],
};

/** Each procedure's arguments (for events: the message), by name. */
interface RemoteProcedureArgs {
  CONNECT_OPEN: RemoteConnectOpenArgs;
  CONNECT_CLOSE: void;
  CONNECT_GET_TYPE: void;
  CONNECT_GET_VERSION: void;
  CONNECT_GET_MAX_VCPUS: RemoteConnectGetMaxVcpusArgs;
  NODE_GET_INFO: void;
  CONNECT_GET_CAPABILITIES: void;
  DOMAIN_ATTACH_DEVICE: RemoteDomainAttachDeviceArgs;
  DOMAIN_CREATE: RemoteDomainCreateArgs;
  DOMAIN_CREATE_XML: RemoteDomainCreateXmlArgs;
  DOMAIN_DEFINE_XML: RemoteDomainDefineXmlArgs;
  DOMAIN_DESTROY: RemoteDomainDestroyArgs;
  DOMAIN_DETACH_DEVICE: RemoteDomainDetachDeviceArgs;
  DOMAIN_GET_XML_DESC: RemoteDomainGetXmlDescArgs;
  DOMAIN_GET_AUTOSTART: RemoteDomainGetAutostartArgs;
  DOMAIN_GET_INFO: RemoteDomainGetInfoArgs;
  DOMAIN_GET_MAX_MEMORY: RemoteDomainGetMaxMemoryArgs;
  DOMAIN_GET_MAX_VCPUS: RemoteDomainGetMaxVcpusArgs;
  DOMAIN_GET_OS_TYPE: RemoteDomainGetOsTypeArgs;
  DOMAIN_GET_VCPUS: RemoteDomainGetVcpusArgs;
  CONNECT_LIST_DEFINED_DOMAINS: RemoteConnectListDefinedDomainsArgs;
  DOMAIN_LOOKUP_BY_ID: RemoteDomainLookupByIdArgs;
  DOMAIN_LOOKUP_BY_NAME: RemoteDomainLookupByNameArgs;
  DOMAIN_LOOKUP_BY_UUID: RemoteDomainLookupByUuidArgs;
  CONNECT_NUM_OF_DEFINED_DOMAINS: void;
  DOMAIN_PIN_VCPU: RemoteDomainPinVcpuArgs;
  DOMAIN_REBOOT: RemoteDomainRebootArgs;
  DOMAIN_RESUME: RemoteDomainResumeArgs;
  DOMAIN_SET_AUTOSTART: RemoteDomainSetAutostartArgs;
  DOMAIN_SET_MAX_MEMORY: RemoteDomainSetMaxMemoryArgs;
  DOMAIN_SET_MEMORY: RemoteDomainSetMemoryArgs;
  DOMAIN_SET_VCPUS: RemoteDomainSetVcpusArgs;
  DOMAIN_SHUTDOWN: RemoteDomainShutdownArgs;
  DOMAIN_SUSPEND: RemoteDomainSuspendArgs;
  DOMAIN_UNDEFINE: RemoteDomainUndefineArgs;
  CONNECT_LIST_DEFINED_NETWORKS: RemoteConnectListDefinedNetworksArgs;
  CONNECT_LIST_DOMAINS: RemoteConnectListDomainsArgs;
  CONNECT_LIST_NETWORKS: RemoteConnectListNetworksArgs;
  NETWORK_CREATE: RemoteNetworkCreateArgs;
  NETWORK_CREATE_XML: RemoteNetworkCreateXmlArgs;
  NETWORK_DEFINE_XML: RemoteNetworkDefineXmlArgs;
  NETWORK_DESTROY: RemoteNetworkDestroyArgs;
  NETWORK_GET_XML_DESC: RemoteNetworkGetXmlDescArgs;
  NETWORK_GET_AUTOSTART: RemoteNetworkGetAutostartArgs;
  NETWORK_GET_BRIDGE_NAME: RemoteNetworkGetBridgeNameArgs;
  NETWORK_LOOKUP_BY_NAME: RemoteNetworkLookupByNameArgs;
  NETWORK_LOOKUP_BY_UUID: RemoteNetworkLookupByUuidArgs;
  NETWORK_SET_AUTOSTART: RemoteNetworkSetAutostartArgs;
  NETWORK_UNDEFINE: RemoteNetworkUndefineArgs;
  CONNECT_NUM_OF_DEFINED_NETWORKS: void;
  CONNECT_NUM_OF_DOMAINS: void;
  CONNECT_NUM_OF_NETWORKS: void;
  DOMAIN_CORE_DUMP: RemoteDomainCoreDumpArgs;
  DOMAIN_RESTORE: RemoteDomainRestoreArgs;
  DOMAIN_SAVE: RemoteDomainSaveArgs;
  DOMAIN_GET_SCHEDULER_TYPE: RemoteDomainGetSchedulerTypeArgs;
  DOMAIN_GET_SCHEDULER_PARAMETERS: RemoteDomainGetSchedulerParametersArgs;
  DOMAIN_SET_SCHEDULER_PARAMETERS: RemoteDomainSetSchedulerParametersArgs;
  CONNECT_GET_HOSTNAME: void;
  CONNECT_SUPPORTS_FEATURE: RemoteConnectSupportsFeatureArgs;
  DOMAIN_MIGRATE_PREPARE: RemoteDomainMigratePrepareArgs;
  DOMAIN_MIGRATE_PERFORM: RemoteDomainMigratePerformArgs;
  DOMAIN_MIGRATE_FINISH: RemoteDomainMigrateFinishArgs;
  DOMAIN_BLOCK_STATS: RemoteDomainBlockStatsArgs;
  DOMAIN_INTERFACE_STATS: RemoteDomainInterfaceStatsArgs;
  AUTH_LIST: void;
  AUTH_SASL_INIT: void;
  AUTH_SASL_START: RemoteAuthSaslStartArgs;
  AUTH_SASL_STEP: RemoteAuthSaslStepArgs;
  AUTH_POLKIT: void;
  CONNECT_NUM_OF_STORAGE_POOLS: void;
  CONNECT_LIST_STORAGE_POOLS: RemoteConnectListStoragePoolsArgs;
  CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: void;
  CONNECT_LIST_DEFINED_STORAGE_POOLS: RemoteConnectListDefinedStoragePoolsArgs;
  CONNECT_FIND_STORAGE_POOL_SOURCES: RemoteConnectFindStoragePoolSourcesArgs;
  STORAGE_POOL_CREATE_XML: RemoteStoragePoolCreateXmlArgs;
  STORAGE_POOL_DEFINE_XML: RemoteStoragePoolDefineXmlArgs;
  STORAGE_POOL_CREATE: RemoteStoragePoolCreateArgs;
  STORAGE_POOL_BUILD: RemoteStoragePoolBuildArgs;
  STORAGE_POOL_DESTROY: RemoteStoragePoolDestroyArgs;
  STORAGE_POOL_DELETE: RemoteStoragePoolDeleteArgs;
  STORAGE_POOL_UNDEFINE: RemoteStoragePoolUndefineArgs;
  STORAGE_POOL_REFRESH: RemoteStoragePoolRefreshArgs;
  STORAGE_POOL_LOOKUP_BY_NAME: RemoteStoragePoolLookupByNameArgs;
  STORAGE_POOL_LOOKUP_BY_UUID: RemoteStoragePoolLookupByUuidArgs;
  STORAGE_POOL_LOOKUP_BY_VOLUME: RemoteStoragePoolLookupByVolumeArgs;
  STORAGE_POOL_GET_INFO: RemoteStoragePoolGetInfoArgs;
  STORAGE_POOL_GET_XML_DESC: RemoteStoragePoolGetXmlDescArgs;
  STORAGE_POOL_GET_AUTOSTART: RemoteStoragePoolGetAutostartArgs;
  STORAGE_POOL_SET_AUTOSTART: RemoteStoragePoolSetAutostartArgs;
  STORAGE_POOL_NUM_OF_VOLUMES: RemoteStoragePoolNumOfVolumesArgs;
  STORAGE_POOL_LIST_VOLUMES: RemoteStoragePoolListVolumesArgs;
  STORAGE_VOL_CREATE_XML: RemoteStorageVolCreateXmlArgs;
  STORAGE_VOL_DELETE: RemoteStorageVolDeleteArgs;
  STORAGE_VOL_LOOKUP_BY_NAME: RemoteStorageVolLookupByNameArgs;
  STORAGE_VOL_LOOKUP_BY_KEY: RemoteStorageVolLookupByKeyArgs;
  STORAGE_VOL_LOOKUP_BY_PATH: RemoteStorageVolLookupByPathArgs;
  STORAGE_VOL_GET_INFO: RemoteStorageVolGetInfoArgs;
  STORAGE_VOL_GET_XML_DESC: RemoteStorageVolGetXmlDescArgs;
  STORAGE_VOL_GET_PATH: RemoteStorageVolGetPathArgs;
  NODE_GET_CELLS_FREE_MEMORY: RemoteNodeGetCellsFreeMemoryArgs;
  NODE_GET_FREE_MEMORY: void;
  DOMAIN_BLOCK_PEEK: RemoteDomainBlockPeekArgs;
  DOMAIN_MEMORY_PEEK: RemoteDomainMemoryPeekArgs;
  CONNECT_DOMAIN_EVENT_REGISTER: void;
  CONNECT_DOMAIN_EVENT_DEREGISTER: void;
  DOMAIN_EVENT_LIFECYCLE: RemoteDomainEventLifecycleMsg;
  DOMAIN_MIGRATE_PREPARE2: RemoteDomainMigratePrepare2Args;
  DOMAIN_MIGRATE_FINISH2: RemoteDomainMigrateFinish2Args;
  CONNECT_GET_URI: void;
  NODE_NUM_OF_DEVICES: RemoteNodeNumOfDevicesArgs;
  NODE_LIST_DEVICES: RemoteNodeListDevicesArgs;
  NODE_DEVICE_LOOKUP_BY_NAME: RemoteNodeDeviceLookupByNameArgs;
  NODE_DEVICE_GET_XML_DESC: RemoteNodeDeviceGetXmlDescArgs;
  NODE_DEVICE_GET_PARENT: RemoteNodeDeviceGetParentArgs;
  NODE_DEVICE_NUM_OF_CAPS: RemoteNodeDeviceNumOfCapsArgs;
  NODE_DEVICE_LIST_CAPS: RemoteNodeDeviceListCapsArgs;
  NODE_DEVICE_DETTACH: RemoteNodeDeviceDettachArgs;
  NODE_DEVICE_RE_ATTACH: RemoteNodeDeviceReAttachArgs;
  NODE_DEVICE_RESET: RemoteNodeDeviceResetArgs;
  DOMAIN_GET_SECURITY_LABEL: RemoteDomainGetSecurityLabelArgs;
  NODE_GET_SECURITY_MODEL: void;
  NODE_DEVICE_CREATE_XML: RemoteNodeDeviceCreateXmlArgs;
  NODE_DEVICE_DESTROY: RemoteNodeDeviceDestroyArgs;
  STORAGE_VOL_CREATE_XML_FROM: RemoteStorageVolCreateXmlFromArgs;
  CONNECT_NUM_OF_INTERFACES: void;
  CONNECT_LIST_INTERFACES: RemoteConnectListInterfacesArgs;
  INTERFACE_LOOKUP_BY_NAME: RemoteInterfaceLookupByNameArgs;
  INTERFACE_LOOKUP_BY_MAC_STRING: RemoteInterfaceLookupByMacStringArgs;
  INTERFACE_GET_XML_DESC: RemoteInterfaceGetXmlDescArgs;
  INTERFACE_DEFINE_XML: RemoteInterfaceDefineXmlArgs;
  INTERFACE_UNDEFINE: RemoteInterfaceUndefineArgs;
  INTERFACE_CREATE: RemoteInterfaceCreateArgs;
  INTERFACE_DESTROY: RemoteInterfaceDestroyArgs;
  CONNECT_DOMAIN_XML_FROM_NATIVE: RemoteConnectDomainXmlFromNativeArgs;
  CONNECT_DOMAIN_XML_TO_NATIVE: RemoteConnectDomainXmlToNativeArgs;
  CONNECT_NUM_OF_DEFINED_INTERFACES: void;
  CONNECT_LIST_DEFINED_INTERFACES: RemoteConnectListDefinedInterfacesArgs;
  CONNECT_NUM_OF_SECRETS: void;
  CONNECT_LIST_SECRETS: RemoteConnectListSecretsArgs;
  SECRET_LOOKUP_BY_UUID: RemoteSecretLookupByUuidArgs;
  SECRET_DEFINE_XML: RemoteSecretDefineXmlArgs;
  SECRET_GET_XML_DESC: RemoteSecretGetXmlDescArgs;
  SECRET_SET_VALUE: RemoteSecretSetValueArgs;
  SECRET_GET_VALUE: RemoteSecretGetValueArgs;
  SECRET_UNDEFINE: RemoteSecretUndefineArgs;
  SECRET_LOOKUP_BY_USAGE: RemoteSecretLookupByUsageArgs;
  DOMAIN_MIGRATE_PREPARE_TUNNEL: RemoteDomainMigratePrepareTunnelArgs;
  CONNECT_IS_SECURE: void;
  DOMAIN_IS_ACTIVE: RemoteDomainIsActiveArgs;
  DOMAIN_IS_PERSISTENT: RemoteDomainIsPersistentArgs;
  NETWORK_IS_ACTIVE: RemoteNetworkIsActiveArgs;
  NETWORK_IS_PERSISTENT: RemoteNetworkIsPersistentArgs;
  STORAGE_POOL_IS_ACTIVE: RemoteStoragePoolIsActiveArgs;
  STORAGE_POOL_IS_PERSISTENT: RemoteStoragePoolIsPersistentArgs;
  INTERFACE_IS_ACTIVE: RemoteInterfaceIsActiveArgs;
  CONNECT_GET_LIB_VERSION: void;
  CONNECT_COMPARE_CPU: RemoteConnectCompareCpuArgs;
  DOMAIN_MEMORY_STATS: RemoteDomainMemoryStatsArgs;
  DOMAIN_ATTACH_DEVICE_FLAGS: RemoteDomainAttachDeviceFlagsArgs;
  DOMAIN_DETACH_DEVICE_FLAGS: RemoteDomainDetachDeviceFlagsArgs;
  CONNECT_BASELINE_CPU: RemoteConnectBaselineCpuArgs;
  DOMAIN_GET_JOB_INFO: RemoteDomainGetJobInfoArgs;
  DOMAIN_ABORT_JOB: RemoteDomainAbortJobArgs;
  STORAGE_VOL_WIPE: RemoteStorageVolWipeArgs;
  DOMAIN_MIGRATE_SET_MAX_DOWNTIME: RemoteDomainMigrateSetMaxDowntimeArgs;
  CONNECT_DOMAIN_EVENT_REGISTER_ANY: RemoteConnectDomainEventRegisterAnyArgs;
  CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: RemoteConnectDomainEventDeregisterAnyArgs;
  DOMAIN_EVENT_REBOOT: RemoteDomainEventRebootMsg;
  DOMAIN_EVENT_RTC_CHANGE: RemoteDomainEventRtcChangeMsg;
  DOMAIN_EVENT_WATCHDOG: RemoteDomainEventWatchdogMsg;
  DOMAIN_EVENT_IO_ERROR: RemoteDomainEventIoErrorMsg;
  DOMAIN_EVENT_GRAPHICS: RemoteDomainEventGraphicsMsg;
  DOMAIN_UPDATE_DEVICE_FLAGS: RemoteDomainUpdateDeviceFlagsArgs;
  NWFILTER_LOOKUP_BY_NAME: RemoteNwfilterLookupByNameArgs;
  NWFILTER_LOOKUP_BY_UUID: RemoteNwfilterLookupByUuidArgs;
  NWFILTER_GET_XML_DESC: RemoteNwfilterGetXmlDescArgs;
  CONNECT_NUM_OF_NWFILTERS: void;
  CONNECT_LIST_NWFILTERS: RemoteConnectListNwfiltersArgs;
  NWFILTER_DEFINE_XML: RemoteNwfilterDefineXmlArgs;
  NWFILTER_UNDEFINE: RemoteNwfilterUndefineArgs;
  DOMAIN_MANAGED_SAVE: RemoteDomainManagedSaveArgs;
  DOMAIN_HAS_MANAGED_SAVE_IMAGE: RemoteDomainHasManagedSaveImageArgs;
  DOMAIN_MANAGED_SAVE_REMOVE: RemoteDomainManagedSaveRemoveArgs;
  DOMAIN_SNAPSHOT_CREATE_XML: RemoteDomainSnapshotCreateXmlArgs;
  DOMAIN_SNAPSHOT_GET_XML_DESC: RemoteDomainSnapshotGetXmlDescArgs;
  DOMAIN_SNAPSHOT_NUM: RemoteDomainSnapshotNumArgs;
  DOMAIN_SNAPSHOT_LIST_NAMES: RemoteDomainSnapshotListNamesArgs;
  DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: RemoteDomainSnapshotLookupByNameArgs;
  DOMAIN_HAS_CURRENT_SNAPSHOT: RemoteDomainHasCurrentSnapshotArgs;
  DOMAIN_SNAPSHOT_CURRENT: RemoteDomainSnapshotCurrentArgs;
  DOMAIN_REVERT_TO_SNAPSHOT: RemoteDomainRevertToSnapshotArgs;
  DOMAIN_SNAPSHOT_DELETE: RemoteDomainSnapshotDeleteArgs;
  DOMAIN_GET_BLOCK_INFO: RemoteDomainGetBlockInfoArgs;
  DOMAIN_EVENT_IO_ERROR_REASON: RemoteDomainEventIoErrorReasonMsg;
  DOMAIN_CREATE_WITH_FLAGS: RemoteDomainCreateWithFlagsArgs;
  DOMAIN_SET_MEMORY_PARAMETERS: RemoteDomainSetMemoryParametersArgs;
  DOMAIN_GET_MEMORY_PARAMETERS: RemoteDomainGetMemoryParametersArgs;
  DOMAIN_SET_VCPUS_FLAGS: RemoteDomainSetVcpusFlagsArgs;
  DOMAIN_GET_VCPUS_FLAGS: RemoteDomainGetVcpusFlagsArgs;
  DOMAIN_OPEN_CONSOLE: RemoteDomainOpenConsoleArgs;
  DOMAIN_IS_UPDATED: RemoteDomainIsUpdatedArgs;
  CONNECT_GET_SYSINFO: RemoteConnectGetSysinfoArgs;
  DOMAIN_SET_MEMORY_FLAGS: RemoteDomainSetMemoryFlagsArgs;
  DOMAIN_SET_BLKIO_PARAMETERS: RemoteDomainSetBlkioParametersArgs;
  DOMAIN_GET_BLKIO_PARAMETERS: RemoteDomainGetBlkioParametersArgs;
  DOMAIN_MIGRATE_SET_MAX_SPEED: RemoteDomainMigrateSetMaxSpeedArgs;
  STORAGE_VOL_UPLOAD: RemoteStorageVolUploadArgs;
  STORAGE_VOL_DOWNLOAD: RemoteStorageVolDownloadArgs;
  DOMAIN_INJECT_NMI: RemoteDomainInjectNmiArgs;
  DOMAIN_SCREENSHOT: RemoteDomainScreenshotArgs;
  DOMAIN_GET_STATE: RemoteDomainGetStateArgs;
  DOMAIN_MIGRATE_BEGIN3: RemoteDomainMigrateBegin3Args;
  DOMAIN_MIGRATE_PREPARE3: RemoteDomainMigratePrepare3Args;
  DOMAIN_MIGRATE_PREPARE_TUNNEL3: RemoteDomainMigratePrepareTunnel3Args;
  DOMAIN_MIGRATE_PERFORM3: RemoteDomainMigratePerform3Args;
  DOMAIN_MIGRATE_FINISH3: RemoteDomainMigrateFinish3Args;
  DOMAIN_MIGRATE_CONFIRM3: RemoteDomainMigrateConfirm3Args;
  DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: RemoteDomainSetSchedulerParametersFlagsArgs;
  INTERFACE_CHANGE_BEGIN: RemoteInterfaceChangeBeginArgs;
  INTERFACE_CHANGE_COMMIT: RemoteInterfaceChangeCommitArgs;
  INTERFACE_CHANGE_ROLLBACK: RemoteInterfaceChangeRollbackArgs;
  DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: RemoteDomainGetSchedulerParametersFlagsArgs;
  DOMAIN_EVENT_CONTROL_ERROR: RemoteDomainEventControlErrorMsg;
  DOMAIN_PIN_VCPU_FLAGS: RemoteDomainPinVcpuFlagsArgs;
  DOMAIN_SEND_KEY: RemoteDomainSendKeyArgs;
  NODE_GET_CPU_STATS: RemoteNodeGetCpuStatsArgs;
  NODE_GET_MEMORY_STATS: RemoteNodeGetMemoryStatsArgs;
  DOMAIN_GET_CONTROL_INFO: RemoteDomainGetControlInfoArgs;
  DOMAIN_GET_VCPU_PIN_INFO: RemoteDomainGetVcpuPinInfoArgs;
  DOMAIN_UNDEFINE_FLAGS: RemoteDomainUndefineFlagsArgs;
  DOMAIN_SAVE_FLAGS: RemoteDomainSaveFlagsArgs;
  DOMAIN_RESTORE_FLAGS: RemoteDomainRestoreFlagsArgs;
  DOMAIN_DESTROY_FLAGS: RemoteDomainDestroyFlagsArgs;
  DOMAIN_SAVE_IMAGE_GET_XML_DESC: RemoteDomainSaveImageGetXmlDescArgs;
  DOMAIN_SAVE_IMAGE_DEFINE_XML: RemoteDomainSaveImageDefineXmlArgs;
  DOMAIN_BLOCK_JOB_ABORT: RemoteDomainBlockJobAbortArgs;
  DOMAIN_GET_BLOCK_JOB_INFO: RemoteDomainGetBlockJobInfoArgs;
  DOMAIN_BLOCK_JOB_SET_SPEED: RemoteDomainBlockJobSetSpeedArgs;
  DOMAIN_BLOCK_PULL: RemoteDomainBlockPullArgs;
  DOMAIN_EVENT_BLOCK_JOB: RemoteDomainEventBlockJobMsg;
  DOMAIN_MIGRATE_GET_MAX_SPEED: RemoteDomainMigrateGetMaxSpeedArgs;
  DOMAIN_BLOCK_STATS_FLAGS: RemoteDomainBlockStatsFlagsArgs;
  DOMAIN_SNAPSHOT_GET_PARENT: RemoteDomainSnapshotGetParentArgs;
  DOMAIN_RESET: RemoteDomainResetArgs;
  DOMAIN_SNAPSHOT_NUM_CHILDREN: RemoteDomainSnapshotNumChildrenArgs;
  DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: RemoteDomainSnapshotListChildrenNamesArgs;
  DOMAIN_EVENT_DISK_CHANGE: RemoteDomainEventDiskChangeMsg;
  DOMAIN_OPEN_GRAPHICS: RemoteDomainOpenGraphicsArgs;
  NODE_SUSPEND_FOR_DURATION: RemoteNodeSuspendForDurationArgs;
  DOMAIN_BLOCK_RESIZE: RemoteDomainBlockResizeArgs;
  DOMAIN_SET_BLOCK_IO_TUNE: RemoteDomainSetBlockIoTuneArgs;
  DOMAIN_GET_BLOCK_IO_TUNE: RemoteDomainGetBlockIoTuneArgs;
  DOMAIN_SET_NUMA_PARAMETERS: RemoteDomainSetNumaParametersArgs;
  DOMAIN_GET_NUMA_PARAMETERS: RemoteDomainGetNumaParametersArgs;
  DOMAIN_SET_INTERFACE_PARAMETERS: RemoteDomainSetInterfaceParametersArgs;
  DOMAIN_GET_INTERFACE_PARAMETERS: RemoteDomainGetInterfaceParametersArgs;
  DOMAIN_SHUTDOWN_FLAGS: RemoteDomainShutdownFlagsArgs;
  STORAGE_VOL_WIPE_PATTERN: RemoteStorageVolWipePatternArgs;
  STORAGE_VOL_RESIZE: RemoteStorageVolResizeArgs;
  DOMAIN_PM_SUSPEND_FOR_DURATION: RemoteDomainPmSuspendForDurationArgs;
  DOMAIN_GET_CPU_STATS: RemoteDomainGetCpuStatsArgs;
  DOMAIN_GET_DISK_ERRORS: RemoteDomainGetDiskErrorsArgs;
  DOMAIN_SET_METADATA: RemoteDomainSetMetadataArgs;
  DOMAIN_GET_METADATA: RemoteDomainGetMetadataArgs;
  DOMAIN_BLOCK_REBASE: RemoteDomainBlockRebaseArgs;
  DOMAIN_PM_WAKEUP: RemoteDomainPmWakeupArgs;
  DOMAIN_EVENT_TRAY_CHANGE: RemoteDomainEventTrayChangeMsg;
  DOMAIN_EVENT_PMWAKEUP: RemoteDomainEventPmwakeupMsg;
  DOMAIN_EVENT_PMSUSPEND: RemoteDomainEventPmsuspendMsg;
  DOMAIN_SNAPSHOT_IS_CURRENT: RemoteDomainSnapshotIsCurrentArgs;
  DOMAIN_SNAPSHOT_HAS_METADATA: RemoteDomainSnapshotHasMetadataArgs;
  CONNECT_LIST_ALL_DOMAINS: RemoteConnectListAllDomainsArgs;
  DOMAIN_LIST_ALL_SNAPSHOTS: RemoteDomainListAllSnapshotsArgs;
  DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: RemoteDomainSnapshotListAllChildrenArgs;
  DOMAIN_EVENT_BALLOON_CHANGE: RemoteDomainEventBalloonChangeMsg;
  DOMAIN_GET_HOSTNAME: RemoteDomainGetHostnameArgs;
  DOMAIN_GET_SECURITY_LABEL_LIST: RemoteDomainGetSecurityLabelListArgs;
  DOMAIN_PIN_EMULATOR: RemoteDomainPinEmulatorArgs;
  DOMAIN_GET_EMULATOR_PIN_INFO: RemoteDomainGetEmulatorPinInfoArgs;
  CONNECT_LIST_ALL_STORAGE_POOLS: RemoteConnectListAllStoragePoolsArgs;
  STORAGE_POOL_LIST_ALL_VOLUMES: RemoteStoragePoolListAllVolumesArgs;
  CONNECT_LIST_ALL_NETWORKS: RemoteConnectListAllNetworksArgs;
  CONNECT_LIST_ALL_INTERFACES: RemoteConnectListAllInterfacesArgs;
  CONNECT_LIST_ALL_NODE_DEVICES: RemoteConnectListAllNodeDevicesArgs;
  CONNECT_LIST_ALL_NWFILTERS: RemoteConnectListAllNwfiltersArgs;
  CONNECT_LIST_ALL_SECRETS: RemoteConnectListAllSecretsArgs;
  NODE_SET_MEMORY_PARAMETERS: RemoteNodeSetMemoryParametersArgs;
  NODE_GET_MEMORY_PARAMETERS: RemoteNodeGetMemoryParametersArgs;
  DOMAIN_BLOCK_COMMIT: RemoteDomainBlockCommitArgs;
  NETWORK_UPDATE: RemoteNetworkUpdateArgs;
  DOMAIN_EVENT_PMSUSPEND_DISK: RemoteDomainEventPmsuspendDiskMsg;
  NODE_GET_CPU_MAP: RemoteNodeGetCpuMapArgs;
  DOMAIN_FSTRIM: RemoteDomainFstrimArgs;
  DOMAIN_SEND_PROCESS_SIGNAL: RemoteDomainSendProcessSignalArgs;
  DOMAIN_OPEN_CHANNEL: RemoteDomainOpenChannelArgs;
  NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: RemoteNodeDeviceLookupScsiHostByWwnArgs;
  DOMAIN_GET_JOB_STATS: RemoteDomainGetJobStatsArgs;
  DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: RemoteDomainMigrateGetCompressionCacheArgs;
  DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: RemoteDomainMigrateSetCompressionCacheArgs;
  NODE_DEVICE_DETACH_FLAGS: RemoteNodeDeviceDetachFlagsArgs;
  DOMAIN_MIGRATE_BEGIN3_PARAMS: RemoteDomainMigrateBegin3ParamsArgs;
  DOMAIN_MIGRATE_PREPARE3_PARAMS: RemoteDomainMigratePrepare3ParamsArgs;
  DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: RemoteDomainMigratePrepareTunnel3ParamsArgs;
  DOMAIN_MIGRATE_PERFORM3_PARAMS: RemoteDomainMigratePerform3ParamsArgs;
  DOMAIN_MIGRATE_FINISH3_PARAMS: RemoteDomainMigrateFinish3ParamsArgs;
  DOMAIN_MIGRATE_CONFIRM3_PARAMS: RemoteDomainMigrateConfirm3ParamsArgs;
  DOMAIN_SET_MEMORY_STATS_PERIOD: RemoteDomainSetMemoryStatsPeriodArgs;
  DOMAIN_CREATE_XML_WITH_FILES: RemoteDomainCreateXmlWithFilesArgs;
  DOMAIN_CREATE_WITH_FILES: RemoteDomainCreateWithFilesArgs;
  DOMAIN_EVENT_DEVICE_REMOVED: RemoteDomainEventDeviceRemovedMsg;
  CONNECT_GET_CPU_MODEL_NAMES: RemoteConnectGetCpuModelNamesArgs;
  CONNECT_NETWORK_EVENT_REGISTER_ANY: RemoteConnectNetworkEventRegisterAnyArgs;
  CONNECT_NETWORK_EVENT_DEREGISTER_ANY: RemoteConnectNetworkEventDeregisterAnyArgs;
  NETWORK_EVENT_LIFECYCLE: RemoteNetworkEventLifecycleMsg;
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: RemoteConnectDomainEventCallbackRegisterAnyArgs;
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: RemoteConnectDomainEventCallbackDeregisterAnyArgs;
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: RemoteDomainEventCallbackLifecycleMsg;
  DOMAIN_EVENT_CALLBACK_REBOOT: RemoteDomainEventCallbackRebootMsg;
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: RemoteDomainEventCallbackRtcChangeMsg;
  DOMAIN_EVENT_CALLBACK_WATCHDOG: RemoteDomainEventCallbackWatchdogMsg;
  DOMAIN_EVENT_CALLBACK_IO_ERROR: RemoteDomainEventCallbackIoErrorMsg;
  DOMAIN_EVENT_CALLBACK_GRAPHICS: RemoteDomainEventCallbackGraphicsMsg;
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: RemoteDomainEventCallbackIoErrorReasonMsg;
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: RemoteDomainEventCallbackControlErrorMsg;
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: RemoteDomainEventCallbackBlockJobMsg;
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: RemoteDomainEventCallbackDiskChangeMsg;
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: RemoteDomainEventCallbackTrayChangeMsg;
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: RemoteDomainEventCallbackPmwakeupMsg;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: RemoteDomainEventCallbackPmsuspendMsg;
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: RemoteDomainEventCallbackBalloonChangeMsg;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: RemoteDomainEventCallbackPmsuspendDiskMsg;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: RemoteDomainEventCallbackDeviceRemovedMsg;
  DOMAIN_CORE_DUMP_WITH_FORMAT: RemoteDomainCoreDumpWithFormatArgs;
  DOMAIN_FSFREEZE: RemoteDomainFsfreezeArgs;
  DOMAIN_FSTHAW: RemoteDomainFsthawArgs;
  DOMAIN_GET_TIME: RemoteDomainGetTimeArgs;
  DOMAIN_SET_TIME: RemoteDomainSetTimeArgs;
  DOMAIN_EVENT_BLOCK_JOB_2: RemoteDomainEventBlockJob2Msg;
  NODE_GET_FREE_PAGES: RemoteNodeGetFreePagesArgs;
  NETWORK_GET_DHCP_LEASES: RemoteNetworkGetDhcpLeasesArgs;
  CONNECT_GET_DOMAIN_CAPABILITIES: RemoteConnectGetDomainCapabilitiesArgs;
  DOMAIN_OPEN_GRAPHICS_FD: RemoteDomainOpenGraphicsFdArgs;
  CONNECT_GET_ALL_DOMAIN_STATS: RemoteConnectGetAllDomainStatsArgs;
  DOMAIN_BLOCK_COPY: RemoteDomainBlockCopyArgs;
  DOMAIN_EVENT_CALLBACK_TUNABLE: RemoteDomainEventCallbackTunableMsg;
  NODE_ALLOC_PAGES: RemoteNodeAllocPagesArgs;
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: RemoteDomainEventCallbackAgentLifecycleMsg;
  DOMAIN_GET_FSINFO: RemoteDomainGetFsinfoArgs;
  DOMAIN_DEFINE_XML_FLAGS: RemoteDomainDefineXmlFlagsArgs;
  DOMAIN_GET_IOTHREAD_INFO: RemoteDomainGetIothreadInfoArgs;
  DOMAIN_PIN_IOTHREAD: RemoteDomainPinIothreadArgs;
  DOMAIN_INTERFACE_ADDRESSES: RemoteDomainInterfaceAddressesArgs;
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: RemoteDomainEventCallbackDeviceAddedMsg;
  DOMAIN_ADD_IOTHREAD: RemoteDomainAddIothreadArgs;
  DOMAIN_DEL_IOTHREAD: RemoteDomainDelIothreadArgs;
  DOMAIN_SET_USER_PASSWORD: RemoteDomainSetUserPasswordArgs;
  DOMAIN_RENAME: RemoteDomainRenameArgs;
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: RemoteDomainEventCallbackMigrationIterationMsg;
  CONNECT_REGISTER_CLOSE_CALLBACK: void;
  CONNECT_UNREGISTER_CLOSE_CALLBACK: void;
  CONNECT_EVENT_CONNECTION_CLOSED: RemoteConnectEventConnectionClosedMsg;
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: RemoteDomainEventCallbackJobCompletedMsg;
  DOMAIN_MIGRATE_START_POST_COPY: RemoteDomainMigrateStartPostCopyArgs;
  DOMAIN_GET_PERF_EVENTS: RemoteDomainGetPerfEventsArgs;
  DOMAIN_SET_PERF_EVENTS: RemoteDomainSetPerfEventsArgs;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: RemoteDomainEventCallbackDeviceRemovalFailedMsg;
  CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: RemoteConnectStoragePoolEventRegisterAnyArgs;
  CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: RemoteConnectStoragePoolEventDeregisterAnyArgs;
  STORAGE_POOL_EVENT_LIFECYCLE: RemoteStoragePoolEventLifecycleMsg;
  DOMAIN_GET_GUEST_VCPUS: RemoteDomainGetGuestVcpusArgs;
  DOMAIN_SET_GUEST_VCPUS: RemoteDomainSetGuestVcpusArgs;
  STORAGE_POOL_EVENT_REFRESH: RemoteStoragePoolEventRefreshMsg;
  CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: RemoteConnectNodeDeviceEventRegisterAnyArgs;
  CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: RemoteConnectNodeDeviceEventDeregisterAnyArgs;
  NODE_DEVICE_EVENT_LIFECYCLE: RemoteNodeDeviceEventLifecycleMsg;
  NODE_DEVICE_EVENT_UPDATE: RemoteNodeDeviceEventUpdateMsg;
  STORAGE_VOL_GET_INFO_FLAGS: RemoteStorageVolGetInfoFlagsArgs;
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: RemoteDomainEventCallbackMetadataChangeMsg;
  CONNECT_SECRET_EVENT_REGISTER_ANY: RemoteConnectSecretEventRegisterAnyArgs;
  CONNECT_SECRET_EVENT_DEREGISTER_ANY: RemoteConnectSecretEventDeregisterAnyArgs;
  SECRET_EVENT_LIFECYCLE: RemoteSecretEventLifecycleMsg;
  SECRET_EVENT_VALUE_CHANGED: RemoteSecretEventValueChangedMsg;
  DOMAIN_SET_VCPU: RemoteDomainSetVcpuArgs;
  DOMAIN_EVENT_BLOCK_THRESHOLD: RemoteDomainEventBlockThresholdMsg;
  DOMAIN_SET_BLOCK_THRESHOLD: RemoteDomainSetBlockThresholdArgs;
  DOMAIN_MIGRATE_GET_MAX_DOWNTIME: RemoteDomainMigrateGetMaxDowntimeArgs;
  DOMAIN_MANAGED_SAVE_GET_XML_DESC: RemoteDomainManagedSaveGetXmlDescArgs;
  DOMAIN_MANAGED_SAVE_DEFINE_XML: RemoteDomainManagedSaveDefineXmlArgs;
  DOMAIN_SET_LIFECYCLE_ACTION: RemoteDomainSetLifecycleActionArgs;
  STORAGE_POOL_LOOKUP_BY_TARGET_PATH: RemoteStoragePoolLookupByTargetPathArgs;
  DOMAIN_DETACH_DEVICE_ALIAS: RemoteDomainDetachDeviceAliasArgs;
  CONNECT_COMPARE_HYPERVISOR_CPU: RemoteConnectCompareHypervisorCpuArgs;
  CONNECT_BASELINE_HYPERVISOR_CPU: RemoteConnectBaselineHypervisorCpuArgs;
  NODE_GET_SEV_INFO: RemoteNodeGetSevInfoArgs;
  DOMAIN_GET_LAUNCH_SECURITY_INFO: RemoteDomainGetLaunchSecurityInfoArgs;
  NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: RemoteNwfilterBindingLookupByPortDevArgs;
  NWFILTER_BINDING_GET_XML_DESC: RemoteNwfilterBindingGetXmlDescArgs;
  NWFILTER_BINDING_CREATE_XML: RemoteNwfilterBindingCreateXmlArgs;
  NWFILTER_BINDING_DELETE: RemoteNwfilterBindingDeleteArgs;
  CONNECT_LIST_ALL_NWFILTER_BINDINGS: RemoteConnectListAllNwfilterBindingsArgs;
  DOMAIN_SET_IOTHREAD_PARAMS: RemoteDomainSetIothreadParamsArgs;
  CONNECT_GET_STORAGE_POOL_CAPABILITIES: RemoteConnectGetStoragePoolCapabilitiesArgs;
  NETWORK_LIST_ALL_PORTS: RemoteNetworkListAllPortsArgs;
  NETWORK_PORT_LOOKUP_BY_UUID: RemoteNetworkPortLookupByUuidArgs;
  NETWORK_PORT_CREATE_XML: RemoteNetworkPortCreateXmlArgs;
  NETWORK_PORT_GET_PARAMETERS: RemoteNetworkPortGetParametersArgs;
  NETWORK_PORT_SET_PARAMETERS: RemoteNetworkPortSetParametersArgs;
  NETWORK_PORT_GET_XML_DESC: RemoteNetworkPortGetXmlDescArgs;
  NETWORK_PORT_DELETE: RemoteNetworkPortDeleteArgs;
  DOMAIN_CHECKPOINT_CREATE_XML: RemoteDomainCheckpointCreateXmlArgs;
  DOMAIN_CHECKPOINT_GET_XML_DESC: RemoteDomainCheckpointGetXmlDescArgs;
  DOMAIN_LIST_ALL_CHECKPOINTS: RemoteDomainListAllCheckpointsArgs;
  DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: RemoteDomainCheckpointListAllChildrenArgs;
  DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: RemoteDomainCheckpointLookupByNameArgs;
  DOMAIN_CHECKPOINT_GET_PARENT: RemoteDomainCheckpointGetParentArgs;
  DOMAIN_CHECKPOINT_DELETE: RemoteDomainCheckpointDeleteArgs;
  DOMAIN_GET_GUEST_INFO: RemoteDomainGetGuestInfoArgs;
  CONNECT_SET_IDENTITY: RemoteConnectSetIdentityArgs;
  DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: RemoteDomainAgentSetResponseTimeoutArgs;
  DOMAIN_BACKUP_BEGIN: RemoteDomainBackupBeginArgs;
  DOMAIN_BACKUP_GET_XML_DESC: RemoteDomainBackupGetXmlDescArgs;
  DOMAIN_EVENT_MEMORY_FAILURE: RemoteDomainEventMemoryFailureMsg;
  DOMAIN_AUTHORIZED_SSH_KEYS_GET: RemoteDomainAuthorizedSshKeysGetArgs;
  DOMAIN_AUTHORIZED_SSH_KEYS_SET: RemoteDomainAuthorizedSshKeysSetArgs;
  DOMAIN_GET_MESSAGES: RemoteDomainGetMessagesArgs;
  DOMAIN_START_DIRTY_RATE_CALC: RemoteDomainStartDirtyRateCalcArgs;
  NODE_DEVICE_DEFINE_XML: RemoteNodeDeviceDefineXmlArgs;
  NODE_DEVICE_UNDEFINE: RemoteNodeDeviceUndefineArgs;
  NODE_DEVICE_CREATE: RemoteNodeDeviceCreateArgs;
  NWFILTER_DEFINE_XML_FLAGS: RemoteNwfilterDefineXmlFlagsArgs;
  NETWORK_DEFINE_XML_FLAGS: RemoteNetworkDefineXmlFlagsArgs;
  NODE_DEVICE_GET_AUTOSTART: RemoteNodeDeviceGetAutostartArgs;
  NODE_DEVICE_SET_AUTOSTART: RemoteNodeDeviceSetAutostartArgs;
  NODE_DEVICE_IS_PERSISTENT: RemoteNodeDeviceIsPersistentArgs;
  NODE_DEVICE_IS_ACTIVE: RemoteNodeDeviceIsActiveArgs;
  NETWORK_CREATE_XML_FLAGS: RemoteNetworkCreateXmlFlagsArgs;
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: RemoteDomainEventMemoryDeviceSizeChangeMsg;
  DOMAIN_SET_LAUNCH_SECURITY_STATE: RemoteDomainSetLaunchSecurityStateArgs;
  DOMAIN_SAVE_PARAMS: RemoteDomainSaveParamsArgs;
  DOMAIN_RESTORE_PARAMS: RemoteDomainRestoreParamsArgs;
  DOMAIN_ABORT_JOB_FLAGS: RemoteDomainAbortJobFlagsArgs;
  DOMAIN_FD_ASSOCIATE: RemoteDomainFdAssociateArgs;
}
/** Each procedure's reply, by name. */
interface RemoteProcedureRet {
  CONNECT_OPEN: void;
  CONNECT_CLOSE: void;
  CONNECT_GET_TYPE: RemoteConnectGetTypeRet;
  CONNECT_GET_VERSION: RemoteConnectGetVersionRet;
  CONNECT_GET_MAX_VCPUS: RemoteConnectGetMaxVcpusRet;
  NODE_GET_INFO: RemoteNodeGetInfoRet;
  CONNECT_GET_CAPABILITIES: RemoteConnectGetCapabilitiesRet;
  DOMAIN_ATTACH_DEVICE: void;
  DOMAIN_CREATE: void;
  DOMAIN_CREATE_XML: RemoteDomainCreateXmlRet;
  DOMAIN_DEFINE_XML: RemoteDomainDefineXmlRet;
  DOMAIN_DESTROY: void;
  DOMAIN_DETACH_DEVICE: void;
  DOMAIN_GET_XML_DESC: RemoteDomainGetXmlDescRet;
  DOMAIN_GET_AUTOSTART: RemoteDomainGetAutostartRet;
  DOMAIN_GET_INFO: RemoteDomainGetInfoRet;
  DOMAIN_GET_MAX_MEMORY: RemoteDomainGetMaxMemoryRet;
  DOMAIN_GET_MAX_VCPUS: RemoteDomainGetMaxVcpusRet;
  DOMAIN_GET_OS_TYPE: RemoteDomainGetOsTypeRet;
  DOMAIN_GET_VCPUS: RemoteDomainGetVcpusRet;
  CONNECT_LIST_DEFINED_DOMAINS: RemoteConnectListDefinedDomainsRet;
  DOMAIN_LOOKUP_BY_ID: RemoteDomainLookupByIdRet;
  DOMAIN_LOOKUP_BY_NAME: RemoteDomainLookupByNameRet;
  DOMAIN_LOOKUP_BY_UUID: RemoteDomainLookupByUuidRet;
  CONNECT_NUM_OF_DEFINED_DOMAINS: RemoteConnectNumOfDefinedDomainsRet;
  DOMAIN_PIN_VCPU: void;
  DOMAIN_REBOOT: void;
  DOMAIN_RESUME: void;
  DOMAIN_SET_AUTOSTART: void;
  DOMAIN_SET_MAX_MEMORY: void;
  DOMAIN_SET_MEMORY: void;
  DOMAIN_SET_VCPUS: void;
  DOMAIN_SHUTDOWN: void;
  DOMAIN_SUSPEND: void;
  DOMAIN_UNDEFINE: void;
  CONNECT_LIST_DEFINED_NETWORKS: RemoteConnectListDefinedNetworksRet;
  CONNECT_LIST_DOMAINS: RemoteConnectListDomainsRet;
  CONNECT_LIST_NETWORKS: RemoteConnectListNetworksRet;
  NETWORK_CREATE: void;
  NETWORK_CREATE_XML: RemoteNetworkCreateXmlRet;
  NETWORK_DEFINE_XML: RemoteNetworkDefineXmlRet;
  NETWORK_DESTROY: void;
  NETWORK_GET_XML_DESC: RemoteNetworkGetXmlDescRet;
  NETWORK_GET_AUTOSTART: RemoteNetworkGetAutostartRet;
  NETWORK_GET_BRIDGE_NAME: RemoteNetworkGetBridgeNameRet;
  NETWORK_LOOKUP_BY_NAME: RemoteNetworkLookupByNameRet;
  NETWORK_LOOKUP_BY_UUID: RemoteNetworkLookupByUuidRet;
  NETWORK_SET_AUTOSTART: void;
  NETWORK_UNDEFINE: void;
  CONNECT_NUM_OF_DEFINED_NETWORKS: RemoteConnectNumOfDefinedNetworksRet;
  CONNECT_NUM_OF_DOMAINS: RemoteConnectNumOfDomainsRet;
  CONNECT_NUM_OF_NETWORKS: RemoteConnectNumOfNetworksRet;
  DOMAIN_CORE_DUMP: void;
  DOMAIN_RESTORE: void;
  DOMAIN_SAVE: void;
  DOMAIN_GET_SCHEDULER_TYPE: RemoteDomainGetSchedulerTypeRet;
  DOMAIN_GET_SCHEDULER_PARAMETERS: RemoteDomainGetSchedulerParametersRet;
  DOMAIN_SET_SCHEDULER_PARAMETERS: void;
  CONNECT_GET_HOSTNAME: RemoteConnectGetHostnameRet;
  CONNECT_SUPPORTS_FEATURE: RemoteConnectSupportsFeatureRet;
  DOMAIN_MIGRATE_PREPARE: RemoteDomainMigratePrepareRet;
  DOMAIN_MIGRATE_PERFORM: void;
  DOMAIN_MIGRATE_FINISH: RemoteDomainMigrateFinishRet;
  DOMAIN_BLOCK_STATS: RemoteDomainBlockStatsRet;
  DOMAIN_INTERFACE_STATS: RemoteDomainInterfaceStatsRet;
  AUTH_LIST: RemoteAuthListRet;
  AUTH_SASL_INIT: RemoteAuthSaslInitRet;
  AUTH_SASL_START: RemoteAuthSaslStartRet;
  AUTH_SASL_STEP: RemoteAuthSaslStepRet;
  AUTH_POLKIT: RemoteAuthPolkitRet;
  CONNECT_NUM_OF_STORAGE_POOLS: RemoteConnectNumOfStoragePoolsRet;
  CONNECT_LIST_STORAGE_POOLS: RemoteConnectListStoragePoolsRet;
  CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: RemoteConnectNumOfDefinedStoragePoolsRet;
  CONNECT_LIST_DEFINED_STORAGE_POOLS: RemoteConnectListDefinedStoragePoolsRet;
  CONNECT_FIND_STORAGE_POOL_SOURCES: RemoteConnectFindStoragePoolSourcesRet;
  STORAGE_POOL_CREATE_XML: RemoteStoragePoolCreateXmlRet;
  STORAGE_POOL_DEFINE_XML: RemoteStoragePoolDefineXmlRet;
  STORAGE_POOL_CREATE: void;
  STORAGE_POOL_BUILD: void;
  STORAGE_POOL_DESTROY: void;
  STORAGE_POOL_DELETE: void;
  STORAGE_POOL_UNDEFINE: void;
  STORAGE_POOL_REFRESH: void;
  STORAGE_POOL_LOOKUP_BY_NAME: RemoteStoragePoolLookupByNameRet;
  STORAGE_POOL_LOOKUP_BY_UUID: RemoteStoragePoolLookupByUuidRet;
  STORAGE_POOL_LOOKUP_BY_VOLUME: RemoteStoragePoolLookupByVolumeRet;
  STORAGE_POOL_GET_INFO: RemoteStoragePoolGetInfoRet;
  STORAGE_POOL_GET_XML_DESC: RemoteStoragePoolGetXmlDescRet;
  STORAGE_POOL_GET_AUTOSTART: RemoteStoragePoolGetAutostartRet;
  STORAGE_POOL_SET_AUTOSTART: void;
  STORAGE_POOL_NUM_OF_VOLUMES: RemoteStoragePoolNumOfVolumesRet;
  STORAGE_POOL_LIST_VOLUMES: RemoteStoragePoolListVolumesRet;
  STORAGE_VOL_CREATE_XML: RemoteStorageVolCreateXmlRet;
  STORAGE_VOL_DELETE: void;
  STORAGE_VOL_LOOKUP_BY_NAME: RemoteStorageVolLookupByNameRet;
  STORAGE_VOL_LOOKUP_BY_KEY: RemoteStorageVolLookupByKeyRet;
  STORAGE_VOL_LOOKUP_BY_PATH: RemoteStorageVolLookupByPathRet;
  STORAGE_VOL_GET_INFO: RemoteStorageVolGetInfoRet;
  STORAGE_VOL_GET_XML_DESC: RemoteStorageVolGetXmlDescRet;
  STORAGE_VOL_GET_PATH: RemoteStorageVolGetPathRet;
  NODE_GET_CELLS_FREE_MEMORY: RemoteNodeGetCellsFreeMemoryRet;
  NODE_GET_FREE_MEMORY: RemoteNodeGetFreeMemoryRet;
  DOMAIN_BLOCK_PEEK: RemoteDomainBlockPeekRet;
  DOMAIN_MEMORY_PEEK: RemoteDomainMemoryPeekRet;
  CONNECT_DOMAIN_EVENT_REGISTER: RemoteConnectDomainEventRegisterRet;
  CONNECT_DOMAIN_EVENT_DEREGISTER: RemoteConnectDomainEventDeregisterRet;
  DOMAIN_EVENT_LIFECYCLE: void;
  DOMAIN_MIGRATE_PREPARE2: RemoteDomainMigratePrepare2Ret;
  DOMAIN_MIGRATE_FINISH2: RemoteDomainMigrateFinish2Ret;
  CONNECT_GET_URI: RemoteConnectGetUriRet;
  NODE_NUM_OF_DEVICES: RemoteNodeNumOfDevicesRet;
  NODE_LIST_DEVICES: RemoteNodeListDevicesRet;
  NODE_DEVICE_LOOKUP_BY_NAME: RemoteNodeDeviceLookupByNameRet;
  NODE_DEVICE_GET_XML_DESC: RemoteNodeDeviceGetXmlDescRet;
  NODE_DEVICE_GET_PARENT: RemoteNodeDeviceGetParentRet;
  NODE_DEVICE_NUM_OF_CAPS: RemoteNodeDeviceNumOfCapsRet;
  NODE_DEVICE_LIST_CAPS: RemoteNodeDeviceListCapsRet;
  NODE_DEVICE_DETTACH: void;
  NODE_DEVICE_RE_ATTACH: void;
  NODE_DEVICE_RESET: void;
  DOMAIN_GET_SECURITY_LABEL: RemoteDomainGetSecurityLabelRet;
  NODE_GET_SECURITY_MODEL: RemoteNodeGetSecurityModelRet;
  NODE_DEVICE_CREATE_XML: RemoteNodeDeviceCreateXmlRet;
  NODE_DEVICE_DESTROY: void;
  STORAGE_VOL_CREATE_XML_FROM: RemoteStorageVolCreateXmlFromRet;
  CONNECT_NUM_OF_INTERFACES: RemoteConnectNumOfInterfacesRet;
  CONNECT_LIST_INTERFACES: RemoteConnectListInterfacesRet;
  INTERFACE_LOOKUP_BY_NAME: RemoteInterfaceLookupByNameRet;
  INTERFACE_LOOKUP_BY_MAC_STRING: RemoteInterfaceLookupByMacStringRet;
  INTERFACE_GET_XML_DESC: RemoteInterfaceGetXmlDescRet;
  INTERFACE_DEFINE_XML: RemoteInterfaceDefineXmlRet;
  INTERFACE_UNDEFINE: void;
  INTERFACE_CREATE: void;
  INTERFACE_DESTROY: void;
  CONNECT_DOMAIN_XML_FROM_NATIVE: RemoteConnectDomainXmlFromNativeRet;
  CONNECT_DOMAIN_XML_TO_NATIVE: RemoteConnectDomainXmlToNativeRet;
  CONNECT_NUM_OF_DEFINED_INTERFACES: RemoteConnectNumOfDefinedInterfacesRet;
  CONNECT_LIST_DEFINED_INTERFACES: RemoteConnectListDefinedInterfacesRet;
  CONNECT_NUM_OF_SECRETS: RemoteConnectNumOfSecretsRet;
  CONNECT_LIST_SECRETS: RemoteConnectListSecretsRet;
  SECRET_LOOKUP_BY_UUID: RemoteSecretLookupByUuidRet;
  SECRET_DEFINE_XML: RemoteSecretDefineXmlRet;
  SECRET_GET_XML_DESC: RemoteSecretGetXmlDescRet;
  SECRET_SET_VALUE: void;
  SECRET_GET_VALUE: RemoteSecretGetValueRet;
  SECRET_UNDEFINE: void;
  SECRET_LOOKUP_BY_USAGE: RemoteSecretLookupByUsageRet;
  DOMAIN_MIGRATE_PREPARE_TUNNEL: void;
  CONNECT_IS_SECURE: RemoteConnectIsSecureRet;
  DOMAIN_IS_ACTIVE: RemoteDomainIsActiveRet;
  DOMAIN_IS_PERSISTENT: RemoteDomainIsPersistentRet;
  NETWORK_IS_ACTIVE: RemoteNetworkIsActiveRet;
  NETWORK_IS_PERSISTENT: RemoteNetworkIsPersistentRet;
  STORAGE_POOL_IS_ACTIVE: RemoteStoragePoolIsActiveRet;
  STORAGE_POOL_IS_PERSISTENT: RemoteStoragePoolIsPersistentRet;
  INTERFACE_IS_ACTIVE: RemoteInterfaceIsActiveRet;
  CONNECT_GET_LIB_VERSION: RemoteConnectGetLibVersionRet;
  CONNECT_COMPARE_CPU: RemoteConnectCompareCpuRet;
  DOMAIN_MEMORY_STATS: RemoteDomainMemoryStatsRet;
  DOMAIN_ATTACH_DEVICE_FLAGS: void;
  DOMAIN_DETACH_DEVICE_FLAGS: void;
  CONNECT_BASELINE_CPU: RemoteConnectBaselineCpuRet;
  DOMAIN_GET_JOB_INFO: RemoteDomainGetJobInfoRet;
  DOMAIN_ABORT_JOB: void;
  STORAGE_VOL_WIPE: void;
  DOMAIN_MIGRATE_SET_MAX_DOWNTIME: void;
  CONNECT_DOMAIN_EVENT_REGISTER_ANY: void;
  CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: void;
  DOMAIN_EVENT_REBOOT: void;
  DOMAIN_EVENT_RTC_CHANGE: void;
  DOMAIN_EVENT_WATCHDOG: void;
  DOMAIN_EVENT_IO_ERROR: void;
  DOMAIN_EVENT_GRAPHICS: void;
  DOMAIN_UPDATE_DEVICE_FLAGS: void;
  NWFILTER_LOOKUP_BY_NAME: RemoteNwfilterLookupByNameRet;
  NWFILTER_LOOKUP_BY_UUID: RemoteNwfilterLookupByUuidRet;
  NWFILTER_GET_XML_DESC: RemoteNwfilterGetXmlDescRet;
  CONNECT_NUM_OF_NWFILTERS: RemoteConnectNumOfNwfiltersRet;
  CONNECT_LIST_NWFILTERS: RemoteConnectListNwfiltersRet;
  NWFILTER_DEFINE_XML: RemoteNwfilterDefineXmlRet;
  NWFILTER_UNDEFINE: void;
  DOMAIN_MANAGED_SAVE: void;
  DOMAIN_HAS_MANAGED_SAVE_IMAGE: RemoteDomainHasManagedSaveImageRet;
  DOMAIN_MANAGED_SAVE_REMOVE: void;
  DOMAIN_SNAPSHOT_CREATE_XML: RemoteDomainSnapshotCreateXmlRet;
  DOMAIN_SNAPSHOT_GET_XML_DESC: RemoteDomainSnapshotGetXmlDescRet;
  DOMAIN_SNAPSHOT_NUM: RemoteDomainSnapshotNumRet;
  DOMAIN_SNAPSHOT_LIST_NAMES: RemoteDomainSnapshotListNamesRet;
  DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: RemoteDomainSnapshotLookupByNameRet;
  DOMAIN_HAS_CURRENT_SNAPSHOT: RemoteDomainHasCurrentSnapshotRet;
  DOMAIN_SNAPSHOT_CURRENT: RemoteDomainSnapshotCurrentRet;
  DOMAIN_REVERT_TO_SNAPSHOT: void;
  DOMAIN_SNAPSHOT_DELETE: void;
  DOMAIN_GET_BLOCK_INFO: RemoteDomainGetBlockInfoRet;
  DOMAIN_EVENT_IO_ERROR_REASON: void;
  DOMAIN_CREATE_WITH_FLAGS: RemoteDomainCreateWithFlagsRet;
  DOMAIN_SET_MEMORY_PARAMETERS: void;
  DOMAIN_GET_MEMORY_PARAMETERS: RemoteDomainGetMemoryParametersRet;
  DOMAIN_SET_VCPUS_FLAGS: void;
  DOMAIN_GET_VCPUS_FLAGS: RemoteDomainGetVcpusFlagsRet;
  DOMAIN_OPEN_CONSOLE: void;
  DOMAIN_IS_UPDATED: RemoteDomainIsUpdatedRet;
  CONNECT_GET_SYSINFO: RemoteConnectGetSysinfoRet;
  DOMAIN_SET_MEMORY_FLAGS: void;
  DOMAIN_SET_BLKIO_PARAMETERS: void;
  DOMAIN_GET_BLKIO_PARAMETERS: RemoteDomainGetBlkioParametersRet;
  DOMAIN_MIGRATE_SET_MAX_SPEED: void;
  STORAGE_VOL_UPLOAD: void;
  STORAGE_VOL_DOWNLOAD: void;
  DOMAIN_INJECT_NMI: void;
  DOMAIN_SCREENSHOT: RemoteDomainScreenshotRet;
  DOMAIN_GET_STATE: RemoteDomainGetStateRet;
  DOMAIN_MIGRATE_BEGIN3: RemoteDomainMigrateBegin3Ret;
  DOMAIN_MIGRATE_PREPARE3: RemoteDomainMigratePrepare3Ret;
  DOMAIN_MIGRATE_PREPARE_TUNNEL3: RemoteDomainMigratePrepareTunnel3Ret;
  DOMAIN_MIGRATE_PERFORM3: RemoteDomainMigratePerform3Ret;
  DOMAIN_MIGRATE_FINISH3: RemoteDomainMigrateFinish3Ret;
  DOMAIN_MIGRATE_CONFIRM3: void;
  DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: void;
  INTERFACE_CHANGE_BEGIN: void;
  INTERFACE_CHANGE_COMMIT: void;
  INTERFACE_CHANGE_ROLLBACK: void;
  DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: RemoteDomainGetSchedulerParametersFlagsRet;
  DOMAIN_EVENT_CONTROL_ERROR: void;
  DOMAIN_PIN_VCPU_FLAGS: void;
  DOMAIN_SEND_KEY: void;
  NODE_GET_CPU_STATS: RemoteNodeGetCpuStatsRet;
  NODE_GET_MEMORY_STATS: RemoteNodeGetMemoryStatsRet;
  DOMAIN_GET_CONTROL_INFO: RemoteDomainGetControlInfoRet;
  DOMAIN_GET_VCPU_PIN_INFO: RemoteDomainGetVcpuPinInfoRet;
  DOMAIN_UNDEFINE_FLAGS: void;
  DOMAIN_SAVE_FLAGS: void;
  DOMAIN_RESTORE_FLAGS: void;
  DOMAIN_DESTROY_FLAGS: void;
  DOMAIN_SAVE_IMAGE_GET_XML_DESC: RemoteDomainSaveImageGetXmlDescRet;
  DOMAIN_SAVE_IMAGE_DEFINE_XML: void;
  DOMAIN_BLOCK_JOB_ABORT: void;
  DOMAIN_GET_BLOCK_JOB_INFO: RemoteDomainGetBlockJobInfoRet;
  DOMAIN_BLOCK_JOB_SET_SPEED: void;
  DOMAIN_BLOCK_PULL: void;
  DOMAIN_EVENT_BLOCK_JOB: void;
  DOMAIN_MIGRATE_GET_MAX_SPEED: RemoteDomainMigrateGetMaxSpeedRet;
  DOMAIN_BLOCK_STATS_FLAGS: RemoteDomainBlockStatsFlagsRet;
  DOMAIN_SNAPSHOT_GET_PARENT: RemoteDomainSnapshotGetParentRet;
  DOMAIN_RESET: void;
  DOMAIN_SNAPSHOT_NUM_CHILDREN: RemoteDomainSnapshotNumChildrenRet;
  DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: RemoteDomainSnapshotListChildrenNamesRet;
  DOMAIN_EVENT_DISK_CHANGE: void;
  DOMAIN_OPEN_GRAPHICS: void;
  NODE_SUSPEND_FOR_DURATION: void;
  DOMAIN_BLOCK_RESIZE: void;
  DOMAIN_SET_BLOCK_IO_TUNE: void;
  DOMAIN_GET_BLOCK_IO_TUNE: RemoteDomainGetBlockIoTuneRet;
  DOMAIN_SET_NUMA_PARAMETERS: void;
  DOMAIN_GET_NUMA_PARAMETERS: RemoteDomainGetNumaParametersRet;
  DOMAIN_SET_INTERFACE_PARAMETERS: void;
  DOMAIN_GET_INTERFACE_PARAMETERS: RemoteDomainGetInterfaceParametersRet;
  DOMAIN_SHUTDOWN_FLAGS: void;
  STORAGE_VOL_WIPE_PATTERN: void;
  STORAGE_VOL_RESIZE: void;
  DOMAIN_PM_SUSPEND_FOR_DURATION: void;
  DOMAIN_GET_CPU_STATS: RemoteDomainGetCpuStatsRet;
  DOMAIN_GET_DISK_ERRORS: RemoteDomainGetDiskErrorsRet;
  DOMAIN_SET_METADATA: void;
  DOMAIN_GET_METADATA: RemoteDomainGetMetadataRet;
  DOMAIN_BLOCK_REBASE: void;
  DOMAIN_PM_WAKEUP: void;
  DOMAIN_EVENT_TRAY_CHANGE: void;
  DOMAIN_EVENT_PMWAKEUP: void;
  DOMAIN_EVENT_PMSUSPEND: void;
  DOMAIN_SNAPSHOT_IS_CURRENT: RemoteDomainSnapshotIsCurrentRet;
  DOMAIN_SNAPSHOT_HAS_METADATA: RemoteDomainSnapshotHasMetadataRet;
  CONNECT_LIST_ALL_DOMAINS: RemoteConnectListAllDomainsRet;
  DOMAIN_LIST_ALL_SNAPSHOTS: RemoteDomainListAllSnapshotsRet;
  DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: RemoteDomainSnapshotListAllChildrenRet;
  DOMAIN_EVENT_BALLOON_CHANGE: void;
  DOMAIN_GET_HOSTNAME: RemoteDomainGetHostnameRet;
  DOMAIN_GET_SECURITY_LABEL_LIST: RemoteDomainGetSecurityLabelListRet;
  DOMAIN_PIN_EMULATOR: void;
  DOMAIN_GET_EMULATOR_PIN_INFO: RemoteDomainGetEmulatorPinInfoRet;
  CONNECT_LIST_ALL_STORAGE_POOLS: RemoteConnectListAllStoragePoolsRet;
  STORAGE_POOL_LIST_ALL_VOLUMES: RemoteStoragePoolListAllVolumesRet;
  CONNECT_LIST_ALL_NETWORKS: RemoteConnectListAllNetworksRet;
  CONNECT_LIST_ALL_INTERFACES: RemoteConnectListAllInterfacesRet;
  CONNECT_LIST_ALL_NODE_DEVICES: RemoteConnectListAllNodeDevicesRet;
  CONNECT_LIST_ALL_NWFILTERS: RemoteConnectListAllNwfiltersRet;
  CONNECT_LIST_ALL_SECRETS: RemoteConnectListAllSecretsRet;
  NODE_SET_MEMORY_PARAMETERS: void;
  NODE_GET_MEMORY_PARAMETERS: RemoteNodeGetMemoryParametersRet;
  DOMAIN_BLOCK_COMMIT: void;
  NETWORK_UPDATE: void;
  DOMAIN_EVENT_PMSUSPEND_DISK: void;
  NODE_GET_CPU_MAP: RemoteNodeGetCpuMapRet;
  DOMAIN_FSTRIM: void;
  DOMAIN_SEND_PROCESS_SIGNAL: void;
  DOMAIN_OPEN_CHANNEL: void;
  NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: RemoteNodeDeviceLookupScsiHostByWwnRet;
  DOMAIN_GET_JOB_STATS: RemoteDomainGetJobStatsRet;
  DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: RemoteDomainMigrateGetCompressionCacheRet;
  DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: void;
  NODE_DEVICE_DETACH_FLAGS: void;
  DOMAIN_MIGRATE_BEGIN3_PARAMS: RemoteDomainMigrateBegin3ParamsRet;
  DOMAIN_MIGRATE_PREPARE3_PARAMS: RemoteDomainMigratePrepare3ParamsRet;
  DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: RemoteDomainMigratePrepareTunnel3ParamsRet;
  DOMAIN_MIGRATE_PERFORM3_PARAMS: RemoteDomainMigratePerform3ParamsRet;
  DOMAIN_MIGRATE_FINISH3_PARAMS: RemoteDomainMigrateFinish3ParamsRet;
  DOMAIN_MIGRATE_CONFIRM3_PARAMS: void;
  DOMAIN_SET_MEMORY_STATS_PERIOD: void;
  DOMAIN_CREATE_XML_WITH_FILES: RemoteDomainCreateXmlWithFilesRet;
  DOMAIN_CREATE_WITH_FILES: RemoteDomainCreateWithFilesRet;
  DOMAIN_EVENT_DEVICE_REMOVED: void;
  CONNECT_GET_CPU_MODEL_NAMES: RemoteConnectGetCpuModelNamesRet;
  CONNECT_NETWORK_EVENT_REGISTER_ANY: RemoteConnectNetworkEventRegisterAnyRet;
  CONNECT_NETWORK_EVENT_DEREGISTER_ANY: void;
  NETWORK_EVENT_LIFECYCLE: void;
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: RemoteConnectDomainEventCallbackRegisterAnyRet;
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: void;
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: void;
  DOMAIN_EVENT_CALLBACK_REBOOT: void;
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: void;
  DOMAIN_EVENT_CALLBACK_WATCHDOG: void;
  DOMAIN_EVENT_CALLBACK_IO_ERROR: void;
  DOMAIN_EVENT_CALLBACK_GRAPHICS: void;
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: void;
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: void;
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: void;
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: void;
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: void;
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: void;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: void;
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: void;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: void;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: void;
  DOMAIN_CORE_DUMP_WITH_FORMAT: void;
  DOMAIN_FSFREEZE: RemoteDomainFsfreezeRet;
  DOMAIN_FSTHAW: RemoteDomainFsthawRet;
  DOMAIN_GET_TIME: RemoteDomainGetTimeRet;
  DOMAIN_SET_TIME: void;
  DOMAIN_EVENT_BLOCK_JOB_2: void;
  NODE_GET_FREE_PAGES: RemoteNodeGetFreePagesRet;
  NETWORK_GET_DHCP_LEASES: RemoteNetworkGetDhcpLeasesRet;
  CONNECT_GET_DOMAIN_CAPABILITIES: RemoteConnectGetDomainCapabilitiesRet;
  DOMAIN_OPEN_GRAPHICS_FD: void;
  CONNECT_GET_ALL_DOMAIN_STATS: RemoteConnectGetAllDomainStatsRet;
  DOMAIN_BLOCK_COPY: void;
  DOMAIN_EVENT_CALLBACK_TUNABLE: void;
  NODE_ALLOC_PAGES: RemoteNodeAllocPagesRet;
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: void;
  DOMAIN_GET_FSINFO: RemoteDomainGetFsinfoRet;
  DOMAIN_DEFINE_XML_FLAGS: RemoteDomainDefineXmlFlagsRet;
  DOMAIN_GET_IOTHREAD_INFO: RemoteDomainGetIothreadInfoRet;
  DOMAIN_PIN_IOTHREAD: void;
  DOMAIN_INTERFACE_ADDRESSES: RemoteDomainInterfaceAddressesRet;
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: void;
  DOMAIN_ADD_IOTHREAD: void;
  DOMAIN_DEL_IOTHREAD: void;
  DOMAIN_SET_USER_PASSWORD: void;
  DOMAIN_RENAME: RemoteDomainRenameRet;
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: void;
  CONNECT_REGISTER_CLOSE_CALLBACK: void;
  CONNECT_UNREGISTER_CLOSE_CALLBACK: void;
  CONNECT_EVENT_CONNECTION_CLOSED: void;
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: void;
  DOMAIN_MIGRATE_START_POST_COPY: void;
  DOMAIN_GET_PERF_EVENTS: RemoteDomainGetPerfEventsRet;
  DOMAIN_SET_PERF_EVENTS: void;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: void;
  CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: RemoteConnectStoragePoolEventRegisterAnyRet;
  CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: void;
  STORAGE_POOL_EVENT_LIFECYCLE: void;
  DOMAIN_GET_GUEST_VCPUS: RemoteDomainGetGuestVcpusRet;
  DOMAIN_SET_GUEST_VCPUS: void;
  STORAGE_POOL_EVENT_REFRESH: void;
  CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: RemoteConnectNodeDeviceEventRegisterAnyRet;
  CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: void;
  NODE_DEVICE_EVENT_LIFECYCLE: void;
  NODE_DEVICE_EVENT_UPDATE: void;
  STORAGE_VOL_GET_INFO_FLAGS: RemoteStorageVolGetInfoFlagsRet;
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: void;
  CONNECT_SECRET_EVENT_REGISTER_ANY: RemoteConnectSecretEventRegisterAnyRet;
  CONNECT_SECRET_EVENT_DEREGISTER_ANY: void;
  SECRET_EVENT_LIFECYCLE: void;
  SECRET_EVENT_VALUE_CHANGED: void;
  DOMAIN_SET_VCPU: void;
  DOMAIN_EVENT_BLOCK_THRESHOLD: void;
  DOMAIN_SET_BLOCK_THRESHOLD: void;
  DOMAIN_MIGRATE_GET_MAX_DOWNTIME: RemoteDomainMigrateGetMaxDowntimeRet;
  DOMAIN_MANAGED_SAVE_GET_XML_DESC: RemoteDomainManagedSaveGetXmlDescRet;
  DOMAIN_MANAGED_SAVE_DEFINE_XML: void;
  DOMAIN_SET_LIFECYCLE_ACTION: void;
  STORAGE_POOL_LOOKUP_BY_TARGET_PATH: RemoteStoragePoolLookupByTargetPathRet;
  DOMAIN_DETACH_DEVICE_ALIAS: void;
  CONNECT_COMPARE_HYPERVISOR_CPU: RemoteConnectCompareHypervisorCpuRet;
  CONNECT_BASELINE_HYPERVISOR_CPU: RemoteConnectBaselineHypervisorCpuRet;
  NODE_GET_SEV_INFO: RemoteNodeGetSevInfoRet;
  DOMAIN_GET_LAUNCH_SECURITY_INFO: RemoteDomainGetLaunchSecurityInfoRet;
  NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: RemoteNwfilterBindingLookupByPortDevRet;
  NWFILTER_BINDING_GET_XML_DESC: RemoteNwfilterBindingGetXmlDescRet;
  NWFILTER_BINDING_CREATE_XML: RemoteNwfilterBindingCreateXmlRet;
  NWFILTER_BINDING_DELETE: void;
  CONNECT_LIST_ALL_NWFILTER_BINDINGS: RemoteConnectListAllNwfilterBindingsRet;
  DOMAIN_SET_IOTHREAD_PARAMS: void;
  CONNECT_GET_STORAGE_POOL_CAPABILITIES: RemoteConnectGetStoragePoolCapabilitiesRet;
  NETWORK_LIST_ALL_PORTS: RemoteNetworkListAllPortsRet;
  NETWORK_PORT_LOOKUP_BY_UUID: RemoteNetworkPortLookupByUuidRet;
  NETWORK_PORT_CREATE_XML: RemoteNetworkPortCreateXmlRet;
  NETWORK_PORT_GET_PARAMETERS: RemoteNetworkPortGetParametersRet;
  NETWORK_PORT_SET_PARAMETERS: void;
  NETWORK_PORT_GET_XML_DESC: RemoteNetworkPortGetXmlDescRet;
  NETWORK_PORT_DELETE: void;
  DOMAIN_CHECKPOINT_CREATE_XML: RemoteDomainCheckpointCreateXmlRet;
  DOMAIN_CHECKPOINT_GET_XML_DESC: RemoteDomainCheckpointGetXmlDescRet;
  DOMAIN_LIST_ALL_CHECKPOINTS: RemoteDomainListAllCheckpointsRet;
  DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: RemoteDomainCheckpointListAllChildrenRet;
  DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: RemoteDomainCheckpointLookupByNameRet;
  DOMAIN_CHECKPOINT_GET_PARENT: RemoteDomainCheckpointGetParentRet;
  DOMAIN_CHECKPOINT_DELETE: void;
  DOMAIN_GET_GUEST_INFO: RemoteDomainGetGuestInfoRet;
  CONNECT_SET_IDENTITY: void;
  DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: RemoteDomainAgentSetResponseTimeoutRet;
  DOMAIN_BACKUP_BEGIN: void;
  DOMAIN_BACKUP_GET_XML_DESC: RemoteDomainBackupGetXmlDescRet;
  DOMAIN_EVENT_MEMORY_FAILURE: void;
  DOMAIN_AUTHORIZED_SSH_KEYS_GET: RemoteDomainAuthorizedSshKeysGetRet;
  DOMAIN_AUTHORIZED_SSH_KEYS_SET: void;
  DOMAIN_GET_MESSAGES: RemoteDomainGetMessagesRet;
  DOMAIN_START_DIRTY_RATE_CALC: void;
  NODE_DEVICE_DEFINE_XML: RemoteNodeDeviceDefineXmlRet;
  NODE_DEVICE_UNDEFINE: void;
  NODE_DEVICE_CREATE: void;
  NWFILTER_DEFINE_XML_FLAGS: RemoteNwfilterDefineXmlFlagsRet;
  NETWORK_DEFINE_XML_FLAGS: RemoteNetworkDefineXmlFlagsRet;
  NODE_DEVICE_GET_AUTOSTART: RemoteNodeDeviceGetAutostartRet;
  NODE_DEVICE_SET_AUTOSTART: void;
  NODE_DEVICE_IS_PERSISTENT: RemoteNodeDeviceIsPersistentRet;
  NODE_DEVICE_IS_ACTIVE: RemoteNodeDeviceIsActiveRet;
  NETWORK_CREATE_XML_FLAGS: RemoteNetworkCreateXmlFlagsRet;
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: void;
  DOMAIN_SET_LAUNCH_SECURITY_STATE: void;
  DOMAIN_SAVE_PARAMS: void;
  DOMAIN_RESTORE_PARAMS: void;
  DOMAIN_ABORT_JOB_FLAGS: void;
  DOMAIN_FD_ASSOCIATE: void;
}

export {
  xdr_int,
  xdr_uint,
  xdr_hyper,
  xdr_uhyper,
  xdr_char,
  xdr_uchar,
  xdr_short,
  xdr_ushort,
  xdr_double,
  xdr_float,
  xdr_bool,
  REMOTE_STRING_MAX,
  REMOTE_CONNECT_IDENTITY_PARAMS_MAX,
  REMOTE_DOMAIN_LIST_MAX,
  REMOTE_CPUMAP_MAX,
  REMOTE_VCPUINFO_MAX,
  REMOTE_CPUMAPS_MAX,
  REMOTE_IOTHREAD_INFO_MAX,
  REMOTE_MIGRATE_COOKIE_MAX,
  REMOTE_NETWORK_LIST_MAX,
  REMOTE_NETWORK_PORT_LIST_MAX,
  REMOTE_INTERFACE_LIST_MAX,
  REMOTE_STORAGE_POOL_LIST_MAX,
  REMOTE_STORAGE_VOL_LIST_MAX,
  REMOTE_NODE_DEVICE_LIST_MAX,
  REMOTE_NODE_DEVICE_CAPS_LIST_MAX,
  REMOTE_NWFILTER_LIST_MAX,
  REMOTE_NWFILTER_BINDING_LIST_MAX,
  REMOTE_DOMAIN_SCHEDULER_PARAMETERS_MAX,
  REMOTE_DOMAIN_BLKIO_PARAMETERS_MAX,
  REMOTE_DOMAIN_MEMORY_PARAMETERS_MAX,
  REMOTE_DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX,
  REMOTE_DOMAIN_NUMA_PARAMETERS_MAX,
  REMOTE_DOMAIN_PERF_EVENTS_MAX,
  REMOTE_DOMAIN_BLOCK_COPY_PARAMETERS_MAX,
  REMOTE_NODE_CPU_STATS_MAX,
  REMOTE_NODE_MEMORY_STATS_MAX,
  REMOTE_DOMAIN_BLOCK_STATS_PARAMETERS_MAX,
  REMOTE_NODE_MAX_CELLS,
  REMOTE_AUTH_SASL_DATA_MAX,
  REMOTE_AUTH_TYPE_LIST_MAX,
  REMOTE_DOMAIN_MEMORY_STATS_MAX,
  REMOTE_DOMAIN_CHECKPOINT_LIST_MAX,
  REMOTE_DOMAIN_SNAPSHOT_LIST_MAX,
  REMOTE_DOMAIN_BLOCK_PEEK_BUFFER_MAX,
  REMOTE_DOMAIN_MEMORY_PEEK_BUFFER_MAX,
  REMOTE_SECURITY_LABEL_LIST_MAX,
  REMOTE_SECURITY_MODEL_MAX,
  REMOTE_SECURITY_LABEL_MAX,
  REMOTE_SECURITY_DOI_MAX,
  REMOTE_SECRET_VALUE_MAX,
  REMOTE_SECRET_LIST_MAX,
  REMOTE_CPU_BASELINE_MAX,
  REMOTE_DOMAIN_SEND_KEY_MAX,
  REMOTE_DOMAIN_INTERFACE_PARAMETERS_MAX,
  REMOTE_DOMAIN_GET_CPU_STATS_NCPUS_MAX,
  REMOTE_DOMAIN_GET_CPU_STATS_MAX,
  REMOTE_DOMAIN_DISK_ERRORS_MAX,
  REMOTE_NODE_MEMORY_PARAMETERS_MAX,
  REMOTE_DOMAIN_MIGRATE_PARAM_LIST_MAX,
  REMOTE_DOMAIN_SAVE_PARAMS_MAX,
  REMOTE_DOMAIN_JOB_STATS_MAX,
  REMOTE_CONNECT_CPU_MODELS_MAX,
  REMOTE_DOMAIN_FSFREEZE_MOUNTPOINTS_MAX,
  REMOTE_NETWORK_DHCP_LEASES_MAX,
  REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX,
  REMOTE_DOMAIN_EVENT_TUNABLE_MAX,
  REMOTE_DOMAIN_FSINFO_MAX,
  REMOTE_DOMAIN_FSINFO_DISKS_MAX,
  REMOTE_DOMAIN_INTERFACE_MAX,
  REMOTE_DOMAIN_IP_ADDR_MAX,
  REMOTE_DOMAIN_GUEST_VCPU_PARAMS_MAX,
  REMOTE_DOMAIN_IOTHREAD_PARAMS_MAX,
  REMOTE_NODE_SEV_INFO_MAX,
  REMOTE_DOMAIN_LAUNCH_SECURITY_INFO_PARAMS_MAX,
  REMOTE_DOMAIN_LAUNCH_SECURITY_STATE_PARAMS_MAX,
  REMOTE_DOMAIN_GUEST_INFO_PARAMS_MAX,
  REMOTE_NETWORK_PORT_PARAMETERS_MAX,
  REMOTE_DOMAIN_AUTHORIZED_SSH_KEYS_MAX,
  REMOTE_DOMAIN_MESSAGES_MAX,
  REMOTE_DOMAIN_EVENT_GRAPHICS_IDENTITY_MAX,
  REMOTE_PROGRAM,
  REMOTE_PROTOCOL_VERSION,
  remote_nonnull_string,
  remote_string,
  remote_uuid,
  remote_nonnull_domain,
  remote_nonnull_network,
  remote_nonnull_network_port,
  remote_nonnull_nwfilter,
  remote_nonnull_nwfilter_binding,
  remote_nonnull_interface,
  remote_nonnull_storage_pool,
  remote_nonnull_storage_vol,
  remote_nonnull_node_device,
  remote_nonnull_secret,
  remote_nonnull_domain_checkpoint,
  remote_nonnull_domain_snapshot,
  remote_domain,
  remote_network,
  remote_network_port,
  remote_nwfilter,
  remote_nwfilter_binding,
  remote_storage_pool,
  remote_storage_vol,
  remote_node_device,
  remote_secret,
  remote_error,
  RemoteAuthType,
  remote_vcpu_info,
  remote_typed_param_value,
  remote_typed_param,
  remote_node_get_cpu_stats,
  remote_node_get_memory_stats,
  remote_domain_disk_error,
  remote_connect_open_args,
  remote_connect_supports_feature_args,
  remote_connect_supports_feature_ret,
  remote_connect_get_type_ret,
  remote_connect_get_version_ret,
  remote_connect_get_lib_version_ret,
  remote_connect_get_hostname_ret,
  remote_connect_get_sysinfo_args,
  remote_connect_get_sysinfo_ret,
  remote_connect_get_uri_ret,
  remote_connect_get_max_vcpus_args,
  remote_connect_get_max_vcpus_ret,
  remote_node_get_info_ret,
  remote_connect_get_capabilities_ret,
  remote_connect_get_domain_capabilities_args,
  remote_connect_get_domain_capabilities_ret,
  remote_node_get_cpu_stats_args,
  remote_node_get_cpu_stats_ret,
  remote_node_get_memory_stats_args,
  remote_node_get_memory_stats_ret,
  remote_node_get_cells_free_memory_args,
  remote_node_get_cells_free_memory_ret,
  remote_node_get_free_memory_ret,
  remote_domain_get_scheduler_type_args,
  remote_domain_get_scheduler_type_ret,
  remote_domain_get_scheduler_parameters_args,
  remote_domain_get_scheduler_parameters_ret,
  remote_domain_get_scheduler_parameters_flags_args,
  remote_domain_get_scheduler_parameters_flags_ret,
  remote_domain_set_scheduler_parameters_args,
  remote_domain_set_scheduler_parameters_flags_args,
  remote_domain_set_blkio_parameters_args,
  remote_domain_get_blkio_parameters_args,
  remote_domain_get_blkio_parameters_ret,
  remote_domain_set_memory_parameters_args,
  remote_domain_get_memory_parameters_args,
  remote_domain_get_memory_parameters_ret,
  remote_domain_block_resize_args,
  remote_domain_set_numa_parameters_args,
  remote_domain_get_numa_parameters_args,
  remote_domain_get_numa_parameters_ret,
  remote_domain_set_perf_events_args,
  remote_domain_get_perf_events_args,
  remote_domain_get_perf_events_ret,
  remote_domain_block_stats_args,
  remote_domain_block_stats_ret,
  remote_domain_block_stats_flags_args,
  remote_domain_block_stats_flags_ret,
  remote_domain_interface_stats_args,
  remote_domain_interface_stats_ret,
  remote_domain_set_interface_parameters_args,
  remote_domain_get_interface_parameters_args,
  remote_domain_get_interface_parameters_ret,
  remote_domain_memory_stats_args,
  remote_domain_memory_stat,
  remote_domain_memory_stats_ret,
  remote_domain_block_peek_args,
  remote_domain_block_peek_ret,
  remote_domain_memory_peek_args,
  remote_domain_memory_peek_ret,
  remote_domain_get_block_info_args,
  remote_domain_get_block_info_ret,
  remote_connect_list_domains_args,
  remote_connect_list_domains_ret,
  remote_connect_num_of_domains_ret,
  remote_domain_create_xml_args,
  remote_domain_create_xml_ret,
  remote_domain_create_xml_with_files_args,
  remote_domain_create_xml_with_files_ret,
  remote_domain_lookup_by_id_args,
  remote_domain_lookup_by_id_ret,
  remote_domain_lookup_by_uuid_args,
  remote_domain_lookup_by_uuid_ret,
  remote_domain_lookup_by_name_args,
  remote_domain_lookup_by_name_ret,
  remote_domain_suspend_args,
  remote_domain_resume_args,
  remote_domain_pm_suspend_for_duration_args,
  remote_domain_pm_wakeup_args,
  remote_domain_shutdown_args,
  remote_domain_reboot_args,
  remote_domain_reset_args,
  remote_domain_destroy_args,
  remote_domain_destroy_flags_args,
  remote_domain_get_os_type_args,
  remote_domain_get_os_type_ret,
  remote_domain_get_max_memory_args,
  remote_domain_get_max_memory_ret,
  remote_domain_set_max_memory_args,
  remote_domain_set_memory_args,
  remote_domain_set_memory_flags_args,
  remote_domain_set_memory_stats_period_args,
  remote_domain_get_info_args,
  remote_domain_get_info_ret,
  remote_domain_save_args,
  remote_domain_save_flags_args,
  remote_domain_save_params_args,
  remote_domain_restore_args,
  remote_domain_restore_flags_args,
  remote_domain_restore_params_args,
  remote_domain_save_image_get_xml_desc_args,
  remote_domain_save_image_get_xml_desc_ret,
  remote_domain_save_image_define_xml_args,
  remote_domain_core_dump_args,
  remote_domain_core_dump_with_format_args,
  remote_domain_screenshot_args,
  remote_domain_screenshot_ret,
  remote_domain_get_xml_desc_args,
  remote_domain_get_xml_desc_ret,
  remote_domain_migrate_prepare_args,
  remote_domain_migrate_prepare_ret,
  remote_domain_migrate_perform_args,
  remote_domain_migrate_finish_args,
  remote_domain_migrate_finish_ret,
  remote_domain_migrate_prepare2_args,
  remote_domain_migrate_prepare2_ret,
  remote_domain_migrate_finish2_args,
  remote_domain_migrate_finish2_ret,
  remote_connect_list_defined_domains_args,
  remote_connect_list_defined_domains_ret,
  remote_connect_num_of_defined_domains_ret,
  remote_domain_create_args,
  remote_domain_create_with_flags_args,
  remote_domain_create_with_flags_ret,
  remote_domain_create_with_files_args,
  remote_domain_create_with_files_ret,
  remote_domain_define_xml_args,
  remote_domain_define_xml_ret,
  remote_domain_define_xml_flags_args,
  remote_domain_define_xml_flags_ret,
  remote_domain_undefine_args,
  remote_domain_undefine_flags_args,
  remote_domain_inject_nmi_args,
  remote_domain_send_key_args,
  remote_domain_send_process_signal_args,
  remote_domain_set_vcpus_args,
  remote_domain_set_vcpus_flags_args,
  remote_domain_get_vcpus_flags_args,
  remote_domain_get_vcpus_flags_ret,
  remote_domain_pin_vcpu_args,
  remote_domain_pin_vcpu_flags_args,
  remote_domain_get_vcpu_pin_info_args,
  remote_domain_get_vcpu_pin_info_ret,
  remote_domain_pin_emulator_args,
  remote_domain_get_emulator_pin_info_args,
  remote_domain_get_emulator_pin_info_ret,
  remote_domain_get_vcpus_args,
  remote_domain_get_vcpus_ret,
  remote_domain_get_max_vcpus_args,
  remote_domain_get_max_vcpus_ret,
  remote_domain_iothread_info,
  remote_domain_get_iothread_info_args,
  remote_domain_get_iothread_info_ret,
  remote_domain_pin_iothread_args,
  remote_domain_add_iothread_args,
  remote_domain_del_iothread_args,
  remote_domain_set_iothread_params_args,
  remote_domain_get_security_label_args,
  remote_domain_get_security_label_ret,
  remote_domain_get_security_label_list_args,
  remote_domain_get_security_label_list_ret,
  remote_node_get_security_model_ret,
  remote_domain_attach_device_args,
  remote_domain_attach_device_flags_args,
  remote_domain_detach_device_args,
  remote_domain_detach_device_flags_args,
  remote_domain_update_device_flags_args,
  remote_domain_detach_device_alias_args,
  remote_domain_get_autostart_args,
  remote_domain_get_autostart_ret,
  remote_domain_set_autostart_args,
  remote_domain_set_metadata_args,
  remote_domain_get_metadata_args,
  remote_domain_get_metadata_ret,
  remote_domain_block_job_abort_args,
  remote_domain_get_block_job_info_args,
  remote_domain_get_block_job_info_ret,
  remote_domain_block_job_set_speed_args,
  remote_domain_block_pull_args,
  remote_domain_block_rebase_args,
  remote_domain_block_copy_args,
  remote_domain_block_commit_args,
  remote_domain_set_block_io_tune_args,
  remote_domain_get_block_io_tune_args,
  remote_domain_get_block_io_tune_ret,
  remote_domain_get_cpu_stats_args,
  remote_domain_get_cpu_stats_ret,
  remote_domain_get_hostname_args,
  remote_domain_get_hostname_ret,
  remote_connect_num_of_networks_ret,
  remote_connect_list_networks_args,
  remote_connect_list_networks_ret,
  remote_connect_num_of_defined_networks_ret,
  remote_connect_list_defined_networks_args,
  remote_connect_list_defined_networks_ret,
  remote_network_lookup_by_uuid_args,
  remote_network_lookup_by_uuid_ret,
  remote_network_lookup_by_name_args,
  remote_network_lookup_by_name_ret,
  remote_network_create_xml_args,
  remote_network_create_xml_ret,
  remote_network_create_xml_flags_args,
  remote_network_create_xml_flags_ret,
  remote_network_define_xml_args,
  remote_network_define_xml_ret,
  remote_network_define_xml_flags_args,
  remote_network_define_xml_flags_ret,
  remote_network_undefine_args,
  remote_network_update_args,
  remote_network_create_args,
  remote_network_destroy_args,
  remote_network_get_xml_desc_args,
  remote_network_get_xml_desc_ret,
  remote_network_get_bridge_name_args,
  remote_network_get_bridge_name_ret,
  remote_network_get_autostart_args,
  remote_network_get_autostart_ret,
  remote_network_set_autostart_args,
  remote_connect_num_of_nwfilters_ret,
  remote_connect_list_nwfilters_args,
  remote_connect_list_nwfilters_ret,
  remote_nwfilter_lookup_by_uuid_args,
  remote_nwfilter_lookup_by_uuid_ret,
  remote_nwfilter_lookup_by_name_args,
  remote_nwfilter_lookup_by_name_ret,
  remote_nwfilter_define_xml_args,
  remote_nwfilter_define_xml_ret,
  remote_nwfilter_define_xml_flags_args,
  remote_nwfilter_define_xml_flags_ret,
  remote_nwfilter_undefine_args,
  remote_nwfilter_get_xml_desc_args,
  remote_nwfilter_get_xml_desc_ret,
  remote_connect_num_of_interfaces_ret,
  remote_connect_list_interfaces_args,
  remote_connect_list_interfaces_ret,
  remote_connect_num_of_defined_interfaces_ret,
  remote_connect_list_defined_interfaces_args,
  remote_connect_list_defined_interfaces_ret,
  remote_interface_lookup_by_name_args,
  remote_interface_lookup_by_name_ret,
  remote_interface_lookup_by_mac_string_args,
  remote_interface_lookup_by_mac_string_ret,
  remote_interface_get_xml_desc_args,
  remote_interface_get_xml_desc_ret,
  remote_interface_define_xml_args,
  remote_interface_define_xml_ret,
  remote_interface_undefine_args,
  remote_interface_create_args,
  remote_interface_destroy_args,
  remote_interface_change_begin_args,
  remote_interface_change_commit_args,
  remote_interface_change_rollback_args,
  remote_auth_list_ret,
  remote_auth_sasl_init_ret,
  remote_auth_sasl_start_args,
  remote_auth_sasl_start_ret,
  remote_auth_sasl_step_args,
  remote_auth_sasl_step_ret,
  remote_auth_polkit_ret,
  remote_connect_num_of_storage_pools_ret,
  remote_connect_list_storage_pools_args,
  remote_connect_list_storage_pools_ret,
  remote_connect_num_of_defined_storage_pools_ret,
  remote_connect_list_defined_storage_pools_args,
  remote_connect_list_defined_storage_pools_ret,
  remote_connect_find_storage_pool_sources_args,
  remote_connect_find_storage_pool_sources_ret,
  remote_storage_pool_lookup_by_uuid_args,
  remote_storage_pool_lookup_by_uuid_ret,
  remote_storage_pool_lookup_by_name_args,
  remote_storage_pool_lookup_by_name_ret,
  remote_storage_pool_lookup_by_volume_args,
  remote_storage_pool_lookup_by_volume_ret,
  remote_storage_pool_lookup_by_target_path_args,
  remote_storage_pool_lookup_by_target_path_ret,
  remote_storage_pool_create_xml_args,
  remote_storage_pool_create_xml_ret,
  remote_storage_pool_define_xml_args,
  remote_storage_pool_define_xml_ret,
  remote_storage_pool_build_args,
  remote_storage_pool_undefine_args,
  remote_storage_pool_create_args,
  remote_storage_pool_destroy_args,
  remote_storage_pool_delete_args,
  remote_storage_pool_refresh_args,
  remote_storage_pool_get_xml_desc_args,
  remote_storage_pool_get_xml_desc_ret,
  remote_storage_pool_get_info_args,
  remote_storage_pool_get_info_ret,
  remote_storage_pool_get_autostart_args,
  remote_storage_pool_get_autostart_ret,
  remote_storage_pool_set_autostart_args,
  remote_storage_pool_num_of_volumes_args,
  remote_storage_pool_num_of_volumes_ret,
  remote_storage_pool_list_volumes_args,
  remote_storage_pool_list_volumes_ret,
  remote_storage_vol_lookup_by_name_args,
  remote_storage_vol_lookup_by_name_ret,
  remote_storage_vol_lookup_by_key_args,
  remote_storage_vol_lookup_by_key_ret,
  remote_storage_vol_lookup_by_path_args,
  remote_storage_vol_lookup_by_path_ret,
  remote_storage_vol_create_xml_args,
  remote_storage_vol_create_xml_ret,
  remote_storage_vol_create_xml_from_args,
  remote_storage_vol_create_xml_from_ret,
  remote_storage_vol_delete_args,
  remote_storage_vol_wipe_args,
  remote_storage_vol_wipe_pattern_args,
  remote_storage_vol_get_xml_desc_args,
  remote_storage_vol_get_xml_desc_ret,
  remote_storage_vol_get_info_args,
  remote_storage_vol_get_info_ret,
  remote_storage_vol_get_info_flags_args,
  remote_storage_vol_get_info_flags_ret,
  remote_storage_vol_get_path_args,
  remote_storage_vol_get_path_ret,
  remote_storage_vol_resize_args,
  remote_node_num_of_devices_args,
  remote_node_num_of_devices_ret,
  remote_node_list_devices_args,
  remote_node_list_devices_ret,
  remote_node_device_lookup_by_name_args,
  remote_node_device_lookup_by_name_ret,
  remote_node_device_lookup_scsi_host_by_wwn_args,
  remote_node_device_lookup_scsi_host_by_wwn_ret,
  remote_node_device_get_xml_desc_args,
  remote_node_device_get_xml_desc_ret,
  remote_node_device_get_parent_args,
  remote_node_device_get_parent_ret,
  remote_node_device_num_of_caps_args,
  remote_node_device_num_of_caps_ret,
  remote_node_device_list_caps_args,
  remote_node_device_list_caps_ret,
  remote_node_device_dettach_args,
  remote_node_device_detach_flags_args,
  remote_node_device_re_attach_args,
  remote_node_device_reset_args,
  remote_node_device_create_xml_args,
  remote_node_device_create_xml_ret,
  remote_node_device_destroy_args,
  remote_node_device_define_xml_args,
  remote_node_device_define_xml_ret,
  remote_node_device_undefine_args,
  remote_node_device_create_args,
  remote_node_device_get_autostart_args,
  remote_node_device_get_autostart_ret,
  remote_node_device_set_autostart_args,
  remote_node_device_is_persistent_args,
  remote_node_device_is_persistent_ret,
  remote_node_device_is_active_args,
  remote_node_device_is_active_ret,
  remote_connect_domain_event_register_ret,
  remote_connect_domain_event_deregister_ret,
  remote_domain_event_lifecycle_msg,
  remote_domain_event_callback_lifecycle_msg,
  remote_connect_domain_xml_from_native_args,
  remote_connect_domain_xml_from_native_ret,
  remote_connect_domain_xml_to_native_args,
  remote_connect_domain_xml_to_native_ret,
  remote_connect_num_of_secrets_ret,
  remote_connect_list_secrets_args,
  remote_connect_list_secrets_ret,
  remote_secret_lookup_by_uuid_args,
  remote_secret_lookup_by_uuid_ret,
  remote_secret_define_xml_args,
  remote_secret_define_xml_ret,
  remote_secret_get_xml_desc_args,
  remote_secret_get_xml_desc_ret,
  remote_secret_set_value_args,
  remote_secret_get_value_args,
  remote_secret_get_value_ret,
  remote_secret_undefine_args,
  remote_secret_lookup_by_usage_args,
  remote_secret_lookup_by_usage_ret,
  remote_domain_migrate_prepare_tunnel_args,
  remote_connect_is_secure_ret,
  remote_domain_is_active_args,
  remote_domain_is_active_ret,
  remote_domain_is_persistent_args,
  remote_domain_is_persistent_ret,
  remote_domain_is_updated_args,
  remote_domain_is_updated_ret,
  remote_network_is_active_args,
  remote_network_is_active_ret,
  remote_network_is_persistent_args,
  remote_network_is_persistent_ret,
  remote_storage_pool_is_active_args,
  remote_storage_pool_is_active_ret,
  remote_storage_pool_is_persistent_args,
  remote_storage_pool_is_persistent_ret,
  remote_interface_is_active_args,
  remote_interface_is_active_ret,
  remote_connect_compare_cpu_args,
  remote_connect_compare_cpu_ret,
  remote_connect_baseline_cpu_args,
  remote_connect_baseline_cpu_ret,
  remote_domain_get_job_info_args,
  remote_domain_get_job_info_ret,
  remote_domain_get_job_stats_args,
  remote_domain_get_job_stats_ret,
  remote_domain_abort_job_args,
  remote_domain_abort_job_flags_args,
  remote_domain_migrate_get_max_downtime_args,
  remote_domain_migrate_get_max_downtime_ret,
  remote_domain_migrate_set_max_downtime_args,
  remote_domain_migrate_get_compression_cache_args,
  remote_domain_migrate_get_compression_cache_ret,
  remote_domain_migrate_set_compression_cache_args,
  remote_domain_migrate_set_max_speed_args,
  remote_domain_migrate_get_max_speed_args,
  remote_domain_migrate_get_max_speed_ret,
  remote_connect_domain_event_register_any_args,
  remote_connect_domain_event_deregister_any_args,
  remote_connect_domain_event_callback_register_any_args,
  remote_connect_domain_event_callback_register_any_ret,
  remote_connect_domain_event_callback_deregister_any_args,
  remote_domain_event_reboot_msg,
  remote_domain_event_callback_reboot_msg,
  remote_domain_event_rtc_change_msg,
  remote_domain_event_callback_rtc_change_msg,
  remote_domain_event_watchdog_msg,
  remote_domain_event_callback_watchdog_msg,
  remote_domain_event_io_error_msg,
  remote_domain_event_callback_io_error_msg,
  remote_domain_event_io_error_reason_msg,
  remote_domain_event_callback_io_error_reason_msg,
  remote_domain_event_graphics_address,
  remote_domain_event_graphics_identity,
  remote_domain_event_graphics_msg,
  remote_domain_event_callback_graphics_msg,
  remote_domain_event_block_job_msg,
  remote_domain_event_callback_block_job_msg,
  remote_domain_event_disk_change_msg,
  remote_domain_event_callback_disk_change_msg,
  remote_domain_event_tray_change_msg,
  remote_domain_event_callback_tray_change_msg,
  remote_domain_event_pmwakeup_msg,
  remote_domain_event_callback_pmwakeup_msg,
  remote_domain_event_pmsuspend_msg,
  remote_domain_event_callback_pmsuspend_msg,
  remote_domain_event_balloon_change_msg,
  remote_domain_event_callback_balloon_change_msg,
  remote_domain_event_pmsuspend_disk_msg,
  remote_domain_event_callback_pmsuspend_disk_msg,
  remote_domain_managed_save_args,
  remote_domain_has_managed_save_image_args,
  remote_domain_has_managed_save_image_ret,
  remote_domain_managed_save_remove_args,
  remote_domain_managed_save_get_xml_desc_args,
  remote_domain_managed_save_get_xml_desc_ret,
  remote_domain_managed_save_define_xml_args,
  remote_domain_snapshot_create_xml_args,
  remote_domain_snapshot_create_xml_ret,
  remote_domain_snapshot_get_xml_desc_args,
  remote_domain_snapshot_get_xml_desc_ret,
  remote_domain_snapshot_num_args,
  remote_domain_snapshot_num_ret,
  remote_domain_snapshot_list_names_args,
  remote_domain_snapshot_list_names_ret,
  remote_domain_list_all_snapshots_args,
  remote_domain_list_all_snapshots_ret,
  remote_domain_snapshot_num_children_args,
  remote_domain_snapshot_num_children_ret,
  remote_domain_snapshot_list_children_names_args,
  remote_domain_snapshot_list_children_names_ret,
  remote_domain_snapshot_list_all_children_args,
  remote_domain_snapshot_list_all_children_ret,
  remote_domain_snapshot_lookup_by_name_args,
  remote_domain_snapshot_lookup_by_name_ret,
  remote_domain_has_current_snapshot_args,
  remote_domain_has_current_snapshot_ret,
  remote_domain_snapshot_get_parent_args,
  remote_domain_snapshot_get_parent_ret,
  remote_domain_snapshot_current_args,
  remote_domain_snapshot_current_ret,
  remote_domain_snapshot_is_current_args,
  remote_domain_snapshot_is_current_ret,
  remote_domain_snapshot_has_metadata_args,
  remote_domain_snapshot_has_metadata_ret,
  remote_domain_revert_to_snapshot_args,
  remote_domain_snapshot_delete_args,
  remote_domain_open_console_args,
  remote_domain_open_channel_args,
  remote_storage_vol_upload_args,
  remote_storage_vol_download_args,
  remote_domain_get_state_args,
  remote_domain_get_state_ret,
  remote_domain_migrate_begin3_args,
  remote_domain_migrate_begin3_ret,
  remote_domain_migrate_prepare3_args,
  remote_domain_migrate_prepare3_ret,
  remote_domain_migrate_prepare_tunnel3_args,
  remote_domain_migrate_prepare_tunnel3_ret,
  remote_domain_migrate_perform3_args,
  remote_domain_migrate_perform3_ret,
  remote_domain_migrate_finish3_args,
  remote_domain_migrate_finish3_ret,
  remote_domain_migrate_confirm3_args,
  remote_domain_event_control_error_msg,
  remote_domain_event_callback_control_error_msg,
  remote_domain_get_control_info_args,
  remote_domain_get_control_info_ret,
  remote_domain_open_graphics_args,
  remote_domain_open_graphics_fd_args,
  remote_node_suspend_for_duration_args,
  remote_domain_shutdown_flags_args,
  remote_domain_get_disk_errors_args,
  remote_domain_get_disk_errors_ret,
  remote_connect_list_all_domains_args,
  remote_connect_list_all_domains_ret,
  remote_connect_list_all_storage_pools_args,
  remote_connect_list_all_storage_pools_ret,
  remote_storage_pool_list_all_volumes_args,
  remote_storage_pool_list_all_volumes_ret,
  remote_connect_list_all_networks_args,
  remote_connect_list_all_networks_ret,
  remote_connect_list_all_interfaces_args,
  remote_connect_list_all_interfaces_ret,
  remote_connect_list_all_node_devices_args,
  remote_connect_list_all_node_devices_ret,
  remote_connect_list_all_nwfilters_args,
  remote_connect_list_all_nwfilters_ret,
  remote_connect_list_all_secrets_args,
  remote_connect_list_all_secrets_ret,
  remote_node_set_memory_parameters_args,
  remote_node_get_memory_parameters_args,
  remote_node_get_memory_parameters_ret,
  remote_node_get_cpu_map_args,
  remote_node_get_cpu_map_ret,
  remote_domain_fstrim_args,
  remote_domain_get_time_args,
  remote_domain_get_time_ret,
  remote_domain_set_time_args,
  remote_domain_migrate_begin3_params_args,
  remote_domain_migrate_begin3_params_ret,
  remote_domain_migrate_prepare3_params_args,
  remote_domain_migrate_prepare3_params_ret,
  remote_domain_migrate_prepare_tunnel3_params_args,
  remote_domain_migrate_prepare_tunnel3_params_ret,
  remote_domain_migrate_perform3_params_args,
  remote_domain_migrate_perform3_params_ret,
  remote_domain_migrate_finish3_params_args,
  remote_domain_migrate_finish3_params_ret,
  remote_domain_migrate_confirm3_params_args,
  remote_domain_event_device_removed_msg,
  remote_domain_event_callback_device_removed_msg,
  remote_domain_event_block_job_2_msg,
  remote_domain_event_block_threshold_msg,
  remote_domain_event_callback_tunable_msg,
  remote_domain_event_callback_device_added_msg,
  remote_connect_event_connection_closed_msg,
  remote_connect_get_cpu_model_names_args,
  remote_connect_get_cpu_model_names_ret,
  remote_connect_network_event_register_any_args,
  remote_connect_network_event_register_any_ret,
  remote_connect_network_event_deregister_any_args,
  remote_network_event_lifecycle_msg,
  remote_connect_storage_pool_event_register_any_args,
  remote_connect_storage_pool_event_register_any_ret,
  remote_connect_storage_pool_event_deregister_any_args,
  remote_storage_pool_event_lifecycle_msg,
  remote_storage_pool_event_refresh_msg,
  remote_connect_node_device_event_register_any_args,
  remote_connect_node_device_event_register_any_ret,
  remote_connect_node_device_event_deregister_any_args,
  remote_node_device_event_lifecycle_msg,
  remote_node_device_event_update_msg,
  remote_domain_fsfreeze_args,
  remote_domain_fsfreeze_ret,
  remote_domain_fsthaw_args,
  remote_domain_fsthaw_ret,
  remote_node_get_free_pages_args,
  remote_node_get_free_pages_ret,
  remote_node_alloc_pages_args,
  remote_node_alloc_pages_ret,
  remote_network_dhcp_lease,
  remote_network_get_dhcp_leases_args,
  remote_network_get_dhcp_leases_ret,
  remote_domain_stats_record,
  remote_connect_get_all_domain_stats_args,
  remote_domain_event_callback_agent_lifecycle_msg,
  remote_connect_get_all_domain_stats_ret,
  remote_domain_fsinfo,
  remote_domain_get_fsinfo_args,
  remote_domain_get_fsinfo_ret,
  remote_domain_ip_addr,
  remote_domain_interface,
  remote_domain_interface_addresses_args,
  remote_domain_interface_addresses_ret,
  remote_domain_set_user_password_args,
  remote_domain_rename_args,
  remote_domain_rename_ret,
  remote_domain_event_callback_migration_iteration_msg,
  remote_domain_event_callback_job_completed_msg,
  remote_domain_migrate_start_post_copy_args,
  remote_domain_event_callback_device_removal_failed_msg,
  remote_domain_get_guest_vcpus_args,
  remote_domain_get_guest_vcpus_ret,
  remote_domain_set_guest_vcpus_args,
  remote_domain_set_vcpu_args,
  remote_domain_event_callback_metadata_change_msg,
  remote_domain_event_memory_failure_msg,
  remote_connect_secret_event_register_any_args,
  remote_connect_secret_event_register_any_ret,
  remote_connect_secret_event_deregister_any_args,
  remote_secret_event_lifecycle_msg,
  remote_secret_event_value_changed_msg,
  remote_domain_set_block_threshold_args,
  remote_domain_set_lifecycle_action_args,
  remote_connect_compare_hypervisor_cpu_args,
  remote_connect_compare_hypervisor_cpu_ret,
  remote_connect_baseline_hypervisor_cpu_args,
  remote_connect_baseline_hypervisor_cpu_ret,
  remote_node_get_sev_info_args,
  remote_node_get_sev_info_ret,
  remote_domain_get_launch_security_info_args,
  remote_domain_get_launch_security_info_ret,
  remote_domain_set_launch_security_state_args,
  remote_nwfilter_binding_lookup_by_port_dev_args,
  remote_nwfilter_binding_lookup_by_port_dev_ret,
  remote_nwfilter_binding_create_xml_args,
  remote_nwfilter_binding_create_xml_ret,
  remote_nwfilter_binding_delete_args,
  remote_nwfilter_binding_get_xml_desc_args,
  remote_nwfilter_binding_get_xml_desc_ret,
  remote_connect_list_all_nwfilter_bindings_args,
  remote_connect_list_all_nwfilter_bindings_ret,
  remote_connect_get_storage_pool_capabilities_args,
  remote_connect_get_storage_pool_capabilities_ret,
  remote_network_list_all_ports_args,
  remote_network_list_all_ports_ret,
  remote_network_port_lookup_by_uuid_args,
  remote_network_port_lookup_by_uuid_ret,
  remote_network_port_create_xml_args,
  remote_network_port_create_xml_ret,
  remote_network_port_set_parameters_args,
  remote_network_port_get_parameters_args,
  remote_network_port_get_parameters_ret,
  remote_network_port_get_xml_desc_args,
  remote_network_port_get_xml_desc_ret,
  remote_network_port_delete_args,
  remote_domain_checkpoint_create_xml_args,
  remote_domain_checkpoint_create_xml_ret,
  remote_domain_checkpoint_get_xml_desc_args,
  remote_domain_checkpoint_get_xml_desc_ret,
  remote_domain_list_all_checkpoints_args,
  remote_domain_list_all_checkpoints_ret,
  remote_domain_checkpoint_list_all_children_args,
  remote_domain_checkpoint_list_all_children_ret,
  remote_domain_checkpoint_lookup_by_name_args,
  remote_domain_checkpoint_lookup_by_name_ret,
  remote_domain_checkpoint_get_parent_args,
  remote_domain_checkpoint_get_parent_ret,
  remote_domain_checkpoint_delete_args,
  remote_domain_get_guest_info_args,
  remote_domain_get_guest_info_ret,
  remote_connect_set_identity_args,
  remote_domain_agent_set_response_timeout_args,
  remote_domain_agent_set_response_timeout_ret,
  remote_domain_backup_begin_args,
  remote_domain_backup_get_xml_desc_args,
  remote_domain_backup_get_xml_desc_ret,
  remote_domain_authorized_ssh_keys_get_args,
  remote_domain_authorized_ssh_keys_get_ret,
  remote_domain_authorized_ssh_keys_set_args,
  remote_domain_get_messages_args,
  remote_domain_get_messages_ret,
  remote_domain_start_dirty_rate_calc_args,
  remote_domain_event_memory_device_size_change_msg,
  remote_domain_fd_associate_args,
  RemoteProcedure,
  REMOTE_PROC_CONNECT_OPEN,
  REMOTE_PROC_CONNECT_CLOSE,
  REMOTE_PROC_CONNECT_GET_TYPE,
  REMOTE_PROC_CONNECT_GET_VERSION,
  REMOTE_PROC_CONNECT_GET_MAX_VCPUS,
  REMOTE_PROC_NODE_GET_INFO,
  REMOTE_PROC_CONNECT_GET_CAPABILITIES,
  REMOTE_PROC_DOMAIN_ATTACH_DEVICE,
  REMOTE_PROC_DOMAIN_CREATE,
  REMOTE_PROC_DOMAIN_CREATE_XML,
  REMOTE_PROC_DOMAIN_DEFINE_XML,
  REMOTE_PROC_DOMAIN_DESTROY,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE,
  REMOTE_PROC_DOMAIN_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_GET_AUTOSTART,
  REMOTE_PROC_DOMAIN_GET_INFO,
  REMOTE_PROC_DOMAIN_GET_MAX_MEMORY,
  REMOTE_PROC_DOMAIN_GET_MAX_VCPUS,
  REMOTE_PROC_DOMAIN_GET_OS_TYPE,
  REMOTE_PROC_DOMAIN_GET_VCPUS,
  REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_ID,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS,
  REMOTE_PROC_DOMAIN_PIN_VCPU,
  REMOTE_PROC_DOMAIN_REBOOT,
  REMOTE_PROC_DOMAIN_RESUME,
  REMOTE_PROC_DOMAIN_SET_AUTOSTART,
  REMOTE_PROC_DOMAIN_SET_MAX_MEMORY,
  REMOTE_PROC_DOMAIN_SET_MEMORY,
  REMOTE_PROC_DOMAIN_SET_VCPUS,
  REMOTE_PROC_DOMAIN_SHUTDOWN,
  REMOTE_PROC_DOMAIN_SUSPEND,
  REMOTE_PROC_DOMAIN_UNDEFINE,
  REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS,
  REMOTE_PROC_CONNECT_LIST_DOMAINS,
  REMOTE_PROC_CONNECT_LIST_NETWORKS,
  REMOTE_PROC_NETWORK_CREATE,
  REMOTE_PROC_NETWORK_CREATE_XML,
  REMOTE_PROC_NETWORK_DEFINE_XML,
  REMOTE_PROC_NETWORK_DESTROY,
  REMOTE_PROC_NETWORK_GET_XML_DESC,
  REMOTE_PROC_NETWORK_GET_AUTOSTART,
  REMOTE_PROC_NETWORK_GET_BRIDGE_NAME,
  REMOTE_PROC_NETWORK_LOOKUP_BY_NAME,
  REMOTE_PROC_NETWORK_LOOKUP_BY_UUID,
  REMOTE_PROC_NETWORK_SET_AUTOSTART,
  REMOTE_PROC_NETWORK_UNDEFINE,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS,
  REMOTE_PROC_CONNECT_NUM_OF_DOMAINS,
  REMOTE_PROC_CONNECT_NUM_OF_NETWORKS,
  REMOTE_PROC_DOMAIN_CORE_DUMP,
  REMOTE_PROC_DOMAIN_RESTORE,
  REMOTE_PROC_DOMAIN_SAVE,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS,
  REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS,
  REMOTE_PROC_CONNECT_GET_HOSTNAME,
  REMOTE_PROC_CONNECT_SUPPORTS_FEATURE,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH,
  REMOTE_PROC_DOMAIN_BLOCK_STATS,
  REMOTE_PROC_DOMAIN_INTERFACE_STATS,
  REMOTE_PROC_AUTH_LIST,
  REMOTE_PROC_AUTH_SASL_INIT,
  REMOTE_PROC_AUTH_SASL_START,
  REMOTE_PROC_AUTH_SASL_STEP,
  REMOTE_PROC_AUTH_POLKIT,
  REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS,
  REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS,
  REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS,
  REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES,
  REMOTE_PROC_STORAGE_POOL_CREATE_XML,
  REMOTE_PROC_STORAGE_POOL_DEFINE_XML,
  REMOTE_PROC_STORAGE_POOL_CREATE,
  REMOTE_PROC_STORAGE_POOL_BUILD,
  REMOTE_PROC_STORAGE_POOL_DESTROY,
  REMOTE_PROC_STORAGE_POOL_DELETE,
  REMOTE_PROC_STORAGE_POOL_UNDEFINE,
  REMOTE_PROC_STORAGE_POOL_REFRESH,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME,
  REMOTE_PROC_STORAGE_POOL_GET_INFO,
  REMOTE_PROC_STORAGE_POOL_GET_XML_DESC,
  REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART,
  REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART,
  REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES,
  REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES,
  REMOTE_PROC_STORAGE_VOL_CREATE_XML,
  REMOTE_PROC_STORAGE_VOL_DELETE,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH,
  REMOTE_PROC_STORAGE_VOL_GET_INFO,
  REMOTE_PROC_STORAGE_VOL_GET_XML_DESC,
  REMOTE_PROC_STORAGE_VOL_GET_PATH,
  REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY,
  REMOTE_PROC_NODE_GET_FREE_MEMORY,
  REMOTE_PROC_DOMAIN_BLOCK_PEEK,
  REMOTE_PROC_DOMAIN_MEMORY_PEEK,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER,
  REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH2,
  REMOTE_PROC_CONNECT_GET_URI,
  REMOTE_PROC_NODE_NUM_OF_DEVICES,
  REMOTE_PROC_NODE_LIST_DEVICES,
  REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME,
  REMOTE_PROC_NODE_DEVICE_GET_XML_DESC,
  REMOTE_PROC_NODE_DEVICE_GET_PARENT,
  REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS,
  REMOTE_PROC_NODE_DEVICE_LIST_CAPS,
  REMOTE_PROC_NODE_DEVICE_DETTACH,
  REMOTE_PROC_NODE_DEVICE_RE_ATTACH,
  REMOTE_PROC_NODE_DEVICE_RESET,
  REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL,
  REMOTE_PROC_NODE_GET_SECURITY_MODEL,
  REMOTE_PROC_NODE_DEVICE_CREATE_XML,
  REMOTE_PROC_NODE_DEVICE_DESTROY,
  REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM,
  REMOTE_PROC_CONNECT_NUM_OF_INTERFACES,
  REMOTE_PROC_CONNECT_LIST_INTERFACES,
  REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME,
  REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING,
  REMOTE_PROC_INTERFACE_GET_XML_DESC,
  REMOTE_PROC_INTERFACE_DEFINE_XML,
  REMOTE_PROC_INTERFACE_UNDEFINE,
  REMOTE_PROC_INTERFACE_CREATE,
  REMOTE_PROC_INTERFACE_DESTROY,
  REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE,
  REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES,
  REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES,
  REMOTE_PROC_CONNECT_NUM_OF_SECRETS,
  REMOTE_PROC_CONNECT_LIST_SECRETS,
  REMOTE_PROC_SECRET_LOOKUP_BY_UUID,
  REMOTE_PROC_SECRET_DEFINE_XML,
  REMOTE_PROC_SECRET_GET_XML_DESC,
  REMOTE_PROC_SECRET_SET_VALUE,
  REMOTE_PROC_SECRET_GET_VALUE,
  REMOTE_PROC_SECRET_UNDEFINE,
  REMOTE_PROC_SECRET_LOOKUP_BY_USAGE,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL,
  REMOTE_PROC_CONNECT_IS_SECURE,
  REMOTE_PROC_DOMAIN_IS_ACTIVE,
  REMOTE_PROC_DOMAIN_IS_PERSISTENT,
  REMOTE_PROC_NETWORK_IS_ACTIVE,
  REMOTE_PROC_NETWORK_IS_PERSISTENT,
  REMOTE_PROC_STORAGE_POOL_IS_ACTIVE,
  REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT,
  REMOTE_PROC_INTERFACE_IS_ACTIVE,
  REMOTE_PROC_CONNECT_GET_LIB_VERSION,
  REMOTE_PROC_CONNECT_COMPARE_CPU,
  REMOTE_PROC_DOMAIN_MEMORY_STATS,
  REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS,
  REMOTE_PROC_CONNECT_BASELINE_CPU,
  REMOTE_PROC_DOMAIN_GET_JOB_INFO,
  REMOTE_PROC_DOMAIN_ABORT_JOB,
  REMOTE_PROC_STORAGE_VOL_WIPE,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY,
  REMOTE_PROC_DOMAIN_EVENT_REBOOT,
  REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_WATCHDOG,
  REMOTE_PROC_DOMAIN_EVENT_IO_ERROR,
  REMOTE_PROC_DOMAIN_EVENT_GRAPHICS,
  REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS,
  REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME,
  REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID,
  REMOTE_PROC_NWFILTER_GET_XML_DESC,
  REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS,
  REMOTE_PROC_CONNECT_LIST_NWFILTERS,
  REMOTE_PROC_NWFILTER_DEFINE_XML,
  REMOTE_PROC_NWFILTER_UNDEFINE,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE,
  REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE,
  REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML,
  REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_SNAPSHOT_NUM,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME,
  REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT,
  REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT,
  REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT,
  REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE,
  REMOTE_PROC_DOMAIN_GET_BLOCK_INFO,
  REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON,
  REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS,
  REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS,
  REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS,
  REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS,
  REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS,
  REMOTE_PROC_DOMAIN_OPEN_CONSOLE,
  REMOTE_PROC_DOMAIN_IS_UPDATED,
  REMOTE_PROC_CONNECT_GET_SYSINFO,
  REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS,
  REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS,
  REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED,
  REMOTE_PROC_STORAGE_VOL_UPLOAD,
  REMOTE_PROC_STORAGE_VOL_DOWNLOAD,
  REMOTE_PROC_DOMAIN_INJECT_NMI,
  REMOTE_PROC_DOMAIN_SCREENSHOT,
  REMOTE_PROC_DOMAIN_GET_STATE,
  REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH3,
  REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3,
  REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS,
  REMOTE_PROC_INTERFACE_CHANGE_BEGIN,
  REMOTE_PROC_INTERFACE_CHANGE_COMMIT,
  REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS,
  REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR,
  REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS,
  REMOTE_PROC_DOMAIN_SEND_KEY,
  REMOTE_PROC_NODE_GET_CPU_STATS,
  REMOTE_PROC_NODE_GET_MEMORY_STATS,
  REMOTE_PROC_DOMAIN_GET_CONTROL_INFO,
  REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO,
  REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS,
  REMOTE_PROC_DOMAIN_SAVE_FLAGS,
  REMOTE_PROC_DOMAIN_RESTORE_FLAGS,
  REMOTE_PROC_DOMAIN_DESTROY_FLAGS,
  REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML,
  REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT,
  REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO,
  REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED,
  REMOTE_PROC_DOMAIN_BLOCK_PULL,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED,
  REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS,
  REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT,
  REMOTE_PROC_DOMAIN_RESET,
  REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES,
  REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE,
  REMOTE_PROC_DOMAIN_OPEN_GRAPHICS,
  REMOTE_PROC_NODE_SUSPEND_FOR_DURATION,
  REMOTE_PROC_DOMAIN_BLOCK_RESIZE,
  REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE,
  REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE,
  REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS,
  REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS,
  REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS,
  REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS,
  REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS,
  REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN,
  REMOTE_PROC_STORAGE_VOL_RESIZE,
  REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION,
  REMOTE_PROC_DOMAIN_GET_CPU_STATS,
  REMOTE_PROC_DOMAIN_GET_DISK_ERRORS,
  REMOTE_PROC_DOMAIN_SET_METADATA,
  REMOTE_PROC_DOMAIN_GET_METADATA,
  REMOTE_PROC_DOMAIN_BLOCK_REBASE,
  REMOTE_PROC_DOMAIN_PM_WAKEUP,
  REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP,
  REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND,
  REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT,
  REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA,
  REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS,
  REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN,
  REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE,
  REMOTE_PROC_DOMAIN_GET_HOSTNAME,
  REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST,
  REMOTE_PROC_DOMAIN_PIN_EMULATOR,
  REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO,
  REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS,
  REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES,
  REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS,
  REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES,
  REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES,
  REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS,
  REMOTE_PROC_CONNECT_LIST_ALL_SECRETS,
  REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS,
  REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS,
  REMOTE_PROC_DOMAIN_BLOCK_COMMIT,
  REMOTE_PROC_NETWORK_UPDATE,
  REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK,
  REMOTE_PROC_NODE_GET_CPU_MAP,
  REMOTE_PROC_DOMAIN_FSTRIM,
  REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL,
  REMOTE_PROC_DOMAIN_OPEN_CHANNEL,
  REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN,
  REMOTE_PROC_DOMAIN_GET_JOB_STATS,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE,
  REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS,
  REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS,
  REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS,
  REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD,
  REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES,
  REMOTE_PROC_DOMAIN_CREATE_WITH_FILES,
  REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED,
  REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES,
  REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY,
  REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY,
  REMOTE_PROC_NETWORK_EVENT_LIFECYCLE,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED,
  REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT,
  REMOTE_PROC_DOMAIN_FSFREEZE,
  REMOTE_PROC_DOMAIN_FSTHAW,
  REMOTE_PROC_DOMAIN_GET_TIME,
  REMOTE_PROC_DOMAIN_SET_TIME,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2,
  REMOTE_PROC_NODE_GET_FREE_PAGES,
  REMOTE_PROC_NETWORK_GET_DHCP_LEASES,
  REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES,
  REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD,
  REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS,
  REMOTE_PROC_DOMAIN_BLOCK_COPY,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE,
  REMOTE_PROC_NODE_ALLOC_PAGES,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE,
  REMOTE_PROC_DOMAIN_GET_FSINFO,
  REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS,
  REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO,
  REMOTE_PROC_DOMAIN_PIN_IOTHREAD,
  REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED,
  REMOTE_PROC_DOMAIN_ADD_IOTHREAD,
  REMOTE_PROC_DOMAIN_DEL_IOTHREAD,
  REMOTE_PROC_DOMAIN_SET_USER_PASSWORD,
  REMOTE_PROC_DOMAIN_RENAME,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION,
  REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK,
  REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK,
  REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED,
  REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY,
  REMOTE_PROC_DOMAIN_GET_PERF_EVENTS,
  REMOTE_PROC_DOMAIN_SET_PERF_EVENTS,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED,
  REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
  REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY,
  REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE,
  REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS,
  REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS,
  REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH,
  REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY,
  REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY,
  REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE,
  REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE,
  REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE,
  REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY,
  REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY,
  REMOTE_PROC_SECRET_EVENT_LIFECYCLE,
  REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED,
  REMOTE_PROC_DOMAIN_SET_VCPU,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD,
  REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML,
  REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS,
  REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU,
  REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU,
  REMOTE_PROC_NODE_GET_SEV_INFO,
  REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO,
  REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV,
  REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC,
  REMOTE_PROC_NWFILTER_BINDING_CREATE_XML,
  REMOTE_PROC_NWFILTER_BINDING_DELETE,
  REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS,
  REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS,
  REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES,
  REMOTE_PROC_NETWORK_LIST_ALL_PORTS,
  REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID,
  REMOTE_PROC_NETWORK_PORT_CREATE_XML,
  REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS,
  REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS,
  REMOTE_PROC_NETWORK_PORT_GET_XML_DESC,
  REMOTE_PROC_NETWORK_PORT_DELETE,
  REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML,
  REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS,
  REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN,
  REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME,
  REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT,
  REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE,
  REMOTE_PROC_DOMAIN_GET_GUEST_INFO,
  REMOTE_PROC_CONNECT_SET_IDENTITY,
  REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT,
  REMOTE_PROC_DOMAIN_BACKUP_BEGIN,
  REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE,
  REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET,
  REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET,
  REMOTE_PROC_DOMAIN_GET_MESSAGES,
  REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC,
  REMOTE_PROC_NODE_DEVICE_DEFINE_XML,
  REMOTE_PROC_NODE_DEVICE_UNDEFINE,
  REMOTE_PROC_NODE_DEVICE_CREATE,
  REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS,
  REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS,
  REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART,
  REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART,
  REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT,
  REMOTE_PROC_NODE_DEVICE_IS_ACTIVE,
  REMOTE_PROC_NETWORK_CREATE_XML_FLAGS,
  REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE,
  REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE,
  REMOTE_PROC_DOMAIN_SAVE_PARAMS,
  REMOTE_PROC_DOMAIN_RESTORE_PARAMS,
  REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS,
  REMOTE_PROC_DOMAIN_FD_ASSOCIATE,
};
export type {
  RemoteNonnullString,
  RemoteString,
  RemoteUuid,
  RemoteNonnullDomain,
  RemoteNonnullNetwork,
  RemoteNonnullNetworkPort,
  RemoteNonnullNwfilter,
  RemoteNonnullNwfilterBinding,
  RemoteNonnullInterface,
  RemoteNonnullStoragePool,
  RemoteNonnullStorageVol,
  RemoteNonnullNodeDevice,
  RemoteNonnullSecret,
  RemoteNonnullDomainCheckpoint,
  RemoteNonnullDomainSnapshot,
  RemoteDomain,
  RemoteNetwork,
  RemoteNetworkPort,
  RemoteNwfilter,
  RemoteNwfilterBinding,
  RemoteStoragePool,
  RemoteStorageVol,
  RemoteNodeDevice,
  RemoteSecret,
  RemoteError,
  RemoteVcpuInfo,
  RemoteTypedParamValue,
  RemoteTypedParam,
  RemoteNodeGetCpuStats,
  RemoteNodeGetMemoryStats,
  RemoteDomainDiskError,
  RemoteConnectOpenArgs,
  RemoteConnectSupportsFeatureArgs,
  RemoteConnectSupportsFeatureRet,
  RemoteConnectGetTypeRet,
  RemoteConnectGetVersionRet,
  RemoteConnectGetLibVersionRet,
  RemoteConnectGetHostnameRet,
  RemoteConnectGetSysinfoArgs,
  RemoteConnectGetSysinfoRet,
  RemoteConnectGetUriRet,
  RemoteConnectGetMaxVcpusArgs,
  RemoteConnectGetMaxVcpusRet,
  RemoteNodeGetInfoRet,
  RemoteConnectGetCapabilitiesRet,
  RemoteConnectGetDomainCapabilitiesArgs,
  RemoteConnectGetDomainCapabilitiesRet,
  RemoteNodeGetCpuStatsArgs,
  RemoteNodeGetCpuStatsRet,
  RemoteNodeGetMemoryStatsArgs,
  RemoteNodeGetMemoryStatsRet,
  RemoteNodeGetCellsFreeMemoryArgs,
  RemoteNodeGetCellsFreeMemoryRet,
  RemoteNodeGetFreeMemoryRet,
  RemoteDomainGetSchedulerTypeArgs,
  RemoteDomainGetSchedulerTypeRet,
  RemoteDomainGetSchedulerParametersArgs,
  RemoteDomainGetSchedulerParametersRet,
  RemoteDomainGetSchedulerParametersFlagsArgs,
  RemoteDomainGetSchedulerParametersFlagsRet,
  RemoteDomainSetSchedulerParametersArgs,
  RemoteDomainSetSchedulerParametersFlagsArgs,
  RemoteDomainSetBlkioParametersArgs,
  RemoteDomainGetBlkioParametersArgs,
  RemoteDomainGetBlkioParametersRet,
  RemoteDomainSetMemoryParametersArgs,
  RemoteDomainGetMemoryParametersArgs,
  RemoteDomainGetMemoryParametersRet,
  RemoteDomainBlockResizeArgs,
  RemoteDomainSetNumaParametersArgs,
  RemoteDomainGetNumaParametersArgs,
  RemoteDomainGetNumaParametersRet,
  RemoteDomainSetPerfEventsArgs,
  RemoteDomainGetPerfEventsArgs,
  RemoteDomainGetPerfEventsRet,
  RemoteDomainBlockStatsArgs,
  RemoteDomainBlockStatsRet,
  RemoteDomainBlockStatsFlagsArgs,
  RemoteDomainBlockStatsFlagsRet,
  RemoteDomainInterfaceStatsArgs,
  RemoteDomainInterfaceStatsRet,
  RemoteDomainSetInterfaceParametersArgs,
  RemoteDomainGetInterfaceParametersArgs,
  RemoteDomainGetInterfaceParametersRet,
  RemoteDomainMemoryStatsArgs,
  RemoteDomainMemoryStat,
  RemoteDomainMemoryStatsRet,
  RemoteDomainBlockPeekArgs,
  RemoteDomainBlockPeekRet,
  RemoteDomainMemoryPeekArgs,
  RemoteDomainMemoryPeekRet,
  RemoteDomainGetBlockInfoArgs,
  RemoteDomainGetBlockInfoRet,
  RemoteConnectListDomainsArgs,
  RemoteConnectListDomainsRet,
  RemoteConnectNumOfDomainsRet,
  RemoteDomainCreateXmlArgs,
  RemoteDomainCreateXmlRet,
  RemoteDomainCreateXmlWithFilesArgs,
  RemoteDomainCreateXmlWithFilesRet,
  RemoteDomainLookupByIdArgs,
  RemoteDomainLookupByIdRet,
  RemoteDomainLookupByUuidArgs,
  RemoteDomainLookupByUuidRet,
  RemoteDomainLookupByNameArgs,
  RemoteDomainLookupByNameRet,
  RemoteDomainSuspendArgs,
  RemoteDomainResumeArgs,
  RemoteDomainPmSuspendForDurationArgs,
  RemoteDomainPmWakeupArgs,
  RemoteDomainShutdownArgs,
  RemoteDomainRebootArgs,
  RemoteDomainResetArgs,
  RemoteDomainDestroyArgs,
  RemoteDomainDestroyFlagsArgs,
  RemoteDomainGetOsTypeArgs,
  RemoteDomainGetOsTypeRet,
  RemoteDomainGetMaxMemoryArgs,
  RemoteDomainGetMaxMemoryRet,
  RemoteDomainSetMaxMemoryArgs,
  RemoteDomainSetMemoryArgs,
  RemoteDomainSetMemoryFlagsArgs,
  RemoteDomainSetMemoryStatsPeriodArgs,
  RemoteDomainGetInfoArgs,
  RemoteDomainGetInfoRet,
  RemoteDomainSaveArgs,
  RemoteDomainSaveFlagsArgs,
  RemoteDomainSaveParamsArgs,
  RemoteDomainRestoreArgs,
  RemoteDomainRestoreFlagsArgs,
  RemoteDomainRestoreParamsArgs,
  RemoteDomainSaveImageGetXmlDescArgs,
  RemoteDomainSaveImageGetXmlDescRet,
  RemoteDomainSaveImageDefineXmlArgs,
  RemoteDomainCoreDumpArgs,
  RemoteDomainCoreDumpWithFormatArgs,
  RemoteDomainScreenshotArgs,
  RemoteDomainScreenshotRet,
  RemoteDomainGetXmlDescArgs,
  RemoteDomainGetXmlDescRet,
  RemoteDomainMigratePrepareArgs,
  RemoteDomainMigratePrepareRet,
  RemoteDomainMigratePerformArgs,
  RemoteDomainMigrateFinishArgs,
  RemoteDomainMigrateFinishRet,
  RemoteDomainMigratePrepare2Args,
  RemoteDomainMigratePrepare2Ret,
  RemoteDomainMigrateFinish2Args,
  RemoteDomainMigrateFinish2Ret,
  RemoteConnectListDefinedDomainsArgs,
  RemoteConnectListDefinedDomainsRet,
  RemoteConnectNumOfDefinedDomainsRet,
  RemoteDomainCreateArgs,
  RemoteDomainCreateWithFlagsArgs,
  RemoteDomainCreateWithFlagsRet,
  RemoteDomainCreateWithFilesArgs,
  RemoteDomainCreateWithFilesRet,
  RemoteDomainDefineXmlArgs,
  RemoteDomainDefineXmlRet,
  RemoteDomainDefineXmlFlagsArgs,
  RemoteDomainDefineXmlFlagsRet,
  RemoteDomainUndefineArgs,
  RemoteDomainUndefineFlagsArgs,
  RemoteDomainInjectNmiArgs,
  RemoteDomainSendKeyArgs,
  RemoteDomainSendProcessSignalArgs,
  RemoteDomainSetVcpusArgs,
  RemoteDomainSetVcpusFlagsArgs,
  RemoteDomainGetVcpusFlagsArgs,
  RemoteDomainGetVcpusFlagsRet,
  RemoteDomainPinVcpuArgs,
  RemoteDomainPinVcpuFlagsArgs,
  RemoteDomainGetVcpuPinInfoArgs,
  RemoteDomainGetVcpuPinInfoRet,
  RemoteDomainPinEmulatorArgs,
  RemoteDomainGetEmulatorPinInfoArgs,
  RemoteDomainGetEmulatorPinInfoRet,
  RemoteDomainGetVcpusArgs,
  RemoteDomainGetVcpusRet,
  RemoteDomainGetMaxVcpusArgs,
  RemoteDomainGetMaxVcpusRet,
  RemoteDomainIothreadInfo,
  RemoteDomainGetIothreadInfoArgs,
  RemoteDomainGetIothreadInfoRet,
  RemoteDomainPinIothreadArgs,
  RemoteDomainAddIothreadArgs,
  RemoteDomainDelIothreadArgs,
  RemoteDomainSetIothreadParamsArgs,
  RemoteDomainGetSecurityLabelArgs,
  RemoteDomainGetSecurityLabelRet,
  RemoteDomainGetSecurityLabelListArgs,
  RemoteDomainGetSecurityLabelListRet,
  RemoteNodeGetSecurityModelRet,
  RemoteDomainAttachDeviceArgs,
  RemoteDomainAttachDeviceFlagsArgs,
  RemoteDomainDetachDeviceArgs,
  RemoteDomainDetachDeviceFlagsArgs,
  RemoteDomainUpdateDeviceFlagsArgs,
  RemoteDomainDetachDeviceAliasArgs,
  RemoteDomainGetAutostartArgs,
  RemoteDomainGetAutostartRet,
  RemoteDomainSetAutostartArgs,
  RemoteDomainSetMetadataArgs,
  RemoteDomainGetMetadataArgs,
  RemoteDomainGetMetadataRet,
  RemoteDomainBlockJobAbortArgs,
  RemoteDomainGetBlockJobInfoArgs,
  RemoteDomainGetBlockJobInfoRet,
  RemoteDomainBlockJobSetSpeedArgs,
  RemoteDomainBlockPullArgs,
  RemoteDomainBlockRebaseArgs,
  RemoteDomainBlockCopyArgs,
  RemoteDomainBlockCommitArgs,
  RemoteDomainSetBlockIoTuneArgs,
  RemoteDomainGetBlockIoTuneArgs,
  RemoteDomainGetBlockIoTuneRet,
  RemoteDomainGetCpuStatsArgs,
  RemoteDomainGetCpuStatsRet,
  RemoteDomainGetHostnameArgs,
  RemoteDomainGetHostnameRet,
  RemoteConnectNumOfNetworksRet,
  RemoteConnectListNetworksArgs,
  RemoteConnectListNetworksRet,
  RemoteConnectNumOfDefinedNetworksRet,
  RemoteConnectListDefinedNetworksArgs,
  RemoteConnectListDefinedNetworksRet,
  RemoteNetworkLookupByUuidArgs,
  RemoteNetworkLookupByUuidRet,
  RemoteNetworkLookupByNameArgs,
  RemoteNetworkLookupByNameRet,
  RemoteNetworkCreateXmlArgs,
  RemoteNetworkCreateXmlRet,
  RemoteNetworkCreateXmlFlagsArgs,
  RemoteNetworkCreateXmlFlagsRet,
  RemoteNetworkDefineXmlArgs,
  RemoteNetworkDefineXmlRet,
  RemoteNetworkDefineXmlFlagsArgs,
  RemoteNetworkDefineXmlFlagsRet,
  RemoteNetworkUndefineArgs,
  RemoteNetworkUpdateArgs,
  RemoteNetworkCreateArgs,
  RemoteNetworkDestroyArgs,
  RemoteNetworkGetXmlDescArgs,
  RemoteNetworkGetXmlDescRet,
  RemoteNetworkGetBridgeNameArgs,
  RemoteNetworkGetBridgeNameRet,
  RemoteNetworkGetAutostartArgs,
  RemoteNetworkGetAutostartRet,
  RemoteNetworkSetAutostartArgs,
  RemoteConnectNumOfNwfiltersRet,
  RemoteConnectListNwfiltersArgs,
  RemoteConnectListNwfiltersRet,
  RemoteNwfilterLookupByUuidArgs,
  RemoteNwfilterLookupByUuidRet,
  RemoteNwfilterLookupByNameArgs,
  RemoteNwfilterLookupByNameRet,
  RemoteNwfilterDefineXmlArgs,
  RemoteNwfilterDefineXmlRet,
  RemoteNwfilterDefineXmlFlagsArgs,
  RemoteNwfilterDefineXmlFlagsRet,
  RemoteNwfilterUndefineArgs,
  RemoteNwfilterGetXmlDescArgs,
  RemoteNwfilterGetXmlDescRet,
  RemoteConnectNumOfInterfacesRet,
  RemoteConnectListInterfacesArgs,
  RemoteConnectListInterfacesRet,
  RemoteConnectNumOfDefinedInterfacesRet,
  RemoteConnectListDefinedInterfacesArgs,
  RemoteConnectListDefinedInterfacesRet,
  RemoteInterfaceLookupByNameArgs,
  RemoteInterfaceLookupByNameRet,
  RemoteInterfaceLookupByMacStringArgs,
  RemoteInterfaceLookupByMacStringRet,
  RemoteInterfaceGetXmlDescArgs,
  RemoteInterfaceGetXmlDescRet,
  RemoteInterfaceDefineXmlArgs,
  RemoteInterfaceDefineXmlRet,
  RemoteInterfaceUndefineArgs,
  RemoteInterfaceCreateArgs,
  RemoteInterfaceDestroyArgs,
  RemoteInterfaceChangeBeginArgs,
  RemoteInterfaceChangeCommitArgs,
  RemoteInterfaceChangeRollbackArgs,
  RemoteAuthListRet,
  RemoteAuthSaslInitRet,
  RemoteAuthSaslStartArgs,
  RemoteAuthSaslStartRet,
  RemoteAuthSaslStepArgs,
  RemoteAuthSaslStepRet,
  RemoteAuthPolkitRet,
  RemoteConnectNumOfStoragePoolsRet,
  RemoteConnectListStoragePoolsArgs,
  RemoteConnectListStoragePoolsRet,
  RemoteConnectNumOfDefinedStoragePoolsRet,
  RemoteConnectListDefinedStoragePoolsArgs,
  RemoteConnectListDefinedStoragePoolsRet,
  RemoteConnectFindStoragePoolSourcesArgs,
  RemoteConnectFindStoragePoolSourcesRet,
  RemoteStoragePoolLookupByUuidArgs,
  RemoteStoragePoolLookupByUuidRet,
  RemoteStoragePoolLookupByNameArgs,
  RemoteStoragePoolLookupByNameRet,
  RemoteStoragePoolLookupByVolumeArgs,
  RemoteStoragePoolLookupByVolumeRet,
  RemoteStoragePoolLookupByTargetPathArgs,
  RemoteStoragePoolLookupByTargetPathRet,
  RemoteStoragePoolCreateXmlArgs,
  RemoteStoragePoolCreateXmlRet,
  RemoteStoragePoolDefineXmlArgs,
  RemoteStoragePoolDefineXmlRet,
  RemoteStoragePoolBuildArgs,
  RemoteStoragePoolUndefineArgs,
  RemoteStoragePoolCreateArgs,
  RemoteStoragePoolDestroyArgs,
  RemoteStoragePoolDeleteArgs,
  RemoteStoragePoolRefreshArgs,
  RemoteStoragePoolGetXmlDescArgs,
  RemoteStoragePoolGetXmlDescRet,
  RemoteStoragePoolGetInfoArgs,
  RemoteStoragePoolGetInfoRet,
  RemoteStoragePoolGetAutostartArgs,
  RemoteStoragePoolGetAutostartRet,
  RemoteStoragePoolSetAutostartArgs,
  RemoteStoragePoolNumOfVolumesArgs,
  RemoteStoragePoolNumOfVolumesRet,
  RemoteStoragePoolListVolumesArgs,
  RemoteStoragePoolListVolumesRet,
  RemoteStorageVolLookupByNameArgs,
  RemoteStorageVolLookupByNameRet,
  RemoteStorageVolLookupByKeyArgs,
  RemoteStorageVolLookupByKeyRet,
  RemoteStorageVolLookupByPathArgs,
  RemoteStorageVolLookupByPathRet,
  RemoteStorageVolCreateXmlArgs,
  RemoteStorageVolCreateXmlRet,
  RemoteStorageVolCreateXmlFromArgs,
  RemoteStorageVolCreateXmlFromRet,
  RemoteStorageVolDeleteArgs,
  RemoteStorageVolWipeArgs,
  RemoteStorageVolWipePatternArgs,
  RemoteStorageVolGetXmlDescArgs,
  RemoteStorageVolGetXmlDescRet,
  RemoteStorageVolGetInfoArgs,
  RemoteStorageVolGetInfoRet,
  RemoteStorageVolGetInfoFlagsArgs,
  RemoteStorageVolGetInfoFlagsRet,
  RemoteStorageVolGetPathArgs,
  RemoteStorageVolGetPathRet,
  RemoteStorageVolResizeArgs,
  RemoteNodeNumOfDevicesArgs,
  RemoteNodeNumOfDevicesRet,
  RemoteNodeListDevicesArgs,
  RemoteNodeListDevicesRet,
  RemoteNodeDeviceLookupByNameArgs,
  RemoteNodeDeviceLookupByNameRet,
  RemoteNodeDeviceLookupScsiHostByWwnArgs,
  RemoteNodeDeviceLookupScsiHostByWwnRet,
  RemoteNodeDeviceGetXmlDescArgs,
  RemoteNodeDeviceGetXmlDescRet,
  RemoteNodeDeviceGetParentArgs,
  RemoteNodeDeviceGetParentRet,
  RemoteNodeDeviceNumOfCapsArgs,
  RemoteNodeDeviceNumOfCapsRet,
  RemoteNodeDeviceListCapsArgs,
  RemoteNodeDeviceListCapsRet,
  RemoteNodeDeviceDettachArgs,
  RemoteNodeDeviceDetachFlagsArgs,
  RemoteNodeDeviceReAttachArgs,
  RemoteNodeDeviceResetArgs,
  RemoteNodeDeviceCreateXmlArgs,
  RemoteNodeDeviceCreateXmlRet,
  RemoteNodeDeviceDestroyArgs,
  RemoteNodeDeviceDefineXmlArgs,
  RemoteNodeDeviceDefineXmlRet,
  RemoteNodeDeviceUndefineArgs,
  RemoteNodeDeviceCreateArgs,
  RemoteNodeDeviceGetAutostartArgs,
  RemoteNodeDeviceGetAutostartRet,
  RemoteNodeDeviceSetAutostartArgs,
  RemoteNodeDeviceIsPersistentArgs,
  RemoteNodeDeviceIsPersistentRet,
  RemoteNodeDeviceIsActiveArgs,
  RemoteNodeDeviceIsActiveRet,
  RemoteConnectDomainEventRegisterRet,
  RemoteConnectDomainEventDeregisterRet,
  RemoteDomainEventLifecycleMsg,
  RemoteDomainEventCallbackLifecycleMsg,
  RemoteConnectDomainXmlFromNativeArgs,
  RemoteConnectDomainXmlFromNativeRet,
  RemoteConnectDomainXmlToNativeArgs,
  RemoteConnectDomainXmlToNativeRet,
  RemoteConnectNumOfSecretsRet,
  RemoteConnectListSecretsArgs,
  RemoteConnectListSecretsRet,
  RemoteSecretLookupByUuidArgs,
  RemoteSecretLookupByUuidRet,
  RemoteSecretDefineXmlArgs,
  RemoteSecretDefineXmlRet,
  RemoteSecretGetXmlDescArgs,
  RemoteSecretGetXmlDescRet,
  RemoteSecretSetValueArgs,
  RemoteSecretGetValueArgs,
  RemoteSecretGetValueRet,
  RemoteSecretUndefineArgs,
  RemoteSecretLookupByUsageArgs,
  RemoteSecretLookupByUsageRet,
  RemoteDomainMigratePrepareTunnelArgs,
  RemoteConnectIsSecureRet,
  RemoteDomainIsActiveArgs,
  RemoteDomainIsActiveRet,
  RemoteDomainIsPersistentArgs,
  RemoteDomainIsPersistentRet,
  RemoteDomainIsUpdatedArgs,
  RemoteDomainIsUpdatedRet,
  RemoteNetworkIsActiveArgs,
  RemoteNetworkIsActiveRet,
  RemoteNetworkIsPersistentArgs,
  RemoteNetworkIsPersistentRet,
  RemoteStoragePoolIsActiveArgs,
  RemoteStoragePoolIsActiveRet,
  RemoteStoragePoolIsPersistentArgs,
  RemoteStoragePoolIsPersistentRet,
  RemoteInterfaceIsActiveArgs,
  RemoteInterfaceIsActiveRet,
  RemoteConnectCompareCpuArgs,
  RemoteConnectCompareCpuRet,
  RemoteConnectBaselineCpuArgs,
  RemoteConnectBaselineCpuRet,
  RemoteDomainGetJobInfoArgs,
  RemoteDomainGetJobInfoRet,
  RemoteDomainGetJobStatsArgs,
  RemoteDomainGetJobStatsRet,
  RemoteDomainAbortJobArgs,
  RemoteDomainAbortJobFlagsArgs,
  RemoteDomainMigrateGetMaxDowntimeArgs,
  RemoteDomainMigrateGetMaxDowntimeRet,
  RemoteDomainMigrateSetMaxDowntimeArgs,
  RemoteDomainMigrateGetCompressionCacheArgs,
  RemoteDomainMigrateGetCompressionCacheRet,
  RemoteDomainMigrateSetCompressionCacheArgs,
  RemoteDomainMigrateSetMaxSpeedArgs,
  RemoteDomainMigrateGetMaxSpeedArgs,
  RemoteDomainMigrateGetMaxSpeedRet,
  RemoteConnectDomainEventRegisterAnyArgs,
  RemoteConnectDomainEventDeregisterAnyArgs,
  RemoteConnectDomainEventCallbackRegisterAnyArgs,
  RemoteConnectDomainEventCallbackRegisterAnyRet,
  RemoteConnectDomainEventCallbackDeregisterAnyArgs,
  RemoteDomainEventRebootMsg,
  RemoteDomainEventCallbackRebootMsg,
  RemoteDomainEventRtcChangeMsg,
  RemoteDomainEventCallbackRtcChangeMsg,
  RemoteDomainEventWatchdogMsg,
  RemoteDomainEventCallbackWatchdogMsg,
  RemoteDomainEventIoErrorMsg,
  RemoteDomainEventCallbackIoErrorMsg,
  RemoteDomainEventIoErrorReasonMsg,
  RemoteDomainEventCallbackIoErrorReasonMsg,
  RemoteDomainEventGraphicsAddress,
  RemoteDomainEventGraphicsIdentity,
  RemoteDomainEventGraphicsMsg,
  RemoteDomainEventCallbackGraphicsMsg,
  RemoteDomainEventBlockJobMsg,
  RemoteDomainEventCallbackBlockJobMsg,
  RemoteDomainEventDiskChangeMsg,
  RemoteDomainEventCallbackDiskChangeMsg,
  RemoteDomainEventTrayChangeMsg,
  RemoteDomainEventCallbackTrayChangeMsg,
  RemoteDomainEventPmwakeupMsg,
  RemoteDomainEventCallbackPmwakeupMsg,
  RemoteDomainEventPmsuspendMsg,
  RemoteDomainEventCallbackPmsuspendMsg,
  RemoteDomainEventBalloonChangeMsg,
  RemoteDomainEventCallbackBalloonChangeMsg,
  RemoteDomainEventPmsuspendDiskMsg,
  RemoteDomainEventCallbackPmsuspendDiskMsg,
  RemoteDomainManagedSaveArgs,
  RemoteDomainHasManagedSaveImageArgs,
  RemoteDomainHasManagedSaveImageRet,
  RemoteDomainManagedSaveRemoveArgs,
  RemoteDomainManagedSaveGetXmlDescArgs,
  RemoteDomainManagedSaveGetXmlDescRet,
  RemoteDomainManagedSaveDefineXmlArgs,
  RemoteDomainSnapshotCreateXmlArgs,
  RemoteDomainSnapshotCreateXmlRet,
  RemoteDomainSnapshotGetXmlDescArgs,
  RemoteDomainSnapshotGetXmlDescRet,
  RemoteDomainSnapshotNumArgs,
  RemoteDomainSnapshotNumRet,
  RemoteDomainSnapshotListNamesArgs,
  RemoteDomainSnapshotListNamesRet,
  RemoteDomainListAllSnapshotsArgs,
  RemoteDomainListAllSnapshotsRet,
  RemoteDomainSnapshotNumChildrenArgs,
  RemoteDomainSnapshotNumChildrenRet,
  RemoteDomainSnapshotListChildrenNamesArgs,
  RemoteDomainSnapshotListChildrenNamesRet,
  RemoteDomainSnapshotListAllChildrenArgs,
  RemoteDomainSnapshotListAllChildrenRet,
  RemoteDomainSnapshotLookupByNameArgs,
  RemoteDomainSnapshotLookupByNameRet,
  RemoteDomainHasCurrentSnapshotArgs,
  RemoteDomainHasCurrentSnapshotRet,
  RemoteDomainSnapshotGetParentArgs,
  RemoteDomainSnapshotGetParentRet,
  RemoteDomainSnapshotCurrentArgs,
  RemoteDomainSnapshotCurrentRet,
  RemoteDomainSnapshotIsCurrentArgs,
  RemoteDomainSnapshotIsCurrentRet,
  RemoteDomainSnapshotHasMetadataArgs,
  RemoteDomainSnapshotHasMetadataRet,
  RemoteDomainRevertToSnapshotArgs,
  RemoteDomainSnapshotDeleteArgs,
  RemoteDomainOpenConsoleArgs,
  RemoteDomainOpenChannelArgs,
  RemoteStorageVolUploadArgs,
  RemoteStorageVolDownloadArgs,
  RemoteDomainGetStateArgs,
  RemoteDomainGetStateRet,
  RemoteDomainMigrateBegin3Args,
  RemoteDomainMigrateBegin3Ret,
  RemoteDomainMigratePrepare3Args,
  RemoteDomainMigratePrepare3Ret,
  RemoteDomainMigratePrepareTunnel3Args,
  RemoteDomainMigratePrepareTunnel3Ret,
  RemoteDomainMigratePerform3Args,
  RemoteDomainMigratePerform3Ret,
  RemoteDomainMigrateFinish3Args,
  RemoteDomainMigrateFinish3Ret,
  RemoteDomainMigrateConfirm3Args,
  RemoteDomainEventControlErrorMsg,
  RemoteDomainEventCallbackControlErrorMsg,
  RemoteDomainGetControlInfoArgs,
  RemoteDomainGetControlInfoRet,
  RemoteDomainOpenGraphicsArgs,
  RemoteDomainOpenGraphicsFdArgs,
  RemoteNodeSuspendForDurationArgs,
  RemoteDomainShutdownFlagsArgs,
  RemoteDomainGetDiskErrorsArgs,
  RemoteDomainGetDiskErrorsRet,
  RemoteConnectListAllDomainsArgs,
  RemoteConnectListAllDomainsRet,
  RemoteConnectListAllStoragePoolsArgs,
  RemoteConnectListAllStoragePoolsRet,
  RemoteStoragePoolListAllVolumesArgs,
  RemoteStoragePoolListAllVolumesRet,
  RemoteConnectListAllNetworksArgs,
  RemoteConnectListAllNetworksRet,
  RemoteConnectListAllInterfacesArgs,
  RemoteConnectListAllInterfacesRet,
  RemoteConnectListAllNodeDevicesArgs,
  RemoteConnectListAllNodeDevicesRet,
  RemoteConnectListAllNwfiltersArgs,
  RemoteConnectListAllNwfiltersRet,
  RemoteConnectListAllSecretsArgs,
  RemoteConnectListAllSecretsRet,
  RemoteNodeSetMemoryParametersArgs,
  RemoteNodeGetMemoryParametersArgs,
  RemoteNodeGetMemoryParametersRet,
  RemoteNodeGetCpuMapArgs,
  RemoteNodeGetCpuMapRet,
  RemoteDomainFstrimArgs,
  RemoteDomainGetTimeArgs,
  RemoteDomainGetTimeRet,
  RemoteDomainSetTimeArgs,
  RemoteDomainMigrateBegin3ParamsArgs,
  RemoteDomainMigrateBegin3ParamsRet,
  RemoteDomainMigratePrepare3ParamsArgs,
  RemoteDomainMigratePrepare3ParamsRet,
  RemoteDomainMigratePrepareTunnel3ParamsArgs,
  RemoteDomainMigratePrepareTunnel3ParamsRet,
  RemoteDomainMigratePerform3ParamsArgs,
  RemoteDomainMigratePerform3ParamsRet,
  RemoteDomainMigrateFinish3ParamsArgs,
  RemoteDomainMigrateFinish3ParamsRet,
  RemoteDomainMigrateConfirm3ParamsArgs,
  RemoteDomainEventDeviceRemovedMsg,
  RemoteDomainEventCallbackDeviceRemovedMsg,
  RemoteDomainEventBlockJob2Msg,
  RemoteDomainEventBlockThresholdMsg,
  RemoteDomainEventCallbackTunableMsg,
  RemoteDomainEventCallbackDeviceAddedMsg,
  RemoteConnectEventConnectionClosedMsg,
  RemoteConnectGetCpuModelNamesArgs,
  RemoteConnectGetCpuModelNamesRet,
  RemoteConnectNetworkEventRegisterAnyArgs,
  RemoteConnectNetworkEventRegisterAnyRet,
  RemoteConnectNetworkEventDeregisterAnyArgs,
  RemoteNetworkEventLifecycleMsg,
  RemoteConnectStoragePoolEventRegisterAnyArgs,
  RemoteConnectStoragePoolEventRegisterAnyRet,
  RemoteConnectStoragePoolEventDeregisterAnyArgs,
  RemoteStoragePoolEventLifecycleMsg,
  RemoteStoragePoolEventRefreshMsg,
  RemoteConnectNodeDeviceEventRegisterAnyArgs,
  RemoteConnectNodeDeviceEventRegisterAnyRet,
  RemoteConnectNodeDeviceEventDeregisterAnyArgs,
  RemoteNodeDeviceEventLifecycleMsg,
  RemoteNodeDeviceEventUpdateMsg,
  RemoteDomainFsfreezeArgs,
  RemoteDomainFsfreezeRet,
  RemoteDomainFsthawArgs,
  RemoteDomainFsthawRet,
  RemoteNodeGetFreePagesArgs,
  RemoteNodeGetFreePagesRet,
  RemoteNodeAllocPagesArgs,
  RemoteNodeAllocPagesRet,
  RemoteNetworkDhcpLease,
  RemoteNetworkGetDhcpLeasesArgs,
  RemoteNetworkGetDhcpLeasesRet,
  RemoteDomainStatsRecord,
  RemoteConnectGetAllDomainStatsArgs,
  RemoteDomainEventCallbackAgentLifecycleMsg,
  RemoteConnectGetAllDomainStatsRet,
  RemoteDomainFsinfo,
  RemoteDomainGetFsinfoArgs,
  RemoteDomainGetFsinfoRet,
  RemoteDomainIpAddr,
  RemoteDomainInterface,
  RemoteDomainInterfaceAddressesArgs,
  RemoteDomainInterfaceAddressesRet,
  RemoteDomainSetUserPasswordArgs,
  RemoteDomainRenameArgs,
  RemoteDomainRenameRet,
  RemoteDomainEventCallbackMigrationIterationMsg,
  RemoteDomainEventCallbackJobCompletedMsg,
  RemoteDomainMigrateStartPostCopyArgs,
  RemoteDomainEventCallbackDeviceRemovalFailedMsg,
  RemoteDomainGetGuestVcpusArgs,
  RemoteDomainGetGuestVcpusRet,
  RemoteDomainSetGuestVcpusArgs,
  RemoteDomainSetVcpuArgs,
  RemoteDomainEventCallbackMetadataChangeMsg,
  RemoteDomainEventMemoryFailureMsg,
  RemoteConnectSecretEventRegisterAnyArgs,
  RemoteConnectSecretEventRegisterAnyRet,
  RemoteConnectSecretEventDeregisterAnyArgs,
  RemoteSecretEventLifecycleMsg,
  RemoteSecretEventValueChangedMsg,
  RemoteDomainSetBlockThresholdArgs,
  RemoteDomainSetLifecycleActionArgs,
  RemoteConnectCompareHypervisorCpuArgs,
  RemoteConnectCompareHypervisorCpuRet,
  RemoteConnectBaselineHypervisorCpuArgs,
  RemoteConnectBaselineHypervisorCpuRet,
  RemoteNodeGetSevInfoArgs,
  RemoteNodeGetSevInfoRet,
  RemoteDomainGetLaunchSecurityInfoArgs,
  RemoteDomainGetLaunchSecurityInfoRet,
  RemoteDomainSetLaunchSecurityStateArgs,
  RemoteNwfilterBindingLookupByPortDevArgs,
  RemoteNwfilterBindingLookupByPortDevRet,
  RemoteNwfilterBindingCreateXmlArgs,
  RemoteNwfilterBindingCreateXmlRet,
  RemoteNwfilterBindingDeleteArgs,
  RemoteNwfilterBindingGetXmlDescArgs,
  RemoteNwfilterBindingGetXmlDescRet,
  RemoteConnectListAllNwfilterBindingsArgs,
  RemoteConnectListAllNwfilterBindingsRet,
  RemoteConnectGetStoragePoolCapabilitiesArgs,
  RemoteConnectGetStoragePoolCapabilitiesRet,
  RemoteNetworkListAllPortsArgs,
  RemoteNetworkListAllPortsRet,
  RemoteNetworkPortLookupByUuidArgs,
  RemoteNetworkPortLookupByUuidRet,
  RemoteNetworkPortCreateXmlArgs,
  RemoteNetworkPortCreateXmlRet,
  RemoteNetworkPortSetParametersArgs,
  RemoteNetworkPortGetParametersArgs,
  RemoteNetworkPortGetParametersRet,
  RemoteNetworkPortGetXmlDescArgs,
  RemoteNetworkPortGetXmlDescRet,
  RemoteNetworkPortDeleteArgs,
  RemoteDomainCheckpointCreateXmlArgs,
  RemoteDomainCheckpointCreateXmlRet,
  RemoteDomainCheckpointGetXmlDescArgs,
  RemoteDomainCheckpointGetXmlDescRet,
  RemoteDomainListAllCheckpointsArgs,
  RemoteDomainListAllCheckpointsRet,
  RemoteDomainCheckpointListAllChildrenArgs,
  RemoteDomainCheckpointListAllChildrenRet,
  RemoteDomainCheckpointLookupByNameArgs,
  RemoteDomainCheckpointLookupByNameRet,
  RemoteDomainCheckpointGetParentArgs,
  RemoteDomainCheckpointGetParentRet,
  RemoteDomainCheckpointDeleteArgs,
  RemoteDomainGetGuestInfoArgs,
  RemoteDomainGetGuestInfoRet,
  RemoteConnectSetIdentityArgs,
  RemoteDomainAgentSetResponseTimeoutArgs,
  RemoteDomainAgentSetResponseTimeoutRet,
  RemoteDomainBackupBeginArgs,
  RemoteDomainBackupGetXmlDescArgs,
  RemoteDomainBackupGetXmlDescRet,
  RemoteDomainAuthorizedSshKeysGetArgs,
  RemoteDomainAuthorizedSshKeysGetRet,
  RemoteDomainAuthorizedSshKeysSetArgs,
  RemoteDomainGetMessagesArgs,
  RemoteDomainGetMessagesRet,
  RemoteDomainStartDirtyRateCalcArgs,
  RemoteDomainEventMemoryDeviceSizeChangeMsg,
  RemoteDomainFdAssociateArgs,
  RemoteProcedureArgs,
  RemoteProcedureRet,
};
