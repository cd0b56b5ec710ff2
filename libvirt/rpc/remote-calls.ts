// The typed procedures of libvirt's remote program that kvm-infra uses, named after libvirt's C API
// without the vir prefix. Numbers, argument and reply shapes come from gen/remote-protocol.gen.ts
// (generated from remote_protocol.x); each method only maps libvirt's C signature onto `call`.
// Connection (connection.ts) extends this with the transport, handshake, auth, close and events.
import { ProcedureSpec, encodeArgs, decodeRet } from "./codec";
import type { StreamOptions } from "./stream";
import { DomainRef, NetworkRef, StoragePoolRef, StorageVolRef, InterfaceRef } from "./protocol";
import {
  REMOTE_PROC_CONNECT_SUPPORTS_FEATURE,
  REMOTE_PROC_CONNECT_GET_VERSION,
  REMOTE_PROC_CONNECT_GET_LIB_VERSION,
  REMOTE_PROC_CONNECT_GET_HOSTNAME,
  REMOTE_PROC_CONNECT_GET_CAPABILITIES,
  REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID,
  REMOTE_PROC_DOMAIN_GET_XML_DESC,
  REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS,
  REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS,
  REMOTE_PROC_DOMAIN_DESTROY_FLAGS,
  REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS,
  REMOTE_PROC_DOMAIN_GET_STATE,
  REMOTE_PROC_DOMAIN_GET_INFO,
  REMOTE_PROC_DOMAIN_IS_ACTIVE,
  REMOTE_PROC_DOMAIN_SET_AUTOSTART,
  REMOTE_PROC_DOMAIN_GET_AUTOSTART,
  REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS,
  REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS,
  REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS,
  REMOTE_PROC_DOMAIN_SET_METADATA,
  REMOTE_PROC_DOMAIN_GET_METADATA,
  REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS,
  REMOTE_PROC_NETWORK_DEFINE_XML,
  REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS,
  REMOTE_PROC_NETWORK_CREATE,
  REMOTE_PROC_NETWORK_DESTROY,
  REMOTE_PROC_NETWORK_UNDEFINE,
  REMOTE_PROC_NETWORK_LOOKUP_BY_NAME,
  REMOTE_PROC_NETWORK_LOOKUP_BY_UUID,
  REMOTE_PROC_NETWORK_GET_XML_DESC,
  REMOTE_PROC_NETWORK_SET_AUTOSTART,
  REMOTE_PROC_NETWORK_GET_AUTOSTART,
  REMOTE_PROC_NETWORK_IS_ACTIVE,
  REMOTE_PROC_NETWORK_UPDATE,
  REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS,
  REMOTE_PROC_STORAGE_POOL_DEFINE_XML,
  REMOTE_PROC_STORAGE_POOL_BUILD,
  REMOTE_PROC_STORAGE_POOL_CREATE,
  REMOTE_PROC_STORAGE_POOL_DESTROY,
  REMOTE_PROC_STORAGE_POOL_DELETE,
  REMOTE_PROC_STORAGE_POOL_UNDEFINE,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID,
  REMOTE_PROC_STORAGE_POOL_GET_XML_DESC,
  REMOTE_PROC_STORAGE_POOL_GET_INFO,
  REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART,
  REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART,
  REMOTE_PROC_STORAGE_POOL_IS_ACTIVE,
  REMOTE_PROC_STORAGE_POOL_REFRESH,
  REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS,
  REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES,
  REMOTE_PROC_STORAGE_VOL_CREATE_XML,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME,
  REMOTE_PROC_STORAGE_VOL_GET_XML_DESC,
  REMOTE_PROC_STORAGE_VOL_DELETE,
  REMOTE_PROC_STORAGE_VOL_RESIZE,
  REMOTE_PROC_STORAGE_VOL_GET_INFO,
  REMOTE_PROC_STORAGE_VOL_UPLOAD,
  REMOTE_PROC_STORAGE_VOL_DOWNLOAD,
  REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME,
  REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES,
} from "./gen/remote-protocol.gen";

