// The call router over one transport: serial -> pending promise for replies, program+procedure for
// asynchronous messages (events, keepalive), serial for stream packets. A lost transport rejects
// everything pending at once. Keepalive: the server's PINGs are answered, and our own PINGs
// detect a dead peer when the line goes silent: at once when a call misses its deadline or work
// waits on a silent line, after libvirt's interval x count when the connection is idle.
import { Transport } from "./transport";
import { Packet, PacketDecoder, PacketHeader, encodePacket, MessageStatus, MessageType } from "./framing";
import { ConnectionLostError, DeadlineExceededError, decodeRemoteError } from "./errors";

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

export interface CallOptions {
  /** Reply deadline; 0 or absent: none (the liveness check still detects a silent peer). */
  deadlineMs?: number;
  /** A serial taken with nextSerial(), so a stream can register its sink before the call. */
  serial?: number;
  program?: number;
  version?: number;
}

interface Probe {
  timer: ReturnType<typeof setTimeout>;
  waiters: Array<(alive: boolean) => void>;
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
  /** Unanswered PINGs before an idle peer is declared dead (libvirt's keepalive_count, 5). */
  keepaliveCount?: number;
  /** How long a liveness PING may go unanswered (no byte at all arrives) before the connection is lost. Defaults to 4000. */
  probeMs?: number;
  /** Silence (nothing received, nothing drained) a running stream tolerates before the liveness PING. Defaults to 20000. */
  streamIdleMs?: number;
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
  /** Last byte received or drained (or stream data accepted), for the liveness checks. */
  private lastActivity = Date.now();
  /** Whether any byte arrived yet: until then ssh may still be authenticating (the connect timeout governs). */
  private heardFrom = false;
  private keepaliveTimer: ReturnType<typeof setInterval> | null = null;
  private keepaliveStarted = false;
  private unansweredPings = 0;
  private lastPing = 0;
  private probing: Probe | null = null;
  private busy = 0;

