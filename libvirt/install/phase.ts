// The two domain definitions of an installation, as pure functions of the user's domain: the install
// phase (installer kernel booted directly, on_reboot=destroy, no boot order) and the final one.
// The install layer sits below libvirt/resources: it declares the shape of the domain it changes
// instead of importing the resources' input types.
import { INSTALL_GENERATIONS } from "./releases";

/** Booting a kernel directly: the install phase boots the tree's installer this way. */
export interface InstallDirectBoot {
  kernel: string;
  initrd?: string;
  cmdline?: string;
}

/** The fields of a domain definition the install and final phases read or change. */
export interface InstallableDomain {
  memoryMiB: number;
  maxMemoryMiB?: number;
  directBoot?: InstallDirectBoot;
  onReboot?: string;
  bootDevices?: string[];
}

/** What the runbook passes with --extra-args: the installer talks on the serial console. */
const DEFAULT_EXTRA_ARGS = "console=ttyS0,115200";
/** virt-install raises the install phase's memory to what libosinfo says a network install needs
 * (anaconda loads its stage2 image into RAM); the final domain keeps the user's memory. CentOS 7's
 * unless the caller names the release's (releases.ts). */
const NETWORK_INSTALL_MIN_MEMORY_MIB = INSTALL_GENERATIONS[7].networkInstallMemoryMiB;
/** Where --initrd-inject puts the kickstart: the root of the initramfs. */
const KICKSTART_FILE = "ks.cfg";

export interface CmdlineOptions {
  /** The install tree, passed on as inst.repo (as virt-install does for CentOS 7). */
  location: string;
  /** Appended kernel arguments; defaults to DEFAULT_EXTRA_ARGS. */
  extraArgs?: string;
  /** Whether a kickstart is injected (adds inst.ks=file:/ks.cfg). Defaults to true. */
  kickstart?: boolean;
  /** What the kickstart needs on the command line (kickstartKernelArgs: ip=, nameserver=,
   * net.ifnames=0), after the extra args; one the extra args already set is left to them. */
  kickstartArgs?: string[];
}

const hasArg = (args: string[], name: string): boolean => args.some((a) => a === name || a.startsWith(`${name}=`));

/** The installer's kernel command line in virt-install's order: the user's extra args first, then
 * inst.repo=<location> (virt-install appends its install arg after --extra-args), then inst.ks.
 * A console= is added when the extra args lack one, because a timed-out install is reported with
 * the serial console's last lines; an inst.repo/inst.ks the user gave wins over ours. */
export function installCmdline(o: CmdlineOptions): string {
  const extra = (o.extraArgs ?? DEFAULT_EXTRA_ARGS).split(/\s+/).filter(Boolean);
  const args = hasArg(extra, "console") ? [...extra] : [...DEFAULT_EXTRA_ARGS.split(" "), ...extra];
  for (const a of o.kickstartArgs ?? []) {
    const name = a.split("=")[0];
    // nameserver= may repeat; the others are the user's when the extra args set them.
    if (name === "nameserver" ? !args.includes(a) : !hasArg(extra, name)) args.push(a);
  }
  if (!hasArg(args, "inst.repo")) args.push(`inst.repo=${o.location}`);
  if ((o.kickstart ?? true) && !hasArg(args, "inst.ks")) args.push(`inst.ks=file:/${KICKSTART_FILE}`);
  return args.join(" ");
}

/** The fields of a domain that differ in the install phase. */
export interface InstallPhaseChanges {
  directBoot: InstallDirectBoot;
  onReboot: "destroy";
  bootDevices: string[];
}

/** The install phase's changes to the user's domain: boot the uploaded installer kernel and initrd,
 * destroy on reboot (so the installer's final reboot ends the phase instead of looping back into
 * the installer), and no boot devices (virt-install leaves the boot order out with a kernel). */
export function installPhase(directBoot: InstallDirectBoot): InstallPhaseChanges {
  return { directBoot: { ...directBoot }, onReboot: "destroy", bootDevices: [] };
}

/** The user's domain as the install phase defines it, with at least the memory a network install
 * of the release needs (`minMemoryMiB`, as virt-install does). */
export function installPhaseInputs<D extends InstallableDomain>(
  domain: D,
  directBoot: InstallDirectBoot,
  minMemoryMiB: number = NETWORK_INSTALL_MIN_MEMORY_MIB,
): D {
  const out: D = { ...domain, ...installPhase(directBoot) };
  if (out.memoryMiB < minMemoryMiB) {
    out.memoryMiB = minMemoryMiB;
    if (out.maxMemoryMiB !== undefined && out.maxMemoryMiB < minMemoryMiB) out.maxMemoryMiB = minMemoryMiB;
  }
  return out;
}

/** The user's domain after the install: no direct kernel boot, boot from the disk (unless the user
 * chose boot devices), the user's own on_reboot/on_poweroff/on_crash. */
export function finalPhaseInputs<D extends InstallableDomain>(domain: D): D {
  const { directBoot: _drop, ...rest } = domain;
  return { ...rest, bootDevices: domain.bootDevices && domain.bootDevices.length ? domain.bootDevices : ["hd"] } as D;
}

// An export list rather than `export const`: an in-module read of an exported const becomes a
// dangling `exports.X` in a serialized provider.
export { DEFAULT_EXTRA_ARGS, KICKSTART_FILE, NETWORK_INSTALL_MIN_MEMORY_MIB };
