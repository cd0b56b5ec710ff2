// BridgeNetwork's arguments and their checks (pure: the stack config validation uses them too).
import * as pulumi from "@pulumi/pulumi";
import type { NetworkMode, NetworkNatInputs } from "../libvirt/resources/inputs";
import { checkNatAddressing } from "../libvirt/resources/validate";
import { Checker, Problem } from "./checks";
import { defaultNat, defaultNetworkMode } from "./defaults";

export const NETWORK_MODES: readonly NetworkMode[] = ["bridge", "nat"];

export interface BridgeNetworkArgs {
  /** libvirt connection URI of the host. Required. */
  uri: pulumi.Input<string>;
  /** The libvirt network's name. Defaults to the component's name. */
  name?: string;
  /** "bridge": guests join an existing host bridge; "nat": libvirt manages a bridge with NAT and DHCP. Defaults to "bridge". */
  mode?: NetworkMode;
  /** bridge: the existing host bridge, e.g. br0 (required). nat: the bridge libvirt creates, e.g. virbr1. Defaults to libvirt's choice (nat). */
  bridge?: string;
  /** nat only: the host's address on the bridge, the prefix and the DHCP range. Defaults to 192.168.150.1/24, DHCP .100-.254. */
  nat?: Partial<NetworkNatInputs>;
  /** Start the network at host boot. Defaults to true. */
  autostart?: boolean;
  /** Take over a network of this name that already exists on the host: converged to these
   * arguments; another mode is refused. Defaults to false. */
  adopt?: boolean;
  /** Protect the network with Pulumi's protect and retainOnDelete. Defaults to false. */
  protect?: boolean;
}

export function checkNetworkArgs(args: Partial<BridgeNetworkArgs>, c = new Checker()): Problem[] {
  c.objectName(args.name, "name");
  c.oneOf(args.mode, "mode", NETWORK_MODES);
  const mode = args.mode ?? defaultNetworkMode();
  if (mode === "bridge") {
    if (c.required(args.bridge, "bridge", "the existing host bridge guests join, e.g. br0")) c.bridgeName(args.bridge, "bridge");
    if (args.nat !== undefined) c.fail("nat", `is only for mode "nat"; a bridge network's addressing is the host bridge's`);
  } else if (mode === "nat") {
    c.bridgeName(args.bridge, "bridge");
    if (args.nat !== undefined && c.object(args.nat, "nat", ["address", "prefix", "dhcpStart", "dhcpEnd"])) {
      checkNat({ ...defaultNat(), ...args.nat }, c);
    }
  }
  c.boolean(args.autostart, "autostart");
  c.boolean(args.adopt, "adopt");
  c.boolean(args.protect, "protect");
  return c.problems;
}

/** The providers' own NAT check (libvirt/resources/validate.ts), under this checker's paths. */
function checkNat(nat: NetworkNatInputs, c: Checker): void {
  c.resource((rc) => checkNatAddressing(rc, nat as unknown as Record<string, unknown>));
}