  constructor(
    private readonly transport: Transport,
    private readonly opts: ClientOptions = {},
  ) {
    transport.on("data", (chunk) => this.onData(chunk));
    transport.on("drain", () => {
      // The peer consumed what we sent: as good a sign of life as a byte received.
      this.noteActivity();
      this.flushDrainWaiters();
    });
    transport.on("close", (err) => this.onTransportClose(err));
    transport.setRef(false);
    const interval = this.opts.keepaliveIntervalMs ?? 5000;
    this.keepaliveTimer = setInterval(() => this.checkLiveness(), Math.max(50, Math.floor(interval / 5)));
    this.keepaliveTimer.unref?.();
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
   * LibvirtError it carries. Past `deadlineMs` the daemon is probed: silence loses the connection
   * (ConnectionLostError for every pending call), an answer fails this call (DeadlineExceededError).
   */
  call(procedure: number, payload: Buffer, label: string, opts: CallOptions = {}): Promise<Buffer> {
    if (this.lostError) return Promise.reject(this.lostError);
    const serial = opts.serial ?? this.nextSerial();
    const program = opts.program ?? REMOTE_PROGRAM;
    const version = opts.version ?? REMOTE_VERSION;
    const deadlineMs = opts.deadlineMs ?? 0;
    return new Promise<Buffer>((resolve, reject) => {
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const entry: Pending = {
        resolve: (p) => {
          clearTimeout(deadline);
          this.release();
          resolve(p);
        },
        reject: (e) => {
          clearTimeout(deadline);
          this.release();
          reject(e);
        },
        label,
      };
      this.pending.set(serial, entry);
      this.hold();
      if (deadlineMs > 0) deadline = setTimeout(() => this.missedDeadline(serial, entry, deadlineMs), deadlineMs);
      try {
        this.transport.write(
          encodePacket({ program, version, procedure, type: MessageType.CALL, serial, status: MessageStatus.OK }, payload),
        );
      } catch (e) {
        this.pending.delete(serial);
        entry.reject(e as Error);
      }
    });
  }

  private missedDeadline(serial: number, entry: Pending, deadlineMs: number): void {
    if (this.pending.get(serial) !== entry) return;
    void this.probe(`${entry.label} got no reply within its deadline of ${deadlineMs} ms`).then((alive) => {
      if (!alive || this.pending.get(serial) !== entry) return;
      // A late reply finds no pending entry and is dropped.
      this.pending.delete(serial);
      entry.reject(
        new DeadlineExceededError(
          entry.label,
          deadlineMs,
          `${entry.label} got no reply from ${this.description} within its deadline of ${deadlineMs} ms; ` +
            "the daemon still answers, so it is busy with the call, which may still take effect",
        ),
      );
    });
  }

  /**
   * Asks the daemon for a sign of life (a keepalive PING): resolves true as soon as anything
   * arrives or drains, false once `probeMs` passed in silence, in which case the connection is
   * declared lost for `reason`. Concurrent probes share one PING.
   */
  probe(reason: string): Promise<boolean> {
    if (this.lostError) return Promise.resolve(false);
    return new Promise((resolve) => {
      if (!this.probing) {
        const probeMs = this.opts.probeMs ?? 4000;
        const timer = setTimeout(() => {
          this.probing = null;
          this.fail(
            new ConnectionLostError(
              `connection to ${this.description} lost: ${reason}, and a keepalive PING got no answer within ${probeMs} ms`,
            ),
          );
          for (const w of probe.waiters) w(false);
        }, probeMs);
        const probe: Probe = { timer, waiters: [] };
        this.probing = probe;
        this.lastPing = Date.now();
        this.sendKeepalive(KeepaliveProc.PING);
      }
      this.probing.waiters.push(resolve);
    });
  }

  /** Sends a packet outside the call/reply pattern (stream data); false means wait for drain. */
  send(header: PacketHeader, payload?: Buffer): boolean {
    if (this.lostError) throw this.lostError;
    const more = this.transport.write(encodePacket(header, payload));
    // Room for more data means the line moves (a frozen peer fills the buffers and stops it), but
    // only a byte back or a drain proves the peer itself: an accepted write answers no probe.
    if (more) this.lastActivity = Date.now();
    return more;
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

  /** Starts libvirt's idle keepalive (once the daemon said it supports it): PING after a silent
   * interval, dead after `count` silent intervals more. Work in progress is watched regardless. */
  startKeepalive(): void {
    this.keepaliveStarted = true;
  }

  private checkLiveness(): void {
    if (this.lostError) return;
    const now = Date.now();
    const silent = now - this.lastActivity;
    const interval = this.opts.keepaliveIntervalMs ?? 5000;
    if (this.busy > 0) {
      if (!this.heardFrom) return;
      // Someone waits: a silent line is probed at once rather than after interval x count.
      const allowed = this.streams.size > 0 ? (this.opts.streamIdleMs ?? 20000) : interval;
      if (silent >= allowed && !this.probing) {
        void this.probe(`nothing arrived for ${silent} ms while ${this.waitingFor()} waited`);
      }
      return;
    }
    if (silent < interval) {
      this.unansweredPings = 0;
      return;
    }
    if (!this.keepaliveStarted || this.probing || now - this.lastPing < interval) return;
    const count = this.opts.keepaliveCount ?? 5;
    if (this.unansweredPings >= count) {
      this.fail(
        new ConnectionLostError(
          `connection to ${this.description} lost: no answer to ${count} keepalive PINGs (${(count + 1) * interval} ms of silence)`,
        ),
      );
      return;
    }
    this.unansweredPings++;
    this.lastPing = now;
    this.sendKeepalive(KeepaliveProc.PING);
  }

  private waitingFor(): string {
    const labels = [...this.pending.values()].map((p) => p.label);
    if (this.streams.size > 0) labels.push(`${this.streams.size} stream(s)`);
    return labels.length > 3 ? `${labels.slice(0, 3).join(", ")} and ${labels.length - 3} more` : labels.join(", ") || "a call";
  }

  private noteActivity(): void {
    this.lastActivity = Date.now();
    this.unansweredPings = 0;
    const probe = this.probing;
    if (probe) {
      this.probing = null;
      clearTimeout(probe.timer);
      for (const w of probe.waiters) w(true);
    }
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
    this.heardFrom = true;
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
    // After the replies: a reply that arrives with a probe's answer settles its call first.
    this.noteActivity();
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
    const probe = this.probing;
    this.probing = null;
    if (probe) clearTimeout(probe.timer);
    this.transport.destroy();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
    const streams = [...this.streams.values()];
    this.streams.clear();
    for (const s of streams) s.onLost(err);
    this.busy = 0;
    for (const w of this.drainWaiters.splice(0)) w.reject(err);
    for (const w of probe?.waiters ?? []) w(false);
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
