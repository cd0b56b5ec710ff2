import {
  PacketDecoder,
  encodePacket,
  MessageType,
  MessageStatus,
  Packet,
  PacketHeader,
  MESSAGE_MAX,
  FramingError,
} from "../../../libvirt/rpc/framing";

const header = (serial: number, procedure = 14, type: number = MessageType.REPLY): PacketHeader => ({
  program: 0x20008086,
  version: 1,
  procedure,
  type,
  serial,
  status: MessageStatus.OK,
});

// Three packets back to back: an event with serial 1, a reply with a payload, an empty reply.
const packets: Array<[PacketHeader, Buffer]> = [
  [header(1, 318, MessageType.MESSAGE), Buffer.from("0000000501020304", "hex")],
  [header(7), Buffer.from("the reply payload, odd length")],
  [header(8, 2), Buffer.alloc(0)],
];
const wire = Buffer.concat(packets.map(([h, p]) => encodePacket(h, p)));

function expectPackets(got: Packet[]): void {
  expect(got.map((p) => p.header)).toEqual(packets.map(([h]) => h));
  expect(got.map((p) => p.payload.toString("hex"))).toEqual(packets.map(([, p]) => p.toString("hex")));
}

describe("packet framing", () => {
  it("writes the length (counting itself) and the 24-byte header big-endian", () => {
    const b = encodePacket(header(5, 66, MessageType.CALL), Buffer.from([0xaa]));
    expect(b.toString("hex")).toBe("0000001d" + "20008086" + "00000001" + "00000042" + "00000000" + "00000005" + "00000000" + "aa");
  });

  it("decodes packets fed whole", () => {
    expectPackets(new PacketDecoder().push(wire));
  });

  it("decodes packets fed byte by byte", () => {
    const d = new PacketDecoder();
    const got: Packet[] = [];
    for (let i = 0; i < wire.length; i++) got.push(...d.push(wire.subarray(i, i + 1)));
    expectPackets(got);
    expect(d.pending).toBe(0);
  });

  it("decodes packets split in two at every boundary", () => {
    for (let cut = 0; cut <= wire.length; cut++) {
      const d = new PacketDecoder();
      const got = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))];
      expectPackets(got);
    }
  });

  it("decodes packets split in three at every pair of boundaries", () => {
    for (let a = 0; a <= wire.length; a += 3) {
      for (let b = a; b <= wire.length; b += 5) {
        const d = new PacketDecoder();
        const got = [...d.push(wire.subarray(0, a)), ...d.push(wire.subarray(a, b)), ...d.push(wire.subarray(b))];
        expectPackets(got);
      }
    }
  });

  it("accepts a packet at the 16 MiB limit and refuses one byte more", () => {
    const max = Buffer.alloc(4);
    max.writeUInt32BE(MESSAGE_MAX + 4);
    expect(new PacketDecoder().push(max)).toEqual([]);
    const over = Buffer.alloc(4);
    over.writeUInt32BE(MESSAGE_MAX + 5);
    expect(() => new PacketDecoder().push(over)).toThrow(/16 MiB/);
  });

  it("refuses a length shorter than a header, and stays failed", () => {
    const d = new PacketDecoder();
    expect(() => d.push(Buffer.from("00000010", "hex"))).toThrow(FramingError);
    expect(() => d.push(wire)).toThrow(FramingError);
  });

  it("refuses to encode a payload over the limit", () => {
    expect(() => encodePacket(header(1), Buffer.alloc(MESSAGE_MAX))).toThrow(/limit/);
  });
});
