// Our encoder and decoder against libvirt's own, byte for byte: test/fixtures/rpc-wire holds what
// virsh sent the test bed's libvirtd and what it answered (capture.sh records them through a socat
// proxy). A replay daemon answers our Connection with libvirtd's recorded replies, but only for a
// call whose payload is byte-identical to one virsh made; every decoded value is checked against
// what the capture script set up, not against our own encoding.
import { readFileSync, readdirSync } from "fs";
import { AddressInfo, createServer, Server, Socket } from "net";
import { join } from "path";
import {
  Connection,
  DomainXMLFlags,
  DomainMemoryModFlags,
  DomainVcpuFlags,
  DomainMetadataType,
  DomainModificationImpact,
} from "../../../libvirt/rpc";
import {
  ConnectListAllDomainsFlags,
  NetworkXMLFlags,
  StoragePoolState,
  StorageVolType,
  DomainState,
  DomainEventType,
} from "../../../libvirt/rpc";
import { decodeXdr, encodeXdr, parseShape } from "../../../libvirt/rpc/codec";
import { encodePacket, MessageStatus, MessageType, Packet, PacketDecoder } from "../../../libvirt/rpc/framing";
import { XdrReader, XdrWriter } from "../../../libvirt/rpc/xdr";
import * as gen from "../../../libvirt/rpc/gen/remote-protocol.gen";
import type { ProcedureSpec } from "../../../libvirt/rpc/codec";

const DIR = join(__dirname, "../../fixtures/rpc-wire");
const DOM_UUID = "6b766d69-7467-656e-2d64-6f6d00000001";
const NET_UUID = "6b766d69-7467-656e-2d6e-657400000002";
const POOL_UUID = "6b766d69-7467-656e-2d70-6f6f6c000003";
const POOL_DIR = "/tmp/kvmit-gen-wire-pool";
const REMOTE = 0x20008086;

interface Capture {
  calls: Packet[];
  replies: Packet[];
}

function load(name: string): Capture {
  const packets = (suffix: string) => new PacketDecoder().push(readFileSync(join(DIR, `${name}.${suffix}`)));
  return { calls: packets("c2s"), replies: packets("s2c") };
}

/** Every procedure spec of the remote program, by number. */
const SPECS = new Map<number, ProcedureSpec<unknown, unknown>>(
  Object.entries(gen)
    .filter(([k]) => k.startsWith("REMOTE_PROC_"))
    .map(([, v]) => [(v as ProcedureSpec<unknown, unknown>)[0], v as ProcedureSpec<unknown, unknown>]),
);

interface Replay {
  port: number;
  server: Server;
  /** Our calls that matched none of virsh's, with what virsh sent for that procedure. */
  mismatches: { procedure: string; ours: string; virsh: string[] }[];
  /** The procedures we called, in order. */
  called: string[];
}

/** A daemon that answers a call with libvirtd's recorded reply to the byte-identical call virsh made. */
function replay(capture: Capture): Promise<Replay> {
  const state: Replay = { port: 0, server: undefined as unknown as Server, mismatches: [], called: [] };
  const sockets: Socket[] = [];
  const server = createServer((sock) => {
    sockets.push(sock);
    sock.on("error", () => undefined);
    const d = new PacketDecoder();
    sock.on("data", (chunk) => {
      for (const p of d.push(chunk)) {
        if (p.header.program !== REMOTE || p.header.type !== MessageType.CALL) continue;
        const name = SPECS.get(p.header.procedure)?.[1] ?? `procedure ${p.header.procedure}`;
        state.called.push(name);
        const same = capture.calls.filter((c) => c.header.procedure === p.header.procedure);
        const match = same.find((c) => c.payload.equals(p.payload));
        if (!match) {
          state.mismatches.push({ procedure: name, ours: p.payload.toString("hex"), virsh: same.map((c) => c.payload.toString("hex")) });
          const err = new XdrWriter()
            .i32(1)
            .i32(0)
            .optString(`no recorded call of ${name} with these bytes`)
            .i32(2)
            .u32(0)
            .u32(0)
            .u32(0)
            .u32(0)
            .i32(0)
            .i32(0)
            .u32(0);
          sock.write(encodePacket({ ...p.header, type: MessageType.REPLY, status: MessageStatus.ERROR }, err.toBuffer()));
          continue;
        }
        const reply = capture.replies.find((r) => r.header.type === MessageType.REPLY && r.header.serial === match.header.serial)!;
        sock.write(encodePacket({ ...p.header, type: MessageType.REPLY, status: reply.header.status }, reply.payload));
        // Events libvirtd sent after this reply follow it, as they did on the wire.
        const after = capture.replies.indexOf(reply);
        for (const m of capture.replies.slice(after + 1)) {
          if (m.header.type !== MessageType.MESSAGE) break;
          sock.write(encodePacket(m.header, m.payload));
        }
      }
    });
  });
  state.server = server;
  server.on("close", () => sockets.forEach((s) => s.destroy()));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      state.port = (server.address() as AddressInfo).port;
      resolve(state);
    }),
  );
}

