// libvirt resources for Pulumi: the four dynamic resources, their providers, the pure XML
// builders (used by the render command) and the input shapes.
export * from "./inputs";
export type { StoragePoolArgs } from "./storage-pool";
export { StoragePool } from "./storage-pool";
export type { StorageVolumeArgs } from "./storage-volume";
export { StorageVolume } from "./storage-volume";
export type { NetworkArgs } from "./network";
export { Network } from "./network";
export type { DomainArgs } from "./domain";
export { Domain } from "./domain";
export { storagePoolProvider } from "./storage-pool-provider";
export { storageVolumeProvider } from "./storage-volume-provider";
export { networkProvider } from "./network-provider";
export { domainProvider } from "./domain-provider";
export { storagePoolXml } from "./storage-pool-xml";
export { storageVolumeXml } from "./storage-volume-xml";
export { networkXml } from "./network-xml";
export { domainXml } from "./domain-xml";
export { domainInstallXml, domainKickstart } from "./domain-install";
export { plannedDiskVolumes } from "./domain-volumes";
export { checkStoragePool, diffStoragePool } from "./storage-pool-spec";
export { checkStorageVolume, diffStorageVolume } from "./storage-volume-spec";
export { checkNetwork, diffNetwork } from "./network-spec";
export { checkDomain, diffDomain, domainDefaults } from "./domain-spec";
