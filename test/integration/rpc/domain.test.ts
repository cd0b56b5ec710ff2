// A tiny TCG domain through its whole life over qemu+ssh, every step checked with virsh and the
// lifecycle events seen on the same connection.
import {
  Connection,
  DomainRef,
  DomainLifecycleEvent,
  EventRegistration,
  DomainXMLFlags,
  DomainState,
  DomainEventType,
  DomainMemoryModFlags,
  DomainVcpuFlags,
  DomainDeviceModifyFlags,
  DomainMetadataType,
  DomainModificationImpact,
  isNoDomain,
  isLibvirtError,
} from "./rpc-imports";
import { uriFor, uniqueName, virsh, virshTry, waitFor, infoField } from "./helpers";

const uri = uriFor("ssh");
const local = uriFor("unix");
const name = uniqueName("dom");

const domainXml = (passwd: string) => `<domain type='qemu'>
  <name>${name}</name>
  <memory unit='KiB'>65536</memory>
  <currentMemory unit='KiB'>65536</currentMemory>
  <vcpu placement='static' current='1'>2</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <serial type='pty'/>
    <console type='pty'/>
    <graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='${passwd}'/>
  </devices>
</domain>`;

describe("a domain over qemu+ssh", () => {
  let conn: Connection;
  let dom: DomainRef;
  const events: DomainLifecycleEvent[] = [];
  let reg: EventRegistration;
  const eventsOf = () => events.filter((e) => e.dom.name === name).map((e) => e.event);

  beforeAll(async () => {
    conn = await Connection.open(uri);
    reg = await conn.domainEventLifecycleRegister(null, (ev) => events.push(ev));
  });

  afterAll(async () => {
    // Leave nothing behind, whatever step failed.
    for (const n of [name, `${name}-b`, `${name}-c`]) {
      if (virshTry(local, "domstate", n).ok) {
        virshTry(local, "destroy", n);
        virshTry(local, "undefine", n);
      }
    }
    await conn?.close();
  });

  it("defines it and sees the DEFINED event", async () => {
    dom = await conn.domainDefineXmlFlags(domainXml("oldpass1"));
    expect(dom.name).toBe(name);
    expect(dom.id).toBe(-1);
    expect(dom.uuid).toBe(virsh(uri, "domuuid", name));
    await waitFor("DEFINED event", () => eventsOf().includes(DomainEventType.DEFINED));
  });

  it("looks it up by name and uuid and lists it like virsh does", async () => {
    expect(await conn.domainLookupByName(name)).toEqual(dom);
    expect(await conn.domainLookupByUuid(dom.uuid)).toEqual(dom);
    const mine = (await conn.connectListAllDomains()).map((d) => d.name).filter((n) => n.startsWith("kvmit-rpc-dom-"));
    const theirs = virsh(uri, "list", "--all", "--name")
      .split("\n")
      .filter((n) => n.startsWith("kvmit-rpc-dom-"));
    expect(mine.sort()).toEqual(theirs.sort());
    expect(mine).toContain(name);
  });

  it("reads its XML, with the VNC password only when SECURE is asked for", async () => {
    const plain = await conn.domainGetXmlDesc(dom, DomainXMLFlags.INACTIVE);
    expect(plain).toContain(`<name>${name}</name>`);
    expect(plain).toContain(`<uuid>${dom.uuid}</uuid>`);
    expect(plain).not.toContain("oldpass1");
    expect(await conn.domainGetXmlDesc(dom, DomainXMLFlags.SECURE | DomainXMLFlags.INACTIVE)).toContain("passwd='oldpass1'");
    expect(await conn.domainGetXmlDesc(dom)).toBe(virsh(uri, "dumpxml", name) + "\n");
  });

  it("sets and reads autostart", async () => {
    await conn.domainSetAutostart(dom, true);
    expect(await conn.domainGetAutostart(dom)).toBe(true);
    expect(infoField(virsh(uri, "dominfo", name), "Autostart")).toBe("enable");
    await conn.domainSetAutostart(dom, false);
    expect(await conn.domainGetAutostart(dom)).toBe(false);
    expect(infoField(virsh(uri, "dominfo", name), "Autostart")).toBe("disable");
  });

  it("sets memory and vcpus in the persistent config", async () => {
    await conn.domainSetMemoryFlags(dom, 98304, DomainMemoryModFlags.MAXIMUM | DomainMemoryModFlags.CONFIG);
    await conn.domainSetMemoryFlags(dom, 49152, DomainMemoryModFlags.CONFIG);
    await conn.domainSetVcpusFlags(dom, 2, DomainVcpuFlags.CONFIG);
    const xml = virsh(uri, "dumpxml", "--inactive", name);
    expect(xml).toMatch(/<memory unit='KiB'>98304<\/memory>/);
    expect(xml).toMatch(/<currentMemory unit='KiB'>49152<\/currentMemory>/);
    expect(virsh(uri, "vcpucount", name, "--config", "--current")).toBe("2");
    const info = await conn.domainGetInfo(dom);
    expect(info).toMatchObject({ state: DomainState.SHUTOFF, memoryKiB: 49152, maxMemKiB: 98304, nrVirtCpu: 2 });
  });

  it("starts it, gets the new id back and sees the STARTED event", async () => {
    const started = await conn.domainCreateWithFlags(dom);
    expect(started.id).toBeGreaterThan(0);
    expect(started.id).toBe(Number(virsh(uri, "domid", name)));
    dom = started;
    expect(await conn.domainGetState(dom)).toEqual({ state: DomainState.RUNNING, reason: 1 });
    expect(await conn.domainIsActive(dom)).toBe(true);
    expect(virsh(uri, "domstate", name)).toBe("running");
    await waitFor("STARTED event", () => eventsOf().includes(DomainEventType.STARTED));
  });

  it("changes the live VNC password with update device", async () => {
    const graphics = `<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='newpass2'/>`;
    await conn.domainUpdateDeviceFlags(dom, graphics, DomainDeviceModifyFlags.LIVE);
    expect(virsh(uri, "dumpxml", "--security-info", name)).toContain("passwd='newpass2'");
  });

  it("sets the live title and description apart from the persistent ones, and reads them back", async () => {
    await conn.domainSetMetadata(dom, DomainMetadataType.TITLE, "live title", null, null, DomainModificationImpact.LIVE);
    await conn.domainSetMetadata(dom, DomainMetadataType.DESCRIPTION, "live text\nsecond line", null, null, DomainModificationImpact.LIVE);
    await conn.domainSetMetadata(dom, DomainMetadataType.TITLE, "config title", null, null, DomainModificationImpact.CONFIG);
    expect(virsh(uri, "desc", "--live", "--title", name)).toBe("live title");
    expect(virsh(uri, "desc", "--live", name)).toBe("live text\nsecond line");
    expect(virsh(uri, "desc", "--config", "--title", name)).toBe("config title");
    expect(await conn.domainGetMetadata(dom, DomainMetadataType.TITLE, null, DomainModificationImpact.LIVE)).toBe("live title");
    expect(await conn.domainGetMetadata(dom, DomainMetadataType.TITLE, null, DomainModificationImpact.CONFIG)).toBe("config title");
    expect(await conn.domainGetMetadata(dom, DomainMetadataType.DESCRIPTION, null, DomainModificationImpact.LIVE)).toBe(
      "live text\nsecond line",
    );
  });

  it("removes the live title with null metadata; reading it then fails with NO_DOMAIN_METADATA (80)", async () => {
    await conn.domainSetMetadata(dom, DomainMetadataType.TITLE, null, null, null, DomainModificationImpact.LIVE);
    expect(virsh(uri, "desc", "--live", "--title", name)).toBe("");
    const err = await conn.domainGetMetadata(dom, DomainMetadataType.TITLE, null, DomainModificationImpact.LIVE).catch((e) => e);
    expect(isLibvirtError(err) && err.code).toBe(80);
    expect(virsh(uri, "desc", "--config", "--title", name)).toBe("config title");
  });

  it("asks for a shutdown (the guest has no OS to honour it) and destroys it, with the STOPPED event", async () => {
    await conn.domainShutdownFlags(dom);
    await conn.domainDestroyFlags(dom);
    expect(virsh(uri, "domstate", name)).toBe("shut off");
    const state = await conn.domainGetState(dom);
    expect(state.state).toBe(DomainState.SHUTOFF);
    await waitFor("STOPPED event", () => eventsOf().includes(DomainEventType.STOPPED));
  });

  it("undefines it, after which it is not found (code 42) here and in virsh", async () => {
    await conn.domainUndefineFlags(dom, 0);
    await waitFor("UNDEFINED event", () => eventsOf().includes(DomainEventType.UNDEFINED));
    const e = await conn.domainLookupByName(name).catch((x) => x);
    expect(isNoDomain(e)).toBe(true);
    expect(virshTry(uri, "dominfo", name).ok).toBe(false);
    // The order libvirt reports: defined, (resumed,) started, ..., stopped, undefined.
    const seq = eventsOf();
    expect(seq[0]).toBe(DomainEventType.DEFINED);
    expect(seq.indexOf(DomainEventType.STARTED)).toBeLessThan(seq.indexOf(DomainEventType.STOPPED));
    expect(seq[seq.length - 1]).toBe(DomainEventType.UNDEFINED);
    expect(events.filter((e) => e.dom.name === name).every((e) => e.dom.uuid === dom.uuid)).toBe(true);
  });

  it("stops delivering events after deregister", async () => {
    await reg.deregister();
    const before = events.length;
    const other = await conn.domainDefineXmlFlags(domainXml("x").replace(name, `${name}-b`));
    await conn.domainUndefineFlags(other);
    // A second registration on the same connection proves events still flow, just not to the first.
    const seen: number[] = [];
    const reg2 = await conn.domainEventLifecycleRegister(null, (ev) => seen.push(ev.event));
    const third = await conn.domainDefineXmlFlags(domainXml("x").replace(name, `${name}-c`));
    await waitFor("event on the second registration", () => seen.includes(DomainEventType.DEFINED));
    await conn.domainUndefineFlags(third);
    await reg2.deregister();
    expect(events.length).toBe(before);
  });
});
