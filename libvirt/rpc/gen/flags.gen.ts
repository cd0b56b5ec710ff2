// generated, do not edit, run npm run generate:rpc
// from libvirt's public headers (include/libvirt/*.h) and virDrvFeature (src/libvirt_internal.h): every enum, as const objects and types.

/** virConnectCloseReason, declared in include/libvirt/libvirt-common.h.in:120 (since 0.10.0). */
const ConnectCloseReason = {
  /** Misc I/O error (since 0.10.0) */
  ERROR: 0,
  /** End-of-file from server (since 0.10.0) */
  EOF: 1,
  /** Keepalive timer triggered (since 0.10.0) */
  KEEPALIVE: 2,
  /** Client requested it (since 0.10.0) */
  CLIENT: 3,
} as const;
type ConnectCloseReason = (typeof ConnectCloseReason)[keyof typeof ConnectCloseReason];

/** virTypedParameterType, declared in include/libvirt/libvirt-common.h.in:138 (since 0.9.2). */
const TypedParameterType = {
  /** integer case (since 0.9.2) */
  INT: 1,
  /** unsigned integer case (since 0.9.2) */
  UINT: 2,
  /** long long case (since 0.9.2) */
  LLONG: 3,
  /** unsigned long long case (since 0.9.2) */
  ULLONG: 4,
  /** double case (since 0.9.2) */
  DOUBLE: 5,
  /** boolean(character) case (since 0.9.2) */
  BOOLEAN: 6,
  /** string case (since 0.9.8) */
  STRING: 7,
} as const;
type TypedParameterType = (typeof TypedParameterType)[keyof typeof TypedParameterType];

/** virTypedParameterFlags, declared in include/libvirt/libvirt-common.h.in:161 (since 0.9.8). */
const TypedParameterFlags = {
  OKAY: 4,
} as const;
type TypedParameterFlags = (typeof TypedParameterFlags)[keyof typeof TypedParameterFlags];

/** virNodeSuspendTarget, declared in include/libvirt/libvirt-host.h:59 (since 0.9.8). */
const NodeSuspendTarget = {
  /** (since 0.9.8) */
  MEM: 0,
  /** (since 0.9.8) */
  DISK: 1,
  /** (since 0.9.8) */
  HYBRID: 2,
} as const;
type NodeSuspendTarget = (typeof NodeSuspendTarget)[keyof typeof NodeSuspendTarget];

/** virNodeGetCPUStatsAllCPUs, declared in include/libvirt/libvirt-host.h:216 (since 0.9.8). */
const NodeGetCPUStatsAllCPUs = {
  /** (since 0.9.3) */
  CPUS: -1,
} as const;
type NodeGetCPUStatsAllCPUs = (typeof NodeGetCPUStatsAllCPUs)[keyof typeof NodeGetCPUStatsAllCPUs];

/** virNodeGetMemoryStatsAllCells, declared in include/libvirt/libvirt-host.h:312 (since 0.9.8). */
const NodeGetMemoryStatsAllCells = {
  /** (since 0.9.3) */
  CELLS: -1,
} as const;
type NodeGetMemoryStatsAllCells = (typeof NodeGetMemoryStatsAllCells)[keyof typeof NodeGetMemoryStatsAllCells];

/** virConnectFlags, declared in include/libvirt/libvirt-host.h:602 (since 0.4.1). */
const ConnectFlags = {
  /** A readonly connection (since 0.4.1) */
  RO: 1,
  /** Don't try to resolve URI aliases (since 0.9.7) */
  NO_ALIASES: 2,
} as const;
type ConnectFlags = (typeof ConnectFlags)[keyof typeof ConnectFlags];

/** virConnectCredentialType, declared in include/libvirt/libvirt-host.h:612 (since 0.4.1). */
const ConnectCredentialType = {
  /** Identity to act as (since 0.4.1) */
  USERNAME: 1,
  /** Identify to authorize as (since 0.4.1) */
  AUTHNAME: 2,
  /** RFC 1766 languages, comma separated (since 0.4.1) */
  LANGUAGE: 3,
  /** client supplies a nonce (since 0.4.1) */
  CNONCE: 4,
  /** Passphrase secret (since 0.4.1) */
  PASSPHRASE: 5,
  /** Challenge response (since 0.4.1) */
  ECHOPROMPT: 6,
  /** Challenge response (since 0.4.1) */
  NOECHOPROMPT: 7,
  /** Authentication realm (since 0.4.1) */
  REALM: 8,
  /** Externally managed credential (since 0.4.1) */
  EXTERNAL: 9,
} as const;
type ConnectCredentialType = (typeof ConnectCredentialType)[keyof typeof ConnectCredentialType];

/** virCPUCompareResult, declared in include/libvirt/libvirt-host.h:926 (since 0.7.5). */
const CPUCompareResult = {
  /** (since 0.7.5) */
  ERROR: -1,
  /** (since 0.7.5) */
  INCOMPATIBLE: 0,
  /** (since 0.7.5) */
  IDENTICAL: 1,
  /** (since 0.7.5) */
  SUPERSET: 2,
} as const;
type CPUCompareResult = (typeof CPUCompareResult)[keyof typeof CPUCompareResult];

/** virConnectCompareCPUFlags, declared in include/libvirt/libvirt-host.h:942 (since 1.2.6). */
const ConnectCompareCPUFlags = {
  /** treat incompatible CPUs as failure (since 1.2.6) */
  FAIL_INCOMPATIBLE: 1,
  /** validate the xml document (since 6.9.0) */
  VALIDATE_XML: 2,
} as const;
type ConnectCompareCPUFlags = (typeof ConnectCompareCPUFlags)[keyof typeof ConnectCompareCPUFlags];

/** virConnectBaselineCPUFlags, declared in include/libvirt/libvirt-host.h:972 (since 1.1.2). */
const ConnectBaselineCPUFlags = {
  /** show all features (since 1.1.2) */
  EXPAND_FEATURES: 1,
  /** filter out non-migratable features (since 1.2.14) */
  MIGRATABLE: 2,
} as const;
type ConnectBaselineCPUFlags = (typeof ConnectBaselineCPUFlags)[keyof typeof ConnectBaselineCPUFlags];

/** virNodeAllocPagesFlags, declared in include/libvirt/libvirt-host.h:1003 (since 1.2.9). */
const NodeAllocPagesFlags = {
  /** Add @pageCounts to the pages pool. This can be used only to size up the pool. (since 1.2.9) */
  ADD: 0,
  /** Don't add @pageCounts, instead set passed number of pages. This can be used to free allocated pages. (since 1.2.9) */
  SET: 1,
} as const;
type NodeAllocPagesFlags = (typeof NodeAllocPagesFlags)[keyof typeof NodeAllocPagesFlags];

/** virDomainState, declared in include/libvirt/libvirt-domain.h:57 (since 0.0.1). */
const DomainState = {
  /** no state (since 0.0.1) */
  NOSTATE: 0,
  /** the domain is running (since 0.0.1) */
  RUNNING: 1,
  /** the domain is blocked on resource (since 0.0.1) */
  BLOCKED: 2,
  /** the domain is paused by user (since 0.0.1) */
  PAUSED: 3,
  /** the domain is being shut down (since 0.0.1) */
  SHUTDOWN: 4,
  /** the domain is shut off (since 0.0.1) */
  SHUTOFF: 5,
  /** the domain is crashed (since 0.0.2) */
  CRASHED: 6,
  /** the domain is suspended by guest power management (since 0.9.11) */
  PMSUSPENDED: 7,
} as const;
type DomainState = (typeof DomainState)[keyof typeof DomainState];

/** virDomainNostateReason, declared in include/libvirt/libvirt-domain.h:85 (since 0.9.2). */
const DomainNostateReason = {
  /** (since 0.9.2) */
  UNKNOWN: 0,
} as const;
type DomainNostateReason = (typeof DomainNostateReason)[keyof typeof DomainNostateReason];

/** virDomainRunningReason, declared in include/libvirt/libvirt-domain.h:98 (since 0.9.2). */
const DomainRunningReason = {
  /** (since 0.9.2) */
  UNKNOWN: 0,
  /** normal startup from boot (since 0.9.2) */
  BOOTED: 1,
  /** migrated from another host (since 0.9.2) */
  MIGRATED: 2,
  /** restored from a state file (since 0.9.2) */
  RESTORED: 3,
  /** restored from snapshot (since 0.9.2) */
  FROM_SNAPSHOT: 4,
  /** returned from paused state (since 0.9.2) */
  UNPAUSED: 5,
  /** returned from migration (since 0.9.2) */
  MIGRATION_CANCELED: 6,
  /** returned from failed save process (since 0.9.2) */
  SAVE_CANCELED: 7,
  /** returned from pmsuspended due to wakeup event (since 0.9.11) */
  WAKEUP: 8,
  /** resumed from crashed (since 1.1.1) */
  CRASHED: 9,
  /** running in post-copy migration mode (since 1.3.3) */
  POSTCOPY: 10,
  /** running in failed post-copy migration (since 8.5.0) */
  POSTCOPY_FAILED: 11,
} as const;
type DomainRunningReason = (typeof DomainRunningReason)[keyof typeof DomainRunningReason];

/** virDomainBlockedReason, declared in include/libvirt/libvirt-domain.h:123 (since 0.9.2). */
const DomainBlockedReason = {
  /** the reason is unknown (since 0.9.2) */
  UNKNOWN: 0,
} as const;
type DomainBlockedReason = (typeof DomainBlockedReason)[keyof typeof DomainBlockedReason];

/** virDomainPausedReason, declared in include/libvirt/libvirt-domain.h:136 (since 0.9.2). */
const DomainPausedReason = {
  /** the reason is unknown (since 0.9.2) */
  UNKNOWN: 0,
  /** paused on user request (since 0.9.2) */
  USER: 1,
  /** paused for offline migration (since 0.9.2) */
  MIGRATION: 2,
  /** paused for save (since 0.9.2) */
  SAVE: 3,
  /** paused for offline core dump (since 0.9.2) */
  DUMP: 4,
  /** paused due to a disk I/O error (since 0.9.2) */
  IOERROR: 5,
  /** paused due to a watchdog event (since 0.9.2) */
  WATCHDOG: 6,
  /** paused after restoring from snapshot (since 0.9.2) */
  FROM_SNAPSHOT: 7,
  /** paused during shutdown process (since 0.9.5) */
  SHUTTING_DOWN: 8,
  /** paused while creating a snapshot (since 1.0.1) */
  SNAPSHOT: 9,
  /** paused due to a guest crash (since 1.1.1) */
  CRASHED: 10,
  /** the domain is being started (since 1.2.14) */
  STARTING_UP: 11,
  /** paused for post-copy migration (since 1.3.3) */
  POSTCOPY: 12,
  /** paused after failed post-copy (since 1.3.3) */
  POSTCOPY_FAILED: 13,
} as const;
type DomainPausedReason = (typeof DomainPausedReason)[keyof typeof DomainPausedReason];

/** virDomainShutdownReason, declared in include/libvirt/libvirt-domain.h:162 (since 0.9.2). */
const DomainShutdownReason = {
  /** the reason is unknown (since 0.9.2) */
  UNKNOWN: 0,
  /** shutting down on user request (since 0.9.2) */
  USER: 1,
} as const;
type DomainShutdownReason = (typeof DomainShutdownReason)[keyof typeof DomainShutdownReason];

/** virDomainShutoffReason, declared in include/libvirt/libvirt-domain.h:176 (since 0.9.2). */
const DomainShutoffReason = {
  /** the reason is unknown (since 0.9.2) */
  UNKNOWN: 0,
  /** normal shutdown (since 0.9.2) */
  SHUTDOWN: 1,
  /** forced poweroff (since 0.9.2) */
  DESTROYED: 2,
  /** domain crashed (since 0.9.2) */
  CRASHED: 3,
  /** migrated to another host (since 0.9.2) */
  MIGRATED: 4,
  /** saved to a file (since 0.9.2) */
  SAVED: 5,
  /** domain failed to start (since 0.9.2) */
  FAILED: 6,
  /** restored from a snapshot which was taken while domain was shutoff (since 0.9.2) */
  FROM_SNAPSHOT: 7,
  /** daemon decides to kill domain during reconnection processing (since 4.10.0) */
  DAEMON: 8,
} as const;
type DomainShutoffReason = (typeof DomainShutoffReason)[keyof typeof DomainShutoffReason];

/** virDomainCrashedReason, declared in include/libvirt/libvirt-domain.h:198 (since 0.9.2). */
const DomainCrashedReason = {
  /** crashed for unknown reason (since 0.9.2) */
  UNKNOWN: 0,
  /** domain panicked (since 1.1.1) */
  PANICKED: 1,
} as const;
type DomainCrashedReason = (typeof DomainCrashedReason)[keyof typeof DomainCrashedReason];

/** virDomainPMSuspendedReason, declared in include/libvirt/libvirt-domain.h:212 (since 0.9.11). */
const DomainPMSuspendedReason = {
  /** (since 0.9.11) */
  UNKNOWN: 0,
} as const;
type DomainPMSuspendedReason = (typeof DomainPMSuspendedReason)[keyof typeof DomainPMSuspendedReason];

/** virDomainPMSuspendedDiskReason, declared in include/libvirt/libvirt-domain.h:225 (since 1.0.0). */
const DomainPMSuspendedDiskReason = {
  /** (since 1.0.0) */
  UNKNOWN: 0,
} as const;
type DomainPMSuspendedDiskReason = (typeof DomainPMSuspendedDiskReason)[keyof typeof DomainPMSuspendedDiskReason];

/** virDomainControlState, declared in include/libvirt/libvirt-domain.h:240 (since 0.9.3). */
const DomainControlState = {
  /** operational, ready to accept commands (since 0.9.3) */
  OK: 0,
  /** background job is running (can be monitored by virDomainGetJobInfo); only limited set of commands may be allowed (since 0.9.3) */
  JOB: 1,
  /** occupied by a running command (since 0.9.3) */
  OCCUPIED: 2,
  /** unusable, domain cannot be fully operated, possible reason is provided in the details field (since 0.9.3) */
  ERROR: 3,
} as const;
type DomainControlState = (typeof DomainControlState)[keyof typeof DomainControlState];

/** virDomainControlErrorReason, declared in include/libvirt/libvirt-domain.h:262 (since 1.2.14). */
const DomainControlErrorReason = {
  /** server didn't provide a reason (since 1.2.14) */
  NONE: 0,
  /** unknown reason for the error (since 1.2.14) */
  UNKNOWN: 1,
  /** monitor connection is broken (since 1.2.14) */
  MONITOR: 2,
  /** error caused due to internal failure in libvirt (since 1.2.14) */
  INTERNAL: 3,
} as const;
type DomainControlErrorReason = (typeof DomainControlErrorReason)[keyof typeof DomainControlErrorReason];

/** virDomainModificationImpact, declared in include/libvirt/libvirt-domain.h:324 (since 0.9.2). */
const DomainModificationImpact = {
  /** Affect current domain state. (since 0.9.2) */
  CURRENT: 0,
  /** Affect running domain state. (since 0.9.2) */
  LIVE: 1,
  /** Affect persistent domain state. (since 0.9.2) */
  CONFIG: 2,
} as const;
type DomainModificationImpact = (typeof DomainModificationImpact)[keyof typeof DomainModificationImpact];

/** virDomainCreateFlags, declared in include/libvirt/libvirt-domain.h:366 (since 0.0.1). */
const DomainCreateFlags = {
  /** Default behavior (since 0.0.1) */
  NONE: 0,
  /** Launch guest in paused state (since 0.8.2) */
  START_PAUSED: 1,
  /** Automatically kill guest when virConnectPtr is closed (since 0.9.3) */
  START_AUTODESTROY: 2,
  /** Avoid file system cache pollution (since 0.9.4) */
  START_BYPASS_CACHE: 4,
  /** Boot, discarding any managed save (since 0.9.5) */
  START_FORCE_BOOT: 8,
  /** Validate the XML document against schema (since 1.2.12) */
  START_VALIDATE: 16,
  /** Re-initialize NVRAM from template (since 8.1.0) */
  START_RESET_NVRAM: 32,
} as const;
type DomainCreateFlags = (typeof DomainCreateFlags)[keyof typeof DomainCreateFlags];

