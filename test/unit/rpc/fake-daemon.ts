// A scripted libvirtd on a local TCP port for the deadline tests: it does the handshake, answers
// keepalive PINGs (unless told not to), takes volume uploads, and can freeze like a SIGSTOPped ssh
// (it stops reading and writing altogether, so nothing arrives and nothing drains).
import { createServer, Server, Socket, AddressInfo } from "net";
import { PacketDecoder, encodePacket, MessageType, MessageStatus, Packet } from "../../../libvirt/rpc/framing";
import { Proc } from "../../../libvirt/rpc";
import { KEEPALIVE_PROGRAM } from "../../../libvirt/rpc/client";
import { XdrWriter } from "../../../libvirt/rpc/xdr";

/** How the daemon answers one CALL after the handshake: a reply payload, or "hold" for never. */
export type Answer = Buffer | "hold" | { afterMs: number; payload?: Buffer };
export type Script = (procedure: number, p: Packet) => Answer;

export interface FakeDaemon {
  uri: string;
  /** Bytes of STREAM data received per connection, in order of connection. */
  uploaded: number[];
  /** Stops every open connection dead: no reads, no writes, no PONG. New connections work. */
  freeze(): void;
  /** Whether PINGs get a PONG (a daemon busy in its event loop would not). */
  answerPings: boolean;
  /** Reads upload data no faster than this many bytes per 100 ms (0: as fast as it comes). */
  uploadRate: number;
  /** Sends a REPLY for `serial` on the latest connection (a late answer to a call that gave up). */
  lateReply(serial: number, procedure: number): void;
  /** Serials of held calls on the latest connection. */
  held: Array<{ serial: number; procedure: number }>;
  close(): Promise<void>;
}

export function domainRef(name: string): Buffer {
  return new XdrWriter().string(name).fixedOpaque(Buffer.alloc(16, 7), 16).i32(-1).toBuffer();
}

function handshake(procedure: number): Buffer | undefined {
  if (procedure === Proc.AUTH_LIST) return new XdrWriter().u32(1).i32(0).toBuffer();
  if (procedure === Proc.CONNECT_SUPPORTS_FEATURE) return new XdrWriter().i32(1).toBuffer();
  if (procedure === Proc.CONNECT_OPEN || procedure === Proc.CONNECT_CLOSE) return Buffer.alloc(0);
  return undefined;
}

export function startFakeDaemon(script: Script): Promise<FakeDaemon> {
  const sockets: Socket[] = [];
  const frozen = new Set<Socket>();
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  let latest: Socket | undefined;
  const daemon: FakeDaemon = {
    uri: "",
    uploaded: [],
    answerPings: true,
    uploadRate: 0,
    held: [],
    freeze() {
      for (const s of sockets) {
        frozen.add(s);
        s.pause();
      }
    },
    lateReply(serial, procedure) {
      latest?.write(
        encodePacket(
          { program: 0x20008086, version: 1, procedure, type: MessageType.REPLY, serial, status: MessageStatus.OK },
          domainRef("late"),
        ),
      );
    },
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((sock) => {
    sockets.push(sock);
    latest = sock;
    daemon.held = [];
    const index = daemon.uploaded.push(0) - 1;
    const decoder = new PacketDecoder();
    const send = (h: Packet["header"], type: number, status: number, payload: Buffer = Buffer.alloc(0)) => {
      if (!frozen.has(sock) && !sock.destroyed) sock.write(encodePacket({ ...h, type, status }, payload));
    };
    const onPacket = (p: Packet) => {
      const h = p.header;
      if (h.program === KEEPALIVE_PROGRAM) {
        if (h.procedure === 1 && daemon.answerPings) send({ ...h, procedure: 2 }, MessageType.MESSAGE, MessageStatus.OK);
        return;
      }
      if (h.type === MessageType.STREAM) {
        if (h.status === MessageStatus.CONTINUE) daemon.uploaded[index] += p.payload.length;
        else if (h.status === MessageStatus.OK) send(h, MessageType.STREAM, MessageStatus.OK);
        return;
      }
      if (h.type !== MessageType.CALL) return;
      const hs = handshake(h.procedure);
      const answer: Answer = hs ?? script(h.procedure, p);
      if (answer === "hold") daemon.held.push({ serial: h.serial, procedure: h.procedure });
      else if (Buffer.isBuffer(answer)) send(h, MessageType.REPLY, MessageStatus.OK, answer);
      else timers.push(setTimeout(() => send(h, MessageType.REPLY, MessageStatus.OK, answer.payload), answer.afterMs));
    };
    sock.on("data", (chunk: Buffer) => {
      if (frozen.has(sock)) return;
      for (const p of decoder.push(chunk)) onPacket(p);
      if (daemon.uploadRate > 0 && chunk.length > 0) {
        // Throttle: stop reading for as long as this chunk "takes" at the configured rate.
        sock.pause();
        timers.push(
          setTimeout(
            () => {
              if (!frozen.has(sock)) sock.resume();
            },
            Math.ceil((chunk.length / daemon.uploadRate) * 100),
          ),
        );
      }
    });
    sock.on("error", () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      daemon.uri = `qemu+tcp://127.0.0.1:${(server.address() as AddressInfo).port}/system`;
      resolve(daemon);
    }),
  );
}
