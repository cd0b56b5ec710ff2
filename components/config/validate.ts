// Validation of the whole stack config at once: one error listing every bad key with the reason,
// thrown before the program registers any resource.
import { checkDomainArgs, DOMAIN_CONFIG_KEYS } from "../domain-args";
import { checkNetworkArgs } from "../network-args";
import { Checker, Problem } from "../checks";
import { checkPoolArgs } from "../pool-args";
import { defaultVolumeName } from "../defaults";
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
}

const key = (k: string) => `${NAMESPACE}:${k}`;

export function validateStackConfig(raw: RawStackConfig): StackConfig {
  const c = new Checker();
  for (const k of raw.unknownKeys ?? []) {
    c.fail(k, `is not a known setting; accepted: ${CONFIG_KEYS.map(key).join(", ")}`);
  }
  const { uri, autoDeploy, pool, network, domains } = raw.values;
  c.boolean(autoDeploy, key("autoDeploy"));
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
      checkNamed(d, path, DOMAIN_CONFIG_KEYS, c, (dom, sub) => checkDomainArgs(dom as Partial<DomainConfig>, sub, true));
      if (isObject(d) && isObject(d.disk) && d.disk.format === "qcow2" && poolType === "logical") {
        c.fail(`${path}.disk.format`, `must be "raw" on a logical pool (a logical volume is a raw block device), got "qcow2"`);
      }
    });
    checkUnique(list, c, poolType);
  }
  if (c.problems.length) throw new ConfigError(c.problems);
  return { uri: uri as string, pool: pool as PoolConfig, network: network as NetworkConfig, domains: list as DomainConfig[] };
}

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

/** Names, fixed VNC ports and volumes shared by two domains would collide on the host. */
function checkUnique(list: unknown[], c: Checker, poolType: "dir" | "logical"): void {
  const seen = { name: new Map<string, number>(), port: new Map<number, number>(), volume: new Map<string, number>() };
  list.forEach((d, i) => {
    if (!isObject(d) || typeof d.name !== "string") return;
    const path = `${key("domains")}[${i}]`;
    const first = seen.name.get(d.name);
    if (first !== undefined) c.fail(`${path}.name`, `must be unique, but domains[${first}] is also named ${JSON.stringify(d.name)}`);
    else seen.name.set(d.name, i);
    const vnc = isObject(d.graphics) && isObject(d.graphics.vnc) ? d.graphics.vnc : undefined;
    if (vnc && typeof vnc.port === "number") {
      const other = seen.port.get(vnc.port);
      if (other !== undefined) c.fail(`${path}.graphics.vnc.port`, `must be unique, but domains[${other}] also uses port ${vnc.port}`);
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
