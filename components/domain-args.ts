// The guest components' arguments (CentOS7Domain, EnterpriseLinuxDomain) and their checks (pure:
// the stack config validation uses them too).
import * as pulumi from "@pulumi/pulumi";
import type { DomainCrashAction, DomainEventAction, DomainInstallInputs, StoragePoolType } from "../libvirt/resources/inputs";
import { checkInstall } from "../libvirt/resources/domain-install";
import { Checker, Problem } from "./checks";
import { defaultOsVariant, defaultVolumeName, VNC_PASSWORD_LENGTH } from "./defaults";
import { OS_VARIANT_NAMES, OS_VARIANTS } from "./osinfo";

export const EVENT_ACTIONS: readonly DomainEventAction[] = ["destroy", "restart", "preserve", "rename-restart"];
export const CRASH_ACTIONS: readonly DomainCrashAction[] = [...EVENT_ACTIONS, "coredump-destroy", "coredump-restart"];
export const VIRT_TYPES = ["kvm", "qemu"] as const;
export const CLOCK_OFFSETS = ["utc", "localtime"] as const;
export const DISK_FORMATS = ["raw", "qcow2"] as const;

/** The domain's disk: a new volume in the pool (sizeGiB) or an existing one (volume). */
export interface CentOS7DiskArgs {
  /** The pool holding the volume; an LvmStoragePool fits. Required. */
  pool: { name: pulumi.Input<string>; poolType: StoragePoolType };
  /** Size of the new volume in GiB, at least osinfo's minimum (10 for centos7.0). Defaults to 10. */
  sizeGiB?: number;
  /** false allocates the whole volume up front (virt-install's sparse=no). Defaults to true. */
  sparse?: boolean;
  /** "raw" or "qcow2" (dir pools only; logical volumes are raw). Defaults to "raw". */
  format?: "raw" | "qcow2";
  /** Name of the new volume. Defaults to the domain's name (logical) or <name>.img (dir). */
  name?: string;
  /** An existing volume in the pool to boot from instead of a new one (virt-install's vol=pool/vol). Defaults to none. */
  volume?: string;
}

export interface CentOS7VncArgs {
  /** Fixed TCP port (5900-65535), or "auto" for the first free one. Defaults to "auto". */
  port?: number | "auto";
  /** Address VNC listens on. Defaults to 127.0.0.1 (reached through an ssh tunnel). */
  listen?: string;
  /** At most 8 characters (VNC's limit); pass a secret. Defaults to a generated 8-character password, exported as a secret. */
  password?: pulumi.Input<string>;
  /** true to let `listen` be an address other than loopback (VNC reachable from the network, guarded by 8 characters). Defaults to false. */
  allowRemote?: boolean;
}

