// An EL 9 install phase end to end on the test bed, without internet: the fake tree in CentOS
// Stream 9's productmd layout served on 127.0.0.1, installed by the Domain provider's own install
// (installDomain: the domain's osinfoId picks the release) over qemu+ssh. The witnesses are the
// disk image (the marker and the ks.cfg the fake installer found, read back by our independent
// kickstart reader), virsh and the tree server's requests.
import { randomBytes, randomUUID } from "crypto";
import { Connection } from "../../../libvirt/rpc";
import { installDomain } from "../../../libvirt/resources/domain-install";
import { domainDefaults } from "../../../libvirt/resources/domain-spec";
import { EL9_LAYOUT, FakeTreeServer, MARKER_PREFIX, readInstalledKickstart, readMarker, serveFakeTree } from "../../support/fake-tree";
import { commandOptions, readKickstart } from "../../support/kickstart-reader";
import { testbed } from "../../support/testbed";
import { virsh as virshOn, virshTry } from "../rpc/helpers";

const tb = testbed();
const run = randomBytes(3).toString("hex");
const DOM = `kvmit-el9-${run}`;
const OTHER = `kvmit-el9o-${run}`;
const POOL = `kvmit-el9-disks-${run}`;
const POOL_DIR = `/var/lib/libvirt/images/${POOL}`;
const SCRATCH = "boot-scratch";
const STREAM9 = "http://centos.org/centos-stream/9";
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxwsvGpFGRV+4OSppAL3bPVIkr7b6D86kfNj9ugrHzO test";

const virsh = (...args: string[]): string => virshOn(tb.TESTBED_URI_UNIX, ...args);
const virshOk = (...args: string[]): boolean => virshTry(tb.TESTBED_URI_UNIX, ...args).ok;
const disk = (dom: string) => `${POOL_DIR}/${dom}.raw`;

/** The Domain's inputs as check leaves them, for what EnterpriseLinuxDomain registers for
 * centos-stream9 under TCG (its osinfo id; QEMU's max CPU for x86-64-v2), shrunk to the test bed. */
function inputs(dom: string, install: Record<string, unknown>, osinfoId = STREAM9) {
  return domainDefaults({
    uri: tb.TESTBED_URI_SSH,
    name: dom,
    osinfoId,
    virtType: "qemu",
    cpuMode: "maximum",
    memoryMiB: 256,
    vcpus: 1,
    disks: [{ source: { type: "volume", pool: POOL, volume: `${dom}.raw` }, targetDev: "vda", bus: "virtio", driverType: "raw" }],
    install,
  });
}
const volumes = (dom: string) => [{ pool: POOL, volume: `${dom}.raw`, type: "file" as const, path: disk(dom) }];

let tree: FakeTreeServer;
let conn: Connection;

beforeAll(async () => {
  tree = await serveFakeTree(tb.TESTBED_KERNEL, EL9_LAYOUT);
  virsh("pool-define-as", POOL, "dir", "--target", POOL_DIR);
  virsh("pool-build", POOL);
  virsh("pool-start", POOL);
  for (const d of [DOM, OTHER]) virsh("vol-create-as", POOL, `${d}.raw`, "16M", "--format", "raw");
  conn = await Connection.open(tb.TESTBED_URI_SSH);
}, 120000);

afterAll(async () => {
  await conn?.close().catch(() => undefined);
  await tree?.close();
  for (const d of [DOM, OTHER]) {
    virshOk("destroy", d);
    virshOk("undefine", d);
    if (virshOk("pool-info", SCRATCH)) {
      for (const v of ["vmlinuz", "initrd.img", "console.log"]) virshOk("vol-delete", `${d}-install-${v}`, "--pool", SCRATCH);
    }
  }
  for (const d of [DOM, OTHER]) virshOk("vol-delete", `${d}.raw`, "--pool", POOL);
  virshOk("pool-destroy", POOL);
  virshOk("pool-delete", POOL);
  virshOk("pool-undefine", POOL);
});

