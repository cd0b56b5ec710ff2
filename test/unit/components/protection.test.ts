// What the components tell the engine about deleting (11.3): the registrations themselves, as the
// engine receives them (RegisterResourceRequest), carry protect and retainOnDelete: on for domains
// and their disk volumes unless protect: false, off for pools and networks unless asked; and adopt
// reaches the resources (a protected disk volume is adopted again when it reappears).
import * as pulumi from "@pulumi/pulumi";
import { BridgeNetwork, CentOS7Domain, LvmStoragePool } from "../../../components";
import { promiseOf, settled } from "./mocks";

interface Registration {
  type: string;
  name: string;
  inputs: Record<string, any>;
  protect: boolean;
  retainOnDelete: boolean;
}
const regs = new Map<string, Registration>();
const inputsByName = new Map<string, Record<string, any>>();

pulumi.runtime.setMocks(
  {
    newResource(args) {
      inputsByName.set(args.name, args.inputs);
      const state: Record<string, unknown> = { ...args.inputs };
      // A disk named old-* stands for a volume the host already had (a retained one).
      if (args.type.endsWith("libvirt:StorageVolume")) state.adopted = String(args.inputs.name).startsWith("old-");
      if (args.type.endsWith("kvm:RandomPassword")) state.password = "Gen3rat3";
      return { id: `${args.name}-id`, state };
    },
    call: (args) => args.inputs,
  },
  "kvm-infra",
  "test",
  false,
);
const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
const register = monitor.registerResource.bind(monitor);
monitor.registerResource = (req: any, cb: unknown) => {
  regs.set(req.getName(), {
    type: req.getType(),
    name: req.getName(),
    inputs: {},
    protect: req.getProtect() === true,
    retainOnDelete: req.getRetainondelete() === true,
  });
  return register(req, cb);
};

const URI = "qemu+ssh://root@kvm01.example.com/system";
const pool = { name: pulumi.output("images_lvm"), poolType: "logical" as const };
const br0 = { bridge: pulumi.output("br0") };

async function registered(d: CentOS7Domain): Promise<void> {
  await promiseOf(d.serialConsoleCommand);
  await promiseOf(d.domain.uuid);
  await settled();
}

function unwrapSecret(v: any): any {
  return v && typeof v === "object" && "4dabf18193072939515e22adb298388d" in v ? v.value : v;
}

describe("a CentOS7Domain and its disk volume", () => {
  test("are protected and retained on delete by default; its password is not", async () => {
    const d = new CentOS7Domain("p1", { uri: URI, disk: { pool, sizeGiB: 10 }, network: br0 });
    await registered(d);
    for (const n of ["p1-domain", "p1-disk"]) expect(regs.get(n)).toMatchObject({ protect: true, retainOnDelete: true });
    expect(regs.get("p1-vnc-password")).toMatchObject({ protect: false, retainOnDelete: false });
    expect(regs.get("p1")).toMatchObject({ type: "kvm:compute:CentOS7Domain", protect: false });
    // Retained when deleted, so the same volume is adopted with its data when it reappears.
    expect(inputsByName.get("p1-disk")!.adopt).toBe(true);
    expect(inputsByName.get("p1-domain")!.adopt).toBeUndefined();
  });

  test("protect: false (the dev stack) turns both off, and the volume is no longer adopted by default", async () => {
    const d = new CentOS7Domain("p2", { uri: URI, disk: { pool, sizeGiB: 10 }, network: br0, protect: false });
    await registered(d);
    for (const n of ["p2-domain", "p2-disk"]) expect(regs.get(n)).toMatchObject({ protect: false, retainOnDelete: false });
    expect(inputsByName.get("p2-disk")!.adopt).toBeUndefined();
  });

  test("protect on the component's options counts when the argument is unset", async () => {
    const d = new CentOS7Domain("p3", { uri: URI, disk: { pool, sizeGiB: 10 }, network: br0 }, { protect: false });
    await registered(d);
    expect(regs.get("p3-domain")).toMatchObject({ protect: false, retainOnDelete: false });
  });

  test("adopt: true reaches the domain and the volume", async () => {
    const d = new CentOS7Domain("p4", { uri: URI, disk: { pool, sizeGiB: 10 }, network: br0, adopt: true, protect: false });
    await registered(d);
    expect(inputsByName.get("p4-domain")!.adopt).toBe(true);
    expect(inputsByName.get("p4-disk")!.adopt).toBe(true);
  });

  test("the installation is not run over an adopted volume's data; it is over a new one", async () => {
    const install = { location: "http://mirror.example/centos/7/os/x86_64/" };
    const kept = new CentOS7Domain("p5", { uri: URI, disk: { pool, sizeGiB: 10, name: "old-p5" }, network: br0, install });
    const fresh = new CentOS7Domain("p6", { uri: URI, disk: { pool, sizeGiB: 10 }, network: br0, install });
    await registered(kept);
    await registered(fresh);
    // Nothing to install (a secret of nothing reaches the provider as null; its check drops it).
    expect(unwrapSecret(inputsByName.get("p5-domain")!.install) ?? undefined).toBeUndefined();
    expect(unwrapSecret(inputsByName.get("p6-domain")!.install)).toMatchObject(install);
  });
});

describe("pools and networks", () => {
  test("are not protected by default (deleting them only undefines them)", async () => {
    const p = new LvmStoragePool("lp1", { uri: URI, devices: ["/dev/sda2"], volumeGroup: "cl" });
    const n = new BridgeNetwork("bn1", { uri: URI, bridge: "br0" });
    await promiseOf(p.name);
    await promiseOf(n.name);
    await settled();
    expect(regs.get("lp1-pool")).toMatchObject({ protect: false, retainOnDelete: false });
    expect(regs.get("bn1-network")).toMatchObject({ protect: false, retainOnDelete: false });
    expect(inputsByName.get("lp1-pool")!.adopt).toBeUndefined();
  });

  test("protect: true and adopt: true are passed on", async () => {
    const p = new LvmStoragePool("lp2", { uri: URI, devices: ["/dev/sda2"], volumeGroup: "cl", protect: true, adopt: true });
    const n = new BridgeNetwork("bn2", { uri: URI, bridge: "br0", protect: true, adopt: true });
    await promiseOf(p.name);
    await promiseOf(n.name);
    await settled();
    expect(regs.get("lp2-pool")).toMatchObject({ protect: true, retainOnDelete: true });
    expect(regs.get("bn2-network")).toMatchObject({ protect: true, retainOnDelete: true });
    expect(inputsByName.get("lp2-pool")!.adopt).toBe(true);
    expect(inputsByName.get("bn2-network")!.adopt).toBe(true);
  });

  test("adopt and protect must be true or false", () => {
    expect(() => new LvmStoragePool("lp3", { uri: URI, devices: ["/dev/sda2"], protect: "yes" as unknown as boolean })).toThrow(/protect/);
    expect(() => new BridgeNetwork("bn3", { uri: URI, bridge: "br0", adopt: 1 as unknown as boolean })).toThrow(/adopt/);
  });
});
