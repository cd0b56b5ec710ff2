// An in-memory stand-in for a libvirt connection, just rich enough to drive runInstall through its
// paths without a daemon: dir pools with volumes, domains that run a scripted "installer", events.
import { Readable } from "stream";
import type { DomainRef, InstallConnection, LifecycleEvent, StoragePoolRef, StorageVolRef } from "../../../libvirt/install/connection";

export class FakeLibvirtError extends Error {
  constructor(
    public code: number,
    message: string,
  ) {
    super(message);
    // What the install code recognises: the rpc client's LibvirtError by name and code.
    this.name = "LibvirtError";
  }
}

interface FakePool {
  ref: StoragePoolRef;
  path: string;
  active: boolean;
  autostart: boolean;
  built: boolean;
  vols: Map<string, Buffer>;
  /** Files written behind libvirt's back; they become volumes on refresh. */
  unseen: Map<string, Buffer>;
}

interface FakeDomain {
  ref: DomainRef;
  xml: string;
  state: number;
}

/** What the fake "installer" does once its domain is started. */
export type Behaviour =
  | { kind: "poweroff"; afterMs: number; console?: string[]; detail?: number }
  | { kind: "hang"; console: string[] }
  | { kind: "crash"; afterMs: number; console: string[] };

let uuidCounter = 0;
const newUuid = () => `00000000-0000-4000-8000-${(++uuidCounter).toString(16).padStart(12, "0")}`;

export class FakeConnection implements InstallConnection {
  pools = new Map<string, FakePool>();
  domains = new Map<string, FakeDomain>();
  calls: string[] = [];
  behaviour: Behaviour = { kind: "poweroff", afterMs: 20 };
  eventsSupported = true;
  /** Whether STOPPED events are delivered (false: only state polling can notice). */
  deliverStopEvents = true;
  /** virDomainShutoffReason reported by domainGetState once the domain is off. */
  shutoffReason = 1;
  /** Snapshot of volume names taken when the domain started: proves the uploads were there. */
  volsAtStart: string[] = [];
  uploads: Array<{ name: string; data: Buffer }> = [];
  private closeListeners: Array<(err?: Error) => void> = [];
  /** Simulates the daemon going away: every close listener hears about it. */
  lose(err = Object.assign(new Error("connection to libvirt lost"), { name: "ConnectionLostError" })): void {
    this.closeListeners.forEach((l) => l(err));
  }
  onClose(listener: (err?: Error) => void): void {
    this.closeListeners.push(listener);
  }
  private handlers = new Map<number, { dom: DomainRef | null; fn: (ev: LifecycleEvent) => void }>();
  private nextCallback = 1;
  private timers: Array<ReturnType<typeof setTimeout>> = [];

  addPool(name: string, path: string, active = true): FakePool {
    // libvirt sanitizes the target path (no trailing slash), as here.
    const p: FakePool = {
      ref: { name, uuid: newUuid() },
      path: path.replace(/\/+$/, ""),
      active,
      autostart: false,
      built: true,
      vols: new Map(),
      unseen: new Map(),
    };
    this.pools.set(name, p);
    return p;
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
  }

