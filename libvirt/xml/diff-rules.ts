// What libvirt does to each document kind on define and read-back, as DiffRules, and the typed
// entry points diffDomain, diffNetwork, diffStoragePool, diffStorageVolume.
import { XmlElement, isElement } from "./node";
import { DiffRules, XmlDifference, diffElements } from "./diff";
import { Domain, domainToElement, DOMAIN_FEATURE_FLAGS } from "./domain";
import { Network, networkToElement } from "./network";
import { StoragePool, storagePoolToElement } from "./storage-pool";
import { StorageVolume, storageVolumeToElement } from "./storage-volume";

function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

// Machine aliases libvirt expands to the newest versioned machine type on define.
const MACHINE_ALIASES: Record<string, RegExp> = {
  q35: /^pc-q35-\d/,
  pc: /^pc-i440fx-\d/,
  virt: /^virt-\d/,
};

function lowerNoDashes(v: string): string {
  return v.toLowerCase().replace(/-/g, "");
}

// libvirt tidies paths it stores (virFileSanitizePath): repeated and trailing slashes go.
function sanitizePath(p: string): string {
  const s = p.replace(/\/{2,}/g, "/");
  return s.length > 1 ? s.replace(/\/$/, "") : s;
}

// libvirt never adds these on its own, so a live one the defined document lacks is drift.
const EXHAUSTIVE_DEVICES = ["disk", "interface", "graphics", "serial", "channel", "filesystem", "hostdev", "rng"];

/**
 * Rules for domains. `running` is set when the live document is a running domain's XML (it has an
 * id): then values QEMU reports at run time are tolerated too. Drift is best checked against the
 * inactive XML (VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE), which holds the configuration.
 */
export function domainRules(running: boolean): DiffRules {
  return {
    ...domainBaseRules,
    ignoreAttr: (p, n, d, l) => ignoreDomainAttr(p, n, d, l, running),
    ignoreElement: (p, d) => ignoreDomainElement(p, d, running),
  };
}

function ignoreDomainAttr(path: string, name: string, def: XmlElement, live: XmlElement, running: boolean): boolean {
  if (/^\/domain\/devices\/graphics\[\d+\]$/.test(path)) {
    // With autoport (or port -1) libvirt picks the port when the domain starts.
    if (name === "port" && (def.attributes.autoport === "yes" || def.attributes.port === "-1")) return true;
    if (name === "websocket" && def.attributes.websocket === "-1") return true;
    if (name === "tlsPort" && (def.attributes.autoport === "yes" || def.attributes.tlsPort === "-1")) return true;
    // Passwords only come back in XML read with the secure flag.
    if (name === "passwd" && live.attributes.passwd === undefined) return true;
  }
  // libvirt drops current='n' when it equals the vCPU count.
  if (path === "/domain/vcpu" && name === "current" && live.attributes.current === undefined) {
    const count = def.children
      .map((c) => ("text" in c ? c.text : ""))
      .join("")
      .trim();
    return Number(def.attributes.current) === Number(count);
  }
  if (running) {
    // QEMU pins a custom CPU model when the guest starts.
    if (path === "/domain/cpu" && name === "check") return true;
    if (path === "/domain/cpu/model" && name === "fallback") return true;
    // An empty CD-ROM drive has no format while running.
    if (/^\/domain\/devices\/disk\[\d+\]\/driver$/.test(path) && name === "type" && live.attributes.type === undefined) return true;
  }
  return false;
}

function ignoreDomainElement(path: string, def: XmlElement, running: boolean): boolean {
  // <source mode='bind'/> without a path is the default for a unix channel; libvirt drops it.
  if (/^\/domain\/devices\/channel\[\d+\]\/source$/.test(path)) {
    const a = def.attributes;
    return a.path === undefined && (a.mode === undefined || a.mode === "bind") && def.children.length === 0;
  }
  // currentMemory of a running guest is the balloon's current size.
  if (running && path === "/domain/currentMemory") return true;
  return false;
}

const domainBaseRules: DiffRules = {
  repeatable(parent, name) {
    if (parent === "/domain/devices") return name !== "emulator";
    if (parent === "/domain/os") return name === "boot";
    if (parent === "/domain/clock") return name === "timer";
    if (parent === "/domain/cpu") return name === "feature";
    return name === "listen" || name === "hostname";
  },
  exhaustive(parent, name) {
    if (parent === "/domain/devices") return EXHAUSTIVE_DEVICES.includes(name);
    return parent === "/domain/os" && name === "boot";
  },
  key(parent, c, siblings) {
    if (parent !== "/domain/devices") return undefined;
    if (c.name === "disk") return `dev:${child(c, "target")?.attributes.dev}`;
    if (c.name === "interface") {
      const mac = child(c, "mac")?.attributes.address;
      return mac ? `mac:${mac.toLowerCase()}` : undefined;
    }
    if (c.name === "channel") {
      const name = child(c, "target")?.attributes.name;
      if (name) return `name:${name}`;
    }
    // libvirt numbers controllers per type from 0 and adds its own (pcie-root, ports), so an
    // unindexed defined controller is the n-th of its type.
    const type = c.attributes.type;
    if (type === undefined) return undefined;
    const sameType = siblings.filter((s) => s.attributes.type === type);
    if (c.name === "controller") return `${type}:${c.attributes.index !== undefined ? Number(c.attributes.index) : sameType.indexOf(c)}`;
    // Other devices by kind and order: the n-th tablet is matched with the n-th live tablet.
    return `${type}#${sameType.indexOf(c)}`;
  },
  sizeUnit(path) {
    return path === "/domain/memory" || path === "/domain/currentMemory" || path === "/domain/maxMemory" ? "KiB" : undefined;
  },
  equivalent(path, d, l) {
    if (path === "/domain/os/type/@machine") {
      const re = MACHINE_ALIASES[d];
      return re ? re.test(l) : false;
    }
    if (path === "/domain/uuid") return lowerNoDashes(d) === lowerNoDashes(l);
    if (/\/mac\/@address$/.test(path)) return d.toLowerCase() === l.toLowerCase();
    // A running domain reports host-model as the custom model it expanded to.
    if (path === "/domain/cpu/@mode") return d === "host-model" && l === "custom";
    if (/\/source\/@(file|dev|dir)$/.test(path)) return sanitizePath(d) === sanitizePath(l);
    return false;
  },
};