/** virDomainMemoryStatTags, declared in include/libvirt/libvirt-domain.h:715 (since 0.7.5). */
const DomainMemoryStatTags = {
  /** The total amount of memory written out to swap space (in kB). (since 0.7.5) */
  SWAP_IN: 0,
  /** * Page faults occur when a process makes a valid access to virtual memory that is not available. When servicing the page fault, if disk IO is required, it is considered a major fault. If not, it is a minor fault. These are expressed as the number of faults that have occurred. * Since: 0.7.5 (since 0.7.5) */
  SWAP_OUT: 1,
  /** * Since: 0.7.5 (since 0.7.5) */
  MAJOR_FAULT: 2,
  /** * The amount of memory left completely unused by the system. Memory that is available but used for reclaimable caches should NOT be reported as free. This value is expressed in kB. * Since: 0.7.5 (since 0.7.5) */
  MINOR_FAULT: 3,
  /** * The total amount of usable memory as seen by the domain. This value may be less than the amount of memory assigned to the domain if a balloon driver is in use or if the guest OS does not initialize all assigned pages. This value is expressed in kB. * Since: 0.7.5 (since 0.7.5) */
  UNUSED: 4,
  /** * Current balloon value (in KB). * Since: 0.9.3 (since 0.9.3) */
  AVAILABLE: 5,
  /** Resident Set Size of the process running the domain. This value is in kB * Since: 0.9.10 (since 0.9.10) */
  ACTUAL_BALLOON: 6,
  /** * How much the balloon can be inflated without pushing the guest system to swap, corresponds to 'Available' in /proc/meminfo * Since: 2.1.0 (since 2.1.0) */
  RSS: 7,
  /** * Timestamp of the last update of statistics, in seconds. * Since: 2.1.0 (since 2.1.0) */
  USABLE: 8,
  /** * The amount of memory, that can be quickly reclaimed without additional I/O (in kB). Typically these pages are used for caching files from disk. * Since: 4.6.0 (since 4.6.0) */
  LAST_UPDATE: 9,
  /** * The number of successful huge page allocations from inside the domain via virtio balloon. * Since: 5.4.0 (since 5.4.0) */
  DISK_CACHES: 10,
  /** * The number of failed huge page allocations from inside the domain via virtio balloon. * Since: 5.4.0 (since 5.4.0) */
  HUGETLB_PGALLOC: 11,
  /** * The number of statistics supported by this version of the interface. To add new statistics, add them to the enum and increase this value. * Since: 0.7.5 (since 0.7.5) */
  HUGETLB_PGFAIL: 12,
  NR: 13,
} as const;
type DomainMemoryStatTags = (typeof DomainMemoryStatTags)[keyof typeof DomainMemoryStatTags];

/** virDomainCoreDumpFlags, declared in include/libvirt/libvirt-domain.h:849 (since 0.7.5). */
const DomainCoreDumpFlags = {
  /** crash after dump (since 0.7.5) */
  CRASH: 1,
  /** live dump (since 0.7.5) */
  LIVE: 2,
  /** avoid file system cache pollution (since 0.9.4) */
  BYPASS_CACHE: 4,
  /** reset domain after dump finishes (since 0.9.7) */
  RESET: 8,
  /** use dump-guest-memory (since 0.9.13) */
  MEMORY_ONLY: 16,
} as const;
type DomainCoreDumpFlags = (typeof DomainCoreDumpFlags)[keyof typeof DomainCoreDumpFlags];

/** virDomainCoreDumpFormat, declared in include/libvirt/libvirt-domain.h:864 (since 1.2.3). */
const DomainCoreDumpFormat = {
  /** dump guest memory in raw format (since 1.2.3) */
  RAW: 0,
  /** kdump-compressed format, with zlib compression (since 1.2.3) */
  KDUMP_ZLIB: 1,
  /** kdump-compressed format, with lzo compression (since 1.2.3) */
  KDUMP_LZO: 2,
  /** kdump-compressed format, with snappy compression (since 1.2.3) */
  KDUMP_SNAPPY: 3,
  /** Windows full crashdump format (since 7.4.0) */
  WIN_DMP: 4,
} as const;
type DomainCoreDumpFormat = (typeof DomainCoreDumpFormat)[keyof typeof DomainCoreDumpFormat];

/** virDomainMigrateFlags, declared in include/libvirt/libvirt-domain.h:892 (since 0.3.2). */
const DomainMigrateFlags = {
  /** Tell the source libvirtd to connect directly to the destination host. Without this flag the client (e.g., virsh) connects to both hosts and controls the migration process. In peer-to-peer mode, the source libvirtd controls the migration by calling the destination daemon directly. * Since: 0.7.2 (since 0.7.2) */
  LIVE: 1,
  /** Tunnel migration data over libvirtd connection. Without this flag the source hypervisor sends migration data directly to the destination hypervisor. This flag can only be used when VIR_MIGRATE_PEER2PEER is set as well. * Note the less-common spelling that we're stuck with: VIR_MIGRATE_TUNNELLED should be VIR_MIGRATE_TUNNELED. * Since: 0.7.2 (since 0.7.2) */
  PEER2PEER: 2,
  /** Define the domain as persistent on the destination host after successful migration. If the domain was persistent on the source host and VIR_MIGRATE_UNDEFINE_SOURCE is not used, it will end up persistent on both hosts. * Since: 0.7.3 (since 0.7.3) */
  TUNNELLED: 4,
  /** Undefine the domain on the source host once migration successfully finishes. * Since: 0.7.3 (since 0.7.3) */
  PERSIST_DEST: 8,
  /** Leave the domain suspended on the destination host. virDomainResume (on the virDomainPtr returned by the migration API) has to be called explicitly to resume domain's virtual CPUs. * Since: 0.7.5 (since 0.7.5) */
  UNDEFINE_SOURCE: 16,
  /** Migrate full disk images in addition to domain's memory. By default only non-shared non-readonly disk images are transferred. The VIR_MIGRATE_PARAM_MIGRATE_DISKS parameter can be used to specify which disks should be migrated. * This flag and VIR_MIGRATE_NON_SHARED_INC are mutually exclusive. * Since: 0.8.2 (since 0.8.2) */
  PAUSED: 32,
  /** Migrate disk images in addition to domain's memory. This is similar to VIR_MIGRATE_NON_SHARED_DISK, but only the top level of each disk's backing chain is copied. That is, the rest of the backing chain is expected to be present on the destination and to be exactly the same as on the source host. * This flag and VIR_MIGRATE_NON_SHARED_DISK are mutually exclusive. * Since: 0.8.2 (since 0.8.2) */
  NON_SHARED_DISK: 64,
  /** Protect against domain configuration changes during the migration process. This flag is used automatically when both sides support it. Explicitly setting this flag will cause migration to fail if either the source or the destination does not support it. * Since: 0.9.4 (since 0.9.4) */
  NON_SHARED_INC: 128,
  /** Force migration even if it is considered unsafe. In some cases libvirt may refuse to migrate the domain because doing so may lead to potential problems such as data corruption, and thus the migration is considered unsafe. For a QEMU domain this may happen if the domain uses disks without explicitly setting cache mode to "none". Migrating such domains is unsafe unless the disk images are stored on coherent clustered filesystem, such as GFS2 or GPFS. * Since: 0.9.11 (since 0.9.11) */
  CHANGE_PROTECTION: 256,
  /** Migrate a domain definition without starting the domain on the destination and without stopping it on the source host. Offline migration requires VIR_MIGRATE_PERSIST_DEST to be set. * Offline migration may not copy disk storage or any other file based storage (such as UEFI variables). * Since: 1.0.1 (since 1.0.1) */
  UNSAFE: 512,
  /** Compress migration data. The compression methods can be specified using VIR_MIGRATE_PARAM_COMPRESSION. A hypervisor default method will be used if this parameter is omitted. Individual compression methods can be tuned via their specific VIR_MIGRATE_PARAM_COMPRESSION_* parameters. * Since: 1.0.3 (since 1.0.3) */
  OFFLINE: 1024,
  /** Cancel migration if a soft error (such as I/O error) happens during migration. * Since: 1.1.0 (since 1.1.0) */
  COMPRESSED: 2048,
  /** Enable algorithms that ensure a live migration will eventually converge. This usually means the domain will be slowed down to make sure it does not change its memory faster than a hypervisor can transfer the changed memory to the destination host. VIR_MIGRATE_PARAM_AUTO_CONVERGE_* parameters can be used to tune the algorithm. * Since: 1.2.3 (since 1.2.3) */
  ABORT_ON_ERROR: 4096,
  /** This flag can be used with RDMA migration (i.e., when VIR_MIGRATE_PARAM_URI starts with "rdma://") to tell the hypervisor to pin all domain's memory at once before migration starts rather then letting it pin memory pages as needed. This means that all memory pages belonging to the domain will be locked in host's memory and the host will not be allowed to swap them out. * For QEMU/KVM this requires hard_limit memory tuning element (in the domain XML) to be used and set to the maximum memory configured for the domain plus any memory consumed by the QEMU process itself. Beware of setting the memory limit too high (and thus allowing the domain to lock most of the host's memory). Doing so may be dangerous to both the domain and the host itself since the host's kernel may run out of memory. * Since: 1.2.9 (since 1.2.9) */
  AUTO_CONVERGE: 8192,
  /** Setting the VIR_MIGRATE_POSTCOPY flag tells libvirt to enable post-copy migration. However, the migration will start normally and virDomainMigrateStartPostCopy needs to be called to switch it into the post-copy mode. See virDomainMigrateStartPostCopy for more details. * Since: 1.3.3 (since 1.3.3) */
  RDMA_PIN_ALL: 16384,
  /** Setting the VIR_MIGRATE_TLS flag will cause the migration to attempt to use the TLS environment configured by the hypervisor in order to perform the migration. If incorrectly configured on either source or destination, the migration will fail. * Since: 3.2.0 (since 3.2.0) */
  POSTCOPY: 32768,
  /** Send memory pages to the destination host through several network connections. See VIR_MIGRATE_PARAM_PARALLEL_* parameters for configuring the parallel migration. * Since: 5.2.0 (since 5.2.0) */
  TLS: 65536,
  /** Force the guest writes which happen when copying disk images for non-shared storage migration to be synchronously written to the destination. This ensures the storage migration converges for VMs doing heavy I/O on fast local storage and slow mirror. * Requires one of VIR_MIGRATE_NON_SHARED_DISK, VIR_MIGRATE_NON_SHARED_INC to be present as well. * Since: 8.0.0 (since 8.0.0) */
  PARALLEL: 131072,
  /** Resume migration which failed in post-copy phase. * Since: 8.5.0 (since 8.5.0) */
  NON_SHARED_SYNCHRONOUS_WRITES: 262144,
  /** Use zero-copy mechanism for migrating memory pages. For QEMU/KVM this means QEMU will be temporarily allowed to lock all guest pages in host's memory, although only those that are queued for transfer will be locked at the same time. * Since: 8.5.0 (since 8.5.0) */
  POSTCOPY_RESUME: 524288,
  ZEROCOPY: 1048576,
} as const;
type DomainMigrateFlags = (typeof DomainMigrateFlags)[keyof typeof DomainMigrateFlags];

/** virDomainMigrateMaxSpeedFlags, declared in include/libvirt/libvirt-domain.h:1423 (since 5.1.0). */
const DomainMigrateMaxSpeedFlags = {
  POSTCOPY: 1,
} as const;
type DomainMigrateMaxSpeedFlags = (typeof DomainMigrateMaxSpeedFlags)[keyof typeof DomainMigrateMaxSpeedFlags];

/** virDomainShutdownFlagValues, declared in include/libvirt/libvirt-domain.h:1490 (since 0.9.10). */
const DomainShutdownFlagValues = {
  /** hypervisor choice (since 0.9.10) */
  DEFAULT: 0,
  /** Send ACPI event (since 0.9.10) */
  ACPI_POWER_BTN: 1,
  /** Use guest agent (since 0.9.10) */
  GUEST_AGENT: 2,
  /** Use initctl (since 1.0.1) */
  INITCTL: 4,
  /** Send a signal (since 1.0.1) */
  SIGNAL: 8,
  /** Use paravirt guest control (since 1.2.5) */
  PARAVIRT: 16,
} as const;
type DomainShutdownFlagValues = (typeof DomainShutdownFlagValues)[keyof typeof DomainShutdownFlagValues];

/** virDomainRebootFlagValues, declared in include/libvirt/libvirt-domain.h:1508 (since 0.9.10). */
const DomainRebootFlagValues = {
  /** hypervisor choice (since 0.9.10) */
  DEFAULT: 0,
  /** Send ACPI event (since 0.9.10) */
  ACPI_POWER_BTN: 1,
  /** Use guest agent (since 0.9.10) */
  GUEST_AGENT: 2,
  /** Use initctl (since 1.0.1) */
  INITCTL: 4,
  /** Send a signal (since 1.0.1) */
  SIGNAL: 8,
  /** Use paravirt guest control (since 1.2.5) */
  PARAVIRT: 16,
} as const;
type DomainRebootFlagValues = (typeof DomainRebootFlagValues)[keyof typeof DomainRebootFlagValues];

/** virDomainDestroyFlagsValues, declared in include/libvirt/libvirt-domain.h:1532 (since 0.9.4). */
const DomainDestroyFlagsValues = {
  /** Default behavior - could lead to data loss!! (since 0.9.10) */
  DEFAULT: 0,
  /** only SIGTERM, no SIGKILL (since 0.9.10) */
  GRACEFUL: 1,
  /** remove VM logs on destroy (since 8.3.0) */
  REMOVE_LOGS: 2,
} as const;
type DomainDestroyFlagsValues = (typeof DomainDestroyFlagsValues)[keyof typeof DomainDestroyFlagsValues];

/** virDomainSaveRestoreFlags, declared in include/libvirt/libvirt-domain.h:1568 (since 0.9.4). */
const DomainSaveRestoreFlags = {
  /** Avoid file system cache pollution (since 0.9.4) */
  BYPASS_CACHE: 1,
  /** Favor running over paused (since 0.9.5) */
  RUNNING: 2,
  /** Favor paused over running (since 0.9.5) */
  PAUSED: 4,
  /** Re-initialize NVRAM from template (since 8.1.0) */
  RESET_NVRAM: 8,
} as const;
type DomainSaveRestoreFlags = (typeof DomainSaveRestoreFlags)[keyof typeof DomainSaveRestoreFlags];

/** virDomainMemoryModFlags, declared in include/libvirt/libvirt-domain.h:1879 (since 0.9.0). */
const DomainMemoryModFlags = {
  /** See virDomainModificationImpact (since 0.9.1) */
  CURRENT: 0,
  /** See virDomainModificationImpact (since 0.9.0) */
  LIVE: 1,
  /** See virDomainModificationImpact (since 0.9.0) */
  CONFIG: 2,
  /** affect Max rather than current (since 0.9.1) */
  MAXIMUM: 4,
} as const;
type DomainMemoryModFlags = (typeof DomainMemoryModFlags)[keyof typeof DomainMemoryModFlags];

/** virDomainNumatuneMemMode, declared in include/libvirt/libvirt-domain.h:1897 (since 0.9.9). */
const DomainNumatuneMemMode = {
  /** (since 0.9.9) */
  STRICT: 0,
  /** (since 0.9.9) */
  PREFERRED: 1,
  /** (since 0.9.9) */
  INTERLEAVE: 2,
  /** (since 7.3.0) */
  RESTRICTIVE: 3,
} as const;
type DomainNumatuneMemMode = (typeof DomainNumatuneMemMode)[keyof typeof DomainNumatuneMemMode];

/** virDomainGetHostnameFlags, declared in include/libvirt/libvirt-domain.h:1964 (since 6.1.0). */
const DomainGetHostnameFlags = {
  /** Parse DHCP lease file (since 6.1.0) */
  LEASE: 1,
  /** Query qemu guest agent (since 6.1.0) */
  AGENT: 2,
} as const;
type DomainGetHostnameFlags = (typeof DomainGetHostnameFlags)[keyof typeof DomainGetHostnameFlags];

/** virDomainMetadataType, declared in include/libvirt/libvirt-domain.h:1979 (since 0.9.10). */
const DomainMetadataType = {
  /** Operate on <description> (since 0.9.10) */
  DESCRIPTION: 0,
  /** Operate on <title> (since 0.9.10) */
  TITLE: 1,
  /** Operate on <metadata> (since 0.9.10) */
  ELEMENT: 2,
} as const;
type DomainMetadataType = (typeof DomainMetadataType)[keyof typeof DomainMetadataType];

/** virDomainXMLFlags, declared in include/libvirt/libvirt-domain.h:2014 (since 0.3.3). */
const DomainXMLFlags = {
  /** dump security sensitive information too (since 0.3.3) */
  SECURE: 1,
  /** dump inactive domain information (since 0.3.3) */
  INACTIVE: 2,
  /** update guest CPU requirements according to host CPU (since 0.8.0) */
  UPDATE_CPU: 4,
  /** dump XML suitable for migration (since 1.0.0) */
  MIGRATABLE: 8,
} as const;
type DomainXMLFlags = (typeof DomainXMLFlags)[keyof typeof DomainXMLFlags];

/** virDomainSaveImageXMLFlags, declared in include/libvirt/libvirt-domain.h:2026 (since 5.1.0). */
const DomainSaveImageXMLFlags = {
  /** dump security sensitive information too (since 5.1.0) */
  SECURE: 1,
} as const;
type DomainSaveImageXMLFlags = (typeof DomainSaveImageXMLFlags)[keyof typeof DomainSaveImageXMLFlags];

/** virDomainBlockResizeFlags, declared in include/libvirt/libvirt-domain.h:2147 (since 0.9.11). */
const DomainBlockResizeFlags = {
  /** size in bytes instead of KiB (since 0.9.11) */
  BYTES: 1,
} as const;
type DomainBlockResizeFlags = (typeof DomainBlockResizeFlags)[keyof typeof DomainBlockResizeFlags];

/** virDomainMemoryFlags, declared in include/libvirt/libvirt-domain.h:2222 (since 0.4.4). */
const DomainMemoryFlags = {
  /** addresses are virtual addresses (since 0.4.4) */
  VIRTUAL: 1,
  /** addresses are physical addresses (since 0.7.0) */
  PHYSICAL: 2,
} as const;
type DomainMemoryFlags = (typeof DomainMemoryFlags)[keyof typeof DomainMemoryFlags];

/** virDomainDefineFlags, declared in include/libvirt/libvirt-domain.h:2238 (since 1.2.12). */
const DomainDefineFlags = {
  /** Validate the XML document against schema (since 1.2.12) */
  VALIDATE: 1,
} as const;
type DomainDefineFlags = (typeof DomainDefineFlags)[keyof typeof DomainDefineFlags];

/** virDomainUndefineFlagsValues, declared in include/libvirt/libvirt-domain.h:2258 (since 0.9.4). */
const DomainUndefineFlagsValues = {
  /** Also remove any managed save (since 0.9.4) */
  MANAGED_SAVE: 1,
  /** If last use of domain, then also remove any snapshot metadata (since 0.9.5) */
  SNAPSHOTS_METADATA: 2,
  /** Also remove any nvram file (since 1.2.9) */
  NVRAM: 4,
  /** Keep nvram file (since 2.3.0) */
  KEEP_NVRAM: 8,
  /** If last use of domain, then also remove any checkpoint metadata (since 5.6.0) */
  CHECKPOINTS_METADATA: 16,
  /** Also remove any TPM state (since 8.9.0) */
  TPM: 32,
  /** Keep TPM state (since 8.9.0) */
  KEEP_TPM: 64,
} as const;
type DomainUndefineFlagsValues = (typeof DomainUndefineFlagsValues)[keyof typeof DomainUndefineFlagsValues];

/** virConnectListAllDomainsFlags, declared in include/libvirt/libvirt-domain.h:2292 (since 0.9.13). */
const ConnectListAllDomainsFlags = {
  /** (since 0.9.13) */
  ACTIVE: 1,
  /** (since 0.9.13) */
  INACTIVE: 2,
  /** (since 0.9.13) */
  PERSISTENT: 4,
  /** (since 0.9.13) */
  TRANSIENT: 8,
  /** (since 0.9.13) */
  RUNNING: 16,
  /** (since 0.9.13) */
  PAUSED: 32,
  /** (since 0.9.13) */
  SHUTOFF: 64,
  /** (since 0.9.13) */
  OTHER: 128,
  /** (since 0.9.13) */
  MANAGEDSAVE: 256,
  /** (since 0.9.13) */
  NO_MANAGEDSAVE: 512,
  /** (since 0.9.13) */
  AUTOSTART: 1024,
  /** (since 0.9.13) */
  NO_AUTOSTART: 2048,
  /** (since 0.9.13) */
  HAS_SNAPSHOT: 4096,
  /** (since 0.9.13) */
  NO_SNAPSHOT: 8192,
  /** (since 5.6.0) */
  HAS_CHECKPOINT: 16384,
  /** (since 5.6.0) */
  NO_CHECKPOINT: 32768,
} as const;
type ConnectListAllDomainsFlags = (typeof ConnectListAllDomainsFlags)[keyof typeof ConnectListAllDomainsFlags];

/** virVcpuState, declared in include/libvirt/libvirt-domain.h:2341 (since 0.1.4). */
const VcpuState = {
  /** the virtual CPU is offline (since 0.1.4) */
  OFFLINE: 0,
  /** the virtual CPU is running (since 0.1.4) */
  RUNNING: 1,
  /** the virtual CPU is blocked on resource (since 0.1.4) */
  BLOCKED: 2,
} as const;
type VcpuState = (typeof VcpuState)[keyof typeof VcpuState];

/** virVcpuHostCpuState, declared in include/libvirt/libvirt-domain.h:2356 (since 6.10.0). */
const VcpuHostCpuState = {
  /** the vCPU is offline (since 6.10.0) */
  OFFLINE: -1,
  /** the hypervisor does not expose real CPU information (since 6.10.0) */
  UNAVAILABLE: -2,
} as const;
type VcpuHostCpuState = (typeof VcpuHostCpuState)[keyof typeof VcpuHostCpuState];

/** virDomainVcpuFlags, declared in include/libvirt/libvirt-domain.h:2388 (since 0.8.5). */
const DomainVcpuFlags = {
  /** See virDomainModificationImpact (since 0.9.4) */
  CURRENT: 0,
  /** See virDomainModificationImpact (since 0.8.5) */
  LIVE: 1,
  /** See virDomainModificationImpact (since 0.8.5) */
  CONFIG: 2,
  /** Max rather than current count (since 0.8.5) */
  MAXIMUM: 4,
  /** Modify state of the cpu in the guest (since 1.1.0) */
  GUEST: 8,
  /** Make vcpus added hot(un)pluggable (since 2.4.0) */
  HOTPLUGGABLE: 16,
} as const;
type DomainVcpuFlags = (typeof DomainVcpuFlags)[keyof typeof DomainVcpuFlags];

/** virDomainDeviceModifyFlags, declared in include/libvirt/libvirt-domain.h:2657 (since 0.7.7). */
const DomainDeviceModifyFlags = {
  /** See virDomainModificationImpact (since 0.7.7) */
  CURRENT: 0,
  /** See virDomainModificationImpact (since 0.7.7) */
  LIVE: 1,
  /** See virDomainModificationImpact (since 0.7.7) */
  CONFIG: 2,
  /** Forcibly modify device (ex. force eject a cdrom) (since 0.8.6) */
  FORCE: 4,
} as const;
type DomainDeviceModifyFlags = (typeof DomainDeviceModifyFlags)[keyof typeof DomainDeviceModifyFlags];

/** virDomainStatsTypes, declared in include/libvirt/libvirt-domain.h:2702 (since 1.2.8). */
const DomainStatsTypes = {
  /** return domain state (since 1.2.8) */
  STATE: 1,
  /** return domain CPU info (since 1.2.9) */
  CPU_TOTAL: 2,
  /** return domain balloon info (since 1.2.9) */
  BALLOON: 4,
  /** return domain virtual CPU info (since 1.2.9) */
  VCPU: 8,
  /** return domain interfaces info (since 1.2.9) */
  INTERFACE: 16,
  /** return domain block info (since 1.2.9) */
  BLOCK: 32,
  /** return domain perf event info (since 1.3.3) */
  PERF: 64,
  /** return iothread poll info (since 4.10.0) */
  IOTHREAD: 128,
  /** return domain memory info (since 6.0.0) */
  MEMORY: 256,
  /** return domain dirty rate info (since 7.2.0) */
  DIRTYRATE: 512,
  /** return vm info (since 8.9.0) */
  VM: 1024,
} as const;
type DomainStatsTypes = (typeof DomainStatsTypes)[keyof typeof DomainStatsTypes];

/** virConnectGetAllDomainStatsFlags, declared in include/libvirt/libvirt-domain.h:2721 (since 1.2.8). */
const ConnectGetAllDomainStatsFlags = {
  /** (since 1.2.8) */
  ACTIVE: 1,
  /** (since 1.2.8) */
  INACTIVE: 2,
  /** (since 1.2.8) */
  PERSISTENT: 4,
  /** (since 1.2.8) */
  TRANSIENT: 8,
  /** (since 1.2.8) */
  RUNNING: 16,
  /** (since 1.2.8) */
  PAUSED: 32,
  /** (since 1.2.8) */
  SHUTOFF: 64,
  /** (since 1.2.8) */
  OTHER: 128,
  /** report statistics that can be obtained immediately without any blocking (since 4.5.0) */
  NOWAIT: 536870912,
  /** include backing chain for block stats (since 1.2.12) */
  BACKING: 1073741824,
  /** enforce requested stats (since 1.2.8) */
  ENFORCE_STATS: 2147483648,
} as const;
type ConnectGetAllDomainStatsFlags = (typeof ConnectGetAllDomainStatsFlags)[keyof typeof ConnectGetAllDomainStatsFlags];

/** virDomainBlockJobType, declared in include/libvirt/libvirt-domain.h:3044 (since 0.9.4). */
const DomainBlockJobType = {
  /** Block Pull (virDomainBlockPull, or virDomainBlockRebase without flags), job ends on completion * Since: 0.9.4 (since 0.9.4) */
  UNKNOWN: 0,
  /** Block Copy (virDomainBlockCopy, or virDomainBlockRebase with flags), job exists as long as mirroring is active * Since: 0.9.12 (since 0.9.12) */
  PULL: 1,
  /** Block Commit (virDomainBlockCommit without flags), job ends on completion * Since: 0.10.2 (since 0.10.2) */
  COPY: 2,
  /** Active Block Commit (virDomainBlockCommit with flags), job exists as long as sync is active * Since: 1.2.6 (since 1.2.6) */
  COMMIT: 3,
  /** Backup (virDomainBackupBegin) * Since: 6.0.0 (since 6.0.0) */
  ACTIVE_COMMIT: 4,
  BACKUP: 5,
} as const;
type DomainBlockJobType = (typeof DomainBlockJobType)[keyof typeof DomainBlockJobType];

/** virDomainBlockJobAbortFlags, declared in include/libvirt/libvirt-domain.h:3096 (since 0.9.12). */
const DomainBlockJobAbortFlags = {
  /** (since 0.9.12) */
  ASYNC: 1,
  /** (since 0.9.12) */
  PIVOT: 2,
} as const;
type DomainBlockJobAbortFlags = (typeof DomainBlockJobAbortFlags)[keyof typeof DomainBlockJobAbortFlags];

/** virDomainBlockJobInfoFlags, declared in include/libvirt/libvirt-domain.h:3111 (since 1.2.9). */
const DomainBlockJobInfoFlags = {
  /** bandwidth in bytes/s instead of MiB/s (since 1.2.9) */
  BANDWIDTH_BYTES: 1,
} as const;
type DomainBlockJobInfoFlags = (typeof DomainBlockJobInfoFlags)[keyof typeof DomainBlockJobInfoFlags];

/** virDomainBlockJobSetSpeedFlags, declared in include/libvirt/libvirt-domain.h:3163 (since 1.2.9). */
const DomainBlockJobSetSpeedFlags = {
  /** bandwidth in bytes/s instead of MiB/s (since 1.2.9) */
  BYTES: 1,
} as const;
type DomainBlockJobSetSpeedFlags = (typeof DomainBlockJobSetSpeedFlags)[keyof typeof DomainBlockJobSetSpeedFlags];

/** virDomainBlockPullFlags, declared in include/libvirt/libvirt-domain.h:3179 (since 1.2.9). */
const DomainBlockPullFlags = {
  /** bandwidth in bytes/s instead of MiB/s (since 1.2.9) */
  BANDWIDTH_BYTES: 64,
} as const;
type DomainBlockPullFlags = (typeof DomainBlockPullFlags)[keyof typeof DomainBlockPullFlags];

/** virDomainBlockRebaseFlags, declared in include/libvirt/libvirt-domain.h:3194 (since 0.9.12). */
const DomainBlockRebaseFlags = {
  /** Limit copy to top of source backing chain (since 0.9.12) */
  SHALLOW: 1,
  /** Reuse existing external file for a copy (since 0.9.12) */
  REUSE_EXT: 2,
  /** Make destination file raw (since 0.9.12) */
  COPY_RAW: 4,
  /** Start a copy job (since 0.9.12) */
  COPY: 8,
  /** Keep backing chain referenced using relative names (since 1.2.7) */
  RELATIVE: 16,
  /** Treat destination as block device instead of file (since 1.2.9) */
  COPY_DEV: 32,
  /** bandwidth in bytes/s instead of MiB/s (since 1.2.9) */
  BANDWIDTH_BYTES: 64,
} as const;
type DomainBlockRebaseFlags = (typeof DomainBlockRebaseFlags)[keyof typeof DomainBlockRebaseFlags];

/** virDomainBlockCopyFlags, declared in include/libvirt/libvirt-domain.h:3221 (since 1.2.8). */
const DomainBlockCopyFlags = {
  /** Reuse existing external file for a copy (since 1.2.8) */
  SHALLOW: 1,
  /** Don't force usage of recoverable job for the copy operation (since 3.5.0) */
  REUSE_EXT: 2,
  /** Force the copy job to synchronously propagate guest writes into the destination image, so that the copy is guaranteed to converge * Since: 8.0.0 (since 8.0.0) */
  TRANSIENT_JOB: 4,
  SYNCHRONOUS_WRITES: 8,
} as const;
type DomainBlockCopyFlags = (typeof DomainBlockCopyFlags)[keyof typeof DomainBlockCopyFlags];

/** virDomainBlockCommitFlags, declared in include/libvirt/libvirt-domain.h:3297 (since 0.10.2). */
const DomainBlockCommitFlags = {
  /** NULL base means next backing file, not whole chain (since 0.10.2) */
  SHALLOW: 1,
  /** Delete any files that are now invalid after their contents have been committed (since 0.10.2) */
  DELETE: 2,
  /** Allow a two-phase commit when top is the active layer (since 1.2.6) */
  ACTIVE: 4,
  /** keep the backing chain referenced using relative names (since 1.2.7) */
  RELATIVE: 8,
  /** bandwidth in bytes/s instead of MiB/s (since 1.2.9) */
  BANDWIDTH_BYTES: 16,
} as const;
type DomainBlockCommitFlags = (typeof DomainBlockCommitFlags)[keyof typeof DomainBlockCommitFlags];

/** virDomainDiskErrorCode, declared in include/libvirt/libvirt-domain.h:3535 (since 0.9.10). */
const DomainDiskErrorCode = {
  /** no error (since 0.9.10) */
  NONE: 0,
  /** unspecified I/O error (since 0.9.10) */
  UNSPEC: 1,
  /** no space left on the device (since 0.9.10) */
  NO_SPACE: 2,
} as const;
type DomainDiskErrorCode = (typeof DomainDiskErrorCode)[keyof typeof DomainDiskErrorCode];

