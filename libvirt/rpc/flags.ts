// libvirt's flag and state enums as const objects and types, named after libvirt without the vir
// prefix, members without their common prefix (VIR_DOMAIN_XML_SECURE is DomainXMLFlags.SECURE).
// All of them are generated from the headers of libvirt's source into gen/flags.gen.ts, which says
// where each was declared. This list is the part libvirt/rpc's index re-exports: the serializer
// copies every enum the index exports into each provider, so code that needs another one imports
// it from gen/flags.gen itself.
export {
  DomainState,
  DomainXMLFlags,
  DomainModificationImpact,
  DomainMemoryModFlags,
  DomainVcpuFlags,
  DomainDeviceModifyFlags,
  DomainMetadataType,
  DomainDefineFlags,
  DomainCreateFlags,
  DomainShutdownFlagValues,
  DomainDestroyFlagsValues,
  DomainUndefineFlagsValues,
  DomainEventType,
  DomainEventID,
  NetworkXMLFlags,
  NetworkUpdateCommand,
  NetworkUpdateSection,
  NetworkUpdateFlags,
  StoragePoolBuildFlags,
  StoragePoolDeleteFlags,
  StoragePoolState,
  StorageXMLFlags,
  StorageVolCreateFlags,
  StorageVolDeleteFlags,
  StorageVolResizeFlags,
  StorageVolType,
  ConnectListAllDomainsFlags,
  ConnectListAllNetworksFlags,
  ConnectListAllStoragePoolsFlags,
  ConnectListAllInterfacesFlags,
  DrvFeature,
} from "./gen/flags.gen";
