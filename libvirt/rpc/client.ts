// The call router over one transport: serial -> pending promise for replies, program+procedure for
// asynchronous messages (events, keepalive), serial for stream packets. A lost transport rejects
// everything pending at once. Keepalive: the server's PINGs are answered, and our own PINGs
// detect a dead peer when the line goes silent.
import { Transport } from "./transport";
import { Packet, PacketDecoder, PacketHeader, encodePacket, MessageStatus, MessageType } from "./framing";
import { ConnectionLostError, decodeRemoteError } from "./errors";

// Constants are exported from the list at the end, not with `export const`: Pulumi's closure
// serializer would leave this module's own reads of them as a dangling `exports.X`.
const REMOTE_PROGRAM = 0x20008086;
const REMOTE_VERSION = 1;
const KEEPALIVE_PROGRAM = 0x6b656570;
const KEEPALIVE_VERSION = 1;
const KeepaliveProc = { PING: 1, PONG: 2 } as const;

interface Pending {
  resolve(payload: Buffer): void;
  reject(err: Error): void;
  label: string;
}

/** Receives the packets of one stream (same serial as the call that opened it). */
export interface StreamSink {
  onPacket(packet: Packet): void;
  onLost(err: ConnectionLostError): void;
}

export interface ClientOptions {
  log?: (msg: string) => void;
  /** Silence after which we PING (libvirt's keepalive_interval, 5 s). */
  keepaliveIntervalMs?: number;
  /** Unanswered PINGs before the peer is declared dead (libvirt's keepalive_count, 5). */
  keepaliveCount?: number;
}

export class RpcClient {
  private readonly decoder = new PacketDecoder();
  private readonly pending = new Map<number, Pending>();
  private readonly streams = new Map<number, StreamSink>();
  private readonly eventHandlers = new Map<string, (payload: Buffer) => void>();
  private readonly closeListeners: Array<(err?: Error) => void> = [];
  private readonly drainWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private serial = 0;
  private lostError: ConnectionLostError | null = null;
  private closing = false;
  private lastReceived = Date.now();
  private keepaliveTimer: ReturnType<typeof setInterval> | null = null;
  private unansweredPings = 0;
  private busy = 0;

  constructor(
    private readonly transport: Transport,
    private readonly opts: ClientOptions = {},
  ) {
    transport.on("data", (chunk) => this.onData(chunk));
    transport.on("drain", () => this.flushDrainWaiters());
    transport.on("close", (err) => this.onTransportClose(err));
    transport.setRef(false);
  }

  get closed(): boolean {
    return this.lostError !== null;
  }

  get description(): string {
    return this.transport.description;
  }

  get pid(): number | undefined {
    return this.transport.pid;
  }

  onClose(listener: (err?: Error) => void): void {
    this.closeListeners.push(listener);
  }

  /** Handler for type MESSAGE packets of one program and procedure (events). */
  onMessage(program: number, procedure: number, handler: (payload: Buffer) => void): void {
    this.eventHandlers.set(`${program}:${procedure}`, handler);
  }

  nextSerial(): number {
    this.serial = this.serial >= 0xffffffff ? 1 : this.serial + 1;
    return this.serial;
  }