/** virKeycodeSet, declared in include/libvirt/libvirt-domain.h:3578 (since 0.9.3). */
const KeycodeSet = {
  /** (since 0.9.3) */
  LINUX: 0,
  /** (since 0.9.3) */
  XT: 1,
  /** (since 0.9.3) */
  ATSET1: 2,
  /** (since 0.9.3) */
  ATSET2: 3,
  /** (since 0.9.3) */
  ATSET3: 4,
  /** (since 0.9.4) */
  OSX: 5,
  /** (since 0.9.4) */
  XT_KBD: 6,
  /** (since 0.9.4) */
  USB: 7,
  /** (since 0.9.4) */
  WIN32: 8,
  /** (since 4.2.0) */
  QNUM: 9,
} as const;
type KeycodeSet = (typeof KeycodeSet)[keyof typeof KeycodeSet];

/** virDomainProcessSignal, declared in include/libvirt/libvirt-domain.h:3641 (since 1.0.1). */
const DomainProcessSignal = {
  /** No constant in POSIX/Linux (since 1.0.1) */
  NOP: 0,
  /** SIGHUP (since 1.0.1) */
  HUP: 1,
  /** SIGINT (since 1.0.1) */
  INT: 2,
  /** SIGQUIT (since 1.0.1) */
  QUIT: 3,
  /** SIGILL (since 1.0.1) */
  ILL: 4,
  /** SIGTRAP (since 1.0.1) */
  TRAP: 5,
  /** SIGABRT (since 1.0.1) */
  ABRT: 6,
  /** SIGBUS (since 1.0.1) */
  BUS: 7,
  /** SIGFPE (since 1.0.1) */
  FPE: 8,
  /** SIGKILL (since 1.0.1) */
  KILL: 9,
  /** SIGUSR1 (since 1.0.1) */
  USR1: 10,
  /** SIGSEGV (since 1.0.1) */
  SEGV: 11,
  /** SIGUSR2 (since 1.0.1) */
  USR2: 12,
  /** SIGPIPE (since 1.0.1) */
  PIPE: 13,
  /** SIGALRM (since 1.0.1) */
  ALRM: 14,
  /** SIGTERM (since 1.0.1) */
  TERM: 15,
  /** Not in POSIX (SIGSTKFLT on Linux ) (since 1.0.1) */
  STKFLT: 16,
  /** SIGCHLD (since 1.0.1) */
  CHLD: 17,
  /** SIGCONT (since 1.0.1) */
  CONT: 18,
  /** SIGSTOP (since 1.0.1) */
  STOP: 19,
  /** SIGTSTP (since 1.0.1) */
  TSTP: 20,
  /** SIGTTIN (since 1.0.1) */
  TTIN: 21,
  /** SIGTTOU (since 1.0.1) */
  TTOU: 22,
  /** SIGURG (since 1.0.1) */
  URG: 23,
  /** SIGXCPU (since 1.0.1) */
  XCPU: 24,
  /** SIGXFSZ (since 1.0.1) */
  XFSZ: 25,
  /** SIGVTALRM (since 1.0.1) */
  VTALRM: 26,
  /** SIGPROF (since 1.0.1) */
  PROF: 27,
  /** Not in POSIX (SIGWINCH on Linux) (since 1.0.1) */
  WINCH: 28,
  /** SIGPOLL (also known as SIGIO on Linux) (since 1.0.1) */
  POLL: 29,
  /** Not in POSIX (SIGPWR on Linux) (since 1.0.1) */
  PWR: 30,
  /** SIGSYS (also known as SIGUNUSED on Linux) (since 1.0.1) */
  SYS: 31,
  /** SIGRTMIN (since 1.0.1) */
  RT0: 32,
  /** SIGRTMIN + 1 (since 1.0.1) */
  RT1: 33,
  /** SIGRTMIN + 2 (since 1.0.1) */
  RT2: 34,
  /** SIGRTMIN + 3 (since 1.0.1) */
  RT3: 35,
  /** SIGRTMIN + 4 (since 1.0.1) */
  RT4: 36,
  /** SIGRTMIN + 5 (since 1.0.1) */
  RT5: 37,
  /** SIGRTMIN + 6 (since 1.0.1) */
  RT6: 38,
  /** SIGRTMIN + 7 (since 1.0.1) */
  RT7: 39,
  /** SIGRTMIN + 8 (since 1.0.1) */
  RT8: 40,
  /** SIGRTMIN + 9 (since 1.0.1) */
  RT9: 41,
  /** SIGRTMIN + 10 (since 1.0.1) */
  RT10: 42,
  /** SIGRTMIN + 11 (since 1.0.1) */
  RT11: 43,
  /** SIGRTMIN + 12 (since 1.0.1) */
  RT12: 44,
  /** SIGRTMIN + 13 (since 1.0.1) */
  RT13: 45,
  /** SIGRTMIN + 14 (since 1.0.1) */
  RT14: 46,
  /** SIGRTMIN + 15 (since 1.0.1) */
  RT15: 47,
  /** SIGRTMIN + 16 (since 1.0.1) */
  RT16: 48,
  /** SIGRTMIN + 17 (since 1.0.1) */
  RT17: 49,
  /** SIGRTMIN + 18 (since 1.0.1) */
  RT18: 50,
  /** SIGRTMIN + 19 (since 1.0.1) */
  RT19: 51,
  /** SIGRTMIN + 20 (since 1.0.1) */
  RT20: 52,
  /** SIGRTMIN + 21 (since 1.0.1) */
  RT21: 53,
  /** SIGRTMIN + 22 (since 1.0.1) */
  RT22: 54,
  /** SIGRTMIN + 23 (since 1.0.1) */
  RT23: 55,
  /** SIGRTMIN + 24 (since 1.0.1) */
  RT24: 56,
  /** SIGRTMIN + 25 (since 1.0.1) */
  RT25: 57,
  /** SIGRTMIN + 26 (since 1.0.1) */
  RT26: 58,
  /** SIGRTMIN + 27 (since 1.0.1) */
  RT27: 59,
  /** SIGRTMIN + 28 (since 1.0.1) */
  RT28: 60,
  /** SIGRTMIN + 29 (since 1.0.1) */
  RT29: 61,
  /** SIGRTMIN + 30 (since 1.0.1) */
  RT30: 62,
  /** SIGRTMIN + 31 (since 1.0.1) */
  RT31: 63,
  /** SIGRTMIN + 32 / SIGRTMAX (since 1.0.1) */
  RT32: 64,
} as const;
type DomainProcessSignal = (typeof DomainProcessSignal)[keyof typeof DomainProcessSignal];

/** virDomainEventType, declared in include/libvirt/libvirt-domain.h:3743 (since 0.5.0). */
const DomainEventType = {
  /** (since 0.5.0) */
  DEFINED: 0,
  /** (since 0.5.0) */
  UNDEFINED: 1,
  /** (since 0.5.0) */
  STARTED: 2,
  /** (since 0.5.0) */
  SUSPENDED: 3,
  /** (since 0.5.0) */
  RESUMED: 4,
  /** (since 0.5.0) */
  STOPPED: 5,
  /** (since 0.9.8) */
  SHUTDOWN: 6,
  /** (since 0.10.2) */
  PMSUSPENDED: 7,
  /** (since 1.1.1) */
  CRASHED: 8,
} as const;
type DomainEventType = (typeof DomainEventType)[keyof typeof DomainEventType];

/** virDomainEventDefinedDetailType, declared in include/libvirt/libvirt-domain.h:3766 (since 0.5.0). */
const DomainEventDefinedDetailType = {
  /** Newly created config file (since 0.5.0) */
  ADDED: 0,
  /** Changed config file (since 0.5.0) */
  UPDATED: 1,
  /** Domain was renamed (since 1.2.19) */
  RENAMED: 2,
  /** Config was restored from a snapshot (since 1.3.3) */
  FROM_SNAPSHOT: 3,
} as const;
type DomainEventDefinedDetailType = (typeof DomainEventDefinedDetailType)[keyof typeof DomainEventDefinedDetailType];

/** virDomainEventUndefinedDetailType, declared in include/libvirt/libvirt-domain.h:3784 (since 0.5.0). */
const DomainEventUndefinedDetailType = {
  /** Deleted the config file (since 0.5.0) */
  REMOVED: 0,
  /** Domain was renamed (since 1.2.19) */
  RENAMED: 1,
} as const;
type DomainEventUndefinedDetailType = (typeof DomainEventUndefinedDetailType)[keyof typeof DomainEventUndefinedDetailType];

/** virDomainEventStartedDetailType, declared in include/libvirt/libvirt-domain.h:3800 (since 0.5.0). */
const DomainEventStartedDetailType = {
  /** Normal startup from boot (since 0.5.0) */
  BOOTED: 0,
  /** Incoming migration from another host (since 0.5.0) */
  MIGRATED: 1,
  /** Restored from a state file (since 0.5.0) */
  RESTORED: 2,
  /** Restored from snapshot (since 0.8.0) */
  FROM_SNAPSHOT: 3,
  /** Started due to wakeup event (since 0.9.11) */
  WAKEUP: 4,
} as const;
type DomainEventStartedDetailType = (typeof DomainEventStartedDetailType)[keyof typeof DomainEventStartedDetailType];

/** virDomainEventSuspendedDetailType, declared in include/libvirt/libvirt-domain.h:3819 (since 0.5.0). */
const DomainEventSuspendedDetailType = {
  /** Normal suspend due to admin pause (since 0.5.0) */
  PAUSED: 0,
  /** Suspended for offline migration (since 0.5.0) */
  MIGRATED: 1,
  /** Suspended due to a disk I/O error (since 0.8.0) */
  IOERROR: 2,
  /** Suspended due to a watchdog firing (since 0.8.0) */
  WATCHDOG: 3,
  /** Restored from paused state file (since 0.9.5) */
  RESTORED: 4,
  /** Restored from paused snapshot (since 0.9.5) */
  FROM_SNAPSHOT: 5,
  /** suspended after failure during libvirt API call (since 1.0.1) */
  API_ERROR: 6,
  /** suspended for post-copy migration (since 1.3.3) */
  POSTCOPY: 7,
  /** suspended after failed post-copy (since 1.3.3) */
  POSTCOPY_FAILED: 8,
} as const;
type DomainEventSuspendedDetailType = (typeof DomainEventSuspendedDetailType)[keyof typeof DomainEventSuspendedDetailType];

/** virDomainEventResumedDetailType, declared in include/libvirt/libvirt-domain.h:3842 (since 0.5.0). */
const DomainEventResumedDetailType = {
  /** Normal resume due to admin unpause (since 0.5.0) */
  UNPAUSED: 0,
  /** Resumed for completion of migration (since 0.5.0) */
  MIGRATED: 1,
  /** Resumed from snapshot (since 0.9.5) */
  FROM_SNAPSHOT: 2,
  /** Resumed, but migration is still running in post-copy mode (since 1.3.3) */
  POSTCOPY: 3,
  /** Running, but migration failed in post-copy (since 8.5.0) */
  POSTCOPY_FAILED: 4,
} as const;
type DomainEventResumedDetailType = (typeof DomainEventResumedDetailType)[keyof typeof DomainEventResumedDetailType];

/** virDomainEventStoppedDetailType, declared in include/libvirt/libvirt-domain.h:3862 (since 0.5.0). */
const DomainEventStoppedDetailType = {
  /** Normal shutdown (since 0.5.0) */
  SHUTDOWN: 0,
  /** Forced poweroff from host (since 0.5.0) */
  DESTROYED: 1,
  /** Guest crashed (since 0.5.0) */
  CRASHED: 2,
  /** Migrated off to another host (since 0.5.0) */
  MIGRATED: 3,
  /** Saved to a state file (since 0.5.0) */
  SAVED: 4,
  /** Host emulator/mgmt failed (since 0.5.0) */
  FAILED: 5,
  /** offline snapshot loaded (since 0.8.0) */
  FROM_SNAPSHOT: 6,
} as const;
type DomainEventStoppedDetailType = (typeof DomainEventStoppedDetailType)[keyof typeof DomainEventStoppedDetailType];

/** virDomainEventShutdownDetailType, declared in include/libvirt/libvirt-domain.h:3884 (since 0.9.8). */
const DomainEventShutdownDetailType = {
  /** Domain finished shutting down after request from the guest itself (e.g. hardware-specific action) (since 3.4.0) */
  FINISHED: 0,
  /** Domain finished shutting down after request from the host (e.g. killed by a signal) * Since: 3.4.0 (since 3.4.0) */
  GUEST: 1,
  HOST: 2,
} as const;
type DomainEventShutdownDetailType = (typeof DomainEventShutdownDetailType)[keyof typeof DomainEventShutdownDetailType];

/** virDomainEventPMSuspendedDetailType, declared in include/libvirt/libvirt-domain.h:3911 (since 0.10.2). */
const DomainEventPMSuspendedDetailType = {
  /** Guest was PM suspended to memory (since 0.10.2) */
  MEMORY: 0,
  /** Guest was PM suspended to disk (since 1.0.0) */
  DISK: 1,
} as const;
type DomainEventPMSuspendedDetailType = (typeof DomainEventPMSuspendedDetailType)[keyof typeof DomainEventPMSuspendedDetailType];

/** virDomainEventCrashedDetailType, declared in include/libvirt/libvirt-domain.h:3927 (since 1.1.1). */
const DomainEventCrashedDetailType = {
  /** Guest was panicked (since 1.1.1) */
  PANICKED: 0,
  /** Guest was crashloaded (since 6.1.0) */
  CRASHLOADED: 1,
} as const;
type DomainEventCrashedDetailType = (typeof DomainEventCrashedDetailType)[keyof typeof DomainEventCrashedDetailType];

/** virDomainMemoryFailureRecipientType, declared in include/libvirt/libvirt-domain.h:3943 (since 6.9.0). */
const DomainMemoryFailureRecipientType = {
  /** memory failure at guest memory address space (since 6.9.0) */
  HYPERVISOR: 0,
  GUEST: 1,
} as const;
type DomainMemoryFailureRecipientType = (typeof DomainMemoryFailureRecipientType)[keyof typeof DomainMemoryFailureRecipientType];

/** virDomainMemoryFailureActionType, declared in include/libvirt/libvirt-domain.h:3963 (since 6.9.0). */
const DomainMemoryFailureActionType = {
  /** memory failure occurred in guest memory, the guest enabled MCE handling mechanism, and hypervisor could inject the MCE into the guest successfully. * Since: 6.9.0 (since 6.9.0) */
  IGNORE: 0,
  /** the failure is unrecoverable. This occurs for action-required failures if the recipient is the hypervisor; hypervisor will exit. * Since: 6.9.0 (since 6.9.0) */
  INJECT: 1,
  /** the failure is unrecoverable but confined to the guest. This occurs if the recipient is a guest which is not ready to handle memory failures. * Since: 6.9.0 (since 6.9.0) */
  FATAL: 2,
  RESET: 3,
} as const;
type DomainMemoryFailureActionType = (typeof DomainMemoryFailureActionType)[keyof typeof DomainMemoryFailureActionType];

/** virDomainMemoryFailureFlags, declared in include/libvirt/libvirt-domain.h:4004 (since 6.9.0). */
const DomainMemoryFailureFlags = {
  /** whether the failure occurred while the previous failure was still in progress. * Since: 6.9.0 (since 6.9.0) */
  ACTION_REQUIRED: 1,
  RECURSIVE: 2,
} as const;
type DomainMemoryFailureFlags = (typeof DomainMemoryFailureFlags)[keyof typeof DomainMemoryFailureFlags];

/** virDomainJobType, declared in include/libvirt/libvirt-domain.h:4056 (since 0.7.7). */
const DomainJobType = {
  /** No job is active (since 0.7.7) */
  NONE: 0,
  /** Job with a finite completion time (since 0.7.7) */
  BOUNDED: 1,
  /** Job without a finite completion time (since 0.7.7) */
  UNBOUNDED: 2,
  /** Job has finished, but isn't cleaned up (since 0.7.7) */
  COMPLETED: 3,
  /** Job hit error, but isn't cleaned up (since 0.7.7) */
  FAILED: 4,
  /** Job was aborted, but isn't cleaned up (since 0.7.7) */
  CANCELLED: 5,
} as const;
type DomainJobType = (typeof DomainJobType)[keyof typeof DomainJobType];

