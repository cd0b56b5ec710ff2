// generated, do not edit, run npm run generate:rpc
// from libvirt's src/remote/remote_protocol.x: constants, every type as a TypeScript type and an XDR shape (libvirt/rpc/codec.ts), every procedure.
import type { ProcedureSpec, XdrShape } from "../codec";

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
const remote_nonnull_string: XdrShape = "s4194304";

/** remote_string (src/remote/remote_protocol.x:54) */
type RemoteString = RemoteNonnullString | null;
const remote_string: XdrShape = "?s4194304";

/** remote_uuid (src/remote/remote_protocol.x:297): 16 bytes on the wire, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" here. */
type RemoteUuid = string;
const remote_uuid: XdrShape = "U";

/** remote_nonnull_domain (src/remote/remote_protocol.x:300) */
interface RemoteNonnullDomain {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
  id: number;
}
const remote_nonnull_domain: XdrShape = "{name:s4194304,uuid:U,id:i}";

/** remote_nonnull_network (src/remote/remote_protocol.x:307) */
interface RemoteNonnullNetwork {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_network: XdrShape = "{name:s4194304,uuid:U}";

/** remote_nonnull_network_port (src/remote/remote_protocol.x:312) */
interface RemoteNonnullNetworkPort {
  net: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
const remote_nonnull_network_port: XdrShape = "{net:{name:s4194304,uuid:U},uuid:U}";

/** remote_nonnull_nwfilter (src/remote/remote_protocol.x:318) */
interface RemoteNonnullNwfilter {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_nwfilter: XdrShape = "{name:s4194304,uuid:U}";

/** remote_nonnull_nwfilter_binding (src/remote/remote_protocol.x:324) */
interface RemoteNonnullNwfilterBinding {
  portdev: RemoteNonnullString;
  filtername: RemoteNonnullString;
}
const remote_nonnull_nwfilter_binding: XdrShape = "{portdev:s4194304,filtername:s4194304}";

/** remote_nonnull_interface (src/remote/remote_protocol.x:330) */
interface RemoteNonnullInterface {
  name: RemoteNonnullString;
  mac: RemoteNonnullString;
}
const remote_nonnull_interface: XdrShape = "{name:s4194304,mac:s4194304}";

/** remote_nonnull_storage_pool (src/remote/remote_protocol.x:336) */
interface RemoteNonnullStoragePool {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
const remote_nonnull_storage_pool: XdrShape = "{name:s4194304,uuid:U}";

/** remote_nonnull_storage_vol (src/remote/remote_protocol.x:342) */
interface RemoteNonnullStorageVol {
  pool: RemoteNonnullString;
  name: RemoteNonnullString;
  key: RemoteNonnullString;
}
const remote_nonnull_storage_vol: XdrShape = "{pool:s4194304,name:s4194304,key:s4194304}";

/** remote_nonnull_node_device (src/remote/remote_protocol.x:349) */
interface RemoteNonnullNodeDevice {
  name: RemoteNonnullString;
}
const remote_nonnull_node_device: XdrShape = "{name:s4194304}";

/** remote_nonnull_secret (src/remote/remote_protocol.x:354) */
interface RemoteNonnullSecret {
  uuid: RemoteUuid;
  usageType: number;
  usageID: RemoteNonnullString;
}
const remote_nonnull_secret: XdrShape = "{uuid:U,usageType:i,usageID:s4194304}";

/** remote_nonnull_domain_checkpoint (src/remote/remote_protocol.x:361) */
interface RemoteNonnullDomainCheckpoint {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
const remote_nonnull_domain_checkpoint: XdrShape = "{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}";

/** remote_nonnull_domain_snapshot (src/remote/remote_protocol.x:367) */
interface RemoteNonnullDomainSnapshot {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
const remote_nonnull_domain_snapshot: XdrShape = "{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain (src/remote/remote_protocol.x:373) */
type RemoteDomain = RemoteNonnullDomain | null;
const remote_domain: XdrShape = "?{name:s4194304,uuid:U,id:i}";

/** remote_network (src/remote/remote_protocol.x:374) */
type RemoteNetwork = RemoteNonnullNetwork | null;
const remote_network: XdrShape = "?{name:s4194304,uuid:U}";

/** remote_network_port (src/remote/remote_protocol.x:375) */
type RemoteNetworkPort = RemoteNonnullNetworkPort | null;
const remote_network_port: XdrShape = "?{net:{name:s4194304,uuid:U},uuid:U}";

/** remote_nwfilter (src/remote/remote_protocol.x:376) */
type RemoteNwfilter = RemoteNonnullNwfilter | null;
const remote_nwfilter: XdrShape = "?{name:s4194304,uuid:U}";

/** remote_nwfilter_binding (src/remote/remote_protocol.x:377) */
type RemoteNwfilterBinding = RemoteNonnullNwfilterBinding | null;
const remote_nwfilter_binding: XdrShape = "?{portdev:s4194304,filtername:s4194304}";

/** remote_storage_pool (src/remote/remote_protocol.x:378) */
type RemoteStoragePool = RemoteNonnullStoragePool | null;
const remote_storage_pool: XdrShape = "?{name:s4194304,uuid:U}";

/** remote_storage_vol (src/remote/remote_protocol.x:379) */
type RemoteStorageVol = RemoteNonnullStorageVol | null;
const remote_storage_vol: XdrShape = "?{pool:s4194304,name:s4194304,key:s4194304}";

/** remote_node_device (src/remote/remote_protocol.x:380) */
type RemoteNodeDevice = RemoteNonnullNodeDevice | null;
const remote_node_device: XdrShape = "?{name:s4194304}";

/** remote_secret (src/remote/remote_protocol.x:381) */
type RemoteSecret = RemoteNonnullSecret | null;
const remote_secret: XdrShape = "?{uuid:U,usageType:i,usageID:s4194304}";

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
const remote_error: XdrShape =
  "{code:i,domain:i,message:?s4194304,level:i,dom:?{name:s4194304,uuid:U,id:i},str1:?s4194304,str2:?s4194304,str3:?s4194304,int1:i,int2:i,net:?{name:s4194304,uuid:U}}";

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
const remote_vcpu_info: XdrShape = "{number:u,state:i,cpu_time:H,cpu:i}";

/** remote_typed_param_value (src/remote/remote_protocol.x:424) */
type RemoteTypedParamValue =
  | { type: 1; i: number }
  | { type: 2; ui: number }
  | { type: 3; l: number }
  | { type: 4; ul: number }
  | { type: 5; d: number }
  | { type: 6; b: number }
  | { type: 7; s: RemoteNonnullString };
const remote_typed_param_value: XdrShape = "<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>";

/** remote_typed_param (src/remote/remote_protocol.x:441) */
interface RemoteTypedParam {
  field: RemoteNonnullString;
  value: RemoteTypedParamValue;
}
const remote_typed_param: XdrShape = "{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}";

/** remote_node_get_cpu_stats (src/remote/remote_protocol.x:446) */
interface RemoteNodeGetCpuStats {
  field: RemoteNonnullString;
  value: number;
}
const remote_node_get_cpu_stats: XdrShape = "{field:s4194304,value:H}";

/** remote_node_get_memory_stats (src/remote/remote_protocol.x:451) */
interface RemoteNodeGetMemoryStats {
  field: RemoteNonnullString;
  value: number;
}
const remote_node_get_memory_stats: XdrShape = "{field:s4194304,value:H}";

/** remote_domain_disk_error (src/remote/remote_protocol.x:456) */
interface RemoteDomainDiskError {
  disk: RemoteNonnullString;
  error: number;
}
const remote_domain_disk_error: XdrShape = "{disk:s4194304,error:i}";

/** remote_connect_open_args (src/remote/remote_protocol.x:488) */
interface RemoteConnectOpenArgs {
  name: RemoteString;
  flags: number;
}
const remote_connect_open_args: XdrShape = "{name:?s4194304,flags:u}";

/** remote_connect_supports_feature_args (src/remote/remote_protocol.x:496) */
interface RemoteConnectSupportsFeatureArgs {
  feature: number;
}
const remote_connect_supports_feature_args: XdrShape = "{feature:i}";

/** remote_connect_supports_feature_ret (src/remote/remote_protocol.x:500) */
interface RemoteConnectSupportsFeatureRet {
  supported: number;
}
const remote_connect_supports_feature_ret: XdrShape = "{supported:i}";

/** remote_connect_get_type_ret (src/remote/remote_protocol.x:504) */
interface RemoteConnectGetTypeRet {
  type: RemoteNonnullString;
}
const remote_connect_get_type_ret: XdrShape = "{type:s4194304}";

/** remote_connect_get_version_ret (src/remote/remote_protocol.x:508) */
interface RemoteConnectGetVersionRet {
  hv_ver: number;
}
const remote_connect_get_version_ret: XdrShape = "{hv_ver:H}";

/** remote_connect_get_lib_version_ret (src/remote/remote_protocol.x:512) */
interface RemoteConnectGetLibVersionRet {
  lib_ver: number;
}
const remote_connect_get_lib_version_ret: XdrShape = "{lib_ver:H}";

/** remote_connect_get_hostname_ret (src/remote/remote_protocol.x:516) */
interface RemoteConnectGetHostnameRet {
  hostname: RemoteNonnullString;
}
const remote_connect_get_hostname_ret: XdrShape = "{hostname:s4194304}";

/** remote_connect_get_sysinfo_args (src/remote/remote_protocol.x:520) */
interface RemoteConnectGetSysinfoArgs {
  flags: number;
}
const remote_connect_get_sysinfo_args: XdrShape = "{flags:u}";

/** remote_connect_get_sysinfo_ret (src/remote/remote_protocol.x:524) */
interface RemoteConnectGetSysinfoRet {
  sysinfo: RemoteNonnullString;
}
const remote_connect_get_sysinfo_ret: XdrShape = "{sysinfo:s4194304}";

/** remote_connect_get_uri_ret (src/remote/remote_protocol.x:528) */
interface RemoteConnectGetUriRet {
  uri: RemoteNonnullString;
}
const remote_connect_get_uri_ret: XdrShape = "{uri:s4194304}";

/** remote_connect_get_max_vcpus_args (src/remote/remote_protocol.x:532) */
interface RemoteConnectGetMaxVcpusArgs {
  type: RemoteString;
}
const remote_connect_get_max_vcpus_args: XdrShape = "{type:?s4194304}";

/** remote_connect_get_max_vcpus_ret (src/remote/remote_protocol.x:539) */
interface RemoteConnectGetMaxVcpusRet {
  max_vcpus: number;
}
const remote_connect_get_max_vcpus_ret: XdrShape = "{max_vcpus:i}";

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
const remote_node_get_info_ret: XdrShape = "{model:A32:c,memory:H,cpus:i,mhz:i,nodes:i,sockets:i,cores:i,threads:i}";

/** remote_connect_get_capabilities_ret (src/remote/remote_protocol.x:554) */
interface RemoteConnectGetCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_capabilities_ret: XdrShape = "{capabilities:s4194304}";

/** remote_connect_get_domain_capabilities_args (src/remote/remote_protocol.x:558) */
interface RemoteConnectGetDomainCapabilitiesArgs {
  emulatorbin: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  flags: number;
}
const remote_connect_get_domain_capabilities_args: XdrShape =
  "{emulatorbin:?s4194304,arch:?s4194304,machine:?s4194304,virttype:?s4194304,flags:u}";

/** remote_connect_get_domain_capabilities_ret (src/remote/remote_protocol.x:566) */
interface RemoteConnectGetDomainCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_domain_capabilities_ret: XdrShape = "{capabilities:s4194304}";

/** remote_node_get_cpu_stats_args (src/remote/remote_protocol.x:570) */
interface RemoteNodeGetCpuStatsArgs {
  cpuNum: number;
  nparams: number;
  flags: number;
}
const remote_node_get_cpu_stats_args: XdrShape = "{cpuNum:i,nparams:i,flags:u}";

/** remote_node_get_cpu_stats_ret (src/remote/remote_protocol.x:576) */
interface RemoteNodeGetCpuStatsRet {
  params: RemoteNodeGetCpuStats[];
  nparams: number;
}
const remote_node_get_cpu_stats_ret: XdrShape = "{params:a16:{field:s4194304,value:H},nparams:i}";

/** remote_node_get_memory_stats_args (src/remote/remote_protocol.x:581) */
interface RemoteNodeGetMemoryStatsArgs {
  nparams: number;
  cellNum: number;
  flags: number;
}
const remote_node_get_memory_stats_args: XdrShape = "{nparams:i,cellNum:i,flags:u}";

/** remote_node_get_memory_stats_ret (src/remote/remote_protocol.x:587) */
interface RemoteNodeGetMemoryStatsRet {
  params: RemoteNodeGetMemoryStats[];
  nparams: number;
}
const remote_node_get_memory_stats_ret: XdrShape = "{params:a16:{field:s4194304,value:H},nparams:i}";

/** remote_node_get_cells_free_memory_args (src/remote/remote_protocol.x:592) */
interface RemoteNodeGetCellsFreeMemoryArgs {
  startCell: number;
  maxcells: number;
}
const remote_node_get_cells_free_memory_args: XdrShape = "{startCell:i,maxcells:i}";

/** remote_node_get_cells_free_memory_ret (src/remote/remote_protocol.x:597) */
interface RemoteNodeGetCellsFreeMemoryRet {
  cells: number[];
}
const remote_node_get_cells_free_memory_ret: XdrShape = "{cells:a1024:H}";

/** remote_node_get_free_memory_ret (src/remote/remote_protocol.x:601) */
interface RemoteNodeGetFreeMemoryRet {
  freeMem: number;
}
const remote_node_get_free_memory_ret: XdrShape = "{freeMem:H}";

/** remote_domain_get_scheduler_type_args (src/remote/remote_protocol.x:605) */
interface RemoteDomainGetSchedulerTypeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_scheduler_type_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_scheduler_type_ret (src/remote/remote_protocol.x:609) */
interface RemoteDomainGetSchedulerTypeRet {
  type: RemoteNonnullString;
  nparams: number;
}
const remote_domain_get_scheduler_type_ret: XdrShape = "{type:s4194304,nparams:i}";

/** remote_domain_get_scheduler_parameters_args (src/remote/remote_protocol.x:614) */
interface RemoteDomainGetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
}
const remote_domain_get_scheduler_parameters_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:i}";

/** remote_domain_get_scheduler_parameters_ret (src/remote/remote_protocol.x:619) */
interface RemoteDomainGetSchedulerParametersRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_scheduler_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_get_scheduler_parameters_flags_args (src/remote/remote_protocol.x:623) */
interface RemoteDomainGetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_scheduler_parameters_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:i,flags:u}";

/** remote_domain_get_scheduler_parameters_flags_ret (src/remote/remote_protocol.x:629) */
interface RemoteDomainGetSchedulerParametersFlagsRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_scheduler_parameters_flags_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_set_scheduler_parameters_args (src/remote/remote_protocol.x:633) */
interface RemoteDomainSetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_set_scheduler_parameters_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_set_scheduler_parameters_flags_args (src/remote/remote_protocol.x:638) */
interface RemoteDomainSetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_scheduler_parameters_flags_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_set_blkio_parameters_args (src/remote/remote_protocol.x:644) */
interface RemoteDomainSetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_blkio_parameters_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_blkio_parameters_args (src/remote/remote_protocol.x:650) */
interface RemoteDomainGetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_blkio_parameters_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:i,flags:u}";

/** remote_domain_get_blkio_parameters_ret (src/remote/remote_protocol.x:656) */
interface RemoteDomainGetBlkioParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_blkio_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_set_memory_parameters_args (src/remote/remote_protocol.x:661) */
interface RemoteDomainSetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_memory_parameters_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_memory_parameters_args (src/remote/remote_protocol.x:667) */
interface RemoteDomainGetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_memory_parameters_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:i,flags:u}";

/** remote_domain_get_memory_parameters_ret (src/remote/remote_protocol.x:673) */
interface RemoteDomainGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_memory_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_block_resize_args (src/remote/remote_protocol.x:678) */
interface RemoteDomainBlockResizeArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  size: number;
  flags: number;
}
const remote_domain_block_resize_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},disk:s4194304,size:H,flags:u}";

/** remote_domain_set_numa_parameters_args (src/remote/remote_protocol.x:685) */
interface RemoteDomainSetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_numa_parameters_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_numa_parameters_args (src/remote/remote_protocol.x:691) */
interface RemoteDomainGetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
const remote_domain_get_numa_parameters_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:i,flags:u}";

/** remote_domain_get_numa_parameters_ret (src/remote/remote_protocol.x:697) */
interface RemoteDomainGetNumaParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_numa_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_set_perf_events_args (src/remote/remote_protocol.x:702) */
interface RemoteDomainSetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_perf_events_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_perf_events_args (src/remote/remote_protocol.x:708) */
interface RemoteDomainGetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_perf_events_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_perf_events_ret (src/remote/remote_protocol.x:713) */
interface RemoteDomainGetPerfEventsRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_perf_events_ret: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_block_stats_args (src/remote/remote_protocol.x:717) */
interface RemoteDomainBlockStatsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
}
const remote_domain_block_stats_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304}";

/** remote_domain_block_stats_ret (src/remote/remote_protocol.x:722) */
interface RemoteDomainBlockStatsRet {
  rd_req: number;
  rd_bytes: number;
  wr_req: number;
  wr_bytes: number;
  errs: number;
}
const remote_domain_block_stats_ret: XdrShape = "{rd_req:h,rd_bytes:h,wr_req:h,wr_bytes:h,errs:h}";

/** remote_domain_block_stats_flags_args (src/remote/remote_protocol.x:730) */
interface RemoteDomainBlockStatsFlagsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  nparams: number;
  flags: number;
}
const remote_domain_block_stats_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,nparams:i,flags:u}";

/** remote_domain_block_stats_flags_ret (src/remote/remote_protocol.x:737) */
interface RemoteDomainBlockStatsFlagsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_block_stats_flags_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_interface_stats_args (src/remote/remote_protocol.x:742) */
interface RemoteDomainInterfaceStatsArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
}
const remote_domain_interface_stats_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},device:s4194304}";

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
const remote_domain_interface_stats_ret: XdrShape =
  "{rx_bytes:h,rx_packets:h,rx_errs:h,rx_drop:h,tx_bytes:h,tx_packets:h,tx_errs:h,tx_drop:h}";

/** remote_domain_set_interface_parameters_args (src/remote/remote_protocol.x:758) */
interface RemoteDomainSetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_interface_parameters_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},device:s4194304,params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_interface_parameters_args (src/remote/remote_protocol.x:765) */
interface RemoteDomainGetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  nparams: number;
  flags: number;
}
const remote_domain_get_interface_parameters_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},device:s4194304,nparams:i,flags:u}";

/** remote_domain_get_interface_parameters_ret (src/remote/remote_protocol.x:772) */
interface RemoteDomainGetInterfaceParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_interface_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_memory_stats_args (src/remote/remote_protocol.x:777) */
interface RemoteDomainMemoryStatsArgs {
  dom: RemoteNonnullDomain;
  maxStats: number;
  flags: number;
}
const remote_domain_memory_stats_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},maxStats:u,flags:u}";

/** remote_domain_memory_stat (src/remote/remote_protocol.x:783) */
interface RemoteDomainMemoryStat {
  tag: number;
  val: number;
}
const remote_domain_memory_stat: XdrShape = "{tag:i,val:H}";

/** remote_domain_memory_stats_ret (src/remote/remote_protocol.x:788) */
interface RemoteDomainMemoryStatsRet {
  stats: RemoteDomainMemoryStat[];
}
const remote_domain_memory_stats_ret: XdrShape = "{stats:a1024:{tag:i,val:H}}";

/** remote_domain_block_peek_args (src/remote/remote_protocol.x:792) */
interface RemoteDomainBlockPeekArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  offset: number;
  size: number;
  flags: number;
}
const remote_domain_block_peek_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,offset:H,size:u,flags:u}";

/** remote_domain_block_peek_ret (src/remote/remote_protocol.x:800) */
interface RemoteDomainBlockPeekRet {
  buffer: Buffer;
}
const remote_domain_block_peek_ret: XdrShape = "{buffer:o4194304}";

/** remote_domain_memory_peek_args (src/remote/remote_protocol.x:804) */
interface RemoteDomainMemoryPeekArgs {
  dom: RemoteNonnullDomain;
  offset: number;
  size: number;
  flags: number;
}
const remote_domain_memory_peek_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},offset:H,size:u,flags:u}";

/** remote_domain_memory_peek_ret (src/remote/remote_protocol.x:811) */
interface RemoteDomainMemoryPeekRet {
  buffer: Buffer;
}
const remote_domain_memory_peek_ret: XdrShape = "{buffer:o4194304}";

/** remote_domain_get_block_info_args (src/remote/remote_protocol.x:815) */
interface RemoteDomainGetBlockInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_get_block_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,flags:u}";

/** remote_domain_get_block_info_ret (src/remote/remote_protocol.x:821) */
interface RemoteDomainGetBlockInfoRet {
  allocation: number;
  capacity: number;
  physical: number;
}
const remote_domain_get_block_info_ret: XdrShape = "{allocation:H,capacity:H,physical:H}";

/** remote_connect_list_domains_args (src/remote/remote_protocol.x:827) */
interface RemoteConnectListDomainsArgs {
  maxids: number;
}
const remote_connect_list_domains_args: XdrShape = "{maxids:i}";

/** remote_connect_list_domains_ret (src/remote/remote_protocol.x:831) */
interface RemoteConnectListDomainsRet {
  ids: number[];
}
const remote_connect_list_domains_ret: XdrShape = "{ids:a16384:i}";

/** remote_connect_num_of_domains_ret (src/remote/remote_protocol.x:835) */
interface RemoteConnectNumOfDomainsRet {
  num: number;
}
const remote_connect_num_of_domains_ret: XdrShape = "{num:i}";

/** remote_domain_create_xml_args (src/remote/remote_protocol.x:839) */
interface RemoteDomainCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_create_xml_args: XdrShape = "{xml_desc:s4194304,flags:u}";

/** remote_domain_create_xml_ret (src/remote/remote_protocol.x:844) */
interface RemoteDomainCreateXmlRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_xml_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_create_xml_with_files_args (src/remote/remote_protocol.x:848) */
interface RemoteDomainCreateXmlWithFilesArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_create_xml_with_files_args: XdrShape = "{xml_desc:s4194304,flags:u}";

/** remote_domain_create_xml_with_files_ret (src/remote/remote_protocol.x:853) */
interface RemoteDomainCreateXmlWithFilesRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_xml_with_files_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_lookup_by_id_args (src/remote/remote_protocol.x:857) */
interface RemoteDomainLookupByIdArgs {
  id: number;
}
const remote_domain_lookup_by_id_args: XdrShape = "{id:i}";

/** remote_domain_lookup_by_id_ret (src/remote/remote_protocol.x:861) */
interface RemoteDomainLookupByIdRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_id_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_lookup_by_uuid_args (src/remote/remote_protocol.x:865) */
interface RemoteDomainLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_domain_lookup_by_uuid_args: XdrShape = "{uuid:U}";

/** remote_domain_lookup_by_uuid_ret (src/remote/remote_protocol.x:869) */
interface RemoteDomainLookupByUuidRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_uuid_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_lookup_by_name_args (src/remote/remote_protocol.x:873) */
interface RemoteDomainLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_domain_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_domain_lookup_by_name_ret (src/remote/remote_protocol.x:877) */
interface RemoteDomainLookupByNameRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_lookup_by_name_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_suspend_args (src/remote/remote_protocol.x:881) */
interface RemoteDomainSuspendArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_suspend_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_resume_args (src/remote/remote_protocol.x:885) */
interface RemoteDomainResumeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_resume_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_pm_suspend_for_duration_args (src/remote/remote_protocol.x:889) */
interface RemoteDomainPmSuspendForDurationArgs {
  dom: RemoteNonnullDomain;
  target: number;
  duration: number;
  flags: number;
}
const remote_domain_pm_suspend_for_duration_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},target:u,duration:H,flags:u}";

/** remote_domain_pm_wakeup_args (src/remote/remote_protocol.x:896) */
interface RemoteDomainPmWakeupArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_pm_wakeup_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_shutdown_args (src/remote/remote_protocol.x:901) */
interface RemoteDomainShutdownArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_shutdown_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_reboot_args (src/remote/remote_protocol.x:905) */
interface RemoteDomainRebootArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_reboot_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_reset_args (src/remote/remote_protocol.x:910) */
interface RemoteDomainResetArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_reset_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_destroy_args (src/remote/remote_protocol.x:915) */
interface RemoteDomainDestroyArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_destroy_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_destroy_flags_args (src/remote/remote_protocol.x:919) */
interface RemoteDomainDestroyFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_destroy_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_os_type_args (src/remote/remote_protocol.x:924) */
interface RemoteDomainGetOsTypeArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_os_type_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_os_type_ret (src/remote/remote_protocol.x:928) */
interface RemoteDomainGetOsTypeRet {
  type: RemoteNonnullString;
}
const remote_domain_get_os_type_ret: XdrShape = "{type:s4194304}";

/** remote_domain_get_max_memory_args (src/remote/remote_protocol.x:932) */
interface RemoteDomainGetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_max_memory_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_max_memory_ret (src/remote/remote_protocol.x:936) */
interface RemoteDomainGetMaxMemoryRet {
  memory: number;
}
const remote_domain_get_max_memory_ret: XdrShape = "{memory:H}";

/** remote_domain_set_max_memory_args (src/remote/remote_protocol.x:940) */
interface RemoteDomainSetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: number;
}
const remote_domain_set_max_memory_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},memory:H}";

/** remote_domain_set_memory_args (src/remote/remote_protocol.x:945) */
interface RemoteDomainSetMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: number;
}
const remote_domain_set_memory_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},memory:H}";

/** remote_domain_set_memory_flags_args (src/remote/remote_protocol.x:950) */
interface RemoteDomainSetMemoryFlagsArgs {
  dom: RemoteNonnullDomain;
  memory: number;
  flags: number;
}
const remote_domain_set_memory_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},memory:H,flags:u}";

/** remote_domain_set_memory_stats_period_args (src/remote/remote_protocol.x:956) */
interface RemoteDomainSetMemoryStatsPeriodArgs {
  dom: RemoteNonnullDomain;
  period: number;
  flags: number;
}
const remote_domain_set_memory_stats_period_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},period:i,flags:u}";

/** remote_domain_get_info_args (src/remote/remote_protocol.x:962) */
interface RemoteDomainGetInfoArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_info_ret (src/remote/remote_protocol.x:966) */
interface RemoteDomainGetInfoRet {
  state: number;
  maxMem: number;
  memory: number;
  nrVirtCpu: number;
  cpuTime: number;
}
const remote_domain_get_info_ret: XdrShape = "{state:C,maxMem:H,memory:H,nrVirtCpu:T,cpuTime:H}";

/** remote_domain_save_args (src/remote/remote_protocol.x:974) */
interface RemoteDomainSaveArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
}
const remote_domain_save_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},to:s4194304}";

/** remote_domain_save_flags_args (src/remote/remote_protocol.x:979) */
interface RemoteDomainSaveFlagsArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_save_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},to:s4194304,dxml:?s4194304,flags:u}";

/** remote_domain_save_params_args (src/remote/remote_protocol.x:986) */
interface RemoteDomainSaveParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_save_params_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_restore_args (src/remote/remote_protocol.x:992) */
interface RemoteDomainRestoreArgs {
  from: RemoteNonnullString;
}
const remote_domain_restore_args: XdrShape = "{from:s4194304}";

/** remote_domain_restore_flags_args (src/remote/remote_protocol.x:996) */
interface RemoteDomainRestoreFlagsArgs {
  from: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_restore_flags_args: XdrShape = "{from:s4194304,dxml:?s4194304,flags:u}";

/** remote_domain_restore_params_args (src/remote/remote_protocol.x:1002) */
interface RemoteDomainRestoreParamsArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_restore_params_args: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_save_image_get_xml_desc_args (src/remote/remote_protocol.x:1007) */
interface RemoteDomainSaveImageGetXmlDescArgs {
  file: RemoteNonnullString;
  flags: number;
}
const remote_domain_save_image_get_xml_desc_args: XdrShape = "{file:s4194304,flags:u}";

/** remote_domain_save_image_get_xml_desc_ret (src/remote/remote_protocol.x:1012) */
interface RemoteDomainSaveImageGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_save_image_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_save_image_define_xml_args (src/remote/remote_protocol.x:1016) */
interface RemoteDomainSaveImageDefineXmlArgs {
  file: RemoteNonnullString;
  dxml: RemoteNonnullString;
  flags: number;
}
const remote_domain_save_image_define_xml_args: XdrShape = "{file:s4194304,dxml:s4194304,flags:u}";

/** remote_domain_core_dump_args (src/remote/remote_protocol.x:1022) */
interface RemoteDomainCoreDumpArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  flags: number;
}
const remote_domain_core_dump_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},to:s4194304,flags:u}";

/** remote_domain_core_dump_with_format_args (src/remote/remote_protocol.x:1028) */
interface RemoteDomainCoreDumpWithFormatArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dumpformat: number;
  flags: number;
}
const remote_domain_core_dump_with_format_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},to:s4194304,dumpformat:u,flags:u}";

/** remote_domain_screenshot_args (src/remote/remote_protocol.x:1035) */
interface RemoteDomainScreenshotArgs {
  dom: RemoteNonnullDomain;
  screen: number;
  flags: number;
}
const remote_domain_screenshot_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},screen:u,flags:u}";

/** remote_domain_screenshot_ret (src/remote/remote_protocol.x:1041) */
interface RemoteDomainScreenshotRet {
  mime: RemoteString;
}
const remote_domain_screenshot_ret: XdrShape = "{mime:?s4194304}";

/** remote_domain_get_xml_desc_args (src/remote/remote_protocol.x:1045) */
interface RemoteDomainGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_xml_desc_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_xml_desc_ret (src/remote/remote_protocol.x:1050) */
interface RemoteDomainGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_migrate_prepare_args (src/remote/remote_protocol.x:1054) */
interface RemoteDomainMigratePrepareArgs {
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_prepare_args: XdrShape = "{uri_in:?s4194304,flags:H,dname:?s4194304,resource:H}";

/** remote_domain_migrate_prepare_ret (src/remote/remote_protocol.x:1061) */
interface RemoteDomainMigratePrepareRet {
  cookie: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare_ret: XdrShape = "{cookie:o4194304,uri_out:?s4194304}";

/** remote_domain_migrate_perform_args (src/remote/remote_protocol.x:1066) */
interface RemoteDomainMigratePerformArgs {
  dom: RemoteNonnullDomain;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_perform_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},cookie:o4194304,uri:s4194304,flags:H,dname:?s4194304,resource:H}";

/** remote_domain_migrate_finish_args (src/remote/remote_protocol.x:1075) */
interface RemoteDomainMigrateFinishArgs {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
}
const remote_domain_migrate_finish_args: XdrShape = "{dname:s4194304,cookie:o4194304,uri:s4194304,flags:H}";

/** remote_domain_migrate_finish_ret (src/remote/remote_protocol.x:1082) */
interface RemoteDomainMigrateFinishRet {
  ddom: RemoteNonnullDomain;
}
const remote_domain_migrate_finish_ret: XdrShape = "{ddom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_migrate_prepare2_args (src/remote/remote_protocol.x:1086) */
interface RemoteDomainMigratePrepare2Args {
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare2_args: XdrShape = "{uri_in:?s4194304,flags:H,dname:?s4194304,resource:H,dom_xml:s4194304}";

/** remote_domain_migrate_prepare2_ret (src/remote/remote_protocol.x:1094) */
interface RemoteDomainMigratePrepare2Ret {
  cookie: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare2_ret: XdrShape = "{cookie:o4194304,uri_out:?s4194304}";

/** remote_domain_migrate_finish2_args (src/remote/remote_protocol.x:1099) */
interface RemoteDomainMigrateFinish2Args {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: number;
  retcode: number;
}
const remote_domain_migrate_finish2_args: XdrShape = "{dname:s4194304,cookie:o4194304,uri:s4194304,flags:H,retcode:i}";

/** remote_domain_migrate_finish2_ret (src/remote/remote_protocol.x:1107) */
interface RemoteDomainMigrateFinish2Ret {
  ddom: RemoteNonnullDomain;
}
const remote_domain_migrate_finish2_ret: XdrShape = "{ddom:{name:s4194304,uuid:U,id:i}}";

/** remote_connect_list_defined_domains_args (src/remote/remote_protocol.x:1111) */
interface RemoteConnectListDefinedDomainsArgs {
  maxnames: number;
}
const remote_connect_list_defined_domains_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_defined_domains_ret (src/remote/remote_protocol.x:1115) */
interface RemoteConnectListDefinedDomainsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_domains_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_connect_num_of_defined_domains_ret (src/remote/remote_protocol.x:1119) */
interface RemoteConnectNumOfDefinedDomainsRet {
  num: number;
}
const remote_connect_num_of_defined_domains_ret: XdrShape = "{num:i}";

/** remote_domain_create_args (src/remote/remote_protocol.x:1123) */
interface RemoteDomainCreateArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_create_with_flags_args (src/remote/remote_protocol.x:1127) */
interface RemoteDomainCreateWithFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_create_with_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_create_with_flags_ret (src/remote/remote_protocol.x:1132) */
interface RemoteDomainCreateWithFlagsRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_with_flags_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_create_with_files_args (src/remote/remote_protocol.x:1136) */
interface RemoteDomainCreateWithFilesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_create_with_files_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_create_with_files_ret (src/remote/remote_protocol.x:1141) */
interface RemoteDomainCreateWithFilesRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_create_with_files_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_define_xml_args (src/remote/remote_protocol.x:1145) */
interface RemoteDomainDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_domain_define_xml_args: XdrShape = "{xml:s4194304}";

/** remote_domain_define_xml_ret (src/remote/remote_protocol.x:1149) */
interface RemoteDomainDefineXmlRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_define_xml_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_define_xml_flags_args (src/remote/remote_protocol.x:1153) */
interface RemoteDomainDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_define_xml_flags_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_domain_define_xml_flags_ret (src/remote/remote_protocol.x:1158) */
interface RemoteDomainDefineXmlFlagsRet {
  dom: RemoteNonnullDomain;
}
const remote_domain_define_xml_flags_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_undefine_args (src/remote/remote_protocol.x:1162) */
interface RemoteDomainUndefineArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_undefine_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_undefine_flags_args (src/remote/remote_protocol.x:1166) */
interface RemoteDomainUndefineFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_undefine_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_inject_nmi_args (src/remote/remote_protocol.x:1171) */
interface RemoteDomainInjectNmiArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_inject_nmi_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_send_key_args (src/remote/remote_protocol.x:1176) */
interface RemoteDomainSendKeyArgs {
  dom: RemoteNonnullDomain;
  codeset: number;
  holdtime: number;
  keycodes: number[];
  flags: number;
}
const remote_domain_send_key_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},codeset:u,holdtime:u,keycodes:a16:u,flags:u}";

/** remote_domain_send_process_signal_args (src/remote/remote_protocol.x:1184) */
interface RemoteDomainSendProcessSignalArgs {
  dom: RemoteNonnullDomain;
  pid_value: number;
  signum: number;
  flags: number;
}
const remote_domain_send_process_signal_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},pid_value:h,signum:u,flags:u}";

/** remote_domain_set_vcpus_args (src/remote/remote_protocol.x:1191) */
interface RemoteDomainSetVcpusArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
}
const remote_domain_set_vcpus_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nvcpus:u}";

/** remote_domain_set_vcpus_flags_args (src/remote/remote_protocol.x:1196) */
interface RemoteDomainSetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
  flags: number;
}
const remote_domain_set_vcpus_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nvcpus:u,flags:u}";

/** remote_domain_get_vcpus_flags_args (src/remote/remote_protocol.x:1202) */
interface RemoteDomainGetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_vcpus_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_vcpus_flags_ret (src/remote/remote_protocol.x:1207) */
interface RemoteDomainGetVcpusFlagsRet {
  num: number;
}
const remote_domain_get_vcpus_flags_ret: XdrShape = "{num:i}";

/** remote_domain_pin_vcpu_args (src/remote/remote_protocol.x:1211) */
interface RemoteDomainPinVcpuArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
}
const remote_domain_pin_vcpu_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},vcpu:u,cpumap:o2048}";

/** remote_domain_pin_vcpu_flags_args (src/remote/remote_protocol.x:1217) */
interface RemoteDomainPinVcpuFlagsArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_vcpu_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},vcpu:u,cpumap:o2048,flags:u}";

/** remote_domain_get_vcpu_pin_info_args (src/remote/remote_protocol.x:1224) */
interface RemoteDomainGetVcpuPinInfoArgs {
  dom: RemoteNonnullDomain;
  ncpumaps: number;
  maplen: number;
  flags: number;
}
const remote_domain_get_vcpu_pin_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},ncpumaps:i,maplen:i,flags:u}";

/** remote_domain_get_vcpu_pin_info_ret (src/remote/remote_protocol.x:1231) */
interface RemoteDomainGetVcpuPinInfoRet {
  cpumaps: Buffer;
  num: number;
}
const remote_domain_get_vcpu_pin_info_ret: XdrShape = "{cpumaps:o8388608,num:i}";

/** remote_domain_pin_emulator_args (src/remote/remote_protocol.x:1236) */
interface RemoteDomainPinEmulatorArgs {
  dom: RemoteNonnullDomain;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_emulator_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cpumap:o2048,flags:u}";

/** remote_domain_get_emulator_pin_info_args (src/remote/remote_protocol.x:1242) */
interface RemoteDomainGetEmulatorPinInfoArgs {
  dom: RemoteNonnullDomain;
  maplen: number;
  flags: number;
}
const remote_domain_get_emulator_pin_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},maplen:i,flags:u}";

/** remote_domain_get_emulator_pin_info_ret (src/remote/remote_protocol.x:1248) */
interface RemoteDomainGetEmulatorPinInfoRet {
  cpumaps: Buffer;
  ret: number;
}
const remote_domain_get_emulator_pin_info_ret: XdrShape = "{cpumaps:o8388608,ret:i}";

/** remote_domain_get_vcpus_args (src/remote/remote_protocol.x:1253) */
interface RemoteDomainGetVcpusArgs {
  dom: RemoteNonnullDomain;
  maxinfo: number;
  maplen: number;
}
const remote_domain_get_vcpus_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},maxinfo:i,maplen:i}";

/** remote_domain_get_vcpus_ret (src/remote/remote_protocol.x:1259) */
interface RemoteDomainGetVcpusRet {
  info: RemoteVcpuInfo[];
  cpumaps: Buffer;
}
const remote_domain_get_vcpus_ret: XdrShape = "{info:a16384:{number:u,state:i,cpu_time:H,cpu:i},cpumaps:o8388608}";

/** remote_domain_get_max_vcpus_args (src/remote/remote_protocol.x:1264) */
interface RemoteDomainGetMaxVcpusArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_max_vcpus_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_max_vcpus_ret (src/remote/remote_protocol.x:1268) */
interface RemoteDomainGetMaxVcpusRet {
  num: number;
}
const remote_domain_get_max_vcpus_ret: XdrShape = "{num:i}";

/** remote_domain_iothread_info (src/remote/remote_protocol.x:1272) */
interface RemoteDomainIothreadInfo {
  iothread_id: number;
  cpumap: Buffer;
}
const remote_domain_iothread_info: XdrShape = "{iothread_id:u,cpumap:o2048}";

