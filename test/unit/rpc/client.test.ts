import { EventEmitter } from "events";
import { Readable } from "stream";
import { RpcClient, REMOTE_PROGRAM, KEEPALIVE_PROGRAM } from "../../../libvirt/rpc/client";
import { Transport } from "../../../libvirt/rpc/transport";
import { encodePacket, MessageStatus, MessageType, Packet, PacketDecoder, PacketHeader } from "../../../libvirt/rpc/framing";
import { ConnectionLostError, LibvirtError } from "../../../libvirt/rpc/errors";
import { XdrWriter } from "../../../libvirt/rpc/xdr";
import { uploadStream, downloadStream, STREAM_CHUNK } from "../../../libvirt/rpc/stream";

/** An in-memory transport: records what the client writes, lets the test play the daemon. */
class FakeTransport extends EventEmitter implements Transport {
  readonly description = "fake";
  readonly sent: Packet[] = [];
  private readonly decoder = new PacketDecoder();
  /** When set, write() reports backpressure once this many bytes are buffered. */
  highWater = Infinity;
  buffered = 0;
  destroyed = false;

  write(data: Buffer): boolean {
    this.sent.push(...this.decoder.push(data));
    this.buffered += data.length;
    this.emit("written");
    return this.buffered < this.highWater;
  }
  drain(): void {
    this.buffered = 0;
    this.emit("drain");
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit("close", undefined);
  }
  setRef(): void {}
  /** The daemon side sends a packet. */
  reply(h: Partial<PacketHeader>, payload: Buffer = Buffer.alloc(0)): void {
    this.emit(
      "data",
      encodePacket(
        { program: REMOTE_PROGRAM, version: 1, procedure: 0, type: MessageType.REPLY, serial: 0, status: MessageStatus.OK, ...h },
        payload,
      ),
    );
  }
  /** The transport dies underneath (daemon killed, ssh child killed). */
  die(): void {
    this.destroyed = true;
    this.emit("close", new Error("peer went away"));
  }
}

function remoteError(code: number, message: string): Buffer {
  const w = new XdrWriter().i32(code).i32(10).optString(message).i32(2);
  w.u32(0).optString(null).optString(null).optString(null).i32(0).i32(0).u32(0);
  return w.toBuffer();
}

