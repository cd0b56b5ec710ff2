// libvirt/rpc: a pure-TypeScript client of libvirt's remote protocol (no native modules, no virsh):
// URIs, transports (unix, tcp, tls, ssh), framing, XDR, call routing, streams, typed procedures
// (generated from libvirt's remote_protocol.x and headers: gen/),
// and a per-process pool of shared connections.
export { parseUri, daemonSocketPath, redactUri, redactUriIn, uriSecrets, UriError, DEFAULT_TCP_PORT, DEFAULT_TLS_PORT } from "./uri";
export type { LibvirtUri, Transport as TransportKind, SocketMode, SshProxy } from "./uri";
export { sshCommand, sshRemoteCommand, escapeShell } from "./ssh-command";
export type { SshCommand } from "./ssh-command";
export { Connection, ConnectTimeoutError } from "./connection";
export type { OpenOptions, DomainLifecycleEvent, EventRegistration } from "./connection";
export { getConnection, closeAllConnections } from "./pool";
export { DEFAULT_DEADLINES, deadlineClassOf, resolveDeadlines, checkedOverrides, runWithDeadlines, ambientDeadlines } from "./deadlines";
export type { Deadlines, DeadlineClass } from "./deadlines";
export {
  KvmInfraError,
  LibvirtError,
  ConnectionLostError,
  DeadlineExceededError,
  ErrorCode,
  errorCodeName,
  isLibvirtError,
  isNoDomain,
  isNoNetwork,
  isNoStoragePool,
  isNoStorageVol,
  isNoInterface,
  isConnectionLost,
  isDeadlineExceeded,
} from "./errors";
export type { DomainRef, NetworkRef, StoragePoolRef, StorageVolRef, InterfaceRef } from "./protocol";
export { Proc, Feature, AuthType, uuidToString, uuidToBytes } from "./protocol";
export { RemoteCalls } from "./remote-calls";
export { encodeXdr, decodeXdr, encodeArgs, decodeRet } from "./codec";
export type { XdrType, ProcedureSpec } from "./codec";
export { XdrReader, XdrWriter, XdrError } from "./xdr";
export { PacketDecoder, encodePacket, FramingError, MESSAGE_MAX, MessageType, MessageStatus } from "./framing";
export type { Packet, PacketHeader } from "./framing";
export { STREAM_CHUNK } from "./stream";
export * from "./flags";
