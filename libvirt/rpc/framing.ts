// Packet framing of libvirt's RPC: a u32 length (counting itself), a 24-byte header, a payload.
// The decoder is fed arbitrary chunks from the transport and yields whole packets.
import { KvmInfraError } from "./base-error";

// For Pulumi's closure serializer: constants are exported from the list at the end (it would leave
// this module's own reads of an `export const` as a dangling `exports.X`), and the error assigns
// its message (the serialized super(message) sets none).

/** Header + payload limit of one packet (VIR_NET_MESSAGE_MAX); the length word is not counted. */
const MESSAGE_MAX = 16 * 1024 * 1024;
const HEADER_SIZE = 24;
const LENGTH_SIZE = 4;
/** Largest payload one packet carries (VIR_NET_MESSAGE_PAYLOAD_MAX). */
const PAYLOAD_MAX = MESSAGE_MAX - HEADER_SIZE;

const MessageType = { CALL: 0, REPLY: 1, MESSAGE: 2, STREAM: 3, CALL_WITH_FDS: 4, REPLY_WITH_FDS: 5, STREAM_HOLE: 6 } as const;
const MessageStatus = { OK: 0, ERROR: 1, CONTINUE: 2 } as const;

export interface PacketHeader {
  program: number;
  version: number;
  procedure: number;
  type: number;
  serial: number;
  status: number;
}

export interface Packet {
  header: PacketHeader;
  payload: Buffer;
}

export class FramingError extends KvmInfraError {
  constructor(message: string) {
    super("FramingError", message);
  }
}

/** One packet as bytes on the wire. */
export function encodePacket(header: PacketHeader, payload: Buffer = Buffer.alloc(0)): Buffer {
  if (payload.length > PAYLOAD_MAX) {
    throw new FramingError(`payload of ${payload.length} bytes exceeds libvirt's packet limit of ${PAYLOAD_MAX} bytes`);
  }
  const total = LENGTH_SIZE + HEADER_SIZE + payload.length;
  const out = Buffer.allocUnsafe(total);
  out.writeUInt32BE(total, 0);
  out.writeUInt32BE(header.program >>> 0, 4);
  out.writeUInt32BE(header.version >>> 0, 8);
  out.writeInt32BE(header.procedure, 12);
  out.writeInt32BE(header.type, 16);
  out.writeUInt32BE(header.serial >>> 0, 20);
  out.writeInt32BE(header.status, 24);
  payload.copy(out, LENGTH_SIZE + HEADER_SIZE);
  return out;
}

function decodeHeader(buf: Buffer, offset: number): PacketHeader {
  return {
    program: buf.readUInt32BE(offset),
    version: buf.readUInt32BE(offset + 4),
    procedure: buf.readInt32BE(offset + 8),
    type: buf.readInt32BE(offset + 12),
    serial: buf.readUInt32BE(offset + 16),
    status: buf.readInt32BE(offset + 20),
  };
}

/**
 * Reassembles packets from a byte stream. Chunks are kept in a list and only joined once a
 * whole packet is present, so a large stream packet arriving in many small reads costs one copy.
 */
export class PacketDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = -1;
  private failed: FramingError | null = null;

  /** Feeds bytes; returns the packets completed by them. Throws FramingError on a bad length. */
  push(chunk: Buffer): Packet[] {
    if (this.failed) throw this.failed;
    const out: Packet[] = [];
    if (chunk.length === 0) return out;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < LENGTH_SIZE) break;
        const len = this.peekLength();
        if (len < LENGTH_SIZE + HEADER_SIZE) {
          this.failed = new FramingError(`packet length ${len} is shorter than the ${LENGTH_SIZE + HEADER_SIZE}-byte minimum`);
          throw this.failed;
        }
        if (len - LENGTH_SIZE > MESSAGE_MAX) {
          this.failed = new FramingError(`packet of ${len} bytes exceeds libvirt's 16 MiB limit`);
          throw this.failed;
        }
        this.expected = len;
      }
      if (this.buffered < this.expected) break;
      const whole = this.take(this.expected);
      this.expected = -1;
      out.push({
        header: decodeHeader(whole, LENGTH_SIZE),
        payload: whole.subarray(LENGTH_SIZE + HEADER_SIZE),
      });
    }
    return out;
  }

  /** Bytes held that do not yet form a whole packet. */
  get pending(): number {
    return this.buffered;
  }

  private peekLength(): number {
    const first = this.chunks[0];
    if (first.length >= LENGTH_SIZE) return first.readUInt32BE(0);
    const head = Buffer.concat(this.chunks, Math.min(this.buffered, 64)).subarray(0, LENGTH_SIZE);
    return head.readUInt32BE(0);
  }

  private take(n: number): Buffer {
    const first = this.chunks[0];
    let whole: Buffer;
    if (first.length >= n) {
      whole = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      whole = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const c = this.chunks[0];
        const use = Math.min(c.length, n - filled);
        c.copy(whole, filled, 0, use);
        filled += use;
        if (use === c.length) this.chunks.shift();
        else this.chunks[0] = c.subarray(use);
      }
    }
    this.buffered -= n;
    return whole;
  }
}

export { MESSAGE_MAX, HEADER_SIZE, LENGTH_SIZE, PAYLOAD_MAX, MessageType, MessageStatus };