/** remote_domain_get_iothread_info_args (src/remote/remote_protocol.x:1277) */
interface RemoteDomainGetIothreadInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_iothread_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_iothread_info_ret (src/remote/remote_protocol.x:1282) */
interface RemoteDomainGetIothreadInfoRet {
  info: RemoteDomainIothreadInfo[];
  ret: number;
}
const remote_domain_get_iothread_info_ret: XdrShape = "{info:a16384:{iothread_id:u,cpumap:o2048},ret:u}";

/** remote_domain_pin_iothread_args (src/remote/remote_protocol.x:1287) */
interface RemoteDomainPinIothreadArgs {
  dom: RemoteNonnullDomain;
  iothreads_id: number;
  cpumap: Buffer;
  flags: number;
}
const remote_domain_pin_iothread_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},iothreads_id:u,cpumap:o2048,flags:u}";

/** remote_domain_add_iothread_args (src/remote/remote_protocol.x:1294) */
interface RemoteDomainAddIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
const remote_domain_add_iothread_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},iothread_id:u,flags:u}";

/** remote_domain_del_iothread_args (src/remote/remote_protocol.x:1300) */
interface RemoteDomainDelIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
const remote_domain_del_iothread_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},iothread_id:u,flags:u}";

/** remote_domain_set_iothread_params_args (src/remote/remote_protocol.x:1306) */
interface RemoteDomainSetIothreadParamsArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_iothread_params_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},iothread_id:u,params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_security_label_args (src/remote/remote_protocol.x:1313) */
interface RemoteDomainGetSecurityLabelArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_security_label_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_security_label_ret (src/remote/remote_protocol.x:1317) */
interface RemoteDomainGetSecurityLabelRet {
  label: number[];
  enforcing: number;
}
const remote_domain_get_security_label_ret: XdrShape = "{label:a4097:c,enforcing:i}";

/** remote_domain_get_security_label_list_args (src/remote/remote_protocol.x:1322) */
interface RemoteDomainGetSecurityLabelListArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_security_label_list_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_security_label_list_ret (src/remote/remote_protocol.x:1326) */
interface RemoteDomainGetSecurityLabelListRet {
  labels: RemoteDomainGetSecurityLabelRet[];
  ret: number;
}
const remote_domain_get_security_label_list_ret: XdrShape = "{labels:a64:{label:a4097:c,enforcing:i},ret:i}";

/** remote_node_get_security_model_ret (src/remote/remote_protocol.x:1331) */
interface RemoteNodeGetSecurityModelRet {
  model: number[];
  doi: number[];
}
const remote_node_get_security_model_ret: XdrShape = "{model:a257:c,doi:a257:c}";

/** remote_domain_attach_device_args (src/remote/remote_protocol.x:1336) */
interface RemoteDomainAttachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
const remote_domain_attach_device_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml:s4194304}";

/** remote_domain_attach_device_flags_args (src/remote/remote_protocol.x:1341) */
interface RemoteDomainAttachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_attach_device_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml:s4194304,flags:u}";

/** remote_domain_detach_device_args (src/remote/remote_protocol.x:1347) */
interface RemoteDomainDetachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
const remote_domain_detach_device_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml:s4194304}";

/** remote_domain_detach_device_flags_args (src/remote/remote_protocol.x:1352) */
interface RemoteDomainDetachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_detach_device_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml:s4194304,flags:u}";

/** remote_domain_update_device_flags_args (src/remote/remote_protocol.x:1358) */
interface RemoteDomainUpdateDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_domain_update_device_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml:s4194304,flags:u}";

/** remote_domain_detach_device_alias_args (src/remote/remote_protocol.x:1364) */
interface RemoteDomainDetachDeviceAliasArgs {
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  flags: number;
}
const remote_domain_detach_device_alias_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},alias:s4194304,flags:u}";

/** remote_domain_get_autostart_args (src/remote/remote_protocol.x:1370) */
interface RemoteDomainGetAutostartArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_autostart_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_get_autostart_ret (src/remote/remote_protocol.x:1374) */
interface RemoteDomainGetAutostartRet {
  autostart: number;
}
const remote_domain_get_autostart_ret: XdrShape = "{autostart:i}";

/** remote_domain_set_autostart_args (src/remote/remote_protocol.x:1378) */
interface RemoteDomainSetAutostartArgs {
  dom: RemoteNonnullDomain;
  autostart: number;
}
const remote_domain_set_autostart_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},autostart:i}";

/** remote_domain_set_metadata_args (src/remote/remote_protocol.x:1383) */
interface RemoteDomainSetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  metadata: RemoteString;
  key: RemoteString;
  uri: RemoteString;
  flags: number;
}
const remote_domain_set_metadata_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},type:i,metadata:?s4194304,key:?s4194304,uri:?s4194304,flags:u}";

/** remote_domain_get_metadata_args (src/remote/remote_protocol.x:1392) */
interface RemoteDomainGetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  uri: RemoteString;
  flags: number;
}
const remote_domain_get_metadata_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},type:i,uri:?s4194304,flags:u}";

/** remote_domain_get_metadata_ret (src/remote/remote_protocol.x:1399) */
interface RemoteDomainGetMetadataRet {
  metadata: RemoteNonnullString;
}
const remote_domain_get_metadata_ret: XdrShape = "{metadata:s4194304}";

/** remote_domain_block_job_abort_args (src/remote/remote_protocol.x:1403) */
interface RemoteDomainBlockJobAbortArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_block_job_abort_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,flags:u}";

/** remote_domain_get_block_job_info_args (src/remote/remote_protocol.x:1409) */
interface RemoteDomainGetBlockJobInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
const remote_domain_get_block_job_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,flags:u}";

/** remote_domain_get_block_job_info_ret (src/remote/remote_protocol.x:1415) */
interface RemoteDomainGetBlockJobInfoRet {
  found: number;
  type: number;
  bandwidth: number;
  cur: number;
  end: number;
}
const remote_domain_get_block_job_info_ret: XdrShape = "{found:i,type:i,bandwidth:H,cur:H,end:H}";

/** remote_domain_block_job_set_speed_args (src/remote/remote_protocol.x:1423) */
interface RemoteDomainBlockJobSetSpeedArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_job_set_speed_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,bandwidth:H,flags:u}";

/** remote_domain_block_pull_args (src/remote/remote_protocol.x:1430) */
interface RemoteDomainBlockPullArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_pull_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,bandwidth:H,flags:u}";

/** remote_domain_block_rebase_args (src/remote/remote_protocol.x:1436) */
interface RemoteDomainBlockRebaseArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  base: RemoteString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_rebase_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,base:?s4194304,bandwidth:H,flags:u}";

/** remote_domain_block_copy_args (src/remote/remote_protocol.x:1443) */
interface RemoteDomainBlockCopyArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  destxml: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_block_copy_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,destxml:s4194304,params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_block_commit_args (src/remote/remote_protocol.x:1450) */
interface RemoteDomainBlockCommitArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  base: RemoteString;
  top: RemoteString;
  bandwidth: number;
  flags: number;
}
const remote_domain_block_commit_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},disk:s4194304,base:?s4194304,top:?s4194304,bandwidth:H,flags:u}";

/** remote_domain_set_block_io_tune_args (src/remote/remote_protocol.x:1459) */
interface RemoteDomainSetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_block_io_tune_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},disk:s4194304,params:a32:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_get_block_io_tune_args (src/remote/remote_protocol.x:1466) */
interface RemoteDomainGetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteString;
  nparams: number;
  flags: number;
}
const remote_domain_get_block_io_tune_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},disk:?s4194304,nparams:i,flags:u}";

/** remote_domain_get_block_io_tune_ret (src/remote/remote_protocol.x:1473) */
interface RemoteDomainGetBlockIoTuneRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_block_io_tune_ret: XdrShape =
  "{params:a32:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_get_cpu_stats_args (src/remote/remote_protocol.x:1478) */
interface RemoteDomainGetCpuStatsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  start_cpu: number;
  ncpus: number;
  flags: number;
}
const remote_domain_get_cpu_stats_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},nparams:u,start_cpu:i,ncpus:u,flags:u}";

/** remote_domain_get_cpu_stats_ret (src/remote/remote_protocol.x:1486) */
interface RemoteDomainGetCpuStatsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_domain_get_cpu_stats_ret: XdrShape =
  "{params:a2048:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_get_hostname_args (src/remote/remote_protocol.x:1491) */
interface RemoteDomainGetHostnameArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_hostname_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_hostname_ret (src/remote/remote_protocol.x:1496) */
interface RemoteDomainGetHostnameRet {
  hostname: RemoteNonnullString;
}
const remote_domain_get_hostname_ret: XdrShape = "{hostname:s4194304}";

/** remote_connect_num_of_networks_ret (src/remote/remote_protocol.x:1502) */
interface RemoteConnectNumOfNetworksRet {
  num: number;
}
const remote_connect_num_of_networks_ret: XdrShape = "{num:i}";

/** remote_connect_list_networks_args (src/remote/remote_protocol.x:1506) */
interface RemoteConnectListNetworksArgs {
  maxnames: number;
}
const remote_connect_list_networks_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_networks_ret (src/remote/remote_protocol.x:1510) */
interface RemoteConnectListNetworksRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_networks_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_connect_num_of_defined_networks_ret (src/remote/remote_protocol.x:1514) */
interface RemoteConnectNumOfDefinedNetworksRet {
  num: number;
}
const remote_connect_num_of_defined_networks_ret: XdrShape = "{num:i}";

/** remote_connect_list_defined_networks_args (src/remote/remote_protocol.x:1518) */
interface RemoteConnectListDefinedNetworksArgs {
  maxnames: number;
}
const remote_connect_list_defined_networks_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_defined_networks_ret (src/remote/remote_protocol.x:1522) */
interface RemoteConnectListDefinedNetworksRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_networks_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_network_lookup_by_uuid_args (src/remote/remote_protocol.x:1526) */
interface RemoteNetworkLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_network_lookup_by_uuid_args: XdrShape = "{uuid:U}";

/** remote_network_lookup_by_uuid_ret (src/remote/remote_protocol.x:1530) */
interface RemoteNetworkLookupByUuidRet {
  net: RemoteNonnullNetwork;
}
const remote_network_lookup_by_uuid_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_lookup_by_name_args (src/remote/remote_protocol.x:1534) */
interface RemoteNetworkLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_network_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_network_lookup_by_name_ret (src/remote/remote_protocol.x:1538) */
interface RemoteNetworkLookupByNameRet {
  net: RemoteNonnullNetwork;
}
const remote_network_lookup_by_name_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_create_xml_args (src/remote/remote_protocol.x:1542) */
interface RemoteNetworkCreateXmlArgs {
  xml: RemoteNonnullString;
}
const remote_network_create_xml_args: XdrShape = "{xml:s4194304}";

/** remote_network_create_xml_ret (src/remote/remote_protocol.x:1546) */
interface RemoteNetworkCreateXmlRet {
  net: RemoteNonnullNetwork;
}
const remote_network_create_xml_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_create_xml_flags_args (src/remote/remote_protocol.x:1550) */
interface RemoteNetworkCreateXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_create_xml_flags_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_network_create_xml_flags_ret (src/remote/remote_protocol.x:1555) */
interface RemoteNetworkCreateXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
const remote_network_create_xml_flags_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_define_xml_args (src/remote/remote_protocol.x:1559) */
interface RemoteNetworkDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_network_define_xml_args: XdrShape = "{xml:s4194304}";

/** remote_network_define_xml_ret (src/remote/remote_protocol.x:1563) */
interface RemoteNetworkDefineXmlRet {
  net: RemoteNonnullNetwork;
}
const remote_network_define_xml_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_define_xml_flags_args (src/remote/remote_protocol.x:1567) */
interface RemoteNetworkDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_define_xml_flags_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_network_define_xml_flags_ret (src/remote/remote_protocol.x:1572) */
interface RemoteNetworkDefineXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
const remote_network_define_xml_flags_ret: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_undefine_args (src/remote/remote_protocol.x:1576) */
interface RemoteNetworkUndefineArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_undefine_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_update_args (src/remote/remote_protocol.x:1580) */
interface RemoteNetworkUpdateArgs {
  net: RemoteNonnullNetwork;
  command: number;
  section: number;
  parentIndex: number;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_update_args: XdrShape = "{net:{name:s4194304,uuid:U},command:u,section:u,parentIndex:i,xml:s4194304,flags:u}";

/** remote_network_create_args (src/remote/remote_protocol.x:1589) */
interface RemoteNetworkCreateArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_create_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_destroy_args (src/remote/remote_protocol.x:1593) */
interface RemoteNetworkDestroyArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_destroy_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_get_xml_desc_args (src/remote/remote_protocol.x:1597) */
interface RemoteNetworkGetXmlDescArgs {
  net: RemoteNonnullNetwork;
  flags: number;
}
const remote_network_get_xml_desc_args: XdrShape = "{net:{name:s4194304,uuid:U},flags:u}";

/** remote_network_get_xml_desc_ret (src/remote/remote_protocol.x:1602) */
interface RemoteNetworkGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_network_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_network_get_bridge_name_args (src/remote/remote_protocol.x:1606) */
interface RemoteNetworkGetBridgeNameArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_get_bridge_name_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_get_bridge_name_ret (src/remote/remote_protocol.x:1610) */
interface RemoteNetworkGetBridgeNameRet {
  name: RemoteNonnullString;
}
const remote_network_get_bridge_name_ret: XdrShape = "{name:s4194304}";

/** remote_network_get_autostart_args (src/remote/remote_protocol.x:1614) */
interface RemoteNetworkGetAutostartArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_get_autostart_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_get_autostart_ret (src/remote/remote_protocol.x:1618) */
interface RemoteNetworkGetAutostartRet {
  autostart: number;
}
const remote_network_get_autostart_ret: XdrShape = "{autostart:i}";

/** remote_network_set_autostart_args (src/remote/remote_protocol.x:1622) */
interface RemoteNetworkSetAutostartArgs {
  net: RemoteNonnullNetwork;
  autostart: number;
}
const remote_network_set_autostart_args: XdrShape = "{net:{name:s4194304,uuid:U},autostart:i}";

/** remote_connect_num_of_nwfilters_ret (src/remote/remote_protocol.x:1629) */
interface RemoteConnectNumOfNwfiltersRet {
  num: number;
}
const remote_connect_num_of_nwfilters_ret: XdrShape = "{num:i}";

/** remote_connect_list_nwfilters_args (src/remote/remote_protocol.x:1633) */
interface RemoteConnectListNwfiltersArgs {
  maxnames: number;
}
const remote_connect_list_nwfilters_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_nwfilters_ret (src/remote/remote_protocol.x:1637) */
interface RemoteConnectListNwfiltersRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_nwfilters_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_nwfilter_lookup_by_uuid_args (src/remote/remote_protocol.x:1641) */
interface RemoteNwfilterLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_nwfilter_lookup_by_uuid_args: XdrShape = "{uuid:U}";

/** remote_nwfilter_lookup_by_uuid_ret (src/remote/remote_protocol.x:1645) */
interface RemoteNwfilterLookupByUuidRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_lookup_by_uuid_ret: XdrShape = "{nwfilter:{name:s4194304,uuid:U}}";

/** remote_nwfilter_lookup_by_name_args (src/remote/remote_protocol.x:1649) */
interface RemoteNwfilterLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_nwfilter_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_nwfilter_lookup_by_name_ret (src/remote/remote_protocol.x:1653) */
interface RemoteNwfilterLookupByNameRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_lookup_by_name_ret: XdrShape = "{nwfilter:{name:s4194304,uuid:U}}";

/** remote_nwfilter_define_xml_args (src/remote/remote_protocol.x:1657) */
interface RemoteNwfilterDefineXmlArgs {
  xml: RemoteNonnullString;
}
const remote_nwfilter_define_xml_args: XdrShape = "{xml:s4194304}";

/** remote_nwfilter_define_xml_ret (src/remote/remote_protocol.x:1661) */
interface RemoteNwfilterDefineXmlRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_define_xml_ret: XdrShape = "{nwfilter:{name:s4194304,uuid:U}}";

/** remote_nwfilter_define_xml_flags_args (src/remote/remote_protocol.x:1665) */
interface RemoteNwfilterDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_nwfilter_define_xml_flags_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_nwfilter_define_xml_flags_ret (src/remote/remote_protocol.x:1670) */
interface RemoteNwfilterDefineXmlFlagsRet {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_define_xml_flags_ret: XdrShape = "{nwfilter:{name:s4194304,uuid:U}}";

/** remote_nwfilter_undefine_args (src/remote/remote_protocol.x:1674) */
interface RemoteNwfilterUndefineArgs {
  nwfilter: RemoteNonnullNwfilter;
}
const remote_nwfilter_undefine_args: XdrShape = "{nwfilter:{name:s4194304,uuid:U}}";

/** remote_nwfilter_get_xml_desc_args (src/remote/remote_protocol.x:1678) */
interface RemoteNwfilterGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilter;
  flags: number;
}
const remote_nwfilter_get_xml_desc_args: XdrShape = "{nwfilter:{name:s4194304,uuid:U},flags:u}";

/** remote_nwfilter_get_xml_desc_ret (src/remote/remote_protocol.x:1683) */
interface RemoteNwfilterGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_nwfilter_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_connect_num_of_interfaces_ret (src/remote/remote_protocol.x:1690) */
interface RemoteConnectNumOfInterfacesRet {
  num: number;
}
const remote_connect_num_of_interfaces_ret: XdrShape = "{num:i}";

/** remote_connect_list_interfaces_args (src/remote/remote_protocol.x:1694) */
interface RemoteConnectListInterfacesArgs {
  maxnames: number;
}
const remote_connect_list_interfaces_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_interfaces_ret (src/remote/remote_protocol.x:1698) */
interface RemoteConnectListInterfacesRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_interfaces_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_connect_num_of_defined_interfaces_ret (src/remote/remote_protocol.x:1702) */
interface RemoteConnectNumOfDefinedInterfacesRet {
  num: number;
}
const remote_connect_num_of_defined_interfaces_ret: XdrShape = "{num:i}";

/** remote_connect_list_defined_interfaces_args (src/remote/remote_protocol.x:1706) */
interface RemoteConnectListDefinedInterfacesArgs {
  maxnames: number;
}
const remote_connect_list_defined_interfaces_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_defined_interfaces_ret (src/remote/remote_protocol.x:1710) */
interface RemoteConnectListDefinedInterfacesRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_interfaces_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_interface_lookup_by_name_args (src/remote/remote_protocol.x:1714) */
interface RemoteInterfaceLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_interface_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_interface_lookup_by_name_ret (src/remote/remote_protocol.x:1718) */
interface RemoteInterfaceLookupByNameRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_lookup_by_name_ret: XdrShape = "{iface:{name:s4194304,mac:s4194304}}";

/** remote_interface_lookup_by_mac_string_args (src/remote/remote_protocol.x:1722) */
interface RemoteInterfaceLookupByMacStringArgs {
  mac: RemoteNonnullString;
}
const remote_interface_lookup_by_mac_string_args: XdrShape = "{mac:s4194304}";

/** remote_interface_lookup_by_mac_string_ret (src/remote/remote_protocol.x:1726) */
interface RemoteInterfaceLookupByMacStringRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_lookup_by_mac_string_ret: XdrShape = "{iface:{name:s4194304,mac:s4194304}}";

/** remote_interface_get_xml_desc_args (src/remote/remote_protocol.x:1730) */
interface RemoteInterfaceGetXmlDescArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_get_xml_desc_args: XdrShape = "{iface:{name:s4194304,mac:s4194304},flags:u}";

/** remote_interface_get_xml_desc_ret (src/remote/remote_protocol.x:1735) */
interface RemoteInterfaceGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_interface_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_interface_define_xml_args (src/remote/remote_protocol.x:1739) */
interface RemoteInterfaceDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_interface_define_xml_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_interface_define_xml_ret (src/remote/remote_protocol.x:1744) */
interface RemoteInterfaceDefineXmlRet {
  iface: RemoteNonnullInterface;
}
const remote_interface_define_xml_ret: XdrShape = "{iface:{name:s4194304,mac:s4194304}}";

/** remote_interface_undefine_args (src/remote/remote_protocol.x:1748) */
interface RemoteInterfaceUndefineArgs {
  iface: RemoteNonnullInterface;
}
const remote_interface_undefine_args: XdrShape = "{iface:{name:s4194304,mac:s4194304}}";

/** remote_interface_create_args (src/remote/remote_protocol.x:1752) */
interface RemoteInterfaceCreateArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_create_args: XdrShape = "{iface:{name:s4194304,mac:s4194304},flags:u}";

/** remote_interface_destroy_args (src/remote/remote_protocol.x:1757) */
interface RemoteInterfaceDestroyArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
const remote_interface_destroy_args: XdrShape = "{iface:{name:s4194304,mac:s4194304},flags:u}";

/** remote_interface_change_begin_args (src/remote/remote_protocol.x:1762) */
interface RemoteInterfaceChangeBeginArgs {
  flags: number;
}
const remote_interface_change_begin_args: XdrShape = "{flags:u}";

/** remote_interface_change_commit_args (src/remote/remote_protocol.x:1766) */
interface RemoteInterfaceChangeCommitArgs {
  flags: number;
}
const remote_interface_change_commit_args: XdrShape = "{flags:u}";

/** remote_interface_change_rollback_args (src/remote/remote_protocol.x:1770) */
interface RemoteInterfaceChangeRollbackArgs {
  flags: number;
}
const remote_interface_change_rollback_args: XdrShape = "{flags:u}";

/** remote_auth_list_ret (src/remote/remote_protocol.x:1777) */
interface RemoteAuthListRet {
  types: number[];
}
const remote_auth_list_ret: XdrShape = "{types:a20:i}";

/** remote_auth_sasl_init_ret (src/remote/remote_protocol.x:1781) */
interface RemoteAuthSaslInitRet {
  mechlist: RemoteNonnullString;
}
const remote_auth_sasl_init_ret: XdrShape = "{mechlist:s4194304}";

/** remote_auth_sasl_start_args (src/remote/remote_protocol.x:1785) */
interface RemoteAuthSaslStartArgs {
  mech: RemoteNonnullString;
  nil: number;
  data: number[];
}
const remote_auth_sasl_start_args: XdrShape = "{mech:s4194304,nil:i,data:a65536:c}";

/** remote_auth_sasl_start_ret (src/remote/remote_protocol.x:1791) */
interface RemoteAuthSaslStartRet {
  complete: number;
  nil: number;
  data: number[];
}
const remote_auth_sasl_start_ret: XdrShape = "{complete:i,nil:i,data:a65536:c}";

/** remote_auth_sasl_step_args (src/remote/remote_protocol.x:1797) */
interface RemoteAuthSaslStepArgs {
  nil: number;
  data: number[];
}
const remote_auth_sasl_step_args: XdrShape = "{nil:i,data:a65536:c}";

/** remote_auth_sasl_step_ret (src/remote/remote_protocol.x:1802) */
interface RemoteAuthSaslStepRet {
  complete: number;
  nil: number;
  data: number[];
}
const remote_auth_sasl_step_ret: XdrShape = "{complete:i,nil:i,data:a65536:c}";

/** remote_auth_polkit_ret (src/remote/remote_protocol.x:1808) */
interface RemoteAuthPolkitRet {
  complete: number;
}
const remote_auth_polkit_ret: XdrShape = "{complete:i}";

/** remote_connect_num_of_storage_pools_ret (src/remote/remote_protocol.x:1816) */
interface RemoteConnectNumOfStoragePoolsRet {
  num: number;
}
const remote_connect_num_of_storage_pools_ret: XdrShape = "{num:i}";

/** remote_connect_list_storage_pools_args (src/remote/remote_protocol.x:1820) */
interface RemoteConnectListStoragePoolsArgs {
  maxnames: number;
}
const remote_connect_list_storage_pools_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_storage_pools_ret (src/remote/remote_protocol.x:1824) */
interface RemoteConnectListStoragePoolsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_storage_pools_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_connect_num_of_defined_storage_pools_ret (src/remote/remote_protocol.x:1828) */
interface RemoteConnectNumOfDefinedStoragePoolsRet {
  num: number;
}
const remote_connect_num_of_defined_storage_pools_ret: XdrShape = "{num:i}";

/** remote_connect_list_defined_storage_pools_args (src/remote/remote_protocol.x:1832) */
interface RemoteConnectListDefinedStoragePoolsArgs {
  maxnames: number;
}
const remote_connect_list_defined_storage_pools_args: XdrShape = "{maxnames:i}";

/** remote_connect_list_defined_storage_pools_ret (src/remote/remote_protocol.x:1836) */
interface RemoteConnectListDefinedStoragePoolsRet {
  names: RemoteNonnullString[];
}
const remote_connect_list_defined_storage_pools_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_connect_find_storage_pool_sources_args (src/remote/remote_protocol.x:1840) */
interface RemoteConnectFindStoragePoolSourcesArgs {
  type: RemoteNonnullString;
  srcSpec: RemoteString;
  flags: number;
}
const remote_connect_find_storage_pool_sources_args: XdrShape = "{type:s4194304,srcSpec:?s4194304,flags:u}";

/** remote_connect_find_storage_pool_sources_ret (src/remote/remote_protocol.x:1846) */
interface RemoteConnectFindStoragePoolSourcesRet {
  xml: RemoteNonnullString;
}
const remote_connect_find_storage_pool_sources_ret: XdrShape = "{xml:s4194304}";

/** remote_storage_pool_lookup_by_uuid_args (src/remote/remote_protocol.x:1850) */
interface RemoteStoragePoolLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_storage_pool_lookup_by_uuid_args: XdrShape = "{uuid:U}";

/** remote_storage_pool_lookup_by_uuid_ret (src/remote/remote_protocol.x:1854) */
interface RemoteStoragePoolLookupByUuidRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_uuid_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_lookup_by_name_args (src/remote/remote_protocol.x:1858) */
interface RemoteStoragePoolLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_storage_pool_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_storage_pool_lookup_by_name_ret (src/remote/remote_protocol.x:1862) */
interface RemoteStoragePoolLookupByNameRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_name_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_lookup_by_volume_args (src/remote/remote_protocol.x:1866) */
interface RemoteStoragePoolLookupByVolumeArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_pool_lookup_by_volume_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_pool_lookup_by_volume_ret (src/remote/remote_protocol.x:1870) */
interface RemoteStoragePoolLookupByVolumeRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_volume_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_lookup_by_target_path_args (src/remote/remote_protocol.x:1874) */
interface RemoteStoragePoolLookupByTargetPathArgs {
  path: RemoteNonnullString;
}
const remote_storage_pool_lookup_by_target_path_args: XdrShape = "{path:s4194304}";

/** remote_storage_pool_lookup_by_target_path_ret (src/remote/remote_protocol.x:1878) */
interface RemoteStoragePoolLookupByTargetPathRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_lookup_by_target_path_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_create_xml_args (src/remote/remote_protocol.x:1882) */
interface RemoteStoragePoolCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_pool_create_xml_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_storage_pool_create_xml_ret (src/remote/remote_protocol.x:1887) */
interface RemoteStoragePoolCreateXmlRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_create_xml_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_define_xml_args (src/remote/remote_protocol.x:1891) */
interface RemoteStoragePoolDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_pool_define_xml_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_storage_pool_define_xml_ret (src/remote/remote_protocol.x:1896) */
interface RemoteStoragePoolDefineXmlRet {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_define_xml_ret: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_build_args (src/remote/remote_protocol.x:1900) */
interface RemoteStoragePoolBuildArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_build_args: XdrShape = "{pool:{name:s4194304,uuid:U},flags:u}";

/** remote_storage_pool_undefine_args (src/remote/remote_protocol.x:1905) */
interface RemoteStoragePoolUndefineArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_undefine_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_create_args (src/remote/remote_protocol.x:1909) */
interface RemoteStoragePoolCreateArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_create_args: XdrShape = "{pool:{name:s4194304,uuid:U},flags:u}";

/** remote_storage_pool_destroy_args (src/remote/remote_protocol.x:1914) */
interface RemoteStoragePoolDestroyArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_destroy_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_delete_args (src/remote/remote_protocol.x:1918) */
interface RemoteStoragePoolDeleteArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_delete_args: XdrShape = "{pool:{name:s4194304,uuid:U},flags:u}";

/** remote_storage_pool_refresh_args (src/remote/remote_protocol.x:1923) */
interface RemoteStoragePoolRefreshArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_refresh_args: XdrShape = "{pool:{name:s4194304,uuid:U},flags:u}";

/** remote_storage_pool_get_xml_desc_args (src/remote/remote_protocol.x:1928) */
interface RemoteStoragePoolGetXmlDescArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
const remote_storage_pool_get_xml_desc_args: XdrShape = "{pool:{name:s4194304,uuid:U},flags:u}";

/** remote_storage_pool_get_xml_desc_ret (src/remote/remote_protocol.x:1933) */
interface RemoteStoragePoolGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_storage_pool_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_storage_pool_get_info_args (src/remote/remote_protocol.x:1937) */
interface RemoteStoragePoolGetInfoArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_get_info_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_get_info_ret (src/remote/remote_protocol.x:1941) */
interface RemoteStoragePoolGetInfoRet {
  state: number;
  capacity: number;
  allocation: number;
  available: number;
}
const remote_storage_pool_get_info_ret: XdrShape = "{state:C,capacity:H,allocation:H,available:H}";

/** remote_storage_pool_get_autostart_args (src/remote/remote_protocol.x:1948) */
interface RemoteStoragePoolGetAutostartArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_get_autostart_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_get_autostart_ret (src/remote/remote_protocol.x:1952) */
interface RemoteStoragePoolGetAutostartRet {
  autostart: number;
}
const remote_storage_pool_get_autostart_ret: XdrShape = "{autostart:i}";

/** remote_storage_pool_set_autostart_args (src/remote/remote_protocol.x:1956) */
interface RemoteStoragePoolSetAutostartArgs {
  pool: RemoteNonnullStoragePool;
  autostart: number;
}
const remote_storage_pool_set_autostart_args: XdrShape = "{pool:{name:s4194304,uuid:U},autostart:i}";

/** remote_storage_pool_num_of_volumes_args (src/remote/remote_protocol.x:1961) */
interface RemoteStoragePoolNumOfVolumesArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_num_of_volumes_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_num_of_volumes_ret (src/remote/remote_protocol.x:1965) */
interface RemoteStoragePoolNumOfVolumesRet {
  num: number;
}
const remote_storage_pool_num_of_volumes_ret: XdrShape = "{num:i}";

/** remote_storage_pool_list_volumes_args (src/remote/remote_protocol.x:1969) */
interface RemoteStoragePoolListVolumesArgs {
  pool: RemoteNonnullStoragePool;
  maxnames: number;
}
const remote_storage_pool_list_volumes_args: XdrShape = "{pool:{name:s4194304,uuid:U},maxnames:i}";

/** remote_storage_pool_list_volumes_ret (src/remote/remote_protocol.x:1974) */
interface RemoteStoragePoolListVolumesRet {
  names: RemoteNonnullString[];
}
const remote_storage_pool_list_volumes_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_storage_vol_lookup_by_name_args (src/remote/remote_protocol.x:1982) */
interface RemoteStorageVolLookupByNameArgs {
  pool: RemoteNonnullStoragePool;
  name: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_name_args: XdrShape = "{pool:{name:s4194304,uuid:U},name:s4194304}";

/** remote_storage_vol_lookup_by_name_ret (src/remote/remote_protocol.x:1987) */
interface RemoteStorageVolLookupByNameRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_name_ret: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_lookup_by_key_args (src/remote/remote_protocol.x:1991) */
interface RemoteStorageVolLookupByKeyArgs {
  key: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_key_args: XdrShape = "{key:s4194304}";

/** remote_storage_vol_lookup_by_key_ret (src/remote/remote_protocol.x:1995) */
interface RemoteStorageVolLookupByKeyRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_key_ret: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_lookup_by_path_args (src/remote/remote_protocol.x:1999) */
interface RemoteStorageVolLookupByPathArgs {
  path: RemoteNonnullString;
}
const remote_storage_vol_lookup_by_path_args: XdrShape = "{path:s4194304}";

/** remote_storage_vol_lookup_by_path_ret (src/remote/remote_protocol.x:2003) */
interface RemoteStorageVolLookupByPathRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_lookup_by_path_ret: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_create_xml_args (src/remote/remote_protocol.x:2007) */
interface RemoteStorageVolCreateXmlArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_storage_vol_create_xml_args: XdrShape = "{pool:{name:s4194304,uuid:U},xml:s4194304,flags:u}";

/** remote_storage_vol_create_xml_ret (src/remote/remote_protocol.x:2013) */
interface RemoteStorageVolCreateXmlRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_create_xml_ret: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_create_xml_from_args (src/remote/remote_protocol.x:2017) */
interface RemoteStorageVolCreateXmlFromArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  clonevol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_create_xml_from_args: XdrShape =
  "{pool:{name:s4194304,uuid:U},xml:s4194304,clonevol:{pool:s4194304,name:s4194304,key:s4194304},flags:u}";

/** remote_storage_vol_create_xml_from_ret (src/remote/remote_protocol.x:2024) */
interface RemoteStorageVolCreateXmlFromRet {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_create_xml_from_ret: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_delete_args (src/remote/remote_protocol.x:2028) */
interface RemoteStorageVolDeleteArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_delete_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},flags:u}";

/** remote_storage_vol_wipe_args (src/remote/remote_protocol.x:2033) */
interface RemoteStorageVolWipeArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_wipe_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},flags:u}";

/** remote_storage_vol_wipe_pattern_args (src/remote/remote_protocol.x:2038) */
interface RemoteStorageVolWipePatternArgs {
  vol: RemoteNonnullStorageVol;
  algorithm: number;
  flags: number;
}
const remote_storage_vol_wipe_pattern_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},algorithm:u,flags:u}";

/** remote_storage_vol_get_xml_desc_args (src/remote/remote_protocol.x:2044) */
interface RemoteStorageVolGetXmlDescArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_get_xml_desc_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},flags:u}";

/** remote_storage_vol_get_xml_desc_ret (src/remote/remote_protocol.x:2049) */
interface RemoteStorageVolGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_storage_vol_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_storage_vol_get_info_args (src/remote/remote_protocol.x:2053) */
interface RemoteStorageVolGetInfoArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_get_info_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_get_info_ret (src/remote/remote_protocol.x:2057) */
interface RemoteStorageVolGetInfoRet {
  type: number;
  capacity: number;
  allocation: number;
}
const remote_storage_vol_get_info_ret: XdrShape = "{type:c,capacity:H,allocation:H}";

/** remote_storage_vol_get_info_flags_args (src/remote/remote_protocol.x:2063) */
interface RemoteStorageVolGetInfoFlagsArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
const remote_storage_vol_get_info_flags_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},flags:u}";

/** remote_storage_vol_get_info_flags_ret (src/remote/remote_protocol.x:2068) */
interface RemoteStorageVolGetInfoFlagsRet {
  type: number;
  capacity: number;
  allocation: number;
}
const remote_storage_vol_get_info_flags_ret: XdrShape = "{type:c,capacity:H,allocation:H}";

/** remote_storage_vol_get_path_args (src/remote/remote_protocol.x:2074) */
interface RemoteStorageVolGetPathArgs {
  vol: RemoteNonnullStorageVol;
}
const remote_storage_vol_get_path_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304}}";

/** remote_storage_vol_get_path_ret (src/remote/remote_protocol.x:2078) */
interface RemoteStorageVolGetPathRet {
  name: RemoteNonnullString;
}
const remote_storage_vol_get_path_ret: XdrShape = "{name:s4194304}";

/** remote_storage_vol_resize_args (src/remote/remote_protocol.x:2082) */
interface RemoteStorageVolResizeArgs {
  vol: RemoteNonnullStorageVol;
  capacity: number;
  flags: number;
}
const remote_storage_vol_resize_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},capacity:H,flags:u}";

/** remote_node_num_of_devices_args (src/remote/remote_protocol.x:2090) */
interface RemoteNodeNumOfDevicesArgs {
  cap: RemoteString;
  flags: number;
}
const remote_node_num_of_devices_args: XdrShape = "{cap:?s4194304,flags:u}";

/** remote_node_num_of_devices_ret (src/remote/remote_protocol.x:2095) */
interface RemoteNodeNumOfDevicesRet {
  num: number;
}
const remote_node_num_of_devices_ret: XdrShape = "{num:i}";

/** remote_node_list_devices_args (src/remote/remote_protocol.x:2099) */
interface RemoteNodeListDevicesArgs {
  cap: RemoteString;
  maxnames: number;
  flags: number;
}
const remote_node_list_devices_args: XdrShape = "{cap:?s4194304,maxnames:i,flags:u}";

/** remote_node_list_devices_ret (src/remote/remote_protocol.x:2105) */
interface RemoteNodeListDevicesRet {
  names: RemoteNonnullString[];
}
const remote_node_list_devices_ret: XdrShape = "{names:a65536:s4194304}";

/** remote_node_device_lookup_by_name_args (src/remote/remote_protocol.x:2109) */
interface RemoteNodeDeviceLookupByNameArgs {
  name: RemoteNonnullString;
}
const remote_node_device_lookup_by_name_args: XdrShape = "{name:s4194304}";

/** remote_node_device_lookup_by_name_ret (src/remote/remote_protocol.x:2113) */
interface RemoteNodeDeviceLookupByNameRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_lookup_by_name_ret: XdrShape = "{dev:{name:s4194304}}";

/** remote_node_device_lookup_scsi_host_by_wwn_args (src/remote/remote_protocol.x:2117) */
interface RemoteNodeDeviceLookupScsiHostByWwnArgs {
  wwnn: RemoteNonnullString;
  wwpn: RemoteNonnullString;
  flags: number;
}
const remote_node_device_lookup_scsi_host_by_wwn_args: XdrShape = "{wwnn:s4194304,wwpn:s4194304,flags:u}";

/** remote_node_device_lookup_scsi_host_by_wwn_ret (src/remote/remote_protocol.x:2123) */
interface RemoteNodeDeviceLookupScsiHostByWwnRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_lookup_scsi_host_by_wwn_ret: XdrShape = "{dev:{name:s4194304}}";

/** remote_node_device_get_xml_desc_args (src/remote/remote_protocol.x:2127) */
interface RemoteNodeDeviceGetXmlDescArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_get_xml_desc_args: XdrShape = "{name:s4194304,flags:u}";

/** remote_node_device_get_xml_desc_ret (src/remote/remote_protocol.x:2132) */
interface RemoteNodeDeviceGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_node_device_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_node_device_get_parent_args (src/remote/remote_protocol.x:2136) */
interface RemoteNodeDeviceGetParentArgs {
  name: RemoteNonnullString;
}
const remote_node_device_get_parent_args: XdrShape = "{name:s4194304}";

/** remote_node_device_get_parent_ret (src/remote/remote_protocol.x:2140) */
interface RemoteNodeDeviceGetParentRet {
  parentName: RemoteString;
}
const remote_node_device_get_parent_ret: XdrShape = "{parentName:?s4194304}";

/** remote_node_device_num_of_caps_args (src/remote/remote_protocol.x:2144) */
interface RemoteNodeDeviceNumOfCapsArgs {
  name: RemoteNonnullString;
}
const remote_node_device_num_of_caps_args: XdrShape = "{name:s4194304}";

