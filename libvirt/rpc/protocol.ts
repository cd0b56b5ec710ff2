// Facts of libvirt's remote program, from what gen/remote-protocol.gen.ts generates out of
// src/remote/remote_protocol.x: the object handles under the names the rest of the code uses, and the
// procedure numbers. Nothing here is transcribed by hand.
import { XdrReader, XdrWriter, XdrError } from "./xdr";
import { decodeXdr, encodeXdr, uuidBytes, uuidString } from "./codec";
import { RemoteAuthType, RemoteProcedure, remote_nonnull_domain, REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION } from "./gen/remote-protocol.gen";
import type {
  RemoteNonnullDomain,
  RemoteNonnullInterface,
  RemoteNonnullNetwork,
  RemoteNonnullStoragePool,
  RemoteNonnullStorageVol,
} from "./gen/remote-protocol.gen";
import { DrvFeature } from "./gen/flags.gen";

/** remote_nonnull_domain: name, uuid (36-character lowercase with dashes), id (-1 while inactive). */
export type DomainRef = RemoteNonnullDomain;
export type NetworkRef = RemoteNonnullNetwork;
export type StoragePoolRef = RemoteNonnullStoragePool;
export type StorageVolRef = RemoteNonnullStorageVol;
export type InterfaceRef = RemoteNonnullInterface;

export function uuidToString(b: Buffer): string {
  return uuidString(b);
}

export function uuidToBytes(uuid: string): Buffer {
  const b = uuidBytes(uuid);
  if (!b) throw new XdrError(`not a uuid: "${uuid}"`);
  return b;
}

export function writeDomain(w: XdrWriter, d: DomainRef): XdrWriter {
  return encodeXdr(w, remote_nonnull_domain, d, "domain");
}
export function readDomain(r: XdrReader): DomainRef {
  return decodeXdr<DomainRef>(r, remote_nonnull_domain);
}

// The names the code and tests have used for these since before they were generated: Proc is
// remote_procedure, AuthType remote_auth_type, Feature virDrvFeature.
export { RemoteProcedure as Proc, RemoteAuthType as AuthType, DrvFeature as Feature, REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION };
