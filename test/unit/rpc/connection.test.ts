// The connection handshake against a scripted daemon on a local TCP port: the order of calls
// libvirt's client makes, auth choices (none, polkit, SASL refused), the connect timeout, and the
// XDR arguments of the domain metadata calls.
import { createServer, Server, Socket } from "net";
import { AddressInfo } from "net";
import { Connection, ConnectTimeoutError, LibvirtError, runWithDeadlines } from "../../../libvirt/rpc";
import { PacketDecoder, encodePacket, MessageType, MessageStatus, Packet } from "../../../libvirt/rpc/framing";
import { XdrReader, XdrWriter } from "../../../libvirt/rpc/xdr";

type Script = (p: Packet, reply: (payload?: Buffer) => void) => void;

/** A fake libvirtd: answers each CALL through `script`, records the procedures it saw. */
function fakeDaemon(script: Script): Promise<{ server: Server; port: number; seen: number[]; sockets: Socket[] }> {
  const seen: number[] = [];
  const sockets: Socket[] = [];
  const server = createServer((sock) => {
    sockets.push(sock);
    const d = new PacketDecoder();
    sock.on("data", (chunk) => {
      for (const p of d.push(chunk)) {
        if (p.header.type !== MessageType.CALL) continue;
        seen.push(p.header.procedure);
        script(p, (payload = Buffer.alloc(0)) =>
          sock.write(encodePacket({ ...p.header, type: MessageType.REPLY, status: MessageStatus.OK }, payload)),
        );
      }
    });
    sock.on("error", () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port, seen, sockets })),
  );
}

const authList = (...types: number[]) => {
  const w = new XdrWriter().u32(types.length);
  for (const t of types) w.i32(t);
  return w.toBuffer();
};

function standard(auth: number[]): Script {
  return (p, reply) => {
    switch (p.header.procedure) {
      case 66:
        return reply(authList(...auth));
      case 70:
        return reply(new XdrWriter().i32(1).toBuffer());
      case 60:
        return reply(new XdrWriter().i32(1).toBuffer());
      case 1:
        return reply();
      case 2:
        return reply();
      case 59:
        return reply(new XdrWriter().string("fakehost").toBuffer());
    }
  };
}

describe("the connection handshake", () => {
  let daemon: Awaited<ReturnType<typeof fakeDaemon>>;
  afterEach(async () => {
    for (const s of daemon.sockets) s.destroy();
    await new Promise((r) => daemon.server.close(r));
  });

  it("makes libvirt's calls in libvirt's order and opens the URI's driver", async () => {
    let openedName: string | null = null;
    daemon = await fakeDaemon((p, reply) => {
      if (p.header.procedure === 1) openedName = new XdrReader(p.payload).optString();
      standard([0])(p, reply);
    });
    const conn = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`);
    expect(await conn.connectGetHostname()).toBe("fakehost");
    await conn.close();
    expect(daemon.seen).toEqual([66, 60, 1, 59, 2]);
    expect(openedName).toBe("qemu:///system");
    expect(conn.closed).toBe(true);
  });

  it("authenticates with polkit when that is what the daemon offers", async () => {
    daemon = await fakeDaemon(standard([2]));
    const conn = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`);
    await conn.close();
    expect(daemon.seen.slice(0, 2)).toEqual([66, 70]);
  });

  it("refuses SASL with an error saying to use the ssh transport or auth_tcp=none / tls", async () => {
    daemon = await fakeDaemon(standard([1]));
    const e = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`).catch((x) => x);
    expect(e).toBeInstanceOf(LibvirtError);
    expect(e.message).toMatch(/SASL/);
    expect(e.message).toMatch(/qemu\+ssh/);
    expect(e.message).toMatch(/auth_tcp = "none"/);
    expect(e.message).toMatch(/tls/);
    expect(daemon.seen).toEqual([66]);
  });

  it("bounds connecting by the read deadline, the connection's own or the ambient one (a frozen login is not a 30 s hang)", async () => {
    daemon = await fakeDaemon(() => undefined);
    const uri = `qemu+tcp://127.0.0.1:${daemon.port}/system`;
    const own = await Connection.open(uri, { deadlines: { readMs: 250 } }).catch((x) => x);
    expect(own).toBeInstanceOf(ConnectTimeoutError);
    expect(own.message).toMatch(/timed out after 250 ms/);
    const ambient = await runWithDeadlines({ readMs: 200 }, () => Connection.open(uri)).catch((x) => x);
    expect(ambient.message).toMatch(/timed out after 200 ms/);
  });

  it("gives up with ConnectTimeoutError when the daemon never answers", async () => {
    daemon = await fakeDaemon(() => undefined);
    const started = Date.now();
    const e = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`, { timeoutMs: 300 }).catch((x) => x);
    expect(e).toBeInstanceOf(ConnectTimeoutError);
    expect(e.message).toMatch(/timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
    // The abandoned socket is closed, not left open.
    await new Promise((r) => setTimeout(r, 50));
    expect(daemon.sockets.every((s) => s.destroyed || s.readableEnded)).toBe(true);
  });

  it("reports a refused connection with the address it tried", async () => {
    daemon = await fakeDaemon(() => undefined);
    const port = daemon.port;
    await new Promise((r) => daemon.server.close(r));
    daemon = await fakeDaemon(() => undefined);
    await expect(Connection.open(`qemu+tcp://127.0.0.1:${port}/system`)).rejects.toThrow(`tcp:127.0.0.1:${port}`);
  });
});