/** remote_node_device_num_of_caps_ret (src/remote/remote_protocol.x:2148) */
interface RemoteNodeDeviceNumOfCapsRet {
  num: number;
}
const remote_node_device_num_of_caps_ret: XdrShape = "{num:i}";

/** remote_node_device_list_caps_args (src/remote/remote_protocol.x:2152) */
interface RemoteNodeDeviceListCapsArgs {
  name: RemoteNonnullString;
  maxnames: number;
}
const remote_node_device_list_caps_args: XdrShape = "{name:s4194304,maxnames:i}";

/** remote_node_device_list_caps_ret (src/remote/remote_protocol.x:2157) */
interface RemoteNodeDeviceListCapsRet {
  names: RemoteNonnullString[];
}
const remote_node_device_list_caps_ret: XdrShape = "{names:a65536:s4194304}";

/** remote_node_device_dettach_args (src/remote/remote_protocol.x:2161) */
interface RemoteNodeDeviceDettachArgs {
  name: RemoteNonnullString;
}
const remote_node_device_dettach_args: XdrShape = "{name:s4194304}";

/** remote_node_device_detach_flags_args (src/remote/remote_protocol.x:2165) */
interface RemoteNodeDeviceDetachFlagsArgs {
  name: RemoteNonnullString;
  driverName: RemoteString;
  flags: number;
}
const remote_node_device_detach_flags_args: XdrShape = "{name:s4194304,driverName:?s4194304,flags:u}";

/** remote_node_device_re_attach_args (src/remote/remote_protocol.x:2171) */
interface RemoteNodeDeviceReAttachArgs {
  name: RemoteNonnullString;
}
const remote_node_device_re_attach_args: XdrShape = "{name:s4194304}";

/** remote_node_device_reset_args (src/remote/remote_protocol.x:2175) */
interface RemoteNodeDeviceResetArgs {
  name: RemoteNonnullString;
}
const remote_node_device_reset_args: XdrShape = "{name:s4194304}";

/** remote_node_device_create_xml_args (src/remote/remote_protocol.x:2179) */
interface RemoteNodeDeviceCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_node_device_create_xml_args: XdrShape = "{xml_desc:s4194304,flags:u}";

/** remote_node_device_create_xml_ret (src/remote/remote_protocol.x:2184) */
interface RemoteNodeDeviceCreateXmlRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_create_xml_ret: XdrShape = "{dev:{name:s4194304}}";

/** remote_node_device_destroy_args (src/remote/remote_protocol.x:2188) */
interface RemoteNodeDeviceDestroyArgs {
  name: RemoteNonnullString;
}
const remote_node_device_destroy_args: XdrShape = "{name:s4194304}";

/** remote_node_device_define_xml_args (src/remote/remote_protocol.x:2192) */
interface RemoteNodeDeviceDefineXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_node_device_define_xml_args: XdrShape = "{xml_desc:s4194304,flags:u}";

/** remote_node_device_define_xml_ret (src/remote/remote_protocol.x:2197) */
interface RemoteNodeDeviceDefineXmlRet {
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_define_xml_ret: XdrShape = "{dev:{name:s4194304}}";

/** remote_node_device_undefine_args (src/remote/remote_protocol.x:2201) */
interface RemoteNodeDeviceUndefineArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_undefine_args: XdrShape = "{name:s4194304,flags:u}";

/** remote_node_device_create_args (src/remote/remote_protocol.x:2206) */
interface RemoteNodeDeviceCreateArgs {
  name: RemoteNonnullString;
  flags: number;
}
const remote_node_device_create_args: XdrShape = "{name:s4194304,flags:u}";

/** remote_node_device_get_autostart_args (src/remote/remote_protocol.x:2211) */
interface RemoteNodeDeviceGetAutostartArgs {
  name: RemoteNonnullString;
}
const remote_node_device_get_autostart_args: XdrShape = "{name:s4194304}";

/** remote_node_device_get_autostart_ret (src/remote/remote_protocol.x:2215) */
interface RemoteNodeDeviceGetAutostartRet {
  autostart: number;
}
const remote_node_device_get_autostart_ret: XdrShape = "{autostart:i}";

/** remote_node_device_set_autostart_args (src/remote/remote_protocol.x:2219) */
interface RemoteNodeDeviceSetAutostartArgs {
  name: RemoteNonnullString;
  autostart: number;
}
const remote_node_device_set_autostart_args: XdrShape = "{name:s4194304,autostart:i}";

/** remote_node_device_is_persistent_args (src/remote/remote_protocol.x:2224) */
interface RemoteNodeDeviceIsPersistentArgs {
  name: RemoteNonnullString;
}
const remote_node_device_is_persistent_args: XdrShape = "{name:s4194304}";

/** remote_node_device_is_persistent_ret (src/remote/remote_protocol.x:2228) */
interface RemoteNodeDeviceIsPersistentRet {
  persistent: number;
}
const remote_node_device_is_persistent_ret: XdrShape = "{persistent:i}";

/** remote_node_device_is_active_args (src/remote/remote_protocol.x:2232) */
interface RemoteNodeDeviceIsActiveArgs {
  name: RemoteNonnullString;
}
const remote_node_device_is_active_args: XdrShape = "{name:s4194304}";

/** remote_node_device_is_active_ret (src/remote/remote_protocol.x:2236) */
interface RemoteNodeDeviceIsActiveRet {
  active: number;
}
const remote_node_device_is_active_ret: XdrShape = "{active:i}";

/** remote_connect_domain_event_register_ret (src/remote/remote_protocol.x:2247) */
interface RemoteConnectDomainEventRegisterRet {
  cb_registered: number;
}
const remote_connect_domain_event_register_ret: XdrShape = "{cb_registered:i}";

/** remote_connect_domain_event_deregister_ret (src/remote/remote_protocol.x:2251) */
interface RemoteConnectDomainEventDeregisterRet {
  cb_registered: number;
}
const remote_connect_domain_event_deregister_ret: XdrShape = "{cb_registered:i}";

/** remote_domain_event_lifecycle_msg (src/remote/remote_protocol.x:2255) */
interface RemoteDomainEventLifecycleMsg {
  dom: RemoteNonnullDomain;
  event: number;
  detail: number;
}
const remote_domain_event_lifecycle_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},event:i,detail:i}";

/** remote_domain_event_callback_lifecycle_msg (src/remote/remote_protocol.x:2260) */
interface RemoteDomainEventCallbackLifecycleMsg {
  callbackID: number;
  msg: RemoteDomainEventLifecycleMsg;
}
const remote_domain_event_callback_lifecycle_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},event:i,detail:i}}";

/** remote_connect_domain_xml_from_native_args (src/remote/remote_protocol.x:2266) */
interface RemoteConnectDomainXmlFromNativeArgs {
  nativeFormat: RemoteNonnullString;
  nativeConfig: RemoteNonnullString;
  flags: number;
}
const remote_connect_domain_xml_from_native_args: XdrShape = "{nativeFormat:s4194304,nativeConfig:s4194304,flags:u}";

/** remote_connect_domain_xml_from_native_ret (src/remote/remote_protocol.x:2272) */
interface RemoteConnectDomainXmlFromNativeRet {
  domainXml: RemoteNonnullString;
}
const remote_connect_domain_xml_from_native_ret: XdrShape = "{domainXml:s4194304}";

/** remote_connect_domain_xml_to_native_args (src/remote/remote_protocol.x:2277) */
interface RemoteConnectDomainXmlToNativeArgs {
  nativeFormat: RemoteNonnullString;
  domainXml: RemoteNonnullString;
  flags: number;
}
const remote_connect_domain_xml_to_native_args: XdrShape = "{nativeFormat:s4194304,domainXml:s4194304,flags:u}";

/** remote_connect_domain_xml_to_native_ret (src/remote/remote_protocol.x:2283) */
interface RemoteConnectDomainXmlToNativeRet {
  nativeConfig: RemoteNonnullString;
}
const remote_connect_domain_xml_to_native_ret: XdrShape = "{nativeConfig:s4194304}";

/** remote_connect_num_of_secrets_ret (src/remote/remote_protocol.x:2288) */
interface RemoteConnectNumOfSecretsRet {
  num: number;
}
const remote_connect_num_of_secrets_ret: XdrShape = "{num:i}";

/** remote_connect_list_secrets_args (src/remote/remote_protocol.x:2292) */
interface RemoteConnectListSecretsArgs {
  maxuuids: number;
}
const remote_connect_list_secrets_args: XdrShape = "{maxuuids:i}";

/** remote_connect_list_secrets_ret (src/remote/remote_protocol.x:2296) */
interface RemoteConnectListSecretsRet {
  uuids: RemoteNonnullString[];
}
const remote_connect_list_secrets_ret: XdrShape = "{uuids:a16384:s4194304}";

/** remote_secret_lookup_by_uuid_args (src/remote/remote_protocol.x:2300) */
interface RemoteSecretLookupByUuidArgs {
  uuid: RemoteUuid;
}
const remote_secret_lookup_by_uuid_args: XdrShape = "{uuid:U}";

/** remote_secret_lookup_by_uuid_ret (src/remote/remote_protocol.x:2304) */
interface RemoteSecretLookupByUuidRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_lookup_by_uuid_ret: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_secret_define_xml_args (src/remote/remote_protocol.x:2308) */
interface RemoteSecretDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_secret_define_xml_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_secret_define_xml_ret (src/remote/remote_protocol.x:2313) */
interface RemoteSecretDefineXmlRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_define_xml_ret: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_secret_get_xml_desc_args (src/remote/remote_protocol.x:2317) */
interface RemoteSecretGetXmlDescArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
const remote_secret_get_xml_desc_args: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304},flags:u}";

/** remote_secret_get_xml_desc_ret (src/remote/remote_protocol.x:2322) */
interface RemoteSecretGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_secret_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_secret_set_value_args (src/remote/remote_protocol.x:2326) */
interface RemoteSecretSetValueArgs {
  secret: RemoteNonnullSecret;
  value: Buffer;
  flags: number;
}
const remote_secret_set_value_args: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304},value:o65536,flags:u}";

/** remote_secret_get_value_args (src/remote/remote_protocol.x:2332) */
interface RemoteSecretGetValueArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
const remote_secret_get_value_args: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304},flags:u}";

/** remote_secret_get_value_ret (src/remote/remote_protocol.x:2337) */
interface RemoteSecretGetValueRet {
  value: Buffer;
}
const remote_secret_get_value_ret: XdrShape = "{value:o65536}";

/** remote_secret_undefine_args (src/remote/remote_protocol.x:2341) */
interface RemoteSecretUndefineArgs {
  secret: RemoteNonnullSecret;
}
const remote_secret_undefine_args: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_secret_lookup_by_usage_args (src/remote/remote_protocol.x:2345) */
interface RemoteSecretLookupByUsageArgs {
  usageType: number;
  usageID: RemoteNonnullString;
}
const remote_secret_lookup_by_usage_args: XdrShape = "{usageType:i,usageID:s4194304}";

/** remote_secret_lookup_by_usage_ret (src/remote/remote_protocol.x:2350) */
interface RemoteSecretLookupByUsageRet {
  secret: RemoteNonnullSecret;
}
const remote_secret_lookup_by_usage_ret: XdrShape = "{secret:{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_domain_migrate_prepare_tunnel_args (src/remote/remote_protocol.x:2354) */
interface RemoteDomainMigratePrepareTunnelArgs {
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare_tunnel_args: XdrShape = "{flags:H,dname:?s4194304,resource:H,dom_xml:s4194304}";

/** remote_connect_is_secure_ret (src/remote/remote_protocol.x:2362) */
interface RemoteConnectIsSecureRet {
  secure: number;
}
const remote_connect_is_secure_ret: XdrShape = "{secure:i}";

/** remote_domain_is_active_args (src/remote/remote_protocol.x:2367) */
interface RemoteDomainIsActiveArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_active_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_is_active_ret (src/remote/remote_protocol.x:2371) */
interface RemoteDomainIsActiveRet {
  active: number;
}
const remote_domain_is_active_ret: XdrShape = "{active:i}";

/** remote_domain_is_persistent_args (src/remote/remote_protocol.x:2376) */
interface RemoteDomainIsPersistentArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_persistent_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_is_persistent_ret (src/remote/remote_protocol.x:2380) */
interface RemoteDomainIsPersistentRet {
  persistent: number;
}
const remote_domain_is_persistent_ret: XdrShape = "{persistent:i}";

/** remote_domain_is_updated_args (src/remote/remote_protocol.x:2384) */
interface RemoteDomainIsUpdatedArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_is_updated_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_is_updated_ret (src/remote/remote_protocol.x:2388) */
interface RemoteDomainIsUpdatedRet {
  updated: number;
}
const remote_domain_is_updated_ret: XdrShape = "{updated:i}";

/** remote_network_is_active_args (src/remote/remote_protocol.x:2392) */
interface RemoteNetworkIsActiveArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_is_active_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_is_active_ret (src/remote/remote_protocol.x:2396) */
interface RemoteNetworkIsActiveRet {
  active: number;
}
const remote_network_is_active_ret: XdrShape = "{active:i}";

/** remote_network_is_persistent_args (src/remote/remote_protocol.x:2400) */
interface RemoteNetworkIsPersistentArgs {
  net: RemoteNonnullNetwork;
}
const remote_network_is_persistent_args: XdrShape = "{net:{name:s4194304,uuid:U}}";

/** remote_network_is_persistent_ret (src/remote/remote_protocol.x:2404) */
interface RemoteNetworkIsPersistentRet {
  persistent: number;
}
const remote_network_is_persistent_ret: XdrShape = "{persistent:i}";

/** remote_storage_pool_is_active_args (src/remote/remote_protocol.x:2409) */
interface RemoteStoragePoolIsActiveArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_is_active_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_is_active_ret (src/remote/remote_protocol.x:2413) */
interface RemoteStoragePoolIsActiveRet {
  active: number;
}
const remote_storage_pool_is_active_ret: XdrShape = "{active:i}";

/** remote_storage_pool_is_persistent_args (src/remote/remote_protocol.x:2417) */
interface RemoteStoragePoolIsPersistentArgs {
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_is_persistent_args: XdrShape = "{pool:{name:s4194304,uuid:U}}";

/** remote_storage_pool_is_persistent_ret (src/remote/remote_protocol.x:2421) */
interface RemoteStoragePoolIsPersistentRet {
  persistent: number;
}
const remote_storage_pool_is_persistent_ret: XdrShape = "{persistent:i}";

/** remote_interface_is_active_args (src/remote/remote_protocol.x:2426) */
interface RemoteInterfaceIsActiveArgs {
  iface: RemoteNonnullInterface;
}
const remote_interface_is_active_args: XdrShape = "{iface:{name:s4194304,mac:s4194304}}";

/** remote_interface_is_active_ret (src/remote/remote_protocol.x:2430) */
interface RemoteInterfaceIsActiveRet {
  active: number;
}
const remote_interface_is_active_ret: XdrShape = "{active:i}";

/** remote_connect_compare_cpu_args (src/remote/remote_protocol.x:2435) */
interface RemoteConnectCompareCpuArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_connect_compare_cpu_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_connect_compare_cpu_ret (src/remote/remote_protocol.x:2440) */
interface RemoteConnectCompareCpuRet {
  result: number;
}
const remote_connect_compare_cpu_ret: XdrShape = "{result:i}";

/** remote_connect_baseline_cpu_args (src/remote/remote_protocol.x:2445) */
interface RemoteConnectBaselineCpuArgs {
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
const remote_connect_baseline_cpu_args: XdrShape = "{xmlCPUs:a256:s4194304,flags:u}";

/** remote_connect_baseline_cpu_ret (src/remote/remote_protocol.x:2450) */
interface RemoteConnectBaselineCpuRet {
  cpu: RemoteNonnullString;
}
const remote_connect_baseline_cpu_ret: XdrShape = "{cpu:s4194304}";

/** remote_domain_get_job_info_args (src/remote/remote_protocol.x:2455) */
interface RemoteDomainGetJobInfoArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_get_job_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

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
const remote_domain_get_job_info_ret: XdrShape =
  "{type:i,timeElapsed:H,timeRemaining:H,dataTotal:H,dataProcessed:H,dataRemaining:H,memTotal:H,memProcessed:H,memRemaining:H,fileTotal:H,fileProcessed:H,fileRemaining:H}";

/** remote_domain_get_job_stats_args (src/remote/remote_protocol.x:2479) */
interface RemoteDomainGetJobStatsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_job_stats_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_job_stats_ret (src/remote/remote_protocol.x:2484) */
interface RemoteDomainGetJobStatsRet {
  type: number;
  params: RemoteTypedParam[];
}
const remote_domain_get_job_stats_ret: XdrShape =
  "{type:i,params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_abort_job_args (src/remote/remote_protocol.x:2490) */
interface RemoteDomainAbortJobArgs {
  dom: RemoteNonnullDomain;
}
const remote_domain_abort_job_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_abort_job_flags_args (src/remote/remote_protocol.x:2495) */
interface RemoteDomainAbortJobFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_abort_job_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_migrate_get_max_downtime_args (src/remote/remote_protocol.x:2501) */
interface RemoteDomainMigrateGetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_max_downtime_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_migrate_get_max_downtime_ret (src/remote/remote_protocol.x:2506) */
interface RemoteDomainMigrateGetMaxDowntimeRet {
  downtime: number;
}
const remote_domain_migrate_get_max_downtime_ret: XdrShape = "{downtime:H}";

/** remote_domain_migrate_set_max_downtime_args (src/remote/remote_protocol.x:2510) */
interface RemoteDomainMigrateSetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  downtime: number;
  flags: number;
}
const remote_domain_migrate_set_max_downtime_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},downtime:H,flags:u}";

/** remote_domain_migrate_get_compression_cache_args (src/remote/remote_protocol.x:2516) */
interface RemoteDomainMigrateGetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_compression_cache_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_migrate_get_compression_cache_ret (src/remote/remote_protocol.x:2521) */
interface RemoteDomainMigrateGetCompressionCacheRet {
  cacheSize: number;
}
const remote_domain_migrate_get_compression_cache_ret: XdrShape = "{cacheSize:H}";

/** remote_domain_migrate_set_compression_cache_args (src/remote/remote_protocol.x:2525) */
interface RemoteDomainMigrateSetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  cacheSize: number;
  flags: number;
}
const remote_domain_migrate_set_compression_cache_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cacheSize:H,flags:u}";

/** remote_domain_migrate_set_max_speed_args (src/remote/remote_protocol.x:2531) */
interface RemoteDomainMigrateSetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  bandwidth: number;
  flags: number;
}
const remote_domain_migrate_set_max_speed_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},bandwidth:H,flags:u}";

/** remote_domain_migrate_get_max_speed_args (src/remote/remote_protocol.x:2537) */
interface RemoteDomainMigrateGetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_get_max_speed_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_migrate_get_max_speed_ret (src/remote/remote_protocol.x:2542) */
interface RemoteDomainMigrateGetMaxSpeedRet {
  bandwidth: number;
}
const remote_domain_migrate_get_max_speed_ret: XdrShape = "{bandwidth:H}";

/** remote_connect_domain_event_register_any_args (src/remote/remote_protocol.x:2547) */
interface RemoteConnectDomainEventRegisterAnyArgs {
  eventID: number;
}
const remote_connect_domain_event_register_any_args: XdrShape = "{eventID:i}";

/** remote_connect_domain_event_deregister_any_args (src/remote/remote_protocol.x:2551) */
interface RemoteConnectDomainEventDeregisterAnyArgs {
  eventID: number;
}
const remote_connect_domain_event_deregister_any_args: XdrShape = "{eventID:i}";

/** remote_connect_domain_event_callback_register_any_args (src/remote/remote_protocol.x:2555) */
interface RemoteConnectDomainEventCallbackRegisterAnyArgs {
  eventID: number;
  dom: RemoteDomain;
}
const remote_connect_domain_event_callback_register_any_args: XdrShape = "{eventID:i,dom:?{name:s4194304,uuid:U,id:i}}";

/** remote_connect_domain_event_callback_register_any_ret (src/remote/remote_protocol.x:2560) */
interface RemoteConnectDomainEventCallbackRegisterAnyRet {
  callbackID: number;
}
const remote_connect_domain_event_callback_register_any_ret: XdrShape = "{callbackID:i}";

/** remote_connect_domain_event_callback_deregister_any_args (src/remote/remote_protocol.x:2564) */
interface RemoteConnectDomainEventCallbackDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_domain_event_callback_deregister_any_args: XdrShape = "{callbackID:i}";

/** remote_domain_event_reboot_msg (src/remote/remote_protocol.x:2568) */
interface RemoteDomainEventRebootMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_reboot_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_event_callback_reboot_msg (src/remote/remote_protocol.x:2571) */
interface RemoteDomainEventCallbackRebootMsg {
  callbackID: number;
  msg: RemoteDomainEventRebootMsg;
}
const remote_domain_event_callback_reboot_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_event_rtc_change_msg (src/remote/remote_protocol.x:2576) */
interface RemoteDomainEventRtcChangeMsg {
  dom: RemoteNonnullDomain;
  offset: number;
}
const remote_domain_event_rtc_change_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},offset:h}";

/** remote_domain_event_callback_rtc_change_msg (src/remote/remote_protocol.x:2580) */
interface RemoteDomainEventCallbackRtcChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventRtcChangeMsg;
}
const remote_domain_event_callback_rtc_change_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},offset:h}}";

/** remote_domain_event_watchdog_msg (src/remote/remote_protocol.x:2585) */
interface RemoteDomainEventWatchdogMsg {
  dom: RemoteNonnullDomain;
  action: number;
}
const remote_domain_event_watchdog_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},action:i}";

/** remote_domain_event_callback_watchdog_msg (src/remote/remote_protocol.x:2589) */
interface RemoteDomainEventCallbackWatchdogMsg {
  callbackID: number;
  msg: RemoteDomainEventWatchdogMsg;
}
const remote_domain_event_callback_watchdog_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},action:i}}";

/** remote_domain_event_io_error_msg (src/remote/remote_protocol.x:2594) */
interface RemoteDomainEventIoErrorMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
}
const remote_domain_event_io_error_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},srcPath:s4194304,devAlias:s4194304,action:i}";

/** remote_domain_event_callback_io_error_msg (src/remote/remote_protocol.x:2600) */
interface RemoteDomainEventCallbackIoErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorMsg;
}
const remote_domain_event_callback_io_error_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},srcPath:s4194304,devAlias:s4194304,action:i}}";

/** remote_domain_event_io_error_reason_msg (src/remote/remote_protocol.x:2605) */
interface RemoteDomainEventIoErrorReasonMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
  reason: RemoteNonnullString;
}
const remote_domain_event_io_error_reason_msg: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},srcPath:s4194304,devAlias:s4194304,action:i,reason:s4194304}";

/** remote_domain_event_callback_io_error_reason_msg (src/remote/remote_protocol.x:2612) */
interface RemoteDomainEventCallbackIoErrorReasonMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorReasonMsg;
}
const remote_domain_event_callback_io_error_reason_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},srcPath:s4194304,devAlias:s4194304,action:i,reason:s4194304}}";

/** remote_domain_event_graphics_address (src/remote/remote_protocol.x:2617) */
interface RemoteDomainEventGraphicsAddress {
  family: number;
  node: RemoteNonnullString;
  service: RemoteNonnullString;
}
const remote_domain_event_graphics_address: XdrShape = "{family:i,node:s4194304,service:s4194304}";

/** remote_domain_event_graphics_identity (src/remote/remote_protocol.x:2625) */
interface RemoteDomainEventGraphicsIdentity {
  type: RemoteNonnullString;
  name: RemoteNonnullString;
}
const remote_domain_event_graphics_identity: XdrShape = "{type:s4194304,name:s4194304}";

/** remote_domain_event_graphics_msg (src/remote/remote_protocol.x:2630) */
interface RemoteDomainEventGraphicsMsg {
  dom: RemoteNonnullDomain;
  phase: number;
  local: RemoteDomainEventGraphicsAddress;
  remote: RemoteDomainEventGraphicsAddress;
  authScheme: RemoteNonnullString;
  subject: RemoteDomainEventGraphicsIdentity[];
}
const remote_domain_event_graphics_msg: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},phase:i,local:{family:i,node:s4194304,service:s4194304},remote:{family:i,node:s4194304,service:s4194304},authScheme:s4194304,subject:a20:{type:s4194304,name:s4194304}}";

/** remote_domain_event_callback_graphics_msg (src/remote/remote_protocol.x:2638) */
interface RemoteDomainEventCallbackGraphicsMsg {
  callbackID: number;
  msg: RemoteDomainEventGraphicsMsg;
}
const remote_domain_event_callback_graphics_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},phase:i,local:{family:i,node:s4194304,service:s4194304},remote:{family:i,node:s4194304,service:s4194304},authScheme:s4194304,subject:a20:{type:s4194304,name:s4194304}}}";

/** remote_domain_event_block_job_msg (src/remote/remote_protocol.x:2643) */
interface RemoteDomainEventBlockJobMsg {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  type: number;
  status: number;
}
const remote_domain_event_block_job_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},path:s4194304,type:i,status:i}";

/** remote_domain_event_callback_block_job_msg (src/remote/remote_protocol.x:2649) */
interface RemoteDomainEventCallbackBlockJobMsg {
  callbackID: number;
  msg: RemoteDomainEventBlockJobMsg;
}
const remote_domain_event_callback_block_job_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},path:s4194304,type:i,status:i}}";

/** remote_domain_event_disk_change_msg (src/remote/remote_protocol.x:2654) */
interface RemoteDomainEventDiskChangeMsg {
  dom: RemoteNonnullDomain;
  oldSrcPath: RemoteString;
  newSrcPath: RemoteString;
  devAlias: RemoteNonnullString;
  reason: number;
}
const remote_domain_event_disk_change_msg: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},oldSrcPath:?s4194304,newSrcPath:?s4194304,devAlias:s4194304,reason:i}";

/** remote_domain_event_callback_disk_change_msg (src/remote/remote_protocol.x:2661) */
interface RemoteDomainEventCallbackDiskChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventDiskChangeMsg;
}
const remote_domain_event_callback_disk_change_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},oldSrcPath:?s4194304,newSrcPath:?s4194304,devAlias:s4194304,reason:i}}";

/** remote_domain_event_tray_change_msg (src/remote/remote_protocol.x:2666) */
interface RemoteDomainEventTrayChangeMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
  reason: number;
}
const remote_domain_event_tray_change_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304,reason:i}";

/** remote_domain_event_callback_tray_change_msg (src/remote/remote_protocol.x:2671) */
interface RemoteDomainEventCallbackTrayChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventTrayChangeMsg;
}
const remote_domain_event_callback_tray_change_msg: XdrShape =
  "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304,reason:i}}";

/** remote_domain_event_pmwakeup_msg (src/remote/remote_protocol.x:2676) */
interface RemoteDomainEventPmwakeupMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmwakeup_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_event_callback_pmwakeup_msg (src/remote/remote_protocol.x:2679) */
interface RemoteDomainEventCallbackPmwakeupMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmwakeupMsg;
}
const remote_domain_event_callback_pmwakeup_msg: XdrShape = "{callbackID:i,reason:i,msg:{dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_event_pmsuspend_msg (src/remote/remote_protocol.x:2685) */
interface RemoteDomainEventPmsuspendMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmsuspend_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_event_callback_pmsuspend_msg (src/remote/remote_protocol.x:2688) */
interface RemoteDomainEventCallbackPmsuspendMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendMsg;
}
const remote_domain_event_callback_pmsuspend_msg: XdrShape = "{callbackID:i,reason:i,msg:{dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_event_balloon_change_msg (src/remote/remote_protocol.x:2694) */
interface RemoteDomainEventBalloonChangeMsg {
  dom: RemoteNonnullDomain;
  actual: number;
}
const remote_domain_event_balloon_change_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},actual:H}";

/** remote_domain_event_callback_balloon_change_msg (src/remote/remote_protocol.x:2698) */
interface RemoteDomainEventCallbackBalloonChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventBalloonChangeMsg;
}
const remote_domain_event_callback_balloon_change_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},actual:H}}";

/** remote_domain_event_pmsuspend_disk_msg (src/remote/remote_protocol.x:2703) */
interface RemoteDomainEventPmsuspendDiskMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_pmsuspend_disk_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_event_callback_pmsuspend_disk_msg (src/remote/remote_protocol.x:2706) */
interface RemoteDomainEventCallbackPmsuspendDiskMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendDiskMsg;
}
const remote_domain_event_callback_pmsuspend_disk_msg: XdrShape = "{callbackID:i,reason:i,msg:{dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_managed_save_args (src/remote/remote_protocol.x:2712) */
interface RemoteDomainManagedSaveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_has_managed_save_image_args (src/remote/remote_protocol.x:2717) */
interface RemoteDomainHasManagedSaveImageArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_has_managed_save_image_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_has_managed_save_image_ret (src/remote/remote_protocol.x:2722) */
interface RemoteDomainHasManagedSaveImageRet {
  result: number;
}
const remote_domain_has_managed_save_image_ret: XdrShape = "{result:i}";

/** remote_domain_managed_save_remove_args (src/remote/remote_protocol.x:2726) */
interface RemoteDomainManagedSaveRemoveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_remove_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_managed_save_get_xml_desc_args (src/remote/remote_protocol.x:2731) */
interface RemoteDomainManagedSaveGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_managed_save_get_xml_desc_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_managed_save_get_xml_desc_ret (src/remote/remote_protocol.x:2736) */
interface RemoteDomainManagedSaveGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_managed_save_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_managed_save_define_xml_args (src/remote/remote_protocol.x:2740) */
interface RemoteDomainManagedSaveDefineXmlArgs {
  dom: RemoteNonnullDomain;
  dxml: RemoteString;
  flags: number;
}
const remote_domain_managed_save_define_xml_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},dxml:?s4194304,flags:u}";

/** remote_domain_snapshot_create_xml_args (src/remote/remote_protocol.x:2746) */
interface RemoteDomainSnapshotCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_snapshot_create_xml_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml_desc:s4194304,flags:u}";

/** remote_domain_snapshot_create_xml_ret (src/remote/remote_protocol.x:2752) */
interface RemoteDomainSnapshotCreateXmlRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_create_xml_ret: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_snapshot_get_xml_desc_args (src/remote/remote_protocol.x:2756) */
interface RemoteDomainSnapshotGetXmlDescArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_get_xml_desc_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_get_xml_desc_ret (src/remote/remote_protocol.x:2761) */
interface RemoteDomainSnapshotGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_snapshot_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_snapshot_num_args (src/remote/remote_protocol.x:2765) */
interface RemoteDomainSnapshotNumArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_snapshot_num_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_snapshot_num_ret (src/remote/remote_protocol.x:2770) */
interface RemoteDomainSnapshotNumRet {
  num: number;
}
const remote_domain_snapshot_num_ret: XdrShape = "{num:i}";

/** remote_domain_snapshot_list_names_args (src/remote/remote_protocol.x:2774) */
interface RemoteDomainSnapshotListNamesArgs {
  dom: RemoteNonnullDomain;
  maxnames: number;
  flags: number;
}
const remote_domain_snapshot_list_names_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},maxnames:i,flags:u}";

/** remote_domain_snapshot_list_names_ret (src/remote/remote_protocol.x:2780) */
interface RemoteDomainSnapshotListNamesRet {
  names: RemoteNonnullString[];
}
const remote_domain_snapshot_list_names_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_domain_list_all_snapshots_args (src/remote/remote_protocol.x:2784) */
interface RemoteDomainListAllSnapshotsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
const remote_domain_list_all_snapshots_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},need_results:i,flags:u}";

/** remote_domain_list_all_snapshots_ret (src/remote/remote_protocol.x:2790) */
interface RemoteDomainListAllSnapshotsRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
const remote_domain_list_all_snapshots_ret: XdrShape = "{snapshots:a16384:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},ret:i}";

/** remote_domain_snapshot_num_children_args (src/remote/remote_protocol.x:2795) */
interface RemoteDomainSnapshotNumChildrenArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_num_children_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_num_children_ret (src/remote/remote_protocol.x:2800) */
interface RemoteDomainSnapshotNumChildrenRet {
  num: number;
}
const remote_domain_snapshot_num_children_ret: XdrShape = "{num:i}";

/** remote_domain_snapshot_list_children_names_args (src/remote/remote_protocol.x:2804) */
interface RemoteDomainSnapshotListChildrenNamesArgs {
  snap: RemoteNonnullDomainSnapshot;
  maxnames: number;
  flags: number;
}
const remote_domain_snapshot_list_children_names_args: XdrShape =
  "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},maxnames:i,flags:u}";

/** remote_domain_snapshot_list_children_names_ret (src/remote/remote_protocol.x:2810) */
interface RemoteDomainSnapshotListChildrenNamesRet {
  names: RemoteNonnullString[];
}
const remote_domain_snapshot_list_children_names_ret: XdrShape = "{names:a16384:s4194304}";

/** remote_domain_snapshot_list_all_children_args (src/remote/remote_protocol.x:2814) */
interface RemoteDomainSnapshotListAllChildrenArgs {
  snapshot: RemoteNonnullDomainSnapshot;
  need_results: number;
  flags: number;
}
const remote_domain_snapshot_list_all_children_args: XdrShape =
  "{snapshot:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},need_results:i,flags:u}";

/** remote_domain_snapshot_list_all_children_ret (src/remote/remote_protocol.x:2820) */
interface RemoteDomainSnapshotListAllChildrenRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
const remote_domain_snapshot_list_all_children_ret: XdrShape = "{snapshots:a16384:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},ret:i}";

/** remote_domain_snapshot_lookup_by_name_args (src/remote/remote_protocol.x:2825) */
interface RemoteDomainSnapshotLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_snapshot_lookup_by_name_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},name:s4194304,flags:u}";

/** remote_domain_snapshot_lookup_by_name_ret (src/remote/remote_protocol.x:2831) */
interface RemoteDomainSnapshotLookupByNameRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_lookup_by_name_ret: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_has_current_snapshot_args (src/remote/remote_protocol.x:2835) */
interface RemoteDomainHasCurrentSnapshotArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_has_current_snapshot_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_has_current_snapshot_ret (src/remote/remote_protocol.x:2840) */
interface RemoteDomainHasCurrentSnapshotRet {
  result: number;
}
const remote_domain_has_current_snapshot_ret: XdrShape = "{result:i}";

/** remote_domain_snapshot_get_parent_args (src/remote/remote_protocol.x:2844) */
interface RemoteDomainSnapshotGetParentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_get_parent_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_get_parent_ret (src/remote/remote_protocol.x:2849) */
interface RemoteDomainSnapshotGetParentRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_get_parent_ret: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_snapshot_current_args (src/remote/remote_protocol.x:2853) */
interface RemoteDomainSnapshotCurrentArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_snapshot_current_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_snapshot_current_ret (src/remote/remote_protocol.x:2858) */
interface RemoteDomainSnapshotCurrentRet {
  snap: RemoteNonnullDomainSnapshot;
}
const remote_domain_snapshot_current_ret: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_snapshot_is_current_args (src/remote/remote_protocol.x:2862) */
interface RemoteDomainSnapshotIsCurrentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_is_current_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_is_current_ret (src/remote/remote_protocol.x:2867) */
interface RemoteDomainSnapshotIsCurrentRet {
  current: number;
}
const remote_domain_snapshot_is_current_ret: XdrShape = "{current:i}";

/** remote_domain_snapshot_has_metadata_args (src/remote/remote_protocol.x:2871) */
interface RemoteDomainSnapshotHasMetadataArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_has_metadata_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_has_metadata_ret (src/remote/remote_protocol.x:2876) */
interface RemoteDomainSnapshotHasMetadataRet {
  metadata: number;
}
const remote_domain_snapshot_has_metadata_ret: XdrShape = "{metadata:i}";

/** remote_domain_revert_to_snapshot_args (src/remote/remote_protocol.x:2880) */
interface RemoteDomainRevertToSnapshotArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_revert_to_snapshot_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_snapshot_delete_args (src/remote/remote_protocol.x:2885) */
interface RemoteDomainSnapshotDeleteArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
const remote_domain_snapshot_delete_args: XdrShape = "{snap:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_open_console_args (src/remote/remote_protocol.x:2890) */
interface RemoteDomainOpenConsoleArgs {
  dom: RemoteNonnullDomain;
  dev_name: RemoteString;
  flags: number;
}
const remote_domain_open_console_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},dev_name:?s4194304,flags:u}";

/** remote_domain_open_channel_args (src/remote/remote_protocol.x:2896) */
interface RemoteDomainOpenChannelArgs {
  dom: RemoteNonnullDomain;
  name: RemoteString;
  flags: number;
}
const remote_domain_open_channel_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},name:?s4194304,flags:u}";

/** remote_storage_vol_upload_args (src/remote/remote_protocol.x:2902) */
interface RemoteStorageVolUploadArgs {
  vol: RemoteNonnullStorageVol;
  offset: number;
  length: number;
  flags: number;
}
const remote_storage_vol_upload_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},offset:H,length:H,flags:u}";

/** remote_storage_vol_download_args (src/remote/remote_protocol.x:2909) */
interface RemoteStorageVolDownloadArgs {
  vol: RemoteNonnullStorageVol;
  offset: number;
  length: number;
  flags: number;
}
const remote_storage_vol_download_args: XdrShape = "{vol:{pool:s4194304,name:s4194304,key:s4194304},offset:H,length:H,flags:u}";

/** remote_domain_get_state_args (src/remote/remote_protocol.x:2916) */
interface RemoteDomainGetStateArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_state_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_state_ret (src/remote/remote_protocol.x:2921) */
interface RemoteDomainGetStateRet {
  state: number;
  reason: number;
}
const remote_domain_get_state_ret: XdrShape = "{state:i,reason:i}";

/** remote_domain_migrate_begin3_args (src/remote/remote_protocol.x:2926) */
interface RemoteDomainMigrateBegin3Args {
  dom: RemoteNonnullDomain;
  xmlin: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
}
const remote_domain_migrate_begin3_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xmlin:?s4194304,flags:H,dname:?s4194304,resource:H}";

