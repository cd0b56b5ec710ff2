// LvmStoragePool: the runbook's `virsh pool-define-as images_lvm logical - - /dev/sda2 cl /dev/cl`
// plus pool-autostart, as a component; `type: dir` serves hosts without a spare disk.
import * as pulumi from "@pulumi/pulumi";
import { StoragePool } from "../libvirt";
import type { StoragePoolType } from "../libvirt/resources/inputs";
import { ArgumentError } from "./checks";
import {
  defaultAdopt,
  defaultAutostart,
  defaultPoolType,
  defaultProtectPoolOrNetwork,
  defaultTargetPath,
  defaultVolumeGroup,
} from "./defaults";
import { protectionOptions, protectOf } from "./protection";
import { checkPoolArgs, LvmStoragePoolArgs } from "./pool-args";

export { checkPoolArgs, POOL_TYPES } from "./pool-args";
export type { LvmStoragePoolArgs } from "./pool-args";

export class LvmStoragePool extends pulumi.ComponentResource {
  /** The pool's name on the host (known once the pool exists: dependents wait for it). */
  public readonly name: pulumi.Output<string>;
  /** "logical" or "dir": decides how the domain's volumes are named and formatted. */
  public readonly poolType: StoragePoolType;
  /** Bytes, as the pool reports them. */
  public readonly capacity: pulumi.Output<number>;
  public readonly available: pulumi.Output<number>;
  public readonly pool: StoragePool;

  constructor(name: string, args: LvmStoragePoolArgs, opts?: pulumi.ComponentResourceOptions) {
    super("kvm:storage:LvmStoragePool", name, {}, opts);
    const problems = checkPoolArgs({ ...args, name: args.name ?? name });
    if (!args.uri) problems.unshift({ path: "uri", message: "uri is required: the libvirt URI of the host" });
    if (problems.length) throw new ArgumentError("LvmStoragePool", name, problems);

    const poolName = args.name ?? name;
    this.poolType = args.type ?? defaultPoolType();
    const logical = this.poolType === "logical";
    const volumeGroup = args.volumeGroup ?? defaultVolumeGroup(poolName);
    this.pool = new StoragePool(
      `${name}-pool`,
      {
        uri: args.uri,
        name: poolName,
        type: this.poolType,
        sourceDevices: logical ? args.devices : undefined,
        volumeGroup: logical ? volumeGroup : undefined,
        targetPath: logical ? (args.target ?? defaultTargetPath(volumeGroup)) : args.path,
        build: args.build ?? false,
        autostart: args.autostart ?? defaultAutostart(),
        // Only sent when set: the resources' own default is the same.
        adopt: (args.adopt ?? defaultAdopt()) || undefined,
      },
      { parent: this, ...protectionOptions(protectOf(args.protect, opts, defaultProtectPoolOrNetwork())) },
    );
    this.name = this.pool.name;
    this.capacity = this.pool.capacity;
    this.available = this.pool.available;
    this.registerOutputs({ name: this.name, capacity: this.capacity, available: this.available });
  }
}