describe("domain metadata calls", () => {
  let daemon: Awaited<ReturnType<typeof fakeDaemon>>;
  afterEach(async () => {
    for (const s of daemon.sockets) s.destroy();
    await new Promise((r) => daemon.server.close(r));
  });
  const dom = { name: "d1", uuid: "4dea22b3-1d52-d8f3-2516-782e98ab3fa0", id: 7 };

  it("sends SET_METADATA (264) as {domain, type, metadata?, key?, uri?, flags} with null as an absent string", async () => {
    const calls: Array<Record<string, unknown>> = [];
    daemon = await fakeDaemon((p, reply) => {
      if (p.header.procedure !== 264) return standard([0])(p, reply);
      const r = new XdrReader(p.payload);
      calls.push({
        name: r.string(),
        uuid: r.fixedOpaque(16).toString("hex"),
        id: r.i32(),
        type: r.i32(),
        metadata: r.optString(),
        key: r.optString(),
        uri: r.optString(),
        flags: r.u32(),
      });
      reply();
    });
    const conn = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`);
    await conn.domainSetMetadata(dom, 1, "a title", null, null, 1);
    await conn.domainSetMetadata(dom, 0, null, null, null, 2);
    await conn.close();
    const common = { name: "d1", uuid: "4dea22b31d52d8f32516782e98ab3fa0", id: 7, key: null, uri: null };
    expect(calls).toEqual([
      { ...common, type: 1, metadata: "a title", flags: 1 },
      { ...common, type: 0, metadata: null, flags: 2 },
    ]);
  });

  it("sends GET_METADATA (265) as {domain, type, uri?, flags} and returns the string reply", async () => {
    let args: unknown;
    daemon = await fakeDaemon((p, reply) => {
      if (p.header.procedure !== 265) return standard([0])(p, reply);
      const r = new XdrReader(p.payload);
      r.string();
      r.fixedOpaque(16);
      r.i32();
      args = { type: r.i32(), uri: r.optString(), flags: r.u32() };
      reply(new XdrWriter().string("the description").toBuffer());
    });
    const conn = await Connection.open(`qemu+tcp://127.0.0.1:${daemon.port}/system`);
    expect(await conn.domainGetMetadata(dom, 0, null, 1)).toBe("the description");
    await conn.close();
    expect(args).toEqual({ type: 0, uri: null, flags: 1 });
  });
});
