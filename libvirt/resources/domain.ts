// The Domain resource (token pulumi-nodejs:dynamic/libvirt:Domain). The VNC password lives in
// `graphics` and the kickstart's root password hash in `install`, so both outputs are always secrets.
import { CustomResourceOptions, dynamic, Output, secret } from "@pulumi/pulumi";
import { DomainDiskInputs, DomainInputs, DomainInstallInputs, DomainInterfaceInputs, DomainVncInputs } from "./inputs";
import { providerRef } from "./provider-ref";
import { withRevisionInput } from "./provider-revision";
import { Args } from "./deep-input";

export type DomainArgs = Args<DomainInputs>;

export class Domain extends dynamic.Resource {
  public readonly uri!: Output<string>;
  public readonly name!: Output<string>;
  public readonly uuid!: Output<string>;
  public readonly memoryMiB!: Output<number>;
  public readonly maxMemoryMiB!: Output<number>;
  public readonly vcpus!: Output<number>;
  public readonly maxVcpus!: Output<number>;
  public readonly disks!: Output<DomainDiskInputs[] | undefined>;
  public readonly interfaces!: Output<DomainInterfaceInputs[] | undefined>;
  public readonly graphics!: Output<{ vnc?: DomainVncInputs } | undefined>;
  public readonly running!: Output<boolean>;
  public readonly autostart!: Output<boolean>;
  public readonly vncPort!: Output<number>;
  public readonly pendingRestart!: Output<string[]>;
  public readonly install!: Output<DomainInstallInputs | undefined>;
  /** Whether create ran the unattended installation (install) to its end. */
  public readonly installed!: Output<boolean>;
  /** Whether create took over an object that already existed (adopt). */
  public readonly adopted!: Output<boolean>;

  constructor(name: string, args: DomainArgs, opts?: CustomResourceOptions) {
    const secretOutputs = [...(opts?.additionalSecretOutputs ?? []), "graphics", "install"];
    // The same two as inputs: the state keeps inputs too, and a caller passing a plain password
    // must not find it there in clear text.
    const props: Record<string, unknown> = {
      uuid: undefined,
      vncPort: undefined,
      pendingRestart: undefined,
      installed: undefined,
      adopted: undefined,
      ...args,
    };
    if (args.graphics !== undefined) props.graphics = secret(args.graphics);
    if (args.install !== undefined) props.install = secret(args.install);
    super(
      providerRef("Domain"),
      name,
      withRevisionInput("Domain", props),
      { ...opts, additionalSecretOutputs: secretOutputs },
      "libvirt",
      "Domain",
    );
  }
}