/** virDomainGetJobStatsFlags, declared in include/libvirt/libvirt-domain.h:4124 (since 1.2.9). */
const DomainGetJobStatsFlags = {
  /** return stats of a recently completed job (since 1.2.9) */
  COMPLETED: 1,
  /** don't remove completed stats when reading them (since 6.0.0) */
  KEEP_COMPLETED: 2,
} as const;
type DomainGetJobStatsFlags = (typeof DomainGetJobStatsFlags)[keyof typeof DomainGetJobStatsFlags];

/** virDomainAbortJobFlagsValues, declared in include/libvirt/libvirt-domain.h:4147 (since 8.5.0). */
const DomainAbortJobFlagsValues = {
  POSTCOPY: 1,
} as const;
type DomainAbortJobFlagsValues = (typeof DomainAbortJobFlagsValues)[keyof typeof DomainAbortJobFlagsValues];

/** virDomainJobOperation, declared in include/libvirt/libvirt-domain.h:4164 (since 3.3.0). */
const DomainJobOperation = {
  /** (since 3.3.0) */
  UNKNOWN: 0,
  /** (since 3.3.0) */
  START: 1,
  /** (since 3.3.0) */
  SAVE: 2,
  /** (since 3.3.0) */
  RESTORE: 3,
  /** (since 3.3.0) */
  MIGRATION_IN: 4,
  /** (since 3.3.0) */
  MIGRATION_OUT: 5,
  /** (since 3.3.0) */
  SNAPSHOT: 6,
  /** (since 3.3.0) */
  SNAPSHOT_REVERT: 7,
  /** (since 3.3.0) */
  DUMP: 8,
  /** (since 6.0.0) */
  BACKUP: 9,
  /** (since 9.0.0) */
  SNAPSHOT_DELETE: 10,
} as const;
type DomainJobOperation = (typeof DomainJobOperation)[keyof typeof DomainJobOperation];

/** virDomainEventWatchdogAction, declared in include/libvirt/libvirt-domain.h:4628 (since 0.8.0). */
const DomainEventWatchdogAction = {
  /** No action, watchdog ignored (since 0.8.0) */
  NONE: 0,
  /** Guest CPUs are paused (since 0.8.0) */
  PAUSE: 1,
  /** Guest CPUs are reset (since 0.8.0) */
  RESET: 2,
  /** Guest is forcibly powered off (since 0.8.0) */
  POWEROFF: 3,
  /** Guest is requested to gracefully shutdown (since 0.8.0) */
  SHUTDOWN: 4,
  /** No action, a debug message logged (since 0.8.0) */
  DEBUG: 5,
  /** Inject a non-maskable interrupt into guest (since 1.2.17) */
  INJECTNMI: 6,
} as const;
type DomainEventWatchdogAction = (typeof DomainEventWatchdogAction)[keyof typeof DomainEventWatchdogAction];

/** virDomainEventIOErrorAction, declared in include/libvirt/libvirt-domain.h:4666 (since 0.8.0). */
const DomainEventIOErrorAction = {
  /** No action, IO error ignored (since 0.8.0) */
  NONE: 0,
  /** Guest CPUs are paused (since 0.8.0) */
  PAUSE: 1,
  /** IO error reported to guest OS (since 0.8.0) */
  REPORT: 2,
} as const;
type DomainEventIOErrorAction = (typeof DomainEventIOErrorAction)[keyof typeof DomainEventIOErrorAction];

/** virDomainEventGraphicsPhase, declared in include/libvirt/libvirt-domain.h:4734 (since 0.8.0). */
const DomainEventGraphicsPhase = {
  /** Initial socket connection established (since 0.8.0) */
  CONNECT: 0,
  /** Authentication & setup completed (since 0.8.0) */
  INITIALIZE: 1,
  /** Final socket disconnection (since 0.8.0) */
  DISCONNECT: 2,
} as const;
type DomainEventGraphicsPhase = (typeof DomainEventGraphicsPhase)[keyof typeof DomainEventGraphicsPhase];

/** virDomainEventGraphicsAddressType, declared in include/libvirt/libvirt-domain.h:4751 (since 0.8.0). */
const DomainEventGraphicsAddressType = {
  /** IPv4 address (since 0.8.0) */
  IPV4: 0,
  /** IPv6 address (since 0.8.0) */
  IPV6: 1,
  /** UNIX socket path (since 0.9.7) */
  UNIX: 2,
} as const;
type DomainEventGraphicsAddressType = (typeof DomainEventGraphicsAddressType)[keyof typeof DomainEventGraphicsAddressType];

/** virConnectDomainEventBlockJobStatus, declared in include/libvirt/libvirt-domain.h:4881 (since 0.9.4). */
const ConnectDomainEventBlockJobStatus = {
  /** (since 0.9.4) */
  COMPLETED: 0,
  /** (since 0.9.4) */
  FAILED: 1,
  /** (since 0.9.12) */
  CANCELED: 2,
  /** (since 1.0.0) */
  READY: 3,
} as const;
type ConnectDomainEventBlockJobStatus = (typeof ConnectDomainEventBlockJobStatus)[keyof typeof ConnectDomainEventBlockJobStatus];

/** virConnectDomainEventDiskChangeReason, declared in include/libvirt/libvirt-domain.h:4932 (since 0.9.7). */
const ConnectDomainEventDiskChangeReason = {
  /** Disk was dropped from domain as source file was missing. oldSrcPath is set, newSrcPath is NULL * Since: 1.1.2 (since 1.1.2) */
  CHANGE_MISSING_ON_START: 0,
  DROP_MISSING_ON_START: 1,
} as const;
type ConnectDomainEventDiskChangeReason = (typeof ConnectDomainEventDiskChangeReason)[keyof typeof ConnectDomainEventDiskChangeReason];

/** virDomainEventTrayChangeReason, declared in include/libvirt/libvirt-domain.h:4988 (since 0.9.11). */
const DomainEventTrayChangeReason = {
  /** (since 0.9.11) */
  OPEN: 0,
  /** (since 0.9.11) */
  CLOSE: 1,
} as const;
type DomainEventTrayChangeReason = (typeof DomainEventTrayChangeReason)[keyof typeof DomainEventTrayChangeReason];

/** virConnectDomainEventAgentLifecycleState, declared in include/libvirt/libvirt-domain.h:5600 (since 1.2.11). */
const ConnectDomainEventAgentLifecycleState = {
  /** agent connected (since 1.2.11) */
  CONNECTED: 1,
  /** agent disconnected (since 1.2.11) */
  DISCONNECTED: 2,
} as const;
type ConnectDomainEventAgentLifecycleState =
  (typeof ConnectDomainEventAgentLifecycleState)[keyof typeof ConnectDomainEventAgentLifecycleState];

/** virConnectDomainEventAgentLifecycleReason, declared in include/libvirt/libvirt-domain.h:5614 (since 1.2.11). */
const ConnectDomainEventAgentLifecycleReason = {
  /** unknown state change reason (since 1.2.11) */
  UNKNOWN: 0,
  /** state changed due to domain start (since 1.2.11) */
  DOMAIN_STARTED: 1,
  /** channel state changed (since 1.2.11) */
  CHANNEL: 2,
} as const;
type ConnectDomainEventAgentLifecycleReason =
  (typeof ConnectDomainEventAgentLifecycleReason)[keyof typeof ConnectDomainEventAgentLifecycleReason];

/** virDomainEventID, declared in include/libvirt/libvirt-domain.h:5751 (since 0.8.0). */
const DomainEventID = {
  /** virConnectDomainEventCallback (since 0.8.0) */
  LIFECYCLE: 0,
  /** virConnectDomainEventGenericCallback (since 0.8.0) */
  REBOOT: 1,
  /** virConnectDomainEventRTCChangeCallback (since 0.8.0) */
  RTC_CHANGE: 2,
  /** virConnectDomainEventWatchdogCallback (since 0.8.0) */
  WATCHDOG: 3,
  /** virConnectDomainEventIOErrorCallback (since 0.8.0) */
  IO_ERROR: 4,
  /** virConnectDomainEventGraphicsCallback (since 0.8.0) */
  GRAPHICS: 5,
  /** virConnectDomainEventIOErrorReasonCallback (since 0.8.1) */
  IO_ERROR_REASON: 6,
  /** virConnectDomainEventGenericCallback (since 0.9.2) */
  CONTROL_ERROR: 7,
  /** virConnectDomainEventBlockJobCallback (since 0.9.4) */
  BLOCK_JOB: 8,
  /** virConnectDomainEventDiskChangeCallback (since 0.9.7) */
  DISK_CHANGE: 9,
  /** virConnectDomainEventTrayChangeCallback (since 0.9.11) */
  TRAY_CHANGE: 10,
  /** virConnectDomainEventPMWakeupCallback (since 0.9.11) */
  PMWAKEUP: 11,
  /** virConnectDomainEventPMSuspendCallback (since 0.9.11) */
  PMSUSPEND: 12,
  /** virConnectDomainEventBalloonChangeCallback (since 0.10.0) */
  BALLOON_CHANGE: 13,
  /** virConnectDomainEventPMSuspendDiskCallback (since 1.0.0) */
  PMSUSPEND_DISK: 14,
  /** virConnectDomainEventDeviceRemovedCallback (since 1.1.1) */
  DEVICE_REMOVED: 15,
  /** virConnectDomainEventBlockJobCallback (since 1.2.6) */
  BLOCK_JOB_2: 16,
  /** virConnectDomainEventTunableCallback (since 1.2.9) */
  TUNABLE: 17,
  /** virConnectDomainEventAgentLifecycleCallback (since 1.2.11) */
  AGENT_LIFECYCLE: 18,
  /** virConnectDomainEventDeviceAddedCallback (since 1.2.15) */
  DEVICE_ADDED: 19,
  /** virConnectDomainEventMigrationIterationCallback (since 1.3.2) */
  MIGRATION_ITERATION: 20,
  /** virConnectDomainEventJobCompletedCallback (since 1.3.3) */
  JOB_COMPLETED: 21,
  /** virConnectDomainEventDeviceRemovalFailedCallback (since 1.3.4) */
  DEVICE_REMOVAL_FAILED: 22,
  /** virConnectDomainEventMetadataChangeCallback (since 3.0.0) */
  METADATA_CHANGE: 23,
  /** virConnectDomainEventBlockThresholdCallback (since 3.2.0) */
  BLOCK_THRESHOLD: 24,
  /** virConnectDomainEventMemoryFailureCallback (since 6.9.0) */
  MEMORY_FAILURE: 25,
  /** virConnectDomainEventMemoryDeviceSizeChangeCallback (since 7.9.0) */
  MEMORY_DEVICE_SIZE_CHANGE: 26,
} as const;
type DomainEventID = (typeof DomainEventID)[keyof typeof DomainEventID];

/** virDomainConsoleFlags, declared in include/libvirt/libvirt-domain.h:5810 (since 0.9.11). */
const DomainConsoleFlags = {
  /** abort a (possibly) active console connection to force a new connection (since 0.9.11) */
  FORCE: 1,
  /** check if the console driver supports safe console operations (since 0.9.11) */
  SAFE: 2,
} as const;
type DomainConsoleFlags = (typeof DomainConsoleFlags)[keyof typeof DomainConsoleFlags];

/** virDomainChannelFlags, declared in include/libvirt/libvirt-domain.h:5829 (since 1.0.2). */
const DomainChannelFlags = {
  /** abort a (possibly) active channel connection to force a new connection (since 1.0.2) */
  FORCE: 1,
} as const;
type DomainChannelFlags = (typeof DomainChannelFlags)[keyof typeof DomainChannelFlags];

/** virDomainOpenGraphicsFlags, declared in include/libvirt/libvirt-domain.h:5845 (since 0.9.7). */
const DomainOpenGraphicsFlags = {
  /** (since 0.9.7) */
  SKIPAUTH: 1,
} as const;
type DomainOpenGraphicsFlags = (typeof DomainOpenGraphicsFlags)[keyof typeof DomainOpenGraphicsFlags];

/** virDomainSetTimeFlags, declared in include/libvirt/libvirt-domain.h:5914 (since 1.2.5). */
const DomainSetTimeFlags = {
  /** Re-sync domain time from domain's RTC (since 1.2.5) */
  SYNC: 1,
} as const;
type DomainSetTimeFlags = (typeof DomainSetTimeFlags)[keyof typeof DomainSetTimeFlags];

/** virSchedParameterType, declared in include/libvirt/libvirt-domain.h:5931 (since 0.2.3). */
const SchedParameterType = {
  /** (since 0.2.3) */
  INT: 1,
  /** (since 0.2.3) */
  UINT: 2,
  /** (since 0.2.3) */
  LLONG: 3,
  /** (since 0.2.3) */
  ULLONG: 4,
  /** (since 0.2.3) */
  DOUBLE: 5,
  /** (since 0.2.3) */
  BOOLEAN: 6,
} as const;
type SchedParameterType = (typeof SchedParameterType)[keyof typeof SchedParameterType];

/** virBlkioParameterType, declared in include/libvirt/libvirt-domain.h:5988 (since 0.9.0). */
const BlkioParameterType = {
  /** (since 0.9.0) */
  INT: 1,
  /** (since 0.9.0) */
  UINT: 2,
  /** (since 0.9.0) */
  LLONG: 3,
  /** (since 0.9.0) */
  ULLONG: 4,
  /** (since 0.9.0) */
  DOUBLE: 5,
  /** (since 0.9.0) */
  BOOLEAN: 6,
} as const;
type BlkioParameterType = (typeof BlkioParameterType)[keyof typeof BlkioParameterType];

/** virMemoryParameterType, declared in include/libvirt/libvirt-domain.h:6045 (since 0.8.5). */
const MemoryParameterType = {
  /** (since 0.8.5) */
  INT: 1,
  /** (since 0.8.5) */
  UINT: 2,
  /** (since 0.8.5) */
  LLONG: 3,
  /** (since 0.8.5) */
  ULLONG: 4,
  /** (since 0.8.5) */
  DOUBLE: 5,
  /** (since 0.8.5) */
  BOOLEAN: 6,
} as const;
type MemoryParameterType = (typeof MemoryParameterType)[keyof typeof MemoryParameterType];

/** virDomainInterfaceAddressesSource, declared in include/libvirt/libvirt-domain.h:6099 (since 1.2.14). */
const DomainInterfaceAddressesSource = {
  /** Parse DHCP lease file (since 1.2.14) */
  LEASE: 0,
  /** Query qemu guest agent (since 1.2.14) */
  AGENT: 1,
  /** Query ARP tables (since 4.2.0) */
  ARP: 2,
} as const;
type DomainInterfaceAddressesSource = (typeof DomainInterfaceAddressesSource)[keyof typeof DomainInterfaceAddressesSource];

/** virDomainSetUserPasswordFlags, declared in include/libvirt/libvirt-domain.h:6160 (since 1.2.16). */
const DomainSetUserPasswordFlags = {
  /** the password is already encrypted (since 1.2.16) */
  ENCRYPTED: 1,
} as const;
type DomainSetUserPasswordFlags = (typeof DomainSetUserPasswordFlags)[keyof typeof DomainSetUserPasswordFlags];

/** virDomainLifecycle, declared in include/libvirt/libvirt-domain.h:6198 (since 3.9.0). */
const DomainLifecycle = {
  /** (since 3.9.0) */
  POWEROFF: 0,
  /** (since 3.9.0) */
  REBOOT: 1,
  /** (since 3.9.0) */
  CRASH: 2,
} as const;
type DomainLifecycle = (typeof DomainLifecycle)[keyof typeof DomainLifecycle];