  /**
   * Sends a CALL and resolves with the reply payload; a REPLY with status ERROR rejects with the
   * LibvirtError it carries. `serial` lets stream calls register their sink first.
   */
  call(
    procedure: number,
    payload: Buffer,
    label: string,
    serial = this.nextSerial(),
    program = REMOTE_PROGRAM,
    version = REMOTE_VERSION,
  ): Promise<Buffer> {
    if (this.lostError) return Promise.reject(this.lostError);
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(serial, {
        resolve: (p) => {
          this.release();
          resolve(p);
        },
        reject: (e) => {
          this.release();
          reject(e);
        },
        label,
      });
      this.hold();
      try {
        this.transport.write(
          encodePacket({ program, version, procedure, type: MessageType.CALL, serial, status: MessageStatus.OK }, payload),
        );
      } catch (e) {
        this.pending.delete(serial);
        this.release();
        reject(e);
      }
    });
  }

  /** Sends a packet outside the call/reply pattern (stream data); false means wait for drain. */
  send(header: PacketHeader, payload?: Buffer): boolean {
    if (this.lostError) throw this.lostError;
    return this.transport.write(encodePacket(header, payload));
  }

  /** Resolves when the transport can take more data, or rejects once the connection is lost. */
  waitDrain(): Promise<void> {
    if (this.lostError) return Promise.reject(this.lostError);
    return new Promise((resolve, reject) => this.drainWaiters.push({ resolve, reject }));
  }

  addStream(serial: number, sink: StreamSink): void {
    this.streams.set(serial, sink);
    this.hold();
  }

  removeStream(serial: number): void {
    if (this.streams.delete(serial)) this.release();
  }

  /** Starts our keepalive: PING after a silent interval, dead after `count` silent intervals more. */
  startKeepalive(): void {
    if (this.keepaliveTimer || this.lostError) return;
    const interval = this.opts.keepaliveIntervalMs ?? 5000;
    const count = this.opts.keepaliveCount ?? 5;
    const tick = Math.max(50, Math.floor(interval / 5));
    let lastPing = 0;
    this.keepaliveTimer = setInterval(() => {
      const now = Date.now();
      if (now - this.lastReceived < interval) {
        this.unansweredPings = 0;
        return;
      }
      if (now - lastPing < interval) return;
      if (this.unansweredPings >= count) {
        this.fail(
          new ConnectionLostError(
            `connection to ${this.description} lost: no answer to ${count} keepalive PINGs (${(count + 1) * interval} ms of silence)`,
          ),
        );
        return;
      }
      this.unansweredPings++;
      lastPing = now;
      this.sendKeepalive(KeepaliveProc.PING);
    }, tick);
    this.keepaliveTimer.unref?.();
  }

  /** Ends the transport deliberately: pending calls still reject with ConnectionLostError. */
  destroy(reason = "connection closed"): void {
    this.closing = true;
    this.fail(new ConnectionLostError(`${reason} (${this.description})`), true);
  }

  private hold(): void {
    if (this.busy++ === 0) this.transport.setRef(true);
  }

  private release(): void {
    if (--this.busy === 0 && !this.lostError) this.transport.setRef(false);
  }

  private sendKeepalive(proc: number): void {
    try {
      this.transport.write(
        encodePacket({
          program: KEEPALIVE_PROGRAM,
          version: KEEPALIVE_VERSION,
          procedure: proc,
          type: MessageType.MESSAGE,
          serial: 0,
          status: MessageStatus.OK,
        }),
      );
    } catch {
      // A failed write shows up as a transport close.
    }
  }

  private onData(chunk: Buffer): void {
    this.lastReceived = Date.now();
    this.unansweredPings = 0;
    let packets: Packet[];
    try {
      packets = this.decoder.push(chunk);
    } catch (e) {
      this.fail(new ConnectionLostError(`protocol error from ${this.description}: ${(e as Error).message}`, e as Error));
      return;
    }
    for (const p of packets) {
      try {
        this.dispatch(p);
      } catch (e) {
        this.opts.log?.(`libvirt rpc: dropping a packet (${JSON.stringify(p.header)}): ${(e as Error).message}`);
      }
    }
  }

  private dispatch(p: Packet): void {
    const h = p.header;
    if (h.program === KEEPALIVE_PROGRAM) {
      if (h.type === MessageType.MESSAGE && h.procedure === KeepaliveProc.PING) this.sendKeepalive(KeepaliveProc.PONG);
      return;
    }
    switch (h.type) {
      case MessageType.REPLY:
      case MessageType.REPLY_WITH_FDS: {
        const pending = this.pending.get(h.serial);
        if (pending) {
          this.pending.delete(h.serial);
          if (h.status === MessageStatus.OK) pending.resolve(p.payload);
          else pending.reject(decodeRemoteError(p.payload, pending.label));
          return;
        }
        // libvirtd reports a failed stream write or finish as a REPLY/ERROR on the stream's serial.
        const stream = this.streams.get(h.serial);
        if (stream && h.status === MessageStatus.ERROR) stream.onPacket(p);
        return;
      }
      case MessageType.MESSAGE: {
        const handler = this.eventHandlers.get(`${h.program}:${h.procedure}`);
        if (handler) handler(p.payload);
        else this.opts.log?.(`libvirt rpc: unhandled message program=${h.program.toString(16)} procedure=${h.procedure}`);
        return;
      }
      case MessageType.STREAM:
      case MessageType.STREAM_HOLE: {
        const stream = this.streams.get(h.serial);
        if (stream) stream.onPacket(p);
        return;
      }
      default:
        this.opts.log?.(`libvirt rpc: unexpected packet type ${h.type}`);
    }
  }

  private flushDrainWaiters(): void {
    const waiters = this.drainWaiters.splice(0);
    for (const w of waiters) w.resolve();
  }

  private onTransportClose(err?: Error): void {
    const msg = this.closing
      ? `connection closed (${this.description})`
      : `connection to ${this.description} lost${err ? `: ${err.message}` : ""}`;
    this.fail(new ConnectionLostError(msg, err), this.closing);
  }

  private fail(err: ConnectionLostError, deliberate = false): void {
    if (this.lostError) return;
    this.lostError = err;
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = null;
    this.transport.destroy();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
    const streams = [...this.streams.values()];
    this.streams.clear();
    for (const s of streams) s.onLost(err);
    this.busy = 0;
    for (const w of this.drainWaiters.splice(0)) w.reject(err);
    for (const l of this.closeListeners.splice(0)) {
      try {
        l(deliberate ? undefined : err);
      } catch {
        // A listener's failure must not stop the others.
      }
    }
  }
}

export { isLibvirtError } from "./errors";
export { REMOTE_PROGRAM, REMOTE_VERSION, KEEPALIVE_PROGRAM, KEEPALIVE_VERSION, KeepaliveProc };
