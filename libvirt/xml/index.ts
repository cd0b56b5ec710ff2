// Typed libvirt XML: build, parse and compare domain, network, storage pool and volume documents.
// parseXxxXml/xxxToXml keep unknown XML (written back in place, paths in `unknownPaths`); the
// diffXxx functions compare a defined document with libvirt's read-back, best read with
// VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE for domains (configuration, VNC password).
export * from "./size";
export { YesNo, OnOff, DomainAddress, DomainAlias, DomainBoot } from "./common";
export { XmlElement, XmlNode, XmlText } from "./node";
export { XmlExtra } from "./reader";
export * from "./domain";
export * from "./network";
export * from "./storage-pool";
export * from "./storage-volume";
export { XmlDifference, DiffRules, diffElements } from "./diff";
export { diffDomain, diffNetwork, diffStoragePool, diffStorageVolume } from "./diff-rules";
