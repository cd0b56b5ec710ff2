// LvmStoragePool under the SDK's mocks: the pool it registers, its parent, its outputs and every
// argument error.
import * as pulumi from "@pulumi/pulumi";
import { byType, installMocks, promiseOf, settled } from "./mocks";
import { LvmStoragePool, LvmStoragePoolArgs } from "../../../components";

const registered = installMocks();
const URI = "qemu+ssh://root@kvm01.example.com/system";

function poolInputs(name: string) {
  return byType(registered, "libvirt:StoragePool").find((r) => r.name === `${name}-pool`)?.inputs;
}

describe("LvmStoragePool", () => {
  it("defines the runbook's logical pool: devices, volume group, target, autostart, no build", async () => {
    const pool = new LvmStoragePool("images_lvm", { uri: URI, devices: ["/dev/sda2"], volumeGroup: "cl" });
    await promiseOf(pool.name);
    await settled();
    expect(poolInputs("images_lvm")).toEqual({
      uri: URI,
      name: "images_lvm",
      type: "logical",
      sourceDevices: ["/dev/sda2"],
      volumeGroup: "cl",
      targetPath: "/dev/cl",
      build: false,
      autostart: true,
    });
  });

  it("is the parent of its pool, which is named after it", async () => {
    const pool = new LvmStoragePool("parented", { uri: URI, devices: ["/dev/sdb"] });
    expect(await promiseOf(pool.pool.urn)).toBe(
      "urn:pulumi:test::kvm-infra::kvm:storage:LvmStoragePool$pulumi-nodejs:dynamic/libvirt:StoragePool::parented-pool",
    );
    expect(await promiseOf(pool.urn)).toBe("urn:pulumi:test::kvm-infra::kvm:storage:LvmStoragePool::parented");
  });

  it("outputs the pool's name, capacity and available bytes as the pool reports them", async () => {
    const pool = new LvmStoragePool("outs", { uri: URI, name: "images", devices: ["/dev/sdb"] });
    expect(await promiseOf(pool.name)).toBe("images");
    expect(await promiseOf(pool.capacity)).toBe(1000);
    expect(await promiseOf(pool.available)).toBe(900);
    expect(pool.poolType).toBe("logical");
  });

  it.each<[string, Partial<LvmStoragePoolArgs>, Record<string, unknown>]>([
    [
      "volume group defaults to the pool's name, target to /dev/<vg>",
      { devices: ["/dev/sdb"] },
      { volumeGroup: "vgdefault", targetPath: "/dev/vgdefault" },
    ],
    ["a given target wins", { devices: ["/dev/sdb"], volumeGroup: "vg", target: "/dev/mapper/vg" }, { targetPath: "/dev/mapper/vg" }],
    ["build and autostart as asked", { devices: ["/dev/sdb"], build: true, autostart: false }, { build: true, autostart: false }],
    [
      "a dir pool takes path and nothing of LVM",
      { type: "dir", path: "/srv/images" },
      { type: "dir", targetPath: "/srv/images", sourceDevices: undefined, volumeGroup: undefined },
    ],
  ])("%s", async (_what, args, expected) => {
    const name = "vgdefault";
    const pool = new LvmStoragePool(`${name}${Object.keys(args).join("")}`, { uri: URI, name, ...args });
    await promiseOf(pool.name);
    await settled();
    const inputs = poolInputs(`${name}${Object.keys(args).join("")}`)!;
    for (const [k, v] of Object.entries(expected)) expect(inputs[k]).toEqual(v);
  });

  it.each<[string, Partial<LvmStoragePoolArgs>, string]>([
    [
      "no uri",
      { uri: undefined as unknown as string, devices: ["/dev/sdb"] },
      'LvmStoragePool "bad": uri is required: the libvirt URI of the host',
    ],
    [
      "no devices for a logical pool",
      {},
      'LvmStoragePool "bad": devices is required: the block devices of the volume group, e.g. [/dev/sda2]',
    ],
    [
      "an empty device list",
      { devices: [] },
      'LvmStoragePool "bad": devices must be a non-empty list of block devices such as [/dev/sda2], got []',
    ],
    [
      "a relative device",
      { devices: ["sdb"] },
      'LvmStoragePool "bad": devices[0] must be an absolute path (starting with "/", no ".."), got "sdb"',
    ],
    ["an unknown type", { type: "zfs" as "dir" }, 'LvmStoragePool "bad": type must be one of "logical", "dir", got "zfs"'],
    [
      "a dir pool without path",
      { type: "dir" },
      'LvmStoragePool "bad": path is required: the directory that holds the volumes, e.g. /var/lib/libvirt/images',
    ],
    [
      "a dir pool with a volume group",
      { type: "dir", path: "/srv/x", volumeGroup: "cl" },
      'LvmStoragePool "bad": volumeGroup is only for type "logical"; a dir pool takes path',
    ],
    [
      "a logical pool with a path",
      { devices: ["/dev/sdb"], path: "/srv/x" },
      'LvmStoragePool "bad": path is only for type "dir"; a logical pool\'s location is target',
    ],
    [
      "a volume group name with a slash",
      { devices: ["/dev/sdb"], volumeGroup: "c/l" },
      'LvmStoragePool "bad": volumeGroup must be 1-200 characters without "/" or control characters (libvirt stores it as a file name), got "c/l"',
    ],
    [
      "a pool name with a line break",
      { name: "my\npool", devices: ["/dev/sdb"] },
      'LvmStoragePool "bad": name must be 1-200 characters without "/" or control characters (libvirt stores it as a file name), got "my\\npool"',
    ],
    [
      "a relative target",
      { devices: ["/dev/sdb"], target: "dev/cl" },
      'LvmStoragePool "bad": target must be an absolute path (starting with "/", no ".."), got "dev/cl"',
    ],
    [
      "build as text",
      { devices: ["/dev/sdb"], build: "yes" as unknown as boolean },
      'LvmStoragePool "bad": build must be true or false, got "yes"',
    ],
  ])("rejects %s before creating any child", async (_what, args, message) => {
    const before = registered.length;
    expect(() => new LvmStoragePool("bad", { uri: URI, ...args } as LvmStoragePoolArgs)).toThrow(new Error(message));
    await settled();
    expect(registered.slice(before).filter((r) => r.type.includes("libvirt"))).toEqual([]);
  });

  it("lists several problems in one error", () => {
    expect(() => new LvmStoragePool("multi", { uri: URI, devices: ["x"], build: 1 as unknown as boolean })).toThrow(
      'LvmStoragePool "multi" has 2 invalid arguments:\n' +
        '  - devices[0] must be an absolute path (starting with "/", no ".."), got "x"\n' +
        "  - build must be true or false, got 1",
    );
  });

  it("leaves the caller's args and parent alone", async () => {
    const parent = new pulumi.ComponentResource("test:index:Parent", "p", {});
    const args: LvmStoragePoolArgs = { uri: URI, devices: ["/dev/sdc"] };
    const frozen = JSON.stringify(args);
    const pool = new LvmStoragePool("child", args, { parent });
    expect(JSON.stringify(args)).toBe(frozen);
    expect(await promiseOf(pool.urn)).toBe("urn:pulumi:test::kvm-infra::test:index:Parent$kvm:storage:LvmStoragePool::child");
  });
});