/** Runs `work` on a Connection served by the replay of `name`; returns the replay's record. */
async function against<T>(name: string, work: (conn: Connection) => Promise<T>): Promise<{ result: T; replay: Replay }> {
  const r = await replay(load(name));
  try {
    const conn = await Connection.open(`qemu+tcp://127.0.0.1:${r.port}/system`, { timeoutMs: 10000 });
    try {
      const result = await work(conn);
      return { result, replay: r };
    } finally {
      await conn.close();
    }
  } finally {
    await new Promise((resolve) => r.server.close(resolve));
  }
}

function expectAllMatched(r: Replay, procedures: string[]) {
  expect(r.mismatches).toEqual([]);
  // The handshake libvirt's client makes, then the procedures of the case, then CONNECT_CLOSE.
  expect(r.called).toEqual(["AUTH_LIST", "CONNECT_SUPPORTS_FEATURE", "CONNECT_OPEN", ...procedures, "CONNECT_CLOSE"]);
}

describe("the generated codec against libvirt's wire bytes", () => {
  test("every packet virsh and libvirtd exchanged decodes with the generated shapes and encodes back to the same bytes", () => {
    const cases = readdirSync(DIR).filter((f) => f.endsWith(".c2s"));
    expect(cases.length).toBeGreaterThanOrEqual(19);
    const seen = new Set<string>();
    for (const file of cases) {
      const { calls, replies } = load(file.replace(/\.c2s$/, ""));
      for (const p of [...calls, ...replies]) {
        if (p.header.program !== REMOTE || p.header.status !== MessageStatus.OK) continue;
        const spec = SPECS.get(p.header.procedure);
        expect(spec).toBeDefined();
        const [, name, args, ret, msg] = spec!;
        const shape = p.header.type === MessageType.CALL ? args : p.header.type === MessageType.MESSAGE ? msg : ret;
        if (shape === null) {
          expect({ name, bytes: p.payload.length }).toEqual({ name, bytes: 0 });
          continue;
        }
        const r = new XdrReader(p.payload);
        const value = decodeXdr(r, shape);
        expect({ name, left: r.remaining }).toEqual({ name, left: 0 });
        expect({ name, bytes: encodeXdr(new XdrWriter(), shape, value).toBuffer().toString("hex") }).toEqual({
          name,
          bytes: p.payload.toString("hex"),
        });
        seen.add(name);
      }
    }
    // Procedures whose shapes this covers beyond what kvm-infra calls.
    for (const p of [
      "NODE_GET_SECURITY_MODEL",
      "DOMAIN_GET_SECURITY_LABEL",
      "STORAGE_POOL_LOOKUP_BY_VOLUME",
      "DOMAIN_GET_MESSAGES",
      "NETWORK_GET_BRIDGE_NAME",
    ]) {
      expect(seen).toContain(p);
    }
  });

  test("the shape notation rejects what it cannot read, naming the position", () => {
    expect(() => parseShape("{name:s10,id:q}")).toThrow(/bad XDR shape at 14 \(unknown type "q"\)/);
    expect(() => parseShape("{name:s10")).toThrow(/bad XDR shape/);
    expect(parseShape(gen.remote_nonnull_domain)).toEqual({
      k: "struct",
      f: [
        ["name", { k: "string", max: 4194304 }],
        ["uuid", { k: "uuid" }],
        ["id", { k: "int" }],
      ],
    });
  });
});

