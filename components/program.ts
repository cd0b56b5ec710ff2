// The program's body: one pool, one network and the domains of a validated stack config, and the
// stack outputs an operator needs (how to reach each guest). Every object gets its adopt (its own,
// or kvm-infra:adopt) and protect settings as component arguments.
import * as pulumi from "@pulumi/pulumi";
import { BridgeNetwork } from "./bridge-network";
import { CentOS7Domain } from "./centos7-domain";
import { defaultOsVariant } from "./defaults";
import { EnterpriseLinuxDomain } from "./enterprise-linux-domain";
import { GuestDomain } from "./guest-domain";
import { StackConfig } from "./config/types";
import { LvmStoragePool } from "./lvm-storage-pool";

export interface Infrastructure {
  pool: LvmStoragePool;
  network: BridgeNetwork;
  domains: GuestDomain[];
}

export function buildInfrastructure(cfg: StackConfig): Infrastructure {
  const { name: poolName, ...poolArgs } = cfg.pool;
  const pool = new LvmStoragePool(poolName, { uri: cfg.uri, ...poolArgs });
  const { name: networkName, ...networkArgs } = cfg.network;
  const network = new BridgeNetwork(networkName, { uri: cfg.uri, ...networkArgs });
  const domains = cfg.domains.map((d) => {
    const { name, disk, graphics, bridge, ...rest } = d;
    const vnc = graphics?.vnc;
    const args = {
      ...rest,
      uri: cfg.uri,
      disk: { ...disk, pool },
      network: bridge === undefined ? network : { bridge },
      graphics: {
        vnc: {
          port: vnc?.port,
          listen: vnc?.listen,
          allowRemote: vnc?.allowRemote,
          // The engine hands the decrypted value to the program: wrap it again at once.
          password: vnc?.password === undefined ? undefined : pulumi.secret(vnc.password),
        },
      },
    };
    // CentOS 7 guests stay CentOS7Domains (their URNs, so existing stacks see no change); any
    // other release is an EnterpriseLinuxDomain.
    const os = rest.osVariant;
    return os === undefined || os === defaultOsVariant()
      ? new CentOS7Domain(name, args)
      : new EnterpriseLinuxDomain(name, { ...args, osVariant: os });
  });
  return { pool, network, domains };
}

export interface DomainOutputs {
  name: pulumi.Output<string>;
  uuid: pulumi.Output<string>;
  vncDisplay: pulumi.Output<string>;
  vncTunnelCommand: pulumi.Output<string>;
  serialConsoleCommand: pulumi.Output<string>;
  /** Whether create took over a domain that already existed (adopt), and likewise its disk volume. */
  adopted: pulumi.Output<boolean>;
  diskAdopted?: pulumi.Output<boolean>;
  /** Present only when the password was generated: a configured one the operator already has. */
  vncPassword?: pulumi.Output<string>;
}

export function stackOutputs(infra: Infrastructure) {
  const domains: Record<string, DomainOutputs> = {};
  for (const d of infra.domains) {
    const out: DomainOutputs = {
      name: d.name,
      uuid: d.uuid,
      vncDisplay: d.vncDisplay,
      vncTunnelCommand: d.vncTunnelCommand,
      serialConsoleCommand: d.serialConsoleCommand,
      adopted: d.domain.adopted,
    };
    if (d.volume) out.diskAdopted = d.volume.adopted;
    if (d.vncPasswordGenerated) out.vncPassword = d.vncPassword;
    domains[d.domainName] = out;
  }
  return {
    pool: { name: infra.pool.name, capacity: infra.pool.capacity, available: infra.pool.available, adopted: infra.pool.pool.adopted },
    network: { name: infra.network.name, bridge: infra.network.bridgeName, adopted: infra.network.network.adopted },
    domains,
  };
}
