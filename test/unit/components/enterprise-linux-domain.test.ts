// EnterpriseLinuxDomain under the SDK's mocks: per osVariant the domain gets its libosinfo id,
// osinfo's minimums as defaults, QEMU's max CPU under TCG for release 9, and the install of that
// release; bad arguments are refused naming the key and the accepted values, before any child.
import * as pulumi from "@pulumi/pulumi";
import { CentOS7Domain, EnterpriseLinuxDomain, EnterpriseLinuxDomainArgs } from "../../../components";
import { byType, installMocks, promiseOf, Registered, settled } from "./mocks";

const registered = installMocks();
const URI = "qemu+ssh://root@kvm01.example.com/system";
const GiB = 1024 ** 3;
const pool = { name: pulumi.output("images"), poolType: "dir" as const };
const br0 = { bridge: pulumi.output("br0") };
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDxwsvGpFGRV+4OSppAL3bPVIkr7b6D86kfNj9ugrHzO ops@example";

async function children(d: EnterpriseLinuxDomain, name: string): Promise<{ domain: Registered; volume: Registered }> {
  await promiseOf(d.serialConsoleCommand);
  await settled();
  return {
    domain: byType(registered, "libvirt:Domain").find((r) => r.name === `${name}-domain`)!,
    volume: byType(registered, "libvirt:StorageVolume").find((r) => r.name === `${name}-disk`)!,
  };
}

describe.each([
  ["rocky9", "http://rockylinux.org/rocky/9", "maximum"],
  ["almalinux8", "http://almalinux.org/almalinux/8", undefined],
  ["centos-stream9", "http://centos.org/centos-stream/9", "maximum"],
  ["rhel8.7", "http://redhat.com/rhel/8.7", undefined],
])("an EnterpriseLinuxDomain of %s under TCG", (osVariant, osinfoId, cpuMode) => {
  const name = `el-${osVariant.replace(/\./g, "-")}`;
  let c: Awaited<ReturnType<typeof children>>;
  let d: EnterpriseLinuxDomain;
  beforeAll(async () => {
    d = new EnterpriseLinuxDomain(name, { uri: URI, osVariant, virtType: "qemu", disk: { pool }, network: br0, protect: false });
    c = await children(d, name);
  });

  it("is its own component type", () => {
    expect(registered.filter((r) => r.name === name).map((r) => r.type)).toEqual(["kvm:compute:EnterpriseLinuxDomain"]);
  });

  it("gets the release's osinfo id, osinfo's 1.5 GiB and 10 GiB minimums as defaults, and virtio devices", () => {
    expect(c.domain.inputs).toMatchObject({
      osinfoId,
      memoryMiB: 1536,
      machine: "q35",
      guestAgent: true,
      rng: true,
      disks: [expect.objectContaining({ bus: "virtio" })],
      interfaces: [expect.objectContaining({ model: "virtio" })],
    });
    expect(c.volume.inputs.capacityBytes).toBe(10 * GiB);
  });

  it(cpuMode ? "asks for QEMU's max CPU (x86-64-v2)" : "keeps libvirt's default CPU", () => {
    expect(c.domain.inputs.cpuMode).toBe(cpuMode);
  });
});

describe("EnterpriseLinuxDomain", () => {
  it("keeps host-passthrough (the Domain's default) on KVM, setting no CPU mode", async () => {
    const d = new EnterpriseLinuxDomain("el-kvm", { uri: URI, osVariant: "rocky9", disk: { pool }, network: br0, protect: false });
    expect((await children(d, "el-kvm")).domain.inputs.cpuMode).toBeUndefined();
  });

  it("passes the install to the domain as a secret", async () => {
    const install = { kickstart: { hostname: "web01.example.com", sshAuthorizedKey: KEY } };
    const d = new EnterpriseLinuxDomain("el-inst", {
      uri: URI,
      osVariant: "rocky9",
      disk: { pool },
      network: br0,
      protect: false,
      install,
    });
    const c = await children(d, "el-inst");
    expect(c.domain.inputs.install).toEqual(install);
    expect(c.domain.secretPaths).toContain("install");
  });

  it.each<[string, Partial<EnterpriseLinuxDomainArgs> & Record<string, unknown>, string]>([
    [
      "no osVariant",
      { osVariant: undefined },
      'osVariant is required: the libosinfo short id of the release, one of "centos7.0", "centos-stream8", "centos-stream9", "rocky8", "rocky9", "almalinux8", "almalinux9", "rhel8.0", "rhel8.1", "rhel8.2", "rhel8.3", "rhel8.4", "rhel8.5", "rhel8.6", "rhel8.7", "rhel8-unknown", "rhel9.0", "rhel9.1", "rhel9-unknown"',
    ],
    [
      "less RAM than osinfo's minimum",
      { memoryMiB: 1024 },
      "memoryMiB must be a whole number from 1536 to 4194304 (MiB; rocky9 needs at least 1.5 GiB of RAM), got 1024",
    ],
    [
      "a RHEL install without a tree",
      { osVariant: "rhel9.1", install: { kickstart: { hostname: "r", sshAuthorizedKey: KEY } } },
      "install.location is required for rhel9.1: Red Hat's install trees need a subscription; point install.location at a mirror of the DVD's tree (the directory holding .treeinfo)",
    ],
  ])("rejects %s before creating any child", async (_what, change, problem) => {
    const args = { uri: URI, osVariant: "rocky9", disk: { pool }, network: br0, ...change } as EnterpriseLinuxDomainArgs;
    const before = registered.length;
    expect(() => new EnterpriseLinuxDomain("bad", args)).toThrow(new Error(`EnterpriseLinuxDomain "bad": ${problem}`));
    await settled();
    expect(registered.slice(before).filter((r) => !r.type.startsWith("kvm:compute:"))).toEqual([]);
  });

  it("leaves CentOS7Domain to CentOS 7: an EL osVariant is refused there", () => {
    expect(() => new CentOS7Domain("c7", { uri: URI, osVariant: "rocky9", disk: { pool }, network: br0 })).toThrow(
      'CentOS7Domain "c7": osVariant must be one of "centos7.0", got "rocky9"',
    );
  });
});
