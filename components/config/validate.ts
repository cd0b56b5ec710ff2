// Validation of the whole stack config at once: one error listing every bad key with the reason,
// thrown before the program registers any resource.
import { checkDomainArgs, DOMAIN_CONFIG_KEYS } from "../domain-args";
import { checkNetworkArgs } from "../network-args";
import { Checker, Problem } from "../checks";
import { checkPoolArgs } from "../pool-args";
import { defaultVolumeName } from "../defaults";
import { checkDefaultVolumeName } from "../domain-args";
import { XDR_STRING_MAX } from "../../libvirt/rpc/xdr";
import { nearestSetting } from "./stack-file";
import {
  CONFIG_KEYS,
  DomainConfig,
  NAMESPACE,
  NETWORK_CONFIG_KEYS,
  NetworkConfig,
  POOL_CONFIG_KEYS,
  PoolConfig,
  StackConfig,
} from "./types";

export class ConfigError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${NAMESPACE} stack config has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p.message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** The raw values as the engine hands them over (objects already parsed), plus any unknown keys. */
export interface RawStackConfig {
  values: Partial<Record<string, unknown>>;
  /** Keys in the kvm-infra namespace that the program does not know (typos). */
  unknownKeys?: string[];
  /** Keys outside the namespace that look like ours (kvm_infra:domains): the program would never read them. */
  lookalikeKeys?: string[];
  /** The kvm-infra keys the engine did not mark secret (a password in one is plain text in the stack file). */
  plainKeys?: string[];
  /** The stack file's own problems (stack-file.ts), listed first. */
  fileProblems?: Problem[];
  /** The stack's name, for the commands the messages suggest. */
  stack?: string;
}

/** libvirtd's own TCP and TLS ports: a VNC server there would keep the daemon from listening. */
const LIBVIRTD_PORTS = [16509, 16514];

const key = (k: string) => `${NAMESPACE}:${k}`;

export function validateStackConfig(raw: RawStackConfig): StackConfig {
  const c = new Checker();
  c.problems.push(...(raw.fileProblems ?? []));
  for (const k of raw.lookalikeKeys ?? []) {
    const setting = k.split(":").slice(1).join(":");
    c.fail(
      k,
      `looks like ${key(setting)} but is outside the ${NAMESPACE}: namespace, so the program would never see it; write ${key(setting)}`,
    );
  }
  for (const k of raw.unknownKeys ?? []) {
    const near = nearestSetting(k.slice(NAMESPACE.length + 1));
    c.fail(k, `is not a known setting${near ? `: did you mean ${key(near)}?` : ""}; accepted: ${CONFIG_KEYS.map(key).join(", ")}`);
  }
  const { uri, autoDeploy, adopt, pool, network, domains } = raw.values;
  c.boolean(autoDeploy, key("autoDeploy"));
  c.boolean(adopt, key("adopt"));
  if (c.required(uri, key("uri"), "the libvirt URI of the host, e.g. qemu+ssh://root@kvm01.example.com/system")) {
    c.uri(uri, key("uri"));
  }
  checkNamed(pool, key("pool"), POOL_CONFIG_KEYS, c, (p, sub) => checkPoolArgs(p as Partial<PoolConfig>, sub));
  checkNamed(network, key("network"), NETWORK_CONFIG_KEYS, c, (n, sub) => checkNetworkArgs(n as Partial<NetworkConfig>, sub));

  const list = domains ?? [];
  if (!Array.isArray(list)) {
    c.fail(key("domains"), `must be a list of domains (each with at least a name), got ${JSON.stringify(list)}`);
  } else {
    const poolType = isObject(pool) && pool.type === "dir" ? "dir" : "logical";
    list.forEach((d, i) => {
      const path = `${key("domains")}[${i}]`;
      checkNamed(d, path, [...DOMAIN_CONFIG_KEYS, "bridge"], c, (dom, sub) => {
        const { bridge, ...args } = dom;
        sub.bridgeName(bridge, "bridge");
        return checkDomainArgs(args as Partial<DomainConfig>, sub, true);
      });
      if (!isObject(d)) return;
      const disk = isObject(d.disk) ? d.disk : {};
      if (disk.format === "qcow2" && poolType === "logical") {
        c.fail(`${path}.disk.format`, `must be "raw" on a logical pool (a logical volume is a raw block device), got "qcow2"`);
      }
      if (typeof d.name === "string" && new Checker().objectName(d.name, "name") && disk.volume === undefined && disk.name === undefined) {
        const sub = new Checker(`${path}.`);
        checkDefaultVolumeName(d.name, poolType, sub, "name");
        c.problems.push(...sub.problems);
      }
      checkDocumentSize(d, path, c);
      if (raw.plainKeys?.includes(key("domains"))) checkPlainPassword(d, `${path}.graphics.vnc.password`, raw.stack, c);
    });
    checkUnique(list, c, poolType);
  }
  if (c.problems.length) throw new ConfigError(c.problems);
  const stackAdopt = adopt === true;
  const withAdopt = <T extends Record<string, unknown>>(o: T): T => ({ ...o, adopt: o.adopt ?? stackAdopt });
  return {
    uri: uri as string,
    adopt: stackAdopt,
    pool: withAdopt(pool as Record<string, unknown>) as unknown as PoolConfig,
    network: withAdopt(network as Record<string, unknown>) as unknown as NetworkConfig,
    domains: (list as Record<string, unknown>[]).map((d) => withAdopt(d) as unknown as DomainConfig),
  };
}