export interface CentOS7DomainArgs {
  /** libvirt connection URI of the host, e.g. qemu+ssh://root@kvm01.example.com/system. Required. */
  uri: pulumi.Input<string>;
  /** The domain's name. Defaults to the component's name. */
  name?: string;
  /** A fixed uuid. Defaults to one libvirt generates. */
  uuid?: string;
  /** One line shown by `virsh list --title`. Defaults to none. */
  title?: string;
  /** Free text shown by `virsh desc`. Defaults to none. */
  description?: string;
  /** RAM in MiB, at least osinfo's minimum (1024 for centos7.0). Defaults to 1024. */
  memoryMiB?: number;
  /** Virtual CPUs. Defaults to 1. */
  vcpus?: number;
  /** The libosinfo short id. Defaults to "centos7.0" (the only one accepted). */
  osVariant?: string;
  /** "kvm" (hardware virtualization) or "qemu" (TCG, where /dev/kvm is missing). Defaults to "kvm". */
  virtType?: "kvm" | "qemu";
  /** What libvirt does on a crash, a power-off and a reboot. Defaults to destroy, destroy, restart (libvirt's). */
  events?: { onCrash?: DomainCrashAction; onPoweroff?: DomainEventAction; onReboot?: DomainEventAction };
  /** acpi: false switches ACPI off (the runbook's --features acpi=off). Defaults to acpi on. */
  features?: { acpi?: boolean };
  /** "utc" or "localtime". Defaults to "utc". */
  clockOffset?: "utc" | "localtime";
  /** The disk. Required. */
  disk: CentOS7DiskArgs;
  /** A libvirt network ({ name }, a BridgeNetwork fits) or a host bridge directly ({ bridge }). Required. */
  network: { name: pulumi.Input<string> } | { bridge: pulumi.Input<string> };
  /** VNC graphics. Defaults to autoport on 127.0.0.1 with a generated password. */
  graphics?: { vnc?: CentOS7VncArgs };
  /** The serial console: only a pty with a serial target is offered. Defaults to { type: "pty", targetType: "serial" }. */
  console?: { type?: "pty"; targetType?: "serial" };
  /** Start the domain at host boot. Defaults to true. */
  autostart?: boolean;
  /** Keep the domain running. Defaults to true. */
  running?: boolean;
  /** An unattended installation from an install tree when the domain is created (virt-install
   * --location): location, kickstart, extraArgs, timeoutMinutes. Never repeated for an existing
   * domain. Defaults to none: the domain boots from its disk as it is. */
  install?: pulumi.Input<CentOS7InstallArgs>;
  /** Take over a domain of this name (or uuid) that already exists on the host, and its disk
   * volume with its data: converged to these arguments, never reinstalled, keeping its uuid, MACs
   * and device addresses; another machine type or identity is refused. Defaults to false. */
  adopt?: boolean;
  /** Protect the domain and its disk volume with Pulumi's protect and retainOnDelete: removing
   * them from the config, or a change that would replace them, fails until this is false; a
   * retained volume is adopted again when it reappears. Defaults to true. */
  protect?: boolean;
}

export interface EnterpriseLinuxDomainArgs extends Omit<CentOS7DomainArgs, "osVariant"> {
  /** The libosinfo short id of the release: centos-stream8, centos-stream9, rocky8, rocky9,
   * almalinux8, almalinux9, rhel8.0 to rhel8.7, rhel8-unknown, rhel9.0, rhel9.1, rhel9-unknown (or
   * centos7.0). It sets osinfo's minimums and devices, the install's kickstart syntax and default
   * tree (RHEL has none: install.location is required). Required. */
  osVariant: string;
}

/** The Domain's install, plus the consent an existing disk needs (the kickstart repartitions it). */
export type CentOS7InstallArgs = DomainInstallInputs & {
  /** true lets the installation repartition an existing disk.volume (wiping its data). Defaults to false. */
  wipeDisk?: boolean;
};

/** The keys of CentOS7DomainArgs that the stack config also has (it has no uri, pool or network). */
export const DOMAIN_CONFIG_KEYS = [
  "name",
  "uuid",
  "title",
  "description",
  "memoryMiB",
  "vcpus",
  "osVariant",
  "virtType",
  "events",
  "features",
  "clockOffset",
  "disk",
  "graphics",
  "console",
  "autostart",
  "running",
  "install",
  "adopt",
  "protect",
] as const;

/** Every problem with the arguments. `configShape` checks a stack config entry (disk without pool);
 * `osVariants` are the ones the component accepts (the stack config: all of them). */