describe("Connection's calls are byte-identical to virsh's", () => {
  test("dumpxml --inactive --security-info", async () => {
    const { result, replay } = await against("dom-dumpxml", async (c) => {
      const dom = await c.domainLookupByName("kvmit-gen-dom");
      return { dom, xml: await c.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE | DomainXMLFlags.SECURE) };
    });
    expectAllMatched(replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_GET_XML_DESC"]);
    expect(result.dom).toEqual({ name: "kvmit-gen-dom", uuid: DOM_UUID, id: -1 });
    expect(result.xml).toContain(`<uuid>${DOM_UUID}</uuid>`);
  });

  test("domname <uuid>", async () => {
    const { result, replay } = await against("dom-by-uuid", (c) => c.domainLookupByUuid(DOM_UUID));
    expectAllMatched(replay, ["DOMAIN_LOOKUP_BY_UUID"]);
    expect(result.name).toBe("kvmit-gen-dom");
  });

  test("domstate --reason", async () => {
    const { result, replay } = await against("dom-state", async (c) => c.domainGetState(await c.domainLookupByName("kvmit-gen-dom")));
    expectAllMatched(replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_GET_STATE"]);
    expect(result.state).toBe(DomainState.SHUTOFF);
  });

  test("dominfo", async () => {
    const { result, replay } = await against("dom-info", async (c) => {
      const dom = await c.domainLookupByName("kvmit-gen-dom");
      return { info: await c.domainGetInfo(dom), autostart: await c.domainGetAutostart(dom) };
    });
    expectAllMatched(replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_GET_INFO", "DOMAIN_GET_AUTOSTART"]);
    expect(result.info).toEqual({ state: DomainState.SHUTOFF, maxMemKiB: 131072, memoryKiB: 131072, nrVirtCpu: 2, cpuTimeNs: 0 });
    expect(result.autostart).toBe(false);
  });

  test("setmaxmem --config, setvcpus --config, autostart", async () => {
    const mem = await against("dom-setmaxmem", async (c) =>
      c.domainSetMemoryFlags(
        await c.domainLookupByName("kvmit-gen-dom"),
        262144,
        DomainMemoryModFlags.CONFIG | DomainMemoryModFlags.MAXIMUM,
      ),
    );
    expectAllMatched(mem.replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_SET_MEMORY_FLAGS"]);
    const vcpus = await against("dom-setvcpus", async (c) =>
      c.domainSetVcpusFlags(await c.domainLookupByName("kvmit-gen-dom"), 1, DomainVcpuFlags.CONFIG),
    );
    expectAllMatched(vcpus.replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_SET_VCPUS_FLAGS"]);
    const auto = await against("dom-autostart", async (c) => c.domainSetAutostart(await c.domainLookupByName("kvmit-gen-dom"), true));
    expectAllMatched(auto.replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_SET_AUTOSTART"]);
  });

  test("desc --title: set and get the title", async () => {
    const set = await against("dom-set-title", async (c) =>
      c.domainSetMetadata(
        await c.domainLookupByName("kvmit-gen-dom"),
        DomainMetadataType.TITLE,
        "kvmit gen",
        null,
        null,
        DomainModificationImpact.CONFIG,
      ),
    );
    expectAllMatched(set.replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_SET_METADATA"]);
    const get = await against("dom-get-title", async (c) =>
      c.domainGetMetadata(await c.domainLookupByName("kvmit-gen-dom"), DomainMetadataType.TITLE, null, DomainModificationImpact.CONFIG),
    );
    expectAllMatched(get.replay, ["DOMAIN_LOOKUP_BY_NAME", "DOMAIN_GET_METADATA"]);
    expect(get.result).toBe("kvmit gen");
  });

  test("list --all", async () => {
    const { result, replay } = await against("dom-list", (c) =>
      c.connectListAllDomains(ConnectListAllDomainsFlags.ACTIVE | ConnectListAllDomainsFlags.INACTIVE),
    );
    expectAllMatched(replay, ["CONNECT_LIST_ALL_DOMAINS"]);
    expect(result).toContainEqual({ name: "kvmit-gen-dom", uuid: DOM_UUID, id: -1 });
  });

  test("net-dumpxml --inactive, net-info", async () => {
    const xml = await against("net-dumpxml", async (c) =>
      c.networkGetXmlDesc(await c.networkLookupByName("kvmit-gen-net"), NetworkXMLFlags.INACTIVE),
    );
    expectAllMatched(xml.replay, ["NETWORK_LOOKUP_BY_NAME", "NETWORK_GET_XML_DESC"]);
    expect(xml.result).toContain(`<uuid>${NET_UUID}</uuid>`);
    const info = await against("net-info", async (c) => {
      const net = await c.networkLookupByName("kvmit-gen-net");
      return { net, active: await c.networkIsActive(net), autostart: await c.networkGetAutostart(net) };
    });
    expectAllMatched(info.replay, ["NETWORK_LOOKUP_BY_NAME", "NETWORK_IS_ACTIVE", "NETWORK_GET_AUTOSTART"]);
    expect(info.result).toEqual({ net: { name: "kvmit-gen-net", uuid: NET_UUID }, active: false, autostart: false });
  });

  test("pool-info, pool-refresh", async () => {
    const info = await against("pool-info", async (c) => {
      const pool = await c.storagePoolLookupByName("kvmit-gen-pool");
      return { pool, info: await c.storagePoolGetInfo(pool), autostart: await c.storagePoolGetAutostart(pool) };
    });
    expectAllMatched(info.replay, ["STORAGE_POOL_LOOKUP_BY_NAME", "STORAGE_POOL_GET_INFO", "STORAGE_POOL_GET_AUTOSTART"]);
    expect(info.result.pool).toEqual({ name: "kvmit-gen-pool", uuid: POOL_UUID });
    expect(info.result.info.state).toBe(StoragePoolState.RUNNING);
    expect(info.result.info.capacity).toBeGreaterThan(info.result.info.available);
    const refresh = await against("pool-refresh", async (c) => c.storagePoolRefresh(await c.storagePoolLookupByName("kvmit-gen-pool")));
    expectAllMatched(refresh.replay, ["STORAGE_POOL_LOOKUP_BY_NAME", "STORAGE_POOL_REFRESH"]);
  });

  test("vol-info, vol-dumpxml, vol-list, vol-resize", async () => {
    const vol = { pool: "kvmit-gen-pool", name: "kvmit-gen-vol", key: `${POOL_DIR}/kvmit-gen-vol` };
    const info = await against("vol-info", async (c) => {
      const pool = await c.storagePoolLookupByName("kvmit-gen-pool");
      await c.storagePoolIsActive(pool);
      const v = await c.storageVolLookupByName(pool, "kvmit-gen-vol");
      return { v, info: await c.storageVolGetInfo(v) };
    });
    expect(info.replay.mismatches).toEqual([]);
    expect(info.result.v).toEqual(vol);
    expect(info.result.info).toMatchObject({ type: StorageVolType.FILE, capacity: 1048576 });
    const xml = await against("vol-dumpxml", (c) => c.storageVolGetXmlDesc(vol));
    expectAllMatched(xml.replay, ["STORAGE_VOL_GET_XML_DESC"]);
    expect(xml.result).toContain(`<key>${vol.key}</key>`);
    const list = await against("vol-list", async (c) => c.storagePoolListAllVolumes(await c.storagePoolLookupByName("kvmit-gen-pool")));
    expectAllMatched(list.replay, ["STORAGE_POOL_LOOKUP_BY_NAME", "STORAGE_POOL_LIST_ALL_VOLUMES"]);
    expect(list.result).toEqual([vol]);
    const resize = await against("vol-resize", (c) => c.storageVolResize(vol, 2097152));
    expectAllMatched(resize.replay, ["STORAGE_VOL_RESIZE"]);
  });

  test("event --event lifecycle: registration, the DEFINED event libvirtd sent, deregistration", async () => {
    const events: unknown[] = [];
    const { replay } = await against("dom-event", async (c) => {
      const dom = await c.domainLookupByName("kvmit-gen-dom");
      const reg = await c.domainEventLifecycleRegister(dom, (ev) => events.push(ev));
      for (let i = 0; i < 50 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(reg.callbackId).toBe(5);
      await reg.deregister();
    });
    expectAllMatched(replay, [
      "DOMAIN_LOOKUP_BY_NAME",
      "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
      "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY",
    ]);
    // "Defined Updated": VIR_DOMAIN_EVENT_DEFINED, detail VIR_DOMAIN_EVENT_DEFINED_UPDATED (1).
    expect(events).toEqual([{ dom: { name: "kvmit-gen-dom", uuid: DOM_UUID, id: -1 }, event: DomainEventType.DEFINED, detail: 1 }]);
  });
});
