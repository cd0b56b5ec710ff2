// BridgeNetwork: guests on an existing host bridge (the runbook's br0), or a libvirt-managed NAT
// bridge with DHCP (the runbook's virbr0), as one libvirt network.
import * as pulumi from "@pulumi/pulumi";
import { Network } from "../libvirt";
import type { NetworkMode } from "../libvirt/resources/inputs";
import { ArgumentError } from "./checks";
import { defaultAdopt, defaultAutostart, defaultNat, defaultNetworkMode, defaultProtectPoolOrNetwork } from "./defaults";
import { protectionOptions, protectOf } from "./protection";
import { BridgeNetworkArgs, checkNetworkArgs } from "./network-args";

export { checkNetworkArgs, NETWORK_MODES } from "./network-args";
export type { BridgeNetworkArgs } from "./network-args";

export class BridgeNetwork extends pulumi.ComponentResource {
  /** The libvirt network's name (known once it exists: domains attached to it wait for it). */
  public readonly name: pulumi.Output<string>;
  public readonly mode: NetworkMode;
  /** The bridge guests attach to, as libvirt reports it. */
  public readonly bridgeName: pulumi.Output<string>;
  public readonly network: Network;

  constructor(name: string, args: BridgeNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super("kvm:network:BridgeNetwork", name, {}, opts);
    const problems = checkNetworkArgs({ ...args, name: args.name ?? name });
    if (!args.uri) problems.unshift({ path: "uri", message: "uri is required: the libvirt URI of the host" });
    if (problems.length) throw new ArgumentError("BridgeNetwork", name, problems);

    this.mode = args.mode ?? defaultNetworkMode();
    this.network = new Network(
      `${name}-network`,
      {
        uri: args.uri,
        name: args.name ?? name,
        mode: this.mode,
        bridge: args.bridge,
        nat: this.mode === "nat" ? { ...defaultNat(), ...args.nat } : undefined,
        autostart: args.autostart ?? defaultAutostart(),
        // Only sent when set: the resources' own default is the same.
        adopt: (args.adopt ?? defaultAdopt()) || undefined,
      },
      { parent: this, ...protectionOptions(protectOf(args.protect, opts, defaultProtectPoolOrNetwork())) },
    );
    this.name = this.network.name;
    this.bridgeName = this.network.bridgeName;
    this.registerOutputs({ name: this.name, bridgeName: this.bridgeName });
  }
}