/** virDomainLifecycleAction, declared in include/libvirt/libvirt-domain.h:6213 (since 3.9.0). */
const DomainLifecycleAction = {
  /** (since 3.9.0) */
  DESTROY: 0,
  /** (since 3.9.0) */
  RESTART: 1,
  /** (since 3.9.0) */
  RESTART_RENAME: 2,
  /** (since 3.9.0) */
  PRESERVE: 3,
  /** (since 3.9.0) */
  COREDUMP_DESTROY: 4,
  /** (since 3.9.0) */
  COREDUMP_RESTART: 5,
} as const;
type DomainLifecycleAction = (typeof DomainLifecycleAction)[keyof typeof DomainLifecycleAction];

/** virDomainGuestInfoTypes, declared in include/libvirt/libvirt-domain.h:6337 (since 5.7.0). */
const DomainGuestInfoTypes = {
  /** return active users (since 5.7.0) */
  USERS: 1,
  /** return OS information (since 5.7.0) */
  OS: 2,
  /** return timezone information (since 5.7.0) */
  TIMEZONE: 4,
  /** return hostname information (since 5.7.0) */
  HOSTNAME: 8,
  /** return filesystem information (since 5.7.0) */
  FILESYSTEM: 16,
  /** return disks information (since 7.0.0) */
  DISKS: 32,
  /** return interfaces information (since 7.10.0) */
  INTERFACES: 64,
} as const;
type DomainGuestInfoTypes = (typeof DomainGuestInfoTypes)[keyof typeof DomainGuestInfoTypes];

/** virDomainAgentResponseTimeoutValues, declared in include/libvirt/libvirt-domain.h:6358 (since 5.10.0). */
const DomainAgentResponseTimeoutValues = {
  /** (since 5.10.0) */
  BLOCK: -2,
  /** (since 5.10.0) */
  DEFAULT: -1,
  /** (since 5.10.0) */
  NOWAIT: 0,
} as const;
type DomainAgentResponseTimeoutValues = (typeof DomainAgentResponseTimeoutValues)[keyof typeof DomainAgentResponseTimeoutValues];

/** virDomainBackupBeginFlags, declared in include/libvirt/libvirt-domain.h:6373 (since 6.0.0). */
const DomainBackupBeginFlags = {
  /** reuse separately provided images (since 6.0.0) */
  REUSE_EXTERNAL: 1,
} as const;
type DomainBackupBeginFlags = (typeof DomainBackupBeginFlags)[keyof typeof DomainBackupBeginFlags];

/** virDomainAuthorizedSSHKeysSetFlags, declared in include/libvirt/libvirt-domain.h:6396 (since 6.10.0). */
const DomainAuthorizedSSHKeysSetFlags = {
  /** don't truncate file, just append (since 6.10.0) */
  APPEND: 1,
  /** remove keys, instead of adding them (since 6.10.0) */
  REMOVE: 2,
} as const;
type DomainAuthorizedSSHKeysSetFlags = (typeof DomainAuthorizedSSHKeysSetFlags)[keyof typeof DomainAuthorizedSSHKeysSetFlags];

/** virDomainMessageType, declared in include/libvirt/libvirt-domain.h:6413 (since 7.1.0). */
const DomainMessageType = {
  /** (since 7.1.0) */
  DEPRECATION: 1,
  /** (since 7.1.0) */
  TAINTING: 2,
} as const;
type DomainMessageType = (typeof DomainMessageType)[keyof typeof DomainMessageType];

/** virDomainDirtyRateStatus, declared in include/libvirt/libvirt-domain.h:6429 (since 7.2.0). */
const DomainDirtyRateStatus = {
  /** the dirtyrate calculation has not been started (since 7.2.0) */
  UNSTARTED: 0,
  /** the dirtyrate calculation is measuring (since 7.2.0) */
  MEASURING: 1,
  /** the dirtyrate calculation is completed (since 7.2.0) */
  MEASURED: 2,
} as const;
type DomainDirtyRateStatus = (typeof DomainDirtyRateStatus)[keyof typeof DomainDirtyRateStatus];

/** virDomainDirtyRateCalcFlags, declared in include/libvirt/libvirt-domain.h:6451 (since 8.1.0). */
const DomainDirtyRateCalcFlags = {
  /** default mode - page-sampling (since 8.1.0) */
  PAGE_SAMPLING: 0,
  /** dirty-bitmap mode (since 8.1.0) */
  DIRTY_BITMAP: 1,
  /** dirty-ring mode (since 8.1.0) */
  DIRTY_RING: 2,
} as const;
type DomainDirtyRateCalcFlags = (typeof DomainDirtyRateCalcFlags)[keyof typeof DomainDirtyRateCalcFlags];

/** virDomainFDAssociateFlags, declared in include/libvirt/libvirt-domain.h:6467 (since 9.0.0). */
const DomainFDAssociateFlags = {
  /** Use a seclabel allowing writes for the FD even if usage implies read-only mode (since 9.0.0) */
  RESTORE: 1,
  WRITABLE: 2,
} as const;
type DomainFDAssociateFlags = (typeof DomainFDAssociateFlags)[keyof typeof DomainFDAssociateFlags];

/** virDomainCheckpointCreateFlags, declared in include/libvirt/libvirt-domain-checkpoint.h:62 (since 5.6.0). */
const DomainCheckpointCreateFlags = {
  /** Restore or alter metadata (since 5.6.0) */
  REDEFINE: 1,
  /** use guest agent to quiesce all mounted file systems within the domain (since 5.6.0) */
  QUIESCE: 2,
  /** validate disk data state when redefining a checkpoint (since 6.10.0) */
  REDEFINE_VALIDATE: 4,
} as const;
type DomainCheckpointCreateFlags = (typeof DomainCheckpointCreateFlags)[keyof typeof DomainCheckpointCreateFlags];

/** virDomainCheckpointXMLFlags, declared in include/libvirt/libvirt-domain-checkpoint.h:82 (since 5.6.0). */
const DomainCheckpointXMLFlags = {
  /** Include sensitive data (since 5.6.0) */
  SECURE: 1,
  /** Suppress <domain> subelement (since 5.6.0) */
  NO_DOMAIN: 2,
  /** Include dynamic per-<disk> size (since 5.6.0) */
  SIZE: 4,
} as const;
type DomainCheckpointXMLFlags = (typeof DomainCheckpointXMLFlags)[keyof typeof DomainCheckpointXMLFlags];

/** virDomainCheckpointListFlags, declared in include/libvirt/libvirt-domain-checkpoint.h:106 (since 5.6.0). */
const DomainCheckpointListFlags = {
  /** Filter by checkpoints with no parents, when listing a domain (since 5.6.0) */
  ROOTS: 1,
  /** List all descendants, not just children, when listing a checkpoint (since 5.6.0) */
  DESCENDANTS: 1,
  /** Ensure parents occur before children in the resulting list (since 5.6.0) */
  TOPOLOGICAL: 2,
  /** Filter by checkpoints with no children (since 5.6.0) */
  LEAVES: 4,
  /** Filter by checkpoints that have children (since 5.6.0) */
  NO_LEAVES: 8,
} as const;
type DomainCheckpointListFlags = (typeof DomainCheckpointListFlags)[keyof typeof DomainCheckpointListFlags];

/** virDomainCheckpointDeleteFlags, declared in include/libvirt/libvirt-domain-checkpoint.h:149 (since 5.6.0). */
const DomainCheckpointDeleteFlags = {
  /** Also delete children (since 5.6.0) */
  CHILDREN: 1,
  /** Delete just metadata (since 5.6.0) */
  METADATA_ONLY: 2,
  /** Delete just children (since 5.6.0) */
  CHILDREN_ONLY: 4,
} as const;
type DomainCheckpointDeleteFlags = (typeof DomainCheckpointDeleteFlags)[keyof typeof DomainCheckpointDeleteFlags];

/** virDomainSnapshotCreateFlags, declared in include/libvirt/libvirt-domain-snapshot.h:61 (since 0.9.5). */
const DomainSnapshotCreateFlags = {
  /** Restore or alter metadata (since 0.9.5) */
  REDEFINE: 1,
  /** With redefine, make snapshot current (since 0.9.5) */
  CURRENT: 2,
  /** Make snapshot without remembering it (since 0.9.5) */
  NO_METADATA: 4,
  /** Stop running guest after snapshot (since 0.9.5) */
  HALT: 8,
  /** disk snapshot, not full system (since 0.9.5) */
  DISK_ONLY: 16,
  /** reuse any existing external files (since 0.9.10) */
  REUSE_EXT: 32,
  /** use guest agent to quiesce all mounted file systems within the domain (since 0.9.10) */
  QUIESCE: 64,
  /** atomically avoid partial changes (since 0.9.11) */
  ATOMIC: 128,
  /** create the snapshot while the guest is running (since 1.0.1) */
  LIVE: 256,
  /** validate the XML against the schema (since 5.6.0) */
  VALIDATE: 512,
} as const;
type DomainSnapshotCreateFlags = (typeof DomainSnapshotCreateFlags)[keyof typeof DomainSnapshotCreateFlags];

/** virDomainSnapshotXMLFlags, declared in include/libvirt/libvirt-domain-snapshot.h:96 (since 5.1.0). */
const DomainSnapshotXMLFlags = {
  /** dump security sensitive information too (since 5.1.0) */
  SECURE: 1,
} as const;
type DomainSnapshotXMLFlags = (typeof DomainSnapshotXMLFlags)[keyof typeof DomainSnapshotXMLFlags];

/** virDomainSnapshotListFlags, declared in include/libvirt/libvirt-domain-snapshot.h:118 (since 0.9.5). */
const DomainSnapshotListFlags = {
  /** Filter by snapshots with no parents, when listing a domain (since 0.9.5) */
  ROOTS: 1,
  /** List all descendants, not just children, when listing a snapshot (since 0.9.7) */
  DESCENDANTS: 1,
  /** Filter by snapshots with no children (since 0.9.7) */
  LEAVES: 4,
  /** Filter by snapshots that have children (since 0.9.13) */
  NO_LEAVES: 8,
  /** Filter by snapshots which have metadata (since 0.9.5) */
  METADATA: 2,
  /** Filter by snapshots with no metadata (since 0.9.13) */
  NO_METADATA: 16,
  /** Filter by snapshots taken while guest was shut off (since 1.0.1) */
  INACTIVE: 32,
  /** Filter by snapshots taken while guest was active, and with memory state (since 1.0.1) */
  ACTIVE: 64,
  /** Filter by snapshots taken while guest was active, but without memory state (since 1.0.1) */
  DISK_ONLY: 128,
  /** Filter by snapshots stored internal to disk images (since 1.0.1) */
  INTERNAL: 256,
  /** Filter by snapshots that use files external to disk images (since 1.0.1) */
  EXTERNAL: 512,
  /** Ensure parents occur before children in the resulting list (since 5.2.0) */
  TOPOLOGICAL: 1024,
} as const;
type DomainSnapshotListFlags = (typeof DomainSnapshotListFlags)[keyof typeof DomainSnapshotListFlags];

/** virDomainSnapshotRevertFlags, declared in include/libvirt/libvirt-domain-snapshot.h:216 (since 0.9.5). */
const DomainSnapshotRevertFlags = {
  /** Run after revert (since 0.9.5) */
  RUNNING: 1,
  /** Pause after revert (since 0.9.5) */
  PAUSED: 2,
  /** Allow risky reverts (since 0.9.7) */
  FORCE: 4,
  /** Re-initialize NVRAM from template (since 8.1.0) */
  RESET_NVRAM: 8,
} as const;
type DomainSnapshotRevertFlags = (typeof DomainSnapshotRevertFlags)[keyof typeof DomainSnapshotRevertFlags];

/** virDomainSnapshotDeleteFlags, declared in include/libvirt/libvirt-domain-snapshot.h:237 (since 0.8.0). */
const DomainSnapshotDeleteFlags = {
  /** Also delete children (since 0.8.0) */
  CHILDREN: 1,
  /** Delete just metadata (since 0.9.5) */
  METADATA_ONLY: 2,
  /** Delete just children (since 0.9.5) */
  CHILDREN_ONLY: 4,
} as const;
type DomainSnapshotDeleteFlags = (typeof DomainSnapshotDeleteFlags)[keyof typeof DomainSnapshotDeleteFlags];

/** virEventHandleType, declared in include/libvirt/libvirt-event.h:40 (since 0.5.0). */
const EventHandleType = {
  /** (since 0.5.0) */
  READABLE: 1,
  /** (since 0.5.0) */
  WRITABLE: 2,
  /** (since 0.5.0) */
  ERROR: 4,
  /** (since 0.5.0) */
  HANGUP: 8,
} as const;
type EventHandleType = (typeof EventHandleType)[keyof typeof EventHandleType];

/** virConnectListAllInterfacesFlags, declared in include/libvirt/libvirt-interface.h:67 (since 0.10.2). */
const ConnectListAllInterfacesFlags = {
  /** (since 0.10.2) */
  INACTIVE: 1,
  /** (since 0.10.2) */
  ACTIVE: 2,
} as const;
type ConnectListAllInterfacesFlags = (typeof ConnectListAllInterfacesFlags)[keyof typeof ConnectListAllInterfacesFlags];

/** virInterfaceXMLFlags, declared in include/libvirt/libvirt-interface.h:89 (since 0.7.3). */
const InterfaceXMLFlags = {
  /** dump inactive interface information (since 0.7.3) */
  INACTIVE: 1,
} as const;
type InterfaceXMLFlags = (typeof InterfaceXMLFlags)[keyof typeof InterfaceXMLFlags];

/** virInterfaceDefineFlags, declared in include/libvirt/libvirt-interface.h:98 (since 7.7.0). */
const InterfaceDefineFlags = {
  /** Validate the XML document against schema (since 7.7.0) */
  VALIDATE: 1,
} as const;
type InterfaceDefineFlags = (typeof InterfaceDefineFlags)[keyof typeof InterfaceDefineFlags];

/** virNetworkXMLFlags, declared in include/libvirt/libvirt-network.h:35 (since 0.9.10). */
const NetworkXMLFlags = {
  /** dump inactive network information (since 0.9.10) */
  INACTIVE: 1,
} as const;
type NetworkXMLFlags = (typeof NetworkXMLFlags)[keyof typeof NetworkXMLFlags];

/** virConnectListAllNetworksFlags, declared in include/libvirt/libvirt-network.h:106 (since 0.10.2). */
const ConnectListAllNetworksFlags = {
  /** (since 0.10.2) */
  INACTIVE: 1,
  /** (since 0.10.2) */
  ACTIVE: 2,
  /** (since 0.10.2) */
  PERSISTENT: 4,
  /** (since 0.10.2) */
  TRANSIENT: 8,
  /** (since 0.10.2) */
  AUTOSTART: 16,
  /** (since 0.10.2) */
  NO_AUTOSTART: 32,
} as const;
type ConnectListAllNetworksFlags = (typeof ConnectListAllNetworksFlags)[keyof typeof ConnectListAllNetworksFlags];

/** virNetworkCreateFlags, declared in include/libvirt/libvirt-network.h:135 (since 7.8.0). */
const NetworkCreateFlags = {
  /** Validate the XML document against schema (since 7.8.0) */
  VALIDATE: 1,
} as const;
type NetworkCreateFlags = (typeof NetworkCreateFlags)[keyof typeof NetworkCreateFlags];

/** virNetworkDefineFlags, declared in include/libvirt/libvirt-network.h:152 (since 7.7.0). */
const NetworkDefineFlags = {
  /** Validate the XML document against schema (since 7.7.0) */
  VALIDATE: 1,
} as const;
type NetworkDefineFlags = (typeof NetworkDefineFlags)[keyof typeof NetworkDefineFlags];

/** virNetworkUpdateCommand, declared in include/libvirt/libvirt-network.h:178 (since 0.10.2). */
const NetworkUpdateCommand = {
  /** invalid (since 0.10.2) */
  NONE: 0,
  /** modify an existing element (since 0.10.2) */
  MODIFY: 1,
  /** delete an existing element (since 0.10.2) */
  DELETE: 2,
  /** add an element at end of list (since 0.10.2) */
  ADD_LAST: 3,
  /** add an element at start of list (since 0.10.2) */
  ADD_FIRST: 4,
} as const;
type NetworkUpdateCommand = (typeof NetworkUpdateCommand)[keyof typeof NetworkUpdateCommand];

