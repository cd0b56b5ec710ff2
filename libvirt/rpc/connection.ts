// A connection to a libvirt daemon: the handshake libvirt's own client does (AUTH_LIST, auth,
// keepalive feature, CONNECT_OPEN), then the typed procedures the resources need, named after
// libvirt's C API without the vir prefix.
import { RpcClient } from "./client";
import { dial, Transport } from "./transport";
import { parseUri, redactUri, LibvirtUri } from "./uri";
import { Deadlines, ambientDeadlines, checkedOverrides, deadlineClassOf, resolveDeadlines } from "./deadlines";
import { XdrReader, XdrWriter } from "./xdr";
import { ConnectionLostError, ErrorCode, KvmInfraError, LibvirtError } from "./errors";
import { uploadStream, downloadStream, StreamOptions } from "./stream";
import {
  Proc,
  procName,
  AuthType,
  Feature,
  DomainEventId,
  DomainRef,
  NetworkRef,
  StoragePoolRef,
  StorageVolRef,
  InterfaceRef,
  writeDomain,
  readDomain,
  writeNetwork,
  readNetwork,
  writePool,
  readPool,
  writeVol,
  readVol,
  readInterface,
  readList,
  uuidToBytes,
  VOL_LIST_MAX,
} from "./protocol";

export interface OpenOptions {
  /** Transport and handshake together must finish within this. Defaults to 30000. */
  timeoutMs?: number;
  log?: (msg: string) => void;
  /** Silence before we PING the daemon. Defaults to 5000 (libvirt's keepalive_interval). */
  keepaliveIntervalMs?: number;
  /** Unanswered PINGs before an idle connection counts as lost. Defaults to 5 (libvirt's keepalive_count). */
  keepaliveCount?: number;
  /** Per-call deadlines by class (deadlines.ts); each defaults on its own. */
  deadlines?: Partial<Deadlines>;
  /** How long a liveness PING may go unanswered before the connection counts as lost. Defaults to 4000. */
  probeMs?: number;
  /** Silence a running volume upload or download tolerates before the liveness PING. Defaults to 20000. */
  streamIdleMs?: number;
}

export interface DomainLifecycleEvent {
  dom: DomainRef;
  event: number;
  detail: number;
}

export interface EventRegistration {
  callbackId: number;
  deregister(): Promise<void>;
}

/** Connect (transport + handshake) did not finish in time. */
export class ConnectTimeoutError extends KvmInfraError {
  constructor(message: string) {
    super("ConnectTimeoutError", message);
  }
}

type Args = ((w: XdrWriter) => void) | undefined;

const readString = (r: XdrReader) => r.string();
const readBool = (r: XdrReader) => r.i32() !== 0;

export class Connection {
  readonly uri: string;
  readonly parsedUri: LibvirtUri;
  private readonly lifecycleHandlers = new Map<number, (ev: DomainLifecycleEvent) => void>();
  // Events for a callback id whose registration reply has not arrived yet (the daemon may send them first).
  private readonly earlyEvents = new Map<number, DomainLifecycleEvent[]>();
  // Mutable state lives in one object, so views made by withDeadlines() share it with the original.
  private readonly state: { registering: number; lifecycleDispatch: boolean; closePromise: Promise<void> | null; handshaking: boolean } = {
    registering: 0,
    lifecycleDispatch: false,
    closePromise: null,
    handshaking: false,
  };
  /** The connection's deadlines (OpenOptions.deadlines over the defaults). */
  readonly deadlines: Deadlines;
  /** Set on views made by withDeadlines(): they win over runWithDeadlines() and the connection's. */
  private readonly viewDeadlines?: Partial<Deadlines>;

  private constructor(
    parsed: LibvirtUri,
    private readonly client: RpcClient,
    private readonly opts: OpenOptions,
  ) {
    this.parsedUri = parsed;
    this.uri = parsed.uri;
    this.deadlines = resolveDeadlines(opts.deadlines);
  }

  /**
   * The same connection with other deadlines for the calls made through the returned handle.
   * Undefined values keep this one's. (Code that cannot hand a view down to every call, such as a
   * provider operation, uses runWithDeadlines() instead.)
   */
  withDeadlines(overrides: Partial<Deadlines> | undefined): Connection {
    if (!overrides || Object.values(overrides).every((v) => v === undefined)) return this;
    const view = Object.create(this) as Connection;
    const own = { ...this.viewDeadlines, ...checkedOverrides(overrides) };
    Object.defineProperty(view, "viewDeadlines", { value: own });
    Object.defineProperty(view, "deadlines", { value: { ...this.deadlines, ...own }, enumerable: true });
    return view;
  }

