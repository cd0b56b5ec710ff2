// The components kvm-infra offers: a storage pool, a network and CentOS 7, EL 8 and EL 9 domains on a KVM host.
export { LvmStoragePool, checkPoolArgs } from "./lvm-storage-pool";
export type { LvmStoragePoolArgs } from "./lvm-storage-pool";
export { BridgeNetwork, checkNetworkArgs } from "./bridge-network";
export type { BridgeNetworkArgs } from "./bridge-network";
export { CentOS7Domain, checkDomainArgs } from "./centos7-domain";
export type { CentOS7DomainArgs, CentOS7DiskArgs, CentOS7VncArgs } from "./centos7-domain";
export { EnterpriseLinuxDomain } from "./enterprise-linux-domain";
export type { EnterpriseLinuxDomainArgs } from "./enterprise-linux-domain";
export { RandomPassword, generatePassword, randomPasswordProvider } from "./random-password";
export type { RandomPasswordArgs } from "./random-password";
export { ArgumentError, Checker } from "./checks";
export type { Problem } from "./checks";
export { OS_VARIANTS, osVariant } from "./osinfo";
export { serialConsoleCommand, sshTarget, vncDisplay, vncTunnelCommand } from "./commands";