// These rules are exported from the list at the end, not with `export const`: Pulumi's closure
// serializer would leave this module's own reads of them as a dangling `exports.X`.
const networkRules: DiffRules = {
  repeatable(parent, name) {
    if (parent === "/network") return name === "ip" || name === "route" || name === "portgroup";
    return ["range", "host", "forwarder", "txt", "srv", "hostname", "interface", "pf"].includes(name);
  },
  exhaustive(parent, name) {
    return (parent === "/network" && name === "ip") || ["range", "host", "txt", "forwarder", "hostname"].includes(name);
  },
  key(parent, c) {
    // DHCP hosts by MAC (libvirt keeps them in order, but a MAC names the entry).
    if (c.name === "host" && /\/dhcp$/.test(parent) && c.attributes.mac) return `mac:${c.attributes.mac.toLowerCase()}`;
    return undefined;
  },
  equivalent(path, d, l) {
    if (path === "/network/uuid") return lowerNoDashes(d) === lowerNoDashes(l);
    if (/\/@mac$|\/mac\/@address$/.test(path)) return d.toLowerCase() === l.toLowerCase();
    return false;
  },
};

const storagePoolRules: DiffRules = {
  repeatable(parent, name) {
    return parent === "/pool/source" && (name === "device" || name === "host");
  },
  exhaustive(parent, name) {
    return parent === "/pool/source" && name === "device";
  },
  key(parent, c) {
    return parent === "/pool/source" && c.name === "device" ? `path:${sanitizePath(c.attributes.path ?? "")}` : undefined;
  },
  sizeUnit(path) {
    return ["/pool/capacity", "/pool/allocation", "/pool/available"].includes(path) ? "bytes" : undefined;
  },
  // Capacity, allocation and available are what libvirt measures, not settings.
  ignoreElement(path) {
    return ["/pool/capacity", "/pool/allocation", "/pool/available"].includes(path);
  },
  equivalent(path, d, l) {
    if (path === "/pool/uuid") return lowerNoDashes(d) === lowerNoDashes(l);
    if (/\/path$|\/@path$/.test(path)) return sanitizePath(d) === sanitizePath(l);
    return false;
  },
};

const storageVolumeRules: DiffRules = {
  repeatable() {
    return false;
  },
  exhaustive() {
    return false;
  },
  sizeUnit(path) {
    return ["/volume/capacity", "/volume/allocation", "/volume/physical"].includes(path) ? "bytes" : undefined;
  },
  // Allocation is a creation hint (sparse or not) and then a measurement; key, target path (pool
  // and name decide it) and file times are libvirt's.
  ignoreElement(path) {
    return [
      "/volume/allocation",
      "/volume/physical",
      "/volume/key",
      "/volume/target/path",
      "/volume/target/timestamps",
      "/volume/backingStore/timestamps",
    ].includes(path);
  },
  equivalent(path, d, l) {
    if (/\/path$/.test(path)) return sanitizePath(d) === sanitizePath(l);
    return false;
  },
};

/** Differences between the domain we define and the one libvirt returns, in fields `defined` sets. */
export function diffDomain(defined: Domain, live: Domain): XmlDifference[] {
  const out = diffElements(domainToElement(defined), domainToElement(live), domainRules(live.id !== undefined));
  // A feature set to false must be absent: the tree walk only sees elements that are present.
  for (const f of DOMAIN_FEATURE_FLAGS) {
    if (defined.features?.[f] === false && live.features?.[f] === true)
      out.push({ path: `/domain/features/${f}`, defined: undefined, live: "present" });
  }
  return out;
}

export function diffNetwork(defined: Network, live: Network): XmlDifference[] {
  return diffElements(networkToElement(defined), networkToElement(live), networkRules);
}

export function diffStoragePool(defined: StoragePool, live: StoragePool): XmlDifference[] {
  return diffElements(storagePoolToElement(defined), storagePoolToElement(live), storagePoolRules);
}

export function diffStorageVolume(defined: StorageVolume, live: StorageVolume): XmlDifference[] {
  return diffElements(storageVolumeToElement(defined), storageVolumeToElement(live), storageVolumeRules);
}

export { networkRules, storagePoolRules, storageVolumeRules };
