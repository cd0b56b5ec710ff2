// The input shapes of the four libvirt resources, resolved (plain values, as a dynamic provider
// receives them). They are the contract between the components (components/), the render command
// and the providers (libvirt/resources/*-provider.ts): change them in one place only.
// Sizes are plain numbers in the unit their name says (bytes, MiB, KiB), never strings with units.
import type { KickstartSpec } from "../install/kickstart";

export type { KickstartOptions, KickstartNetwork, KickstartPartition, KickstartSpec } from "../install/kickstart";

/** Common to every resource: where the object lives. An input of every resource so that refresh
 * and delete reach the host that holds the object even after the stack's config moved on. */
export interface HostInputs {
  /** libvirt connection URI, e.g. qemu+ssh://root@kvm01.example.com/system. Changing it replaces. */
  uri: string;
  /**
   * This resource's per-call deadlines in milliseconds: readMs (lookups and reads), changeMs
   * (define, start, shutdown, undefine, live changes), longMs (pool build and delete, volume create
   * and resize). Not part of the libvirt object: changing it neither replaces nor updates. Defaults
   * to 15000, 120000 and 900000 (libvirt/rpc/deadlines.ts).
   */
  deadlines?: { readMs?: number; changeMs?: number; longMs?: number };
}

/** Common to every resource: taking over an object that already exists on the host. */
export interface AdoptInputs {
  /** When an object with this name (or uuid) already exists, create takes it over instead of
   * refusing: it logs every field where the host differs from the config and converges them as
   * an update would; what would need a replace is refused before anything changes (check reads
   * the host, so `pulumi preview` already says so). Only used by create: changing it later is no
   * change. Defaults to false. */
  adopt?: boolean;
}

/** Common to every resource's outputs. */
export interface AdoptOutputs {
  /** Whether create took over an object that already existed (adopt) rather than making it. */
  adopted: boolean;
  /** Set only in the state of a create that failed half-way (the engine's partial create): the
   * next update continues the create. */
  createIncomplete?: boolean;
}

export type StoragePoolType = "dir" | "logical";

export interface StoragePoolInputs extends HostInputs, AdoptInputs {
  /** Pool name (unique per host). Changing it replaces. */
  name: string;
  /** "dir" (a directory) or "logical" (an LVM volume group). Changing it replaces. */
  type: StoragePoolType;
  /** logical: the block devices that hold the volume group, e.g. ["/dev/sda2"]. Changing them replaces. */
  sourceDevices?: string[];
  /** logical: the volume group's name (libvirt's <source><name>). Changing it replaces. */
  volumeGroup?: string;
  /** Target path: dir pools' directory; logical pools' /dev/<volumeGroup> (the default). */
  targetPath?: string;
  /** Build the pool on create (logical: pvcreate + vgcreate; dir: mkdir), never over existing data
   * (NO_OVERWRITE). Defaults to false. */
  build?: boolean;
  /** Start the pool at host boot. Defaults to true. */
  autostart?: boolean;
  /** On delete also delete the pool's storage (logical: vgremove; dir: rmdir). Defaults to false. */
  wipeOnDelete?: boolean;
}

export interface StoragePoolOutputs extends StoragePoolInputs, AdoptOutputs {
  uuid: string;
  /** Bytes, as the pool reports them after a refresh. */
  capacity: number;
  allocation: number;
  available: number;
}

export type StorageVolumeFormat = "raw" | "qcow2";

/** A volume adopted (adopt, or one kvm-infra retained and finds again) keeps its data: it is never
 * rewritten, wiped or uploaded to, and its capacity may only grow. */
export interface StorageVolumeInputs extends HostInputs, AdoptInputs {
  /** The pool that holds the volume. Changing it replaces. */
  pool: string;
  /** Volume name (a file name in a dir pool, a logical volume name in a logical pool). Replaces. */
  name: string;
  /** Capacity in bytes. Growing resizes in place and keeps the data; shrinking is refused. */
  capacityBytes: number;
  /** dir pools: "raw" (default) or "qcow2". logical pools: always raw, leave unset. Replaces. */
  format?: StorageVolumeFormat;
  /** false = fully allocated, allocation = capacity (virt-install's sparse=no). Defaults to true. */
  sparse?: boolean;
  /** Content uploaded through the RPC stream on create: an http(s) URL or a local file path. */
  source?: { url?: string; path?: string };
}

