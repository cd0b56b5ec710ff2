// A live host's definitions mapped back to the stack config's schema (what `npm run discover`
// writes): one pool, one network and every domain, each read with the providers' own read-back
// (libvirt/resources/*-xml.ts) so the values mean what the providers will compare. What the schema
// cannot say is returned as notes, never dropped.
import { domainFromXml } from "../../libvirt/resources/domain-xml";
import { networkFromXml } from "../../libvirt/resources/network-xml";
import { storagePoolFromXml } from "../../libvirt/resources/storage-pool-xml";
import { parseDomainXml, parseStorageVolumeXml, toBytes } from "../../libvirt/xml";
import { defaultVolumeName, GIB } from "../defaults";
import { isLoopback } from "../domain-args";
import { OS_VARIANTS } from "../osinfo";
import { NAMESPACE } from "./types";

export interface HostPool {
  xml: string;
  autostart: boolean;
  /** Volume XML by volume name (only the volumes the domains use are needed). */
  volumes: Record<string, string>;
}
export interface HostNetwork {
  xml: string;
  autostart: boolean;
}
export interface HostDomain {
  /** Inactive XML without the secure flag: the configuration, never the VNC password. */
  xml: string;
  autostart: boolean;
  running: boolean;
  /** Whether the definition has a VNC password (read with the secure flag, then dropped). */
  hasVncPassword: boolean;
}
export interface HostSnapshot {
  uri: string;
  pools: HostPool[];
  networks: HostNetwork[];
  domains: HostDomain[];
}

export interface Discovered {
  /** The stack file's `config:` block: kvm-infra:<key> -> value. */
  config: Record<string, unknown>;
  /** What the config does not carry: one sentence each, naming the object. */
  notes: string[];
  /** Commands the operator runs next (VNC passwords). */
  secrets: string[];
}

/** Devices the components do not model at all; libvirt's own additions (controllers, video, PS/2 input) are left to it. */
const UNMODELLED_DEVICES = [
  "sound",
  "watchdog",
  "redirdev",
  "smartcard",
  "hub",
  "hostdev",
  "filesystem",
  "panic",
  "tpm",
  "shmem",
  "parallel",
  "lease",
  "vsock",
  "iommu",
];

/** The pool volume a disk is: a volume source, or a file (block device) in a dir (logical) pool's target directory,
 * as virt-install writes `--disk vol=pool/volume`. */
export function diskVolume(
  source: { type: string; pool?: string; volume?: string; file?: string; dev?: string; path?: string },
  poolXmls: string[],
): { pool: string; volume: string } | undefined {
  if (source.type === "volume") return source.pool && source.volume ? { pool: source.pool, volume: source.volume } : undefined;
  const file = source.type === "file" ? (source.file ?? source.path) : source.type === "block" ? source.dev : undefined;
  if (!file) return undefined;
  const dir = file.slice(0, file.lastIndexOf("/"));
  for (const xml of poolXmls) {
    const p = storagePoolFromXml(xml, {}).inputs;
    const wanted = source.type === "file" ? "dir" : "logical";
    if (p.type === wanted && p.targetPath?.replace(/\/+$/, "") === dir) return { pool: String(p.name), volume: file.slice(dir.length + 1) };
  }
  return undefined;
}