describe("the call router", () => {
  it("routes an event that shares the call's serial and arrives before the reply by type, not serial", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const events: string[] = [];
    c.onMessage(REMOTE_PROGRAM, 318, (p) => events.push(p.toString()));
    const call = c.call(196, Buffer.alloc(0), "DOMAIN_CREATE_WITH_FLAGS");
    expect(t.sent[0].header.serial).toBe(1);
    // Both in one chunk, event first, both with serial 1.
    t.emit(
      "data",
      Buffer.concat([
        encodePacket(
          { program: REMOTE_PROGRAM, version: 1, procedure: 318, type: MessageType.MESSAGE, serial: 1, status: 0 },
          Buffer.from("started"),
        ),
        encodePacket(
          { program: REMOTE_PROGRAM, version: 1, procedure: 196, type: MessageType.REPLY, serial: 1, status: 0 },
          Buffer.from("reply"),
        ),
      ]),
    );
    await expect(call).resolves.toEqual(Buffer.from("reply"));
    expect(events).toEqual(["started"]);
  });

  it("matches replies to calls by serial when many are in flight", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const calls = [1, 2, 3].map((i) => c.call(14, Buffer.alloc(0), `call ${i}`));
    const serials = t.sent.map((p) => p.header.serial);
    t.reply({ serial: serials[2] }, Buffer.from("three"));
    t.reply({ serial: serials[0] }, Buffer.from("one"));
    t.reply({ serial: serials[1] }, Buffer.from("two"));
    expect((await Promise.all(calls)).map((b) => b.toString())).toEqual(["one", "two", "three"]);
  });

  it("rejects a call whose reply has status ERROR with the daemon's LibvirtError", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const call = c.call(23, Buffer.alloc(0), "DOMAIN_LOOKUP_BY_NAME");
    t.reply({ serial: 1, status: MessageStatus.ERROR }, remoteError(42, "Domain not found"));
    await expect(call).rejects.toMatchObject({
      name: "LibvirtError",
      code: 42,
      codeName: "VIR_ERR_NO_DOMAIN",
      message: "Domain not found",
    });
  });

  it("answers the daemon's keepalive PING with a PONG", () => {
    const t = new FakeTransport();
    new RpcClient(t);
    t.emit("data", encodePacket({ program: KEEPALIVE_PROGRAM, version: 1, procedure: 1, type: MessageType.MESSAGE, serial: 0, status: 0 }));
    expect(t.sent.map((p) => p.header)).toEqual([
      { program: KEEPALIVE_PROGRAM, version: 1, procedure: 2, type: MessageType.MESSAGE, serial: 0, status: 0 },
    ]);
  });

  it("rejects every pending call at once with ConnectionLostError when the transport ends, and later calls too", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const closed = jest.fn();
    c.onClose(closed);
    const calls = [c.call(14, Buffer.alloc(0), "a"), c.call(14, Buffer.alloc(0), "b")];
    t.die();
    for (const p of calls) await expect(p).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(calls[0]).rejects.toThrow(/peer went away/);
    await expect(c.call(14, Buffer.alloc(0), "late")).rejects.toBeInstanceOf(ConnectionLostError);
    expect(c.closed).toBe(true);
    expect(closed).toHaveBeenCalledWith(expect.any(ConnectionLostError));
  });

  it("declares an idle silent peer dead after the keepalive PINGs go unanswered", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t, { keepaliveIntervalMs: 40, keepaliveCount: 2 });
    const closed = new Promise<Error | undefined>((resolve) => c.onClose(resolve));
    c.startKeepalive();
    const started = Date.now();
    expect((await closed)?.message).toMatch(/no answer to 2 keepalive PINGs/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(t.sent.filter((p) => p.header.program === KEEPALIVE_PROGRAM && p.header.procedure === 1).length).toBe(2);
  });

  it("probes a silent line at once while a call waits, and loses it when the one PING goes unanswered", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t, { keepaliveIntervalMs: 40, keepaliveCount: 5, probeMs: 100 });
    // The peer has spoken once (before that, ssh may still be logging in: the connect timeout rules).
    const first = c.call(14, Buffer.alloc(0), "first");
    t.reply({ procedure: 14, serial: t.sent[0].header.serial });
    await first;
    const call = c.call(14, Buffer.alloc(0), "hangs");
    const started = Date.now();
    await expect(call).rejects.toThrow(/nothing arrived for \d+ ms while hangs waited, and a keepalive PING got no answer within 100 ms/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(t.sent.filter((p) => p.header.program === KEEPALIVE_PROGRAM && p.header.procedure === 1).length).toBe(1);
  });

  it("leaves a call on a line that never spoke to the connect timeout (ssh may still be logging in)", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t, { keepaliveIntervalMs: 40, probeMs: 50 });
    void c.call(66, Buffer.alloc(0), "AUTH_LIST").catch(() => undefined);
    await new Promise((r) => setTimeout(r, 400));
    expect(c.closed).toBe(false);
    expect(t.sent.filter((p) => p.header.program === KEEPALIVE_PROGRAM).length).toBe(0);
    c.destroy();
  });

  it("keeps a peer that answers alive", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t, { keepaliveIntervalMs: 30, keepaliveCount: 1 });
    t.on("written", () => {
      const last = t.sent[t.sent.length - 1];
      if (last.header.program === KEEPALIVE_PROGRAM) setImmediate(() => t.emit("data", encodePacket({ ...last.header, procedure: 2 })));
    });
    c.startKeepalive();
    await new Promise((r) => setTimeout(r, 300));
    expect(c.closed).toBe(false);
    c.destroy();
  });

  it("rejects a packet stream that breaks the framing as a lost connection", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const call = c.call(14, Buffer.alloc(0), "x");
    t.emit("data", Buffer.from("ffffffff", "hex"));
    await expect(call).rejects.toThrow(/16 MiB/);
  });
});