export interface StorageVolumeOutputs extends StorageVolumeInputs, AdoptOutputs {
  key: string;
  /** The volume's path on the host, e.g. /dev/cl/home or /var/lib/libvirt/images/x.img. */
  path: string;
  allocationBytes: number;
}

export type NetworkMode = "bridge" | "nat";

export interface NetworkNatInputs {
  /** The host side address of the libvirt-managed bridge, e.g. 192.168.150.1. */
  address: string;
  /** Prefix length, e.g. 24. */
  prefix: number;
  /** DHCP range handed to guests. */
  dhcpStart: string;
  dhcpEnd: string;
}

export interface NetworkInputs extends HostInputs, AdoptInputs {
  /** Network name. Changing it replaces. */
  name: string;
  /** "bridge": guests join an existing host bridge; "nat": libvirt manages a bridge with NAT and DHCP. */
  mode: NetworkMode;
  /** bridge mode: the existing host bridge (e.g. br0). nat mode: the bridge libvirt creates
   * (e.g. virbr1); libvirt picks one when unset. */
  bridge?: string;
  /** nat mode only: addressing and DHCP. */
  nat?: NetworkNatInputs;
  /** Start the network at host boot. Defaults to true. */
  autostart?: boolean;
}

export interface NetworkOutputs extends NetworkInputs, AdoptOutputs {
  uuid: string;
  /** The bridge guests attach to, as libvirt reports it. */
  bridgeName: string;
  active: boolean;
}

export type DomainEventAction = "destroy" | "restart" | "preserve" | "rename-restart";
export type DomainCrashAction = DomainEventAction | "coredump-destroy" | "coredump-restart";

export type DomainDiskSource =
  { type: "volume"; pool: string; volume: string } | { type: "file"; path: string } | { type: "block"; dev: string };

export interface DomainDiskInputs {
  source: DomainDiskSource;
  /** Defaults to "disk". */
  device?: "disk" | "cdrom";
  /** Guest device name, e.g. vda. */
  targetDev: string;
  /** Defaults to "virtio". */
  bus?: "virtio" | "sata" | "scsi" | "ide" | "usb";
  /** Defaults to "raw". */
  driverType?: "raw" | "qcow2";
  readonly?: boolean;
}

export type DomainInterfaceSource = { type: "network"; network: string } | { type: "bridge"; bridge: string };

export interface DomainInterfaceInputs {
  source: DomainInterfaceSource;
  /** Fixed MAC; libvirt generates one when unset (and the generated one is not a diff). */
  mac?: string;
  /** Defaults to "virtio". */
  model?: string;
  /** Defaults to "up". */
  linkState?: "up" | "down";
}

export interface DomainVncInputs {
  /** Fixed TCP port (5900-65535); autoport when unset. */
  port?: number;
  /** Defaults to 127.0.0.1: VNC is never exposed on the network unless asked. */
  listen?: string;
  /** At most 8 characters (VNC's limit). A secret: never logged, never in plain state. */
  password?: string;
  websocketPort?: number;
}

export type DomainTimerName = "rtc" | "pit" | "hpet" | "kvmclock" | "tsc" | "hypervclock";

/** One of the guest's clock sources (libvirt's <clock><timer>), as virt-install sets them per OS. */
export interface DomainTimerInputs {
  name: DomainTimerName;
  /** What the hypervisor does with ticks it missed, e.g. rtc "catchup", pit "delay". Defaults to libvirt's choice. */
  tickpolicy?: "delay" | "catchup" | "merge" | "discard";
  /** false hides the timer from the guest (virt-install: hpet present='no'). Defaults to libvirt's choice. */
  present?: boolean;
}

/** Guest power management (libvirt's <pm>): whether the guest may suspend itself (S3 / S4). */
export interface DomainPmInputs {
  /** S3. Defaults to the hypervisor's choice. */
  suspendToMem?: boolean;
  /** S4. Defaults to the hypervisor's choice. */
  suspendToDisk?: boolean;
}

/** Boot a kernel directly (the install phase of issue 7), instead of from the boot devices. */
export interface DomainDirectBootInputs {
  kernel: string;
  initrd?: string;
  cmdline?: string;
}

/** An unattended installation from an install tree, run once when the domain is created (as
 * virt-install --location does). Changing these settings of an existing domain never reinstalls
 * it and is not even a change: the settings only describe how the domain came to be. */
