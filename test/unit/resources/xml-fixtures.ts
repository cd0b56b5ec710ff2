// Shared imports for the XML tests.
export {
  checkDomain,
  checkNetwork,
  checkStoragePool,
  checkStorageVolume,
  domainXml,
  networkXml,
  storagePoolXml,
  storageVolumeXml,
} from "../../../libvirt";
export type { DomainInputs } from "../../../libvirt";
export { DOMAIN_KEYS as DOMAIN_KEYS_FOR_TESTS } from "../../../libvirt/resources/domain-spec";
