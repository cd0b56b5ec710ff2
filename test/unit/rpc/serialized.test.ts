// libvirt/rpc as a Pulumi provider reaches it (the installed package, required by the provider
// text), run in a fresh node process:
// errors keep their messages, the predicates work across copies of the classes, framing, XDR,
// call routing, keepalive and a unix transport behave as they do unserialized.
import { serializeAndRun, selfExportReads } from "./serialized-support";

const SMOKE = `
const { rpc, client, transport } = api;
const net = require("net");
const os = require("os");
const path = require("path");
const fs = require("fs");
const out = {};

const e = new rpc.LibvirtError(42, 10, "Domain not found: no domain with matching name 'vm1'");
out.libvirtError = { message: e.message, name: e.name, codeName: e.codeName, isNoDomain: rpc.isNoDomain(e), isNoNetwork: rpc.isNoNetwork(e) };
// An error made by another provider's copy of the class: same name and code, another prototype.
out.foreignNoDomain = rpc.isNoDomain(Object.assign(new Error("gone"), { name: "LibvirtError", code: 42 }));
const lost = new rpc.ConnectionLostError("connection to unix:/x lost");
out.lost = { message: lost.message, isConnectionLost: rpc.isConnectionLost(lost), isNoDomain: rpc.isNoDomain(lost) };
out.otherErrors = [new rpc.XdrError("a"), new rpc.FramingError("b"), new rpc.UriError("c"), new rpc.ConnectTimeoutError("d")].map((x) => x.message);
// What the provider host prints for a failed read or delete: \`\${e}: \${e.stack}\`.
out.printed = [lost, e, new rpc.DeadlineExceededError("DOMAIN_GET_XML_DESC", 15000, "late"), new rpc.XdrError("a"), new rpc.UriError("c")].map((x) => ({
  text: String(x),
  isError: x instanceof Error,
  stackHead: typeof x.stack === "string" ? x.stack.split("\\n")[0] : x.stack,
  hasFrames: typeof x.stack === "string" && /\\n\\s+at /.test(x.stack),
}));

const header = { program: 0x20008086, version: 1, procedure: rpc.Proc.DOMAIN_LOOKUP_BY_NAME, type: rpc.MessageType.CALL, serial: 7, status: rpc.MessageStatus.OK };
const wire = rpc.encodePacket(header, Buffer.from("abcd"));
const split = new rpc.PacketDecoder();
out.framing = [...split.push(wire.subarray(0, 2)), ...split.push(wire.subarray(2, 30)), ...split.push(wire.subarray(30))]
  .map((p) => ({ header: p.header, payload: p.payload.toString() }));
try {
  new rpc.XdrWriter().string("x".repeat(4 * 1024 * 1024 + 1));
  out.xdrLimit = "accepted";
} catch (err) {
  out.xdrLimit = err.message;
}

// The call router over an in-memory transport, playing the daemon.
const listeners = {};
const decoder = new rpc.PacketDecoder();
const written = [];
const fake = {
  description: "fake",
  on(event, fn) { (listeners[event] = listeners[event] || []).push(fn); return this; },
  write(data) { written.push(...decoder.push(data)); return true; },
  destroy() {},
  setRef() {},
};
const c = new client.RpcClient(fake);
const call = c.call(rpc.Proc.DOMAIN_LOOKUP_BY_NAME, Buffer.alloc(0), "DOMAIN_LOOKUP_BY_NAME");
const sent = written[0].header;
out.callHeader = { program: sent.program, version: sent.version, type: sent.type };
const remoteError = new rpc.XdrWriter().i32(42).i32(10).optString("Domain not found: no domain with matching name 'vm1'").i32(2).toBuffer();
const reply = (h, payload) => listeners.data.forEach((fn) => fn(rpc.encodePacket(h, payload)));
reply({ ...sent, type: rpc.MessageType.REPLY, status: rpc.MessageStatus.ERROR }, remoteError);
try {
  await call;
  out.callError = "resolved";
} catch (err) {
  out.callError = { message: err.message, isNoDomain: rpc.isNoDomain(err), procedure: err.procedure };
}
reply({ program: 0x6b656570, version: 1, procedure: 1, type: rpc.MessageType.MESSAGE, serial: 0, status: rpc.MessageStatus.OK });
out.keepaliveAnswer = written.slice(1).map((p) => ({ program: p.header.program, procedure: p.header.procedure, type: p.header.type }));
c.destroy();

// A unix transport against an echo server: data and close arrive through the transport's emitter.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kvmit-rpc-echo-"));
const socketPath = path.join(dir, "echo.sock");
const server = net.createServer((s) => s.pipe(s));
await new Promise((resolve) => server.listen(socketPath, resolve));
const t = await transport.dial(rpc.parseUri("qemu+unix:///system?socket=" + socketPath));
const echoed = new Promise((resolve) => t.on("data", (chunk) => resolve(chunk.toString())));
const closed = new Promise((resolve) => t.on("close", (err) => resolve(err === undefined ? "deliberate" : err.message)));
t.write(Buffer.from("ping"));
out.echo = await echoed;
t.destroy();
out.close = await closed;
server.close();
fs.rmSync(dir, { recursive: true, force: true });
return out;
`;