/** remote_domain_migrate_begin3_ret (src/remote/remote_protocol.x:2934) */
interface RemoteDomainMigrateBegin3Ret {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
const remote_domain_migrate_begin3_ret: XdrShape = "{cookie_out:o4194304,xml:s4194304}";

/** remote_domain_migrate_prepare3_args (src/remote/remote_protocol.x:2939) */
interface RemoteDomainMigratePrepare3Args {
  cookie_in: Buffer;
  uri_in: RemoteString;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare3_args: XdrShape =
  "{cookie_in:o4194304,uri_in:?s4194304,flags:H,dname:?s4194304,resource:H,dom_xml:s4194304}";

/** remote_domain_migrate_prepare3_ret (src/remote/remote_protocol.x:2948) */
interface RemoteDomainMigratePrepare3Ret {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare3_ret: XdrShape = "{cookie_out:o4194304,uri_out:?s4194304}";

/** remote_domain_migrate_prepare_tunnel3_args (src/remote/remote_protocol.x:2953) */
interface RemoteDomainMigratePrepareTunnel3Args {
  cookie_in: Buffer;
  flags: number;
  dname: RemoteString;
  resource: number;
  dom_xml: RemoteNonnullString;
}
const remote_domain_migrate_prepare_tunnel3_args: XdrShape = "{cookie_in:o4194304,flags:H,dname:?s4194304,resource:H,dom_xml:s4194304}";

/** remote_domain_migrate_prepare_tunnel3_ret (src/remote/remote_protocol.x:2961) */
interface RemoteDomainMigratePrepareTunnel3Ret {
  cookie_out: Buffer;
}
const remote_domain_migrate_prepare_tunnel3_ret: XdrShape = "{cookie_out:o4194304}";

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
const remote_domain_migrate_perform3_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},xmlin:?s4194304,cookie_in:o4194304,dconnuri:?s4194304,uri:?s4194304,flags:H,dname:?s4194304,resource:H}";

/** remote_domain_migrate_perform3_ret (src/remote/remote_protocol.x:2976) */
interface RemoteDomainMigratePerform3Ret {
  cookie_out: Buffer;
}
const remote_domain_migrate_perform3_ret: XdrShape = "{cookie_out:o4194304}";

/** remote_domain_migrate_finish3_args (src/remote/remote_protocol.x:2980) */
interface RemoteDomainMigrateFinish3Args {
  dname: RemoteNonnullString;
  cookie_in: Buffer;
  dconnuri: RemoteString;
  uri: RemoteString;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_finish3_args: XdrShape =
  "{dname:s4194304,cookie_in:o4194304,dconnuri:?s4194304,uri:?s4194304,flags:H,cancelled:i}";

/** remote_domain_migrate_finish3_ret (src/remote/remote_protocol.x:2989) */
interface RemoteDomainMigrateFinish3Ret {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
const remote_domain_migrate_finish3_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cookie_out:o4194304}";

/** remote_domain_migrate_confirm3_args (src/remote/remote_protocol.x:2994) */
interface RemoteDomainMigrateConfirm3Args {
  dom: RemoteNonnullDomain;
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_confirm3_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cookie_in:o4194304,flags:H,cancelled:i}";

/** remote_domain_event_control_error_msg (src/remote/remote_protocol.x:3001) */
interface RemoteDomainEventControlErrorMsg {
  dom: RemoteNonnullDomain;
}
const remote_domain_event_control_error_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i}}";

/** remote_domain_event_callback_control_error_msg (src/remote/remote_protocol.x:3004) */
interface RemoteDomainEventCallbackControlErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventControlErrorMsg;
}
const remote_domain_event_callback_control_error_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_get_control_info_args (src/remote/remote_protocol.x:3009) */
interface RemoteDomainGetControlInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_control_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_control_info_ret (src/remote/remote_protocol.x:3014) */
interface RemoteDomainGetControlInfoRet {
  state: number;
  details: number;
  stateTime: number;
}
const remote_domain_get_control_info_ret: XdrShape = "{state:u,details:u,stateTime:H}";

/** remote_domain_open_graphics_args (src/remote/remote_protocol.x:3020) */
interface RemoteDomainOpenGraphicsArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
const remote_domain_open_graphics_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},idx:u,flags:u}";

/** remote_domain_open_graphics_fd_args (src/remote/remote_protocol.x:3026) */
interface RemoteDomainOpenGraphicsFdArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
const remote_domain_open_graphics_fd_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},idx:u,flags:u}";

/** remote_node_suspend_for_duration_args (src/remote/remote_protocol.x:3032) */
interface RemoteNodeSuspendForDurationArgs {
  target: number;
  duration: number;
  flags: number;
}
const remote_node_suspend_for_duration_args: XdrShape = "{target:u,duration:H,flags:u}";

/** remote_domain_shutdown_flags_args (src/remote/remote_protocol.x:3038) */
interface RemoteDomainShutdownFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_shutdown_flags_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_disk_errors_args (src/remote/remote_protocol.x:3043) */
interface RemoteDomainGetDiskErrorsArgs {
  dom: RemoteNonnullDomain;
  maxerrors: number;
  flags: number;
}
const remote_domain_get_disk_errors_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},maxerrors:u,flags:u}";

/** remote_domain_get_disk_errors_ret (src/remote/remote_protocol.x:3049) */
interface RemoteDomainGetDiskErrorsRet {
  errors: RemoteDomainDiskError[];
  nerrors: number;
}
const remote_domain_get_disk_errors_ret: XdrShape = "{errors:a256:{disk:s4194304,error:i},nerrors:i}";

/** remote_connect_list_all_domains_args (src/remote/remote_protocol.x:3054) */
interface RemoteConnectListAllDomainsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_domains_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_domains_ret (src/remote/remote_protocol.x:3059) */
interface RemoteConnectListAllDomainsRet {
  domains: RemoteNonnullDomain[];
  ret: number;
}
const remote_connect_list_all_domains_ret: XdrShape = "{domains:a16384:{name:s4194304,uuid:U,id:i},ret:u}";

/** remote_connect_list_all_storage_pools_args (src/remote/remote_protocol.x:3064) */
interface RemoteConnectListAllStoragePoolsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_storage_pools_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_storage_pools_ret (src/remote/remote_protocol.x:3069) */
interface RemoteConnectListAllStoragePoolsRet {
  pools: RemoteNonnullStoragePool[];
  ret: number;
}
const remote_connect_list_all_storage_pools_ret: XdrShape = "{pools:a16384:{name:s4194304,uuid:U},ret:u}";

/** remote_storage_pool_list_all_volumes_args (src/remote/remote_protocol.x:3074) */
interface RemoteStoragePoolListAllVolumesArgs {
  pool: RemoteNonnullStoragePool;
  need_results: number;
  flags: number;
}
const remote_storage_pool_list_all_volumes_args: XdrShape = "{pool:{name:s4194304,uuid:U},need_results:i,flags:u}";

/** remote_storage_pool_list_all_volumes_ret (src/remote/remote_protocol.x:3080) */
interface RemoteStoragePoolListAllVolumesRet {
  vols: RemoteNonnullStorageVol[];
  ret: number;
}
const remote_storage_pool_list_all_volumes_ret: XdrShape = "{vols:a16384:{pool:s4194304,name:s4194304,key:s4194304},ret:u}";

/** remote_connect_list_all_networks_args (src/remote/remote_protocol.x:3085) */
interface RemoteConnectListAllNetworksArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_networks_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_networks_ret (src/remote/remote_protocol.x:3090) */
interface RemoteConnectListAllNetworksRet {
  nets: RemoteNonnullNetwork[];
  ret: number;
}
const remote_connect_list_all_networks_ret: XdrShape = "{nets:a16384:{name:s4194304,uuid:U},ret:u}";

/** remote_connect_list_all_interfaces_args (src/remote/remote_protocol.x:3095) */
interface RemoteConnectListAllInterfacesArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_interfaces_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_interfaces_ret (src/remote/remote_protocol.x:3100) */
interface RemoteConnectListAllInterfacesRet {
  ifaces: RemoteNonnullInterface[];
  ret: number;
}
const remote_connect_list_all_interfaces_ret: XdrShape = "{ifaces:a16384:{name:s4194304,mac:s4194304},ret:u}";

/** remote_connect_list_all_node_devices_args (src/remote/remote_protocol.x:3105) */
interface RemoteConnectListAllNodeDevicesArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_node_devices_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_node_devices_ret (src/remote/remote_protocol.x:3110) */
interface RemoteConnectListAllNodeDevicesRet {
  devices: RemoteNonnullNodeDevice[];
  ret: number;
}
const remote_connect_list_all_node_devices_ret: XdrShape = "{devices:a65536:{name:s4194304},ret:u}";

/** remote_connect_list_all_nwfilters_args (src/remote/remote_protocol.x:3115) */
interface RemoteConnectListAllNwfiltersArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_nwfilters_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_nwfilters_ret (src/remote/remote_protocol.x:3120) */
interface RemoteConnectListAllNwfiltersRet {
  filters: RemoteNonnullNwfilter[];
  ret: number;
}
const remote_connect_list_all_nwfilters_ret: XdrShape = "{filters:a16384:{name:s4194304,uuid:U},ret:u}";

/** remote_connect_list_all_secrets_args (src/remote/remote_protocol.x:3125) */
interface RemoteConnectListAllSecretsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_secrets_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_secrets_ret (src/remote/remote_protocol.x:3130) */
interface RemoteConnectListAllSecretsRet {
  secrets: RemoteNonnullSecret[];
  ret: number;
}
const remote_connect_list_all_secrets_ret: XdrShape = "{secrets:a16384:{uuid:U,usageType:i,usageID:s4194304},ret:u}";

/** remote_node_set_memory_parameters_args (src/remote/remote_protocol.x:3135) */
interface RemoteNodeSetMemoryParametersArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_node_set_memory_parameters_args: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_node_get_memory_parameters_args (src/remote/remote_protocol.x:3140) */
interface RemoteNodeGetMemoryParametersArgs {
  nparams: number;
  flags: number;
}
const remote_node_get_memory_parameters_args: XdrShape = "{nparams:i,flags:u}";

/** remote_node_get_memory_parameters_ret (src/remote/remote_protocol.x:3145) */
interface RemoteNodeGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_node_get_memory_parameters_ret: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_node_get_cpu_map_args (src/remote/remote_protocol.x:3150) */
interface RemoteNodeGetCpuMapArgs {
  need_map: number;
  need_online: number;
  flags: number;
}
const remote_node_get_cpu_map_args: XdrShape = "{need_map:i,need_online:i,flags:u}";

/** remote_node_get_cpu_map_ret (src/remote/remote_protocol.x:3156) */
interface RemoteNodeGetCpuMapRet {
  cpumap: Buffer;
  online: number;
  ret: number;
}
const remote_node_get_cpu_map_ret: XdrShape = "{cpumap:o2048,online:u,ret:i}";

/** remote_domain_fstrim_args (src/remote/remote_protocol.x:3162) */
interface RemoteDomainFstrimArgs {
  dom: RemoteNonnullDomain;
  mountPoint: RemoteString;
  minimum: number;
  flags: number;
}
const remote_domain_fstrim_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},mountPoint:?s4194304,minimum:H,flags:u}";

/** remote_domain_get_time_args (src/remote/remote_protocol.x:3169) */
interface RemoteDomainGetTimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_time_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_time_ret (src/remote/remote_protocol.x:3174) */
interface RemoteDomainGetTimeRet {
  seconds: number;
  nseconds: number;
}
const remote_domain_get_time_ret: XdrShape = "{seconds:h,nseconds:u}";

/** remote_domain_set_time_args (src/remote/remote_protocol.x:3179) */
interface RemoteDomainSetTimeArgs {
  dom: RemoteNonnullDomain;
  seconds: number;
  nseconds: number;
  flags: number;
}
const remote_domain_set_time_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},seconds:h,nseconds:u,flags:u}";

/** remote_domain_migrate_begin3_params_args (src/remote/remote_protocol.x:3186) */
interface RemoteDomainMigrateBegin3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_migrate_begin3_params_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_migrate_begin3_params_ret (src/remote/remote_protocol.x:3192) */
interface RemoteDomainMigrateBegin3ParamsRet {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
const remote_domain_migrate_begin3_params_ret: XdrShape = "{cookie_out:o4194304,xml:s4194304}";

/** remote_domain_migrate_prepare3_params_args (src/remote/remote_protocol.x:3197) */
interface RemoteDomainMigratePrepare3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_prepare3_params_args: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},cookie_in:o4194304,flags:u}";

/** remote_domain_migrate_prepare3_params_ret (src/remote/remote_protocol.x:3203) */
interface RemoteDomainMigratePrepare3ParamsRet {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
const remote_domain_migrate_prepare3_params_ret: XdrShape = "{cookie_out:o4194304,uri_out:?s4194304}";

/** remote_domain_migrate_prepare_tunnel3_params_args (src/remote/remote_protocol.x:3208) */
interface RemoteDomainMigratePrepareTunnel3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_prepare_tunnel3_params_args: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},cookie_in:o4194304,flags:u}";

/** remote_domain_migrate_prepare_tunnel3_params_ret (src/remote/remote_protocol.x:3214) */
interface RemoteDomainMigratePrepareTunnel3ParamsRet {
  cookie_out: Buffer;
}
const remote_domain_migrate_prepare_tunnel3_params_ret: XdrShape = "{cookie_out:o4194304}";

/** remote_domain_migrate_perform3_params_args (src/remote/remote_protocol.x:3218) */
interface RemoteDomainMigratePerform3ParamsArgs {
  dom: RemoteNonnullDomain;
  dconnuri: RemoteString;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
const remote_domain_migrate_perform3_params_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},dconnuri:?s4194304,params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},cookie_in:o4194304,flags:u}";

/** remote_domain_migrate_perform3_params_ret (src/remote/remote_protocol.x:3226) */
interface RemoteDomainMigratePerform3ParamsRet {
  cookie_out: Buffer;
}
const remote_domain_migrate_perform3_params_ret: XdrShape = "{cookie_out:o4194304}";

/** remote_domain_migrate_finish3_params_args (src/remote/remote_protocol.x:3230) */
interface RemoteDomainMigrateFinish3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_finish3_params_args: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},cookie_in:o4194304,flags:u,cancelled:i}";

/** remote_domain_migrate_finish3_params_ret (src/remote/remote_protocol.x:3237) */
interface RemoteDomainMigrateFinish3ParamsRet {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
const remote_domain_migrate_finish3_params_ret: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cookie_out:o4194304}";

/** remote_domain_migrate_confirm3_params_args (src/remote/remote_protocol.x:3242) */
interface RemoteDomainMigrateConfirm3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
const remote_domain_migrate_confirm3_params_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},cookie_in:o4194304,flags:u,cancelled:i}";

/** remote_domain_event_device_removed_msg (src/remote/remote_protocol.x:3253) */
interface RemoteDomainEventDeviceRemovedMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_device_removed_msg: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304}";

/** remote_domain_event_callback_device_removed_msg (src/remote/remote_protocol.x:3257) */
interface RemoteDomainEventCallbackDeviceRemovedMsg {
  callbackID: number;
  msg: RemoteDomainEventDeviceRemovedMsg;
}
const remote_domain_event_callback_device_removed_msg: XdrShape = "{callbackID:i,msg:{dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304}}";

/** remote_domain_event_block_job_2_msg (src/remote/remote_protocol.x:3262) */
interface RemoteDomainEventBlockJob2Msg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dst: RemoteNonnullString;
  type: number;
  status: number;
}
const remote_domain_event_block_job_2_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},dst:s4194304,type:i,status:i}";

/** remote_domain_event_block_threshold_msg (src/remote/remote_protocol.x:3270) */
interface RemoteDomainEventBlockThresholdMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  path: RemoteString;
  threshold: number;
  excess: number;
}
const remote_domain_event_block_threshold_msg: XdrShape =
  "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},dev:s4194304,path:?s4194304,threshold:H,excess:H}";

/** remote_domain_event_callback_tunable_msg (src/remote/remote_protocol.x:3279) */
interface RemoteDomainEventCallbackTunableMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_event_callback_tunable_msg: XdrShape =
  "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},params:a2048:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_event_callback_device_added_msg (src/remote/remote_protocol.x:3285) */
interface RemoteDomainEventCallbackDeviceAddedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_callback_device_added_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304}";

/** remote_connect_event_connection_closed_msg (src/remote/remote_protocol.x:3291) */
interface RemoteConnectEventConnectionClosedMsg {
  reason: number;
}
const remote_connect_event_connection_closed_msg: XdrShape = "{reason:i}";

/** remote_connect_get_cpu_model_names_args (src/remote/remote_protocol.x:3295) */
interface RemoteConnectGetCpuModelNamesArgs {
  arch: RemoteNonnullString;
  need_results: number;
  flags: number;
}
const remote_connect_get_cpu_model_names_args: XdrShape = "{arch:s4194304,need_results:i,flags:u}";

/** remote_connect_get_cpu_model_names_ret (src/remote/remote_protocol.x:3301) */
interface RemoteConnectGetCpuModelNamesRet {
  models: RemoteNonnullString[];
  ret: number;
}
const remote_connect_get_cpu_model_names_ret: XdrShape = "{models:a8192:s4194304,ret:i}";

/** remote_connect_network_event_register_any_args (src/remote/remote_protocol.x:3306) */
interface RemoteConnectNetworkEventRegisterAnyArgs {
  eventID: number;
  net: RemoteNetwork;
}
const remote_connect_network_event_register_any_args: XdrShape = "{eventID:i,net:?{name:s4194304,uuid:U}}";

/** remote_connect_network_event_register_any_ret (src/remote/remote_protocol.x:3311) */
interface RemoteConnectNetworkEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_network_event_register_any_ret: XdrShape = "{callbackID:i}";

/** remote_connect_network_event_deregister_any_args (src/remote/remote_protocol.x:3315) */
interface RemoteConnectNetworkEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_network_event_deregister_any_args: XdrShape = "{callbackID:i}";

/** remote_network_event_lifecycle_msg (src/remote/remote_protocol.x:3319) */
interface RemoteNetworkEventLifecycleMsg {
  callbackID: number;
  net: RemoteNonnullNetwork;
  event: number;
  detail: number;
}
const remote_network_event_lifecycle_msg: XdrShape = "{callbackID:i,net:{name:s4194304,uuid:U},event:i,detail:i}";

/** remote_connect_storage_pool_event_register_any_args (src/remote/remote_protocol.x:3326) */
interface RemoteConnectStoragePoolEventRegisterAnyArgs {
  eventID: number;
  pool: RemoteStoragePool;
}
const remote_connect_storage_pool_event_register_any_args: XdrShape = "{eventID:i,pool:?{name:s4194304,uuid:U}}";

/** remote_connect_storage_pool_event_register_any_ret (src/remote/remote_protocol.x:3331) */
interface RemoteConnectStoragePoolEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_storage_pool_event_register_any_ret: XdrShape = "{callbackID:i}";

/** remote_connect_storage_pool_event_deregister_any_args (src/remote/remote_protocol.x:3335) */
interface RemoteConnectStoragePoolEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_storage_pool_event_deregister_any_args: XdrShape = "{callbackID:i}";

/** remote_storage_pool_event_lifecycle_msg (src/remote/remote_protocol.x:3339) */
interface RemoteStoragePoolEventLifecycleMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
  event: number;
  detail: number;
}
const remote_storage_pool_event_lifecycle_msg: XdrShape = "{callbackID:i,pool:{name:s4194304,uuid:U},event:i,detail:i}";

/** remote_storage_pool_event_refresh_msg (src/remote/remote_protocol.x:3346) */
interface RemoteStoragePoolEventRefreshMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
}
const remote_storage_pool_event_refresh_msg: XdrShape = "{callbackID:i,pool:{name:s4194304,uuid:U}}";

/** remote_connect_node_device_event_register_any_args (src/remote/remote_protocol.x:3351) */
interface RemoteConnectNodeDeviceEventRegisterAnyArgs {
  eventID: number;
  dev: RemoteNodeDevice;
}
const remote_connect_node_device_event_register_any_args: XdrShape = "{eventID:i,dev:?{name:s4194304}}";

/** remote_connect_node_device_event_register_any_ret (src/remote/remote_protocol.x:3356) */
interface RemoteConnectNodeDeviceEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_node_device_event_register_any_ret: XdrShape = "{callbackID:i}";

/** remote_connect_node_device_event_deregister_any_args (src/remote/remote_protocol.x:3360) */
interface RemoteConnectNodeDeviceEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_node_device_event_deregister_any_args: XdrShape = "{callbackID:i}";

/** remote_node_device_event_lifecycle_msg (src/remote/remote_protocol.x:3364) */
interface RemoteNodeDeviceEventLifecycleMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
  event: number;
  detail: number;
}
const remote_node_device_event_lifecycle_msg: XdrShape = "{callbackID:i,dev:{name:s4194304},event:i,detail:i}";

/** remote_node_device_event_update_msg (src/remote/remote_protocol.x:3371) */
interface RemoteNodeDeviceEventUpdateMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
}
const remote_node_device_event_update_msg: XdrShape = "{callbackID:i,dev:{name:s4194304}}";

/** remote_domain_fsfreeze_args (src/remote/remote_protocol.x:3376) */
interface RemoteDomainFsfreezeArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
const remote_domain_fsfreeze_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},mountpoints:a256:s4194304,flags:u}";

/** remote_domain_fsfreeze_ret (src/remote/remote_protocol.x:3382) */
interface RemoteDomainFsfreezeRet {
  filesystems: number;
}
const remote_domain_fsfreeze_ret: XdrShape = "{filesystems:i}";

/** remote_domain_fsthaw_args (src/remote/remote_protocol.x:3386) */
interface RemoteDomainFsthawArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
const remote_domain_fsthaw_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},mountpoints:a256:s4194304,flags:u}";

/** remote_domain_fsthaw_ret (src/remote/remote_protocol.x:3392) */
interface RemoteDomainFsthawRet {
  filesystems: number;
}
const remote_domain_fsthaw_ret: XdrShape = "{filesystems:i}";

/** remote_node_get_free_pages_args (src/remote/remote_protocol.x:3396) */
interface RemoteNodeGetFreePagesArgs {
  pages: number[];
  startCell: number;
  cellCount: number;
  flags: number;
}
const remote_node_get_free_pages_args: XdrShape = "{pages:a1024:u,startCell:i,cellCount:u,flags:u}";

/** remote_node_get_free_pages_ret (src/remote/remote_protocol.x:3403) */
interface RemoteNodeGetFreePagesRet {
  counts: number[];
}
const remote_node_get_free_pages_ret: XdrShape = "{counts:a1024:H}";

/** remote_node_alloc_pages_args (src/remote/remote_protocol.x:3407) */
interface RemoteNodeAllocPagesArgs {
  pageSizes: number[];
  pageCounts: number[];
  startCell: number;
  cellCount: number;
  flags: number;
}
const remote_node_alloc_pages_args: XdrShape = "{pageSizes:a1024:u,pageCounts:a1024:H,startCell:i,cellCount:u,flags:u}";

/** remote_node_alloc_pages_ret (src/remote/remote_protocol.x:3415) */
interface RemoteNodeAllocPagesRet {
  ret: number;
}
const remote_node_alloc_pages_ret: XdrShape = "{ret:i}";

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
const remote_network_dhcp_lease: XdrShape =
  "{iface:s4194304,expirytime:h,type:i,mac:?s4194304,iaid:?s4194304,ipaddr:s4194304,prefix:u,hostname:?s4194304,clientid:?s4194304}";

/** remote_network_get_dhcp_leases_args (src/remote/remote_protocol.x:3431) */
interface RemoteNetworkGetDhcpLeasesArgs {
  net: RemoteNonnullNetwork;
  mac: RemoteString;
  need_results: number;
  flags: number;
}
const remote_network_get_dhcp_leases_args: XdrShape = "{net:{name:s4194304,uuid:U},mac:?s4194304,need_results:i,flags:u}";

/** remote_network_get_dhcp_leases_ret (src/remote/remote_protocol.x:3438) */
interface RemoteNetworkGetDhcpLeasesRet {
  leases: RemoteNetworkDhcpLease[];
  ret: number;
}
const remote_network_get_dhcp_leases_ret: XdrShape =
  "{leases:a65536:{iface:s4194304,expirytime:h,type:i,mac:?s4194304,iaid:?s4194304,ipaddr:s4194304,prefix:u,hostname:?s4194304,clientid:?s4194304},ret:u}";

/** remote_domain_stats_record (src/remote/remote_protocol.x:3443) */
interface RemoteDomainStatsRecord {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_stats_record: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a262144:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_connect_get_all_domain_stats_args (src/remote/remote_protocol.x:3448) */
interface RemoteConnectGetAllDomainStatsArgs {
  doms: RemoteNonnullDomain[];
  stats: number;
  flags: number;
}
const remote_connect_get_all_domain_stats_args: XdrShape = "{doms:a16384:{name:s4194304,uuid:U,id:i},stats:u,flags:u}";

/** remote_domain_event_callback_agent_lifecycle_msg (src/remote/remote_protocol.x:3454) */
interface RemoteDomainEventCallbackAgentLifecycleMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  state: number;
  reason: number;
}
const remote_domain_event_callback_agent_lifecycle_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},state:i,reason:i}";

/** remote_connect_get_all_domain_stats_ret (src/remote/remote_protocol.x:3462) */
interface RemoteConnectGetAllDomainStatsRet {
  retStats: RemoteDomainStatsRecord[];
}
const remote_connect_get_all_domain_stats_ret: XdrShape =
  "{retStats:a16384:{dom:{name:s4194304,uuid:U,id:i},params:a262144:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}}";

/** remote_domain_fsinfo (src/remote/remote_protocol.x:3466) */
interface RemoteDomainFsinfo {
  mountpoint: RemoteNonnullString;
  name: RemoteNonnullString;
  fstype: RemoteNonnullString;
  dev_aliases: RemoteNonnullString[];
}
const remote_domain_fsinfo: XdrShape = "{mountpoint:s4194304,name:s4194304,fstype:s4194304,dev_aliases:a256:s4194304}";

/** remote_domain_get_fsinfo_args (src/remote/remote_protocol.x:3473) */
interface RemoteDomainGetFsinfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_fsinfo_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_fsinfo_ret (src/remote/remote_protocol.x:3478) */
interface RemoteDomainGetFsinfoRet {
  info: RemoteDomainFsinfo[];
  ret: number;
}
const remote_domain_get_fsinfo_ret: XdrShape =
  "{info:a256:{mountpoint:s4194304,name:s4194304,fstype:s4194304,dev_aliases:a256:s4194304},ret:u}";

/** remote_domain_ip_addr (src/remote/remote_protocol.x:3483) */
interface RemoteDomainIpAddr {
  type: number;
  addr: RemoteNonnullString;
  prefix: number;
}
const remote_domain_ip_addr: XdrShape = "{type:i,addr:s4194304,prefix:u}";

/** remote_domain_interface (src/remote/remote_protocol.x:3489) */
interface RemoteDomainInterface {
  name: RemoteNonnullString;
  hwaddr: RemoteString;
  addrs: RemoteDomainIpAddr[];
}
const remote_domain_interface: XdrShape = "{name:s4194304,hwaddr:?s4194304,addrs:a2048:{type:i,addr:s4194304,prefix:u}}";

/** remote_domain_interface_addresses_args (src/remote/remote_protocol.x:3495) */
interface RemoteDomainInterfaceAddressesArgs {
  dom: RemoteNonnullDomain;
  source: number;
  flags: number;
}
const remote_domain_interface_addresses_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},source:u,flags:u}";

/** remote_domain_interface_addresses_ret (src/remote/remote_protocol.x:3501) */
interface RemoteDomainInterfaceAddressesRet {
  ifaces: RemoteDomainInterface[];
}
const remote_domain_interface_addresses_ret: XdrShape =
  "{ifaces:a2048:{name:s4194304,hwaddr:?s4194304,addrs:a2048:{type:i,addr:s4194304,prefix:u}}}";

/** remote_domain_set_user_password_args (src/remote/remote_protocol.x:3505) */
interface RemoteDomainSetUserPasswordArgs {
  dom: RemoteNonnullDomain;
  user: RemoteString;
  password: RemoteString;
  flags: number;
}
const remote_domain_set_user_password_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},user:?s4194304,password:?s4194304,flags:u}";

/** remote_domain_rename_args (src/remote/remote_protocol.x:3512) */
interface RemoteDomainRenameArgs {
  dom: RemoteNonnullDomain;
  new_name: RemoteString;
  flags: number;
}
const remote_domain_rename_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},new_name:?s4194304,flags:u}";

/** remote_domain_rename_ret (src/remote/remote_protocol.x:3518) */
interface RemoteDomainRenameRet {
  retcode: number;
}
const remote_domain_rename_ret: XdrShape = "{retcode:i}";

/** remote_domain_event_callback_migration_iteration_msg (src/remote/remote_protocol.x:3522) */
interface RemoteDomainEventCallbackMigrationIterationMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  iteration: number;
}
const remote_domain_event_callback_migration_iteration_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},iteration:i}";

/** remote_domain_event_callback_job_completed_msg (src/remote/remote_protocol.x:3528) */
interface RemoteDomainEventCallbackJobCompletedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
const remote_domain_event_callback_job_completed_msg: XdrShape =
  "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_migrate_start_post_copy_args (src/remote/remote_protocol.x:3534) */
interface RemoteDomainMigrateStartPostCopyArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_migrate_start_post_copy_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_event_callback_device_removal_failed_msg (src/remote/remote_protocol.x:3539) */
interface RemoteDomainEventCallbackDeviceRemovalFailedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
const remote_domain_event_callback_device_removal_failed_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},devAlias:s4194304}";

/** remote_domain_get_guest_vcpus_args (src/remote/remote_protocol.x:3545) */
interface RemoteDomainGetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_guest_vcpus_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_guest_vcpus_ret (src/remote/remote_protocol.x:3550) */
interface RemoteDomainGetGuestVcpusRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_guest_vcpus_ret: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_set_guest_vcpus_args (src/remote/remote_protocol.x:3554) */
interface RemoteDomainSetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
const remote_domain_set_guest_vcpus_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cpumap:s4194304,state:i,flags:u}";

/** remote_domain_set_vcpu_args (src/remote/remote_protocol.x:3561) */
interface RemoteDomainSetVcpuArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
const remote_domain_set_vcpu_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},cpumap:s4194304,state:i,flags:u}";

/** remote_domain_event_callback_metadata_change_msg (src/remote/remote_protocol.x:3569) */
interface RemoteDomainEventCallbackMetadataChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  type: number;
  nsuri: RemoteString;
}
const remote_domain_event_callback_metadata_change_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},type:i,nsuri:?s4194304}";

/** remote_domain_event_memory_failure_msg (src/remote/remote_protocol.x:3576) */
interface RemoteDomainEventMemoryFailureMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  recipient: number;
  action: number;
  flags: number;
}
const remote_domain_event_memory_failure_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},recipient:i,action:i,flags:u}";

/** remote_connect_secret_event_register_any_args (src/remote/remote_protocol.x:3584) */
interface RemoteConnectSecretEventRegisterAnyArgs {
  eventID: number;
  secret: RemoteSecret;
}
const remote_connect_secret_event_register_any_args: XdrShape = "{eventID:i,secret:?{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_connect_secret_event_register_any_ret (src/remote/remote_protocol.x:3589) */
interface RemoteConnectSecretEventRegisterAnyRet {
  callbackID: number;
}
const remote_connect_secret_event_register_any_ret: XdrShape = "{callbackID:i}";

/** remote_connect_secret_event_deregister_any_args (src/remote/remote_protocol.x:3593) */
interface RemoteConnectSecretEventDeregisterAnyArgs {
  callbackID: number;
}
const remote_connect_secret_event_deregister_any_args: XdrShape = "{callbackID:i}";

/** remote_secret_event_lifecycle_msg (src/remote/remote_protocol.x:3597) */
interface RemoteSecretEventLifecycleMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
  event: number;
  detail: number;
}
const remote_secret_event_lifecycle_msg: XdrShape = "{callbackID:i,secret:{uuid:U,usageType:i,usageID:s4194304},event:i,detail:i}";

/** remote_secret_event_value_changed_msg (src/remote/remote_protocol.x:3604) */
interface RemoteSecretEventValueChangedMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
}
const remote_secret_event_value_changed_msg: XdrShape = "{callbackID:i,secret:{uuid:U,usageType:i,usageID:s4194304}}";

/** remote_domain_set_block_threshold_args (src/remote/remote_protocol.x:3609) */
interface RemoteDomainSetBlockThresholdArgs {
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  threshold: number;
  flags: number;
}
const remote_domain_set_block_threshold_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},dev:s4194304,threshold:H,flags:u}";

/** remote_domain_set_lifecycle_action_args (src/remote/remote_protocol.x:3616) */
interface RemoteDomainSetLifecycleActionArgs {
  dom: RemoteNonnullDomain;
  type: number;
  action: number;
  flags: number;
}
const remote_domain_set_lifecycle_action_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},type:u,action:u,flags:u}";

/** remote_connect_compare_hypervisor_cpu_args (src/remote/remote_protocol.x:3623) */
interface RemoteConnectCompareHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPU: RemoteNonnullString;
  flags: number;
}
const remote_connect_compare_hypervisor_cpu_args: XdrShape =
  "{emulator:?s4194304,arch:?s4194304,machine:?s4194304,virttype:?s4194304,xmlCPU:s4194304,flags:u}";

/** remote_connect_compare_hypervisor_cpu_ret (src/remote/remote_protocol.x:3632) */
interface RemoteConnectCompareHypervisorCpuRet {
  result: number;
}
const remote_connect_compare_hypervisor_cpu_ret: XdrShape = "{result:i}";

/** remote_connect_baseline_hypervisor_cpu_args (src/remote/remote_protocol.x:3636) */
interface RemoteConnectBaselineHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
const remote_connect_baseline_hypervisor_cpu_args: XdrShape =
  "{emulator:?s4194304,arch:?s4194304,machine:?s4194304,virttype:?s4194304,xmlCPUs:a256:s4194304,flags:u}";

/** remote_connect_baseline_hypervisor_cpu_ret (src/remote/remote_protocol.x:3645) */
interface RemoteConnectBaselineHypervisorCpuRet {
  cpu: RemoteNonnullString;
}
const remote_connect_baseline_hypervisor_cpu_ret: XdrShape = "{cpu:s4194304}";

/** remote_node_get_sev_info_args (src/remote/remote_protocol.x:3649) */
interface RemoteNodeGetSevInfoArgs {
  nparams: number;
  flags: number;
}
const remote_node_get_sev_info_args: XdrShape = "{nparams:i,flags:u}";

/** remote_node_get_sev_info_ret (src/remote/remote_protocol.x:3654) */
interface RemoteNodeGetSevInfoRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_node_get_sev_info_ret: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_domain_get_launch_security_info_args (src/remote/remote_protocol.x:3659) */
interface RemoteDomainGetLaunchSecurityInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_launch_security_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_launch_security_info_ret (src/remote/remote_protocol.x:3664) */
interface RemoteDomainGetLaunchSecurityInfoRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_launch_security_info_ret: XdrShape =
  "{params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_domain_set_launch_security_state_args (src/remote/remote_protocol.x:3668) */
interface RemoteDomainSetLaunchSecurityStateArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_domain_set_launch_security_state_args: XdrShape =
  "{dom:{name:s4194304,uuid:U,id:i},params:a64:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_nwfilter_binding_lookup_by_port_dev_args (src/remote/remote_protocol.x:3676) */
interface RemoteNwfilterBindingLookupByPortDevArgs {
  name: RemoteNonnullString;
}
const remote_nwfilter_binding_lookup_by_port_dev_args: XdrShape = "{name:s4194304}";

/** remote_nwfilter_binding_lookup_by_port_dev_ret (src/remote/remote_protocol.x:3680) */
interface RemoteNwfilterBindingLookupByPortDevRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_lookup_by_port_dev_ret: XdrShape = "{nwfilter:{portdev:s4194304,filtername:s4194304}}";

/** remote_nwfilter_binding_create_xml_args (src/remote/remote_protocol.x:3684) */
interface RemoteNwfilterBindingCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
const remote_nwfilter_binding_create_xml_args: XdrShape = "{xml:s4194304,flags:u}";

/** remote_nwfilter_binding_create_xml_ret (src/remote/remote_protocol.x:3689) */
interface RemoteNwfilterBindingCreateXmlRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_create_xml_ret: XdrShape = "{nwfilter:{portdev:s4194304,filtername:s4194304}}";

/** remote_nwfilter_binding_delete_args (src/remote/remote_protocol.x:3693) */
interface RemoteNwfilterBindingDeleteArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
}
const remote_nwfilter_binding_delete_args: XdrShape = "{nwfilter:{portdev:s4194304,filtername:s4194304}}";

/** remote_nwfilter_binding_get_xml_desc_args (src/remote/remote_protocol.x:3697) */
interface RemoteNwfilterBindingGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
  flags: number;
}
const remote_nwfilter_binding_get_xml_desc_args: XdrShape = "{nwfilter:{portdev:s4194304,filtername:s4194304},flags:u}";

/** remote_nwfilter_binding_get_xml_desc_ret (src/remote/remote_protocol.x:3702) */
interface RemoteNwfilterBindingGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_nwfilter_binding_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_connect_list_all_nwfilter_bindings_args (src/remote/remote_protocol.x:3706) */
interface RemoteConnectListAllNwfilterBindingsArgs {
  need_results: number;
  flags: number;
}
const remote_connect_list_all_nwfilter_bindings_args: XdrShape = "{need_results:i,flags:u}";

/** remote_connect_list_all_nwfilter_bindings_ret (src/remote/remote_protocol.x:3711) */
interface RemoteConnectListAllNwfilterBindingsRet {
  bindings: RemoteNonnullNwfilterBinding[];
  ret: number;
}
const remote_connect_list_all_nwfilter_bindings_ret: XdrShape = "{bindings:a16384:{portdev:s4194304,filtername:s4194304},ret:u}";

/** remote_connect_get_storage_pool_capabilities_args (src/remote/remote_protocol.x:3716) */
interface RemoteConnectGetStoragePoolCapabilitiesArgs {
  flags: number;
}
const remote_connect_get_storage_pool_capabilities_args: XdrShape = "{flags:u}";

/** remote_connect_get_storage_pool_capabilities_ret (src/remote/remote_protocol.x:3720) */
interface RemoteConnectGetStoragePoolCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
const remote_connect_get_storage_pool_capabilities_ret: XdrShape = "{capabilities:s4194304}";

/** remote_network_list_all_ports_args (src/remote/remote_protocol.x:3724) */
interface RemoteNetworkListAllPortsArgs {
  network: RemoteNonnullNetwork;
  need_results: number;
  flags: number;
}
const remote_network_list_all_ports_args: XdrShape = "{network:{name:s4194304,uuid:U},need_results:i,flags:u}";

/** remote_network_list_all_ports_ret (src/remote/remote_protocol.x:3730) */
interface RemoteNetworkListAllPortsRet {
  ports: RemoteNonnullNetworkPort[];
  ret: number;
}
const remote_network_list_all_ports_ret: XdrShape = "{ports:a16384:{net:{name:s4194304,uuid:U},uuid:U},ret:u}";

