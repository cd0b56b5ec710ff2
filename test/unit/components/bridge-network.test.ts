// BridgeNetwork under the SDK's mocks: bridge mode on an existing host bridge, NAT mode with DHCP,
// the parent chain, outputs and every argument error.
import { BridgeNetwork, BridgeNetworkArgs } from "../../../components";
import { byType, installMocks, promiseOf, settled } from "./mocks";

const registered = installMocks();
const URI = "qemu+ssh://root@kvm01.example.com/system";

async function networkInputs(net: BridgeNetwork, name: string) {
  await promiseOf(net.name);
  await settled();
  return byType(registered, "libvirt:Network").find((r) => r.name === `${name}-network`)!.inputs;
}

describe("BridgeNetwork", () => {
  it("puts guests on the existing host bridge br0 (the runbook's later setup)", async () => {
    const net = new BridgeNetwork("br0", { uri: URI, bridge: "br0" });
    expect(await networkInputs(net, "br0")).toEqual({ uri: URI, name: "br0", mode: "bridge", bridge: "br0", autostart: true });
    expect(await promiseOf(net.bridgeName)).toBe("br0");
  });

  it("gives a NAT network libvirt's bridge and the default DHCP range", async () => {
    const net = new BridgeNetwork("natdefault", { uri: URI, mode: "nat" });
    expect(await networkInputs(net, "natdefault")).toEqual({
      uri: URI,
      name: "natdefault",
      mode: "nat",
      autostart: true,
      nat: { address: "192.168.150.1", prefix: 24, dhcpStart: "192.168.150.100", dhcpEnd: "192.168.150.254" },
    });
  });

  it("takes a NAT network's bridge, addressing and autostart as given", async () => {
    const net = new BridgeNetwork("natgiven", {
      uri: URI,
      name: "lab",
      mode: "nat",
      bridge: "virbr9",
      autostart: false,
      nat: { address: "10.9.0.1", prefix: 16, dhcpStart: "10.9.1.1", dhcpEnd: "10.9.1.99" },
    });
    expect(await networkInputs(net, "natgiven")).toEqual({
      uri: URI,
      name: "lab",
      mode: "nat",
      bridge: "virbr9",
      autostart: false,
      nat: { address: "10.9.0.1", prefix: 16, dhcpStart: "10.9.1.1", dhcpEnd: "10.9.1.99" },
    });
    expect(await promiseOf(net.name)).toBe("lab");
  });

  it("is the parent of its network, which is named after it", async () => {
    const net = new BridgeNetwork("parented", { uri: URI, bridge: "br1" });
    expect(await promiseOf(net.network.urn)).toBe(
      "urn:pulumi:test::kvm-infra::kvm:network:BridgeNetwork$pulumi-nodejs:dynamic/libvirt:Network::parented-network",
    );
  });

  it.each<[string, Partial<BridgeNetworkArgs>, string]>([
    ["bridge mode without a bridge", {}, 'BridgeNetwork "bad": bridge is required: the existing host bridge guests join, e.g. br0'],
    ["an unknown mode", { mode: "route" as "nat" }, 'BridgeNetwork "bad": mode must be one of "bridge", "nat", got "route"'],
    [
      "a bridge name longer than 15",
      { bridge: "bridge-of-the-lab" },
      'BridgeNetwork "bad": bridge must be a Linux interface name: 1-15 of A-Z a-z 0-9 _ . : -, got "bridge-of-the-lab"',
    ],
    [
      "NAT settings in bridge mode",
      { bridge: "br0", nat: {} },
      'BridgeNetwork "bad": nat is only for mode "nat"; a bridge network\'s addressing is the host bridge\'s',
    ],
    [
      "an address that is not IPv4",
      { mode: "nat", nat: { address: "fe80::1" } },
      'BridgeNetwork "bad": nat.address must be an IPv4 address like 192.168.150.1, got "fe80::1"',
    ],
    [
      "a prefix too short",
      { mode: "nat", nat: { prefix: 4 } },
      'BridgeNetwork "bad": nat.prefix must be a whole number from 8 to 30, got 4',
    ],
    [
      "a DHCP end outside the subnet",
      { mode: "nat", nat: { dhcpEnd: "192.168.151.9" } },
      'BridgeNetwork "bad": nat.dhcpEnd must lie in 192.168.150.1/24, got "192.168.151.9"',
    ],
    [
      "a DHCP range backwards",
      { mode: "nat", nat: { dhcpStart: "192.168.150.200", dhcpEnd: "192.168.150.100" } },
      'BridgeNetwork "bad": nat.dhcpEnd must not come before nat.dhcpStart (192.168.150.200), got "192.168.150.100"',
    ],
    [
      "the host inside the DHCP range",
      { mode: "nat", nat: { address: "192.168.150.120" } },
      'BridgeNetwork "bad": nat.address must lie outside the DHCP range 192.168.150.100-192.168.150.254, got "192.168.150.120"',
    ],
    [
      "a typo in nat",
      { mode: "nat", nat: { gateway: "1.2.3.4" } as object },
      'BridgeNetwork "bad": nat.gateway is not a known setting; accepted: address, prefix, dhcpStart, dhcpEnd',
    ],
    [
      "autostart as text",
      { bridge: "br0", autostart: "true" as unknown as boolean },
      'BridgeNetwork "bad": autostart must be true or false, got "true"',
    ],
    [
      "a network name with a slash",
      { name: "a/b", bridge: "br0" },
      'BridgeNetwork "bad": name must be 1-200 characters without "/" or control characters (libvirt stores it as a file name), got "a/b"',
    ],
  ])("rejects %s before creating any child", async (_what, args, message) => {
    const before = registered.length;
    expect(() => new BridgeNetwork("bad", { uri: URI, ...args } as BridgeNetworkArgs)).toThrow(new Error(message));
    await settled();
    expect(registered.slice(before).filter((r) => r.type.includes("libvirt"))).toEqual([]);
  });
});
