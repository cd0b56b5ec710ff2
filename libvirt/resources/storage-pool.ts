// The StoragePool resource (token pulumi-nodejs:dynamic/libvirt:StoragePool).
import { CustomResourceOptions, dynamic, Output } from "@pulumi/pulumi";
import { StoragePoolInputs, StoragePoolType } from "./inputs";
import { providerRef } from "./provider-ref";
import { withRevisionInput } from "./provider-revision";
import { Args } from "./deep-input";

export type StoragePoolArgs = Args<StoragePoolInputs>;

export class StoragePool extends dynamic.Resource {
  public readonly uri!: Output<string>;
  public readonly name!: Output<string>;
  public readonly type!: Output<StoragePoolType>;
  public readonly sourceDevices!: Output<string[] | undefined>;
  public readonly volumeGroup!: Output<string | undefined>;
  public readonly targetPath!: Output<string>;
  public readonly build!: Output<boolean>;
  public readonly autostart!: Output<boolean>;
  public readonly wipeOnDelete!: Output<boolean>;
  public readonly uuid!: Output<string>;
  public readonly capacity!: Output<number>;
  public readonly allocation!: Output<number>;
  public readonly available!: Output<number>;
  /** Whether create took over an object that already existed (adopt). */
  public readonly adopted!: Output<boolean>;

  constructor(name: string, args: StoragePoolArgs, opts?: CustomResourceOptions) {
    super(
      providerRef("StoragePool"),
      name,
      withRevisionInput("StoragePool", {
        uuid: undefined,
        capacity: undefined,
        allocation: undefined,
        available: undefined,
        adopted: undefined,
        ...args,
      }),
      opts,
      "libvirt",
      "StoragePool",
    );
  }
}
