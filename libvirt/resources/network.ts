// The Network resource (token pulumi-nodejs:dynamic/libvirt:Network).
import { CustomResourceOptions, dynamic, Output } from "@pulumi/pulumi";
import { NetworkInputs, NetworkMode, NetworkNatInputs } from "./inputs";
import { providerRef } from "./provider-ref";
import { withRevisionInput } from "./provider-revision";
import { Args } from "./deep-input";

export type NetworkArgs = Args<NetworkInputs>;

export class Network extends dynamic.Resource {
  public readonly uri!: Output<string>;
  public readonly name!: Output<string>;
  public readonly mode!: Output<NetworkMode>;
  public readonly bridge!: Output<string | undefined>;
  public readonly nat!: Output<NetworkNatInputs | undefined>;
  public readonly autostart!: Output<boolean>;
  public readonly uuid!: Output<string>;
  public readonly bridgeName!: Output<string>;
  public readonly active!: Output<boolean>;
  /** Whether create took over an object that already existed (adopt). */
  public readonly adopted!: Output<boolean>;

  constructor(name: string, args: NetworkArgs, opts?: CustomResourceOptions) {
    super(
      providerRef("Network"),
      name,
      withRevisionInput("Network", { uuid: undefined, bridgeName: undefined, active: undefined, adopted: undefined, ...args }),
      opts,
      "libvirt",
      "Network",
    );
  }
}
