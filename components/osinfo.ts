// What libosinfo says about the guest operating systems CentOS7Domain supports, and what that
// implies for the domain (virt-install derives the same from --os-variant).
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
  },
};

export const OS_VARIANT_NAMES = Object.keys(OS_VARIANTS);

export function osVariant(name: string): OsVariant {
  const v = OS_VARIANTS[name];
  if (!v) throw new Error(`unknown osVariant ${JSON.stringify(name)}; accepted: ${OS_VARIANT_NAMES.join(", ")}`);
  return v;
}
