// The stack config's shape (kvm-infra:uri, :pool, :network, :domains), as Pulumi.yaml declares it.
import type { CentOS7DiskArgs, CentOS7DomainArgs, CentOS7InstallArgs } from "../domain-args";
import type { BridgeNetworkArgs } from "../network-args";
import type { LvmStoragePoolArgs } from "../pool-args";

export const NAMESPACE = "kvm-infra";
export const CONFIG_KEYS = ["uri", "autoDeploy", "adopt", "pool", "network", "domains"] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

export interface PoolConfig extends Omit<LvmStoragePoolArgs, "uri" | "name"> {
  name: string;
}
export const POOL_CONFIG_KEYS = [
  "name",
  "type",
  "devices",
  "volumeGroup",
  "target",
  "path",
  "build",
  "autostart",
  "adopt",
  "protect",
] as const;

export interface NetworkConfig extends Omit<BridgeNetworkArgs, "uri" | "name"> {
  name: string;
}
export const NETWORK_CONFIG_KEYS = ["name", "mode", "bridge", "nat", "autostart", "adopt", "protect"] as const;

export interface DomainConfig extends Omit<CentOS7DomainArgs, "uri" | "name" | "disk" | "network" | "graphics" | "install"> {
  name: string;
  disk?: Omit<CentOS7DiskArgs, "pool">;
  /** The password is plain text here: the engine decrypts `secure:` values before the program runs. */
  graphics?: { vnc?: { port?: number | "auto"; listen?: string; password?: string; allowRemote?: boolean } };
  install?: CentOS7InstallArgs;
  /** Attach straight to this host bridge (an interface of type bridge, as `virsh edit` leaves the runbook's
   * guest) instead of the stack's network. Defaults to the stack's network. */
  bridge?: string;
}

export interface StackConfig {
  uri: string;
  /** kvm-infra:adopt, the default of every object's own adopt. */
  adopt: boolean;
  pool: PoolConfig;
  network: NetworkConfig;
  domains: DomainConfig[];
}
