// The StorageVolume resource (token pulumi-nodejs:dynamic/libvirt:StorageVolume).
import { CustomResourceOptions, dynamic, Output } from "@pulumi/pulumi";
import { StorageVolumeFormat, StorageVolumeInputs } from "./inputs";
import { providerRef } from "./provider-ref";
import { withRevisionInput } from "./provider-revision";
import { Args } from "./deep-input";

export type StorageVolumeArgs = Args<StorageVolumeInputs>;

export class StorageVolume extends dynamic.Resource {
  public readonly uri!: Output<string>;
  public readonly pool!: Output<string>;
  public readonly name!: Output<string>;
  public readonly capacityBytes!: Output<number>;
  public readonly format!: Output<StorageVolumeFormat>;
  public readonly sparse!: Output<boolean>;
  public readonly source!: Output<{ url?: string; path?: string } | undefined>;
  public readonly key!: Output<string>;
  public readonly path!: Output<string>;
  public readonly allocationBytes!: Output<number>;
  /** Whether create took over an object that already existed (adopt). */
  public readonly adopted!: Output<boolean>;

  constructor(name: string, args: StorageVolumeArgs, opts?: CustomResourceOptions) {
    super(
      providerRef("StorageVolume"),
      name,
      withRevisionInput("StorageVolume", { key: undefined, path: undefined, allocationBytes: undefined, adopted: undefined, ...args }),
      opts,
      "libvirt",
      "StorageVolume",
    );
  }
}
