// <network> documents: typed model, parseNetworkXml and networkToXml.
import { XmlElement, parseXmlElement, writeXmlElement } from "./node";
import { ElementReader, XmlExtra, newContext, rootReader } from "./reader";
import { el, textEl } from "./writer";
import { OnOff, YesNo, compact, readAttrs, writeAttrs } from "./common";

export type NetworkForwardMode = "nat" | "route" | "open" | "bridge" | "private" | "vepa" | "passthrough" | "hostdev" | "none";

export interface NetworkForwardNat {
  address?: { start: string; end: string };
  port?: { start: number; end: number };
}

export interface NetworkForward {
  /** Without a mode the network is isolated; libvirt writes no <forward> then. */
  mode?: NetworkForwardMode;
  dev?: string;
  nat?: NetworkForwardNat;
  interfaces?: { dev: string }[];
  extra?: XmlExtra;
}

export interface NetworkBridge {
  name?: string;
  stp?: OnOff;
  delay?: number;
  macTableManager?: "kernel" | "libvirt";
  zone?: string;
}

export interface NetworkDnsHost {
  ip: string;
  hostnames: string[];
}

export interface NetworkDns {
  enable?: YesNo;
  forwardPlainNames?: YesNo;
  forwarders?: { addr?: string; domain?: string }[];
  txts?: { name: string; value: string }[];
  hosts?: NetworkDnsHost[];
  extra?: XmlExtra;
}

export interface NetworkDhcpRange {
  start: string;
  end: string;
  extra?: XmlExtra;
}

export interface NetworkDhcpHost {
  mac?: string;
  id?: string;
  name?: string;
  ip?: string;
}

export interface NetworkDhcp {
  ranges?: NetworkDhcpRange[];
  hosts?: NetworkDhcpHost[];
  bootp?: { file: string; server?: string };
}

export interface NetworkIp {
  address?: string;
  netmask?: string;
  prefix?: number;
  family?: "ipv4" | "ipv6";
  localPtr?: YesNo;
  dhcp?: NetworkDhcp;
  tftp?: { root: string };
  extra?: XmlExtra;
}

export interface NetworkDomain {
  name: string;
  localOnly?: YesNo;
}

export interface Network {
  name: string;
  uuid?: string;
  /** ipv6='yes' allows guest-to-guest IPv6 without a gateway address. */
  ipv6?: YesNo;
  trustGuestRxFilters?: YesNo;
  forward?: NetworkForward;
  bridge?: NetworkBridge;
  mtu?: { size: number };
  mac?: { address: string };
  domain?: NetworkDomain;
  dns?: NetworkDns;
  ips?: NetworkIp[];
  extra?: XmlExtra;
  /** Paths of the unknown nodes found by the parser; never written. */
  unknownPaths?: string[];
}

export function parseNetworkXml(xml: string): Network {
  return readNetworkElement(parseXmlElement(xml));
}

export function readNetworkElement(root: XmlElement): Network {
  const ctx = newContext();
  const r = rootReader(root, "network", ctx);
  const b = r.child("bridge");
  const mtu = r.child("mtu");
  const n: Network = {
    ipv6: r.enumAttr("ipv6"),
    trustGuestRxFilters: r.enumAttr("trustGuestRxFilters"),
    name: r.childText("name") ?? "",
    uuid: r.childText("uuid"),
    forward: readForward(r.child("forward")),
    bridge: b
      ? {
          name: b.attr("name"),
          stp: b.enumAttr("stp"),
          delay: b.intAttr("delay"),
          macTableManager: b.enumAttr("macTableManager"),
          zone: b.attr("zone"),
        }
      : undefined,
    mtu: mtu ? { size: mtu.intAttr("size") ?? 0 } : undefined,
    mac: readAttrs(r.child("mac")),
    domain: readAttrs(r.child("domain")),
    dns: readDns(r.child("dns")),
    ips: nonEmpty(r.children("ip").map(readIp)),
  };
  b?.finish();
  mtu?.finish();
  n.extra = r.finish();
  const out = compact(n);
  if (ctx.unknownPaths.length) out.unknownPaths = ctx.unknownPaths;
  return out;
}

function readForward(r: ElementReader | undefined): NetworkForward | undefined {
  if (!r) return undefined;
  const nat = r.child("nat");
  let natv: NetworkForwardNat | undefined;
  if (nat) {
    const a = nat.child("address");
    const p = nat.child("port");
    natv = {
      address: a ? { start: a.attr("start") ?? "", end: a.attr("end") ?? "" } : undefined,
      port: p ? { start: p.intAttr("start") ?? 0, end: p.intAttr("end") ?? 0 } : undefined,
    };
    a?.finish();
    p?.finish();
    nat.finish();
  }
  const f: NetworkForward = {
    mode: r.enumAttr("mode"),
    dev: r.attr("dev"),
    nat: natv,
    interfaces: nonEmpty(r.children("interface").map((i) => readAttrs<{ dev: string }>(i) as { dev: string })),
  };
  f.extra = r.finish();
  return f;
}

