// The providers as the installed package @kvm-infra/libvirt offers them to provider texts (see
// provider-ref.ts), keyed by resource kind, each keeping its kind's provider revision.
import { dynamic } from "@pulumi/pulumi";
import { ProviderKind, withRevision } from "./provider-revision";
import { storagePoolProvider } from "./storage-pool-provider";
import { storageVolumeProvider } from "./storage-volume-provider";
import { networkProvider } from "./network-provider";
import { domainProvider } from "./domain-provider";

export const providers: Readonly<Record<ProviderKind, dynamic.ResourceProvider>> = {
  StoragePool: withRevision(storagePoolProvider),
  StorageVolume: withRevision(storageVolumeProvider),
  Network: withRevision(networkProvider),
  Domain: withRevision(domainProvider),
};