export function configFromHost(host: HostSnapshot, choose: { pool?: string; network?: string; stack?: string } = {}): Discovered {
  const notes: string[] = [];
  const secrets: string[] = [];
  const domains = host.domains.map((d) => ({ host: d, doc: parseDomainXml(d.xml) }));

  const poolOf = (p: HostPool) => storagePoolFromXml(p.xml, {}).inputs;
  const poolXmls = host.pools.map((p) => p.xml);
  const usedPools = domains.flatMap((d) => (d.doc.devices?.disks ?? []).map((k) => diskVolume(k.source, poolXmls)?.pool));
  const pool =
    host.pools.find((p) => poolOf(p).name === choose.pool) ??
    host.pools.find((p) => usedPools.includes(poolOf(p).name)) ??
    host.pools.find((p) => ["logical", "dir"].includes(String(poolOf(p).type)));
  if (choose.pool && (!pool || poolOf(pool).name !== choose.pool))
    throw new Error(`discover: the host has no storage pool named ${JSON.stringify(choose.pool)}`);
  if (!pool) throw new Error("discover: the host has no logical or dir storage pool; a stack needs one for the domains' disks");
  const poolInputs = poolOf(pool);
  const poolType = poolInputs.type as "logical" | "dir";
  if (poolType !== "logical" && poolType !== "dir")
    throw new Error(`discover: pool ${poolInputs.name} is of type ${poolInputs.type}; the stack's pool is logical or dir`);
  for (const p of host.pools) {
    if (p !== pool) notes.push(`pool ${poolOf(p).name}: not in the stack (a stack manages one pool); left as it is`);
  }
  const poolConfig: Record<string, unknown> = { name: poolInputs.name, type: poolType };
  if (poolType === "logical") {
    poolConfig.devices = poolInputs.sourceDevices ?? [];
    if (!poolInputs.sourceDevices?.length)
      notes.push(
        `pool ${poolInputs.name}: lists no source device; the stack's logical pool needs one (write the volume group's physical volume under devices)`,
      );
    poolConfig.volumeGroup = poolInputs.volumeGroup;
    poolConfig.target = poolInputs.targetPath;
  } else {
    poolConfig.path = poolInputs.targetPath;
  }
  poolConfig.build = false;
  poolConfig.autostart = pool.autostart;

  const netOf = (n: HostNetwork) => networkFromXml(n.xml, {});
  const usedNets = domains.flatMap((d) =>
    (d.doc.devices?.interfaces ?? []).map((i) => (i.type === "network" ? i.source.network : undefined)),
  );
  const network =
    host.networks.find((n) => netOf(n).inputs.name === choose.network) ??
    host.networks.find((n) => usedNets.includes(netOf(n).inputs.name)) ??
    host.networks.find((n) => ["bridge", "nat"].includes(String(netOf(n).inputs.mode)));
  if (choose.network && (!network || netOf(network).inputs.name !== choose.network)) {
    throw new Error(`discover: the host has no network named ${JSON.stringify(choose.network)}`);
  }
  let networkConfig: Record<string, unknown>;
  if (network) {
    const n = netOf(network).inputs;
    networkConfig = { name: n.name, mode: n.mode };
    if (n.mode === "bridge") networkConfig.bridge = n.bridge;
    else if (n.mode === "nat") {
      const live = netOf(network).bridgeName;
      if (live) networkConfig.bridge = live;
      if (n.nat) networkConfig.nat = n.nat;
    } else notes.push(`network ${n.name}: its forward mode is neither bridge nor nat; the stack cannot express it`);
    networkConfig.autostart = network.autostart;
    for (const o of host.networks)
      if (o !== network) notes.push(`network ${netOf(o).inputs.name}: not in the stack (a stack manages one network); left as it is`);
  } else {
    const bridge = domains.flatMap((d) => d.doc.devices?.interfaces ?? []).find((i) => i.type === "bridge");
    const name = bridge && bridge.type === "bridge" ? bridge.source.bridge : "br0";
    networkConfig = { name, mode: "bridge", bridge: name, autostart: true };
    notes.push(
      `network ${name}: the host has no libvirt network to adopt; the first up defines one in bridge mode onto the host bridge ${name}`,
    );
  }

  const domainConfigs = domains.map(({ host: h, doc }, i) => {
    const live = domainFromXml(h.xml, { uuid: "" }).inputs;
    const name = doc.name;
    const at = `domain ${name}`;
    const out: Record<string, unknown> = { name, uuid: live.uuid };
    if (live.title !== undefined) out.title = live.title;
    if (live.description !== undefined) out.description = live.description;
    out.memoryMiB = live.memoryMiB;
    if (live.maxMemoryMiB !== undefined && live.maxMemoryMiB !== live.memoryMiB)
      notes.push(
        `${at}: maximum memory ${live.maxMemoryMiB} MiB above the current ${live.memoryMiB} MiB is not modelled (the stack sets both to memoryMiB)`,
      );
    out.vcpus = live.vcpus;
    if (live.maxVcpus !== undefined && live.maxVcpus !== live.vcpus)
      notes.push(`${at}: ${live.maxVcpus} maximum vCPUs above the current ${live.vcpus} are not modelled`);
    const os = Object.entries(OS_VARIANTS).find(([, v]) => v.id === live.osinfoId);
    if (os) out.osVariant = os[0];
    else
      notes.push(
        `${at}: libosinfo id ${JSON.stringify(live.osinfoId ?? "none")} is not one the component knows (${Object.keys(OS_VARIANTS).join(", ")}); written as centos7.0`,
      );
    if (live.virtType) out.virtType = live.virtType;
    out.events = { onCrash: live.onCrash ?? "destroy", onPoweroff: live.onPoweroff ?? "destroy", onReboot: live.onReboot ?? "restart" };
    out.features = { acpi: !!live.features?.acpi };
    if (live.clockOffset) out.clockOffset = live.clockOffset;
    else notes.push(`${at}: its clock offset is neither utc nor localtime; written as utc`);

    const disks = (live.disks ?? []).filter((d) => d.device === "disk");
    const disk = disks[0];
    const vol = disk && diskVolume(disk.source, poolXmls);
    if (!disk) notes.push(`${at}: has no disk; the component gives every domain one`);
    else if (!vol || vol.pool !== poolInputs.name) {
      notes.push(
        `${at}: its disk ${JSON.stringify(disk.source)} is not a volume in pool ${poolInputs.name}; the stack's disks are, so the first up would point it at the volume named below`,
      );
      out.disk = { volume: defaultVolumeName(name, poolType) };
    } else {
      if (disk.source.type !== "volume") {
        notes.push(
          `${at}: its disk is the ${disk.source.type} ${JSON.stringify(disk.source)}, i.e. volume ${vol.volume} of pool ${vol.pool}; the stack writes it as that volume (the same data; the first up rewrites the disk's source element)`,
        );
      }
      out.disk = diskConfig(name, vol.volume, pool.volumes[vol.volume], poolType, at, notes);
    }
    for (const extra of [...disks.slice(1), ...(live.disks ?? []).filter((d) => d.device !== "disk")]) {
      notes.push(`${at}: ${extra.device} ${extra.targetDev} (${JSON.stringify(extra.source)}) is not modelled (one disk per domain)`);
    }
    const ifaces = live.interfaces ?? [];
    const nic = ifaces[0];
    if (!nic) notes.push(`${at}: has no network interface; the component gives every domain one`);
    else if (nic.source.type === "bridge") out.bridge = nic.source.bridge;
    else if (nic.source.network !== networkConfig.name)
      notes.push(`${at}: joins network ${nic.source.network}, not the stack's ${networkConfig.name}`);
    for (const extra of ifaces.slice(1)) notes.push(`${at}: a second interface (${JSON.stringify(extra.source)}) is not modelled`);
    const unmanaged = (doc.devices?.interfaces ?? []).filter((n) => n.type !== "network" && n.type !== "bridge");
    for (const n of unmanaged) notes.push(`${at}: an interface of type ${n.type} is not modelled`);

    const vnc = live.graphics?.vnc;
    if (vnc) {
      const g: Record<string, unknown> = { port: vnc.port ?? "auto" };
      if (vnc.listen !== undefined) g.listen = vnc.listen;
      if (vnc.listen !== undefined && !isLoopback(vnc.listen)) {
        g.allowRemote = true;
        notes.push(
          `${at}: VNC listens on ${vnc.listen}, beyond the host; written with allowRemote: true (consider 127.0.0.1 and an ssh tunnel)`,
        );
      }
      out.graphics = { vnc: g };
      const p = `${NAMESPACE}:domains[${i}].graphics.vnc.password`;
      const command = `pulumi config set --stack ${choose.stack ?? "<stack>"} --secret --path '${p}' '<password>'`;
      if (h.hasVncPassword) {
        secrets.push(`${command}   # ${name} has a VNC password: set the same one before the first up, or a generated one replaces it`);
      } else {
        secrets.push(`${command}   # ${name} has no VNC password today; unset, the first up generates one`);
      }
    } else notes.push(`${at}: has no VNC display; the component gives every domain one (on 127.0.0.1)`);
    for (const gr of doc.devices?.graphics ?? []) if (gr.type !== "vnc") notes.push(`${at}: ${gr.type} graphics are not modelled`);
    if (!live.serialConsole) notes.push(`${at}: has no serial console; the component adds one`);
    out.autostart = h.autostart;
    out.running = h.running;
    const dev = doc.devices as Record<string, unknown> | undefined;
    for (const kind of UNMODELLED_DEVICES) {
      const list = dev?.[`${kind}s`] ?? dev?.[kind];
      if (Array.isArray(list) ? list.length : list) notes.push(`${at}: device ${kind} is not modelled`);
    }
    for (const p of doc.unknownPaths ?? []) notes.push(`${at}: ${p} is not modelled`);
    return out;
  });

  return {
    config: {
      [`${NAMESPACE}:uri`]: host.uri,
      [`${NAMESPACE}:adopt`]: true,
      [`${NAMESPACE}:pool`]: poolConfig,
      [`${NAMESPACE}:network`]: networkConfig,
      [`${NAMESPACE}:domains`]: domainConfigs,
    },
    notes,
    secrets,
  };
}