describe("an EL 9 install phase from the fake tree (CentOS Stream 9 layout)", () => {
  it("boots the tree's installer with the EL 9 kickstart, at osinfo's network-install memory, and ends by the kickstart's reboot", async () => {
    const hostname = `${DOM}.example.test`;
    const logs: string[] = [];
    const network = { bootproto: "static", address: "192.0.2.10", prefix: 24, gateway: "192.0.2.1", dns: ["192.0.2.53"] };
    let phaseXml = "";
    const i = inputs(DOM, { location: tree.location, timeoutMinutes: 3, kickstart: { hostname, sshAuthorizedKey: KEY, network } });
    const watch = setInterval(() => {
      try {
        const x = virsh("dumpxml", DOM);
        if (x.includes("<kernel>")) phaseXml = x;
      } catch {
        // Not defined yet.
      }
    }, 500);
    let result;
    try {
      result = await installDomain(
        conn,
        i,
        randomUUID(),
        (m) => logs.push(m),
        () => Connection.open(tb.TESTBED_URI_SSH),
        volumes(DOM),
      );
    } finally {
      clearInterval(watch);
    }

    // The productmd .treeinfo was read: release CentOS Stream 9, images of [images-x86_64].
    expect(result.tree).toEqual({ family: "CentOS Stream", version: "9", arch: "x86_64" });
    expect(tree.requests).toEqual(
      expect.arrayContaining([
        "/9-stream/BaseOS/x86_64/os/.treeinfo",
        "/9-stream/BaseOS/x86_64/os/images/pxeboot/vmlinuz",
        "/9-stream/BaseOS/x86_64/os/images/pxeboot/initrd.img",
      ]),
    );
    // The kernel command line of the release: dracut's ip= for the static address, inst.repo, inst.ks.
    const cmdline = `console=ttyS0,115200 ip=192.0.2.10::192.0.2.1:255.255.255.0:${hostname}::none nameserver=192.0.2.53 inst.repo=${tree.location} inst.ks=file:/ks.cfg`;
    expect(readMarker(disk(DOM))).toBe(`${MARKER_PREFIX} hostname=${hostname} end=reboot cmdline=${cmdline}`);
    expect(result.stoppedBy).toBe("shutdown");

    // The ks.cfg the installer got, in EL 9's syntax.
    const ks = readKickstart(readInstalledKickstart(disk(DOM)) ?? "");
    const names = ks.commands.map((c) => c.name);
    expect(names).not.toContain("auth");
    expect(names).not.toContain("install");
    expect(ks.commands.find((c) => c.name === "url")!.args).toEqual([`--url=${tree.location}`]);
    expect(ks.commands.find((c) => c.name === "rootpw")!.args).toEqual(["--lock"]);
    expect(ks.commands.find((c) => c.name === "sshkey")!.args).toEqual(["--username=root", KEY]);
    expect(ks.commands.find((c) => c.name === "timezone")!.args).toEqual(["UTC", "--utc"]);
    expect(commandOptions(ks.commands.find((c) => c.name === "network")!).options).toMatchObject({
      bootproto: "static",
      ip: "192.0.2.10",
      hostname,
    });
    expect(ks.sections.find((s) => s.name === "%packages")!.body).toEqual(["@^minimal-environment"]);

    // The install phase as libvirt held it: 3 GiB (osinfo's network-install RAM for EL 9), QEMU's
    // max CPU, the release's osinfo id, on_reboot destroy.
    expect(phaseXml).toContain("<memory unit='KiB'>3145728</memory>");
    expect(phaseXml).toMatch(/<cpu mode='maximum'/);
    expect(phaseXml).toContain(`<libosinfo:os id="${STREAM9}"/>`);
    expect(phaseXml).toContain("<on_reboot>destroy</on_reboot>");
    expect(virsh("domstate", DOM)).toBe("shut off");
    expect(logs).toContain(`install tree: CentOS Stream 9 x86_64; kernel ${tree.location}images/pxeboot/vmlinuz`);
  }, 300000);

  it("refuses the EL 9 tree for an EL 8 osVariant after reading its .treeinfo, before anything is uploaded or defined", async () => {
    const i = inputs(
      OTHER,
      { location: tree.location, timeoutMinutes: 1, kickstart: { hostname: "o.example.test", sshAuthorizedKey: KEY } },
      "http://rockylinux.org/rocky/8",
    );
    await expect(
      installDomain(
        conn,
        i,
        randomUUID(),
        () => undefined,
        () => Connection.open(tb.TESTBED_URI_SSH),
        volumes(OTHER),
      ),
    ).rejects.toThrow(
      `installing ${OTHER}: install.location: the install tree's .treeinfo says version 9, but rocky8 is Rocky Linux 8: a kickstart and installer of release 8 are expected; point install.location at a tree of release 8 or change osVariant`,
    );
    expect(virshOk("dominfo", OTHER)).toBe(false);
    expect(readMarker(disk(OTHER))).toBeUndefined();
  });
});
