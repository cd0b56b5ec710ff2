// kvm-infra's libvirt layer for Pulumi programs: the resources StoragePool, StorageVolume, Network
// and Domain with their providers, XML builders and input types.
export * from "./resources";