/** remote_network_port_lookup_by_uuid_args (src/remote/remote_protocol.x:3735) */
interface RemoteNetworkPortLookupByUuidArgs {
  network: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
const remote_network_port_lookup_by_uuid_args: XdrShape = "{network:{name:s4194304,uuid:U},uuid:U}";

/** remote_network_port_lookup_by_uuid_ret (src/remote/remote_protocol.x:3740) */
interface RemoteNetworkPortLookupByUuidRet {
  port: RemoteNonnullNetworkPort;
}
const remote_network_port_lookup_by_uuid_ret: XdrShape = "{port:{net:{name:s4194304,uuid:U},uuid:U}}";

/** remote_network_port_create_xml_args (src/remote/remote_protocol.x:3744) */
interface RemoteNetworkPortCreateXmlArgs {
  network: RemoteNonnullNetwork;
  xml: RemoteNonnullString;
  flags: number;
}
const remote_network_port_create_xml_args: XdrShape = "{network:{name:s4194304,uuid:U},xml:s4194304,flags:u}";

/** remote_network_port_create_xml_ret (src/remote/remote_protocol.x:3750) */
interface RemoteNetworkPortCreateXmlRet {
  port: RemoteNonnullNetworkPort;
}
const remote_network_port_create_xml_ret: XdrShape = "{port:{net:{name:s4194304,uuid:U},uuid:U}}";

/** remote_network_port_set_parameters_args (src/remote/remote_protocol.x:3754) */
interface RemoteNetworkPortSetParametersArgs {
  port: RemoteNonnullNetworkPort;
  params: RemoteTypedParam[];
  flags: number;
}
const remote_network_port_set_parameters_args: XdrShape =
  "{port:{net:{name:s4194304,uuid:U},uuid:U},params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_network_port_get_parameters_args (src/remote/remote_protocol.x:3760) */
interface RemoteNetworkPortGetParametersArgs {
  port: RemoteNonnullNetworkPort;
  nparams: number;
  flags: number;
}
const remote_network_port_get_parameters_args: XdrShape = "{port:{net:{name:s4194304,uuid:U},uuid:U},nparams:i,flags:u}";

/** remote_network_port_get_parameters_ret (src/remote/remote_protocol.x:3766) */
interface RemoteNetworkPortGetParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
const remote_network_port_get_parameters_ret: XdrShape =
  "{params:a16:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},nparams:i}";

/** remote_network_port_get_xml_desc_args (src/remote/remote_protocol.x:3771) */
interface RemoteNetworkPortGetXmlDescArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
const remote_network_port_get_xml_desc_args: XdrShape = "{port:{net:{name:s4194304,uuid:U},uuid:U},flags:u}";

/** remote_network_port_get_xml_desc_ret (src/remote/remote_protocol.x:3776) */
interface RemoteNetworkPortGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_network_port_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_network_port_delete_args (src/remote/remote_protocol.x:3780) */
interface RemoteNetworkPortDeleteArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
const remote_network_port_delete_args: XdrShape = "{port:{net:{name:s4194304,uuid:U},uuid:U},flags:u}";

/** remote_domain_checkpoint_create_xml_args (src/remote/remote_protocol.x:3785) */
interface RemoteDomainCheckpointCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
const remote_domain_checkpoint_create_xml_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},xml_desc:s4194304,flags:u}";

/** remote_domain_checkpoint_create_xml_ret (src/remote/remote_protocol.x:3791) */
interface RemoteDomainCheckpointCreateXmlRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_create_xml_ret: XdrShape = "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_checkpoint_get_xml_desc_args (src/remote/remote_protocol.x:3795) */
interface RemoteDomainCheckpointGetXmlDescArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_get_xml_desc_args: XdrShape = "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_checkpoint_get_xml_desc_ret (src/remote/remote_protocol.x:3800) */
interface RemoteDomainCheckpointGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_checkpoint_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_list_all_checkpoints_args (src/remote/remote_protocol.x:3804) */
interface RemoteDomainListAllCheckpointsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
const remote_domain_list_all_checkpoints_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},need_results:i,flags:u}";

/** remote_domain_list_all_checkpoints_ret (src/remote/remote_protocol.x:3810) */
interface RemoteDomainListAllCheckpointsRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
const remote_domain_list_all_checkpoints_ret: XdrShape = "{checkpoints:a16384:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},ret:i}";

/** remote_domain_checkpoint_list_all_children_args (src/remote/remote_protocol.x:3815) */
interface RemoteDomainCheckpointListAllChildrenArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  need_results: number;
  flags: number;
}
const remote_domain_checkpoint_list_all_children_args: XdrShape =
  "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},need_results:i,flags:u}";

/** remote_domain_checkpoint_list_all_children_ret (src/remote/remote_protocol.x:3821) */
interface RemoteDomainCheckpointListAllChildrenRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
const remote_domain_checkpoint_list_all_children_ret: XdrShape =
  "{checkpoints:a16384:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},ret:i}";

/** remote_domain_checkpoint_lookup_by_name_args (src/remote/remote_protocol.x:3826) */
interface RemoteDomainCheckpointLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_checkpoint_lookup_by_name_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},name:s4194304,flags:u}";

/** remote_domain_checkpoint_lookup_by_name_ret (src/remote/remote_protocol.x:3832) */
interface RemoteDomainCheckpointLookupByNameRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_lookup_by_name_ret: XdrShape = "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_checkpoint_get_parent_args (src/remote/remote_protocol.x:3836) */
interface RemoteDomainCheckpointGetParentArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_get_parent_args: XdrShape = "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_checkpoint_get_parent_ret (src/remote/remote_protocol.x:3841) */
interface RemoteDomainCheckpointGetParentRet {
  parent: RemoteNonnullDomainCheckpoint;
}
const remote_domain_checkpoint_get_parent_ret: XdrShape = "{parent:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}}}";

/** remote_domain_checkpoint_delete_args (src/remote/remote_protocol.x:3845) */
interface RemoteDomainCheckpointDeleteArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
const remote_domain_checkpoint_delete_args: XdrShape = "{checkpoint:{name:s4194304,dom:{name:s4194304,uuid:U,id:i}},flags:u}";

/** remote_domain_get_guest_info_args (src/remote/remote_protocol.x:3850) */
interface RemoteDomainGetGuestInfoArgs {
  dom: RemoteNonnullDomain;
  types: number;
  flags: number;
}
const remote_domain_get_guest_info_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},types:u,flags:u}";

/** remote_domain_get_guest_info_ret (src/remote/remote_protocol.x:3856) */
interface RemoteDomainGetGuestInfoRet {
  params: RemoteTypedParam[];
}
const remote_domain_get_guest_info_ret: XdrShape =
  "{params:a2048:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>}}";

/** remote_connect_set_identity_args (src/remote/remote_protocol.x:3860) */
interface RemoteConnectSetIdentityArgs {
  params: RemoteTypedParam[];
  flags: number;
}
const remote_connect_set_identity_args: XdrShape =
  "{params:a20:{field:s4194304,value:<type:i|1=i:i|2=ui:u|3=l:h|4=ul:H|5=d:d|6=b:i|7=s:s4194304>},flags:u}";

/** remote_domain_agent_set_response_timeout_args (src/remote/remote_protocol.x:3865) */
interface RemoteDomainAgentSetResponseTimeoutArgs {
  dom: RemoteNonnullDomain;
  timeout: number;
  flags: number;
}
const remote_domain_agent_set_response_timeout_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},timeout:i,flags:u}";

/** remote_domain_agent_set_response_timeout_ret (src/remote/remote_protocol.x:3871) */
interface RemoteDomainAgentSetResponseTimeoutRet {
  result: number;
}
const remote_domain_agent_set_response_timeout_ret: XdrShape = "{result:i}";

/** remote_domain_backup_begin_args (src/remote/remote_protocol.x:3876) */
interface RemoteDomainBackupBeginArgs {
  dom: RemoteNonnullDomain;
  backup_xml: RemoteNonnullString;
  checkpoint_xml: RemoteString;
  flags: number;
}
const remote_domain_backup_begin_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},backup_xml:s4194304,checkpoint_xml:?s4194304,flags:u}";

/** remote_domain_backup_get_xml_desc_args (src/remote/remote_protocol.x:3883) */
interface RemoteDomainBackupGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_backup_get_xml_desc_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_backup_get_xml_desc_ret (src/remote/remote_protocol.x:3888) */
interface RemoteDomainBackupGetXmlDescRet {
  xml: RemoteNonnullString;
}
const remote_domain_backup_get_xml_desc_ret: XdrShape = "{xml:s4194304}";

/** remote_domain_authorized_ssh_keys_get_args (src/remote/remote_protocol.x:3892) */
interface RemoteDomainAuthorizedSshKeysGetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  flags: number;
}
const remote_domain_authorized_ssh_keys_get_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},user:s4194304,flags:u}";

/** remote_domain_authorized_ssh_keys_get_ret (src/remote/remote_protocol.x:3898) */
interface RemoteDomainAuthorizedSshKeysGetRet {
  keys: RemoteNonnullString[];
}
const remote_domain_authorized_ssh_keys_get_ret: XdrShape = "{keys:a2048:s4194304}";

/** remote_domain_authorized_ssh_keys_set_args (src/remote/remote_protocol.x:3902) */
interface RemoteDomainAuthorizedSshKeysSetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  keys: RemoteNonnullString[];
  flags: number;
}
const remote_domain_authorized_ssh_keys_set_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},user:s4194304,keys:a2048:s4194304,flags:u}";

/** remote_domain_get_messages_args (src/remote/remote_protocol.x:3909) */
interface RemoteDomainGetMessagesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
const remote_domain_get_messages_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},flags:u}";

/** remote_domain_get_messages_ret (src/remote/remote_protocol.x:3914) */
interface RemoteDomainGetMessagesRet {
  msgs: RemoteNonnullString[];
}
const remote_domain_get_messages_ret: XdrShape = "{msgs:a2048:s4194304}";

/** remote_domain_start_dirty_rate_calc_args (src/remote/remote_protocol.x:3918) */
interface RemoteDomainStartDirtyRateCalcArgs {
  dom: RemoteNonnullDomain;
  seconds: number;
  flags: number;
}
const remote_domain_start_dirty_rate_calc_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},seconds:i,flags:u}";

/** remote_domain_event_memory_device_size_change_msg (src/remote/remote_protocol.x:3925) */
interface RemoteDomainEventMemoryDeviceSizeChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  size: number;
}
const remote_domain_event_memory_device_size_change_msg: XdrShape = "{callbackID:i,dom:{name:s4194304,uuid:U,id:i},alias:s4194304,size:H}";

/** remote_domain_fd_associate_args (src/remote/remote_protocol.x:3933) */
interface RemoteDomainFdAssociateArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
const remote_domain_fd_associate_args: XdrShape = "{dom:{name:s4194304,uuid:U,id:i},name:s4194304,flags:u}";

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
const REMOTE_PROC_CONNECT_OPEN: ProcedureSpec<RemoteConnectOpenArgs, void> = [
  1,
  "CONNECT_OPEN",
  remote_connect_open_args,
  null,
  null,
  null,
];
/**
 * CONNECT_CLOSE (2).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_CONNECT_CLOSE: ProcedureSpec<void, void> = [2, "CONNECT_CLOSE", null, null, null, null];
/**
 * CONNECT_GET_TYPE (3).
 * @generate server
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_TYPE: ProcedureSpec<void, RemoteConnectGetTypeRet> = [
  3,
  "CONNECT_GET_TYPE",
  null,
  remote_connect_get_type_ret,
  null,
  null,
];
/**
 * CONNECT_GET_VERSION (4).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_VERSION: ProcedureSpec<void, RemoteConnectGetVersionRet> = [
  4,
  "CONNECT_GET_VERSION",
  null,
  remote_connect_get_version_ret,
  null,
  null,
];
/**
 * CONNECT_GET_MAX_VCPUS (5).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_MAX_VCPUS: ProcedureSpec<RemoteConnectGetMaxVcpusArgs, RemoteConnectGetMaxVcpusRet> = [
  5,
  "CONNECT_GET_MAX_VCPUS",
  remote_connect_get_max_vcpus_args,
  remote_connect_get_max_vcpus_ret,
  null,
  null,
];
/**
 * NODE_GET_INFO (6).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_INFO: ProcedureSpec<void, RemoteNodeGetInfoRet> = [
  6,
  "NODE_GET_INFO",
  null,
  remote_node_get_info_ret,
  null,
  null,
];
/**
 * CONNECT_GET_CAPABILITIES (7).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_CAPABILITIES: ProcedureSpec<void, RemoteConnectGetCapabilitiesRet> = [
  7,
  "CONNECT_GET_CAPABILITIES",
  null,
  remote_connect_get_capabilities_ret,
  null,
  null,
];
/**
 * DOMAIN_ATTACH_DEVICE (8).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ATTACH_DEVICE: ProcedureSpec<RemoteDomainAttachDeviceArgs, void> = [
  8,
  "DOMAIN_ATTACH_DEVICE",
  remote_domain_attach_device_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_CREATE (9).
 * @generate server
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE: ProcedureSpec<RemoteDomainCreateArgs, void> = [
  9,
  "DOMAIN_CREATE",
  remote_domain_create_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_CREATE_XML (10).
 * @generate both
 * @acl domain:write, domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_XML: ProcedureSpec<RemoteDomainCreateXmlArgs, RemoteDomainCreateXmlRet> = [
  10,
  "DOMAIN_CREATE_XML",
  remote_domain_create_xml_args,
  remote_domain_create_xml_ret,
  null,
  null,
];
/**
 * DOMAIN_DEFINE_XML (11).
 * @generate both
 * @priority high
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_DEFINE_XML: ProcedureSpec<RemoteDomainDefineXmlArgs, RemoteDomainDefineXmlRet> = [
  11,
  "DOMAIN_DEFINE_XML",
  remote_domain_define_xml_args,
  remote_domain_define_xml_ret,
  null,
  null,
];
/**
 * DOMAIN_DESTROY (12).
 * @generate both
 * @priority high
 * @acl domain:stop
 */