/** A password the engine got from a plain (not `secure:`) value: the stack file holds it readable. */
function checkPlainPassword(d: Record<string, unknown>, path: string, stack: string | undefined, c: Checker): void {
  const vnc = isObject(d.graphics) && isObject(d.graphics.vnc) ? d.graphics.vnc : undefined;
  if (!vnc || typeof vnc.password !== "string") return;
  c.fail(
    path,
    `is written in plain text in the stack file; a secret belongs encrypted there (and this one should be changed): ` +
      `pulumi config set --stack ${stack ?? "<stack>"} --secret --path '${path}' '<password>'`,
  );
}

/** Free text goes into the domain's XML, which travels as one RPC string (VIR_NET_MESSAGE_STRING_MAX). */
function checkDocumentSize(d: Record<string, unknown>, path: string, c: Checker): void {
  for (const k of ["title", "description"]) {
    const v = d[k];
    if (typeof v !== "string") continue;
    const escaped = v.replace(/[&<>"']/g, (ch) => (ch === "&" ? "&amp;" : ch === '"' ? "&quot;" : ch === "'" ? "&apos;" : "&lt;"));
    // What the rest of the document takes: a few kilobytes; leave a generous margin for it.
    if (Buffer.byteLength(escaped, "utf8") > XDR_STRING_MAX - DOCUMENT_MARGIN) {
      c.fail(
        `${path}.${k}`,
        `makes the domain's XML longer than libvirt's RPC string limit of ${XDR_STRING_MAX} bytes (VIR_NET_MESSAGE_STRING_MAX); keep it under ${XDR_STRING_MAX - DOCUMENT_MARGIN} bytes`,
      );
    }
  }
}
const DOCUMENT_MARGIN = 64 * 1024;

/** A required mapping with a required name, its unknown keys and the component's own checks. */
function checkNamed(
  v: unknown,
  path: string,
  keys: readonly string[],
  c: Checker,
  check: (v: Record<string, unknown>, sub: Checker) => Problem[],
): void {
  if (!c.required(v, path, `a mapping with the keys ${keys.join(", ")}`)) return;
  if (!c.object(v, path, keys)) return;
  c.required(v.name, `${path}.name`, "the name libvirt knows it by");
  const sub = new Checker(`${path}.`);
  c.problems.push(...check(v, sub));
}

/** Names, uuids, fixed VNC ports and volumes shared by two domains would collide on the host. */
function checkUnique(list: unknown[], c: Checker, poolType: "dir" | "logical"): void {
  const seen = {
    name: new Map<string, number>(),
    uuid: new Map<string, number>(),
    port: new Map<number, number>(),
    volume: new Map<string, number>(),
  };
  list.forEach((d, i) => {
    if (!isObject(d) || typeof d.name !== "string") return;
    const path = `${key("domains")}[${i}]`;
    const first = seen.name.get(d.name);
    if (first !== undefined) c.fail(`${path}.name`, `must be unique, but domains[${first}] is also named ${JSON.stringify(d.name)}`);
    else seen.name.set(d.name, i);
    if (typeof d.uuid === "string") {
      // libvirt compares uuids as 16 bytes: case and dashes do not make two of them differ.
      const norm = d.uuid.toLowerCase().replace(/-/g, "");
      const other = seen.uuid.get(norm);
      if (other !== undefined) c.fail(`${path}.uuid`, `must be unique, but domains[${other}] has the same uuid ${d.uuid}`);
      else seen.uuid.set(norm, i);
    }
    const vnc = isObject(d.graphics) && isObject(d.graphics.vnc) ? d.graphics.vnc : undefined;
    if (vnc && typeof vnc.port === "number") {
      const other = seen.port.get(vnc.port);
      if (LIBVIRTD_PORTS.includes(vnc.port)) {
        c.fail(
          `${path}.graphics.vnc.port`,
          `must not be ${vnc.port}: libvirtd itself listens on ${LIBVIRTD_PORTS.join(" and ")} (TCP, TLS)`,
        );
      } else if (other !== undefined)
        c.fail(`${path}.graphics.vnc.port`, `must be unique, but domains[${other}] also uses port ${vnc.port}`);
      else seen.port.set(vnc.port, i);
    }
    const disk = isObject(d.disk) ? d.disk : {};
    const volume =
      typeof disk.volume === "string" ? disk.volume : typeof disk.name === "string" ? disk.name : defaultVolumeName(d.name, poolType);
    const owner = seen.volume.get(volume);
    if (owner !== undefined) c.fail(`${path}.disk`, `must not share volume ${JSON.stringify(volume)} with domains[${owner}]`);
    else seen.volume.set(volume, i);
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
