// A bridge-only network over qemu+tls: define, update, start, autostart, destroy, undefine, with
// virsh and the kernel's view of the bridge as the second opinion.
import { existsSync } from "fs";
import { randomBytes } from "crypto";
import {
  Connection,
  NetworkRef,
  NetworkXMLFlags,
  NetworkUpdateCommand,
  NetworkUpdateSection,
  NetworkUpdateFlags,
  isNoNetwork,
} from "./rpc-imports";
import { uriFor, uniqueName, virsh, virshTry, infoField } from "./helpers";

const uri = uriFor("tls");
const local = uriFor("unix");
const name = uniqueName("net");
const bridge = `kvrpc${randomBytes(3).toString("hex")}`;
const xml = `<network><name>${name}</name><bridge name='${bridge}' stp='off'/></network>`;

describe("a network over qemu+tls", () => {
  let conn: Connection;
  let net: NetworkRef;

  beforeAll(async () => {
    conn = await Connection.open(uri);
  });
  afterAll(async () => {
    if (virshTry(local, "net-info", name).ok) {
      virshTry(local, "net-destroy", name);
      virshTry(local, "net-undefine", name);
    }
    await conn?.close();
  });

  it("defines it, and redefines it with flags to the same object", async () => {
    net = await conn.networkDefineXml(xml);
    expect(net.name).toBe(name);
    expect(net.uuid).toBe(virsh(uri, "net-uuid", name));
    expect(await conn.networkDefineXmlFlags(xml.replace("<name>", `<uuid>${net.uuid}</uuid><name>`))).toEqual(net);
    expect(await conn.networkLookupByName(name)).toEqual(net);
    expect(await conn.networkLookupByUuid(net.uuid)).toEqual(net);
    expect(await conn.networkIsActive(net)).toBe(false);
    expect((await conn.connectListAllNetworks()).map((n) => n.name)).toContain(name);
  });

  it("starts it: the bridge appears and virsh says active", async () => {
    await conn.networkCreate(net);
    expect(await conn.networkIsActive(net)).toBe(true);
    expect(infoField(virsh(uri, "net-info", name), "Active")).toBe("yes");
    expect(existsSync(`/sys/class/net/${bridge}/bridge`)).toBe(true);
  });

  it("adds a portgroup with networkUpdate, live and in the config", async () => {
    await conn.networkUpdate(
      net,
      NetworkUpdateCommand.ADD_LAST,
      NetworkUpdateSection.PORTGROUP,
      -1,
      "<portgroup name='kvmit-pg'/>",
      NetworkUpdateFlags.LIVE | NetworkUpdateFlags.CONFIG,
    );
    expect(virsh(uri, "net-dumpxml", name)).toMatch(/<portgroup name='kvmit-pg'/);
    expect(virsh(uri, "net-dumpxml", "--inactive", name)).toMatch(/<portgroup name='kvmit-pg'/);
    expect(await conn.networkGetXmlDesc(net, NetworkXMLFlags.INACTIVE)).toMatch(/<portgroup name='kvmit-pg'/);
    expect(await conn.networkGetXmlDesc(net)).toBe(virsh(uri, "net-dumpxml", name) + "\n");
  });

  it("sets and reads autostart", async () => {
    await conn.networkSetAutostart(net, true);
    expect(await conn.networkGetAutostart(net)).toBe(true);
    expect(infoField(virsh(uri, "net-info", name), "Autostart")).toBe("yes");
    await conn.networkSetAutostart(net, false);
    expect(await conn.networkGetAutostart(net)).toBe(false);
  });

  it("destroys and undefines it, after which it is not found (code 43)", async () => {
    await conn.networkDestroy(net);
    expect(existsSync(`/sys/class/net/${bridge}`)).toBe(false);
    await conn.networkUndefine(net);
    const e = await conn.networkLookupByName(name).catch((x) => x);
    expect(isNoNetwork(e)).toBe(true);
    expect(virshTry(uri, "net-info", name).ok).toBe(false);
  });
});