export abstract class RemoteCalls {
  /** Sends one CALL and resolves with the reply's payload (a REPLY with status ERROR rejects). */
  protected abstract exchange(proc: number, payload: Buffer, label: string): Promise<Buffer>;
  /** Sends a CALL that opens a stream (@writestream) and writes `source` into it. */
  protected abstract upload(
    proc: number,
    payload: Buffer,
    source: NodeJS.ReadableStream | Buffer,
    label: string,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<void>;
  /** Sends a CALL that opens a stream (@readstream) and resolves with its data as a Readable. */
  protected abstract download(
    proc: number,
    payload: Buffer,
    label: string,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<NodeJS.ReadableStream>;

  /** One remote call, typed by the procedure's generated argument and reply types. */
  call<R>(spec: ProcedureSpec<void, R>): Promise<R>;
  call<A, R>(spec: ProcedureSpec<A, R>, args: A): Promise<R>;
  async call<A, R>(spec: ProcedureSpec<A, R>, args?: A): Promise<R> {
    const reply = await this.exchange(spec[0], encodeArgs(spec, args as A), spec[1]);
    return decodeRet(spec, reply);
  }

  // ---- connection -----------------------------------------------------------------------------

  /** feature: DrvFeature (virDrvFeature). */
  async connectSupportsFeature(feature: number): Promise<boolean> {
    return (await this.call(REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, { feature })).supported !== 0;
  }
  /** Hypervisor version, e.g. 7002000 for QEMU 7.2.0. */
  async connectGetVersion(): Promise<number> {
    return (await this.call(REMOTE_PROC_CONNECT_GET_VERSION)).hv_ver;
  }
  /** libvirt version of the daemon, e.g. 9000000 for 9.0.0. */
  async connectGetLibVersion(): Promise<number> {
    return (await this.call(REMOTE_PROC_CONNECT_GET_LIB_VERSION)).lib_ver;
  }
  async connectGetHostname(): Promise<string> {
    return (await this.call(REMOTE_PROC_CONNECT_GET_HOSTNAME)).hostname;
  }
  async connectGetCapabilities(): Promise<string> {
    return (await this.call(REMOTE_PROC_CONNECT_GET_CAPABILITIES)).capabilities;
  }

  // ---- domains --------------------------------------------------------------------------------

  /** flags: DomainDefineFlags. */
  async domainDefineXmlFlags(xml: string, flags = 0): Promise<DomainRef> {
    return (await this.call(REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS, { xml, flags })).dom;
  }
  async domainLookupByName(name: string): Promise<DomainRef> {
    return (await this.call(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, { name })).dom;
  }
  async domainLookupByUuid(uuid: string): Promise<DomainRef> {
    return (await this.call(REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, { uuid })).dom;
  }
  /** flags: DomainXMLFlags (SECURE 1, INACTIVE 2). */
  async domainGetXmlDesc(dom: DomainRef, flags = 0): Promise<string> {
    return (await this.call(REMOTE_PROC_DOMAIN_GET_XML_DESC, { dom, flags })).xml;
  }
  /** Starts a defined domain; resolves with the handle carrying its new id. flags: DomainCreateFlags. */
  async domainCreateWithFlags(dom: DomainRef, flags = 0): Promise<DomainRef> {
    return (await this.call(REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS, { dom, flags })).dom;
  }
  /** flags: DomainShutdownFlagValues. */
  domainShutdownFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS, { dom, flags });
  }
  /** flags: DomainDestroyFlagsValues. */
  domainDestroyFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_DESTROY_FLAGS, { dom, flags });
  }
  /** flags: DomainUndefineFlagsValues. */
  domainUndefineFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS, { dom, flags });
  }
  /** state: DomainState; reason: the per-state reason enum (DomainRunningReason, ...). */
  domainGetState(dom: DomainRef, flags = 0): Promise<{ state: number; reason: number }> {
    return this.call(REMOTE_PROC_DOMAIN_GET_STATE, { dom, flags });
  }
  async domainGetInfo(
    dom: DomainRef,
  ): Promise<{ state: number; maxMemKiB: number; memoryKiB: number; nrVirtCpu: number; cpuTimeNs: number }> {
    const r = await this.call(REMOTE_PROC_DOMAIN_GET_INFO, { dom });
    return { state: r.state, maxMemKiB: r.maxMem, memoryKiB: r.memory, nrVirtCpu: r.nrVirtCpu, cpuTimeNs: r.cpuTime };
  }
  async domainIsActive(dom: DomainRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_DOMAIN_IS_ACTIVE, { dom })).active !== 0;
  }
  domainSetAutostart(dom: DomainRef, autostart: boolean): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_SET_AUTOSTART, { dom, autostart: autostart ? 1 : 0 });
  }
  async domainGetAutostart(dom: DomainRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_DOMAIN_GET_AUTOSTART, { dom })).autostart !== 0;
  }
  /** kib: memory in KiB; flags: DomainMemoryModFlags (LIVE 1, CONFIG 2, MAXIMUM 4). */
  domainSetMemoryFlags(dom: DomainRef, kib: number, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS, { dom, memory: kib, flags });
  }
  /** flags: DomainVcpuFlags. */
  domainSetVcpusFlags(dom: DomainRef, n: number, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS, { dom, nvcpus: n, flags });
  }
  /** flags: DomainDeviceModifyFlags (LIVE 1, CONFIG 2, FORCE 4). */
  domainUpdateDeviceFlags(dom: DomainRef, xml: string, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS, { dom, xml, flags });
  }
  /**
   * Sets the title, description (type: DomainMetadataType) or a custom element (ELEMENT, with key
   * and uri). A null or empty metadata removes it. flags: DomainModificationImpact (LIVE 1, CONFIG 2).
   */
  domainSetMetadata(
    dom: DomainRef,
    type: number,
    metadata: string | null,
    key: string | null,
    uri: string | null,
    flags = 0,
  ): Promise<void> {
    return this.call(REMOTE_PROC_DOMAIN_SET_METADATA, { dom, type, metadata, key, uri, flags });
  }
  /** The title, description or custom element (by uri); absent metadata is a LibvirtError (code 80). */
  async domainGetMetadata(dom: DomainRef, type: number, uri: string | null, flags = 0): Promise<string> {
    return (await this.call(REMOTE_PROC_DOMAIN_GET_METADATA, { dom, type, uri, flags })).metadata;
  }
  /** flags: ConnectListAllDomainsFlags; 0 lists all. */
  async connectListAllDomains(flags = 0): Promise<DomainRef[]> {
    return (await this.call(REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, { need_results: 1, flags })).domains;
  }

  // ---- networks -------------------------------------------------------------------------------

  async networkDefineXml(xml: string): Promise<NetworkRef> {
    return (await this.call(REMOTE_PROC_NETWORK_DEFINE_XML, { xml })).net;
  }
  /** flags: NetworkDefineFlags. */
  async networkDefineXmlFlags(xml: string, flags = 0): Promise<NetworkRef> {
    return (await this.call(REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS, { xml, flags })).net;
  }
  networkCreate(net: NetworkRef): Promise<void> {
    return this.call(REMOTE_PROC_NETWORK_CREATE, { net });
  }
  networkDestroy(net: NetworkRef): Promise<void> {
    return this.call(REMOTE_PROC_NETWORK_DESTROY, { net });
  }
  networkUndefine(net: NetworkRef): Promise<void> {
    return this.call(REMOTE_PROC_NETWORK_UNDEFINE, { net });
  }
  async networkLookupByName(name: string): Promise<NetworkRef> {
    return (await this.call(REMOTE_PROC_NETWORK_LOOKUP_BY_NAME, { name })).net;
  }
  async networkLookupByUuid(uuid: string): Promise<NetworkRef> {
    return (await this.call(REMOTE_PROC_NETWORK_LOOKUP_BY_UUID, { uuid })).net;
  }
  /** flags: NetworkXMLFlags (INACTIVE 1). */
  async networkGetXmlDesc(net: NetworkRef, flags = 0): Promise<string> {
    return (await this.call(REMOTE_PROC_NETWORK_GET_XML_DESC, { net, flags })).xml;
  }
  networkSetAutostart(net: NetworkRef, autostart: boolean): Promise<void> {
    return this.call(REMOTE_PROC_NETWORK_SET_AUTOSTART, { net, autostart: autostart ? 1 : 0 });
  }
  async networkGetAutostart(net: NetworkRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_NETWORK_GET_AUTOSTART, { net })).autostart !== 0;
  }
  async networkIsActive(net: NetworkRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_NETWORK_IS_ACTIVE, { net })).active !== 0;
  }
  /** command: NetworkUpdateCommand; section: NetworkUpdateSection; flags: NetworkUpdateFlags. */
  networkUpdate(net: NetworkRef, command: number, section: number, parentIndex: number, xml: string, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_NETWORK_UPDATE, { net, command, section, parentIndex, xml, flags });
  }
  /** flags: ConnectListAllNetworksFlags; 0 lists all. */
  async connectListAllNetworks(flags = 0): Promise<NetworkRef[]> {
    return (await this.call(REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, { need_results: 1, flags })).nets;
  }

  // ---- storage pools --------------------------------------------------------------------------

  /** flags: StoragePoolDefineFlags. */
  async storagePoolDefineXml(xml: string, flags = 0): Promise<StoragePoolRef> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_DEFINE_XML, { xml, flags })).pool;
  }
  /** flags: StoragePoolBuildFlags (NO_OVERWRITE 4 refuses a device that already holds data). */
  storagePoolBuild(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_BUILD, { pool, flags });
  }
  /** flags: StoragePoolCreateFlags. */
  storagePoolCreate(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_CREATE, { pool, flags });
  }
  storagePoolDestroy(pool: StoragePoolRef): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_DESTROY, { pool });
  }
  /** Deletes the pool's underlying storage (for logical pools: the volume group). flags: StoragePoolDeleteFlags. */
  storagePoolDelete(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_DELETE, { pool, flags });
  }
  storagePoolUndefine(pool: StoragePoolRef): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_UNDEFINE, { pool });
  }
  async storagePoolLookupByName(name: string): Promise<StoragePoolRef> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME, { name })).pool;
  }
  async storagePoolLookupByUuid(uuid: string): Promise<StoragePoolRef> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID, { uuid })).pool;
  }
  /** flags: StorageXMLFlags (INACTIVE 1). */
  async storagePoolGetXmlDesc(pool: StoragePoolRef, flags = 0): Promise<string> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_GET_XML_DESC, { pool, flags })).xml;
  }
  /** state: StoragePoolState; sizes in bytes. */
  storagePoolGetInfo(pool: StoragePoolRef): Promise<{ state: number; capacity: number; allocation: number; available: number }> {
    return this.call(REMOTE_PROC_STORAGE_POOL_GET_INFO, { pool });
  }
  storagePoolSetAutostart(pool: StoragePoolRef, autostart: boolean): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART, { pool, autostart: autostart ? 1 : 0 });
  }
  async storagePoolGetAutostart(pool: StoragePoolRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART, { pool })).autostart !== 0;
  }
  async storagePoolIsActive(pool: StoragePoolRef): Promise<boolean> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_IS_ACTIVE, { pool })).active !== 0;
  }
  storagePoolRefresh(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_POOL_REFRESH, { pool, flags });
  }
  /** flags: ConnectListAllStoragePoolsFlags; 0 lists all. */
  async connectListAllStoragePools(flags = 0): Promise<StoragePoolRef[]> {
    return (await this.call(REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, { need_results: 1, flags })).pools;
  }
  async storagePoolListAllVolumes(pool: StoragePoolRef, flags = 0): Promise<StorageVolRef[]> {
    return (await this.call(REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES, { pool, need_results: 1, flags })).vols;
  }

  // ---- storage volumes ------------------------------------------------------------------------

  /** flags: StorageVolCreateFlags (PREALLOC_METADATA 1). */
  async storageVolCreateXml(pool: StoragePoolRef, xml: string, flags = 0): Promise<StorageVolRef> {
    return (await this.call(REMOTE_PROC_STORAGE_VOL_CREATE_XML, { pool, xml, flags })).vol;
  }
  async storageVolLookupByName(pool: StoragePoolRef, name: string): Promise<StorageVolRef> {
    return (await this.call(REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME, { pool, name })).vol;
  }
  async storageVolGetXmlDesc(vol: StorageVolRef, flags = 0): Promise<string> {
    return (await this.call(REMOTE_PROC_STORAGE_VOL_GET_XML_DESC, { vol, flags })).xml;
  }
  /** flags: StorageVolDeleteFlags. */
  storageVolDelete(vol: StorageVolRef, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_VOL_DELETE, { vol, flags });
  }
  /** capacityBytes: the new size; flags: StorageVolResizeFlags (ALLOCATE 1, DELTA 2, SHRINK 4). */
  storageVolResize(vol: StorageVolRef, capacityBytes: number, flags = 0): Promise<void> {
    return this.call(REMOTE_PROC_STORAGE_VOL_RESIZE, { vol, capacity: capacityBytes, flags });
  }
  /** type: StorageVolType; sizes in bytes. */
  storageVolGetInfo(vol: StorageVolRef): Promise<{ type: number; capacity: number; allocation: number }> {
    return this.call(REMOTE_PROC_STORAGE_VOL_GET_INFO, { vol });
  }
  /**
   * Writes `source` into the volume at `offset` (length 0: up to the end of the source). Stream
   * sources are read with backpressure, so large uploads do not pile up in memory.
   * flags: StorageVolUploadFlags.
   */
  storageVolUpload(
    vol: StorageVolRef,
    source: NodeJS.ReadableStream | Buffer,
    offset: number,
    length: number,
    flags = 0,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<void> {
    const spec = REMOTE_PROC_STORAGE_VOL_UPLOAD;
    return this.upload(spec[0], encodeArgs(spec, { vol, offset, length, flags }), source, spec[1], onProgress);
  }
  /** The volume's bytes from `offset` (length 0: to the end) as a Readable; failures surface as its "error". */
  storageVolDownload(
    vol: StorageVolRef,
    offset: number,
    length: number,
    flags = 0,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<NodeJS.ReadableStream> {
    const spec = REMOTE_PROC_STORAGE_VOL_DOWNLOAD;
    return this.download(spec[0], encodeArgs(spec, { vol, offset, length, flags }), spec[1], onProgress);
  }

  // ---- host interfaces ------------------------------------------------------------------------

  async interfaceLookupByName(name: string): Promise<InterfaceRef> {
    return (await this.call(REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME, { name })).iface;
  }
  /** flags: ConnectListAllInterfacesFlags (INACTIVE 1, ACTIVE 2); 0 lists all. */
  async connectListAllInterfaces(flags = 0): Promise<InterfaceRef[]> {
    return (await this.call(REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES, { need_results: 1, flags })).ifaces;
  }
}