const REMOTE_PROC_DOMAIN_DESTROY: ProcedureSpec<RemoteDomainDestroyArgs, void> = [
  12,
  "DOMAIN_DESTROY",
  remote_domain_destroy_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_DETACH_DEVICE (13).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE: ProcedureSpec<RemoteDomainDetachDeviceArgs, void> = [
  13,
  "DOMAIN_DETACH_DEVICE",
  remote_domain_detach_device_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_XML_DESC (14).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_XML_SECURE, domain:read_secure:VIR_DOMAIN_XML_MIGRATABLE
 */
const REMOTE_PROC_DOMAIN_GET_XML_DESC: ProcedureSpec<RemoteDomainGetXmlDescArgs, RemoteDomainGetXmlDescRet> = [
  14,
  "DOMAIN_GET_XML_DESC",
  remote_domain_get_xml_desc_args,
  remote_domain_get_xml_desc_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_AUTOSTART (15).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_AUTOSTART: ProcedureSpec<RemoteDomainGetAutostartArgs, RemoteDomainGetAutostartRet> = [
  15,
  "DOMAIN_GET_AUTOSTART",
  remote_domain_get_autostart_args,
  remote_domain_get_autostart_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_INFO (16).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_INFO: ProcedureSpec<RemoteDomainGetInfoArgs, RemoteDomainGetInfoRet> = [
  16,
  "DOMAIN_GET_INFO",
  remote_domain_get_info_args,
  remote_domain_get_info_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_MAX_MEMORY (17).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MAX_MEMORY: ProcedureSpec<RemoteDomainGetMaxMemoryArgs, RemoteDomainGetMaxMemoryRet> = [
  17,
  "DOMAIN_GET_MAX_MEMORY",
  remote_domain_get_max_memory_args,
  remote_domain_get_max_memory_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_MAX_VCPUS (18).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MAX_VCPUS: ProcedureSpec<RemoteDomainGetMaxVcpusArgs, RemoteDomainGetMaxVcpusRet> = [
  18,
  "DOMAIN_GET_MAX_VCPUS",
  remote_domain_get_max_vcpus_args,
  remote_domain_get_max_vcpus_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_OS_TYPE (19).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_OS_TYPE: ProcedureSpec<RemoteDomainGetOsTypeArgs, RemoteDomainGetOsTypeRet> = [
  19,
  "DOMAIN_GET_OS_TYPE",
  remote_domain_get_os_type_args,
  remote_domain_get_os_type_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_VCPUS (20).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_VCPUS: ProcedureSpec<RemoteDomainGetVcpusArgs, RemoteDomainGetVcpusRet> = [
  20,
  "DOMAIN_GET_VCPUS",
  remote_domain_get_vcpus_args,
  remote_domain_get_vcpus_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_DEFINED_DOMAINS (21).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS: ProcedureSpec<RemoteConnectListDefinedDomainsArgs, RemoteConnectListDefinedDomainsRet> = [
  21,
  "CONNECT_LIST_DEFINED_DOMAINS",
  remote_connect_list_defined_domains_args,
  remote_connect_list_defined_domains_ret,
  null,
  null,
];
/**
 * DOMAIN_LOOKUP_BY_ID (22).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_ID: ProcedureSpec<RemoteDomainLookupByIdArgs, RemoteDomainLookupByIdRet> = [
  22,
  "DOMAIN_LOOKUP_BY_ID",
  remote_domain_lookup_by_id_args,
  remote_domain_lookup_by_id_ret,
  null,
  null,
];
/**
 * DOMAIN_LOOKUP_BY_NAME (23).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME: ProcedureSpec<RemoteDomainLookupByNameArgs, RemoteDomainLookupByNameRet> = [
  23,
  "DOMAIN_LOOKUP_BY_NAME",
  remote_domain_lookup_by_name_args,
  remote_domain_lookup_by_name_ret,
  null,
  null,
];
/**
 * DOMAIN_LOOKUP_BY_UUID (24).
 * @generate both
 * @priority high
 * @acl domain:getattr
 */
const REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID: ProcedureSpec<RemoteDomainLookupByUuidArgs, RemoteDomainLookupByUuidRet> = [
  24,
  "DOMAIN_LOOKUP_BY_UUID",
  remote_domain_lookup_by_uuid_args,
  remote_domain_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_DEFINED_DOMAINS (25).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS: ProcedureSpec<void, RemoteConnectNumOfDefinedDomainsRet> = [
  25,
  "CONNECT_NUM_OF_DEFINED_DOMAINS",
  null,
  remote_connect_num_of_defined_domains_ret,
  null,
  null,
];
/**
 * DOMAIN_PIN_VCPU (26).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_PIN_VCPU: ProcedureSpec<RemoteDomainPinVcpuArgs, void> = [
  26,
  "DOMAIN_PIN_VCPU",
  remote_domain_pin_vcpu_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_REBOOT (27).
 * @generate both
 * @acl domain:init_control, domain:write:VIR_DOMAIN_REBOOT_GUEST_AGENT
 */
const REMOTE_PROC_DOMAIN_REBOOT: ProcedureSpec<RemoteDomainRebootArgs, void> = [
  27,
  "DOMAIN_REBOOT",
  remote_domain_reboot_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_RESUME (28).
 * @generate both
 * @acl domain:suspend
 */
const REMOTE_PROC_DOMAIN_RESUME: ProcedureSpec<RemoteDomainResumeArgs, void> = [
  28,
  "DOMAIN_RESUME",
  remote_domain_resume_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_AUTOSTART (29).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_AUTOSTART: ProcedureSpec<RemoteDomainSetAutostartArgs, void> = [
  29,
  "DOMAIN_SET_AUTOSTART",
  remote_domain_set_autostart_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_MAX_MEMORY (30).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_MAX_MEMORY: ProcedureSpec<RemoteDomainSetMaxMemoryArgs, void> = [
  30,
  "DOMAIN_SET_MAX_MEMORY",
  remote_domain_set_max_memory_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_MEMORY (31).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY: ProcedureSpec<RemoteDomainSetMemoryArgs, void> = [
  31,
  "DOMAIN_SET_MEMORY",
  remote_domain_set_memory_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_VCPUS (32).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_VCPUS: ProcedureSpec<RemoteDomainSetVcpusArgs, void> = [
  32,
  "DOMAIN_SET_VCPUS",
  remote_domain_set_vcpus_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SHUTDOWN (33).
 * @generate both
 * @acl domain:init_control
 */
const REMOTE_PROC_DOMAIN_SHUTDOWN: ProcedureSpec<RemoteDomainShutdownArgs, void> = [
  33,
  "DOMAIN_SHUTDOWN",
  remote_domain_shutdown_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SUSPEND (34).
 * @generate both
 * @acl domain:suspend
 */
const REMOTE_PROC_DOMAIN_SUSPEND: ProcedureSpec<RemoteDomainSuspendArgs, void> = [
  34,
  "DOMAIN_SUSPEND",
  remote_domain_suspend_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_UNDEFINE (35).
 * @generate both
 * @priority high
 * @acl domain:delete
 */
const REMOTE_PROC_DOMAIN_UNDEFINE: ProcedureSpec<RemoteDomainUndefineArgs, void> = [
  35,
  "DOMAIN_UNDEFINE",
  remote_domain_undefine_args,
  null,
  null,
  null,
];
/**
 * CONNECT_LIST_DEFINED_NETWORKS (36).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS: ProcedureSpec<RemoteConnectListDefinedNetworksArgs, RemoteConnectListDefinedNetworksRet> =
  [36, "CONNECT_LIST_DEFINED_NETWORKS", remote_connect_list_defined_networks_args, remote_connect_list_defined_networks_ret, null, null];
/**
 * CONNECT_LIST_DOMAINS (37).
 * @generate server
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_DOMAINS: ProcedureSpec<RemoteConnectListDomainsArgs, RemoteConnectListDomainsRet> = [
  37,
  "CONNECT_LIST_DOMAINS",
  remote_connect_list_domains_args,
  remote_connect_list_domains_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_NETWORKS (38).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_NETWORKS: ProcedureSpec<RemoteConnectListNetworksArgs, RemoteConnectListNetworksRet> = [
  38,
  "CONNECT_LIST_NETWORKS",
  remote_connect_list_networks_args,
  remote_connect_list_networks_ret,
  null,
  null,
];
/**
 * NETWORK_CREATE (39).
 * @generate both
 * @acl network:start
 */
const REMOTE_PROC_NETWORK_CREATE: ProcedureSpec<RemoteNetworkCreateArgs, void> = [
  39,
  "NETWORK_CREATE",
  remote_network_create_args,
  null,
  null,
  null,
];
/**
 * NETWORK_CREATE_XML (40).
 * @generate both
 * @acl network:write, network:start
 */
const REMOTE_PROC_NETWORK_CREATE_XML: ProcedureSpec<RemoteNetworkCreateXmlArgs, RemoteNetworkCreateXmlRet> = [
  40,
  "NETWORK_CREATE_XML",
  remote_network_create_xml_args,
  remote_network_create_xml_ret,
  null,
  null,
];
/**
 * NETWORK_DEFINE_XML (41).
 * @generate both
 * @priority high
 * @acl network:write, network:save
 */
const REMOTE_PROC_NETWORK_DEFINE_XML: ProcedureSpec<RemoteNetworkDefineXmlArgs, RemoteNetworkDefineXmlRet> = [
  41,
  "NETWORK_DEFINE_XML",
  remote_network_define_xml_args,
  remote_network_define_xml_ret,
  null,
  null,
];
/**
 * NETWORK_DESTROY (42).
 * @generate both
 * @priority high
 * @acl network:stop
 */
const REMOTE_PROC_NETWORK_DESTROY: ProcedureSpec<RemoteNetworkDestroyArgs, void> = [
  42,
  "NETWORK_DESTROY",
  remote_network_destroy_args,
  null,
  null,
  null,
];
/**
 * NETWORK_GET_XML_DESC (43).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_XML_DESC: ProcedureSpec<RemoteNetworkGetXmlDescArgs, RemoteNetworkGetXmlDescRet> = [
  43,
  "NETWORK_GET_XML_DESC",
  remote_network_get_xml_desc_args,
  remote_network_get_xml_desc_ret,
  null,
  null,
];
/**
 * NETWORK_GET_AUTOSTART (44).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_AUTOSTART: ProcedureSpec<RemoteNetworkGetAutostartArgs, RemoteNetworkGetAutostartRet> = [
  44,
  "NETWORK_GET_AUTOSTART",
  remote_network_get_autostart_args,
  remote_network_get_autostart_ret,
  null,
  null,
];
/**
 * NETWORK_GET_BRIDGE_NAME (45).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_BRIDGE_NAME: ProcedureSpec<RemoteNetworkGetBridgeNameArgs, RemoteNetworkGetBridgeNameRet> = [
  45,
  "NETWORK_GET_BRIDGE_NAME",
  remote_network_get_bridge_name_args,
  remote_network_get_bridge_name_ret,
  null,
  null,
];
/**
 * NETWORK_LOOKUP_BY_NAME (46).
 * @generate both
 * @priority high
 * @acl network:getattr
 */
const REMOTE_PROC_NETWORK_LOOKUP_BY_NAME: ProcedureSpec<RemoteNetworkLookupByNameArgs, RemoteNetworkLookupByNameRet> = [
  46,
  "NETWORK_LOOKUP_BY_NAME",
  remote_network_lookup_by_name_args,
  remote_network_lookup_by_name_ret,
  null,
  null,
];
/**
 * NETWORK_LOOKUP_BY_UUID (47).
 * @generate both
 * @priority high
 * @acl network:getattr
 */
const REMOTE_PROC_NETWORK_LOOKUP_BY_UUID: ProcedureSpec<RemoteNetworkLookupByUuidArgs, RemoteNetworkLookupByUuidRet> = [
  47,
  "NETWORK_LOOKUP_BY_UUID",
  remote_network_lookup_by_uuid_args,
  remote_network_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * NETWORK_SET_AUTOSTART (48).
 * @generate both
 * @priority high
 * @acl network:write
 */
const REMOTE_PROC_NETWORK_SET_AUTOSTART: ProcedureSpec<RemoteNetworkSetAutostartArgs, void> = [
  48,
  "NETWORK_SET_AUTOSTART",
  remote_network_set_autostart_args,
  null,
  null,
  null,
];
/**
 * NETWORK_UNDEFINE (49).
 * @generate both
 * @priority high
 * @acl network:delete
 */
const REMOTE_PROC_NETWORK_UNDEFINE: ProcedureSpec<RemoteNetworkUndefineArgs, void> = [
  49,
  "NETWORK_UNDEFINE",
  remote_network_undefine_args,
  null,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_DEFINED_NETWORKS (50).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS: ProcedureSpec<void, RemoteConnectNumOfDefinedNetworksRet> = [
  50,
  "CONNECT_NUM_OF_DEFINED_NETWORKS",
  null,
  remote_connect_num_of_defined_networks_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_DOMAINS (51).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DOMAINS: ProcedureSpec<void, RemoteConnectNumOfDomainsRet> = [
  51,
  "CONNECT_NUM_OF_DOMAINS",
  null,
  remote_connect_num_of_domains_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_NETWORKS (52).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_NETWORKS: ProcedureSpec<void, RemoteConnectNumOfNetworksRet> = [
  52,
  "CONNECT_NUM_OF_NETWORKS",
  null,
  remote_connect_num_of_networks_ret,
  null,
  null,
];
/**
 * DOMAIN_CORE_DUMP (53).
 * @generate both
 * @acl domain:core_dump
 */
const REMOTE_PROC_DOMAIN_CORE_DUMP: ProcedureSpec<RemoteDomainCoreDumpArgs, void> = [
  53,
  "DOMAIN_CORE_DUMP",
  remote_domain_core_dump_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_RESTORE (54).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE: ProcedureSpec<RemoteDomainRestoreArgs, void> = [
  54,
  "DOMAIN_RESTORE",
  remote_domain_restore_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SAVE (55).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE: ProcedureSpec<RemoteDomainSaveArgs, void> = [55, "DOMAIN_SAVE", remote_domain_save_args, null, null, null];
/**
 * DOMAIN_GET_SCHEDULER_TYPE (56).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE: ProcedureSpec<RemoteDomainGetSchedulerTypeArgs, RemoteDomainGetSchedulerTypeRet> = [
  56,
  "DOMAIN_GET_SCHEDULER_TYPE",
  remote_domain_get_scheduler_type_args,
  remote_domain_get_scheduler_type_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_SCHEDULER_PARAMETERS (57).
 * @generate client
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS: ProcedureSpec<
  RemoteDomainGetSchedulerParametersArgs,
  RemoteDomainGetSchedulerParametersRet
> = [
  57,
  "DOMAIN_GET_SCHEDULER_PARAMETERS",
  remote_domain_get_scheduler_parameters_args,
  remote_domain_get_scheduler_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_SCHEDULER_PARAMETERS (58).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS: ProcedureSpec<RemoteDomainSetSchedulerParametersArgs, void> = [
  58,
  "DOMAIN_SET_SCHEDULER_PARAMETERS",
  remote_domain_set_scheduler_parameters_args,
  null,
  null,
  null,
];
/**
 * CONNECT_GET_HOSTNAME (59).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_HOSTNAME: ProcedureSpec<void, RemoteConnectGetHostnameRet> = [
  59,
  "CONNECT_GET_HOSTNAME",
  null,
  remote_connect_get_hostname_ret,
  null,
  null,
];
/**
 * CONNECT_SUPPORTS_FEATURE (60).
 * @generate client
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_SUPPORTS_FEATURE: ProcedureSpec<RemoteConnectSupportsFeatureArgs, RemoteConnectSupportsFeatureRet> = [
  60,
  "CONNECT_SUPPORTS_FEATURE",
  remote_connect_supports_feature_args,
  remote_connect_supports_feature_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE (61).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE: ProcedureSpec<RemoteDomainMigratePrepareArgs, RemoteDomainMigratePrepareRet> = [
  61,
  "DOMAIN_MIGRATE_PREPARE",
  remote_domain_migrate_prepare_args,
  remote_domain_migrate_prepare_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PERFORM (62).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM: ProcedureSpec<RemoteDomainMigratePerformArgs, void> = [
  62,
  "DOMAIN_MIGRATE_PERFORM",
  remote_domain_migrate_perform_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_FINISH (63).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH: ProcedureSpec<RemoteDomainMigrateFinishArgs, RemoteDomainMigrateFinishRet> = [
  63,
  "DOMAIN_MIGRATE_FINISH",
  remote_domain_migrate_finish_args,
  remote_domain_migrate_finish_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_STATS (64).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BLOCK_STATS: ProcedureSpec<RemoteDomainBlockStatsArgs, RemoteDomainBlockStatsRet> = [
  64,
  "DOMAIN_BLOCK_STATS",
  remote_domain_block_stats_args,
  remote_domain_block_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_INTERFACE_STATS (65).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_INTERFACE_STATS: ProcedureSpec<RemoteDomainInterfaceStatsArgs, RemoteDomainInterfaceStatsRet> = [
  65,
  "DOMAIN_INTERFACE_STATS",
  remote_domain_interface_stats_args,
  remote_domain_interface_stats_ret,
  null,
  null,
];
/**
 * AUTH_LIST (66).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_LIST: ProcedureSpec<void, RemoteAuthListRet> = [66, "AUTH_LIST", null, remote_auth_list_ret, null, null];
/**
 * AUTH_SASL_INIT (67).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_INIT: ProcedureSpec<void, RemoteAuthSaslInitRet> = [
  67,
  "AUTH_SASL_INIT",
  null,
  remote_auth_sasl_init_ret,
  null,
  null,
];
/**
 * AUTH_SASL_START (68).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_START: ProcedureSpec<RemoteAuthSaslStartArgs, RemoteAuthSaslStartRet> = [
  68,
  "AUTH_SASL_START",
  remote_auth_sasl_start_args,
  remote_auth_sasl_start_ret,
  null,
  null,
];
/**
 * AUTH_SASL_STEP (69).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_SASL_STEP: ProcedureSpec<RemoteAuthSaslStepArgs, RemoteAuthSaslStepRet> = [
  69,
  "AUTH_SASL_STEP",
  remote_auth_sasl_step_args,
  remote_auth_sasl_step_ret,
  null,
  null,
];
/**
 * AUTH_POLKIT (70).
 * @generate none
 * @priority high
 * @acl none
 */
const REMOTE_PROC_AUTH_POLKIT: ProcedureSpec<void, RemoteAuthPolkitRet> = [70, "AUTH_POLKIT", null, remote_auth_polkit_ret, null, null];
/**
 * CONNECT_NUM_OF_STORAGE_POOLS (71).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS: ProcedureSpec<void, RemoteConnectNumOfStoragePoolsRet> = [
  71,
  "CONNECT_NUM_OF_STORAGE_POOLS",
  null,
  remote_connect_num_of_storage_pools_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_STORAGE_POOLS (72).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS: ProcedureSpec<RemoteConnectListStoragePoolsArgs, RemoteConnectListStoragePoolsRet> = [
  72,
  "CONNECT_LIST_STORAGE_POOLS",
  remote_connect_list_storage_pools_args,
  remote_connect_list_storage_pools_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_DEFINED_STORAGE_POOLS (73).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: ProcedureSpec<void, RemoteConnectNumOfDefinedStoragePoolsRet> = [
  73,
  "CONNECT_NUM_OF_DEFINED_STORAGE_POOLS",
  null,
  remote_connect_num_of_defined_storage_pools_ret,
  null,
  null,
];
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
> = [
  74,
  "CONNECT_LIST_DEFINED_STORAGE_POOLS",
  remote_connect_list_defined_storage_pools_args,
  remote_connect_list_defined_storage_pools_ret,
  null,
  null,
];
/**
 * CONNECT_FIND_STORAGE_POOL_SOURCES (75).
 * @generate server
 * @acl connect:detect_storage_pools
 */
const REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES: ProcedureSpec<
  RemoteConnectFindStoragePoolSourcesArgs,
  RemoteConnectFindStoragePoolSourcesRet
> = [
  75,
  "CONNECT_FIND_STORAGE_POOL_SOURCES",
  remote_connect_find_storage_pool_sources_args,
  remote_connect_find_storage_pool_sources_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_CREATE_XML (76).
 * @generate both
 * @acl storage_pool:start, storage_pool:write
 */
const REMOTE_PROC_STORAGE_POOL_CREATE_XML: ProcedureSpec<RemoteStoragePoolCreateXmlArgs, RemoteStoragePoolCreateXmlRet> = [
  76,
  "STORAGE_POOL_CREATE_XML",
  remote_storage_pool_create_xml_args,
  remote_storage_pool_create_xml_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_DEFINE_XML (77).
 * @generate both
 * @priority high
 * @acl storage_pool:write, storage_pool:save
 */
const REMOTE_PROC_STORAGE_POOL_DEFINE_XML: ProcedureSpec<RemoteStoragePoolDefineXmlArgs, RemoteStoragePoolDefineXmlRet> = [
  77,
  "STORAGE_POOL_DEFINE_XML",
  remote_storage_pool_define_xml_args,
  remote_storage_pool_define_xml_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_CREATE (78).
 * @generate both
 * @acl storage_pool:start
 */
const REMOTE_PROC_STORAGE_POOL_CREATE: ProcedureSpec<RemoteStoragePoolCreateArgs, void> = [
  78,
  "STORAGE_POOL_CREATE",
  remote_storage_pool_create_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_BUILD (79).
 * @generate both
 * @acl storage_pool:format
 */
const REMOTE_PROC_STORAGE_POOL_BUILD: ProcedureSpec<RemoteStoragePoolBuildArgs, void> = [
  79,
  "STORAGE_POOL_BUILD",
  remote_storage_pool_build_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_DESTROY (80).
 * @generate both
 * @priority high
 * @acl storage_pool:stop
 */
const REMOTE_PROC_STORAGE_POOL_DESTROY: ProcedureSpec<RemoteStoragePoolDestroyArgs, void> = [
  80,
  "STORAGE_POOL_DESTROY",
  remote_storage_pool_destroy_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_DELETE (81).
 * @generate both
 * @acl storage_pool:format
 */
const REMOTE_PROC_STORAGE_POOL_DELETE: ProcedureSpec<RemoteStoragePoolDeleteArgs, void> = [
  81,
  "STORAGE_POOL_DELETE",
  remote_storage_pool_delete_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_UNDEFINE (82).
 * @generate both
 * @priority high
 * @acl storage_pool:delete
 */
const REMOTE_PROC_STORAGE_POOL_UNDEFINE: ProcedureSpec<RemoteStoragePoolUndefineArgs, void> = [
  82,
  "STORAGE_POOL_UNDEFINE",
  remote_storage_pool_undefine_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_REFRESH (83).
 * @generate both
 * @acl storage_pool:refresh
 */
const REMOTE_PROC_STORAGE_POOL_REFRESH: ProcedureSpec<RemoteStoragePoolRefreshArgs, void> = [
  83,
  "STORAGE_POOL_REFRESH",
  remote_storage_pool_refresh_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_LOOKUP_BY_NAME (84).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME: ProcedureSpec<RemoteStoragePoolLookupByNameArgs, RemoteStoragePoolLookupByNameRet> = [
  84,
  "STORAGE_POOL_LOOKUP_BY_NAME",
  remote_storage_pool_lookup_by_name_args,
  remote_storage_pool_lookup_by_name_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_LOOKUP_BY_UUID (85).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID: ProcedureSpec<RemoteStoragePoolLookupByUuidArgs, RemoteStoragePoolLookupByUuidRet> = [
  85,
  "STORAGE_POOL_LOOKUP_BY_UUID",
  remote_storage_pool_lookup_by_uuid_args,
  remote_storage_pool_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_LOOKUP_BY_VOLUME (86).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME: ProcedureSpec<RemoteStoragePoolLookupByVolumeArgs, RemoteStoragePoolLookupByVolumeRet> = [
  86,
  "STORAGE_POOL_LOOKUP_BY_VOLUME",
  remote_storage_pool_lookup_by_volume_args,
  remote_storage_pool_lookup_by_volume_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_GET_INFO (87).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_INFO: ProcedureSpec<RemoteStoragePoolGetInfoArgs, RemoteStoragePoolGetInfoRet> = [
  87,
  "STORAGE_POOL_GET_INFO",
  remote_storage_pool_get_info_args,
  remote_storage_pool_get_info_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_GET_XML_DESC (88).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_XML_DESC: ProcedureSpec<RemoteStoragePoolGetXmlDescArgs, RemoteStoragePoolGetXmlDescRet> = [
  88,
  "STORAGE_POOL_GET_XML_DESC",
  remote_storage_pool_get_xml_desc_args,
  remote_storage_pool_get_xml_desc_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_GET_AUTOSTART (89).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART: ProcedureSpec<RemoteStoragePoolGetAutostartArgs, RemoteStoragePoolGetAutostartRet> = [
  89,
  "STORAGE_POOL_GET_AUTOSTART",
  remote_storage_pool_get_autostart_args,
  remote_storage_pool_get_autostart_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_SET_AUTOSTART (90).
 * @generate both
 * @priority high
 * @acl storage_pool:write
 */
const REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART: ProcedureSpec<RemoteStoragePoolSetAutostartArgs, void> = [
  90,
  "STORAGE_POOL_SET_AUTOSTART",
  remote_storage_pool_set_autostart_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_NUM_OF_VOLUMES (91).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES: ProcedureSpec<RemoteStoragePoolNumOfVolumesArgs, RemoteStoragePoolNumOfVolumesRet> = [
  91,
  "STORAGE_POOL_NUM_OF_VOLUMES",
  remote_storage_pool_num_of_volumes_args,
  remote_storage_pool_num_of_volumes_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_LIST_VOLUMES (92).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES: ProcedureSpec<RemoteStoragePoolListVolumesArgs, RemoteStoragePoolListVolumesRet> = [
  92,
  "STORAGE_POOL_LIST_VOLUMES",
  remote_storage_pool_list_volumes_args,
  remote_storage_pool_list_volumes_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_CREATE_XML (93).
 * @generate both
 * @acl storage_vol:create
 */
const REMOTE_PROC_STORAGE_VOL_CREATE_XML: ProcedureSpec<RemoteStorageVolCreateXmlArgs, RemoteStorageVolCreateXmlRet> = [
  93,
  "STORAGE_VOL_CREATE_XML",
  remote_storage_vol_create_xml_args,
  remote_storage_vol_create_xml_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_DELETE (94).
 * @generate both
 * @acl storage_vol:delete
 */
const REMOTE_PROC_STORAGE_VOL_DELETE: ProcedureSpec<RemoteStorageVolDeleteArgs, void> = [
  94,
  "STORAGE_VOL_DELETE",
  remote_storage_vol_delete_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_LOOKUP_BY_NAME (95).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME: ProcedureSpec<RemoteStorageVolLookupByNameArgs, RemoteStorageVolLookupByNameRet> = [
  95,
  "STORAGE_VOL_LOOKUP_BY_NAME",
  remote_storage_vol_lookup_by_name_args,
  remote_storage_vol_lookup_by_name_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_LOOKUP_BY_KEY (96).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY: ProcedureSpec<RemoteStorageVolLookupByKeyArgs, RemoteStorageVolLookupByKeyRet> = [
  96,
  "STORAGE_VOL_LOOKUP_BY_KEY",
  remote_storage_vol_lookup_by_key_args,
  remote_storage_vol_lookup_by_key_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_LOOKUP_BY_PATH (97).
 * @generate both
 * @priority high
 * @acl storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH: ProcedureSpec<RemoteStorageVolLookupByPathArgs, RemoteStorageVolLookupByPathRet> = [
  97,
  "STORAGE_VOL_LOOKUP_BY_PATH",
  remote_storage_vol_lookup_by_path_args,
  remote_storage_vol_lookup_by_path_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_GET_INFO (98).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_INFO: ProcedureSpec<RemoteStorageVolGetInfoArgs, RemoteStorageVolGetInfoRet> = [
  98,
  "STORAGE_VOL_GET_INFO",
  remote_storage_vol_get_info_args,
  remote_storage_vol_get_info_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_GET_XML_DESC (99).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_XML_DESC: ProcedureSpec<RemoteStorageVolGetXmlDescArgs, RemoteStorageVolGetXmlDescRet> = [
  99,
  "STORAGE_VOL_GET_XML_DESC",
  remote_storage_vol_get_xml_desc_args,
  remote_storage_vol_get_xml_desc_ret,
  null,
  null,
];
/**
 * STORAGE_VOL_GET_PATH (100).
 * @generate both
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_PATH: ProcedureSpec<RemoteStorageVolGetPathArgs, RemoteStorageVolGetPathRet> = [
  100,
  "STORAGE_VOL_GET_PATH",
  remote_storage_vol_get_path_args,
  remote_storage_vol_get_path_ret,
  null,
  null,
];
/**
 * NODE_GET_CELLS_FREE_MEMORY (101).
 * @generate server
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY: ProcedureSpec<RemoteNodeGetCellsFreeMemoryArgs, RemoteNodeGetCellsFreeMemoryRet> = [
  101,
  "NODE_GET_CELLS_FREE_MEMORY",
  remote_node_get_cells_free_memory_args,
  remote_node_get_cells_free_memory_ret,
  null,
  null,
];
/**
 * NODE_GET_FREE_MEMORY (102).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_FREE_MEMORY: ProcedureSpec<void, RemoteNodeGetFreeMemoryRet> = [
  102,
  "NODE_GET_FREE_MEMORY",
  null,
  remote_node_get_free_memory_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_PEEK (103).
 * @generate none
 * @acl domain:block_read
 */
const REMOTE_PROC_DOMAIN_BLOCK_PEEK: ProcedureSpec<RemoteDomainBlockPeekArgs, RemoteDomainBlockPeekRet> = [
  103,
  "DOMAIN_BLOCK_PEEK",
  remote_domain_block_peek_args,
  remote_domain_block_peek_ret,
  null,
  null,
];
/**
 * DOMAIN_MEMORY_PEEK (104).
 * @generate none
 * @acl domain:mem_read
 */
const REMOTE_PROC_DOMAIN_MEMORY_PEEK: ProcedureSpec<RemoteDomainMemoryPeekArgs, RemoteDomainMemoryPeekRet> = [
  104,
  "DOMAIN_MEMORY_PEEK",
  remote_domain_memory_peek_args,
  remote_domain_memory_peek_ret,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_EVENT_REGISTER (105).
 * @generate none
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER: ProcedureSpec<void, RemoteConnectDomainEventRegisterRet> = [
  105,
  "CONNECT_DOMAIN_EVENT_REGISTER",
  null,
  remote_connect_domain_event_register_ret,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_EVENT_DEREGISTER (106).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER: ProcedureSpec<void, RemoteConnectDomainEventDeregisterRet> = [
  106,
  "CONNECT_DOMAIN_EVENT_DEREGISTER",
  null,
  remote_connect_domain_event_deregister_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_LIFECYCLE (107): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE: ProcedureSpec<RemoteDomainEventLifecycleMsg, void> = [
  107,
  "DOMAIN_EVENT_LIFECYCLE",
  null,
  null,
  remote_domain_event_lifecycle_msg,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE2 (108).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2: ProcedureSpec<RemoteDomainMigratePrepare2Args, RemoteDomainMigratePrepare2Ret> = [
  108,
  "DOMAIN_MIGRATE_PREPARE2",
  remote_domain_migrate_prepare2_args,
  remote_domain_migrate_prepare2_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_FINISH2 (109).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH2: ProcedureSpec<RemoteDomainMigrateFinish2Args, RemoteDomainMigrateFinish2Ret> = [
  109,
  "DOMAIN_MIGRATE_FINISH2",
  remote_domain_migrate_finish2_args,
  remote_domain_migrate_finish2_ret,
  null,
  null,
];
/**
 * CONNECT_GET_URI (110).
 * @generate server
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_URI: ProcedureSpec<void, RemoteConnectGetUriRet> = [
  110,
  "CONNECT_GET_URI",
  null,
  remote_connect_get_uri_ret,
  null,
  null,
];
/**
 * NODE_NUM_OF_DEVICES (111).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_NODE_NUM_OF_DEVICES: ProcedureSpec<RemoteNodeNumOfDevicesArgs, RemoteNodeNumOfDevicesRet> = [
  111,
  "NODE_NUM_OF_DEVICES",
  remote_node_num_of_devices_args,
  remote_node_num_of_devices_ret,
  null,
  null,
];
/**
 * NODE_LIST_DEVICES (112).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_NODE_LIST_DEVICES: ProcedureSpec<RemoteNodeListDevicesArgs, RemoteNodeListDevicesRet> = [
  112,
  "NODE_LIST_DEVICES",
  remote_node_list_devices_args,
  remote_node_list_devices_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_LOOKUP_BY_NAME (113).
 * @generate both
 * @priority high
 * @acl node_device:getattr
 */
const REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME: ProcedureSpec<RemoteNodeDeviceLookupByNameArgs, RemoteNodeDeviceLookupByNameRet> = [
  113,
  "NODE_DEVICE_LOOKUP_BY_NAME",
  remote_node_device_lookup_by_name_args,
  remote_node_device_lookup_by_name_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_GET_XML_DESC (114).
 * @generate both
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_XML_DESC: ProcedureSpec<RemoteNodeDeviceGetXmlDescArgs, RemoteNodeDeviceGetXmlDescRet> = [
  114,
  "NODE_DEVICE_GET_XML_DESC",
  remote_node_device_get_xml_desc_args,
  remote_node_device_get_xml_desc_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_GET_PARENT (115).
 * @generate client
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_PARENT: ProcedureSpec<RemoteNodeDeviceGetParentArgs, RemoteNodeDeviceGetParentRet> = [
  115,
  "NODE_DEVICE_GET_PARENT",
  remote_node_device_get_parent_args,
  remote_node_device_get_parent_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_NUM_OF_CAPS (116).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS: ProcedureSpec<RemoteNodeDeviceNumOfCapsArgs, RemoteNodeDeviceNumOfCapsRet> = [
  116,
  "NODE_DEVICE_NUM_OF_CAPS",
  remote_node_device_num_of_caps_args,
  remote_node_device_num_of_caps_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_LIST_CAPS (117).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_LIST_CAPS: ProcedureSpec<RemoteNodeDeviceListCapsArgs, RemoteNodeDeviceListCapsRet> = [
  117,
  "NODE_DEVICE_LIST_CAPS",
  remote_node_device_list_caps_args,
  remote_node_device_list_caps_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_DETTACH (118).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_DETTACH: ProcedureSpec<RemoteNodeDeviceDettachArgs, void> = [
  118,
  "NODE_DEVICE_DETTACH",
  remote_node_device_dettach_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_RE_ATTACH (119).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_RE_ATTACH: ProcedureSpec<RemoteNodeDeviceReAttachArgs, void> = [
  119,
  "NODE_DEVICE_RE_ATTACH",
  remote_node_device_re_attach_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_RESET (120).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_RESET: ProcedureSpec<RemoteNodeDeviceResetArgs, void> = [
  120,
  "NODE_DEVICE_RESET",
  remote_node_device_reset_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_SECURITY_LABEL (121).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL: ProcedureSpec<RemoteDomainGetSecurityLabelArgs, RemoteDomainGetSecurityLabelRet> = [
  121,
  "DOMAIN_GET_SECURITY_LABEL",
  remote_domain_get_security_label_args,
  remote_domain_get_security_label_ret,
  null,
  null,
];
/**
 * NODE_GET_SECURITY_MODEL (122).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_SECURITY_MODEL: ProcedureSpec<void, RemoteNodeGetSecurityModelRet> = [
  122,
  "NODE_GET_SECURITY_MODEL",
  null,
  remote_node_get_security_model_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_CREATE_XML (123).
 * @generate both
 * @acl node_device:write, node_device:start
 */
const REMOTE_PROC_NODE_DEVICE_CREATE_XML: ProcedureSpec<RemoteNodeDeviceCreateXmlArgs, RemoteNodeDeviceCreateXmlRet> = [
  123,
  "NODE_DEVICE_CREATE_XML",
  remote_node_device_create_xml_args,
  remote_node_device_create_xml_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_DESTROY (124).
 * @generate both
 * @priority high
 * @acl node_device:stop
 */
const REMOTE_PROC_NODE_DEVICE_DESTROY: ProcedureSpec<RemoteNodeDeviceDestroyArgs, void> = [
  124,
  "NODE_DEVICE_DESTROY",
  remote_node_device_destroy_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_CREATE_XML_FROM (125).
 * @generate both
 * @acl storage_vol:create
 */
const REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM: ProcedureSpec<RemoteStorageVolCreateXmlFromArgs, RemoteStorageVolCreateXmlFromRet> = [
  125,
  "STORAGE_VOL_CREATE_XML_FROM",
  remote_storage_vol_create_xml_from_args,
  remote_storage_vol_create_xml_from_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_INTERFACES (126).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_INTERFACES: ProcedureSpec<void, RemoteConnectNumOfInterfacesRet> = [
  126,
  "CONNECT_NUM_OF_INTERFACES",
  null,
  remote_connect_num_of_interfaces_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_INTERFACES (127).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_LIST_INTERFACES: ProcedureSpec<RemoteConnectListInterfacesArgs, RemoteConnectListInterfacesRet> = [
  127,
  "CONNECT_LIST_INTERFACES",
  remote_connect_list_interfaces_args,
  remote_connect_list_interfaces_ret,
  null,
  null,
];
/**
 * INTERFACE_LOOKUP_BY_NAME (128).
 * @generate both
 * @priority high
 * @acl interface:getattr
 */
const REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME: ProcedureSpec<RemoteInterfaceLookupByNameArgs, RemoteInterfaceLookupByNameRet> = [
  128,
  "INTERFACE_LOOKUP_BY_NAME",
  remote_interface_lookup_by_name_args,
  remote_interface_lookup_by_name_ret,
  null,
  null,
];
/**
 * INTERFACE_LOOKUP_BY_MAC_STRING (129).
 * @generate both
 * @priority high
 * @acl interface:getattr
 */
const REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING: ProcedureSpec<RemoteInterfaceLookupByMacStringArgs, RemoteInterfaceLookupByMacStringRet> =
  [
    129,
    "INTERFACE_LOOKUP_BY_MAC_STRING",
    remote_interface_lookup_by_mac_string_args,
    remote_interface_lookup_by_mac_string_ret,
    null,
    null,
  ];
/**
 * INTERFACE_GET_XML_DESC (130).
 * @generate both
 * @acl interface:read
 */
const REMOTE_PROC_INTERFACE_GET_XML_DESC: ProcedureSpec<RemoteInterfaceGetXmlDescArgs, RemoteInterfaceGetXmlDescRet> = [
  130,
  "INTERFACE_GET_XML_DESC",
  remote_interface_get_xml_desc_args,
  remote_interface_get_xml_desc_ret,
  null,
  null,
];
/**
 * INTERFACE_DEFINE_XML (131).
 * @generate both
 * @priority high
 * @acl interface:write, interface:save
 */
const REMOTE_PROC_INTERFACE_DEFINE_XML: ProcedureSpec<RemoteInterfaceDefineXmlArgs, RemoteInterfaceDefineXmlRet> = [
  131,
  "INTERFACE_DEFINE_XML",
  remote_interface_define_xml_args,
  remote_interface_define_xml_ret,
  null,
  null,
];
/**
 * INTERFACE_UNDEFINE (132).
 * @generate both
 * @priority high
 * @acl interface:delete
 */
const REMOTE_PROC_INTERFACE_UNDEFINE: ProcedureSpec<RemoteInterfaceUndefineArgs, void> = [
  132,
  "INTERFACE_UNDEFINE",
  remote_interface_undefine_args,
  null,
  null,
  null,
];
/**
 * INTERFACE_CREATE (133).
 * @generate both
 * @acl interface:start
 */
const REMOTE_PROC_INTERFACE_CREATE: ProcedureSpec<RemoteInterfaceCreateArgs, void> = [
  133,
  "INTERFACE_CREATE",
  remote_interface_create_args,
  null,
  null,
  null,
];
/**
 * INTERFACE_DESTROY (134).
 * @generate both
 * @priority high
 * @acl interface:stop
 */
const REMOTE_PROC_INTERFACE_DESTROY: ProcedureSpec<RemoteInterfaceDestroyArgs, void> = [
  134,
  "INTERFACE_DESTROY",
  remote_interface_destroy_args,
  null,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_XML_FROM_NATIVE (135).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE: ProcedureSpec<RemoteConnectDomainXmlFromNativeArgs, RemoteConnectDomainXmlFromNativeRet> =
  [
    135,
    "CONNECT_DOMAIN_XML_FROM_NATIVE",
    remote_connect_domain_xml_from_native_args,
    remote_connect_domain_xml_from_native_ret,
    null,
    null,
  ];
/**
 * CONNECT_DOMAIN_XML_TO_NATIVE (136).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE: ProcedureSpec<RemoteConnectDomainXmlToNativeArgs, RemoteConnectDomainXmlToNativeRet> = [
  136,
  "CONNECT_DOMAIN_XML_TO_NATIVE",
  remote_connect_domain_xml_to_native_args,
  remote_connect_domain_xml_to_native_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_DEFINED_INTERFACES (137).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES: ProcedureSpec<void, RemoteConnectNumOfDefinedInterfacesRet> = [
  137,
  "CONNECT_NUM_OF_DEFINED_INTERFACES",
  null,
  remote_connect_num_of_defined_interfaces_ret,
  null,
  null,
];
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
> = [
  138,
  "CONNECT_LIST_DEFINED_INTERFACES",
  remote_connect_list_defined_interfaces_args,
  remote_connect_list_defined_interfaces_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_SECRETS (139).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_SECRETS: ProcedureSpec<void, RemoteConnectNumOfSecretsRet> = [
  139,
  "CONNECT_NUM_OF_SECRETS",
  null,
  remote_connect_num_of_secrets_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_SECRETS (140).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_LIST_SECRETS: ProcedureSpec<RemoteConnectListSecretsArgs, RemoteConnectListSecretsRet> = [
  140,
  "CONNECT_LIST_SECRETS",
  remote_connect_list_secrets_args,
  remote_connect_list_secrets_ret,
  null,
  null,
];
/**
 * SECRET_LOOKUP_BY_UUID (141).
 * @generate both
 * @priority high
 * @acl secret:getattr
 */
const REMOTE_PROC_SECRET_LOOKUP_BY_UUID: ProcedureSpec<RemoteSecretLookupByUuidArgs, RemoteSecretLookupByUuidRet> = [
  141,
  "SECRET_LOOKUP_BY_UUID",
  remote_secret_lookup_by_uuid_args,
  remote_secret_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * SECRET_DEFINE_XML (142).
 * @generate both
 * @priority high
 * @acl secret:write, secret:save
 */
const REMOTE_PROC_SECRET_DEFINE_XML: ProcedureSpec<RemoteSecretDefineXmlArgs, RemoteSecretDefineXmlRet> = [
  142,
  "SECRET_DEFINE_XML",
  remote_secret_define_xml_args,
  remote_secret_define_xml_ret,
  null,
  null,
];
/**
 * SECRET_GET_XML_DESC (143).
 * @generate both
 * @priority high
 * @acl secret:read
 */
const REMOTE_PROC_SECRET_GET_XML_DESC: ProcedureSpec<RemoteSecretGetXmlDescArgs, RemoteSecretGetXmlDescRet> = [
  143,
  "SECRET_GET_XML_DESC",
  remote_secret_get_xml_desc_args,
  remote_secret_get_xml_desc_ret,
  null,
  null,
];
/**
 * SECRET_SET_VALUE (144).
 * @generate both
 * @priority high
 * @acl secret:write
 */
const REMOTE_PROC_SECRET_SET_VALUE: ProcedureSpec<RemoteSecretSetValueArgs, void> = [
  144,
  "SECRET_SET_VALUE",
  remote_secret_set_value_args,
  null,
  null,
  null,
];
/**
 * SECRET_GET_VALUE (145).
 * @generate none
 * @priority high
 * @acl secret:read_secure
 */
const REMOTE_PROC_SECRET_GET_VALUE: ProcedureSpec<RemoteSecretGetValueArgs, RemoteSecretGetValueRet> = [
  145,
  "SECRET_GET_VALUE",
  remote_secret_get_value_args,
  remote_secret_get_value_ret,
  null,
  null,
];
/**
 * SECRET_UNDEFINE (146).
 * @generate both
 * @priority high
 * @acl secret:delete
 */
const REMOTE_PROC_SECRET_UNDEFINE: ProcedureSpec<RemoteSecretUndefineArgs, void> = [
  146,
  "SECRET_UNDEFINE",
  remote_secret_undefine_args,
  null,
  null,
  null,
];
/**
 * SECRET_LOOKUP_BY_USAGE (147).
 * @generate both
 * @priority high
 * @acl secret:getattr
 */
const REMOTE_PROC_SECRET_LOOKUP_BY_USAGE: ProcedureSpec<RemoteSecretLookupByUsageArgs, RemoteSecretLookupByUsageRet> = [
  147,
  "SECRET_LOOKUP_BY_USAGE",
  remote_secret_lookup_by_usage_args,
  remote_secret_lookup_by_usage_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL (148).
 * @generate both
 * @writestream 1
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL: ProcedureSpec<RemoteDomainMigratePrepareTunnelArgs, void> = [
  148,
  "DOMAIN_MIGRATE_PREPARE_TUNNEL",
  remote_domain_migrate_prepare_tunnel_args,
  null,
  null,
  "write",
];
/**
 * CONNECT_IS_SECURE (149).
 * @generate server
 * @priority high
 * @acl none
 */
const REMOTE_PROC_CONNECT_IS_SECURE: ProcedureSpec<void, RemoteConnectIsSecureRet> = [
  149,
  "CONNECT_IS_SECURE",
  null,
  remote_connect_is_secure_ret,
  null,
  null,
];
/**
 * DOMAIN_IS_ACTIVE (150).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_ACTIVE: ProcedureSpec<RemoteDomainIsActiveArgs, RemoteDomainIsActiveRet> = [
  150,
  "DOMAIN_IS_ACTIVE",
  remote_domain_is_active_args,
  remote_domain_is_active_ret,
  null,
  null,
];
/**
 * DOMAIN_IS_PERSISTENT (151).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_PERSISTENT: ProcedureSpec<RemoteDomainIsPersistentArgs, RemoteDomainIsPersistentRet> = [
  151,
  "DOMAIN_IS_PERSISTENT",
  remote_domain_is_persistent_args,
  remote_domain_is_persistent_ret,
  null,
  null,
];
/**
 * NETWORK_IS_ACTIVE (152).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_IS_ACTIVE: ProcedureSpec<RemoteNetworkIsActiveArgs, RemoteNetworkIsActiveRet> = [
  152,
  "NETWORK_IS_ACTIVE",
  remote_network_is_active_args,
  remote_network_is_active_ret,
  null,
  null,
];
/**
 * NETWORK_IS_PERSISTENT (153).
 * @generate both
 * @priority high
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_IS_PERSISTENT: ProcedureSpec<RemoteNetworkIsPersistentArgs, RemoteNetworkIsPersistentRet> = [
  153,
  "NETWORK_IS_PERSISTENT",
  remote_network_is_persistent_args,
  remote_network_is_persistent_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_IS_ACTIVE (154).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_IS_ACTIVE: ProcedureSpec<RemoteStoragePoolIsActiveArgs, RemoteStoragePoolIsActiveRet> = [
  154,
  "STORAGE_POOL_IS_ACTIVE",
  remote_storage_pool_is_active_args,
  remote_storage_pool_is_active_ret,
  null,
  null,
];
/**
 * STORAGE_POOL_IS_PERSISTENT (155).
 * @generate both
 * @priority high
 * @acl storage_pool:read
 */
const REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT: ProcedureSpec<RemoteStoragePoolIsPersistentArgs, RemoteStoragePoolIsPersistentRet> = [
  155,
  "STORAGE_POOL_IS_PERSISTENT",
  remote_storage_pool_is_persistent_args,
  remote_storage_pool_is_persistent_ret,
  null,
  null,
];
/**
 * INTERFACE_IS_ACTIVE (156).
 * @generate both
 * @priority high
 * @acl interface:read
 */
const REMOTE_PROC_INTERFACE_IS_ACTIVE: ProcedureSpec<RemoteInterfaceIsActiveArgs, RemoteInterfaceIsActiveRet> = [
  156,
  "INTERFACE_IS_ACTIVE",
  remote_interface_is_active_args,
  remote_interface_is_active_ret,
  null,
  null,
];
/**
 * CONNECT_GET_LIB_VERSION (157).
 * @generate both
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_GET_LIB_VERSION: ProcedureSpec<void, RemoteConnectGetLibVersionRet> = [
  157,
  "CONNECT_GET_LIB_VERSION",
  null,
  remote_connect_get_lib_version_ret,
  null,
  null,
];
/**
 * CONNECT_COMPARE_CPU (158).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_COMPARE_CPU: ProcedureSpec<RemoteConnectCompareCpuArgs, RemoteConnectCompareCpuRet> = [
  158,
  "CONNECT_COMPARE_CPU",
  remote_connect_compare_cpu_args,
  remote_connect_compare_cpu_ret,
  null,
  null,
];
/**
 * DOMAIN_MEMORY_STATS (159).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_MEMORY_STATS: ProcedureSpec<RemoteDomainMemoryStatsArgs, RemoteDomainMemoryStatsRet> = [
  159,
  "DOMAIN_MEMORY_STATS",
  remote_domain_memory_stats_args,
  remote_domain_memory_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_ATTACH_DEVICE_FLAGS (160).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS: ProcedureSpec<RemoteDomainAttachDeviceFlagsArgs, void> = [
  160,
  "DOMAIN_ATTACH_DEVICE_FLAGS",
  remote_domain_attach_device_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_DETACH_DEVICE_FLAGS (161).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS: ProcedureSpec<RemoteDomainDetachDeviceFlagsArgs, void> = [
  161,
  "DOMAIN_DETACH_DEVICE_FLAGS",
  remote_domain_detach_device_flags_args,
  null,
  null,
  null,
];
/**
 * CONNECT_BASELINE_CPU (162).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_BASELINE_CPU: ProcedureSpec<RemoteConnectBaselineCpuArgs, RemoteConnectBaselineCpuRet> = [
  162,
  "CONNECT_BASELINE_CPU",
  remote_connect_baseline_cpu_args,
  remote_connect_baseline_cpu_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_JOB_INFO (163).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_JOB_INFO: ProcedureSpec<RemoteDomainGetJobInfoArgs, RemoteDomainGetJobInfoRet> = [
  163,
  "DOMAIN_GET_JOB_INFO",
  remote_domain_get_job_info_args,
  remote_domain_get_job_info_ret,
  null,
  null,
];
/**
 * DOMAIN_ABORT_JOB (164).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ABORT_JOB: ProcedureSpec<RemoteDomainAbortJobArgs, void> = [
  164,
  "DOMAIN_ABORT_JOB",
  remote_domain_abort_job_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_WIPE (165).
 * @generate both
 * @acl storage_vol:format
 */
const REMOTE_PROC_STORAGE_VOL_WIPE: ProcedureSpec<RemoteStorageVolWipeArgs, void> = [
  165,
  "STORAGE_VOL_WIPE",
  remote_storage_vol_wipe_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_SET_MAX_DOWNTIME (166).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME: ProcedureSpec<RemoteDomainMigrateSetMaxDowntimeArgs, void> = [
  166,
  "DOMAIN_MIGRATE_SET_MAX_DOWNTIME",
  remote_domain_migrate_set_max_downtime_args,
  null,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_EVENT_REGISTER_ANY (167).
 * @generate none
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventRegisterAnyArgs, void> = [
  167,
  "CONNECT_DOMAIN_EVENT_REGISTER_ANY",
  remote_connect_domain_event_register_any_args,
  null,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_EVENT_DEREGISTER_ANY (168).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventDeregisterAnyArgs, void> = [
  168,
  "CONNECT_DOMAIN_EVENT_DEREGISTER_ANY",
  remote_connect_domain_event_deregister_any_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_REBOOT (169): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_REBOOT: ProcedureSpec<RemoteDomainEventRebootMsg, void> = [
  169,
  "DOMAIN_EVENT_REBOOT",
  null,
  null,
  remote_domain_event_reboot_msg,
  null,
];
/**
 * DOMAIN_EVENT_RTC_CHANGE (170): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE: ProcedureSpec<RemoteDomainEventRtcChangeMsg, void> = [
  170,
  "DOMAIN_EVENT_RTC_CHANGE",
  null,
  null,
  remote_domain_event_rtc_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_WATCHDOG (171): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_WATCHDOG: ProcedureSpec<RemoteDomainEventWatchdogMsg, void> = [
  171,
  "DOMAIN_EVENT_WATCHDOG",
  null,
  null,
  remote_domain_event_watchdog_msg,
  null,
];
/**
 * DOMAIN_EVENT_IO_ERROR (172): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_IO_ERROR: ProcedureSpec<RemoteDomainEventIoErrorMsg, void> = [
  172,
  "DOMAIN_EVENT_IO_ERROR",
  null,
  null,
  remote_domain_event_io_error_msg,
  null,
];
/**
 * DOMAIN_EVENT_GRAPHICS (173): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_GRAPHICS: ProcedureSpec<RemoteDomainEventGraphicsMsg, void> = [
  173,
  "DOMAIN_EVENT_GRAPHICS",
  null,
  null,
  remote_domain_event_graphics_msg,
  null,
];
/**
 * DOMAIN_UPDATE_DEVICE_FLAGS (174).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS: ProcedureSpec<RemoteDomainUpdateDeviceFlagsArgs, void> = [
  174,
  "DOMAIN_UPDATE_DEVICE_FLAGS",
  remote_domain_update_device_flags_args,
  null,
  null,
  null,
];
/**
 * NWFILTER_LOOKUP_BY_NAME (175).
 * @generate both
 * @priority high
 * @acl nwfilter:getattr
 */
const REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME: ProcedureSpec<RemoteNwfilterLookupByNameArgs, RemoteNwfilterLookupByNameRet> = [
  175,
  "NWFILTER_LOOKUP_BY_NAME",
  remote_nwfilter_lookup_by_name_args,
  remote_nwfilter_lookup_by_name_ret,
  null,
  null,
];
/**
 * NWFILTER_LOOKUP_BY_UUID (176).
 * @generate both
 * @priority high
 * @acl nwfilter:getattr
 */
const REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID: ProcedureSpec<RemoteNwfilterLookupByUuidArgs, RemoteNwfilterLookupByUuidRet> = [
  176,
  "NWFILTER_LOOKUP_BY_UUID",
  remote_nwfilter_lookup_by_uuid_args,
  remote_nwfilter_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * NWFILTER_GET_XML_DESC (177).
 * @generate both
 * @priority high
 * @acl nwfilter:read
 */
const REMOTE_PROC_NWFILTER_GET_XML_DESC: ProcedureSpec<RemoteNwfilterGetXmlDescArgs, RemoteNwfilterGetXmlDescRet> = [
  177,
  "NWFILTER_GET_XML_DESC",
  remote_nwfilter_get_xml_desc_args,
  remote_nwfilter_get_xml_desc_ret,
  null,
  null,
];
/**
 * CONNECT_NUM_OF_NWFILTERS (178).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS: ProcedureSpec<void, RemoteConnectNumOfNwfiltersRet> = [
  178,
  "CONNECT_NUM_OF_NWFILTERS",
  null,
  remote_connect_num_of_nwfilters_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_NWFILTERS (179).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_LIST_NWFILTERS: ProcedureSpec<RemoteConnectListNwfiltersArgs, RemoteConnectListNwfiltersRet> = [
  179,
  "CONNECT_LIST_NWFILTERS",
  remote_connect_list_nwfilters_args,
  remote_connect_list_nwfilters_ret,
  null,
  null,
];
/**
 * NWFILTER_DEFINE_XML (180).
 * @generate both
 * @priority high
 * @acl nwfilter:write, nwfilter:save
 */
const REMOTE_PROC_NWFILTER_DEFINE_XML: ProcedureSpec<RemoteNwfilterDefineXmlArgs, RemoteNwfilterDefineXmlRet> = [
  180,
  "NWFILTER_DEFINE_XML",
  remote_nwfilter_define_xml_args,
  remote_nwfilter_define_xml_ret,
  null,
  null,
];
/**
 * NWFILTER_UNDEFINE (181).
 * @generate both
 * @priority high
 * @acl nwfilter:delete
 */
const REMOTE_PROC_NWFILTER_UNDEFINE: ProcedureSpec<RemoteNwfilterUndefineArgs, void> = [
  181,
  "NWFILTER_UNDEFINE",
  remote_nwfilter_undefine_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_MANAGED_SAVE (182).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE: ProcedureSpec<RemoteDomainManagedSaveArgs, void> = [
  182,
  "DOMAIN_MANAGED_SAVE",
  remote_domain_managed_save_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_HAS_MANAGED_SAVE_IMAGE (183).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE: ProcedureSpec<RemoteDomainHasManagedSaveImageArgs, RemoteDomainHasManagedSaveImageRet> = [
  183,
  "DOMAIN_HAS_MANAGED_SAVE_IMAGE",
  remote_domain_has_managed_save_image_args,
  remote_domain_has_managed_save_image_ret,
  null,
  null,
];
/**
 * DOMAIN_MANAGED_SAVE_REMOVE (184).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE: ProcedureSpec<RemoteDomainManagedSaveRemoveArgs, void> = [
  184,
  "DOMAIN_MANAGED_SAVE_REMOVE",
  remote_domain_managed_save_remove_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_CREATE_XML (185).
 * @generate both
 * @acl domain:snapshot, domain:fs_freeze:VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML: ProcedureSpec<RemoteDomainSnapshotCreateXmlArgs, RemoteDomainSnapshotCreateXmlRet> = [
  185,
  "DOMAIN_SNAPSHOT_CREATE_XML",
  remote_domain_snapshot_create_xml_args,
  remote_domain_snapshot_create_xml_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_GET_XML_DESC (186).
 * @generate both
 * @priority high
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_SNAPSHOT_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC: ProcedureSpec<RemoteDomainSnapshotGetXmlDescArgs, RemoteDomainSnapshotGetXmlDescRet> = [
  186,
  "DOMAIN_SNAPSHOT_GET_XML_DESC",
  remote_domain_snapshot_get_xml_desc_args,
  remote_domain_snapshot_get_xml_desc_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_NUM (187).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_NUM: ProcedureSpec<RemoteDomainSnapshotNumArgs, RemoteDomainSnapshotNumRet> = [
  187,
  "DOMAIN_SNAPSHOT_NUM",
  remote_domain_snapshot_num_args,
  remote_domain_snapshot_num_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_LIST_NAMES (188).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES: ProcedureSpec<RemoteDomainSnapshotListNamesArgs, RemoteDomainSnapshotListNamesRet> = [
  188,
  "DOMAIN_SNAPSHOT_LIST_NAMES",
  remote_domain_snapshot_list_names_args,
  remote_domain_snapshot_list_names_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_LOOKUP_BY_NAME (189).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: ProcedureSpec<RemoteDomainSnapshotLookupByNameArgs, RemoteDomainSnapshotLookupByNameRet> =
  [
    189,
    "DOMAIN_SNAPSHOT_LOOKUP_BY_NAME",
    remote_domain_snapshot_lookup_by_name_args,
    remote_domain_snapshot_lookup_by_name_ret,
    null,
    null,
  ];
/**
 * DOMAIN_HAS_CURRENT_SNAPSHOT (190).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT: ProcedureSpec<RemoteDomainHasCurrentSnapshotArgs, RemoteDomainHasCurrentSnapshotRet> = [
  190,
  "DOMAIN_HAS_CURRENT_SNAPSHOT",
  remote_domain_has_current_snapshot_args,
  remote_domain_has_current_snapshot_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_CURRENT (191).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT: ProcedureSpec<RemoteDomainSnapshotCurrentArgs, RemoteDomainSnapshotCurrentRet> = [
  191,
  "DOMAIN_SNAPSHOT_CURRENT",
  remote_domain_snapshot_current_args,
  remote_domain_snapshot_current_ret,
  null,
  null,
];
/**
 * DOMAIN_REVERT_TO_SNAPSHOT (192).
 * @generate both
 * @acl domain:snapshot
 */
const REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT: ProcedureSpec<RemoteDomainRevertToSnapshotArgs, void> = [
  192,
  "DOMAIN_REVERT_TO_SNAPSHOT",
  remote_domain_revert_to_snapshot_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_DELETE (193).
 * @generate both
 * @acl domain:snapshot
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE: ProcedureSpec<RemoteDomainSnapshotDeleteArgs, void> = [
  193,
  "DOMAIN_SNAPSHOT_DELETE",
  remote_domain_snapshot_delete_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_BLOCK_INFO (194).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_INFO: ProcedureSpec<RemoteDomainGetBlockInfoArgs, RemoteDomainGetBlockInfoRet> = [
  194,
  "DOMAIN_GET_BLOCK_INFO",
  remote_domain_get_block_info_args,
  remote_domain_get_block_info_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_IO_ERROR_REASON (195): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON: ProcedureSpec<RemoteDomainEventIoErrorReasonMsg, void> = [
  195,
  "DOMAIN_EVENT_IO_ERROR_REASON",
  null,
  null,
  remote_domain_event_io_error_reason_msg,
  null,
];
/**
 * DOMAIN_CREATE_WITH_FLAGS (196).
 * @generate both
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS: ProcedureSpec<RemoteDomainCreateWithFlagsArgs, RemoteDomainCreateWithFlagsRet> = [
  196,
  "DOMAIN_CREATE_WITH_FLAGS",
  remote_domain_create_with_flags_args,
  remote_domain_create_with_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_MEMORY_PARAMETERS (197).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS: ProcedureSpec<RemoteDomainSetMemoryParametersArgs, void> = [
  197,
  "DOMAIN_SET_MEMORY_PARAMETERS",
  remote_domain_set_memory_parameters_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_MEMORY_PARAMETERS (198).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS: ProcedureSpec<RemoteDomainGetMemoryParametersArgs, RemoteDomainGetMemoryParametersRet> = [
  198,
  "DOMAIN_GET_MEMORY_PARAMETERS",
  remote_domain_get_memory_parameters_args,
  remote_domain_get_memory_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_VCPUS_FLAGS (199).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG, domain:write:VIR_DOMAIN_VCPU_GUEST
 */
const REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS: ProcedureSpec<RemoteDomainSetVcpusFlagsArgs, void> = [
  199,
  "DOMAIN_SET_VCPUS_FLAGS",
  remote_domain_set_vcpus_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_VCPUS_FLAGS (200).
 * @generate both
 * @acl domain:read, domain:write:VIR_DOMAIN_VCPU_GUEST
 */
const REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS: ProcedureSpec<RemoteDomainGetVcpusFlagsArgs, RemoteDomainGetVcpusFlagsRet> = [
  200,
  "DOMAIN_GET_VCPUS_FLAGS",
  remote_domain_get_vcpus_flags_args,
  remote_domain_get_vcpus_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_OPEN_CONSOLE (201).
 * @generate both
 * @readstream 2
 * @acl domain:open_device
 */
const REMOTE_PROC_DOMAIN_OPEN_CONSOLE: ProcedureSpec<RemoteDomainOpenConsoleArgs, void> = [
  201,
  "DOMAIN_OPEN_CONSOLE",
  remote_domain_open_console_args,
  null,
  null,
  "read",
];
/**
 * DOMAIN_IS_UPDATED (202).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_IS_UPDATED: ProcedureSpec<RemoteDomainIsUpdatedArgs, RemoteDomainIsUpdatedRet> = [
  202,
  "DOMAIN_IS_UPDATED",
  remote_domain_is_updated_args,
  remote_domain_is_updated_ret,
  null,
  null,
];
/**
 * CONNECT_GET_SYSINFO (203).
 * @generate both
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_SYSINFO: ProcedureSpec<RemoteConnectGetSysinfoArgs, RemoteConnectGetSysinfoRet> = [
  203,
  "CONNECT_GET_SYSINFO",
  remote_connect_get_sysinfo_args,
  remote_connect_get_sysinfo_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_MEMORY_FLAGS (204).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS: ProcedureSpec<RemoteDomainSetMemoryFlagsArgs, void> = [
  204,
  "DOMAIN_SET_MEMORY_FLAGS",
  remote_domain_set_memory_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_BLKIO_PARAMETERS (205).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS: ProcedureSpec<RemoteDomainSetBlkioParametersArgs, void> = [
  205,
  "DOMAIN_SET_BLKIO_PARAMETERS",
  remote_domain_set_blkio_parameters_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_BLKIO_PARAMETERS (206).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS: ProcedureSpec<RemoteDomainGetBlkioParametersArgs, RemoteDomainGetBlkioParametersRet> = [
  206,
  "DOMAIN_GET_BLKIO_PARAMETERS",
  remote_domain_get_blkio_parameters_args,
  remote_domain_get_blkio_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_SET_MAX_SPEED (207).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED: ProcedureSpec<RemoteDomainMigrateSetMaxSpeedArgs, void> = [
  207,
  "DOMAIN_MIGRATE_SET_MAX_SPEED",
  remote_domain_migrate_set_max_speed_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_UPLOAD (208).
 * @generate both
 * @writestream 1
 * @sparseflag VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM
 * @acl storage_vol:data_write
 */
const REMOTE_PROC_STORAGE_VOL_UPLOAD: ProcedureSpec<RemoteStorageVolUploadArgs, void> = [
  208,
  "STORAGE_VOL_UPLOAD",
  remote_storage_vol_upload_args,
  null,
  null,
  "write",
];
/**
 * STORAGE_VOL_DOWNLOAD (209).
 * @generate both
 * @readstream 1
 * @sparseflag VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM
 * @acl storage_vol:data_read
 */
const REMOTE_PROC_STORAGE_VOL_DOWNLOAD: ProcedureSpec<RemoteStorageVolDownloadArgs, void> = [
  209,
  "STORAGE_VOL_DOWNLOAD",
  remote_storage_vol_download_args,
  null,
  null,
  "read",
];
/**
 * DOMAIN_INJECT_NMI (210).
 * @generate both
 * @acl domain:inject_nmi
 */
const REMOTE_PROC_DOMAIN_INJECT_NMI: ProcedureSpec<RemoteDomainInjectNmiArgs, void> = [
  210,
  "DOMAIN_INJECT_NMI",
  remote_domain_inject_nmi_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SCREENSHOT (211).
 * @generate both
 * @readstream 1
 * @acl domain:screenshot
 */
const REMOTE_PROC_DOMAIN_SCREENSHOT: ProcedureSpec<RemoteDomainScreenshotArgs, RemoteDomainScreenshotRet> = [
  211,
  "DOMAIN_SCREENSHOT",
  remote_domain_screenshot_args,
  remote_domain_screenshot_ret,
  null,
  "read",
];
/**
 * DOMAIN_GET_STATE (212).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_STATE: ProcedureSpec<RemoteDomainGetStateArgs, RemoteDomainGetStateRet> = [
  212,
  "DOMAIN_GET_STATE",
  remote_domain_get_state_args,
  remote_domain_get_state_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_BEGIN3 (213).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3: ProcedureSpec<RemoteDomainMigrateBegin3Args, RemoteDomainMigrateBegin3Ret> = [
  213,
  "DOMAIN_MIGRATE_BEGIN3",
  remote_domain_migrate_begin3_args,
  remote_domain_migrate_begin3_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE3 (214).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3: ProcedureSpec<RemoteDomainMigratePrepare3Args, RemoteDomainMigratePrepare3Ret> = [
  214,
  "DOMAIN_MIGRATE_PREPARE3",
  remote_domain_migrate_prepare3_args,
  remote_domain_migrate_prepare3_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL3 (215).
 * @generate server
 * @writestream 1
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3: ProcedureSpec<
  RemoteDomainMigratePrepareTunnel3Args,
  RemoteDomainMigratePrepareTunnel3Ret
> = [
  215,
  "DOMAIN_MIGRATE_PREPARE_TUNNEL3",
  remote_domain_migrate_prepare_tunnel3_args,
  remote_domain_migrate_prepare_tunnel3_ret,
  null,
  "write",
];
/**
 * DOMAIN_MIGRATE_PERFORM3 (216).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3: ProcedureSpec<RemoteDomainMigratePerform3Args, RemoteDomainMigratePerform3Ret> = [
  216,
  "DOMAIN_MIGRATE_PERFORM3",
  remote_domain_migrate_perform3_args,
  remote_domain_migrate_perform3_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_FINISH3 (217).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH3: ProcedureSpec<RemoteDomainMigrateFinish3Args, RemoteDomainMigrateFinish3Ret> = [
  217,
  "DOMAIN_MIGRATE_FINISH3",
  remote_domain_migrate_finish3_args,
  remote_domain_migrate_finish3_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_CONFIRM3 (218).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3: ProcedureSpec<RemoteDomainMigrateConfirm3Args, void> = [
  218,
  "DOMAIN_MIGRATE_CONFIRM3",
  remote_domain_migrate_confirm3_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS (219).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: ProcedureSpec<RemoteDomainSetSchedulerParametersFlagsArgs, void> = [
  219,
  "DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS",
  remote_domain_set_scheduler_parameters_flags_args,
  null,
  null,
  null,
];
/**
 * INTERFACE_CHANGE_BEGIN (220).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_BEGIN: ProcedureSpec<RemoteInterfaceChangeBeginArgs, void> = [
  220,
  "INTERFACE_CHANGE_BEGIN",
  remote_interface_change_begin_args,
  null,
  null,
  null,
];
/**
 * INTERFACE_CHANGE_COMMIT (221).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_COMMIT: ProcedureSpec<RemoteInterfaceChangeCommitArgs, void> = [
  221,
  "INTERFACE_CHANGE_COMMIT",
  remote_interface_change_commit_args,
  null,
  null,
  null,
];
/**
 * INTERFACE_CHANGE_ROLLBACK (222).
 * @generate both
 * @acl connect:interface_transaction
 */
const REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK: ProcedureSpec<RemoteInterfaceChangeRollbackArgs, void> = [
  222,
  "INTERFACE_CHANGE_ROLLBACK",
  remote_interface_change_rollback_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS (223).
 * @generate client
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: ProcedureSpec<
  RemoteDomainGetSchedulerParametersFlagsArgs,
  RemoteDomainGetSchedulerParametersFlagsRet
> = [
  223,
  "DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS",
  remote_domain_get_scheduler_parameters_flags_args,
  remote_domain_get_scheduler_parameters_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CONTROL_ERROR (224): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR: ProcedureSpec<RemoteDomainEventControlErrorMsg, void> = [
  224,
  "DOMAIN_EVENT_CONTROL_ERROR",
  null,
  null,
  remote_domain_event_control_error_msg,
  null,
];
/**
 * DOMAIN_PIN_VCPU_FLAGS (225).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS: ProcedureSpec<RemoteDomainPinVcpuFlagsArgs, void> = [
  225,
  "DOMAIN_PIN_VCPU_FLAGS",
  remote_domain_pin_vcpu_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SEND_KEY (226).
 * @generate both
 * @acl domain:send_input
 */
const REMOTE_PROC_DOMAIN_SEND_KEY: ProcedureSpec<RemoteDomainSendKeyArgs, void> = [
  226,
  "DOMAIN_SEND_KEY",
  remote_domain_send_key_args,
  null,
  null,
  null,
];
/**
 * NODE_GET_CPU_STATS (227).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CPU_STATS: ProcedureSpec<RemoteNodeGetCpuStatsArgs, RemoteNodeGetCpuStatsRet> = [
  227,
  "NODE_GET_CPU_STATS",
  remote_node_get_cpu_stats_args,
  remote_node_get_cpu_stats_ret,
  null,
  null,
];
/**
 * NODE_GET_MEMORY_STATS (228).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_MEMORY_STATS: ProcedureSpec<RemoteNodeGetMemoryStatsArgs, RemoteNodeGetMemoryStatsRet> = [
  228,
  "NODE_GET_MEMORY_STATS",
  remote_node_get_memory_stats_args,
  remote_node_get_memory_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_CONTROL_INFO (229).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_CONTROL_INFO: ProcedureSpec<RemoteDomainGetControlInfoArgs, RemoteDomainGetControlInfoRet> = [
  229,
  "DOMAIN_GET_CONTROL_INFO",
  remote_domain_get_control_info_args,
  remote_domain_get_control_info_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_VCPU_PIN_INFO (230).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO: ProcedureSpec<RemoteDomainGetVcpuPinInfoArgs, RemoteDomainGetVcpuPinInfoRet> = [
  230,
  "DOMAIN_GET_VCPU_PIN_INFO",
  remote_domain_get_vcpu_pin_info_args,
  remote_domain_get_vcpu_pin_info_ret,
  null,
  null,
];
/**
 * DOMAIN_UNDEFINE_FLAGS (231).
 * @generate both
 * @priority high
 * @acl domain:delete
 */
const REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS: ProcedureSpec<RemoteDomainUndefineFlagsArgs, void> = [
  231,
  "DOMAIN_UNDEFINE_FLAGS",
  remote_domain_undefine_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SAVE_FLAGS (232).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_FLAGS: ProcedureSpec<RemoteDomainSaveFlagsArgs, void> = [
  232,
  "DOMAIN_SAVE_FLAGS",
  remote_domain_save_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_RESTORE_FLAGS (233).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE_FLAGS: ProcedureSpec<RemoteDomainRestoreFlagsArgs, void> = [
  233,
  "DOMAIN_RESTORE_FLAGS",
  remote_domain_restore_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_DESTROY_FLAGS (234).
 * @generate both
 * @priority high
 * @acl domain:stop
 */
const REMOTE_PROC_DOMAIN_DESTROY_FLAGS: ProcedureSpec<RemoteDomainDestroyFlagsArgs, void> = [
  234,
  "DOMAIN_DESTROY_FLAGS",
  remote_domain_destroy_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SAVE_IMAGE_GET_XML_DESC (235).
 * @generate both
 * @priority high
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC: ProcedureSpec<RemoteDomainSaveImageGetXmlDescArgs, RemoteDomainSaveImageGetXmlDescRet> = [
  235,
  "DOMAIN_SAVE_IMAGE_GET_XML_DESC",
  remote_domain_save_image_get_xml_desc_args,
  remote_domain_save_image_get_xml_desc_ret,
  null,
  null,
];
/**
 * DOMAIN_SAVE_IMAGE_DEFINE_XML (236).
 * @generate both
 * @priority high
 * @acl domain:write, domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML: ProcedureSpec<RemoteDomainSaveImageDefineXmlArgs, void> = [
  236,
  "DOMAIN_SAVE_IMAGE_DEFINE_XML",
  remote_domain_save_image_define_xml_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_JOB_ABORT (237).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT: ProcedureSpec<RemoteDomainBlockJobAbortArgs, void> = [
  237,
  "DOMAIN_BLOCK_JOB_ABORT",
  remote_domain_block_job_abort_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_BLOCK_JOB_INFO (238).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO: ProcedureSpec<RemoteDomainGetBlockJobInfoArgs, RemoteDomainGetBlockJobInfoRet> = [
  238,
  "DOMAIN_GET_BLOCK_JOB_INFO",
  remote_domain_get_block_job_info_args,
  remote_domain_get_block_job_info_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_JOB_SET_SPEED (239).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED: ProcedureSpec<RemoteDomainBlockJobSetSpeedArgs, void> = [
  239,
  "DOMAIN_BLOCK_JOB_SET_SPEED",
  remote_domain_block_job_set_speed_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_PULL (240).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_PULL: ProcedureSpec<RemoteDomainBlockPullArgs, void> = [
  240,
  "DOMAIN_BLOCK_PULL",
  remote_domain_block_pull_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_BLOCK_JOB (241): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB: ProcedureSpec<RemoteDomainEventBlockJobMsg, void> = [
  241,
  "DOMAIN_EVENT_BLOCK_JOB",
  null,
  null,
  remote_domain_event_block_job_msg,
  null,
];
/**
 * DOMAIN_MIGRATE_GET_MAX_SPEED (242).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED: ProcedureSpec<RemoteDomainMigrateGetMaxSpeedArgs, RemoteDomainMigrateGetMaxSpeedRet> = [
  242,
  "DOMAIN_MIGRATE_GET_MAX_SPEED",
  remote_domain_migrate_get_max_speed_args,
  remote_domain_migrate_get_max_speed_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_STATS_FLAGS (243).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS: ProcedureSpec<RemoteDomainBlockStatsFlagsArgs, RemoteDomainBlockStatsFlagsRet> = [
  243,
  "DOMAIN_BLOCK_STATS_FLAGS",
  remote_domain_block_stats_flags_args,
  remote_domain_block_stats_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_GET_PARENT (244).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT: ProcedureSpec<RemoteDomainSnapshotGetParentArgs, RemoteDomainSnapshotGetParentRet> = [
  244,
  "DOMAIN_SNAPSHOT_GET_PARENT",
  remote_domain_snapshot_get_parent_args,
  remote_domain_snapshot_get_parent_ret,
  null,
  null,
];
/**
 * DOMAIN_RESET (245).
 * @generate both
 * @acl domain:reset
 */
const REMOTE_PROC_DOMAIN_RESET: ProcedureSpec<RemoteDomainResetArgs, void> = [
  245,
  "DOMAIN_RESET",
  remote_domain_reset_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_NUM_CHILDREN (246).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN: ProcedureSpec<RemoteDomainSnapshotNumChildrenArgs, RemoteDomainSnapshotNumChildrenRet> = [
  246,
  "DOMAIN_SNAPSHOT_NUM_CHILDREN",
  remote_domain_snapshot_num_children_args,
  remote_domain_snapshot_num_children_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES (247).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: ProcedureSpec<
  RemoteDomainSnapshotListChildrenNamesArgs,
  RemoteDomainSnapshotListChildrenNamesRet
> = [
  247,
  "DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES",
  remote_domain_snapshot_list_children_names_args,
  remote_domain_snapshot_list_children_names_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_DISK_CHANGE (248): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE: ProcedureSpec<RemoteDomainEventDiskChangeMsg, void> = [
  248,
  "DOMAIN_EVENT_DISK_CHANGE",
  null,
  null,
  remote_domain_event_disk_change_msg,
  null,
];
/**
 * DOMAIN_OPEN_GRAPHICS (249).
 * @generate none
 * @acl domain:open_graphics
 */
const REMOTE_PROC_DOMAIN_OPEN_GRAPHICS: ProcedureSpec<RemoteDomainOpenGraphicsArgs, void> = [
  249,
  "DOMAIN_OPEN_GRAPHICS",
  remote_domain_open_graphics_args,
  null,
  null,
  null,
];
/**
 * NODE_SUSPEND_FOR_DURATION (250).
 * @generate both
 * @acl connect:pm_control
 */
const REMOTE_PROC_NODE_SUSPEND_FOR_DURATION: ProcedureSpec<RemoteNodeSuspendForDurationArgs, void> = [
  250,
  "NODE_SUSPEND_FOR_DURATION",
  remote_node_suspend_for_duration_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_RESIZE (251).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_RESIZE: ProcedureSpec<RemoteDomainBlockResizeArgs, void> = [
  251,
  "DOMAIN_BLOCK_RESIZE",
  remote_domain_block_resize_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_BLOCK_IO_TUNE (252).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE: ProcedureSpec<RemoteDomainSetBlockIoTuneArgs, void> = [
  252,
  "DOMAIN_SET_BLOCK_IO_TUNE",
  remote_domain_set_block_io_tune_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_BLOCK_IO_TUNE (253).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE: ProcedureSpec<RemoteDomainGetBlockIoTuneArgs, RemoteDomainGetBlockIoTuneRet> = [
  253,
  "DOMAIN_GET_BLOCK_IO_TUNE",
  remote_domain_get_block_io_tune_args,
  remote_domain_get_block_io_tune_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_NUMA_PARAMETERS (254).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS: ProcedureSpec<RemoteDomainSetNumaParametersArgs, void> = [
  254,
  "DOMAIN_SET_NUMA_PARAMETERS",
  remote_domain_set_numa_parameters_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_NUMA_PARAMETERS (255).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS: ProcedureSpec<RemoteDomainGetNumaParametersArgs, RemoteDomainGetNumaParametersRet> = [
  255,
  "DOMAIN_GET_NUMA_PARAMETERS",
  remote_domain_get_numa_parameters_args,
  remote_domain_get_numa_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_INTERFACE_PARAMETERS (256).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS: ProcedureSpec<RemoteDomainSetInterfaceParametersArgs, void> = [
  256,
  "DOMAIN_SET_INTERFACE_PARAMETERS",
  remote_domain_set_interface_parameters_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_INTERFACE_PARAMETERS (257).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS: ProcedureSpec<
  RemoteDomainGetInterfaceParametersArgs,
  RemoteDomainGetInterfaceParametersRet
> = [
  257,
  "DOMAIN_GET_INTERFACE_PARAMETERS",
  remote_domain_get_interface_parameters_args,
  remote_domain_get_interface_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_SHUTDOWN_FLAGS (258).
 * @generate both
 * @acl domain:init_control, domain:write:VIR_DOMAIN_SHUTDOWN_GUEST_AGENT
 */
const REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS: ProcedureSpec<RemoteDomainShutdownFlagsArgs, void> = [
  258,
  "DOMAIN_SHUTDOWN_FLAGS",
  remote_domain_shutdown_flags_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_WIPE_PATTERN (259).
 * @generate both
 * @acl storage_vol:format
 */
const REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN: ProcedureSpec<RemoteStorageVolWipePatternArgs, void> = [
  259,
  "STORAGE_VOL_WIPE_PATTERN",
  remote_storage_vol_wipe_pattern_args,
  null,
  null,
  null,
];
/**
 * STORAGE_VOL_RESIZE (260).
 * @generate both
 * @acl storage_vol:resize
 */
const REMOTE_PROC_STORAGE_VOL_RESIZE: ProcedureSpec<RemoteStorageVolResizeArgs, void> = [
  260,
  "STORAGE_VOL_RESIZE",
  remote_storage_vol_resize_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_PM_SUSPEND_FOR_DURATION (261).
 * @generate both
 * @acl domain:pm_control
 */
const REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION: ProcedureSpec<RemoteDomainPmSuspendForDurationArgs, void> = [
  261,
  "DOMAIN_PM_SUSPEND_FOR_DURATION",
  remote_domain_pm_suspend_for_duration_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_CPU_STATS (262).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_CPU_STATS: ProcedureSpec<RemoteDomainGetCpuStatsArgs, RemoteDomainGetCpuStatsRet> = [
  262,
  "DOMAIN_GET_CPU_STATS",
  remote_domain_get_cpu_stats_args,
  remote_domain_get_cpu_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_DISK_ERRORS (263).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_DISK_ERRORS: ProcedureSpec<RemoteDomainGetDiskErrorsArgs, RemoteDomainGetDiskErrorsRet> = [
  263,
  "DOMAIN_GET_DISK_ERRORS",
  remote_domain_get_disk_errors_args,
  remote_domain_get_disk_errors_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_METADATA (264).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_METADATA: ProcedureSpec<RemoteDomainSetMetadataArgs, void> = [
  264,
  "DOMAIN_SET_METADATA",
  remote_domain_set_metadata_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_METADATA (265).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_METADATA: ProcedureSpec<RemoteDomainGetMetadataArgs, RemoteDomainGetMetadataRet> = [
  265,
  "DOMAIN_GET_METADATA",
  remote_domain_get_metadata_args,
  remote_domain_get_metadata_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_REBASE (266).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_REBASE: ProcedureSpec<RemoteDomainBlockRebaseArgs, void> = [
  266,
  "DOMAIN_BLOCK_REBASE",
  remote_domain_block_rebase_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_PM_WAKEUP (267).
 * @generate both
 * @acl domain:pm_control
 */
const REMOTE_PROC_DOMAIN_PM_WAKEUP: ProcedureSpec<RemoteDomainPmWakeupArgs, void> = [
  267,
  "DOMAIN_PM_WAKEUP",
  remote_domain_pm_wakeup_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_TRAY_CHANGE (268): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE: ProcedureSpec<RemoteDomainEventTrayChangeMsg, void> = [
  268,
  "DOMAIN_EVENT_TRAY_CHANGE",
  null,
  null,
  remote_domain_event_tray_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_PMWAKEUP (269): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP: ProcedureSpec<RemoteDomainEventPmwakeupMsg, void> = [
  269,
  "DOMAIN_EVENT_PMWAKEUP",
  null,
  null,
  remote_domain_event_pmwakeup_msg,
  null,
];
/**
 * DOMAIN_EVENT_PMSUSPEND (270): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND: ProcedureSpec<RemoteDomainEventPmsuspendMsg, void> = [
  270,
  "DOMAIN_EVENT_PMSUSPEND",
  null,
  null,
  remote_domain_event_pmsuspend_msg,
  null,
];
/**
 * DOMAIN_SNAPSHOT_IS_CURRENT (271).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT: ProcedureSpec<RemoteDomainSnapshotIsCurrentArgs, RemoteDomainSnapshotIsCurrentRet> = [
  271,
  "DOMAIN_SNAPSHOT_IS_CURRENT",
  remote_domain_snapshot_is_current_args,
  remote_domain_snapshot_is_current_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_HAS_METADATA (272).
 * @generate both
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA: ProcedureSpec<RemoteDomainSnapshotHasMetadataArgs, RemoteDomainSnapshotHasMetadataRet> = [
  272,
  "DOMAIN_SNAPSHOT_HAS_METADATA",
  remote_domain_snapshot_has_metadata_args,
  remote_domain_snapshot_has_metadata_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_DOMAINS (273).
 * @generate both
 * @priority high
 * @acl connect:search_domains
 * @aclfilter domain:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS: ProcedureSpec<RemoteConnectListAllDomainsArgs, RemoteConnectListAllDomainsRet> = [
  273,
  "CONNECT_LIST_ALL_DOMAINS",
  remote_connect_list_all_domains_args,
  remote_connect_list_all_domains_ret,
  null,
  null,
];
/**
 * DOMAIN_LIST_ALL_SNAPSHOTS (274).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS: ProcedureSpec<RemoteDomainListAllSnapshotsArgs, RemoteDomainListAllSnapshotsRet> = [
  274,
  "DOMAIN_LIST_ALL_SNAPSHOTS",
  remote_domain_list_all_snapshots_args,
  remote_domain_list_all_snapshots_ret,
  null,
  null,
];
/**
 * DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN (275).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: ProcedureSpec<
  RemoteDomainSnapshotListAllChildrenArgs,
  RemoteDomainSnapshotListAllChildrenRet
> = [
  275,
  "DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN",
  remote_domain_snapshot_list_all_children_args,
  remote_domain_snapshot_list_all_children_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_BALLOON_CHANGE (276): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE: ProcedureSpec<RemoteDomainEventBalloonChangeMsg, void> = [
  276,
  "DOMAIN_EVENT_BALLOON_CHANGE",
  null,
  null,
  remote_domain_event_balloon_change_msg,
  null,
];
/**
 * DOMAIN_GET_HOSTNAME (277).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_HOSTNAME: ProcedureSpec<RemoteDomainGetHostnameArgs, RemoteDomainGetHostnameRet> = [
  277,
  "DOMAIN_GET_HOSTNAME",
  remote_domain_get_hostname_args,
  remote_domain_get_hostname_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_SECURITY_LABEL_LIST (278).
 * @generate none
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST: ProcedureSpec<RemoteDomainGetSecurityLabelListArgs, RemoteDomainGetSecurityLabelListRet> =
  [
    278,
    "DOMAIN_GET_SECURITY_LABEL_LIST",
    remote_domain_get_security_label_list_args,
    remote_domain_get_security_label_list_ret,
    null,
    null,
  ];
/**
 * DOMAIN_PIN_EMULATOR (279).
 * @generate none
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_EMULATOR: ProcedureSpec<RemoteDomainPinEmulatorArgs, void> = [
  279,
  "DOMAIN_PIN_EMULATOR",
  remote_domain_pin_emulator_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_EMULATOR_PIN_INFO (280).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO: ProcedureSpec<RemoteDomainGetEmulatorPinInfoArgs, RemoteDomainGetEmulatorPinInfoRet> = [
  280,
  "DOMAIN_GET_EMULATOR_PIN_INFO",
  remote_domain_get_emulator_pin_info_args,
  remote_domain_get_emulator_pin_info_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_STORAGE_POOLS (281).
 * @generate both
 * @priority high
 * @acl connect:search_storage_pools
 * @aclfilter storage_pool:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS: ProcedureSpec<RemoteConnectListAllStoragePoolsArgs, RemoteConnectListAllStoragePoolsRet> =
  [
    281,
    "CONNECT_LIST_ALL_STORAGE_POOLS",
    remote_connect_list_all_storage_pools_args,
    remote_connect_list_all_storage_pools_ret,
    null,
    null,
  ];
/**
 * STORAGE_POOL_LIST_ALL_VOLUMES (282).
 * @generate both
 * @priority high
 * @acl storage_pool:search_storage_vols
 * @aclfilter storage_vol:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES: ProcedureSpec<RemoteStoragePoolListAllVolumesArgs, RemoteStoragePoolListAllVolumesRet> = [
  282,
  "STORAGE_POOL_LIST_ALL_VOLUMES",
  remote_storage_pool_list_all_volumes_args,
  remote_storage_pool_list_all_volumes_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_NETWORKS (283).
 * @generate both
 * @priority high
 * @acl connect:search_networks
 * @aclfilter network:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS: ProcedureSpec<RemoteConnectListAllNetworksArgs, RemoteConnectListAllNetworksRet> = [
  283,
  "CONNECT_LIST_ALL_NETWORKS",
  remote_connect_list_all_networks_args,
  remote_connect_list_all_networks_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_INTERFACES (284).
 * @generate both
 * @priority high
 * @acl connect:search_interfaces
 * @aclfilter interface:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES: ProcedureSpec<RemoteConnectListAllInterfacesArgs, RemoteConnectListAllInterfacesRet> = [
  284,
  "CONNECT_LIST_ALL_INTERFACES",
  remote_connect_list_all_interfaces_args,
  remote_connect_list_all_interfaces_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_NODE_DEVICES (285).
 * @generate both
 * @priority high
 * @acl connect:search_node_devices
 * @aclfilter node_device:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES: ProcedureSpec<RemoteConnectListAllNodeDevicesArgs, RemoteConnectListAllNodeDevicesRet> = [
  285,
  "CONNECT_LIST_ALL_NODE_DEVICES",
  remote_connect_list_all_node_devices_args,
  remote_connect_list_all_node_devices_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_NWFILTERS (286).
 * @generate both
 * @priority high
 * @acl connect:search_nwfilters
 * @aclfilter nwfilter:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS: ProcedureSpec<RemoteConnectListAllNwfiltersArgs, RemoteConnectListAllNwfiltersRet> = [
  286,
  "CONNECT_LIST_ALL_NWFILTERS",
  remote_connect_list_all_nwfilters_args,
  remote_connect_list_all_nwfilters_ret,
  null,
  null,
];
/**
 * CONNECT_LIST_ALL_SECRETS (287).
 * @generate both
 * @priority high
 * @acl connect:search_secrets
 * @aclfilter secret:getattr
 */
const REMOTE_PROC_CONNECT_LIST_ALL_SECRETS: ProcedureSpec<RemoteConnectListAllSecretsArgs, RemoteConnectListAllSecretsRet> = [
  287,
  "CONNECT_LIST_ALL_SECRETS",
  remote_connect_list_all_secrets_args,
  remote_connect_list_all_secrets_ret,
  null,
  null,
];
/**
 * NODE_SET_MEMORY_PARAMETERS (288).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS: ProcedureSpec<RemoteNodeSetMemoryParametersArgs, void> = [
  288,
  "NODE_SET_MEMORY_PARAMETERS",
  remote_node_set_memory_parameters_args,
  null,
  null,
  null,
];
/**
 * NODE_GET_MEMORY_PARAMETERS (289).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS: ProcedureSpec<RemoteNodeGetMemoryParametersArgs, RemoteNodeGetMemoryParametersRet> = [
  289,
  "NODE_GET_MEMORY_PARAMETERS",
  remote_node_get_memory_parameters_args,
  remote_node_get_memory_parameters_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_COMMIT (290).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_COMMIT: ProcedureSpec<RemoteDomainBlockCommitArgs, void> = [
  290,
  "DOMAIN_BLOCK_COMMIT",
  remote_domain_block_commit_args,
  null,
  null,
  null,
];
/**
 * NETWORK_UPDATE (291).
 * @generate both
 * @priority high
 * @acl network:write, network:save:!VIR_NETWORK_UPDATE_AFFECT_CONFIG|VIR_NETWORK_UPDATE_AFFECT_LIVE, network:save:VIR_NETWORK_UPDATE_AFFECT_CONFIG
 */
const REMOTE_PROC_NETWORK_UPDATE: ProcedureSpec<RemoteNetworkUpdateArgs, void> = [
  291,
  "NETWORK_UPDATE",
  remote_network_update_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_PMSUSPEND_DISK (292): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK: ProcedureSpec<RemoteDomainEventPmsuspendDiskMsg, void> = [
  292,
  "DOMAIN_EVENT_PMSUSPEND_DISK",
  null,
  null,
  remote_domain_event_pmsuspend_disk_msg,
  null,
];
/**
 * NODE_GET_CPU_MAP (293).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_CPU_MAP: ProcedureSpec<RemoteNodeGetCpuMapArgs, RemoteNodeGetCpuMapRet> = [
  293,
  "NODE_GET_CPU_MAP",
  remote_node_get_cpu_map_args,
  remote_node_get_cpu_map_ret,
  null,
  null,
];
/**
 * DOMAIN_FSTRIM (294).
 * @generate both
 * @acl domain:fs_trim
 */
const REMOTE_PROC_DOMAIN_FSTRIM: ProcedureSpec<RemoteDomainFstrimArgs, void> = [
  294,
  "DOMAIN_FSTRIM",
  remote_domain_fstrim_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SEND_PROCESS_SIGNAL (295).
 * @generate both
 * @acl domain:send_signal
 */
const REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL: ProcedureSpec<RemoteDomainSendProcessSignalArgs, void> = [
  295,
  "DOMAIN_SEND_PROCESS_SIGNAL",
  remote_domain_send_process_signal_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_OPEN_CHANNEL (296).
 * @generate both
 * @readstream 2
 * @acl domain:open_device
 */
const REMOTE_PROC_DOMAIN_OPEN_CHANNEL: ProcedureSpec<RemoteDomainOpenChannelArgs, void> = [
  296,
  "DOMAIN_OPEN_CHANNEL",
  remote_domain_open_channel_args,
  null,
  null,
  "read",
];
/**
 * NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN (297).
 * @generate both
 * @priority high
 * @acl node_device:getattr
 */
const REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: ProcedureSpec<
  RemoteNodeDeviceLookupScsiHostByWwnArgs,
  RemoteNodeDeviceLookupScsiHostByWwnRet
> = [
  297,
  "NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN",
  remote_node_device_lookup_scsi_host_by_wwn_args,
  remote_node_device_lookup_scsi_host_by_wwn_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_JOB_STATS (298).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_JOB_STATS: ProcedureSpec<RemoteDomainGetJobStatsArgs, RemoteDomainGetJobStatsRet> = [
  298,
  "DOMAIN_GET_JOB_STATS",
  remote_domain_get_job_stats_args,
  remote_domain_get_job_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_GET_COMPRESSION_CACHE (299).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: ProcedureSpec<
  RemoteDomainMigrateGetCompressionCacheArgs,
  RemoteDomainMigrateGetCompressionCacheRet
> = [
  299,
  "DOMAIN_MIGRATE_GET_COMPRESSION_CACHE",
  remote_domain_migrate_get_compression_cache_args,
  remote_domain_migrate_get_compression_cache_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_SET_COMPRESSION_CACHE (300).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: ProcedureSpec<RemoteDomainMigrateSetCompressionCacheArgs, void> = [
  300,
  "DOMAIN_MIGRATE_SET_COMPRESSION_CACHE",
  remote_domain_migrate_set_compression_cache_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_DETACH_FLAGS (301).
 * @generate server
 * @acl node_device:detach
 */
const REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS: ProcedureSpec<RemoteNodeDeviceDetachFlagsArgs, void> = [
  301,
  "NODE_DEVICE_DETACH_FLAGS",
  remote_node_device_detach_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_BEGIN3_PARAMS (302).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS: ProcedureSpec<RemoteDomainMigrateBegin3ParamsArgs, RemoteDomainMigrateBegin3ParamsRet> = [
  302,
  "DOMAIN_MIGRATE_BEGIN3_PARAMS",
  remote_domain_migrate_begin3_params_args,
  remote_domain_migrate_begin3_params_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE3_PARAMS (303).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePrepare3ParamsArgs,
  RemoteDomainMigratePrepare3ParamsRet
> = [
  303,
  "DOMAIN_MIGRATE_PREPARE3_PARAMS",
  remote_domain_migrate_prepare3_params_args,
  remote_domain_migrate_prepare3_params_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS (304).
 * @generate none
 * @acl domain:migrate, domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePrepareTunnel3ParamsArgs,
  RemoteDomainMigratePrepareTunnel3ParamsRet
> = [
  304,
  "DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS",
  remote_domain_migrate_prepare_tunnel3_params_args,
  remote_domain_migrate_prepare_tunnel3_params_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_PERFORM3_PARAMS (305).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS: ProcedureSpec<
  RemoteDomainMigratePerform3ParamsArgs,
  RemoteDomainMigratePerform3ParamsRet
> = [
  305,
  "DOMAIN_MIGRATE_PERFORM3_PARAMS",
  remote_domain_migrate_perform3_params_args,
  remote_domain_migrate_perform3_params_ret,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_FINISH3_PARAMS (306).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS: ProcedureSpec<RemoteDomainMigrateFinish3ParamsArgs, RemoteDomainMigrateFinish3ParamsRet> =
  [306, "DOMAIN_MIGRATE_FINISH3_PARAMS", remote_domain_migrate_finish3_params_args, remote_domain_migrate_finish3_params_ret, null, null];
/**
 * DOMAIN_MIGRATE_CONFIRM3_PARAMS (307).
 * @generate none
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS: ProcedureSpec<RemoteDomainMigrateConfirm3ParamsArgs, void> = [
  307,
  "DOMAIN_MIGRATE_CONFIRM3_PARAMS",
  remote_domain_migrate_confirm3_params_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_MEMORY_STATS_PERIOD (308).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD: ProcedureSpec<RemoteDomainSetMemoryStatsPeriodArgs, void> = [
  308,
  "DOMAIN_SET_MEMORY_STATS_PERIOD",
  remote_domain_set_memory_stats_period_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_CREATE_XML_WITH_FILES (309).
 * @generate none
 * @acl domain:write, domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES: ProcedureSpec<RemoteDomainCreateXmlWithFilesArgs, RemoteDomainCreateXmlWithFilesRet> = [
  309,
  "DOMAIN_CREATE_XML_WITH_FILES",
  remote_domain_create_xml_with_files_args,
  remote_domain_create_xml_with_files_ret,
  null,
  null,
];
/**
 * DOMAIN_CREATE_WITH_FILES (310).
 * @generate none
 * @acl domain:start
 */
const REMOTE_PROC_DOMAIN_CREATE_WITH_FILES: ProcedureSpec<RemoteDomainCreateWithFilesArgs, RemoteDomainCreateWithFilesRet> = [
  310,
  "DOMAIN_CREATE_WITH_FILES",
  remote_domain_create_with_files_args,
  remote_domain_create_with_files_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_DEVICE_REMOVED (311): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED: ProcedureSpec<RemoteDomainEventDeviceRemovedMsg, void> = [
  311,
  "DOMAIN_EVENT_DEVICE_REMOVED",
  null,
  null,
  remote_domain_event_device_removed_msg,
  null,
];
/**
 * CONNECT_GET_CPU_MODEL_NAMES (312).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES: ProcedureSpec<RemoteConnectGetCpuModelNamesArgs, RemoteConnectGetCpuModelNamesRet> = [
  312,
  "CONNECT_GET_CPU_MODEL_NAMES",
  remote_connect_get_cpu_model_names_args,
  remote_connect_get_cpu_model_names_ret,
  null,
  null,
];
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
> = [
  313,
  "CONNECT_NETWORK_EVENT_REGISTER_ANY",
  remote_connect_network_event_register_any_args,
  remote_connect_network_event_register_any_ret,
  null,
  null,
];
/**
 * CONNECT_NETWORK_EVENT_DEREGISTER_ANY (314).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectNetworkEventDeregisterAnyArgs, void> = [
  314,
  "CONNECT_NETWORK_EVENT_DEREGISTER_ANY",
  remote_connect_network_event_deregister_any_args,
  null,
  null,
  null,
];
/**
 * NETWORK_EVENT_LIFECYCLE (315): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NETWORK_EVENT_LIFECYCLE: ProcedureSpec<RemoteNetworkEventLifecycleMsg, void> = [
  315,
  "NETWORK_EVENT_LIFECYCLE",
  null,
  null,
  remote_network_event_lifecycle_msg,
  null,
];
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
> = [
  316,
  "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
  remote_connect_domain_event_callback_register_any_args,
  remote_connect_domain_event_callback_register_any_ret,
  null,
  null,
];
/**
 * CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY (317).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: ProcedureSpec<RemoteConnectDomainEventCallbackDeregisterAnyArgs, void> = [
  317,
  "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY",
  remote_connect_domain_event_callback_deregister_any_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_LIFECYCLE (318): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE: ProcedureSpec<RemoteDomainEventCallbackLifecycleMsg, void> = [
  318,
  "DOMAIN_EVENT_CALLBACK_LIFECYCLE",
  null,
  null,
  remote_domain_event_callback_lifecycle_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_REBOOT (319): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT: ProcedureSpec<RemoteDomainEventCallbackRebootMsg, void> = [
  319,
  "DOMAIN_EVENT_CALLBACK_REBOOT",
  null,
  null,
  remote_domain_event_callback_reboot_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_RTC_CHANGE (320): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE: ProcedureSpec<RemoteDomainEventCallbackRtcChangeMsg, void> = [
  320,
  "DOMAIN_EVENT_CALLBACK_RTC_CHANGE",
  null,
  null,
  remote_domain_event_callback_rtc_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_WATCHDOG (321): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG: ProcedureSpec<RemoteDomainEventCallbackWatchdogMsg, void> = [
  321,
  "DOMAIN_EVENT_CALLBACK_WATCHDOG",
  null,
  null,
  remote_domain_event_callback_watchdog_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_IO_ERROR (322): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR: ProcedureSpec<RemoteDomainEventCallbackIoErrorMsg, void> = [
  322,
  "DOMAIN_EVENT_CALLBACK_IO_ERROR",
  null,
  null,
  remote_domain_event_callback_io_error_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_GRAPHICS (323): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS: ProcedureSpec<RemoteDomainEventCallbackGraphicsMsg, void> = [
  323,
  "DOMAIN_EVENT_CALLBACK_GRAPHICS",
  null,
  null,
  remote_domain_event_callback_graphics_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON (324): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: ProcedureSpec<RemoteDomainEventCallbackIoErrorReasonMsg, void> = [
  324,
  "DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON",
  null,
  null,
  remote_domain_event_callback_io_error_reason_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_CONTROL_ERROR (325): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: ProcedureSpec<RemoteDomainEventCallbackControlErrorMsg, void> = [
  325,
  "DOMAIN_EVENT_CALLBACK_CONTROL_ERROR",
  null,
  null,
  remote_domain_event_callback_control_error_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_BLOCK_JOB (326): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB: ProcedureSpec<RemoteDomainEventCallbackBlockJobMsg, void> = [
  326,
  "DOMAIN_EVENT_CALLBACK_BLOCK_JOB",
  null,
  null,
  remote_domain_event_callback_block_job_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_DISK_CHANGE (327): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE: ProcedureSpec<RemoteDomainEventCallbackDiskChangeMsg, void> = [
  327,
  "DOMAIN_EVENT_CALLBACK_DISK_CHANGE",
  null,
  null,
  remote_domain_event_callback_disk_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_TRAY_CHANGE (328): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: ProcedureSpec<RemoteDomainEventCallbackTrayChangeMsg, void> = [
  328,
  "DOMAIN_EVENT_CALLBACK_TRAY_CHANGE",
  null,
  null,
  remote_domain_event_callback_tray_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_PMWAKEUP (329): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP: ProcedureSpec<RemoteDomainEventCallbackPmwakeupMsg, void> = [
  329,
  "DOMAIN_EVENT_CALLBACK_PMWAKEUP",
  null,
  null,
  remote_domain_event_callback_pmwakeup_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_PMSUSPEND (330): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND: ProcedureSpec<RemoteDomainEventCallbackPmsuspendMsg, void> = [
  330,
  "DOMAIN_EVENT_CALLBACK_PMSUSPEND",
  null,
  null,
  remote_domain_event_callback_pmsuspend_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE (331): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: ProcedureSpec<RemoteDomainEventCallbackBalloonChangeMsg, void> = [
  331,
  "DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE",
  null,
  null,
  remote_domain_event_callback_balloon_change_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK (332): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: ProcedureSpec<RemoteDomainEventCallbackPmsuspendDiskMsg, void> = [
  332,
  "DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK",
  null,
  null,
  remote_domain_event_callback_pmsuspend_disk_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED (333): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: ProcedureSpec<RemoteDomainEventCallbackDeviceRemovedMsg, void> = [
  333,
  "DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED",
  null,
  null,
  remote_domain_event_callback_device_removed_msg,
  null,
];
/**
 * DOMAIN_CORE_DUMP_WITH_FORMAT (334).
 * @generate both
 * @acl domain:core_dump
 */
const REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT: ProcedureSpec<RemoteDomainCoreDumpWithFormatArgs, void> = [
  334,
  "DOMAIN_CORE_DUMP_WITH_FORMAT",
  remote_domain_core_dump_with_format_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_FSFREEZE (335).
 * @generate both
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_FSFREEZE: ProcedureSpec<RemoteDomainFsfreezeArgs, RemoteDomainFsfreezeRet> = [
  335,
  "DOMAIN_FSFREEZE",
  remote_domain_fsfreeze_args,
  remote_domain_fsfreeze_ret,
  null,
  null,
];
/**
 * DOMAIN_FSTHAW (336).
 * @generate both
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_FSTHAW: ProcedureSpec<RemoteDomainFsthawArgs, RemoteDomainFsthawRet> = [
  336,
  "DOMAIN_FSTHAW",
  remote_domain_fsthaw_args,
  remote_domain_fsthaw_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_TIME (337).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_TIME: ProcedureSpec<RemoteDomainGetTimeArgs, RemoteDomainGetTimeRet> = [
  337,
  "DOMAIN_GET_TIME",
  remote_domain_get_time_args,
  remote_domain_get_time_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_TIME (338).
 * @generate both
 * @acl domain:set_time
 */
const REMOTE_PROC_DOMAIN_SET_TIME: ProcedureSpec<RemoteDomainSetTimeArgs, void> = [
  338,
  "DOMAIN_SET_TIME",
  remote_domain_set_time_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_BLOCK_JOB_2 (339): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2: ProcedureSpec<RemoteDomainEventBlockJob2Msg, void> = [
  339,
  "DOMAIN_EVENT_BLOCK_JOB_2",
  null,
  null,
  remote_domain_event_block_job_2_msg,
  null,
];
/**
 * NODE_GET_FREE_PAGES (340).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_FREE_PAGES: ProcedureSpec<RemoteNodeGetFreePagesArgs, RemoteNodeGetFreePagesRet> = [
  340,
  "NODE_GET_FREE_PAGES",
  remote_node_get_free_pages_args,
  remote_node_get_free_pages_ret,
  null,
  null,
];
/**
 * NETWORK_GET_DHCP_LEASES (341).
 * @generate none
 * @acl network:read
 */
const REMOTE_PROC_NETWORK_GET_DHCP_LEASES: ProcedureSpec<RemoteNetworkGetDhcpLeasesArgs, RemoteNetworkGetDhcpLeasesRet> = [
  341,
  "NETWORK_GET_DHCP_LEASES",
  remote_network_get_dhcp_leases_args,
  remote_network_get_dhcp_leases_ret,
  null,
  null,
];
/**
 * CONNECT_GET_DOMAIN_CAPABILITIES (342).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES: ProcedureSpec<
  RemoteConnectGetDomainCapabilitiesArgs,
  RemoteConnectGetDomainCapabilitiesRet
> = [
  342,
  "CONNECT_GET_DOMAIN_CAPABILITIES",
  remote_connect_get_domain_capabilities_args,
  remote_connect_get_domain_capabilities_ret,
  null,
  null,
];
/**
 * DOMAIN_OPEN_GRAPHICS_FD (343).
 * @generate none
 * @acl domain:open_graphics
 */
const REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD: ProcedureSpec<RemoteDomainOpenGraphicsFdArgs, void> = [
  343,
  "DOMAIN_OPEN_GRAPHICS_FD",
  remote_domain_open_graphics_fd_args,
  null,
  null,
  null,
];
/**
 * CONNECT_GET_ALL_DOMAIN_STATS (344).
 * @generate none
 * @acl connect:search_domains
 * @aclfilter domain:read
 */
const REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS: ProcedureSpec<RemoteConnectGetAllDomainStatsArgs, RemoteConnectGetAllDomainStatsRet> = [
  344,
  "CONNECT_GET_ALL_DOMAIN_STATS",
  remote_connect_get_all_domain_stats_args,
  remote_connect_get_all_domain_stats_ret,
  null,
  null,
];
/**
 * DOMAIN_BLOCK_COPY (345).
 * @generate both
 * @acl domain:block_write
 */
const REMOTE_PROC_DOMAIN_BLOCK_COPY: ProcedureSpec<RemoteDomainBlockCopyArgs, void> = [
  345,
  "DOMAIN_BLOCK_COPY",
  remote_domain_block_copy_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_TUNABLE (346): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE: ProcedureSpec<RemoteDomainEventCallbackTunableMsg, void> = [
  346,
  "DOMAIN_EVENT_CALLBACK_TUNABLE",
  null,
  null,
  remote_domain_event_callback_tunable_msg,
  null,
];
/**
 * NODE_ALLOC_PAGES (347).
 * @generate none
 * @acl connect:write
 */
const REMOTE_PROC_NODE_ALLOC_PAGES: ProcedureSpec<RemoteNodeAllocPagesArgs, RemoteNodeAllocPagesRet> = [
  347,
  "NODE_ALLOC_PAGES",
  remote_node_alloc_pages_args,
  remote_node_alloc_pages_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE (348): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: ProcedureSpec<RemoteDomainEventCallbackAgentLifecycleMsg, void> = [
  348,
  "DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE",
  null,
  null,
  remote_domain_event_callback_agent_lifecycle_msg,
  null,
];
/**
 * DOMAIN_GET_FSINFO (349).
 * @generate none
 * @acl domain:fs_freeze
 */
const REMOTE_PROC_DOMAIN_GET_FSINFO: ProcedureSpec<RemoteDomainGetFsinfoArgs, RemoteDomainGetFsinfoRet> = [
  349,
  "DOMAIN_GET_FSINFO",
  remote_domain_get_fsinfo_args,
  remote_domain_get_fsinfo_ret,
  null,
  null,
];
/**
 * DOMAIN_DEFINE_XML_FLAGS (350).
 * @priority high
 * @generate both
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS: ProcedureSpec<RemoteDomainDefineXmlFlagsArgs, RemoteDomainDefineXmlFlagsRet> = [
  350,
  "DOMAIN_DEFINE_XML_FLAGS",
  remote_domain_define_xml_flags_args,
  remote_domain_define_xml_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_IOTHREAD_INFO (351).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO: ProcedureSpec<RemoteDomainGetIothreadInfoArgs, RemoteDomainGetIothreadInfoRet> = [
  351,
  "DOMAIN_GET_IOTHREAD_INFO",
  remote_domain_get_iothread_info_args,
  remote_domain_get_iothread_info_ret,
  null,
  null,
];
/**
 * DOMAIN_PIN_IOTHREAD (352).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_PIN_IOTHREAD: ProcedureSpec<RemoteDomainPinIothreadArgs, void> = [
  352,
  "DOMAIN_PIN_IOTHREAD",
  remote_domain_pin_iothread_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_INTERFACE_ADDRESSES (353).
 * @generate none
 * @acl domain:read, domain:write::source:VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
 */
const REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES: ProcedureSpec<RemoteDomainInterfaceAddressesArgs, RemoteDomainInterfaceAddressesRet> = [
  353,
  "DOMAIN_INTERFACE_ADDRESSES",
  remote_domain_interface_addresses_args,
  remote_domain_interface_addresses_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_ADDED (354): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: ProcedureSpec<RemoteDomainEventCallbackDeviceAddedMsg, void> = [
  354,
  "DOMAIN_EVENT_CALLBACK_DEVICE_ADDED",
  null,
  null,
  remote_domain_event_callback_device_added_msg,
  null,
];
/**
 * DOMAIN_ADD_IOTHREAD (355).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_ADD_IOTHREAD: ProcedureSpec<RemoteDomainAddIothreadArgs, void> = [
  355,
  "DOMAIN_ADD_IOTHREAD",
  remote_domain_add_iothread_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_DEL_IOTHREAD (356).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DEL_IOTHREAD: ProcedureSpec<RemoteDomainDelIothreadArgs, void> = [
  356,
  "DOMAIN_DEL_IOTHREAD",
  remote_domain_del_iothread_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_USER_PASSWORD (357).
 * @generate both
 * @acl domain:set_password
 */
const REMOTE_PROC_DOMAIN_SET_USER_PASSWORD: ProcedureSpec<RemoteDomainSetUserPasswordArgs, void> = [
  357,
  "DOMAIN_SET_USER_PASSWORD",
  remote_domain_set_user_password_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_RENAME (358).
 * @generate server
 * @acl domain:write, domain:save
 */
const REMOTE_PROC_DOMAIN_RENAME: ProcedureSpec<RemoteDomainRenameArgs, RemoteDomainRenameRet> = [
  358,
  "DOMAIN_RENAME",
  remote_domain_rename_args,
  remote_domain_rename_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION (359): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: ProcedureSpec<RemoteDomainEventCallbackMigrationIterationMsg, void> = [
  359,
  "DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION",
  null,
  null,
  remote_domain_event_callback_migration_iteration_msg,
  null,
];
/**
 * CONNECT_REGISTER_CLOSE_CALLBACK (360).
 * @generate none
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK: ProcedureSpec<void, void> = [
  360,
  "CONNECT_REGISTER_CLOSE_CALLBACK",
  null,
  null,
  null,
  null,
];
/**
 * CONNECT_UNREGISTER_CLOSE_CALLBACK (361).
 * @generate none
 * @priority high
 * @acl connect:getattr
 */
const REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK: ProcedureSpec<void, void> = [
  361,
  "CONNECT_UNREGISTER_CLOSE_CALLBACK",
  null,
  null,
  null,
  null,
];
/**
 * CONNECT_EVENT_CONNECTION_CLOSED (362): an event the daemon sends.
 * @generate none
 * @acl none
 */
const REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED: ProcedureSpec<RemoteConnectEventConnectionClosedMsg, void> = [
  362,
  "CONNECT_EVENT_CONNECTION_CLOSED",
  null,
  null,
  remote_connect_event_connection_closed_msg,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_JOB_COMPLETED (363): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: ProcedureSpec<RemoteDomainEventCallbackJobCompletedMsg, void> = [
  363,
  "DOMAIN_EVENT_CALLBACK_JOB_COMPLETED",
  null,
  null,
  remote_domain_event_callback_job_completed_msg,
  null,
];
/**
 * DOMAIN_MIGRATE_START_POST_COPY (364).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY: ProcedureSpec<RemoteDomainMigrateStartPostCopyArgs, void> = [
  364,
  "DOMAIN_MIGRATE_START_POST_COPY",
  remote_domain_migrate_start_post_copy_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_PERF_EVENTS (365).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_PERF_EVENTS: ProcedureSpec<RemoteDomainGetPerfEventsArgs, RemoteDomainGetPerfEventsRet> = [
  365,
  "DOMAIN_GET_PERF_EVENTS",
  remote_domain_get_perf_events_args,
  remote_domain_get_perf_events_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_PERF_EVENTS (366).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_PERF_EVENTS: ProcedureSpec<RemoteDomainSetPerfEventsArgs, void> = [
  366,
  "DOMAIN_SET_PERF_EVENTS",
  remote_domain_set_perf_events_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED (367): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: ProcedureSpec<RemoteDomainEventCallbackDeviceRemovalFailedMsg, void> = [
  367,
  "DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED",
  null,
  null,
  remote_domain_event_callback_device_removal_failed_msg,
  null,
];
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
> = [
  368,
  "CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY",
  remote_connect_storage_pool_event_register_any_args,
  remote_connect_storage_pool_event_register_any_ret,
  null,
  null,
];
/**
 * CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY (369).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectStoragePoolEventDeregisterAnyArgs, void> = [
  369,
  "CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY",
  remote_connect_storage_pool_event_deregister_any_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_EVENT_LIFECYCLE (370): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE: ProcedureSpec<RemoteStoragePoolEventLifecycleMsg, void> = [
  370,
  "STORAGE_POOL_EVENT_LIFECYCLE",
  null,
  null,
  remote_storage_pool_event_lifecycle_msg,
  null,
];
/**
 * DOMAIN_GET_GUEST_VCPUS (371).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS: ProcedureSpec<RemoteDomainGetGuestVcpusArgs, RemoteDomainGetGuestVcpusRet> = [
  371,
  "DOMAIN_GET_GUEST_VCPUS",
  remote_domain_get_guest_vcpus_args,
  remote_domain_get_guest_vcpus_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_GUEST_VCPUS (372).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS: ProcedureSpec<RemoteDomainSetGuestVcpusArgs, void> = [
  372,
  "DOMAIN_SET_GUEST_VCPUS",
  remote_domain_set_guest_vcpus_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_EVENT_REFRESH (373): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH: ProcedureSpec<RemoteStoragePoolEventRefreshMsg, void> = [
  373,
  "STORAGE_POOL_EVENT_REFRESH",
  null,
  null,
  remote_storage_pool_event_refresh_msg,
  null,
];
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
> = [
  374,
  "CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY",
  remote_connect_node_device_event_register_any_args,
  remote_connect_node_device_event_register_any_ret,
  null,
  null,
];
/**
 * CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY (375).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectNodeDeviceEventDeregisterAnyArgs, void> = [
  375,
  "CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY",
  remote_connect_node_device_event_deregister_any_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_EVENT_LIFECYCLE (376): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE: ProcedureSpec<RemoteNodeDeviceEventLifecycleMsg, void> = [
  376,
  "NODE_DEVICE_EVENT_LIFECYCLE",
  null,
  null,
  remote_node_device_event_lifecycle_msg,
  null,
];
/**
 * NODE_DEVICE_EVENT_UPDATE (377): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE: ProcedureSpec<RemoteNodeDeviceEventUpdateMsg, void> = [
  377,
  "NODE_DEVICE_EVENT_UPDATE",
  null,
  null,
  remote_node_device_event_update_msg,
  null,
];
/**
 * STORAGE_VOL_GET_INFO_FLAGS (378).
 * @generate server
 * @priority high
 * @acl storage_vol:read
 */
const REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS: ProcedureSpec<RemoteStorageVolGetInfoFlagsArgs, RemoteStorageVolGetInfoFlagsRet> = [
  378,
  "STORAGE_VOL_GET_INFO_FLAGS",
  remote_storage_vol_get_info_flags_args,
  remote_storage_vol_get_info_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_CALLBACK_METADATA_CHANGE (379): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: ProcedureSpec<RemoteDomainEventCallbackMetadataChangeMsg, void> = [
  379,
  "DOMAIN_EVENT_CALLBACK_METADATA_CHANGE",
  null,
  null,
  remote_domain_event_callback_metadata_change_msg,
  null,
];
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
> = [
  380,
  "CONNECT_SECRET_EVENT_REGISTER_ANY",
  remote_connect_secret_event_register_any_args,
  remote_connect_secret_event_register_any_ret,
  null,
  null,
];
/**
 * CONNECT_SECRET_EVENT_DEREGISTER_ANY (381).
 * @generate none
 * @priority high
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY: ProcedureSpec<RemoteConnectSecretEventDeregisterAnyArgs, void> = [
  381,
  "CONNECT_SECRET_EVENT_DEREGISTER_ANY",
  remote_connect_secret_event_deregister_any_args,
  null,
  null,
  null,
];
/**
 * SECRET_EVENT_LIFECYCLE (382): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_SECRET_EVENT_LIFECYCLE: ProcedureSpec<RemoteSecretEventLifecycleMsg, void> = [
  382,
  "SECRET_EVENT_LIFECYCLE",
  null,
  null,
  remote_secret_event_lifecycle_msg,
  null,
];
/**
 * SECRET_EVENT_VALUE_CHANGED (383): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED: ProcedureSpec<RemoteSecretEventValueChangedMsg, void> = [
  383,
  "SECRET_EVENT_VALUE_CHANGED",
  null,
  null,
  remote_secret_event_value_changed_msg,
  null,
];
/**
 * DOMAIN_SET_VCPU (384).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_VCPU: ProcedureSpec<RemoteDomainSetVcpuArgs, void> = [
  384,
  "DOMAIN_SET_VCPU",
  remote_domain_set_vcpu_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_EVENT_BLOCK_THRESHOLD (385): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD: ProcedureSpec<RemoteDomainEventBlockThresholdMsg, void> = [
  385,
  "DOMAIN_EVENT_BLOCK_THRESHOLD",
  null,
  null,
  remote_domain_event_block_threshold_msg,
  null,
];
/**
 * DOMAIN_SET_BLOCK_THRESHOLD (386).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD: ProcedureSpec<RemoteDomainSetBlockThresholdArgs, void> = [
  386,
  "DOMAIN_SET_BLOCK_THRESHOLD",
  remote_domain_set_block_threshold_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_MIGRATE_GET_MAX_DOWNTIME (387).
 * @generate both
 * @acl domain:migrate
 */
const REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME: ProcedureSpec<
  RemoteDomainMigrateGetMaxDowntimeArgs,
  RemoteDomainMigrateGetMaxDowntimeRet
> = [
  387,
  "DOMAIN_MIGRATE_GET_MAX_DOWNTIME",
  remote_domain_migrate_get_max_downtime_args,
  remote_domain_migrate_get_max_downtime_ret,
  null,
  null,
];
/**
 * DOMAIN_MANAGED_SAVE_GET_XML_DESC (388).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_SAVE_IMAGE_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC: ProcedureSpec<
  RemoteDomainManagedSaveGetXmlDescArgs,
  RemoteDomainManagedSaveGetXmlDescRet
> = [
  388,
  "DOMAIN_MANAGED_SAVE_GET_XML_DESC",
  remote_domain_managed_save_get_xml_desc_args,
  remote_domain_managed_save_get_xml_desc_ret,
  null,
  null,
];
/**
 * DOMAIN_MANAGED_SAVE_DEFINE_XML (389).
 * @generate both
 * @acl domain:write, domain:hibernate
 */
const REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML: ProcedureSpec<RemoteDomainManagedSaveDefineXmlArgs, void> = [
  389,
  "DOMAIN_MANAGED_SAVE_DEFINE_XML",
  remote_domain_managed_save_define_xml_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SET_LIFECYCLE_ACTION (390).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION: ProcedureSpec<RemoteDomainSetLifecycleActionArgs, void> = [
  390,
  "DOMAIN_SET_LIFECYCLE_ACTION",
  remote_domain_set_lifecycle_action_args,
  null,
  null,
  null,
];
/**
 * STORAGE_POOL_LOOKUP_BY_TARGET_PATH (391).
 * @generate both
 * @priority high
 * @acl storage_pool:getattr
 */
const REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH: ProcedureSpec<
  RemoteStoragePoolLookupByTargetPathArgs,
  RemoteStoragePoolLookupByTargetPathRet
> = [
  391,
  "STORAGE_POOL_LOOKUP_BY_TARGET_PATH",
  remote_storage_pool_lookup_by_target_path_args,
  remote_storage_pool_lookup_by_target_path_ret,
  null,
  null,
];
/**
 * DOMAIN_DETACH_DEVICE_ALIAS (392).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS: ProcedureSpec<RemoteDomainDetachDeviceAliasArgs, void> = [
  392,
  "DOMAIN_DETACH_DEVICE_ALIAS",
  remote_domain_detach_device_alias_args,
  null,
  null,
  null,
];
/**
 * CONNECT_COMPARE_HYPERVISOR_CPU (393).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU: ProcedureSpec<
  RemoteConnectCompareHypervisorCpuArgs,
  RemoteConnectCompareHypervisorCpuRet
> = [
  393,
  "CONNECT_COMPARE_HYPERVISOR_CPU",
  remote_connect_compare_hypervisor_cpu_args,
  remote_connect_compare_hypervisor_cpu_ret,
  null,
  null,
];
/**
 * CONNECT_BASELINE_HYPERVISOR_CPU (394).
 * @generate both
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU: ProcedureSpec<
  RemoteConnectBaselineHypervisorCpuArgs,
  RemoteConnectBaselineHypervisorCpuRet
> = [
  394,
  "CONNECT_BASELINE_HYPERVISOR_CPU",
  remote_connect_baseline_hypervisor_cpu_args,
  remote_connect_baseline_hypervisor_cpu_ret,
  null,
  null,
];
/**
 * NODE_GET_SEV_INFO (395).
 * @generate none
 * @acl connect:read
 */
const REMOTE_PROC_NODE_GET_SEV_INFO: ProcedureSpec<RemoteNodeGetSevInfoArgs, RemoteNodeGetSevInfoRet> = [
  395,
  "NODE_GET_SEV_INFO",
  remote_node_get_sev_info_args,
  remote_node_get_sev_info_ret,
  null,
  null,
];
/**
 * DOMAIN_GET_LAUNCH_SECURITY_INFO (396).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO: ProcedureSpec<
  RemoteDomainGetLaunchSecurityInfoArgs,
  RemoteDomainGetLaunchSecurityInfoRet
> = [
  396,
  "DOMAIN_GET_LAUNCH_SECURITY_INFO",
  remote_domain_get_launch_security_info_args,
  remote_domain_get_launch_security_info_ret,
  null,
  null,
];
/**
 * NWFILTER_BINDING_LOOKUP_BY_PORT_DEV (397).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:getattr
 */
const REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: ProcedureSpec<
  RemoteNwfilterBindingLookupByPortDevArgs,
  RemoteNwfilterBindingLookupByPortDevRet
> = [
  397,
  "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV",
  remote_nwfilter_binding_lookup_by_port_dev_args,
  remote_nwfilter_binding_lookup_by_port_dev_ret,
  null,
  null,
];
/**
 * NWFILTER_BINDING_GET_XML_DESC (398).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:read
 */
const REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC: ProcedureSpec<RemoteNwfilterBindingGetXmlDescArgs, RemoteNwfilterBindingGetXmlDescRet> = [
  398,
  "NWFILTER_BINDING_GET_XML_DESC",
  remote_nwfilter_binding_get_xml_desc_args,
  remote_nwfilter_binding_get_xml_desc_ret,
  null,
  null,
];
/**
 * NWFILTER_BINDING_CREATE_XML (399).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:create
 */
const REMOTE_PROC_NWFILTER_BINDING_CREATE_XML: ProcedureSpec<RemoteNwfilterBindingCreateXmlArgs, RemoteNwfilterBindingCreateXmlRet> = [
  399,
  "NWFILTER_BINDING_CREATE_XML",
  remote_nwfilter_binding_create_xml_args,
  remote_nwfilter_binding_create_xml_ret,
  null,
  null,
];
/**
 * NWFILTER_BINDING_DELETE (400).
 * @generate both
 * @priority high
 * @acl nwfilter_binding:delete
 */
const REMOTE_PROC_NWFILTER_BINDING_DELETE: ProcedureSpec<RemoteNwfilterBindingDeleteArgs, void> = [
  400,
  "NWFILTER_BINDING_DELETE",
  remote_nwfilter_binding_delete_args,
  null,
  null,
  null,
];
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
> = [
  401,
  "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
  remote_connect_list_all_nwfilter_bindings_args,
  remote_connect_list_all_nwfilter_bindings_ret,
  null,
  null,
];
/**
 * DOMAIN_SET_IOTHREAD_PARAMS (402).
 * @generate both
 * @acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG
 */
const REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS: ProcedureSpec<RemoteDomainSetIothreadParamsArgs, void> = [
  402,
  "DOMAIN_SET_IOTHREAD_PARAMS",
  remote_domain_set_iothread_params_args,
  null,
  null,
  null,
];
/**
 * CONNECT_GET_STORAGE_POOL_CAPABILITIES (403).
 * @generate both
 * @acl connect:read
 */
const REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES: ProcedureSpec<
  RemoteConnectGetStoragePoolCapabilitiesArgs,
  RemoteConnectGetStoragePoolCapabilitiesRet
> = [
  403,
  "CONNECT_GET_STORAGE_POOL_CAPABILITIES",
  remote_connect_get_storage_pool_capabilities_args,
  remote_connect_get_storage_pool_capabilities_ret,
  null,
  null,
];
/**
 * NETWORK_LIST_ALL_PORTS (404).
 * @generate both
 * @priority high
 * @acl network:search_ports
 * @aclfilter network_port:getattr
 */
const REMOTE_PROC_NETWORK_LIST_ALL_PORTS: ProcedureSpec<RemoteNetworkListAllPortsArgs, RemoteNetworkListAllPortsRet> = [
  404,
  "NETWORK_LIST_ALL_PORTS",
  remote_network_list_all_ports_args,
  remote_network_list_all_ports_ret,
  null,
  null,
];
/**
 * NETWORK_PORT_LOOKUP_BY_UUID (405).
 * @generate both
 * @priority high
 * @acl network_port:getattr
 */
const REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID: ProcedureSpec<RemoteNetworkPortLookupByUuidArgs, RemoteNetworkPortLookupByUuidRet> = [
  405,
  "NETWORK_PORT_LOOKUP_BY_UUID",
  remote_network_port_lookup_by_uuid_args,
  remote_network_port_lookup_by_uuid_ret,
  null,
  null,
];
/**
 * NETWORK_PORT_CREATE_XML (406).
 * @generate both
 * @acl network_port:create
 */
const REMOTE_PROC_NETWORK_PORT_CREATE_XML: ProcedureSpec<RemoteNetworkPortCreateXmlArgs, RemoteNetworkPortCreateXmlRet> = [
  406,
  "NETWORK_PORT_CREATE_XML",
  remote_network_port_create_xml_args,
  remote_network_port_create_xml_ret,
  null,
  null,
];
/**
 * NETWORK_PORT_GET_PARAMETERS (407).
 * @generate none
 * @acl network_port:read
 */
const REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS: ProcedureSpec<RemoteNetworkPortGetParametersArgs, RemoteNetworkPortGetParametersRet> = [
  407,
  "NETWORK_PORT_GET_PARAMETERS",
  remote_network_port_get_parameters_args,
  remote_network_port_get_parameters_ret,
  null,
  null,
];
/**
 * NETWORK_PORT_SET_PARAMETERS (408).
 * @generate both
 * @acl network_port:write
 */
const REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS: ProcedureSpec<RemoteNetworkPortSetParametersArgs, void> = [
  408,
  "NETWORK_PORT_SET_PARAMETERS",
  remote_network_port_set_parameters_args,
  null,
  null,
  null,
];
/**
 * NETWORK_PORT_GET_XML_DESC (409).
 * @generate both
 * @acl network_port:read
 */
const REMOTE_PROC_NETWORK_PORT_GET_XML_DESC: ProcedureSpec<RemoteNetworkPortGetXmlDescArgs, RemoteNetworkPortGetXmlDescRet> = [
  409,
  "NETWORK_PORT_GET_XML_DESC",
  remote_network_port_get_xml_desc_args,
  remote_network_port_get_xml_desc_ret,
  null,
  null,
];
/**
 * NETWORK_PORT_DELETE (410).
 * @generate both
 * @acl network_port:delete
 */
const REMOTE_PROC_NETWORK_PORT_DELETE: ProcedureSpec<RemoteNetworkPortDeleteArgs, void> = [
  410,
  "NETWORK_PORT_DELETE",
  remote_network_port_delete_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_CREATE_XML (411).
 * @generate both
 * @acl domain:checkpoint, domain:fs_freeze:VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML: ProcedureSpec<RemoteDomainCheckpointCreateXmlArgs, RemoteDomainCheckpointCreateXmlRet> = [
  411,
  "DOMAIN_CHECKPOINT_CREATE_XML",
  remote_domain_checkpoint_create_xml_args,
  remote_domain_checkpoint_create_xml_ret,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_GET_XML_DESC (412).
 * @generate both
 * @acl domain:read, domain:read_secure:VIR_DOMAIN_CHECKPOINT_XML_SECURE
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC: ProcedureSpec<RemoteDomainCheckpointGetXmlDescArgs, RemoteDomainCheckpointGetXmlDescRet> =
  [
    412,
    "DOMAIN_CHECKPOINT_GET_XML_DESC",
    remote_domain_checkpoint_get_xml_desc_args,
    remote_domain_checkpoint_get_xml_desc_ret,
    null,
    null,
  ];
/**
 * DOMAIN_LIST_ALL_CHECKPOINTS (413).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS: ProcedureSpec<RemoteDomainListAllCheckpointsArgs, RemoteDomainListAllCheckpointsRet> = [
  413,
  "DOMAIN_LIST_ALL_CHECKPOINTS",
  remote_domain_list_all_checkpoints_args,
  remote_domain_list_all_checkpoints_ret,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN (414).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: ProcedureSpec<
  RemoteDomainCheckpointListAllChildrenArgs,
  RemoteDomainCheckpointListAllChildrenRet
> = [
  414,
  "DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN",
  remote_domain_checkpoint_list_all_children_args,
  remote_domain_checkpoint_list_all_children_ret,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_LOOKUP_BY_NAME (415).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: ProcedureSpec<
  RemoteDomainCheckpointLookupByNameArgs,
  RemoteDomainCheckpointLookupByNameRet
> = [
  415,
  "DOMAIN_CHECKPOINT_LOOKUP_BY_NAME",
  remote_domain_checkpoint_lookup_by_name_args,
  remote_domain_checkpoint_lookup_by_name_ret,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_GET_PARENT (416).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT: ProcedureSpec<RemoteDomainCheckpointGetParentArgs, RemoteDomainCheckpointGetParentRet> = [
  416,
  "DOMAIN_CHECKPOINT_GET_PARENT",
  remote_domain_checkpoint_get_parent_args,
  remote_domain_checkpoint_get_parent_ret,
  null,
  null,
];
/**
 * DOMAIN_CHECKPOINT_DELETE (417).
 * @generate both
 * @acl domain:checkpoint
 */
const REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE: ProcedureSpec<RemoteDomainCheckpointDeleteArgs, void> = [
  417,
  "DOMAIN_CHECKPOINT_DELETE",
  remote_domain_checkpoint_delete_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_GUEST_INFO (418).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_GET_GUEST_INFO: ProcedureSpec<RemoteDomainGetGuestInfoArgs, RemoteDomainGetGuestInfoRet> = [
  418,
  "DOMAIN_GET_GUEST_INFO",
  remote_domain_get_guest_info_args,
  remote_domain_get_guest_info_ret,
  null,
  null,
];
/**
 * CONNECT_SET_IDENTITY (419).
 * @generate client
 * @acl connect:write
 */
const REMOTE_PROC_CONNECT_SET_IDENTITY: ProcedureSpec<RemoteConnectSetIdentityArgs, void> = [
  419,
  "CONNECT_SET_IDENTITY",
  remote_connect_set_identity_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_AGENT_SET_RESPONSE_TIMEOUT (420).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: ProcedureSpec<
  RemoteDomainAgentSetResponseTimeoutArgs,
  RemoteDomainAgentSetResponseTimeoutRet
> = [
  420,
  "DOMAIN_AGENT_SET_RESPONSE_TIMEOUT",
  remote_domain_agent_set_response_timeout_args,
  remote_domain_agent_set_response_timeout_ret,
  null,
  null,
];
/**
 * DOMAIN_BACKUP_BEGIN (421).
 * @generate both
 * @acl domain:checkpoint, domain:block_write
 */
const REMOTE_PROC_DOMAIN_BACKUP_BEGIN: ProcedureSpec<RemoteDomainBackupBeginArgs, void> = [
  421,
  "DOMAIN_BACKUP_BEGIN",
  remote_domain_backup_begin_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_BACKUP_GET_XML_DESC (422).
 * @generate both
 * @priority high
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC: ProcedureSpec<RemoteDomainBackupGetXmlDescArgs, RemoteDomainBackupGetXmlDescRet> = [
  422,
  "DOMAIN_BACKUP_GET_XML_DESC",
  remote_domain_backup_get_xml_desc_args,
  remote_domain_backup_get_xml_desc_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_MEMORY_FAILURE (423): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE: ProcedureSpec<RemoteDomainEventMemoryFailureMsg, void> = [
  423,
  "DOMAIN_EVENT_MEMORY_FAILURE",
  null,
  null,
  remote_domain_event_memory_failure_msg,
  null,
];
/**
 * DOMAIN_AUTHORIZED_SSH_KEYS_GET (424).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET: ProcedureSpec<RemoteDomainAuthorizedSshKeysGetArgs, RemoteDomainAuthorizedSshKeysGetRet> =
  [
    424,
    "DOMAIN_AUTHORIZED_SSH_KEYS_GET",
    remote_domain_authorized_ssh_keys_get_args,
    remote_domain_authorized_ssh_keys_get_ret,
    null,
    null,
  ];
/**
 * DOMAIN_AUTHORIZED_SSH_KEYS_SET (425).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET: ProcedureSpec<RemoteDomainAuthorizedSshKeysSetArgs, void> = [
  425,
  "DOMAIN_AUTHORIZED_SSH_KEYS_SET",
  remote_domain_authorized_ssh_keys_set_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_GET_MESSAGES (426).
 * @generate none
 * @acl domain:read
 */
const REMOTE_PROC_DOMAIN_GET_MESSAGES: ProcedureSpec<RemoteDomainGetMessagesArgs, RemoteDomainGetMessagesRet> = [
  426,
  "DOMAIN_GET_MESSAGES",
  remote_domain_get_messages_args,
  remote_domain_get_messages_ret,
  null,
  null,
];
/**
 * DOMAIN_START_DIRTY_RATE_CALC (427).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC: ProcedureSpec<RemoteDomainStartDirtyRateCalcArgs, void> = [
  427,
  "DOMAIN_START_DIRTY_RATE_CALC",
  remote_domain_start_dirty_rate_calc_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_DEFINE_XML (428).
 * @generate both
 * @acl node_device:write
 */
const REMOTE_PROC_NODE_DEVICE_DEFINE_XML: ProcedureSpec<RemoteNodeDeviceDefineXmlArgs, RemoteNodeDeviceDefineXmlRet> = [
  428,
  "NODE_DEVICE_DEFINE_XML",
  remote_node_device_define_xml_args,
  remote_node_device_define_xml_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_UNDEFINE (429).
 * @generate both
 * @priority high
 * @acl node_device:delete
 */
const REMOTE_PROC_NODE_DEVICE_UNDEFINE: ProcedureSpec<RemoteNodeDeviceUndefineArgs, void> = [
  429,
  "NODE_DEVICE_UNDEFINE",
  remote_node_device_undefine_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_CREATE (430).
 * @generate both
 * @priority high
 * @acl node_device:start
 */
const REMOTE_PROC_NODE_DEVICE_CREATE: ProcedureSpec<RemoteNodeDeviceCreateArgs, void> = [
  430,
  "NODE_DEVICE_CREATE",
  remote_node_device_create_args,
  null,
  null,
  null,
];
/**
 * NWFILTER_DEFINE_XML_FLAGS (431).
 * @generate both
 * @priority high
 * @acl nwfilter:write, nwfilter:save
 */
const REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS: ProcedureSpec<RemoteNwfilterDefineXmlFlagsArgs, RemoteNwfilterDefineXmlFlagsRet> = [
  431,
  "NWFILTER_DEFINE_XML_FLAGS",
  remote_nwfilter_define_xml_flags_args,
  remote_nwfilter_define_xml_flags_ret,
  null,
  null,
];
/**
 * NETWORK_DEFINE_XML_FLAGS (432).
 * @generate both
 * @priority high
 * @acl network:write, network:save
 */
const REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS: ProcedureSpec<RemoteNetworkDefineXmlFlagsArgs, RemoteNetworkDefineXmlFlagsRet> = [
  432,
  "NETWORK_DEFINE_XML_FLAGS",
  remote_network_define_xml_flags_args,
  remote_network_define_xml_flags_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_GET_AUTOSTART (433).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART: ProcedureSpec<RemoteNodeDeviceGetAutostartArgs, RemoteNodeDeviceGetAutostartRet> = [
  433,
  "NODE_DEVICE_GET_AUTOSTART",
  remote_node_device_get_autostart_args,
  remote_node_device_get_autostart_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_SET_AUTOSTART (434).
 * @generate both
 * @priority high
 * @acl node_device:write
 */
const REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART: ProcedureSpec<RemoteNodeDeviceSetAutostartArgs, void> = [
  434,
  "NODE_DEVICE_SET_AUTOSTART",
  remote_node_device_set_autostart_args,
  null,
  null,
  null,
];
/**
 * NODE_DEVICE_IS_PERSISTENT (435).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT: ProcedureSpec<RemoteNodeDeviceIsPersistentArgs, RemoteNodeDeviceIsPersistentRet> = [
  435,
  "NODE_DEVICE_IS_PERSISTENT",
  remote_node_device_is_persistent_args,
  remote_node_device_is_persistent_ret,
  null,
  null,
];
/**
 * NODE_DEVICE_IS_ACTIVE (436).
 * @generate both
 * @priority high
 * @acl node_device:read
 */
const REMOTE_PROC_NODE_DEVICE_IS_ACTIVE: ProcedureSpec<RemoteNodeDeviceIsActiveArgs, RemoteNodeDeviceIsActiveRet> = [
  436,
  "NODE_DEVICE_IS_ACTIVE",
  remote_node_device_is_active_args,
  remote_node_device_is_active_ret,
  null,
  null,
];
/**
 * NETWORK_CREATE_XML_FLAGS (437).
 * @generate both
 * @priority high
 * @acl network:write, network:start
 */
const REMOTE_PROC_NETWORK_CREATE_XML_FLAGS: ProcedureSpec<RemoteNetworkCreateXmlFlagsArgs, RemoteNetworkCreateXmlFlagsRet> = [
  437,
  "NETWORK_CREATE_XML_FLAGS",
  remote_network_create_xml_flags_args,
  remote_network_create_xml_flags_ret,
  null,
  null,
];
/**
 * DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE (438): an event the daemon sends.
 * @generate both
 * @acl none
 */
const REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: ProcedureSpec<RemoteDomainEventMemoryDeviceSizeChangeMsg, void> = [
  438,
  "DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE",
  null,
  null,
  remote_domain_event_memory_device_size_change_msg,
  null,
];
/**
 * DOMAIN_SET_LAUNCH_SECURITY_STATE (439).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE: ProcedureSpec<RemoteDomainSetLaunchSecurityStateArgs, void> = [
  439,
  "DOMAIN_SET_LAUNCH_SECURITY_STATE",
  remote_domain_set_launch_security_state_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_SAVE_PARAMS (440).
 * @generate both
 * @acl domain:hibernate
 */
const REMOTE_PROC_DOMAIN_SAVE_PARAMS: ProcedureSpec<RemoteDomainSaveParamsArgs, void> = [
  440,
  "DOMAIN_SAVE_PARAMS",
  remote_domain_save_params_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_RESTORE_PARAMS (441).
 * @generate both
 * @acl domain:start, domain:write
 */
const REMOTE_PROC_DOMAIN_RESTORE_PARAMS: ProcedureSpec<RemoteDomainRestoreParamsArgs, void> = [
  441,
  "DOMAIN_RESTORE_PARAMS",
  remote_domain_restore_params_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_ABORT_JOB_FLAGS (442).
 * @generate both
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS: ProcedureSpec<RemoteDomainAbortJobFlagsArgs, void> = [
  442,
  "DOMAIN_ABORT_JOB_FLAGS",
  remote_domain_abort_job_flags_args,
  null,
  null,
  null,
];
/**
 * DOMAIN_FD_ASSOCIATE (443).
 * @generate none
 * @acl domain:write
 */
const REMOTE_PROC_DOMAIN_FD_ASSOCIATE: ProcedureSpec<RemoteDomainFdAssociateArgs, void> = [
  443,
  "DOMAIN_FD_ASSOCIATE",
  remote_domain_fd_associate_args,
  null,
  null,
  null,
];

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