describe("libvirt/rpc serialized as in a Pulumi provider", () => {
  let text: string;
  let result: Record<string, unknown>;

  beforeAll(async () => {
    ({ text, result } = (await serializeAndRun(
      { rpc: "libvirt/rpc/index.ts", client: "libvirt/rpc/client.ts", transport: "libvirt/rpc/transport.ts" },
      SMOKE,
    )) as { text: string; result: Record<string, unknown> });
  }, 120000);

  test("the provider text loads libvirt/rpc from the installed package instead of carrying it", () => {
    expect(text).toContain('require("@kvm-infra/libvirt/rpc/index.js")');
    expect(text.length).toBeLessThan(2000);
  });

  test("the provider text reads no module's exports as `exports.X`", () => {
    expect([...new Set(text.match(/\bexports\.(?!handler\b)[A-Za-z_$][\w$]*/g) ?? [])]).toEqual([]);
  });

  test("a LibvirtError keeps its message and code name, and the not-found predicates tell kinds apart", () => {
    expect(result.libvirtError).toEqual({
      message: "Domain not found: no domain with matching name 'vm1'",
      name: "LibvirtError",
      codeName: "VIR_ERR_NO_DOMAIN",
      isNoDomain: true,
      isNoNetwork: false,
    });
  });

  test("the predicates recognise an error made by another provider's copy of the classes", () => {
    expect(result.foreignNoDomain).toBe(true);
  });

  test("ConnectionLostError and the other error classes keep their messages", () => {
    expect(result.lost).toEqual({ message: "connection to unix:/x lost", isConnectionLost: true, isNoDomain: false });
    expect(result.otherErrors).toEqual(["a", "b", "c", "d"]);
  });

  test("every error class is a real Error there: the host prints name and message, then a stack, never [object Object]", () => {
    expect(result.printed).toEqual(
      [
        "ConnectionLostError: connection to unix:/x lost",
        "LibvirtError: Domain not found: no domain with matching name 'vm1'",
        "DeadlineExceededError: late",
        "XdrError: a",
        "UriError: c",
      ].map((text) => ({ text, isError: true, stackHead: text, hasFrames: true })),
    );
  });

  test("a packet survives encoding and decoding in chunks split inside its length and header", () => {
    expect(result.framing).toEqual([
      { header: { program: 0x20008086, version: 1, procedure: 23, type: 0, serial: 7, status: 0 }, payload: "abcd" },
    ]);
  });

  test("XDR strings past libvirt's 4 MiB limit are refused", () => {
    expect(result.xdrLimit).toBe("string of 4194305 bytes exceeds the limit of 4194304");
  });

  test("a call goes out to the remote program and a remote error rejects it as a LibvirtError", () => {
    expect(result.callHeader).toEqual({ program: 0x20008086, version: 1, type: 0 });
    expect(result.callError).toEqual({
      message: "Domain not found: no domain with matching name 'vm1'",
      isNoDomain: true,
      procedure: "DOMAIN_LOOKUP_BY_NAME",
    });
  });

  test("the daemon's keepalive PING is answered with a PONG", () => {
    expect(result.keepaliveAnswer).toEqual([{ program: 0x6b656570, procedure: 2, type: 2 }]);
  });

  test("a unix transport delivers data and reports a deliberate close", () => {
    expect(result.echo).toBe("ping");
    expect(result.close).toBe("deliberate");
  });
});

describe("libvirt/rpc sources", () => {
  test("no module reads its own export const (compiled to `exports.X`, left as such in provider texts)", () => {
    expect(selfExportReads("libvirt/rpc")).toEqual([]);
  });
});
