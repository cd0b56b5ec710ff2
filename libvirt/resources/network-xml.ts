// Network inputs <-> libvirt network XML: bridge mode (forward mode bridge onto a host bridge) and
// NAT mode (a libvirt-managed bridge with DHCP).
import { networkToXml, parseNetworkXml, Network, NetworkIp } from "../xml";
import { NetworkInputs, NetworkNatInputs } from "./inputs";

export function networkXml(inputs: NetworkInputs, uuid?: string): string {
  const doc: Network = { name: inputs.name, uuid };
  if (inputs.mode === "bridge") {
    doc.forward = { mode: "bridge" };
    doc.bridge = { name: inputs.bridge };
  } else {
    const nat = inputs.nat as NetworkNatInputs;
    doc.forward = { mode: "nat" };
    if (inputs.bridge) doc.bridge = { name: inputs.bridge, stp: "on", delay: 0 };
    doc.ips = [{ address: nat.address, prefix: nat.prefix, dhcp: { ranges: [{ start: nat.dhcpStart, end: nat.dhcpEnd }] } }];
  }
  return networkToXml(doc);
}

function prefixOf(ip: NetworkIp): number | undefined {
  if (ip.prefix !== undefined) return ip.prefix;
  if (!ip.netmask) return undefined;
  return ip.netmask.split(".").reduce((n, o) => n + (Number(o) >>> 0).toString(2).split("1").length - 1, 0);
}

export interface LiveNetwork {
  inputs: Partial<NetworkInputs>;
  bridgeName?: string;
}

export function networkFromXml(xml: string, prior: Partial<NetworkInputs>): LiveNetwork {
  const doc = parseNetworkXml(xml);
  const mode = doc.forward?.mode;
  const inputs: Partial<NetworkInputs> = { name: doc.name };
  if (mode === "bridge" || mode === "nat") inputs.mode = mode;
  const bridgeName = doc.bridge?.name;
  // In NAT mode libvirt picks a bridge name when none was asked for: not a change.
  if (mode === "bridge" || prior.bridge !== undefined) inputs.bridge = bridgeName;
  const ip = doc.ips?.find((i) => (i.family ?? "ipv4") === "ipv4");
  const range = ip?.dhcp?.ranges?.[0];
  if (ip && ip.address) {
    inputs.nat = { address: ip.address, prefix: prefixOf(ip) as number, dhcpStart: range?.start ?? "", dhcpEnd: range?.end ?? "" };
  }
  return { inputs, bridgeName };
}