function readDns(r: ElementReader | undefined): NetworkDns | undefined {
  if (!r) return undefined;
  const d: NetworkDns = {
    enable: r.enumAttr("enable"),
    forwardPlainNames: r.enumAttr("forwardPlainNames"),
    forwarders: nonEmpty(r.children("forwarder").map((f) => readAttrs<{ addr?: string; domain?: string }>(f) ?? {})),
    txts: nonEmpty(r.children("txt").map((t) => readAttrs<{ name: string; value: string }>(t) as { name: string; value: string })),
    hosts: nonEmpty(
      r.children("host").map((h) => {
        const v: NetworkDnsHost = {
          ip: h.attr("ip") ?? "",
          hostnames: h.children("hostname").map((n) => {
            const t = n.text();
            n.finish();
            return t;
          }),
        };
        h.finish();
        return v;
      }),
    ),
  };
  d.extra = r.finish();
  return d;
}

function readIp(r: ElementReader): NetworkIp {
  const dhcp = r.child("dhcp");
  const tftp = r.child("tftp");
  let dhcpv: NetworkDhcp | undefined;
  if (dhcp) {
    const bootp = dhcp.child("bootp");
    dhcpv = {
      ranges: nonEmpty(
        dhcp.children("range").map((x) => {
          const v: NetworkDhcpRange = { start: x.attr("start") ?? "", end: x.attr("end") ?? "" };
          v.extra = x.finish();
          return v;
        }),
      ),
      hosts: nonEmpty(dhcp.children("host").map((h) => readAttrs<NetworkDhcpHost>(h) ?? {})),
      bootp: readAttrsFrom(bootp),
    };
    dhcp.finish();
  }
  const ip: NetworkIp = {
    address: r.attr("address"),
    netmask: r.attr("netmask"),
    prefix: r.intAttr("prefix"),
    family: r.enumAttr("family"),
    localPtr: r.enumAttr("localPtr"),
    dhcp: dhcpv,
    tftp: readAttrs(tftp),
  };
  ip.extra = r.finish();
  return ip;
}

function readAttrsFrom(r: ElementReader | undefined): { file: string; server?: string } | undefined {
  return readAttrs<{ file: string; server?: string }>(r);
}

export function networkToXml(doc: Network): string {
  return writeXmlElement(networkToElement(doc));
}

export function networkToElement(n: Network): XmlElement {
  return el(
    "network",
    { ipv6: n.ipv6, trustGuestRxFilters: n.trustGuestRxFilters },
    [
      textEl("name", n.name),
      textEl("uuid", n.uuid),
      n.forward && writeForward(n.forward),
      n.bridge &&
        el("bridge", {
          name: n.bridge.name,
          stp: n.bridge.stp,
          delay: n.bridge.delay,
          macTableManager: n.bridge.macTableManager,
          zone: n.bridge.zone,
        }),
      n.mtu && el("mtu", { size: n.mtu.size }),
      writeAttrs("mac", n.mac),
      writeAttrs("domain", n.domain),
      n.dns && writeDns(n.dns),
      ...(n.ips ?? []).map(writeIp),
    ],
    n.extra,
  );
}

function writeForward(f: NetworkForward): XmlElement {
  return el(
    "forward",
    { mode: f.mode, dev: f.dev },
    [
      f.nat &&
        el("nat", {}, [
          f.nat.address && el("address", { start: f.nat.address.start, end: f.nat.address.end }),
          f.nat.port && el("port", { start: f.nat.port.start, end: f.nat.port.end }),
        ]),
      ...(f.interfaces ?? []).map((i) => writeAttrs("interface", i)),
    ],
    f.extra,
  );
}

function writeDns(d: NetworkDns): XmlElement {
  return el(
    "dns",
    { enable: d.enable, forwardPlainNames: d.forwardPlainNames },
    [
      ...(d.forwarders ?? []).map((f) => writeAttrs("forwarder", f)),
      ...(d.txts ?? []).map((t) => writeAttrs("txt", t)),
      ...(d.hosts ?? []).map((h) =>
        el(
          "host",
          { ip: h.ip },
          h.hostnames.map((n) => textEl("hostname", n)),
        ),
      ),
    ],
    d.extra,
  );
}

function writeIp(ip: NetworkIp): XmlElement {
  return el(
    "ip",
    { address: ip.address, netmask: ip.netmask, prefix: ip.prefix, family: ip.family, localPtr: ip.localPtr },
    [
      writeAttrs("tftp", ip.tftp),
      ip.dhcp &&
        el("dhcp", {}, [
          ...(ip.dhcp.ranges ?? []).map((x) => el("range", { start: x.start, end: x.end }, [], x.extra)),
          ...(ip.dhcp.hosts ?? []).map((h) => writeAttrs("host", h)),
          writeAttrs("bootp", ip.dhcp.bootp),
        ]),
    ],
    ip.extra,
  );
}

function nonEmpty<T>(a: T[]): T[] | undefined {
  return a.length ? a : undefined;
}
