// Domain lifecycle over qemu+ssh with a tiny TCG guest, checked with virsh: live updates (memory,
// vcpus, VNC password, title and description, NAT network -> host bridge, link state) without a
// restart, pendingRestart, restartOnUpdate, running/autostart enforced after a refresh, replace,
// delete, transactional create; clock timers and pm defined and read back without a perpetual diff.
import { rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { diffDomain, domainProvider, networkProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, State, suffix, virsh, virshFails } from "./engine";

const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const doms = new Engine(domainProvider);
const nets = new Engine(networkProvider);
const sfx = suffix();
const netName = `kvmit-res-dnat-${sfx}`;
const names = [`kvmit-res-dom-${sfx}`, `kvmit-res-dom2-${sfx}`, `kvmit-res-bad-${sfx}`, `kvmit-res-clk-${sfx}`];
const PASSWORD = "Pw7x2Kq9";
const PASSWORD2 = "Nw4y8Lm3";

function domid(name: string): string {
  return virsh("domid", name).trim();
}

afterAll(async () => {
  for (const n of names) {
    if (!virshFails("dominfo", n)) {
      try {
        virsh("destroy", n);
      } catch (e) {
        /* not running */
      }
      virsh("undefine", n, "--nvram");
    }
  }
  if (!virshFails("net-info", netName)) {
    try {
      virsh("net-destroy", netName);
    } catch (e) {
      /* inactive */
    }
    virsh("net-undefine", netName);
  }
  await closeAllConnections();
});

describe("domain", () => {
  let net: State;
  let s: State;
  let raw: Record<string, any>;

  beforeAll(async () => {
    net = await nets.create({
      uri: URI,
      name: netName,
      mode: "nat",
      nat: { address: "192.168.242.1", prefix: 24, dhcpStart: "192.168.242.10", dhcpEnd: "192.168.242.20" },
    });
    raw = {
      uri: URI,
      name: names[0],
      virtType: "qemu",
      memoryMiB: 128,
      maxMemoryMiB: 256,
      vcpus: 1,
      maxVcpus: 2,
      interfaces: [{ source: { type: "network", network: netName } }],
      graphics: { vnc: { password: PASSWORD } },
      shutdownTimeoutSeconds: 2,
      title: "kvm-infra test guest",
    };
  });

  test("create defines and starts it, keyed on a uuid", async () => {
    s = await doms.create(raw);
    const i = info(virsh("dominfo", names[0]));
    expect(i.State).toBe("running");
    expect(i.UUID).toBe(s.id);
    expect(i.Autostart).toBe("disable");
    expect(virsh("domiflist", names[0])).toMatch(new RegExp(`network\\s+${netName}`));
    expect(virsh("dumpxml", "--security-info", names[0])).toContain(`passwd='${PASSWORD}'`);
    expect(s.outs.vncPort).toBeGreaterThanOrEqual(5900);
    expect(s.outs.pendingRestart).toEqual([]);
    expect(JSON.stringify(s.outs)).not.toContain("undefined");
  });

  test("refresh right after create finds no change", async () => {
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
    s = r;
  });

  test("memory, vcpus, VNC password, title and description change live, without a restart", async () => {
    const id = domid(names[0]);
    const next = {
      ...raw,
      memoryMiB: 192,
      vcpus: 2,
      graphics: { vnc: { password: PASSWORD2 } },
      title: "renamed title",
      description: "first line\nsecond line",
    };
    const up = await doms.up(s, next);
    expect(up.replaced).toBe(false);
    expect(domid(names[0])).toBe(id);
    expect(virsh("vcpucount", names[0], "--live", "--current").trim()).toBe("2");
    expect(virsh("dumpxml", "--inactive", names[0])).toContain("<currentMemory unit='KiB'>196608</currentMemory>");
    expect(virsh("dumpxml", "--security-info", names[0])).toContain(`passwd='${PASSWORD2}'`);
    expect(virsh("desc", "--config", "--title", names[0]).trim()).toBe("renamed title");
    expect(virsh("desc", "--live", "--title", names[0]).trim()).toBe("renamed title");
    expect(virsh("desc", "--live", names[0]).trim()).toBe("first line\nsecond line");
    expect(virsh("desc", "--config", names[0]).trim()).toBe("first line\nsecond line");
    expect(up.state.outs.pendingRestart).toEqual([]);
    s = up.state;
    raw = next;
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
    expect(r.outs.pendingRestart).toEqual([]);
  });

  test("removing title and description removes them live and in the definition, without a restart", async () => {
    const id = domid(names[0]);
    const { title: _t, description: _d, ...next } = raw;
    const up = await doms.up(s, next);
    expect(up.replaced).toBe(false);
    expect(domid(names[0])).toBe(id);
    for (const scope of ["--live", "--config"]) {
      expect(virsh("desc", scope, "--title", names[0])).not.toMatch(/renamed title/);
      expect(virsh("desc", scope, names[0])).not.toMatch(/first line/);
      expect(virsh("dumpxml", ...(scope === "--config" ? ["--inactive"] : []), names[0])).not.toMatch(/<title>|<description>/);
    }
    expect(up.state.outs.pendingRestart).toEqual([]);
    s = up.state;
    raw = next;
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
  });

  test("the interface switches from the NAT network to the host bridge without a restart", async () => {
    const id = domid(names[0]);
    const next = { ...raw, interfaces: [{ source: { type: "bridge", bridge: tb.TESTBED_BRIDGE } }] };
    const up = await doms.up(s, next);
    expect(up.replaced).toBe(false);
    expect(domid(names[0])).toBe(id);
    expect(info(virsh("dominfo", names[0])).State).toBe("running");
    expect(virsh("domiflist", names[0])).toMatch(new RegExp(`bridge\\s+${tb.TESTBED_BRIDGE}`));
    expect(virsh("domiflist", "--inactive", names[0])).toMatch(new RegExp(`bridge\\s+${tb.TESTBED_BRIDGE}`));
    expect(up.state.outs.pendingRestart).toEqual([]);
    s = up.state;
    raw = next;
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
  });

  test("link state down applies live", async () => {
    const next = { ...raw, interfaces: [{ source: { type: "bridge", bridge: tb.TESTBED_BRIDGE }, linkState: "down" }] };
    const up = await doms.up(s, next);
    const vnet = virsh("domiflist", names[0]).split("\n")[2].trim().split(/\s+/)[0];
    expect(virsh("domif-getlink", names[0], vnet)).toMatch(/down/);
    s = up.state;
    raw = next;
  });

  test("a machine change is redefined and reported in pendingRestart, the guest keeps running", async () => {
    const id = domid(names[0]);
    const next = { ...raw, machine: "pc" };
    const up = await doms.up(s, next);
    expect(up.replaced).toBe(false);
    expect(domid(names[0])).toBe(id);
    expect(virsh("dumpxml", "--inactive", names[0])).toMatch(/machine='pc-i440fx-/);
    expect(up.state.outs.pendingRestart).toEqual(["machine"]);
    s = up.state;
    raw = next;
    const r = (await doms.refresh(s)) as State;
    expect(r.outs.pendingRestart).toEqual(["machine"]);
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
    s = r;
  });

  test("restartOnUpdate restarts the guest (graceful, then destroy after the timeout) to apply it", async () => {
    const id = domid(names[0]);
    const next = { ...raw, clockOffset: "localtime", restartOnUpdate: true };
    const up = await doms.up(s, next);
    expect(info(virsh("dominfo", names[0])).State).toBe("running");
    expect(domid(names[0])).not.toBe(id);
    expect(virsh("dumpxml", names[0])).toMatch(/machine='pc-i440fx-/);
    expect(up.state.outs.pendingRestart).toEqual([]);
    s = up.state;
    raw = next;
  });

  test("a domain stopped outside is started again after a refresh (running enforced)", async () => {
    virsh("destroy", names[0]);
    const r = (await doms.refresh(s)) as State;
    expect(r.outs.running).toBe(false);
    const plan = await doms.plan(r, raw);
    expect(diffDomain(r.outs, plan.inputs).changed).toEqual(["running"]);
    const up = await doms.up(r, raw);
    expect(up.replaced).toBe(false);
    expect(info(virsh("dominfo", names[0])).State).toBe("running");
    s = up.state;
  });

  test("autostart switched on outside is switched off again (autostart enforced)", async () => {
    virsh("autostart", names[0]);
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual(["autostart"]);
    s = (await doms.up(r, raw)).state;
    expect(info(virsh("dominfo", names[0])).Autostart).toBe("disable");
  });

  test("running:false shuts it down", async () => {
    const next = { ...raw, running: false };
    s = (await doms.up(s, next)).state;
    expect(info(virsh("dominfo", names[0])).State).toBe("shut off");
    raw = next;
    const r = (await doms.refresh(s)) as State;
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
    s = r;
  });

  test("a new name replaces it", async () => {
    const up = await doms.up(s, { ...raw, name: names[1] });
    expect(up.replaced).toBe(true);
    expect(virshFails("dominfo", names[0])).toBe(true);
    expect(info(virsh("dominfo", names[1])).UUID).toBe(up.state.id);
    s = up.state;
  });

  test("delete removes it; deleting again succeeds; refresh reports it gone", async () => {
    await doms.delete(s);
    expect(virshFails("dominfo", names[1])).toBe(true);
    await doms.delete(s);
    expect(await doms.refresh(s)).toBeUndefined();
  });

  test("a domain that fails to start is undefined again, and the error carries no password", async () => {
    const bad = {
      ...raw,
      name: names[2],
      running: true,
      disks: [{ source: { type: "file", path: `/nonexistent/kvmit-${sfx}.img` }, targetDev: "vda" }],
    };
    let err: Error | undefined;
    try {
      await doms.create(bad);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(/creating domain "kvmit-res-bad-\w+" on qemu\+ssh:.* failed \(its definition was removed again\)/);
    expect(err?.message).not.toContain(PASSWORD2);
    expect(virshFails("dominfo", names[2])).toBe(true);
  });

  afterAll(async () => {
    if (net) await nets.delete(net);
  });
});

describe("domain clock timers and power management (virt-install's centos7.0 settings)", () => {
  const TIMERS = [
    { name: "rtc", tickpolicy: "catchup" },
    { name: "pit", tickpolicy: "delay" },
    { name: "hpet", present: false },
  ];
  const raw: Record<string, any> = {
    uri: URI,
    name: names[3],
    virtType: "qemu",
    memoryMiB: 64,
    vcpus: 1,
    machine: "pc",
    shutdownTimeoutSeconds: 2,
    timers: TIMERS,
    pm: { suspendToMem: false, suspendToDisk: false },
  };
  let s: State;

  test("create defines them as virt-install writes them, and the guest runs with them", async () => {
    s = await doms.create(raw);
    for (const xml of [virsh("dumpxml", "--inactive", names[3]), virsh("dumpxml", names[3])]) {
      expect(xml).toMatch(
        /<clock offset='utc'>\s*<timer name='rtc' tickpolicy='catchup'\/>\s*<timer name='pit' tickpolicy='delay'\/>\s*<timer name='hpet' present='no'\/>\s*<\/clock>/,
      );
      expect(xml).toMatch(/<pm>\s*<suspend-to-mem enabled='no'\/>\s*<suspend-to-disk enabled='no'\/>\s*<\/pm>/);
    }
    expect(info(virsh("dominfo", names[3])).State).toBe("running");
  });

  test("refresh reads them back with no change", async () => {
    const r = (await doms.refresh(s)) as State;
    expect(r.outs.timers).toEqual(TIMERS);
    expect(r.outs.pm).toEqual({ suspendToMem: false, suspendToDisk: false });
    expect(diffDomain(r.outs, (await doms.plan(r, raw)).inputs).changed).toEqual([]);
    expect(r.outs.pendingRestart).toEqual([]);
    s = r;
  });

  test("changing them redefines in place and reports them in pendingRestart; the guest keeps running", async () => {
    const id = domid(names[3]);
    const next = { ...raw, timers: [TIMERS[0], TIMERS[1]], pm: { suspendToMem: false, suspendToDisk: true } };
    const up = await doms.up(s, next);
    expect(up.replaced).toBe(false);
    expect(domid(names[3])).toBe(id);
    const defined = virsh("dumpxml", "--inactive", names[3]);
    expect(defined).not.toContain("hpet");
    expect(defined).toContain("<suspend-to-disk enabled='yes'/>");
    expect(virsh("dumpxml", names[3])).toContain("<timer name='hpet' present='no'/>");
    expect(up.state.outs.pendingRestart).toEqual(["timers", "pm"]);
    const r = (await doms.refresh(up.state)) as State;
    expect(r.outs.pendingRestart).toEqual(["timers", "pm"]);
    expect(diffDomain(r.outs, (await doms.plan(r, next)).inputs).changed).toEqual([]);
    s = r;
  });

  test("a change made outside (virsh edit of the definition) shows up as a diff after refresh", async () => {
    const xml = virsh("dumpxml", "--inactive", "--security-info", names[3]).replace(
      "<suspend-to-disk enabled='yes'/>",
      "<suspend-to-disk enabled='no'/>",
    );
    const file = join(tmpdir(), `${names[3]}.xml`);
    writeFileSync(file, xml);
    try {
      virsh("define", file);
    } finally {
      rmSync(file, { force: true });
    }
    const r = (await doms.refresh(s)) as State;
    expect(r.outs.pm).toEqual({ suspendToMem: false, suspendToDisk: false });
    expect(
      diffDomain(
        r.outs,
        (await doms.plan(r, { ...raw, timers: [TIMERS[0], TIMERS[1]], pm: { suspendToMem: false, suspendToDisk: true } })).inputs,
      ).changed,
    ).toEqual(["pm"]);
    await doms.delete(r);
    expect(virshFails("dominfo", names[3])).toBe(true);
  });
});