export function checkDomainArgs(
  args: Partial<Omit<CentOS7DomainArgs, "disk" | "graphics">> & { disk?: Partial<CentOS7DiskArgs>; graphics?: { vnc?: CentOS7VncArgs } },
  c = new Checker(),
  configShape = false,
  osVariants: readonly string[] = OS_VARIANT_NAMES,
): Problem[] {
  c.objectName(args.name, "name");
  c.uuid(args.uuid, "uuid");
  if (args.title !== undefined && c.string(args.title, "title") && /[\r\n]/.test(args.title)) {
    c.fail("title", "must be a single line (libvirt rejects titles with line breaks)");
  }
  if (args.description !== undefined) c.string(args.description, "description");
  c.oneOf(args.osVariant, "osVariant", osVariants);
  // An unknown osVariant is reported above; the sizes are still checked against the default's minimums.
  const osName = args.osVariant && osVariants.includes(args.osVariant) && OS_VARIANTS[args.osVariant] ? args.osVariant : defaultOsVariant();
  const os = OS_VARIANTS[osName];
  c.integer(
    args.memoryMiB,
    "memoryMiB",
    os.minMemoryMiB,
    4 * 1024 * 1024,
    `MiB; ${osName} needs at least ${os.minMemoryMiB / 1024} GiB of RAM`,
  );
  c.integer(args.vcpus, "vcpus", 1, 255);
  c.oneOf(args.virtType, "virtType", VIRT_TYPES);
  if (c.object(args.events, "events", ["onCrash", "onPoweroff", "onReboot"])) {
    c.oneOf(args.events.onCrash, "events.onCrash", CRASH_ACTIONS);
    c.oneOf(args.events.onPoweroff, "events.onPoweroff", EVENT_ACTIONS);
    c.oneOf(args.events.onReboot, "events.onReboot", EVENT_ACTIONS);
  }
  if (c.object(args.features, "features", ["acpi"])) c.boolean(args.features.acpi, "features.acpi");
  c.oneOf(args.clockOffset, "clockOffset", CLOCK_OFFSETS);
  checkDisk(args.disk, c, configShape, os.minDiskGiB, osName);
  if (args.graphics !== undefined && c.object(args.graphics, "graphics", ["vnc"])) {
    if (args.graphics.vnc !== undefined && c.object(args.graphics.vnc, "graphics.vnc", ["port", "listen", "password", "allowRemote"])) {
      const vnc = args.graphics.vnc;
      const port = vnc.port;
      if (
        port !== undefined &&
        port !== "auto" &&
        (typeof port !== "number" || !Number.isSafeInteger(port) || port < 5900 || port > 65535)
      ) {
        c.fail(
          "graphics.vnc.port",
          `must be "auto" or a whole number from 5900 to 65535 (VNC display N listens on 5900+N), got ${JSON.stringify(port)}`,
        );
      }
      c.boolean(vnc.allowRemote, "graphics.vnc.allowRemote");
      if (
        c.ipv4(vnc.listen, "graphics.vnc.listen") &&
        typeof vnc.listen === "string" &&
        !isLoopback(vnc.listen) &&
        vnc.allowRemote !== true
      ) {
        c.fail(
          "graphics.vnc.listen",
          `is ${JSON.stringify(vnc.listen)}, which makes VNC reachable beyond the host (only 127.0.0.1 keeps it behind the ssh tunnel); set graphics.vnc.allowRemote: true if that is meant`,
        );
      }
      checkVncPassword(vnc.password, c);
    }
  }
  if (c.object(args.console, "console", ["type", "targetType"])) {
    c.oneOf(args.console.type, "console.type", ["pty"]);
    c.oneOf(args.console.targetType, "console.targetType", ["serial"]);
  }
  c.boolean(args.autostart, "autostart");
  c.boolean(args.running, "running");
  c.boolean(args.adopt, "adopt");
  c.boolean(args.protect, "protect");
  checkInstallArgs(args.install, os.id, c);
  checkInstallWipe(args.install, args.disk, c);
  if (
    !configShape &&
    args.disk?.volume === undefined &&
    args.disk?.name === undefined &&
    args.disk?.pool &&
    typeof args.name === "string"
  ) {
    checkDefaultVolumeName(args.name, args.disk.pool.poolType, c);
  }
  return c.problems;
}

/** 127.0.0.0/8: the only listen addresses that need no ssh-less exposure consent. */
export function isLoopback(address: string): boolean {
  return /^127\./.test(address);
}

