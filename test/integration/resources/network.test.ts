// Network lifecycle over qemu+ssh, checked with virsh: NAT and bridge mode, refresh without
// change, in-place updates, a replace, delete, and the missing-bridge error.
import { diffNetwork, networkProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, State, suffix, virsh, virshFails } from "./engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const engine = new Engine(networkProvider);
const sfx = suffix();
const names = [`kvmit-res-nat-${sfx}`, `kvmit-res-nat2-${sfx}`, `kvmit-res-br-${sfx}`, `kvmit-res-nobr-${sfx}`];
const nat = { address: "192.168.241.1", prefix: 24, dhcpStart: "192.168.241.10", dhcpEnd: "192.168.241.50" };

afterAll(async () => {
  for (const n of names) {
    if (!virshFails("net-info", n)) {
      try {
        virsh("net-destroy", n);
      } catch (e) {
        /* inactive */
      }
      virsh("net-undefine", n);
    }
  }
  await closeAllConnections();
});

describe("NAT network", () => {
  let s: State;
  const raw = { uri: URI, name: names[0], mode: "nat", nat };

  test("create defines, starts and autostarts it", async () => {
    s = await engine.create(raw);
    const i = info(virsh("net-info", names[0]));
    expect(i.Active).toBe("yes");
    expect(i.Autostart).toBe("yes");
    expect(i.UUID).toBe(s.id);
    const xml = virsh("net-dumpxml", names[0]);
    expect(xml).toContain("<forward mode='nat'");
    expect(xml).toContain("<range start='192.168.241.10' end='192.168.241.50'");
    expect(s.outs.bridgeName).toBe(i.Bridge);
    expect(s.outs.active).toBe(true);
  });

  test("refresh right after create finds no change", async () => {
    const r = (await engine.refresh(s)) as State;
    expect((await engine.plan(r, raw)).changes).toBe(false);
  });

  test("autostart off is an in-place update", async () => {
    const up = await engine.up(s, { ...raw, autostart: false });
    expect(up.replaced).toBe(false);
    expect(info(virsh("net-info", names[0])).Autostart).toBe("no");
    s = up.state;
  });

  test("a new DHCP range is applied in place (same uuid)", async () => {
    const up = await engine.up(s, { ...raw, autostart: false, nat: { ...nat, dhcpEnd: "192.168.241.60" } });
    expect(up.replaced).toBe(false);
    expect(virsh("net-dumpxml", names[0])).toContain("end='192.168.241.60'");
    expect(info(virsh("net-info", names[0])).UUID).toBe(s.id);
    expect(info(virsh("net-info", names[0])).Active).toBe("yes");
    s = up.state;
    const r = (await engine.refresh(s)) as State;
    expect((await engine.plan(r, { ...raw, autostart: false, nat: { ...nat, dhcpEnd: "192.168.241.60" } })).changes).toBe(false);
  });

  test("a change made outside shows as exactly that property", async () => {
    virsh("net-autostart", names[0]);
    const r = (await engine.refresh(s)) as State;
    const plan = await engine.plan(r, { ...raw, autostart: false, nat: { ...nat, dhcpEnd: "192.168.241.60" } });
    expect(plan.changes).toBe(true);
    expect(diffNetwork(r.outs, plan.inputs).changed).toEqual(["autostart"]);
    const up = await engine.up(r, { ...raw, autostart: false, nat: { ...nat, dhcpEnd: "192.168.241.60" } });
    expect(up.replaced).toBe(false);
    expect(info(virsh("net-info", names[0])).Autostart).toBe("no");
    s = up.state;
  });

  test("a new name replaces it (old one gone, new one there)", async () => {
    const up = await engine.up(s, { ...raw, name: names[1] });
    expect(up.replaced).toBe(true);
    expect(virshFails("net-info", names[0])).toBe(true);
    expect(info(virsh("net-info", names[1])).Active).toBe("yes");
    s = up.state;
  });

  test("delete removes it; deleting again succeeds; refresh reports it gone", async () => {
    await engine.delete(s);
    expect(virshFails("net-info", names[1])).toBe(true);
    await engine.delete(s);
    expect(await engine.refresh(s)).toBeUndefined();
  });
});

describe("bridge network", () => {
  test("onto the test bed's host bridge: create, refresh, delete", async () => {
    const raw = { uri: URI, name: names[2], mode: "bridge", bridge: tb.TESTBED_BRIDGE };
    const s = await engine.create(raw);
    const xml = virsh("net-dumpxml", names[2]);
    expect(xml).toContain("<forward mode='bridge'/>");
    expect(xml).toContain(`<bridge name='${tb.TESTBED_BRIDGE}'/>`);
    expect(s.outs.bridgeName).toBe(tb.TESTBED_BRIDGE);
    const r = (await engine.refresh(s)) as State;
    expect((await engine.plan(r, raw)).changes).toBe(false);
    await engine.delete(r);
    expect(virshFails("net-info", names[2])).toBe(true);
  });

  test("a host bridge that does not exist is refused with a message saying so", async () => {
    await expect(engine.create({ uri: URI, name: names[3], mode: "bridge", bridge: "kvmitnobr9" })).rejects.toThrow(
      /host bridge "kvmitnobr9" does not exist on qemu\+ssh:/,
    );
    expect(virshFails("net-info", names[3])).toBe(true);
  });
});
