// Network's check (validation + defaults) and diff: pure, no host needed.
import { NetworkInputs } from "./inputs";
import { Checker, checkKnownKeys, checkNatAddressing, Failure, stripUndefined } from "./validate";
import { diffInputs, DiffOutcome } from "./diff";
import type { FieldDifference } from "./adoption";

// Not referenced as an export inside this module: the closure serializer would leave `exports.X`.
const KEYS = ["uri", "name", "mode", "bridge", "nat", "autostart", "adopt"] as const;
export const NETWORK_KEYS = KEYS;
const REPLACING = ["uri", "name"];

export function checkNetwork(olds: Record<string, unknown>, news: Record<string, unknown>): { inputs: NetworkInputs; failures: Failure[] } {
  const c = new Checker();
  checkKnownKeys(c, news, KEYS);
  if (c.required(news, "uri", "uri")) c.uri(news.uri, "uri");
  if (c.required(news, "name", "name")) c.objectName(news.name, "name");
  if (c.required(news, "mode", "mode")) c.oneOf(news.mode, "mode", ["bridge", "nat"]);
  c.interfaceName(news.bridge, "bridge");
  c.boolean(news.autostart, "autostart");
  c.boolean(news.adopt, "adopt");
  if (news.mode === "bridge") {
    if (news.bridge === undefined) c.fail("bridge", "bridge is required in bridge mode: the existing host bridge guests join, e.g. br0");
    if (news.nat !== undefined) c.fail("nat", 'nat only applies to mode "nat"; leave it unset in bridge mode');
  }
  if (news.mode === "nat" && news.nat === undefined) {
    c.fail("nat", "nat is required in nat mode: { address, prefix, dhcpStart, dhcpEnd }");
  }
  if (c.object(news.nat, "nat", ["address", "prefix", "dhcpStart", "dhcpEnd"])) {
    const n = news.nat;
    for (const k of ["address", "prefix", "dhcpStart", "dhcpEnd"]) c.required(n, k, `nat.${k}`);
    checkNatAddressing(c, n);
  }
  void olds;
  const inputs = stripUndefined({ ...news, autostart: news.autostart ?? true }) as unknown as NetworkInputs;
  return { inputs, failures: c.failures };
}

export function diffNetwork(olds: Record<string, unknown>, news: Record<string, unknown>): DiffOutcome {
  // adopt only steers create: turning it on or off for an existing network changes nothing.
  return diffInputs(
    KEYS.filter((k) => k !== "adopt"),
    olds,
    news,
    (k) => REPLACING.includes(k),
  );
}

/** What an existing network and the config disagree on that adoption will not change in place:
 * its mode (a bridge network turned NAT, or the reverse, is another network to the guests on it). */
export function networkAdoptConflicts(live: Partial<NetworkInputs>, configured: NetworkInputs): FieldDifference[] {
  return live.mode !== configured.mode ? [{ field: "mode", live: live.mode, configured: configured.mode }] : [];
}