/** virNetworkUpdateSection, declared in include/libvirt/libvirt-network.h:197 (since 0.10.2). */
const NetworkUpdateSection = {
  /** invalid (since 0.10.2) */
  NONE: 0,
  /** <bridge> (since 0.10.2) */
  BRIDGE: 1,
  /** <domain> (since 0.10.2) */
  DOMAIN: 2,
  /** <ip> (since 0.10.2) */
  IP: 3,
  /** <ip>/<dhcp>/<host> (since 0.10.2) */
  IP_DHCP_HOST: 4,
  /** <ip>/<dhcp>/<range> (since 0.10.2) */
  IP_DHCP_RANGE: 5,
  /** <forward> (since 0.10.2) */
  FORWARD: 6,
  /** <forward>/<interface> (since 0.10.2) */
  FORWARD_INTERFACE: 7,
  /** <forward>/<pf> (since 0.10.2) */
  FORWARD_PF: 8,
  /** <portgroup> (since 0.10.2) */
  PORTGROUP: 9,
  /** <dns>/<host> (since 0.10.2) */
  DNS_HOST: 10,
  /** <dns>/<txt> (since 0.10.2) */
  DNS_TXT: 11,
  /** <dns>/<srv> (since 0.10.2) */
  DNS_SRV: 12,
} as const;
type NetworkUpdateSection = (typeof NetworkUpdateSection)[keyof typeof NetworkUpdateSection];

/** virNetworkUpdateFlags, declared in include/libvirt/libvirt-network.h:223 (since 0.10.2). */
const NetworkUpdateFlags = {
  /** affect live if network is active, config if it's not active (since 0.10.2) */
  CURRENT: 0,
  /** affect live state of network only (since 0.10.2) */
  LIVE: 1,
  /** affect persistent config only (since 0.10.2) */
  CONFIG: 2,
} as const;
type NetworkUpdateFlags = (typeof NetworkUpdateFlags)[keyof typeof NetworkUpdateFlags];

/** virNetworkEventLifecycleType, declared in include/libvirt/libvirt-network.h:279 (since 1.2.1). */
const NetworkEventLifecycleType = {
  /** (since 1.2.1) */
  DEFINED: 0,
  /** (since 1.2.1) */
  UNDEFINED: 1,
  /** (since 1.2.1) */
  STARTED: 2,
  /** (since 1.2.1) */
  STOPPED: 3,
} as const;
type NetworkEventLifecycleType = (typeof NetworkEventLifecycleType)[keyof typeof NetworkEventLifecycleType];

/** virNetworkEventID, declared in include/libvirt/libvirt-network.h:331 (since 1.2.1). */
const NetworkEventID = {
  /** virConnectNetworkEventLifecycleCallback (since 1.2.1) */
  LIFECYCLE: 0,
} as const;
type NetworkEventID = (typeof NetworkEventID)[keyof typeof NetworkEventID];

/** virIPAddrType, declared in include/libvirt/libvirt-network.h:351 (since 1.2.6). */
const IPAddrType = {
  /** (since 1.2.6) */
  IPV4: 0,
  /** (since 1.2.6) */
  IPV6: 1,
} as const;
type IPAddrType = (typeof IPAddrType)[keyof typeof IPAddrType];

/** virNetworkPortCreateFlags, declared in include/libvirt/libvirt-network.h:435 (since 5.5.0). */
const NetworkPortCreateFlags = {
  /** reclaim existing used resources (since 5.5.0) */
  RECLAIM: 1,
  /** Validate the XML document against schema (since 7.8.0) */
  VALIDATE: 2,
} as const;
type NetworkPortCreateFlags = (typeof NetworkPortCreateFlags)[keyof typeof NetworkPortCreateFlags];

/** virConnectListAllNodeDeviceFlags, declared in include/libvirt/libvirt-nodedev.h:70 (since 0.10.2). */
const ConnectListAllNodeDeviceFlags = {
  /** System capability (since 0.10.2) */
  CAP_SYSTEM: 1,
  /** PCI device (since 0.10.2) */
  CAP_PCI_DEV: 2,
  /** USB device (since 0.10.2) */
  CAP_USB_DEV: 4,
  /** USB interface (since 0.10.2) */
  CAP_USB_INTERFACE: 8,
  /** Network device (since 0.10.2) */
  CAP_NET: 16,
  /** SCSI Host Bus Adapter (since 0.10.2) */
  CAP_SCSI_HOST: 32,
  /** SCSI Target (since 0.10.2) */
  CAP_SCSI_TARGET: 64,
  /** SCSI device (since 0.10.2) */
  CAP_SCSI: 128,
  /** Storage device (since 0.10.2) */
  CAP_STORAGE: 256,
  /** FC Host Bus Adapter (since 1.0.4) */
  CAP_FC_HOST: 512,
  /** Capable of vport (since 1.0.4) */
  CAP_VPORTS: 1024,
  /** Capable of scsi_generic (since 1.1.0) */
  CAP_SCSI_GENERIC: 2048,
  /** DRM device (since 3.1.0) */
  CAP_DRM: 4096,
  /** Capable of mediated devices (since 3.4.0) */
  CAP_MDEV_TYPES: 8192,
  /** Mediated device (since 3.4.0) */
  CAP_MDEV: 16384,
  /** CCW device (since 3.4.0) */
  CAP_CCW_DEV: 32768,
  /** CSS device (since 6.8.0) */
  CAP_CSS_DEV: 65536,
  /** vDPA device (since 6.9.0) */
  CAP_VDPA: 131072,
  /** s390 AP Card device (since 7.0.0) */
  CAP_AP_CARD: 262144,
  /** s390 AP Queue (since 7.0.0) */
  CAP_AP_QUEUE: 524288,
  /** s390 AP Matrix (since 7.0.0) */
  CAP_AP_MATRIX: 1048576,
  /** Device with VPD (since 7.9.0) */
  CAP_VPD: 2097152,
  /** Inactive devices (since 7.3.0) */
  INACTIVE: 1073741824,
  /** Active devices (since 7.3.0) */
  ACTIVE: 2147483648,
} as const;
type ConnectListAllNodeDeviceFlags = (typeof ConnectListAllNodeDeviceFlags)[keyof typeof ConnectListAllNodeDeviceFlags];

/** virNodeDeviceCreateXMLFlags, declared in include/libvirt/libvirt-nodedev.h:138 (since 8.10.0). */
const NodeDeviceCreateXMLFlags = {
  /** Validate the XML document against schema (since 8.10.0) */
  VALIDATE: 1,
} as const;
type NodeDeviceCreateXMLFlags = (typeof NodeDeviceCreateXMLFlags)[keyof typeof NodeDeviceCreateXMLFlags];

/** virNodeDeviceDefineXMLFlags, declared in include/libvirt/libvirt-nodedev.h:154 (since 8.10.0). */
const NodeDeviceDefineXMLFlags = {
  /** Validate the XML document against schema (since 8.10.0) */
  VALIDATE: 1,
} as const;
type NodeDeviceDefineXMLFlags = (typeof NodeDeviceDefineXMLFlags)[keyof typeof NodeDeviceDefineXMLFlags];

/** virNodeDeviceEventID, declared in include/libvirt/libvirt-nodedev.h:197 (since 2.2.0). */
const NodeDeviceEventID = {
  /** virConnectNodeDeviceEventLifecycleCallback (since 2.2.0) */
  LIFECYCLE: 0,
  /** virConnectNodeDeviceEventGenericCallback (since 2.2.0) */
  UPDATE: 1,
} as const;
type NodeDeviceEventID = (typeof NodeDeviceEventID)[keyof typeof NodeDeviceEventID];

/** virNodeDeviceEventLifecycleType, declared in include/libvirt/libvirt-nodedev.h:250 (since 2.2.0). */
const NodeDeviceEventLifecycleType = {
  /** (since 2.2.0) */
  CREATED: 0,
  /** (since 2.2.0) */
  DELETED: 1,
  /** (since 7.3.0) */
  DEFINED: 2,
  /** (since 7.3.0) */
  UNDEFINED: 3,
} as const;
type NodeDeviceEventLifecycleType = (typeof NodeDeviceEventLifecycleType)[keyof typeof NodeDeviceEventLifecycleType];

/** virNWFilterDefineFlags, declared in include/libvirt/libvirt-nwfilter.h:95 (since 7.7.0). */
const NWFilterDefineFlags = {
  /** Validate the XML document against schema (since 7.7.0) */
  VALIDATE: 1,
} as const;
type NWFilterDefineFlags = (typeof NWFilterDefineFlags)[keyof typeof NWFilterDefineFlags];

/** virNWFilterBindingCreateFlags, declared in include/libvirt/libvirt-nwfilter.h:128 (since 7.8.0). */
const NWFilterBindingCreateFlags = {
  /** Validate the XML document against schema (since 7.8.0) */
  VALIDATE: 1,
} as const;
type NWFilterBindingCreateFlags = (typeof NWFilterBindingCreateFlags)[keyof typeof NWFilterBindingCreateFlags];

/** virSecretUsageType, declared in include/libvirt/libvirt-secret.h:53 (since 0.7.1). */
const SecretUsageType = {
  /** (since 0.7.1) */
  NONE: 0,
  /** (since 0.7.1) */
  VOLUME: 1,
  /** (since 0.9.7) */
  CEPH: 2,
  /** (since 1.0.4) */
  ISCSI: 3,
  /** (since 2.3.0) */
  TLS: 4,
  /** (since 5.6.0) */
  VTPM: 5,
} as const;
type SecretUsageType = (typeof SecretUsageType)[keyof typeof SecretUsageType];

/** virConnectListAllSecretsFlags, declared in include/libvirt/libvirt-secret.h:87 (since 0.10.2). */
const ConnectListAllSecretsFlags = {
  /** kept in memory, never stored persistently (since 0.10.2) */
  EPHEMERAL: 1,
  /** (since 0.10.2) */
  NO_EPHEMERAL: 2,
  /** not revealed to any caller of libvirt, nor to any other node (since 0.10.2) */
  PRIVATE: 4,
  /** (since 0.10.2) */
  NO_PRIVATE: 8,
} as const;
type ConnectListAllSecretsFlags = (typeof ConnectListAllSecretsFlags)[keyof typeof ConnectListAllSecretsFlags];

/** virSecretDefineFlags, declared in include/libvirt/libvirt-secret.h:113 (since 7.7.0). */
const SecretDefineFlags = {
  /** Validate the XML document against schema (since 7.7.0) */
  VALIDATE: 1,
} as const;
type SecretDefineFlags = (typeof SecretDefineFlags)[keyof typeof SecretDefineFlags];

/** virSecretEventID, declared in include/libvirt/libvirt-secret.h:158 (since 3.0.0). */
const SecretEventID = {
  /** virConnectSecretEventLifecycleCallback (since 3.0.0) */
  LIFECYCLE: 0,
  /** virConnectSecretEventGenericCallback (since 3.0.0) */
  VALUE_CHANGED: 1,
} as const;
type SecretEventID = (typeof SecretEventID)[keyof typeof SecretEventID];

/** virSecretEventLifecycleType, declared in include/libvirt/libvirt-secret.h:211 (since 3.0.0). */
const SecretEventLifecycleType = {
  /** (since 3.0.0) */
  DEFINED: 0,
  /** (since 3.0.0) */
  UNDEFINED: 1,
} as const;
type SecretEventLifecycleType = (typeof SecretEventLifecycleType)[keyof typeof SecretEventLifecycleType];

/** virStoragePoolState, declared in include/libvirt/libvirt-storage.h:56 (since 0.4.1). */
const StoragePoolState = {
  /** Not running (since 0.4.1) */
  INACTIVE: 0,
  /** Initializing pool, not available (since 0.4.1) */
  BUILDING: 1,
  /** Running normally (since 0.4.1) */
  RUNNING: 2,
  /** Running degraded (since 0.4.1) */
  DEGRADED: 3,
  /** Running, but not accessible (since 0.8.2) */
  INACCESSIBLE: 4,
} as const;
type StoragePoolState = (typeof StoragePoolState)[keyof typeof StoragePoolState];

/** virStoragePoolBuildFlags, declared in include/libvirt/libvirt-storage.h:73 (since 0.4.1). */
const StoragePoolBuildFlags = {
  /** Regular build from scratch (since 0.4.1) */
  NEW: 0,
  /** Repair / reinitialize (since 0.4.1) */
  REPAIR: 1,
  /** Extend existing pool (since 0.4.1) */
  RESIZE: 2,
  /** Do not overwrite existing pool (since 0.9.5) */
  NO_OVERWRITE: 4,
  /** Overwrite data (since 0.9.5) */
  OVERWRITE: 8,
} as const;
type StoragePoolBuildFlags = (typeof StoragePoolBuildFlags)[keyof typeof StoragePoolBuildFlags];

/** virStoragePoolDeleteFlags, declared in include/libvirt/libvirt-storage.h:86 (since 0.4.1). */
const StoragePoolDeleteFlags = {
  /** Delete metadata only (fast) (since 0.4.1) */
  NORMAL: 0,
  /** Clear all data to zeros (slow) (since 0.4.1) */
  ZEROED: 1,
} as const;
type StoragePoolDeleteFlags = (typeof StoragePoolDeleteFlags)[keyof typeof StoragePoolDeleteFlags];

/** virStoragePoolCreateFlags, declared in include/libvirt/libvirt-storage.h:96 (since 1.3.1). */
const StoragePoolCreateFlags = {
  /** Create the pool and perform pool build without any flags (since 1.3.1) */
  NORMAL: 0,
  /** Create the pool and perform pool build using the VIR_STORAGE_POOL_BUILD_OVERWRITE flag. This is mutually exclusive to VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE * Since: 1.3.1 (since 1.3.1) */
  WITH_BUILD: 1,
  /** Create the pool and perform pool build using the VIR_STORAGE_POOL_BUILD_NO_OVERWRITE flag. This is mutually exclusive to VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE * Since: 1.3.1 (since 1.3.1) */
  WITH_BUILD_OVERWRITE: 2,
  WITH_BUILD_NO_OVERWRITE: 4,
} as const;
type StoragePoolCreateFlags = (typeof StoragePoolCreateFlags)[keyof typeof StoragePoolCreateFlags];

/** virStorageVolType, declared in include/libvirt/libvirt-storage.h:167 (since 0.4.1). */
const StorageVolType = {
  /** Regular file based volumes (since 0.4.1) */
  FILE: 0,
  /** Block based volumes (since 0.4.1) */
  BLOCK: 1,
  /** Directory-passthrough based volume (since 0.9.5) */
  DIR: 2,
  /** Network volumes like RBD (RADOS Block Device) (since 0.9.13) */
  NETWORK: 3,
  /** Network accessible directory that can contain other network volumes (since 1.2.0) */
  NETDIR: 4,
  /** Ploop based volumes (since 1.3.4) */
  PLOOP: 5,
} as const;
type StorageVolType = (typeof StorageVolType)[keyof typeof StorageVolType];

/** virStorageVolDeleteFlags, declared in include/libvirt/libvirt-storage.h:186 (since 0.4.1). */
const StorageVolDeleteFlags = {
  /** Delete metadata only (fast) (since 0.4.1) */
  NORMAL: 0,
  /** Clear all data to zeros (slow) (since 0.4.1) */
  ZEROED: 1,
  /** Force removal of volume, even if in use (since 1.2.21) */
  WITH_SNAPSHOTS: 2,
} as const;
type StorageVolDeleteFlags = (typeof StorageVolDeleteFlags)[keyof typeof StorageVolDeleteFlags];

