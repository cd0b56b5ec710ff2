// A Domain with `install`, through the SDK's real dynamic-provider host over qemu+ssh, as `pulumi
// up` runs it: create installs from the fake tree served on 127.0.0.1 and defines the final domain;
// a second apply (refresh, check, diff, a provider-text update) changes nothing and never
// reinstalls; a failed install leaves nothing behind. virsh and the disk image are the witnesses.
import { execFile } from "child_process";
import { randomBytes } from "crypto";
import * as path from "path";
import { captureResources, CapturedResource, ProviderHost, secretInput, urnOf } from "../../support/provider-host";
import { serveFakeTree, FakeTreeServer, readMarker, MARKER_PREFIX } from "../../support/fake-tree";
import { testbed } from "../../support/testbed";
import { virsh as virshOn, virshTry } from "../rpc/helpers";

type Rec = Record<string, any>;
const tb = testbed();
const URI = tb.TESTBED_URI_SSH;
const run = randomBytes(3).toString("hex");
const name = (what: string) => `kvmit-inst-${what}-${run}`;
const DOM = name("pdom");
const HANG = name("phang");
const DISK_POOL = name("pdisks");
const DISK_DIR = `/var/lib/libvirt/images/${DISK_POOL}`;
const HOSTNAME = `${DOM}.example.test`;
// A crypt(3)-shaped hash: a secret that must not reach the provider text, logs or errors.
const ROOT_HASH = "$6$kvmitinst$ProviderHostMustNeverShowThisRootPasswordHash";
const SCRATCH = "boot-scratch";

const virsh = (...args: string[]): string => virshOn(tb.TESTBED_URI_UNIX, ...args);
const virshOk = (...args: string[]): boolean => virshTry(tb.TESTBED_URI_UNIX, ...args).ok;
/** Without blocking the event loop: the fake tree is served from this process. */
function virshAsync(...args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile("virsh", ["-q", "-c", tb.TESTBED_URI_UNIX, ...args], { encoding: "utf8", timeout: 30000 }, (err, stdout) =>
      resolve(err ? "" : stdout),
    );
  });
}
const names = (volList: string): string[] =>
  volList
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0])
    .filter(Boolean);
const ourScratch = (dom: string) =>
  virshOk("pool-info", SCRATCH) ? names(virsh("vol-list", SCRATCH)).filter((v) => v.startsWith(`${dom}-install-`)) : [];
const disk = (dom: string) => `${DISK_DIR}/${dom}.raw`;

let tree: FakeTreeServer;
let host: ProviderHost;
let cap: Record<string, CapturedResource>;
let bootScratchExisted = false;

/** The prod stack's shape (stacks/Pulumi.prod.yaml): ACPI off, the runbook's --events. */
function domainProps(dom: string, install: Rec): Rec {
  return {
    uri: URI,
    name: dom,
    virtType: "qemu",
    memoryMiB: 256,
    vcpus: 1,
    features: { acpi: false, apic: true },
    onCrash: "restart",
    onPoweroff: "destroy",
    onReboot: "restart",
    disks: [{ source: { type: "volume", pool: DISK_POOL, volume: `${dom}.raw` }, targetDev: "vda" }],
    install,
  };
}

beforeAll(async () => {
  tree = await serveFakeTree(tb.TESTBED_KERNEL);
  bootScratchExisted = virshOk("pool-info", SCRATCH);
  virsh("pool-define-as", DISK_POOL, "dir", "--target", DISK_DIR);
  virsh("pool-build", DISK_POOL);
  virsh("pool-start", DISK_POOL);
  for (const d of [DOM, HANG]) virsh("vol-create-as", DISK_POOL, `${d}.raw`, "16M", "--format", "raw");
  const captured = await captureResources(path.resolve(__dirname, "../../../libvirt/index.ts"), [
    {
      className: "Domain",
      name: "dom",
      props: domainProps(DOM, {
        location: tree.location,
        timeoutMinutes: 2,
        kickstart: { hostname: HOSTNAME, rootPasswordHash: secretInput(ROOT_HASH) },
      }),
    },
    {
      className: "Domain",
      name: "hang",
      props: domainProps(HANG, {
        location: tree.location,
        // Long enough for the kernel to reach the fake installer on a busy shared test bed (TCG).
        timeoutMinutes: 1,
        extraArgs: "console=ttyS0,115200 kvmit.hang",
        kickstart: { hostname: "hang.example.test", rootPasswordHash: secretInput(ROOT_HASH) },
      }),
    },
  ]);
  cap = Object.fromEntries(captured.map((c) => [c.name, c]));
  host = await ProviderHost.start();
  await host.configure({ "kvm-infra:uri": URI });
}, 180000);

