// Facts of libvirt's remote program (src/remote/remote_protocol.x): procedure numbers and the XDR
// shapes of the object handles, as plain serializable data.
import { XdrReader, XdrWriter, XdrError } from "./xdr";

// Constants are exported from the list at the end, not with `export const`: Pulumi's closure
// serializer would leave this module's own reads of them as a dangling `exports.X`.
const Proc = {
  CONNECT_OPEN: 1,
  CONNECT_CLOSE: 2,
  CONNECT_GET_VERSION: 4,
  CONNECT_GET_CAPABILITIES: 7,
  DOMAIN_GET_XML_DESC: 14,
  DOMAIN_GET_AUTOSTART: 15,
  DOMAIN_GET_INFO: 16,
  DOMAIN_LOOKUP_BY_NAME: 23,
  DOMAIN_LOOKUP_BY_UUID: 24,
  DOMAIN_SET_AUTOSTART: 29,
  NETWORK_CREATE: 39,
  NETWORK_DEFINE_XML: 41,
  NETWORK_DESTROY: 42,
  NETWORK_GET_XML_DESC: 43,
  NETWORK_GET_AUTOSTART: 44,
  NETWORK_LOOKUP_BY_NAME: 46,
  NETWORK_LOOKUP_BY_UUID: 47,
  NETWORK_SET_AUTOSTART: 48,
  NETWORK_UNDEFINE: 49,
  CONNECT_GET_HOSTNAME: 59,
  CONNECT_SUPPORTS_FEATURE: 60,
  AUTH_LIST: 66,
  AUTH_POLKIT: 70,
  STORAGE_POOL_DEFINE_XML: 77,
  STORAGE_POOL_CREATE: 78,
  STORAGE_POOL_BUILD: 79,
  STORAGE_POOL_DESTROY: 80,
  STORAGE_POOL_DELETE: 81,
  STORAGE_POOL_UNDEFINE: 82,
  STORAGE_POOL_REFRESH: 83,
  STORAGE_POOL_LOOKUP_BY_NAME: 84,
  STORAGE_POOL_LOOKUP_BY_UUID: 85,
  STORAGE_POOL_GET_INFO: 87,
  STORAGE_POOL_GET_XML_DESC: 88,
  STORAGE_POOL_GET_AUTOSTART: 89,
  STORAGE_POOL_SET_AUTOSTART: 90,
  STORAGE_VOL_CREATE_XML: 93,
  STORAGE_VOL_DELETE: 94,
  STORAGE_VOL_LOOKUP_BY_NAME: 95,
  STORAGE_VOL_GET_INFO: 98,
  STORAGE_VOL_GET_XML_DESC: 99,
  INTERFACE_LOOKUP_BY_NAME: 128,
  DOMAIN_IS_ACTIVE: 150,
  NETWORK_IS_ACTIVE: 152,
  STORAGE_POOL_IS_ACTIVE: 154,
  CONNECT_GET_LIB_VERSION: 157,
  DOMAIN_UPDATE_DEVICE_FLAGS: 174,
  DOMAIN_CREATE_WITH_FLAGS: 196,
  DOMAIN_SET_VCPUS_FLAGS: 199,
  DOMAIN_SET_MEMORY_FLAGS: 204,
  STORAGE_VOL_UPLOAD: 208,
  STORAGE_VOL_DOWNLOAD: 209,
  DOMAIN_GET_STATE: 212,
  DOMAIN_UNDEFINE_FLAGS: 231,
  DOMAIN_DESTROY_FLAGS: 234,
  DOMAIN_SHUTDOWN_FLAGS: 258,
  STORAGE_VOL_RESIZE: 260,
  DOMAIN_SET_METADATA: 264,
  DOMAIN_GET_METADATA: 265,
  CONNECT_LIST_ALL_DOMAINS: 273,
  CONNECT_LIST_ALL_STORAGE_POOLS: 281,
  STORAGE_POOL_LIST_ALL_VOLUMES: 282,
  CONNECT_LIST_ALL_NETWORKS: 283,
  CONNECT_LIST_ALL_INTERFACES: 284,
  NETWORK_UPDATE: 291,
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: 316,
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: 317,
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: 318,
  DOMAIN_DEFINE_XML_FLAGS: 350,
  NETWORK_DEFINE_XML_FLAGS: 432,
} as const;

/** Procedure names by number, for error messages. */
export function procName(proc: number): string {
  for (const [k, v] of Object.entries(Proc)) if (v === proc) return k;
  return `procedure ${proc}`;
}

const AuthType = { NONE: 0, SASL: 1, POLKIT: 2 } as const;
/** CONNECT_SUPPORTS_FEATURE numbers (VIR_DRV_FEATURE_*). */
const Feature = { PROGRAM_KEEPALIVE: 10, REMOTE_EVENT_CALLBACK: 14, REMOTE_CLOSE_CALLBACK: 15 } as const;
const DomainEventId = { LIFECYCLE: 0 } as const;

/** List limits from remote_protocol.x (REMOTE_*_LIST_MAX). */
const LIST_MAX = 16384;
const VOL_LIST_MAX = 1048576;

export interface DomainRef {
  name: string;
  /** 36-character lowercase uuid with dashes. */
  uuid: string;
  /** -1 while inactive. */
  id: number;
}
export interface NetworkRef {
  name: string;
  uuid: string;
}
export interface StoragePoolRef {
  name: string;
  uuid: string;
}
export interface StorageVolRef {
  pool: string;
  name: string;
  key: string;
}
export interface InterfaceRef {
  name: string;
  mac: string;
}

export function uuidToString(b: Buffer): string {
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function uuidToBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new XdrError(`not a uuid: "${uuid}"`);
  return Buffer.from(hex, "hex");
}

export function writeDomain(w: XdrWriter, d: DomainRef): XdrWriter {
  return w.string(d.name).fixedOpaque(uuidToBytes(d.uuid), 16).i32(d.id);
}
export function readDomain(r: XdrReader): DomainRef {
  return { name: r.string(), uuid: uuidToString(r.fixedOpaque(16)), id: r.i32() };
}
export function writeNetwork(w: XdrWriter, n: NetworkRef): XdrWriter {
  return w.string(n.name).fixedOpaque(uuidToBytes(n.uuid), 16);
}
export function readNetwork(r: XdrReader): NetworkRef {
  return { name: r.string(), uuid: uuidToString(r.fixedOpaque(16)) };
}
const writePool = writeNetwork;
export function readPool(r: XdrReader): StoragePoolRef {
  return readNetwork(r);
}
export function writeVol(w: XdrWriter, v: StorageVolRef): XdrWriter {
  return w.string(v.pool).string(v.name).string(v.key);
}
export function readVol(r: XdrReader): StorageVolRef {
  return { pool: r.string(), name: r.string(), key: r.string() };
}
export function readInterface(r: XdrReader): InterfaceRef {
  return { name: r.string(), mac: r.string() };
}

/** The {handle<>, u32 ret} shape of the CONNECT_LIST_ALL_* replies. */
export function readList<T>(r: XdrReader, item: (r: XdrReader) => T, max = LIST_MAX): T[] {
  const items = r.array(() => item(r), max);
  r.u32();
  return items;
}
export { Proc, AuthType, Feature, DomainEventId, writePool, VOL_LIST_MAX };
