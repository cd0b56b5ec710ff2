// The body both guest components share (CentOS7Domain, EnterpriseLinuxDomain): the runbook's
// virt-install command as a component: the disk volume in the pool, the domain with what libosinfo
// implies for its osVariant, VNC behind an ssh tunnel, a serial console.
import * as pulumi from "@pulumi/pulumi";
import { Domain, StorageVolume } from "../libvirt";
import type { DomainDiskInputs, DomainInstallInputs, DomainInterfaceInputs, DomainVncInputs } from "../libvirt/resources/inputs";
import { ArgumentError } from "./checks";
import { serialConsoleCommand, vncDisplay, vncTunnelCommand } from "./commands";
import {
  defaultAdopt,
  defaultAcpi,
  defaultClockOffset,
  defaultDiskFormat,
  defaultDomainAutostart,
  defaultEvents,
  defaultProtectDomain,
  defaultRunning,
  defaultSparse,
  defaultVcpus,
  defaultVirtType,
  defaultVncListen,
  defaultVolumeName,
  GIB,
  VNC_PASSWORD_LENGTH,
} from "./defaults";
import { CentOS7DomainArgs, checkDomainArgs } from "./domain-args";
import { OS_VARIANTS } from "./osinfo";
import { RandomPassword } from "./random-password";
import { protectionOptions, protectOf } from "./protection";

/** An adopted disk volume (adopt, or one retained earlier) holds data: the installation, which
 * repartitions the disk, is not run over it; the domain boots from the disk as it is. */
function installUnlessAdopted(
  install: pulumi.Input<DomainInstallInputs>,
  volume: StorageVolume | undefined,
): pulumi.Output<DomainInstallInputs> {
  if (!volume) return pulumi.output(install) as pulumi.Output<DomainInstallInputs>;
  return pulumi.all([volume.adopted, install]).apply(([adopted, i]) => (adopted ? undefined : i)) as pulumi.Output<DomainInstallInputs>;
}

/** A guest component: its Pulumi type, the osVariants it accepts, and its default one (none:
 * osVariant is required). */
export interface GuestKind {
  type: string;
  osVariants: readonly string[];
  defaultOsVariant?: string;
}

export abstract class GuestDomain extends pulumi.ComponentResource {
  /** The domain's name as configured (plain: stack outputs are keyed by it). */
  public readonly domainName: string;
  public readonly name: pulumi.Output<string>;
  public readonly uuid: pulumi.Output<string>;
  /** The port VNC listens on: the fixed one, or the one autoport picked. */
  public readonly vncPort: pulumi.Output<number>;
  /** vnc://127.0.0.1:<port>, opened after the tunnel is up. */
  public readonly vncDisplay: pulumi.Output<string>;
  /** ssh -fNL <port>:127.0.0.1:<port> <host>; empty for a local host. */
  public readonly vncTunnelCommand: pulumi.Output<string>;
  /** virsh -c <uri> console <name>. */
  public readonly serialConsoleCommand: pulumi.Output<string>;
  /** The VNC password, configured or generated: always a secret. */
  public readonly vncPassword: pulumi.Output<string>;
  /** Whether the password was generated (and so should be exported for the operator). */
  public readonly vncPasswordGenerated: boolean;
  public readonly domain: Domain;
  public readonly volume?: StorageVolume;