  private pool(ref: StoragePoolRef): FakePool {
    const p = this.pools.get(ref.name);
    if (!p) throw new FakeLibvirtError(49, `Storage pool not found: no storage pool with matching name '${ref.name}'`);
    return p;
  }
  private poolOfVol(vol: StorageVolRef): FakePool {
    const p = this.pool({ name: vol.pool, uuid: "" });
    if (!p.vols.has(vol.name)) throw new FakeLibvirtError(50, `Storage volume not found: no storage vol with matching name '${vol.name}'`);
    return p;
  }
  private dom(ref: DomainRef): FakeDomain {
    const d = this.domains.get(ref.name);
    if (!d) throw new FakeLibvirtError(42, `Domain not found: no domain with matching name '${ref.name}'`);
    return d;
  }
  private emit(dom: DomainRef, event: number, detail: number): void {
    for (const h of this.handlers.values()) if (!h.dom || h.dom.uuid === dom.uuid) h.fn({ dom, event, detail });
  }
  private writeConsole(xml: string, lines: string[]): void {
    const m = /<log file='([^']+)'/.exec(xml);
    if (!m) return;
    const file = m[1];
    for (const p of this.pools.values()) {
      if (file.startsWith(p.path + "/")) p.unseen.set(file.slice(p.path.length + 1), Buffer.from(lines.join("\r\n") + "\r\n"));
    }
  }

  async domainDefineXmlFlags(xml: string): Promise<DomainRef> {
    this.calls.push("domainDefineXmlFlags");
    const name = /<name>([^<]+)<\/name>/.exec(xml)?.[1] ?? "unnamed";
    const d = this.domains.get(name);
    if (d) {
      d.xml = xml;
      return d.ref;
    }
    const ref = { name, uuid: newUuid(), id: -1 };
    this.domains.set(name, { ref, xml, state: 5 });
    return ref;
  }
  async domainLookupByName(name: string): Promise<DomainRef> {
    return this.dom({ name, uuid: "", id: -1 }).ref;
  }
  async domainCreateWithFlags(ref: DomainRef): Promise<DomainRef> {
    this.calls.push("domainCreateWithFlags");
    const d = this.dom(ref);
    if (d.state === 1) throw new FakeLibvirtError(55, "Requested operation is not valid: domain is already running");
    d.state = 1;
    this.volsAtStart = [...this.pools.values()].flatMap((p) => [...p.vols.keys()].map((v) => `${p.ref.name}/${v}`));
    const b = this.behaviour;
    if (b.kind === "hang") {
      this.writeConsole(d.xml, b.console);
    } else {
      this.timers.push(
        setTimeout(() => {
          this.writeConsole(d.xml, b.console ?? []);
          d.state = b.kind === "crash" ? 6 : 5;
          if (!this.deliverStopEvents) return;
          if (b.kind === "crash") this.emit(d.ref, 8, 0);
          else this.emit(d.ref, 5, b.detail ?? 0);
        }, b.afterMs),
      );
    }
    this.emit(d.ref, 2, 0);
    return { ...d.ref, id: 7 };
  }
  async domainDestroyFlags(ref: DomainRef): Promise<void> {
    this.calls.push("domainDestroyFlags");
    const d = this.dom(ref);
    d.state = 5;
    this.emit(d.ref, 5, 1);
  }
  async domainUndefineFlags(ref: DomainRef): Promise<void> {
    this.calls.push("domainUndefineFlags");
    this.dom(ref);
    this.domains.delete(ref.name);
  }
  async domainGetState(ref: DomainRef): Promise<{ state: number; reason: number }> {
    const state = this.dom(ref).state;
    return { state, reason: state === 5 ? this.shutoffReason : 1 };
  }
  async domainEventLifecycleRegister(dom: DomainRef | null, fn: (ev: LifecycleEvent) => void) {
    this.calls.push("domainEventLifecycleRegister");
    if (!this.eventsSupported) throw new FakeLibvirtError(3, "this function is not supported by the connection driver");
    const id = this.nextCallback++;
    this.handlers.set(id, { dom, fn });
    return {
      callbackId: id,
      deregister: async () => {
        this.calls.push("deregister");
        this.handlers.delete(id);
      },
    };
  }

  async storagePoolDefineXml(xml: string): Promise<StoragePoolRef> {
    this.calls.push("storagePoolDefineXml");
    const name = /<name>([^<]+)<\/name>/.exec(xml)![1];
    const path = /<path>([^<]+)<\/path>/.exec(xml)![1];
    if (this.pools.has(name)) throw new FakeLibvirtError(9, `operation failed: pool '${name}' already exists`);
    const p = this.addPool(name, path, false);
    p.built = false;
    return p.ref;
  }
  async storagePoolBuild(ref: StoragePoolRef): Promise<void> {
    this.calls.push("storagePoolBuild");
    this.pool(ref).built = true;
  }
  async storagePoolCreate(ref: StoragePoolRef): Promise<void> {
    this.calls.push("storagePoolCreate");
    this.pool(ref).active = true;
  }
  async storagePoolLookupByName(name: string): Promise<StoragePoolRef> {
    return this.pool({ name, uuid: "" }).ref;
  }
  async storagePoolGetXmlDesc(ref: StoragePoolRef): Promise<string> {
    const p = this.pool(ref);
    return `<pool type='dir'><name>${p.ref.name}</name><target>\n  <path>${p.path}</path>\n</target></pool>`;
  }
  async storagePoolSetAutostart(ref: StoragePoolRef, autostart: boolean): Promise<void> {
    this.pool(ref).autostart = autostart;
  }
  async storagePoolIsActive(ref: StoragePoolRef): Promise<boolean> {
    return this.pool(ref).active;
  }
  async storagePoolRefresh(ref: StoragePoolRef): Promise<void> {
    const p = this.pool(ref);
    if (!p.active) throw new FakeLibvirtError(55, "storage pool is not active");
    for (const [k, v] of p.unseen) p.vols.set(k, v);
    p.unseen.clear();
  }
  async connectListAllStoragePools(): Promise<StoragePoolRef[]> {
    return [...this.pools.values()].map((p) => p.ref);
  }
  async storageVolCreateXml(ref: StoragePoolRef, xml: string): Promise<StorageVolRef> {
    this.calls.push("storageVolCreateXml");
    const p = this.pool(ref);
    const name = /<name>([^<]+)<\/name>/.exec(xml)![1];
    const capacity = Number(/<capacity unit='bytes'>(\d+)</.exec(xml)![1]);
    if (p.vols.has(name)) throw new FakeLibvirtError(90, `storage volume name '${name}' already in use`);
    p.vols.set(name, Buffer.alloc(capacity));
    return { pool: ref.name, name, key: `${p.path}/${name}` };
  }
  async storageVolLookupByName(ref: StoragePoolRef, name: string): Promise<StorageVolRef> {
    const p = this.pool(ref);
    if (!p.vols.has(name)) throw new FakeLibvirtError(50, `Storage volume not found: no storage vol with matching name '${name}'`);
    return { pool: ref.name, name, key: `${p.path}/${name}` };
  }
  async storageVolGetXmlDesc(vol: StorageVolRef): Promise<string> {
    const p = this.poolOfVol(vol);
    return `<volume type='file'><name>${vol.name}</name><target>\n<path>${p.path}/${vol.name}</path></target></volume>`;
  }
  async storageVolDelete(vol: StorageVolRef): Promise<void> {
    this.calls.push(`storageVolDelete ${vol.name}`);
    this.poolOfVol(vol).vols.delete(vol.name);
  }
  async storageVolGetInfo(vol: StorageVolRef) {
    const data = this.poolOfVol(vol).vols.get(vol.name)!;
    return { type: 0, capacity: data.length, allocation: data.length };
  }
  async storageVolUpload(vol: StorageVolRef, source: NodeJS.ReadableStream | Buffer, offset: number, length: number): Promise<void> {
    this.calls.push(`storageVolUpload ${vol.name}`);
    const p = this.poolOfVol(vol);
    const parts: Buffer[] = [];
    if (Buffer.isBuffer(source)) parts.push(source);
    else for await (const c of source as AsyncIterable<Buffer>) parts.push(c);
    const data = Buffer.concat(parts);
    if (data.length !== length) throw new Error(`upload of ${length} bytes sent ${data.length}`);
    const target = p.vols.get(vol.name)!;
    data.copy(target, offset);
    this.uploads.push({ name: vol.name, data });
  }
  async storageVolDownload(vol: StorageVolRef, offset: number, length: number): Promise<NodeJS.ReadableStream> {
    const data = this.poolOfVol(vol).vols.get(vol.name)!;
    return Readable.from([data.subarray(offset, offset + length)]);
  }
}
