// What libosinfo says about the guest operating systems the components support (CentOS 7 and the
// EL 8 and 9 releases of libvirt/install/releases.ts), and what that implies for the domain
// (virt-install derives the same from --os-variant).
import type { DomainPmInputs, DomainTimerInputs } from "../libvirt/resources/inputs";
import { INSTALL_RELEASES, InstallRelease } from "../libvirt/install/releases";

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
  /** The CPU model under TCG (virtType qemu), where libvirt's default is QEMU's qemu64: RHEL 9
   * is built for x86-64-v2 (SSE4.2, POPCNT), which qemu64 lacks, so its kernel and glibc stop at
   * boot; QEMU's "max" model has them. Unset: the default model. */
  tcgCpuMode?: "maximum";
}

/** What differs by major release (RHEL and its rebuilds alike): osinfo's x86_64 minimums, and
 * RHEL 9's x86-64-v2 baseline. */
const BY_MAJOR: Record<InstallRelease["major"], Pick<OsVariant, "minMemoryMiB" | "minDiskGiB" | "tcgCpuMode">> = {
  7: { minMemoryMiB: 1024, minDiskGiB: 10 },
  8: { minMemoryMiB: 1536, minDiskGiB: 10 },
  9: { minMemoryMiB: 1536, minDiskGiB: 10, tcgCpuMode: "maximum" },
};

/** The devices every one of these releases has drivers and agents for (osinfo lists virtio-net,
 * -block, -rng, -serial for the agent, -balloon and the q35 chipset for each). */
const EL_DEVICES: Omit<OsVariant, "id" | "minMemoryMiB" | "minDiskGiB"> = {
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
};

export const OS_VARIANTS: Readonly<Record<string, OsVariant>> = Object.fromEntries(
  Object.entries(INSTALL_RELEASES).map(([id, r]): [string, OsVariant] => [
    r.shortId,
    {
      id,
      ...EL_DEVICES,
      timers: EL_DEVICES.timers.map((t) => ({ ...t })),
      pm: { ...EL_DEVICES.pm },
      ...BY_MAJOR[r.major],
    },
  ]),
);

export const OS_VARIANT_NAMES = Object.keys(OS_VARIANTS);

export function osVariant(name: string): OsVariant {
  const v = OS_VARIANTS[name];
  if (!v) throw new Error(`unknown osVariant ${JSON.stringify(name)}; accepted: ${OS_VARIANT_NAMES.join(", ")}`);
  return v;
}
