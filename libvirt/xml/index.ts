// Typed libvirt XML: build, parse and compare domain, network, storage pool and volume documents.
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