/** virStorageVolWipeAlgorithm, declared in include/libvirt/libvirt-storage.h:197 (since 0.9.10). */
const StorageVolWipeAlgorithm = {
  /** 1-pass, all zeroes (since 0.9.10) */
  ZERO: 0,
  /** 4-pass NNSA Policy Letter NAP-14.1-C (XVI-8) (since 0.9.10) */
  NNSA: 1,
  /** 4-pass DoD 5220.22-M section 8-306 procedure (since 0.9.10) */
  DOD: 2,
  /** 9-pass method recommended by the German Center of Security in Information Technologies (since 0.9.10) */
  BSI: 3,
  /** The canonical 35-pass sequence (since 0.9.10) */
  GUTMANN: 4,
  /** 7-pass method described by Bruce Schneier in "Applied Cryptography" (1996) (since 0.9.10) */
  SCHNEIER: 5,
  /** 7-pass random data (since 0.9.10) */
  PFITZNER7: 6,
  /** 33-pass random data (since 0.9.10) */
  PFITZNER33: 7,
  /** 1-pass random data (since 0.9.10) */
  RANDOM: 8,
  /** 1-pass, trim all data on the volume by using TRIM or DISCARD (since 1.3.2) */
  TRIM: 9,
} as const;
type StorageVolWipeAlgorithm = (typeof StorageVolWipeAlgorithm)[keyof typeof StorageVolWipeAlgorithm];

/** virStorageVolInfoFlags, declared in include/libvirt/libvirt-storage.h:236 (since 3.0.0). */
const StorageVolInfoFlags = {
  /** (since 3.0.0) */
  USE_ALLOCATION: 0,
  /** Return the physical size in allocation (since 3.0.0) */
  GET_PHYSICAL: 1,
} as const;
type StorageVolInfoFlags = (typeof StorageVolInfoFlags)[keyof typeof StorageVolInfoFlags];

/** virStorageXMLFlags, declared in include/libvirt/libvirt-storage.h:267 (since 0.9.13). */
const StorageXMLFlags = {
  /** dump inactive pool/volume information (since 0.9.13) */
  INACTIVE: 1,
} as const;
type StorageXMLFlags = (typeof StorageXMLFlags)[keyof typeof StorageXMLFlags];

/** virConnectListAllStoragePoolsFlags, declared in include/libvirt/libvirt-storage.h:305. */
const ConnectListAllStoragePoolsFlags = {
  /** (since 0.10.2) */
  INACTIVE: 1,
  /** (since 0.10.2) */
  ACTIVE: 2,
  /** (since 0.10.2) */
  PERSISTENT: 4,
  /** (since 0.10.2) */
  TRANSIENT: 8,
  /** (since 0.10.2) */
  AUTOSTART: 16,
  /** (since 0.10.2) */
  NO_AUTOSTART: 32,
  /** (since 0.10.2) */
  DIR: 64,
  /** (since 0.10.2) */
  FS: 128,
  /** (since 0.10.2) */
  NETFS: 256,
  /** (since 0.10.2) */
  LOGICAL: 512,
  /** (since 0.10.2) */
  DISK: 1024,
  /** (since 0.10.2) */
  ISCSI: 2048,
  /** (since 0.10.2) */
  SCSI: 4096,
  /** (since 0.10.2) */
  MPATH: 8192,
  /** (since 0.10.2) */
  RBD: 16384,
  /** (since 0.10.2) */
  SHEEPDOG: 32768,
  /** (since 1.2.1) */
  GLUSTER: 65536,
  /** (since 1.2.8) */
  ZFS: 131072,
  /** (since 3.1.0) */
  VSTORAGE: 262144,
  /** (since 5.6.0) */
  ISCSI_DIRECT: 524288,
} as const;
type ConnectListAllStoragePoolsFlags = (typeof ConnectListAllStoragePoolsFlags)[keyof typeof ConnectListAllStoragePoolsFlags];

/** virStoragePoolDefineFlags, declared in include/libvirt/libvirt-storage.h:359 (since 7.7.0). */
const StoragePoolDefineFlags = {
  /** Validate the XML document against schema (since 7.7.0) */
  VALIDATE: 1,
} as const;
type StoragePoolDefineFlags = (typeof StoragePoolDefineFlags)[keyof typeof StoragePoolDefineFlags];

/** virStorageVolCreateFlags, declared in include/libvirt/libvirt-storage.h:437 (since 1.0.1). */
const StorageVolCreateFlags = {
  /** (since 1.0.1) */
  PREALLOC_METADATA: 1,
  /** perform a btrfs lightweight copy (since 1.2.13) */
  REFLINK: 2,
  /** Validate the XML document against schema (since 8.10.0) */
  VALIDATE: 4,
} as const;
type StorageVolCreateFlags = (typeof StorageVolCreateFlags)[keyof typeof StorageVolCreateFlags];

/** virStorageVolDownloadFlags, declared in include/libvirt/libvirt-storage.h:455 (since 3.4.0). */
const StorageVolDownloadFlags = {
  /** Use sparse stream (since 3.4.0) */
  SPARSE_STREAM: 1,
} as const;
type StorageVolDownloadFlags = (typeof StorageVolDownloadFlags)[keyof typeof StorageVolDownloadFlags];

/** virStorageVolUploadFlags, declared in include/libvirt/libvirt-storage.h:470 (since 3.4.0). */
const StorageVolUploadFlags = {
  /** Use sparse stream (since 3.4.0) */
  SPARSE_STREAM: 1,
} as const;
type StorageVolUploadFlags = (typeof StorageVolUploadFlags)[keyof typeof StorageVolUploadFlags];

/** virStorageVolResizeFlags, declared in include/libvirt/libvirt-storage.h:504 (since 0.9.10). */
const StorageVolResizeFlags = {
  /** force allocation of new size (since 0.9.10) */
  ALLOCATE: 1,
  /** size is relative to current (since 0.9.10) */
  DELTA: 2,
  /** allow decrease in capacity (since 0.9.10) */
  SHRINK: 4,
} as const;
type StorageVolResizeFlags = (typeof StorageVolResizeFlags)[keyof typeof StorageVolResizeFlags];

/** virStoragePoolEventID, declared in include/libvirt/libvirt-storage.h:536 (since 2.0.0). */
const StoragePoolEventID = {
  /** virConnectStoragePoolEventLifecycleCallback (since 2.0.0) */
  LIFECYCLE: 0,
  /** virConnectStoragePoolEventGenericCallback (since 2.0.0) */
  REFRESH: 1,
} as const;
type StoragePoolEventID = (typeof StoragePoolEventID)[keyof typeof StoragePoolEventID];

/** virStoragePoolEventLifecycleType, declared in include/libvirt/libvirt-storage.h:589 (since 2.0.0). */
const StoragePoolEventLifecycleType = {
  /** (since 2.0.0) */
  DEFINED: 0,
  /** (since 2.0.0) */
  UNDEFINED: 1,
  /** (since 2.0.0) */
  STARTED: 2,
  /** (since 2.0.0) */
  STOPPED: 3,
  /** (since 3.8.0) */
  CREATED: 4,
  /** (since 3.8.0) */
  DELETED: 5,
} as const;
type StoragePoolEventLifecycleType = (typeof StoragePoolEventLifecycleType)[keyof typeof StoragePoolEventLifecycleType];

/** virStreamFlags, declared in include/libvirt/libvirt-stream.h:36 (since 0.7.2). */
const StreamFlags = {
  /** (since 0.7.2) */
  NONBLOCK: 1,
} as const;
type StreamFlags = (typeof StreamFlags)[keyof typeof StreamFlags];

/** virStreamRecvFlagsValues, declared in include/libvirt/libvirt-stream.h:57 (since 3.4.0). */
const StreamRecvFlagsValues = {
  /** (since 3.4.0) */
  STOP_AT_HOLE: 1,
} as const;
type StreamRecvFlagsValues = (typeof StreamRecvFlagsValues)[keyof typeof StreamRecvFlagsValues];

/** virStreamEventType, declared in include/libvirt/libvirt-stream.h:257 (since 0.7.2). */
const StreamEventType = {
  /** (since 0.7.2) */
  READABLE: 1,
  /** (since 0.7.2) */
  WRITABLE: 2,
  /** (since 0.7.2) */
  ERROR: 4,
  /** (since 0.7.2) */
  HANGUP: 8,
} as const;
type StreamEventType = (typeof StreamEventType)[keyof typeof StreamEventType];

/** virDrvFeature, declared in src/libvirt_internal.h:52. */
const DrvFeature = {
  /** Driver is not local. */
  MIGRATION_V1: 1,
  /** Driver supports V2-style virDomainMigrate, ie. domainMigratePrepare2/ domainMigratePerform/domainMigrateFinish2. */
  REMOTE: 2,
  /** Driver supports peer-2-peer virDomainMigrate ie source host does all the prepare/perform/finish steps directly */
  MIGRATION_V2: 3,
  /** Driver supports migration with only the source host involved, no libvirtd connetions on the destination at all, only the perform step is used. */
  MIGRATION_P2P: 4,
  /** * Driver supports V3-style virDomainMigrate, ie domainMigrateBegin3/ domainMigratePrepare3/domainMigratePerform3/domainMigrateFinish3/ domainMigrateConfirm3. */
  MIGRATION_DIRECT: 5,
  /** * Driver supports protecting the whole V3-style migration against changes to domain configuration, i.e., starting from Begin3 and not Perform3. */
  MIGRATION_V3: 6,
  /** * Support for file descriptor passing */
  MIGRATE_CHANGE_PROTECTION: 7,
  /** * Support for VIR_TYPED_PARAM_STRING */
  FD_PASSING: 8,
  /** * Remote party supports keepalive program (i.e., sending keepalive messages). */
  TYPED_PARAM_STRING: 9,
  /** * Support for VIR_DOMAIN_XML_MIGRATABLE flag in domainGetXMLDesc */
  PROGRAM_KEEPALIVE: 10,
  /** * Support for offline migration. */
  XML_MIGRATABLE: 11,
  /** * Support for migration parameters. */
  MIGRATION_OFFLINE: 12,
  /** * Support for server-side event filtering via callback ids in events. */
  MIGRATION_PARAMS: 13,
  /** * Support for driver close callback rpc */
  REMOTE_EVENT_CALLBACK: 14,
  /** * Whether the virNetworkUpdate() API implementation passes arguments to the driver's callback in correct order. */
  REMOTE_CLOSE_CALLBACK: 15,
  NETWORK_UPDATE_HAS_CORRECT_ORDER: 16,
} as const;
type DrvFeature = (typeof DrvFeature)[keyof typeof DrvFeature];

export {
  ConnectCloseReason,
  TypedParameterType,
  TypedParameterFlags,
  NodeSuspendTarget,
  NodeGetCPUStatsAllCPUs,
  NodeGetMemoryStatsAllCells,
  ConnectFlags,
  ConnectCredentialType,
  CPUCompareResult,
  ConnectCompareCPUFlags,
  ConnectBaselineCPUFlags,
  NodeAllocPagesFlags,
  DomainState,
  DomainNostateReason,
  DomainRunningReason,
  DomainBlockedReason,
  DomainPausedReason,
  DomainShutdownReason,
  DomainShutoffReason,
  DomainCrashedReason,
  DomainPMSuspendedReason,
  DomainPMSuspendedDiskReason,
  DomainControlState,
  DomainControlErrorReason,
  DomainModificationImpact,
  DomainCreateFlags,
  DomainMemoryStatTags,
  DomainCoreDumpFlags,
  DomainCoreDumpFormat,
  DomainMigrateFlags,
  DomainMigrateMaxSpeedFlags,
  DomainShutdownFlagValues,
  DomainRebootFlagValues,
  DomainDestroyFlagsValues,
  DomainSaveRestoreFlags,
  DomainMemoryModFlags,
  DomainNumatuneMemMode,
  DomainGetHostnameFlags,
  DomainMetadataType,
  DomainXMLFlags,
  DomainSaveImageXMLFlags,
  DomainBlockResizeFlags,
  DomainMemoryFlags,
  DomainDefineFlags,
  DomainUndefineFlagsValues,
  ConnectListAllDomainsFlags,
  VcpuState,
  VcpuHostCpuState,
  DomainVcpuFlags,
  DomainDeviceModifyFlags,
  DomainStatsTypes,
  ConnectGetAllDomainStatsFlags,
  DomainBlockJobType,
  DomainBlockJobAbortFlags,
  DomainBlockJobInfoFlags,
  DomainBlockJobSetSpeedFlags,
  DomainBlockPullFlags,
  DomainBlockRebaseFlags,
  DomainBlockCopyFlags,
  DomainBlockCommitFlags,
  DomainDiskErrorCode,
  KeycodeSet,
  DomainProcessSignal,
  DomainEventType,
  DomainEventDefinedDetailType,
  DomainEventUndefinedDetailType,
  DomainEventStartedDetailType,
  DomainEventSuspendedDetailType,
  DomainEventResumedDetailType,
  DomainEventStoppedDetailType,
  DomainEventShutdownDetailType,
  DomainEventPMSuspendedDetailType,
  DomainEventCrashedDetailType,
  DomainMemoryFailureRecipientType,
  DomainMemoryFailureActionType,
  DomainMemoryFailureFlags,
  DomainJobType,
  DomainGetJobStatsFlags,
  DomainAbortJobFlagsValues,
  DomainJobOperation,
  DomainEventWatchdogAction,
  DomainEventIOErrorAction,
  DomainEventGraphicsPhase,
  DomainEventGraphicsAddressType,
  ConnectDomainEventBlockJobStatus,
  ConnectDomainEventDiskChangeReason,
  DomainEventTrayChangeReason,
  ConnectDomainEventAgentLifecycleState,
  ConnectDomainEventAgentLifecycleReason,
  DomainEventID,
  DomainConsoleFlags,
  DomainChannelFlags,
  DomainOpenGraphicsFlags,
  DomainSetTimeFlags,
  SchedParameterType,
  BlkioParameterType,
  MemoryParameterType,
  DomainInterfaceAddressesSource,
  DomainSetUserPasswordFlags,
  DomainLifecycle,
  DomainLifecycleAction,
  DomainGuestInfoTypes,
  DomainAgentResponseTimeoutValues,
  DomainBackupBeginFlags,
  DomainAuthorizedSSHKeysSetFlags,
  DomainMessageType,
  DomainDirtyRateStatus,
  DomainDirtyRateCalcFlags,
  DomainFDAssociateFlags,
  DomainCheckpointCreateFlags,
  DomainCheckpointXMLFlags,
  DomainCheckpointListFlags,
  DomainCheckpointDeleteFlags,
  DomainSnapshotCreateFlags,
  DomainSnapshotXMLFlags,
  DomainSnapshotListFlags,
  DomainSnapshotRevertFlags,
  DomainSnapshotDeleteFlags,
  EventHandleType,
  ConnectListAllInterfacesFlags,
  InterfaceXMLFlags,
  InterfaceDefineFlags,
  NetworkXMLFlags,
  ConnectListAllNetworksFlags,
  NetworkCreateFlags,
  NetworkDefineFlags,
  NetworkUpdateCommand,
  NetworkUpdateSection,
  NetworkUpdateFlags,
  NetworkEventLifecycleType,
  NetworkEventID,
  IPAddrType,
  NetworkPortCreateFlags,
  ConnectListAllNodeDeviceFlags,
  NodeDeviceCreateXMLFlags,
  NodeDeviceDefineXMLFlags,
  NodeDeviceEventID,
  NodeDeviceEventLifecycleType,
  NWFilterDefineFlags,
  NWFilterBindingCreateFlags,
  SecretUsageType,
  ConnectListAllSecretsFlags,
  SecretDefineFlags,
  SecretEventID,
  SecretEventLifecycleType,
  StoragePoolState,
  StoragePoolBuildFlags,
  StoragePoolDeleteFlags,
  StoragePoolCreateFlags,
  StorageVolType,
  StorageVolDeleteFlags,
  StorageVolWipeAlgorithm,
  StorageVolInfoFlags,
  StorageXMLFlags,
  ConnectListAllStoragePoolsFlags,
  StoragePoolDefineFlags,
  StorageVolCreateFlags,
  StorageVolDownloadFlags,
  StorageVolUploadFlags,
  StorageVolResizeFlags,
  StoragePoolEventID,
  StoragePoolEventLifecycleType,
  StreamFlags,
  StreamRecvFlagsValues,
  StreamEventType,
  DrvFeature,
};
