// A connection to a libvirt daemon: the handshake libvirt's own client does (AUTH_LIST, auth,
// keepalive feature, CONNECT_OPEN), close, and domain lifecycle events. The typed procedures are
// RemoteCalls (remote-calls.ts), driven by the code generated from remote_protocol.x.
import { RpcClient } from "./client";
import { dial, Transport } from "./transport";
import { parseUri, redactUri, LibvirtUri } from "./uri";
import { Deadlines, ambientDeadlines, checkedOverrides, deadlineClassOf, resolveDeadlines } from "./deadlines";
import { XdrReader } from "./xdr";
import { ConnectionLostError, ErrorCode, KvmInfraError, LibvirtError } from "./errors";
import { decodeXdr } from "./codec";
import { uploadStream, downloadStream, StreamOptions } from "./stream";
import { RemoteCalls } from "./remote-calls";
import { DomainRef } from "./protocol";
import { DomainEventID, DrvFeature } from "./gen/flags.gen";
import {
  RemoteAuthType,
  REMOTE_PROGRAM,
  REMOTE_PROC_AUTH_LIST,
  REMOTE_PROC_AUTH_POLKIT,
  REMOTE_PROC_CONNECT_OPEN,
  REMOTE_PROC_CONNECT_CLOSE,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE,
} from "./gen/remote-protocol.gen";
import type { RemoteDomainEventCallbackLifecycleMsg } from "./gen/remote-protocol.gen";

export interface OpenOptions {
  /**
   * Transport and handshake together must finish within this. Defaults to the read deadline
   * (15000 ms, or `deadlines.readMs`): a frozen ssh login or handshake is then declared lost as
   * soon as a frozen read would be, where 30 s looked like a hang (issue 12).
   */
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

export class Connection extends RemoteCalls {
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
    super();
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
    // Refused before anything is dialled, naming the bad key.
    const deadlines = resolveDeadlines(opts.deadlines);
    const timeoutMs = opts.timeoutMs ?? ambientDeadlines()?.readMs ?? deadlines.readMs;
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
            this.call(REMOTE_PROC_CONNECT_CLOSE),
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
    const { types } = await this.call(REMOTE_PROC_AUTH_LIST);
    await this.authenticate(types);
    const keepalive = await this.connectSupportsFeature(DrvFeature.PROGRAM_KEEPALIVE);
    if (keepalive) this.client.startKeepalive();
    await this.call(REMOTE_PROC_CONNECT_OPEN, { name: this.parsedUri.name, flags: 0 });
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
      const want = wanted === "polkit" ? RemoteAuthType.POLKIT : RemoteAuthType.NONE;
      if (types.length > 0 && !types.includes(want)) {
        throw new LibvirtError(
          ErrorCode.AUTH_FAILED,
          7,
          `the URI asks for auth=${wanted}, but the daemon at ${this.client.description} offers ${types.join(",")}`,
        );
      }
      if (want === RemoteAuthType.POLKIT) await this.authPolkit();
      return;
    }
    if (types.length === 0 || types.includes(RemoteAuthType.NONE)) return;
    if (types.includes(RemoteAuthType.POLKIT)) return this.authPolkit();
    if (types.includes(RemoteAuthType.SASL)) throw sasl();
    throw new LibvirtError(
      ErrorCode.AUTH_FAILED,
      7,
      `the daemon at ${this.client.description} offers only unknown auth types ${types.join(",")}`,
    );
  }

  private async authPolkit(): Promise<void> {
    const { complete } = await this.call(REMOTE_PROC_AUTH_POLKIT);
    if (!complete)
      throw new LibvirtError(ErrorCode.AUTH_FAILED, 7, `polkit authentication with ${this.client.description} did not complete`);
  }

  // The calls of RemoteCalls go out here.
  protected exchange(proc: number, payload: Buffer, label: string): Promise<Buffer> {
    return this.client.call(proc, payload, label, { deadlineMs: this.deadlineFor(label) });
  }
  protected upload(
    proc: number,
    payload: Buffer,
    source: NodeJS.ReadableStream | Buffer,
    label: string,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<void> {
    return uploadStream(this.client, proc, payload, source, label, { deadlineMs: this.deadlineFor(label), onProgress });
  }
  protected download(
    proc: number,
    payload: Buffer,
    label: string,
    onProgress?: StreamOptions["onProgress"],
  ): Promise<NodeJS.ReadableStream> {
    return downloadStream(this.client, proc, payload, label, { deadlineMs: this.deadlineFor(label), onProgress });
  }

  /** A view's own deadline, else the one of an enclosing runWithDeadlines(), else the connection's. */
  private deadlineFor(procedure: string): number {
    if (this.state.handshaking) return 0;
    const cls = deadlineClassOf(procedure);
    return this.viewDeadlines?.[cls] ?? ambientDeadlines()?.[cls] ?? this.deadlines[cls];
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
      ({ callbackID: callbackId } = await this.call(REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, {
        eventID: DomainEventID.LIFECYCLE,
        dom,
      }));
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
        await this.call(REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, { callbackID: callbackId });
      },
    };
  }

  private ensureLifecycleDispatch(): void {
    if (this.state.lifecycleDispatch) return;
    this.state.lifecycleDispatch = true;
    const [proc, , , , shape] = REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE;
    this.client.onMessage(REMOTE_PROGRAM, proc, (payload) => {
      const { callbackID: callbackId, msg } = decodeXdr<RemoteDomainEventCallbackLifecycleMsg>(new XdrReader(payload), shape as string);
      const ev: DomainLifecycleEvent = { dom: msg.dom, event: msg.event, detail: msg.detail };
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
}

export { ConnectionLostError };