  protected constructor(kind: GuestKind, name: string, args: CentOS7DomainArgs, opts?: pulumi.ComponentResourceOptions) {
    super(kind.type, name, {}, opts);
    const problems = checkDomainArgs({ ...args, name: args.name ?? name }, undefined, false, kind.osVariants);
    if (args.osVariant === undefined && kind.defaultOsVariant === undefined) {
      problems.unshift({
        path: "osVariant",
        message: `osVariant is required: the libosinfo short id of the release, one of ${kind.osVariants.map((v) => JSON.stringify(v)).join(", ")}`,
      });
    }
    if (!args.uri) problems.unshift({ path: "uri", message: "uri is required: the libvirt URI of the host" });
    if (!args.network)
      problems.push({ path: "network", message: "network is required: { name } of a libvirt network or { bridge } of a host bridge" });
    if (problems.length) throw new ArgumentError(kind.type.split(":").pop() as string, name, problems);

    const domainName = args.name ?? name;
    this.domainName = domainName;
    const virtType = args.virtType ?? defaultVirtType();
    const os = OS_VARIANTS[(args.osVariant ?? kind.defaultOsVariant) as string];
    const disk = args.disk;
    const poolName = pulumi.output(disk.pool.name);
    const adopt = args.adopt ?? defaultAdopt();
    const protection = protectionOptions(protectOf(args.protect, opts, defaultProtectDomain()));

    let volumeName: string;
    if (disk.volume !== undefined) {
      volumeName = disk.volume;
    } else {
      volumeName = disk.name ?? defaultVolumeName(domainName, disk.pool.poolType);
      this.volume = new StorageVolume(
        `${name}-disk`,
        {
          uri: args.uri,
          pool: poolName,
          name: volumeName,
          capacityBytes: (disk.sizeGiB ?? os.minDiskGiB) * GIB,
          format: disk.pool.poolType === "dir" ? (disk.format ?? defaultDiskFormat()) : undefined,
          sparse: disk.sparse ?? defaultSparse(),
          // A protected volume is retained when deleted; when it reappears in the config it is the
          // same disk, adopted again with its data rather than refused.
          adopt: adopt || protection.retainOnDelete === true || undefined,
        },
        { parent: this, ...protection },
      );
    }

    const vnc = args.graphics?.vnc ?? {};
    this.vncPasswordGenerated = vnc.password === undefined;
    const password =
      vnc.password !== undefined
        ? pulumi.output(vnc.password)
        : new RandomPassword(`${name}-vnc-password`, { length: VNC_PASSWORD_LENGTH }, { parent: this }).password;
    this.vncPassword = pulumi.secret(password);
    const fixedPort = typeof vnc.port === "number" ? vnc.port : undefined;
    const vncInputs: pulumi.Output<DomainVncInputs> = this.vncPassword.apply((pw) => ({
      ...(fixedPort !== undefined ? { port: fixedPort } : {}),
      listen: vnc.listen ?? defaultVncListen(),
      password: pw,
    }));

    const disks: pulumi.Output<DomainDiskInputs[]> = poolName.apply((pool): DomainDiskInputs[] => [
      {
        source: { type: "volume", pool, volume: volumeName },
        device: "disk",
        targetDev: "vda",
        bus: os.diskBus,
        driverType: disk.pool.poolType === "logical" ? defaultDiskFormat() : (disk.format ?? defaultDiskFormat()),
      },
    ]);
    const net = args.network;
    const interfaces: pulumi.Output<DomainInterfaceInputs[]> =
      "bridge" in net
        ? pulumi.output(net.bridge).apply((bridge): DomainInterfaceInputs[] => [{ source: { type: "bridge", bridge }, model: os.nicModel }])
        : pulumi
            .output(net.name)
            .apply((network): DomainInterfaceInputs[] => [{ source: { type: "network", network }, model: os.nicModel }]);

    const events = { ...defaultEvents(), ...args.events };
    this.domain = new Domain(
      `${name}-domain`,
      {
        uri: args.uri,
        name: domainName,
        uuid: args.uuid,
        virtType,
        title: args.title,
        description: args.description,
        osinfoId: os.id,
        memoryMiB: args.memoryMiB ?? os.minMemoryMiB,
        vcpus: args.vcpus ?? defaultVcpus(),
        arch: "x86_64",
        machine: os.machine,
        ...(virtType === "qemu" && os.tcgCpuMode ? { cpuMode: os.tcgCpuMode } : {}),
        bootDevices: ["hd"],
        features: { acpi: args.features?.acpi ?? defaultAcpi(), apic: true },
        clockOffset: args.clockOffset ?? defaultClockOffset(),
        timers: os.timers.map((t) => ({ ...t })),
        pm: { ...os.pm },
        onPoweroff: events.onPoweroff,
        onReboot: events.onReboot,
        onCrash: events.onCrash,
        disks,
        interfaces,
        graphics: vncInputs.apply((v) => ({ vnc: v })),
        serialConsole: true,
        guestAgent: os.guestAgent,
        rng: os.rng,
        memballoon: os.memballoon,
        tablet: os.tablet,
        autostart: args.autostart ?? defaultDomainAutostart(),
        running: args.running ?? defaultRunning(),
        // A kickstart may carry a root password hash: the whole install setting is a secret.
        // wipeDisk is the component's consent check (checkDomainArgs), not a Domain input.
        install:
          args.install === undefined
            ? undefined
            : pulumi.secret(
                installUnlessAdopted(
                  pulumi.output(args.install).apply(({ wipeDisk: _w, ...i }) => i),
                  this.volume,
                ),
              ),
        adopt: adopt || undefined,
      },
      { parent: this, dependsOn: this.volume ? [this.volume] : [], ...protection },
    );

    this.name = this.domain.name;
    this.uuid = this.domain.uuid;
    this.vncPort = fixedPort !== undefined ? pulumi.output(fixedPort) : this.domain.vncPort;
    this.vncDisplay = this.vncPort.apply((p) => vncDisplay(p));
    this.vncTunnelCommand = pulumi.all([args.uri, this.vncPort]).apply(([uri, p]) => vncTunnelCommand(uri, p));
    this.serialConsoleCommand = pulumi.all([args.uri, this.domain.name]).apply(([uri, n]) => serialConsoleCommand(uri, n));
    this.registerOutputs({
      name: this.name,
      uuid: this.uuid,
      vncDisplay: this.vncDisplay,
      vncTunnelCommand: this.vncTunnelCommand,
      serialConsoleCommand: this.serialConsoleCommand,
      vncPassword: this.vncPassword,
    });
  }
}
