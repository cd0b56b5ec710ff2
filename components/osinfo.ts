// What libosinfo says about the guest operating systems CentOS7Domain supports, and what that
// implies for the domain (virt-install derives the same from --os-variant).
import type { DomainPmInputs, DomainTimerInputs } from "../libvirt/resources/inputs";

export interface OsVariant {
  /** libosinfo's id, written into the domain's <metadata>. */
  id: string;
  /** osinfo's minimum resources: virt-install refuses less. */
  minMemoryMiB: number;
  minDiskGiB: number;
  /** The guest's kernel has virtio drivers and supports PCIe, so q35 with virtio devices. */
  machine: "q35";
  diskBus: "virtio";
  nicModel: "virtio";
  /** Devices the OS has drivers or agents for. */
  guestAgent: boolean;
  rng: boolean;
  memballoon: "virtio";
  tablet: boolean;
  /** Clock timers virt-install sets on kvm for a guest that is not Windows: the RTC catches up on
   * ticks lost while the vCPU was descheduled, the PIT delays them, and no HPET (Linux guests keep
   * better time without it). */
  timers: DomainTimerInputs[];
  /** virt-install switches S3/S4 off for x86 guests: with them exposed, an ACPI shutdown request
   * can suspend the guest instead of powering it off. */
  pm: DomainPmInputs;
}

export const OS_VARIANTS: Readonly<Record<string, OsVariant>> = {
  "centos7.0": {
    id: "http://centos.org/centos/7.0",
    minMemoryMiB: 1024,
    minDiskGiB: 10,
    machine: "q35",
    diskBus: "virtio",
    nicModel: "virtio",
    guestAgent: true,
    rng: true,
    memballoon: "virtio",
    tablet: true,
    timers: [
      { name: "rtc", tickpolicy: "catchup" },
      { name: "pit", tickpolicy: "delay" },
      { name: "hpet", present: false },
    ],
    pm: { suspendToMem: false, suspendToDisk: false },
  },
};

export const OS_VARIANT_NAMES = Object.keys(OS_VARIANTS);

export function osVariant(name: string): OsVariant {
  const v = OS_VARIANTS[name];
  if (!v) throw new Error(`unknown osVariant ${JSON.stringify(name)}; accepted: ${OS_VARIANT_NAMES.join(", ")}`);
  return v;
}
