// cloud-init NoCloud seeds built in memory: the documents from text or from the kickstart's
// options, an instance-id hashed from them, and the ISO 9660 + Joliet image labelled `cidata`.
export { buildSeed, seedInstanceId, seedVolumeName, SEED_VOLUME_ID } from "./seed";
export type { Seed, SeedFiles } from "./seed";
export { validateCloudInit, isCloudInitText, CloudInitError } from "./options";
export type { CloudInitSpec, CloudInitOptions, CloudInitText, CloudInitNetwork } from "./options";
export { writeIso9660, IsoError } from "./iso9660";
export type { IsoFile, IsoOptions } from "./iso9660";