/** The disk volume is named after the domain unless disk.name says otherwise: its name must suit a volume. */
export function checkDefaultVolumeName(domainName: string, poolType: StoragePoolType, c: Checker, rel = "name"): void {
  const volume = defaultVolumeName(domainName, poolType);
  c.resource((rc) => {
    rc.volumeName(volume, "disk.name");
    for (const f of rc.failures)
      f.reason = `${rel} ${JSON.stringify(domainName)} gives the disk volume the name ${JSON.stringify(volume)}, which is not a valid volume name; set disk.name`;
    for (const f of rc.failures) f.property = rel;
  });
}

/** An installation repartitions its disk: on an existing volume that is the operator's data. */
function checkInstallWipe(install: unknown, disk: { volume?: unknown } | undefined, c: Checker): void {
  if (install === undefined || Checker.deferred(install) || !disk || disk.volume === undefined) return;
  const wipe = typeof install === "object" && install !== null ? (install as { wipeDisk?: unknown }).wipeDisk : undefined;
  if (wipe !== true) {
    c.fail(
      "install",
      `would repartition the existing volume ${JSON.stringify(disk.volume)} (disk.volume) and wipe its data; set install.wipeDisk: true if that is meant, or leave install out to boot the volume as it is`,
    );
  }
}

/** The resources' own check of `install` (location, kickstart, ...) for the release `osinfoId`, its
 * messages under our paths. */
function checkInstallArgs(install: unknown, osinfoId: string, c: Checker): void {
  if (install === undefined || Checker.deferred(install)) return;
  const { wipeDisk, ...rest } = typeof install === "object" && install !== null ? (install as CentOS7InstallArgs) : { wipeDisk: undefined };
  c.boolean(wipeDisk, "install.wipeDisk");
  c.resource((rc) => checkInstall(rc, { osinfoId, install: typeof install === "object" && install !== null ? rest : install }));
}

function checkDisk(disk: Partial<CentOS7DiskArgs> | undefined, c: Checker, configShape: boolean, minGiB: number, osName: string): void {
  const keys = ["sizeGiB", "sparse", "format", "name", "volume", ...(configShape ? [] : ["pool"])];
  if (disk === undefined) {
    if (!configShape) c.required(disk, "disk", "{ pool, sizeGiB } for a new volume or { pool, volume } for an existing one");
    return;
  }
  if (!c.object(disk, "disk", keys)) return;
  if (!configShape) c.required(disk.pool, "disk.pool", "the pool holding the volume (an LvmStoragePool fits)");
  c.integer(disk.sizeGiB, "disk.sizeGiB", minGiB, 65536, `GiB; ${osName} needs at least ${minGiB} GiB of disk`);
  c.boolean(disk.sparse, "disk.sparse");
  c.oneOf(disk.format, "disk.format", DISK_FORMATS);
  if (disk.format === "qcow2" && disk.pool?.poolType === "logical") {
    c.fail("disk.format", `must be "raw" on a logical pool (a logical volume is a raw block device), got "qcow2"`);
  }
  if (disk.volume !== undefined) {
    c.volumeName(disk.volume, "disk.volume");
    for (const k of ["sizeGiB", "sparse", "name"] as const) {
      if (disk[k] !== undefined) c.fail(`disk.${k}`, "describes a new volume; leave it out when disk.volume names an existing one");
    }
  } else if (disk.name !== undefined) {
    c.volumeName(disk.name, "disk.name");
  }
}

/** A configured password is checked without ever quoting it. */
function checkVncPassword(pw: unknown, c: Checker): void {
  if (pw === undefined || Checker.deferred(pw)) return;
  if (typeof pw !== "string") {
    c.fail("graphics.vnc.password", "must be a string (a secret)");
  } else if (pw.length < 1 || pw.length > VNC_PASSWORD_LENGTH || /[\x00-\x1f\x7f]/.test(pw)) {
    c.fail("graphics.vnc.password", `must be 1 to ${VNC_PASSWORD_LENGTH} printable characters (VNC's limit), got ${pw.length} characters`);
  }
}
