// LvmStoragePool: the runbook's `virsh pool-define-as images_lvm logical - - /dev/sda2 cl /dev/cl`
// plus pool-autostart, as a component; `type: dir` serves hosts without a spare disk.
import * as pulumi from "@pulumi/pulumi";
import { StoragePool } from "../libvirt";
import type { StoragePoolType } from "../libvirt/resources/inputs";
import { ArgumentError, Checker, Problem } from "./checks";
import { defaultAutostart, defaultPoolType, defaultTargetPath, defaultVolumeGroup } from "./defaults";

export const POOL_TYPES: readonly StoragePoolType[] = ["logical", "dir"];

export interface LvmStoragePoolArgs {
  /** libvirt connection URI of the host, e.g. qemu+ssh://root@kvm01.example.com/system. Required. */
  uri: pulumi.Input<string>;
  /** The pool's name on the host. Defaults to the component's name. */
  name?: string;
  /** "logical" (an LVM volume group) or "dir" (a directory, for hosts without a spare disk). Defaults to "logical". */
  type?: StoragePoolType;
  /** logical: block devices holding the volume group, e.g. ["/dev/sda2"]. Required for logical, unused for dir. */
  devices?: string[];
  /** logical: the volume group's name, e.g. "cl". Defaults to the pool's name (as virsh pool-define-as does). */
  volumeGroup?: string;
  /** logical: where the logical volumes appear. Defaults to /dev/<volumeGroup>. */
  target?: string;
  /** dir: the directory holding the volumes, e.g. /var/lib/libvirt/images. Required for dir, unused for logical. */
  path?: string;
  /** Create the volume group (pvcreate + vgcreate) or directory first, never over existing data. Defaults to false. */
  build?: boolean;
  /** Start the pool at host boot. Defaults to true. */
  autostart?: boolean;
}

/** Every problem with the arguments; `prefix` puts them under a config path. */
export function checkPoolArgs(args: Partial<LvmStoragePoolArgs>, c = new Checker()): Problem[] {
  c.objectName(args.name, "name");
  c.oneOf(args.type, "type", POOL_TYPES);
  const type = args.type ?? defaultPoolType();
  if (type === "logical") {
    if (c.required(args.devices, "devices", "the block devices of the volume group, e.g. [/dev/sda2]")) {
      if (!Array.isArray(args.devices) || args.devices.length === 0) {
        c.fail("devices", `must be a non-empty list of block devices such as [/dev/sda2], got ${JSON.stringify(args.devices)}`);
      } else {
        args.devices.forEach((d, i) => c.absolutePath(d, `devices[${i}]`));
      }
    }
    c.objectName(args.volumeGroup, "volumeGroup");
    c.absolutePath(args.target, "target");
    if (args.path !== undefined) c.fail("path", `is only for type "dir"; a logical pool's location is target`);
  } else if (type === "dir") {
    if (c.required(args.path, "path", "the directory that holds the volumes, e.g. /var/lib/libvirt/images")) {
      c.absolutePath(args.path, "path");
    }
    for (const k of ["devices", "volumeGroup", "target"] as const) {
      if (args[k] !== undefined) c.fail(k, `is only for type "logical"; a dir pool takes path`);
    }
  }
  c.boolean(args.build, "build");
  c.boolean(args.autostart, "autostart");
  return c.problems;
}

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
        targetPath: logical ? args.target ?? defaultTargetPath(volumeGroup) : args.path,
        build: args.build ?? false,
        autostart: args.autostart ?? defaultAutostart(),
      },
      { parent: this },
    );
    this.name = this.pool.name;
    this.capacity = this.pool.capacity;
    this.available = this.pool.available;
    this.registerOutputs({ name: this.name, capacity: this.capacity, available: this.available });
  }
}