export interface DomainInstallInputs {
  /** The install tree (the http(s) directory holding .treeinfo).
   * Defaults to https://vault.centos.org/7.9.2009/os/x86_64/ (CentOS 7 is end of life). */
  location?: string;
  /** ks.cfg: options to generate it from, or a complete text used verbatim. Injected into the
   * installer's initrd (inst.ks=file:/ks.cfg). A root password hash in it is a secret.
   * Defaults to none: an interactive installation on the serial console. */
  kickstart?: KickstartSpec;
  /** Kernel arguments of the installer, before inst.repo. Defaults to "console=ttyS0,115200". */
  extraArgs?: string;
  /** How long the installer may run before the create fails. Defaults to 60. */
  timeoutMinutes?: number;
}

/** An adopted domain is never reinstalled and keeps its uuid, MACs and device addresses. */
export interface DomainInputs extends HostInputs, AdoptInputs {
  /** Domain name. Changing it replaces. */
  name: string;
  /** Fixed uuid; libvirt generates one when unset. Changing a set uuid replaces. */
  uuid?: string;
  /** "kvm" on real hosts, "qemu" (TCG) where KVM is unavailable. Defaults to "kvm". */
  virtType?: "kvm" | "qemu";
  title?: string;
  description?: string;
  /** libosinfo id written into <metadata>, e.g. http://centos.org/centos/7.0. */
  osinfoId?: string;
  memoryMiB: number;
  /** Maximum memory for live ballooning up; defaults to memoryMiB. */
  maxMemoryMiB?: number;
  vcpus: number;
  /** Maximum vcpus for live hotplug; defaults to vcpus. */
  maxVcpus?: number;
  /** Defaults to "x86_64". */
  arch?: string;
  /** Defaults to "q35" (libvirt expands it to e.g. pc-q35-7.2; that is not a diff). */
  machine?: string;
  /** Defaults to ["hd"]. */
  bootDevices?: Array<"hd" | "cdrom" | "network" | "fd">;
  directBoot?: DomainDirectBootInputs;
  /** Present-or-absent features. Defaults: acpi true, apic true. */
  features?: { acpi?: boolean; apic?: boolean; pae?: boolean };
  /** Defaults to "host-passthrough" with kvm, unset with qemu. */
  cpuMode?: "host-passthrough" | "host-model" | "maximum";
  /** Defaults to "utc". */
  clockOffset?: "utc" | "localtime";
  /** Clock timers in the order given, each name at most once. Changing them needs a reboot.
   * Defaults to none (the hypervisor's own timers). */
  timers?: DomainTimerInputs[];
  /** Guest power management. Changing it needs a reboot. Defaults to none (the hypervisor's choice). */
  pm?: DomainPmInputs;
  onPoweroff?: DomainEventAction;
  onReboot?: DomainEventAction;
  onCrash?: DomainCrashAction;
  disks?: DomainDiskInputs[];
  interfaces?: DomainInterfaceInputs[];
  graphics?: { vnc?: DomainVncInputs };
  /** A pty serial port with a serial console on it. Defaults to true. */
  serialConsole?: boolean;
  /** The qemu guest agent's virtio channel. Defaults to false. */
  guestAgent?: boolean;
  /** virtio-rng from /dev/urandom. Defaults to false. */
  rng?: boolean;
  /** Defaults to "virtio"; "none" removes the balloon. */
  memballoon?: "virtio" | "none";
  /** A USB tablet (absolute pointer for VNC). Defaults to false. */
  tablet?: boolean;
  /** Keep the domain running (start it on create and whenever a refresh finds it stopped).
   * Defaults to true. */
  running?: boolean;
  /** Start at host boot. Defaults to false. */
  autostart?: boolean;
  /** On an update that only takes effect after a restart: shut down gracefully (then destroy after
   * shutdownTimeoutSeconds) and start again. Defaults to false: report it in pendingRestart. */
  restartOnUpdate?: boolean;
  /** Defaults to 120. */
  shutdownTimeoutSeconds?: number;
  /** Install the guest's OS on create. Cannot be combined with directBoot. Defaults to none. */
  install?: DomainInstallInputs;
}

export interface DomainOutputs extends DomainInputs, AdoptOutputs {
  uuid: string;
  /** The VNC port in use (the fixed port, or the one autoport picked while running); 0 when none. */
  vncPort: number;
  /** Fields changed in the persistent definition that the running guest only picks up on its
   * next boot, e.g. ["machine", "disks"]. Empty when the live guest matches its definition. */
  pendingRestart: string[];
  /** Whether this domain's create ran the unattended installation (install) to its end. */
  installed: boolean;
}