/** A volume the component manages (name, size, allocation), or, when its size is not whole GiB, an existing one it only uses. */
function diskConfig(
  domain: string,
  volume: string,
  xml: string | undefined,
  poolType: "logical" | "dir",
  at: string,
  notes: string[],
): Record<string, unknown> {
  const named = volume === defaultVolumeName(domain, poolType) ? {} : { name: volume };
  if (!xml) return { volume };
  const v = parseStorageVolumeXml(xml);
  const capacity = v.capacity ? toBytes(v.capacity) : 0;
  const allocation = v.allocation ? toBytes(v.allocation) : 0;
  if (capacity <= 0 || capacity % GIB !== 0) {
    notes.push(`${at}: volume ${volume} is ${capacity} bytes, not whole GiB; used as an existing volume (disk.volume), not managed`);
    return { volume };
  }
  const out: Record<string, unknown> = { ...named, sizeGiB: capacity / GIB };
  if (poolType === "logical" || allocation >= capacity) out.sparse = false;
  if (poolType === "dir") {
    const format = v.target?.format?.type;
    if (format === "qcow2") out.format = "qcow2";
    else if (format !== undefined && format !== "raw")
      notes.push(`${at}: volume ${volume} has format ${format}; the stack's are raw or qcow2`);
  }
  return out;
}
