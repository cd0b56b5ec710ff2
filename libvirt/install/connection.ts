// The part of libvirt/rpc's Connection the installer uses, declared structurally (types only, no
// runtime import) so this folder unit-tests against a fake; an rpc Connection satisfies it as is.
import type { DomainLifecycleEvent, DomainRef, EventRegistration, StoragePoolRef, StorageVolRef } from "../rpc";

export type { DomainRef, StoragePoolRef, StorageVolRef };
export type LifecycleEvent = DomainLifecycleEvent;

export interface InstallConnection {
  domainDefineXmlFlags(xml: string, flags?: number): Promise<DomainRef>;
  domainLookupByName(name: string): Promise<DomainRef>;
  domainCreateWithFlags(dom: DomainRef, flags?: number): Promise<DomainRef>;
  domainDestroyFlags(dom: DomainRef, flags?: number): Promise<void>;
  domainUndefineFlags(dom: DomainRef, flags?: number): Promise<void>;
  domainGetState(dom: DomainRef, flags?: number): Promise<{ state: number; reason: number }>;
  domainEventLifecycleRegister(dom: DomainRef | null, handler: (ev: LifecycleEvent) => void): Promise<EventRegistration>;
  storagePoolDefineXml(xml: string, flags?: number): Promise<StoragePoolRef>;
  storagePoolBuild(pool: StoragePoolRef, flags?: number): Promise<void>;
  storagePoolCreate(pool: StoragePoolRef, flags?: number): Promise<void>;
  storagePoolLookupByName(name: string): Promise<StoragePoolRef>;
  storagePoolGetXmlDesc(pool: StoragePoolRef, flags?: number): Promise<string>;
  storagePoolSetAutostart(pool: StoragePoolRef, autostart: boolean): Promise<void>;
  storagePoolIsActive(pool: StoragePoolRef): Promise<boolean>;
  storagePoolRefresh(pool: StoragePoolRef, flags?: number): Promise<void>;
  connectListAllStoragePools(flags?: number): Promise<StoragePoolRef[]>;
  storageVolCreateXml(pool: StoragePoolRef, xml: string, flags?: number): Promise<StorageVolRef>;
  storageVolLookupByName(pool: StoragePoolRef, name: string): Promise<StorageVolRef>;
  storageVolGetXmlDesc(vol: StorageVolRef, flags?: number): Promise<string>;
  storageVolDelete(vol: StorageVolRef, flags?: number): Promise<void>;
  storageVolGetInfo(vol: StorageVolRef): Promise<{ type: number; capacity: number; allocation: number }>;
  storageVolUpload(
    vol: StorageVolRef,
    source: NodeJS.ReadableStream | Buffer,
    offset: number,
    length: number,
    flags?: number,
  ): Promise<void>;
  storageVolDownload(vol: StorageVolRef, offset: number, length: number, flags?: number): Promise<NodeJS.ReadableStream>;
  /** Called once when the connection is lost or closed; lets a long wait fail at once. */
  onClose?(listener: (err?: Error) => void): void;
}

/** Whether `e` is the rpc client's LibvirtError with virErrorNumber `code`. By name and code, not
 * instanceof: each serialized provider carries its own copy of the rpc classes. */
function isLibvirtCode(e: unknown, code: number): boolean {
  const o = e as { name?: unknown; code?: unknown } | null;
  return typeof o === "object" && o !== null && o.name === "LibvirtError" && o.code === code;
}

export function isNoDomain(e: unknown): boolean {
  return isLibvirtCode(e, 42);
}
export function isNoStoragePool(e: unknown): boolean {
  return isLibvirtCode(e, 49);
}
export function isNoStorageVol(e: unknown): boolean {
  return isLibvirtCode(e, 50);
}
/** The rpc client's ConnectionLostError, recognised by name to stay free of an import. */
export function isConnectionLost(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "ConnectionLostError";
}

/** libvirt's virDomainState and virDomainEventType values the installer watches. */
export const DomainStateValue = { RUNNING: 1, SHUTOFF: 5, CRASHED: 6 } as const;
export const LifecycleEventType = { STARTED: 2, STOPPED: 5, CRASHED: 8 } as const;
/** virDomainEventStoppedDetailType. */
export const StoppedDetail = { SHUTDOWN: 0, DESTROYED: 1, CRASHED: 2, MIGRATED: 3, SAVED: 4, FAILED: 5, FROM_SNAPSHOT: 6 } as const;
/** virDomainShutoffReason, the reason domainGetState gives with SHUTOFF. */
export const ShutoffReason = {
  UNKNOWN: 0,
  SHUTDOWN: 1,
  DESTROYED: 2,
  CRASHED: 3,
  MIGRATED: 4,
  SAVED: 5,
  FAILED: 6,
  FROM_SNAPSHOT: 7,
  DAEMON: 8,
} as const;
