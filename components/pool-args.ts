// LvmStoragePool's arguments and their checks (pure: the stack config validation uses them too).
import * as pulumi from "@pulumi/pulumi";
import type { StoragePoolType } from "../libvirt/resources/inputs";
import { Checker, Problem } from "./checks";
import { defaultPoolType } from "./defaults";

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
  /** Take over a pool of this name that already exists on the host: converged to these arguments
   * without rebuilding it; another volume group or device is refused. Defaults to false. */
  adopt?: boolean;
  /** Protect the pool with Pulumi's protect and retainOnDelete (deleting it only undefines it and
   * the volume group stays, so this is opt-in). Defaults to false. */
  protect?: boolean;
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
        args.devices.forEach((d, i) => {
          c.absolutePath(d, `devices[${i}]`);
          const first = args.devices!.indexOf(d);
          if (first < i)
            c.fail(`devices[${i}]`, `repeats devices[${first}] (${JSON.stringify(d)}): a device can hold only one physical volume`);
        });
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
  c.boolean(args.adopt, "adopt");
  c.boolean(args.protect, "protect");
  return c.problems;
}