describe("streams", () => {
  const answerCall = (t: FakeTransport, proc: number) =>
    t.on("written", function onWritten() {
      const p = t.sent[t.sent.length - 1];
      if (p.header.type === MessageType.CALL && p.header.procedure === proc)
        setImmediate(() => t.reply({ procedure: proc, serial: p.header.serial }));
    });

  it("uploads in 256 KiB STREAM packets, waits for drain under backpressure, finishes with an empty OK", async () => {
    const t = new FakeTransport();
    t.highWater = 600 * 1024;
    const c = new RpcClient(t);
    answerCall(t, 208);
    const data = Buffer.alloc(3 * 1024 * 1024 + 123);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    let drains = 0;
    t.on("written", () => {
      if (t.buffered >= t.highWater)
        setTimeout(() => {
          drains++;
          t.drain();
        }, 5);
      const p = t.sent[t.sent.length - 1];
      if (p.header.type === MessageType.STREAM && p.header.status === MessageStatus.OK)
        setImmediate(() => t.reply({ type: MessageType.STREAM, procedure: 208, serial: p.header.serial }));
    });
    // Fed as a Readable of odd-sized chunks, to check the re-chunking.
    const pieces: Buffer[] = [];
    for (let off = 0; off < data.length; off += 100_000) pieces.push(data.subarray(off, off + 100_000));
    await uploadStream(c, 208, Buffer.alloc(0), Readable.from(pieces), "STORAGE_VOL_UPLOAD");
    const stream = t.sent.filter((p) => p.header.type === MessageType.STREAM);
    const dataPackets = stream.slice(0, -1);
    expect(dataPackets.every((p) => p.header.status === MessageStatus.CONTINUE && p.payload.length <= STREAM_CHUNK)).toBe(true);
    expect(Buffer.concat(dataPackets.map((p) => p.payload)).equals(data)).toBe(true);
    expect(stream[stream.length - 1].header.status).toBe(MessageStatus.OK);
    expect(stream[stream.length - 1].payload.length).toBe(0);
    expect(drains).toBeGreaterThan(0);
  });

  it("fails an upload with the daemon's error when it reports one mid-stream", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    answerCall(t, 208);
    t.on("written", () => {
      const p = t.sent[t.sent.length - 1];
      if (p.header.type === MessageType.STREAM && p.header.status === MessageStatus.CONTINUE) {
        setImmediate(() =>
          t.reply(
            { type: MessageType.REPLY, status: MessageStatus.ERROR, procedure: 208, serial: p.header.serial },
            remoteError(38, "No space left on device"),
          ),
        );
      }
    });
    async function* slow() {
      for (let i = 0; i < 100; i++) {
        yield Buffer.alloc(1024);
        await new Promise((r) => setTimeout(r, 2));
      }
    }
    await expect(uploadStream(c, 208, Buffer.alloc(0), Readable.from(slow()), "STORAGE_VOL_UPLOAD")).rejects.toThrow(
      "No space left on device",
    );
  });

  it("rejects a stalled upload with ConnectionLostError when the transport dies while waiting for drain", async () => {
    const t = new FakeTransport();
    t.highWater = 1;
    const c = new RpcClient(t);
    answerCall(t, 208);
    t.on("written", () => {
      if (t.sent[t.sent.length - 1].header.type === MessageType.STREAM) setTimeout(() => t.die(), 10);
    });
    await expect(uploadStream(c, 208, Buffer.alloc(0), Buffer.alloc(1024 * 1024), "STORAGE_VOL_UPLOAD")).rejects.toBeInstanceOf(
      ConnectionLostError,
    );
  });

  it("downloads into a Readable, confirming the end of data before ending it", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const serial = 1;
    const pending = downloadStream(c, 209, Buffer.alloc(0), "STORAGE_VOL_DOWNLOAD");
    t.reply({ procedure: 209, serial });
    const readable = await pending;
    t.reply({ type: MessageType.STREAM, status: MessageStatus.CONTINUE, procedure: 209, serial }, Buffer.from("hello "));
    t.reply({ type: MessageType.STREAM, status: MessageStatus.CONTINUE, procedure: 209, serial }, Buffer.from("world"));
    // libvirtd marks the end of data with an empty CONTINUE packet.
    t.reply({ type: MessageType.STREAM, status: MessageStatus.CONTINUE, procedure: 209, serial });
    const finish = t.sent[t.sent.length - 1];
    expect(finish.header).toMatchObject({ type: MessageType.STREAM, status: MessageStatus.OK, serial });
    t.reply({ type: MessageType.STREAM, status: MessageStatus.OK, procedure: 209, serial });
    const chunks: Buffer[] = [];
    for await (const ch of readable as AsyncIterable<Buffer>) chunks.push(ch);
    expect(Buffer.concat(chunks).toString()).toBe("hello world");
  });

  it("surfaces a download failure as the Readable's error", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const pending = downloadStream(c, 209, Buffer.alloc(0), "STORAGE_VOL_DOWNLOAD");
    t.reply({ procedure: 209, serial: 1 });
    const readable = await pending;
    t.reply({ type: MessageType.STREAM, status: MessageStatus.ERROR, procedure: 209, serial: 1 }, remoteError(38, "read failed"));
    await expect(
      (async () => {
        for await (const _ of readable as AsyncIterable<Buffer>) void _;
      })(),
    ).rejects.toBeInstanceOf(LibvirtError);
  });
});

describe("stream aborts", () => {
  it("aborts the daemon's side of an upload when the source fails", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    t.on("written", () => {
      const p = t.sent[t.sent.length - 1];
      if (p.header.type === MessageType.CALL) setImmediate(() => t.reply({ procedure: 208, serial: p.header.serial }));
    });
    async function* broken() {
      yield Buffer.alloc(10);
      throw new Error("disk read failed");
    }
    await expect(uploadStream(c, 208, Buffer.alloc(0), Readable.from(broken()), "STORAGE_VOL_UPLOAD")).rejects.toThrow("disk read failed");
    const last = t.sent[t.sent.length - 1];
    expect(last.header).toMatchObject({ type: MessageType.STREAM, status: MessageStatus.ERROR, serial: 1 });
  });

  it("aborts the daemon's side of a download the consumer destroys early", async () => {
    const t = new FakeTransport();
    const c = new RpcClient(t);
    const pending = downloadStream(c, 209, Buffer.alloc(0), "STORAGE_VOL_DOWNLOAD");
    t.reply({ procedure: 209, serial: 1 });
    const readable = (await pending) as Readable;
    t.reply({ type: MessageType.STREAM, status: MessageStatus.CONTINUE, procedure: 209, serial: 1 }, Buffer.from("partial"));
    readable.destroy();
    await new Promise((r) => setImmediate(r));
    expect(t.sent[t.sent.length - 1].header).toMatchObject({ type: MessageType.STREAM, status: MessageStatus.ERROR, serial: 1 });
    // Late packets for the aborted stream are dropped, not delivered.
    t.reply({ type: MessageType.STREAM, status: MessageStatus.CONTINUE, procedure: 209, serial: 1 }, Buffer.from("late"));
    expect(c.closed).toBe(false);
  });
});
