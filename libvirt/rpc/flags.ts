// libvirt's flag and state enums (virDomainXMLFlags, virStoragePoolBuildFlags, ...) as const objects
// and types, named after libvirt without the vir prefix, members without their common prefix
// (VIR_DOMAIN_XML_SECURE is DomainXMLFlags.SECURE). Generated from the headers of libvirt's source:
// gen/flags.gen.ts says where each was declared.
export * from "./gen/flags.gen";