  /** Opens a connection (LIBVIRT_DEFAULT_URI when `uri` is undefined). */
  static async open(uri?: string, opts: OpenOptions = {}): Promise<Connection> {
    const parsed = parseUri(uri);
    const timeoutMs = opts.timeoutMs ?? 30000;
    // Refused before anything is dialled, naming the bad key.
    resolveDeadlines(opts.deadlines);
    let transport: Transport | undefined;
    let client: RpcClient | undefined;
    let abandoned = false;
    const work = (async () => {
      transport = await dial(parsed);
      if (abandoned) {
        transport.destroy();
        throw new ConnectTimeoutError("abandoned");
      }
      client = new RpcClient(transport, {
        log: opts.log,
        keepaliveIntervalMs: opts.keepaliveIntervalMs,
        keepaliveCount: opts.keepaliveCount,
        probeMs: opts.probeMs,
        streamIdleMs: opts.streamIdleMs,
      });
      const conn = new Connection(parsed, client, opts);
      await conn.handshake();
      return conn;
    })();
    work.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ConnectTimeoutError(`connecting to ${redactUri(parsed.uri) || "the local libvirt daemon"} timed out after ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (e) {
      abandoned = true;
      if (client) client.destroy("connect failed");
      else if (transport) transport.destroy();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  get closed(): boolean {
    return this.client.closed;
  }

  /** pid of the ssh child, for the ssh transport. */
  get transportPid(): number | undefined {
    return this.client.pid;
  }

  /** Called once when the connection ends: with the reason if it was lost, without if close() ended it. */
  onClose(listener: (err?: Error) => void): void {
    this.client.onClose(listener);
  }

  /** CONNECT_CLOSE, then the transport (and any ssh child) ends. */
  close(): Promise<void> {
    if (!this.state.closePromise) {
      this.state.closePromise = (async () => {
        if (this.client.closed) return;
        try {
          let timer: ReturnType<typeof setTimeout> | undefined;
          await Promise.race([
            this.rpc(Proc.CONNECT_CLOSE),
            new Promise<void>((resolve) => {
              timer = setTimeout(resolve, 5000);
            }),
          ]).finally(() => clearTimeout(timer));
        } catch {
          // The daemon may already be gone; closing is still complete.
        }
        this.client.destroy("connection closed");
      })();
    }
    return this.state.closePromise;
  }

  private async handshake(): Promise<void> {
    // Bounded by open()'s timeoutMs instead: over ssh the first reply waits for ssh's own login.
    this.state.handshaking = true;
    try {
      await this.handshakeCalls();
    } finally {
      this.state.handshaking = false;
    }
  }

  private async handshakeCalls(): Promise<void> {
    const types = await this.rpc(Proc.AUTH_LIST, undefined, (r) => r.array(() => r.i32(), 20));
    await this.authenticate(types);
    const keepalive = await this.connectSupportsFeature(Feature.PROGRAM_KEEPALIVE);
    if (keepalive) this.client.startKeepalive();
    const name = this.parsedUri.name;
    await this.rpc(Proc.CONNECT_OPEN, (w) => w.optString(name).u32(0));
  }

  private async authenticate(types: number[]): Promise<void> {
    const wanted = this.parsedUri.auth?.toLowerCase();
    const sasl = () =>
      new LibvirtError(
        ErrorCode.AUTH_FAILED,
        7,
        `the daemon at ${this.client.description} requires SASL authentication, which this client does not implement: ` +
          `use the ssh transport (e.g. qemu+ssh://user@host/system), or configure libvirtd with auth_tcp = "none" ` +
          `(tcp, trusted networks only) or use the tls transport with auth_tls = "none" and client certificates`,
      );
    if (wanted !== undefined) {
      if (wanted.startsWith("sasl")) throw sasl();
      const want = wanted === "polkit" ? AuthType.POLKIT : AuthType.NONE;
      if (types.length > 0 && !types.includes(want)) {
        throw new LibvirtError(
          ErrorCode.AUTH_FAILED,
          7,
          `the URI asks for auth=${wanted}, but the daemon at ${this.client.description} offers ${types.join(",")}`,
        );
      }
      if (want === AuthType.POLKIT) await this.authPolkit();
      return;
    }
    if (types.length === 0 || types.includes(AuthType.NONE)) return;
    if (types.includes(AuthType.POLKIT)) return this.authPolkit();
    if (types.includes(AuthType.SASL)) throw sasl();
    throw new LibvirtError(
      ErrorCode.AUTH_FAILED,
      7,
      `the daemon at ${this.client.description} offers only unknown auth types ${types.join(",")}`,
    );
  }

  private async authPolkit(): Promise<void> {
    const complete = await this.rpc(Proc.AUTH_POLKIT, undefined, (r) => r.i32());
    if (!complete)
      throw new LibvirtError(ErrorCode.AUTH_FAILED, 7, `polkit authentication with ${this.client.description} did not complete`);
  }

  /** One remote call: encode the args, await the reply, decode it. */
  private rpc(proc: number, args?: Args): Promise<void>;
  private rpc<T>(proc: number, args: Args, ret: (r: XdrReader) => T): Promise<T>;
  private async rpc<T>(proc: number, args?: Args, ret?: (r: XdrReader) => T): Promise<T | void> {
    let payload: Buffer = Buffer.alloc(0);
    if (args) {
      const w = new XdrWriter();
      args(w);
      payload = w.toBuffer();
    }
    const label = procName(proc);
    const reply = await this.client.call(proc, payload, label, { deadlineMs: this.deadlineFor(label) });
    if (!ret) return;
    return ret(new XdrReader(reply));
  }

  /** A view's own deadline, else the one of an enclosing runWithDeadlines(), else the connection's. */
  private deadlineFor(procedure: string): number {
    if (this.state.handshaking) return 0;
    const cls = deadlineClassOf(procedure);
    return this.viewDeadlines?.[cls] ?? ambientDeadlines()?.[cls] ?? this.deadlines[cls];
  }

  private encode(args: (w: XdrWriter) => void): Buffer {
    const w = new XdrWriter();
    args(w);
    return w.toBuffer();
  }

  // ---- connection -----------------------------------------------------------------------------

  connectSupportsFeature(feature: number): Promise<boolean> {
    return this.rpc(Proc.CONNECT_SUPPORTS_FEATURE, (w) => w.i32(feature), readBool);
  }
  /** Hypervisor version, e.g. 7002000 for QEMU 7.2.0. */
  connectGetVersion(): Promise<number> {
    return this.rpc(Proc.CONNECT_GET_VERSION, undefined, (r) => r.u64());
  }
  /** libvirt version of the daemon, e.g. 9000000 for 9.0.0. */
  connectGetLibVersion(): Promise<number> {
    return this.rpc(Proc.CONNECT_GET_LIB_VERSION, undefined, (r) => r.u64());
  }
  connectGetHostname(): Promise<string> {
    return this.rpc(Proc.CONNECT_GET_HOSTNAME, undefined, readString);
  }
  connectGetCapabilities(): Promise<string> {
    return this.rpc(Proc.CONNECT_GET_CAPABILITIES, undefined, readString);
  }

  // ---- domains --------------------------------------------------------------------------------

  domainDefineXmlFlags(xml: string, flags = 0): Promise<DomainRef> {
    return this.rpc(Proc.DOMAIN_DEFINE_XML_FLAGS, (w) => w.string(xml).u32(flags), readDomain);
  }
  domainLookupByName(name: string): Promise<DomainRef> {
    return this.rpc(Proc.DOMAIN_LOOKUP_BY_NAME, (w) => w.string(name), readDomain);
  }
  domainLookupByUuid(uuid: string): Promise<DomainRef> {
    return this.rpc(Proc.DOMAIN_LOOKUP_BY_UUID, (w) => w.fixedOpaque(uuidToBytes(uuid), 16), readDomain);
  }
  /** flags: DomainXmlFlags (SECURE 1, INACTIVE 2). */
  domainGetXmlDesc(dom: DomainRef, flags = 0): Promise<string> {
    return this.rpc(Proc.DOMAIN_GET_XML_DESC, (w) => writeDomain(w, dom).u32(flags), readString);
  }
  /** Starts a defined domain; resolves with the handle carrying its new id. */
  domainCreateWithFlags(dom: DomainRef, flags = 0): Promise<DomainRef> {
    return this.rpc(Proc.DOMAIN_CREATE_WITH_FLAGS, (w) => writeDomain(w, dom).u32(flags), readDomain);
  }
  domainShutdownFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_SHUTDOWN_FLAGS, (w) => writeDomain(w, dom).u32(flags));
  }
  domainDestroyFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_DESTROY_FLAGS, (w) => writeDomain(w, dom).u32(flags));
  }
  /** flags: DomainUndefineFlags. */
  domainUndefineFlags(dom: DomainRef, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_UNDEFINE_FLAGS, (w) => writeDomain(w, dom).u32(flags));
  }
  /** state: DomainState; reason: the per-state reason enum. */
  domainGetState(dom: DomainRef, flags = 0): Promise<{ state: number; reason: number }> {
    return this.rpc(
      Proc.DOMAIN_GET_STATE,
      (w) => writeDomain(w, dom).u32(flags),
      (r) => ({ state: r.i32(), reason: r.i32() }),
    );
  }
  domainGetInfo(dom: DomainRef): Promise<{ state: number; maxMemKiB: number; memoryKiB: number; nrVirtCpu: number; cpuTimeNs: number }> {
    return this.rpc(
      Proc.DOMAIN_GET_INFO,
      (w) => writeDomain(w, dom),
      (r) => ({
        state: r.u32(),
        maxMemKiB: r.u64(),
        memoryKiB: r.u64(),
        nrVirtCpu: r.u32(),
        cpuTimeNs: Number(r.u64Big()),
      }),
    );
  }
  domainIsActive(dom: DomainRef): Promise<boolean> {
    return this.rpc(Proc.DOMAIN_IS_ACTIVE, (w) => writeDomain(w, dom), readBool);
  }
  domainSetAutostart(dom: DomainRef, autostart: boolean): Promise<void> {
    return this.rpc(Proc.DOMAIN_SET_AUTOSTART, (w) => writeDomain(w, dom).bool(autostart));
  }
  domainGetAutostart(dom: DomainRef): Promise<boolean> {
    return this.rpc(Proc.DOMAIN_GET_AUTOSTART, (w) => writeDomain(w, dom), readBool);
  }
  /** kib: memory in KiB; flags: DomainMemoryModFlags (LIVE 1, CONFIG 2, MAXIMUM 4). */
  domainSetMemoryFlags(dom: DomainRef, kib: number, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_SET_MEMORY_FLAGS, (w) => writeDomain(w, dom).u64(kib).u32(flags));
  }
  /** flags: VcpuFlags. */
  domainSetVcpusFlags(dom: DomainRef, n: number, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_SET_VCPUS_FLAGS, (w) => writeDomain(w, dom).u32(n).u32(flags));
  }
  /** flags: DomainDeviceModifyFlags (LIVE 1, CONFIG 2, FORCE 4). */
  domainUpdateDeviceFlags(dom: DomainRef, xml: string, flags = 0): Promise<void> {
    return this.rpc(Proc.DOMAIN_UPDATE_DEVICE_FLAGS, (w) => writeDomain(w, dom).string(xml).u32(flags));
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
    return this.rpc(Proc.DOMAIN_SET_METADATA, (w) =>
      writeDomain(w, dom).i32(type).optString(metadata).optString(key).optString(uri).u32(flags),
    );
  }
  /** The title, description or custom element (by uri); absent metadata is a LibvirtError (code 80). */
  domainGetMetadata(dom: DomainRef, type: number, uri: string | null, flags = 0): Promise<string> {
    return this.rpc(Proc.DOMAIN_GET_METADATA, (w) => writeDomain(w, dom).i32(type).optString(uri).u32(flags), readString);
  }
  /** flags: ConnectListAllDomainsFlags; 0 lists all. */
  connectListAllDomains(flags = 0): Promise<DomainRef[]> {
    return this.rpc(
      Proc.CONNECT_LIST_ALL_DOMAINS,
      (w) => w.i32(1).u32(flags),
      (r) => readList(r, readDomain),
    );
  }

  // ---- domain lifecycle events ---------------------------------------------------------------

  /**
   * Registers for lifecycle events of one domain (or all, with null). The handler runs for every
   * event until deregister(); events that arrive before the registration's reply are kept and
   * delivered once its callback id is known.
   */
  async domainEventLifecycleRegister(dom: DomainRef | null, handler: (ev: DomainLifecycleEvent) => void): Promise<EventRegistration> {
    this.ensureLifecycleDispatch();
    this.state.registering++;
    let callbackId: number;
    try {
      callbackId = await this.rpc(
        Proc.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
        (w) => {
          w.i32(DomainEventId.LIFECYCLE);
          if (dom) writeDomain(w.u32(1), dom);
          else w.u32(0);
        },
        (r) => r.i32(),
      );
    } finally {
      this.state.registering--;
    }
    this.lifecycleHandlers.set(callbackId, handler);
    const early = this.earlyEvents.get(callbackId) ?? [];
    this.earlyEvents.delete(callbackId);
    if (this.state.registering === 0) this.earlyEvents.clear();
    for (const ev of early) this.deliver(handler, ev);
    return {
      callbackId,
      deregister: async () => {
        if (!this.lifecycleHandlers.delete(callbackId)) return;
        await this.rpc(Proc.CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, (w) => w.i32(callbackId));
      },
    };
  }

  private ensureLifecycleDispatch(): void {
    if (this.state.lifecycleDispatch) return;
    this.state.lifecycleDispatch = true;
    this.client.onMessage(0x20008086, Proc.DOMAIN_EVENT_CALLBACK_LIFECYCLE, (payload) => {
      const r = new XdrReader(payload);
      const callbackId = r.i32();
      const ev: DomainLifecycleEvent = { dom: readDomain(r), event: r.i32(), detail: r.i32() };
      const handler = this.lifecycleHandlers.get(callbackId);
      if (handler) this.deliver(handler, ev);
      else if (this.state.registering > 0) {
        const list = this.earlyEvents.get(callbackId) ?? [];
        list.push(ev);
        this.earlyEvents.set(callbackId, list);
      }
    });
  }

  private deliver(handler: (ev: DomainLifecycleEvent) => void, ev: DomainLifecycleEvent): void {
    try {
      handler(ev);
    } catch (e) {
      this.opts.log?.(`libvirt rpc: lifecycle event handler threw: ${(e as Error).message}`);
    }
  }

  // ---- networks -------------------------------------------------------------------------------

  networkDefineXml(xml: string): Promise<NetworkRef> {
    return this.rpc(Proc.NETWORK_DEFINE_XML, (w) => w.string(xml), readNetwork);
  }
  networkDefineXmlFlags(xml: string, flags = 0): Promise<NetworkRef> {
    return this.rpc(Proc.NETWORK_DEFINE_XML_FLAGS, (w) => w.string(xml).u32(flags), readNetwork);
  }
  networkCreate(net: NetworkRef): Promise<void> {
    return this.rpc(Proc.NETWORK_CREATE, (w) => writeNetwork(w, net));
  }
  networkDestroy(net: NetworkRef): Promise<void> {
    return this.rpc(Proc.NETWORK_DESTROY, (w) => writeNetwork(w, net));
  }
  networkUndefine(net: NetworkRef): Promise<void> {
    return this.rpc(Proc.NETWORK_UNDEFINE, (w) => writeNetwork(w, net));
  }
  networkLookupByName(name: string): Promise<NetworkRef> {
    return this.rpc(Proc.NETWORK_LOOKUP_BY_NAME, (w) => w.string(name), readNetwork);
  }
  networkLookupByUuid(uuid: string): Promise<NetworkRef> {
    return this.rpc(Proc.NETWORK_LOOKUP_BY_UUID, (w) => w.fixedOpaque(uuidToBytes(uuid), 16), readNetwork);
  }
  /** flags: NetworkXmlFlags (INACTIVE 1). */
  networkGetXmlDesc(net: NetworkRef, flags = 0): Promise<string> {
    return this.rpc(Proc.NETWORK_GET_XML_DESC, (w) => writeNetwork(w, net).u32(flags), readString);
  }
  networkSetAutostart(net: NetworkRef, autostart: boolean): Promise<void> {
    return this.rpc(Proc.NETWORK_SET_AUTOSTART, (w) => writeNetwork(w, net).bool(autostart));
  }
  networkGetAutostart(net: NetworkRef): Promise<boolean> {
    return this.rpc(Proc.NETWORK_GET_AUTOSTART, (w) => writeNetwork(w, net), readBool);
  }
  networkIsActive(net: NetworkRef): Promise<boolean> {
    return this.rpc(Proc.NETWORK_IS_ACTIVE, (w) => writeNetwork(w, net), readBool);
  }
  /** command: NetworkUpdateCommand; section: NetworkUpdateSection; flags: NetworkUpdateFlags. */
  networkUpdate(net: NetworkRef, command: number, section: number, parentIndex: number, xml: string, flags = 0): Promise<void> {
    return this.rpc(Proc.NETWORK_UPDATE, (w) => writeNetwork(w, net).u32(command).u32(section).i32(parentIndex).string(xml).u32(flags));
  }
  connectListAllNetworks(flags = 0): Promise<NetworkRef[]> {
    return this.rpc(
      Proc.CONNECT_LIST_ALL_NETWORKS,
      (w) => w.i32(1).u32(flags),
      (r) => readList(r, readNetwork),
    );
  }

  // ---- storage pools --------------------------------------------------------------------------

  storagePoolDefineXml(xml: string, flags = 0): Promise<StoragePoolRef> {
    return this.rpc(Proc.STORAGE_POOL_DEFINE_XML, (w) => w.string(xml).u32(flags), readPool);
  }
  /** flags: StoragePoolBuildFlags (NO_OVERWRITE 4 refuses a device that already holds data). */
  storagePoolBuild(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_BUILD, (w) => writePool(w, pool).u32(flags));
  }
  storagePoolCreate(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_CREATE, (w) => writePool(w, pool).u32(flags));
  }
  storagePoolDestroy(pool: StoragePoolRef): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_DESTROY, (w) => writePool(w, pool));
  }
  /** Deletes the pool's underlying storage (for logical pools: the volume group). flags: StoragePoolDeleteFlags. */
  storagePoolDelete(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_DELETE, (w) => writePool(w, pool).u32(flags));
  }
  storagePoolUndefine(pool: StoragePoolRef): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_UNDEFINE, (w) => writePool(w, pool));
  }
  storagePoolLookupByName(name: string): Promise<StoragePoolRef> {
    return this.rpc(Proc.STORAGE_POOL_LOOKUP_BY_NAME, (w) => w.string(name), readPool);
  }
  storagePoolLookupByUuid(uuid: string): Promise<StoragePoolRef> {
    return this.rpc(Proc.STORAGE_POOL_LOOKUP_BY_UUID, (w) => w.fixedOpaque(uuidToBytes(uuid), 16), readPool);
  }
  /** flags: StorageXmlFlags (INACTIVE 1). */
  storagePoolGetXmlDesc(pool: StoragePoolRef, flags = 0): Promise<string> {
    return this.rpc(Proc.STORAGE_POOL_GET_XML_DESC, (w) => writePool(w, pool).u32(flags), readString);
  }
  /** state: StoragePoolState; sizes in bytes. */
  storagePoolGetInfo(pool: StoragePoolRef): Promise<{ state: number; capacity: number; allocation: number; available: number }> {
    return this.rpc(
      Proc.STORAGE_POOL_GET_INFO,
      (w) => writePool(w, pool),
      (r) => ({
        state: r.u32(),
        capacity: r.u64(),
        allocation: r.u64(),
        available: r.u64(),
      }),
    );
  }
  storagePoolSetAutostart(pool: StoragePoolRef, autostart: boolean): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_SET_AUTOSTART, (w) => writePool(w, pool).bool(autostart));
  }
  storagePoolGetAutostart(pool: StoragePoolRef): Promise<boolean> {
    return this.rpc(Proc.STORAGE_POOL_GET_AUTOSTART, (w) => writePool(w, pool), readBool);
  }
  storagePoolIsActive(pool: StoragePoolRef): Promise<boolean> {
    return this.rpc(Proc.STORAGE_POOL_IS_ACTIVE, (w) => writePool(w, pool), readBool);
  }
  storagePoolRefresh(pool: StoragePoolRef, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_POOL_REFRESH, (w) => writePool(w, pool).u32(flags));
  }
  connectListAllStoragePools(flags = 0): Promise<StoragePoolRef[]> {
    return this.rpc(
      Proc.CONNECT_LIST_ALL_STORAGE_POOLS,
      (w) => w.i32(1).u32(flags),
      (r) => readList(r, readPool),
    );
  }
  storagePoolListAllVolumes(pool: StoragePoolRef, flags = 0): Promise<StorageVolRef[]> {
    return this.rpc(
      Proc.STORAGE_POOL_LIST_ALL_VOLUMES,
      (w) => writePool(w, pool).i32(1).u32(flags),
      (r) => readList(r, readVol, VOL_LIST_MAX),
    );
  }

  // ---- storage volumes ------------------------------------------------------------------------

  /** flags: StorageVolCreateFlags (PREALLOC_METADATA 1). */
  storageVolCreateXml(pool: StoragePoolRef, xml: string, flags = 0): Promise<StorageVolRef> {
    return this.rpc(Proc.STORAGE_VOL_CREATE_XML, (w) => writePool(w, pool).string(xml).u32(flags), readVol);
  }
  storageVolLookupByName(pool: StoragePoolRef, name: string): Promise<StorageVolRef> {
    return this.rpc(Proc.STORAGE_VOL_LOOKUP_BY_NAME, (w) => writePool(w, pool).string(name), readVol);
  }
  storageVolGetXmlDesc(vol: StorageVolRef, flags = 0): Promise<string> {
    return this.rpc(Proc.STORAGE_VOL_GET_XML_DESC, (w) => writeVol(w, vol).u32(flags), readString);
  }
  /** flags: StorageVolDeleteFlags. */
  storageVolDelete(vol: StorageVolRef, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_VOL_DELETE, (w) => writeVol(w, vol).u32(flags));
  }
  /** capacityBytes: the new size; flags: StorageVolResizeFlags (ALLOCATE 1, DELTA 2, SHRINK 4). */
  storageVolResize(vol: StorageVolRef, capacityBytes: number, flags = 0): Promise<void> {
    return this.rpc(Proc.STORAGE_VOL_RESIZE, (w) => writeVol(w, vol).u64(capacityBytes).u32(flags));
  }
  /** type: StorageVolType; sizes in bytes. */
  storageVolGetInfo(vol: StorageVolRef): Promise<{ type: number; capacity: number; allocation: number }> {
    return this.rpc(
      Proc.STORAGE_VOL_GET_INFO,
      (w) => writeVol(w, vol),
      (r) => ({ type: r.i32(), capacity: r.u64(), allocation: r.u64() }),
    );
  }
  /**
   * Writes `source` into the volume at `offset` (length 0: up to the end of the source). Stream
   * sources are read with backpressure, so large uploads do not pile up in memory.
   */
  storageVolUpload(
    vol: StorageVolRef,
    source: NodeJS.ReadableStream | Buffer,
    offset: number,
    length: number,
    flags = 0,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<void> {
    return uploadStream(
      this.client,
      Proc.STORAGE_VOL_UPLOAD,
      this.encode((w) => writeVol(w, vol).u64(offset).u64(length).u32(flags)),
      source,
      "STORAGE_VOL_UPLOAD",
      { deadlineMs: this.deadlineFor("STORAGE_VOL_UPLOAD"), onProgress },
    );
  }
  /** The volume's bytes from `offset` (length 0: to the end) as a Readable; failures surface as its "error". */
  storageVolDownload(
    vol: StorageVolRef,
    offset: number,
    length: number,
    flags = 0,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<NodeJS.ReadableStream> {
    return downloadStream(
      this.client,
      Proc.STORAGE_VOL_DOWNLOAD,
      this.encode((w) => writeVol(w, vol).u64(offset).u64(length).u32(flags)),
      "STORAGE_VOL_DOWNLOAD",
      { deadlineMs: this.deadlineFor("STORAGE_VOL_DOWNLOAD"), onProgress },
    );
  }

  // ---- host interfaces ------------------------------------------------------------------------

  interfaceLookupByName(name: string): Promise<InterfaceRef> {
    return this.rpc(Proc.INTERFACE_LOOKUP_BY_NAME, (w) => w.string(name), readInterface);
  }
  /** flags: ConnectListAllInterfacesFlags (INACTIVE 1, ACTIVE 2); 0 lists all. */
  connectListAllInterfaces(flags = 0): Promise<InterfaceRef[]> {
    return this.rpc(
      Proc.CONNECT_LIST_ALL_INTERFACES,
      (w) => w.i32(1).u32(flags),
      (r) => readList(r, readInterface),
    );
  }
}

export { ConnectionLostError };
