// Defaults of the components' arguments, as small pure functions so the components, the stack
// config and the tests agree on them. Each says why it is the default.
import type { DomainCrashAction, DomainEventAction, NetworkNatInputs, StoragePoolType } from "../libvirt/resources/inputs";

/** libvirt's logical pools expose their logical volumes under /dev/<volume group>. */
export function defaultTargetPath(volumeGroup: string): string {
  return `/dev/${volumeGroup}`;
}

/** virsh pool-define-as names the volume group after the pool when no source name is given. */
export function defaultVolumeGroup(poolName: string): string {
  return poolName;
}

/** The component is named for LVM; a dir pool is the opt-in for hosts without a spare disk. */
export function defaultPoolType(): StoragePoolType {
  return "logical";
}

/** Pools and networks come back after a host reboot unless asked otherwise (virsh *-autostart). */
export function defaultAutostart(): boolean {
  return true;
}

/** A separate /24 from libvirt's own default network (192.168.122.0/24), so both can coexist. */
export function defaultNat(): NetworkNatInputs {
  return { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.100", dhcpEnd: "192.168.150.254" };
}

/** libvirt's own defaults, so leaving `events` out means what it means to virsh. */
export function defaultEvents(): { onPoweroff: DomainEventAction; onReboot: DomainEventAction; onCrash: DomainCrashAction } {
  return { onPoweroff: "destroy", onReboot: "restart", onCrash: "destroy" };
}

/** VNC only on the host's loopback: reached through an ssh tunnel, never exposed by accident. */
export function defaultVncListen(): string {
  return "127.0.0.1";
}

/** VNC's password limit is 8 characters; the generated one uses all of them. */
export const VNC_PASSWORD_LENGTH = 8;

/** A logical volume is named like the domain; a file in a dir pool gets virt-install's .img. */
export function defaultVolumeName(domainName: string, poolType: StoragePoolType): string {
  return poolType === "logical" ? domainName : `${domainName}.img`;
}

/** virt-install's default (sparse=yes): thin unless the operator asks for sparse=no. */
export function defaultSparse(): boolean {
  return true;
}

export const GIB = 1024 * 1024 * 1024;

/** The runbook's end state: guests on the host's own bridge (br0). */
export function defaultNetworkMode(): "bridge" {
  return "bridge";
}

/** virt-install's default; more is a deliberate choice. */
export function defaultVcpus(): number {
  return 1;
}

/** Production hosts have /dev/kvm; "qemu" (TCG) is the opt-in for hosts without it. */
export function defaultVirtType(): "kvm" {
  return "kvm";
}

/** Linux guests keep the hardware clock in UTC (virt-install's choice for centos7.0). */
export function defaultClockOffset(): "utc" {
  return "utc";
}

/** A server comes back after a host reboot and is kept running (started again if found stopped). */
export function defaultDomainAutostart(): boolean {
  return true;
}
export function defaultRunning(): boolean {
  return true;
}

/** Raw: what a logical volume is anyway, and fully allocatable for sparse=false. */
export function defaultDiskFormat(): "raw" {
  return "raw";
}

/** The only guest OS the component knows (its name says so). */
export function defaultOsVariant(): "centos7.0" {
  return "centos7.0";
}

/** ACPI on, so a graceful shutdown reaches the guest; the runbook's acpi=off is an explicit choice. */
export function defaultAcpi(): boolean {
  return true;
}

/** A guest and its disk hold the operator's data: a config slip (a removed entry, a change that
 * would replace the domain) must not delete them, so they are protected unless config says not. */
export function defaultProtectDomain(): boolean {
  return true;
}

/** Deleting a pool or network only removes its definition (a pool's storage stays, see
 * wipeOnDelete): they are not protected unless asked. */
export function defaultProtectPoolOrNetwork(): boolean {
  return false;
}

/** Nothing already on the host is taken over unless the config says so (adopt: true). */
export function defaultAdopt(): boolean {
  return false;
}
