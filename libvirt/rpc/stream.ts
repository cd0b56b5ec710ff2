// Data streams of the remote protocol (volume upload and download): STREAM packets on the serial
// of the call that opened them, CONTINUE for data, an empty OK to finish, answered by the server.
// The opening call has a deadline; the data has none: it may take as long as it keeps moving (the
// client declares the connection lost when a stream stays silent, see ClientOptions.streamIdleMs).
import { Readable } from "stream";
import { RpcClient, REMOTE_PROGRAM, REMOTE_VERSION, StreamSink } from "./client";
import { MessageStatus, MessageType, Packet, PacketHeader } from "./framing";
import { decodeRemoteError } from "./errors";

// Constants are exported from the list at the end, not with `export const`: Pulumi's closure
// serializer would leave this module's own reads of them as a dangling `exports.X`.

/** Size of the STREAM packets we send; libvirt's own client uses the same. */
const STREAM_CHUNK = 256 * 1024;

function streamHeader(procedure: number, serial: number, status: number): PacketHeader {
  return { program: REMOTE_PROGRAM, version: REMOTE_VERSION, procedure, type: MessageType.STREAM, serial, status };
}

async function* chunksOf(source: NodeJS.ReadableStream | Buffer): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    yield source;
    return;
  }
  for await (const chunk of source as AsyncIterable<Buffer | string>) {
    yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  }
}

export interface StreamOptions {
  /** Deadline of the call that opens the stream. */
  deadlineMs?: number;
  /** Called with the bytes moved so far, after each chunk. */
  onProgress?: (bytes: number) => void;
}

/**
 * Opens a stream with a CALL (e.g. STORAGE_VOL_UPLOAD) and sends `source` through it, waiting
 * for the transport to drain whenever it pushes back, then finishes and waits for the server's OK.
 */
export async function uploadStream(
  client: RpcClient,
  procedure: number,
  args: Buffer,
  source: NodeJS.ReadableStream | Buffer,
  label: string,
  opts: StreamOptions = {},
): Promise<void> {
  const serial = client.nextSerial();
  let failure: Error | null = null;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const finished = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  finished.catch(() => undefined);
  const sink: StreamSink = {
    onPacket(p: Packet) {
      if (p.header.status === MessageStatus.ERROR) {
        failure = decodeRemoteError(p.payload, label);
        settle.reject(failure);
      } else if (p.header.type === MessageType.STREAM && p.header.status === MessageStatus.OK) {
        settle.resolve();
      }
    },
    onLost(err) {
      failure = err;
      settle.reject(err);
    },
  };
  client.addStream(serial, sink);
  try {
    await client.call(procedure, args, label, { serial, deadlineMs: opts.deadlineMs });
    const data = streamHeader(procedure, serial, MessageStatus.CONTINUE);
    let sent = 0;
    for await (const chunk of chunksOf(source)) {
      for (let off = 0; off < chunk.length; off += STREAM_CHUNK) {
        if (failure) throw failure;
        const piece = chunk.subarray(off, off + STREAM_CHUNK);
        const more = client.send(data, piece);
        sent += piece.length;
        opts.onProgress?.(sent);
        if (!more) await Promise.race([client.waitDrain(), finished]);
      }
    }
    if (failure) throw failure;
    client.send(streamHeader(procedure, serial, MessageStatus.OK));
    await finished;
  } catch (e) {
    // Our side failed (the source errored): tell the daemon to abort, as virStreamAbort does.
    if (!failure && !client.closed) {
      try {
        client.send(streamHeader(procedure, serial, MessageStatus.ERROR));
      } catch {
        // The connection is going away; nothing left to abort.
      }
    }
    throw e;
  } finally {
    client.removeStream(serial);
    if (!Buffer.isBuffer(source) && failure) (source as Readable).destroy?.();
  }
}

/**
 * Opens a stream with a CALL (e.g. STORAGE_VOL_DOWNLOAD) and returns its bytes as a Readable.
 * At the server's end of data (an empty data packet) we send the finish packet, and end the Readable
 * only once the server confirms it, so a failure at the end still surfaces as the Readable's "error".
 */
export async function downloadStream(
  client: RpcClient,
  procedure: number,
  args: Buffer,
  label: string,
  opts: StreamOptions = {},
): Promise<Readable> {
  const serial = client.nextSerial();
  let handedOut = false;
  let finishing = false;
  let done = false;
  const out = new Readable({
    read() {
      // Data is pushed as packets arrive.
    },
    destroy(err, callback) {
      // The consumer gave up early: abort the daemon's side, as virStreamAbort does.
      if (!done && !client.closed) {
        done = true;
        client.removeStream(serial);
        try {
          client.send(streamHeader(procedure, serial, MessageStatus.ERROR));
        } catch {
          // The connection is going away; nothing left to abort.
        }
      }
      callback(err);
    },
  });
  let early: Error | null = null;
  let received = 0;
  const fail = (err: Error) => {
    done = true;
    client.removeStream(serial);
    // Before the caller has the Readable, the returned promise's rejection carries the error instead.
    if (handedOut) out.destroy(err);
    else early = early ?? err;
  };
  const sink: StreamSink = {
    onPacket(p: Packet) {
      const h = p.header;
      if (h.status === MessageStatus.ERROR) {
        fail(decodeRemoteError(p.payload, label));
      } else if (h.type === MessageType.STREAM && h.status === MessageStatus.CONTINUE && p.payload.length > 0) {
        received += p.payload.length;
        opts.onProgress?.(received);
        out.push(p.payload);
      } else if (h.type === MessageType.STREAM && !finishing) {
        // End of data: libvirtd sends an empty CONTINUE packet; we answer with the finish packet.
        finishing = true;
        try {
          client.send(streamHeader(procedure, serial, MessageStatus.OK));
        } catch (e) {
          fail(e as Error);
        }
      } else if (h.type === MessageType.STREAM && h.status === MessageStatus.OK) {
        // The daemon's confirmation of our finish: only now is the download complete.
        done = true;
        client.removeStream(serial);
        out.push(null);
      }
    },
    onLost(err) {
      fail(err);
    },
  };
  client.addStream(serial, sink);
  try {
    await client.call(procedure, args, label, { serial, deadlineMs: opts.deadlineMs });
  } catch (e) {
    done = true;
    client.removeStream(serial);
    out.destroy();
    throw e;
  }
  if (early) {
    done = true;
    out.destroy();
    throw early;
  }
  handedOut = true;
  return out;
}

export { STREAM_CHUNK };