afterAll(async () => {
  await host?.stop();
  await tree?.close();
  for (const d of [DOM, HANG]) {
    virshOk("destroy", d);
    virshOk("undefine", d);
  }
  if (virshOk("pool-info", DISK_POOL)) {
    for (const v of names(virsh("vol-list", DISK_POOL))) virshOk("vol-delete", v, "--pool", DISK_POOL);
    virshOk("pool-destroy", DISK_POOL);
    virshOk("pool-delete", DISK_POOL);
    virshOk("pool-undefine", DISK_POOL);
  }
  for (const d of [DOM, HANG]) for (const v of ourScratch(d)) virshOk("vol-delete", v, "--pool", SCRATCH);
  // boot-scratch stays when it existed before, as virt-install leaves it.
  if (!bootScratchExisted && virshOk("pool-info", SCRATCH) && names(virsh("vol-list", SCRATCH)).length === 0) {
    virshOk("pool-destroy", SCRATCH);
    virshOk("pool-undefine", SCRATCH);
  }
});

describe("a Domain with install through the dynamic-provider host", () => {
  const state: Rec = {};

  test("the root password hash is in no provider text, and install is a secret output", () => {
    for (const c of Object.values(cap)) {
      expect(c.inputs.__provider).not.toContain(ROOT_HASH);
      expect(c.additionalSecretOutputs).toEqual(["graphics", "install"]);
    }
  });

  test("create downloads, uploads the installer to boot-scratch, installs, removes the scratch volumes, defines and starts the final domain", async () => {
    const urn = urnOf(cap.dom.type, "dom");
    const checked = await host.check(urn, {}, cap.dom.inputs);
    expect(checked.failures).toEqual([]);
    // Second witness of the upload: the scratch volumes as virsh sees them while create runs.
    const seen = new Set<string>();
    let phaseXml = "";
    let creating = true;
    const watcher = (async () => {
      while (creating) {
        for (const v of names(await virshAsync("vol-list", SCRATCH))) if (v.startsWith(`${DOM}-install-`)) seen.add(v);
        // The install phase's definition while it runs (it has the installer's kernel).
        const x = await virshAsync("dumpxml", DOM);
        if (x.includes("<kernel>")) phaseXml = x;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let created: { id: string; properties: Rec };
    try {
      created = await host.create(urn, checked.inputs);
    } finally {
      creating = false;
      await watcher;
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining([`${DOM}-install-initrd.img`, `${DOM}-install-vmlinuz`]));
    expect(ourScratch(DOM)).toEqual([]);
    expect(tree.requests).toEqual(
      expect.arrayContaining([
        "/centos/7.9.2009/os/x86_64/.treeinfo",
        "/centos/7.9.2009/os/x86_64/images/pxeboot/vmlinuz",
        "/centos/7.9.2009/os/x86_64/images/pxeboot/initrd.img",
      ]),
    );

    // The installer booted the tree's kernel with our command line and read the injected ks.cfg.
    const cmdline = `console=ttyS0,115200 inst.repo=${tree.location} inst.ks=file:/ks.cfg`;
    // It ended as the generated kickstart told it to: reboot, which under the install phase's
    // on_reboot=destroy ends it without ACPI (the prod shape has none).
    expect(readMarker(disk(DOM))).toBe(`${MARKER_PREFIX} hostname=${HOSTNAME} end=reboot cmdline=${cmdline}`);
    expect(phaseXml).toContain("<on_reboot>destroy</on_reboot>");
    expect(phaseXml).toContain("<on_crash>restart</on_crash>");
    expect(phaseXml).not.toContain("<acpi/>");

    // The final domain, under the uuid create reported: boots from hd with the user's events.
    expect(virsh("domuuid", DOM)).toBe(created.id);
    expect(virsh("domstate", DOM)).toBe("running");
    const live = virsh("dumpxml", DOM);
    expect(live).toContain("<boot dev='hd'/>");
    expect(live).not.toContain("<kernel>");
    expect(live).not.toContain("<cmdline>");
    expect(live).not.toContain("install-console.log");
    expect(live).toContain("<on_poweroff>destroy</on_poweroff>");
    expect(live).toContain("<on_reboot>restart</on_reboot>");
    expect(live).toContain("<on_crash>restart</on_crash>");
    expect(live).toContain("<memory unit='KiB'>262144</memory>");
    expect(live).not.toContain("<acpi/>");
    // The volume by its path, as virt-install writes --disk vol=pool/vol (AppArmor can follow it).
    expect(live).toContain("<disk type='file' device='disk'>");
    expect(live).toContain(`<source file='${disk(DOM)}'`);
    expect(phaseXml).toContain(`<source file='${disk(DOM)}'`);

    expect(created.properties).toMatchObject({
      installed: true,
      uuid: created.id,
      install: { location: tree.location, timeoutMinutes: 2, extraArgs: "console=ttyS0,115200" },
    });
    expect(host.stderr.join("")).not.toContain(ROOT_HASH);
    state.dom = { urn, id: created.id, inputs: checked.inputs, outs: created.properties };
  });

  test("a second apply (refresh, check, diff, and an update for a new provider text) changes nothing and never reinstalls", async () => {
    const s = state.dom;
    const requests = tree.requests.length;
    const marker = readMarker(disk(DOM));
    const domid = virsh("domid", DOM);
    // pulumi refresh: install is not drift, installed stays true.
    const r = await host.read(s.id, s.urn, s.outs, s.inputs);
    expect(r.id).toBe(s.id);
    expect(r.inputs!.install).toEqual(s.inputs.install);
    expect(r.properties.installed).toBe(true);
    // pulumi up with the same program: no change.
    const again = await host.check(s.urn, r.inputs!, cap.dom.inputs);
    expect(await host.diff(s.id, s.urn, r.properties, again.inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    // Other install settings are no change either: an installed domain is not reinstalled.
    const other = await host.check(s.urn, r.inputs!, {
      ...cap.dom.inputs,
      install: { location: tree.redirectLocation, kickstart: { hostname: "other.example.test", rootPasswordHash: ROOT_HASH } },
    });
    expect(other.failures).toEqual([]);
    expect(await host.diff(s.id, s.urn, r.properties, other.inputs)).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    // A changed provider text makes the engine call update: nothing happens on the host.
    const u = await host.update(s.id, s.urn, { ...r.properties, __provider: "exports.handler = () => ({})" }, other.inputs);
    expect(u.properties.installed).toBe(true);
    expect(Object.keys(u.properties).sort()).toEqual(Object.keys(r.properties).sort());

    expect(tree.requests.length).toBe(requests);
    expect(readMarker(disk(DOM))).toBe(marker);
    expect(virsh("domid", DOM)).toBe(domid);
    expect(virsh("domstate", DOM)).toBe("running");
    expect(virsh("dumpxml", DOM)).not.toContain("<kernel>");
    expect(ourScratch(DOM)).toEqual([]);
    state.dom.outs = u.properties;
  });

  test("a failed install is a clear error quoting the serial console, and leaves no domain and no scratch volume", async () => {
    const urn = urnOf(cap.hang.type, "hang");
    const checked = await host.check(urn, {}, cap.hang.inputs);
    expect(checked.failures).toEqual([]);
    const err = (await host.create(urn, checked.inputs).then(
      () => undefined,
      (e: Error) => e,
    )) as Error;
    expect(err).toBeInstanceOf(Error);
    // Messages show the URI with its credential parameters (the key file) redacted.
    expect(err.message).toContain(
      `creating domain "${HANG}" on ${URI.replace(/keyfile=[^&]*/, "keyfile=***")} failed (its definition was removed again): installing ${HANG}: ` +
        "the installer did not finish within 1 min (install.timeoutMinutes); the install phase was destroyed\n",
    );
    expect(err.message).toMatch(/last \d+ lines of the serial console:\n(.|\n)*\| KVMIT fake installer: hanging as asked, tick \d+/);
    expect(err.message).not.toContain(ROOT_HASH);
    expect(virshOk("dominfo", HANG)).toBe(false);
    expect(ourScratch(HANG)).toEqual([]);
    expect(readMarker(disk(HANG))).toBeUndefined();
    expect(host.stderr.join("")).not.toContain(ROOT_HASH);
  });

  test("check refuses bad install settings before touching the host", async () => {
    const urn = urnOf(cap.dom.type, "bad");
    const res = await host.check(
      urn,
      {},
      { ...cap.dom.inputs, name: name("bad"), install: { location: "ftp://mirror/", kickstart: { hostname: "x" } } },
    );
    expect(res.failures.map((f) => f.property)).toEqual(["install.location", "install.kickstart"]);
    expect(virshOk("dominfo", name("bad"))).toBe(false);
  });

  test("delete removes the installed domain; again succeeds; read reports it gone", async () => {
    const s = state.dom;
    await host.delete(s.id, s.urn, s.outs);
    await host.delete(s.id, s.urn, s.outs);
    expect((await host.read(s.id, s.urn, s.outs)).id).toBe("");
    expect(virshOk("dominfo", DOM)).toBe(false);
  });
});
