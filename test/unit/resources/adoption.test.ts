// Adoption's pure parts: what counts as a replace-needing conflict per kind, the differences logged
// (secrets never shown), the uuid kvm-infra derives for its own objects, and the error the SDK's
// dynamic-provider host turns into a partial create.
import { adoptConflictError, adoptConflictFailures, devicesLost, fieldDifferences } from "../../../libvirt/resources/adoption";
import { failCreate, ownUuid, partialCreateError, undoWithRetry } from "../../../libvirt/resources/provider-common";
import { checkStoragePool, storagePoolAdoptConflicts } from "../../../libvirt/resources/storage-pool-spec";
import { checkNetwork, networkAdoptConflicts } from "../../../libvirt/resources/network-spec";
import { checkStorageVolume, storageVolumeAdoptConflicts } from "../../../libvirt/resources/storage-volume-spec";
import { checkDomain, domainAdoptConflicts } from "../../../libvirt/resources/domain-spec";

const URI = "qemu+ssh://root@kvm01/system";
const pool = checkStoragePool(
  {},
  { uri: URI, name: "images_lvm", type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] },
).inputs;
const bridge = checkNetwork({}, { uri: URI, name: "br0", mode: "bridge", bridge: "br0" }).inputs;
const volume = checkStorageVolume({}, { uri: URI, pool: "images_lvm", name: "xxx", capacityBytes: 64 * 2 ** 30 }).inputs;
const dom = checkDomain({}, { uri: URI, name: "xxx", memoryMiB: 4096, vcpus: 2, uuid: "6A1B38A4-4D4C-4A2B-9E3E-0C1D2E3F4A5B" }).inputs;

describe("what adoption refuses (it would need a replace)", () => {
  test("a pool on another volume group or device, or of another type", () => {
    expect(storagePoolAdoptConflicts({ type: "logical", volumeGroup: "cl", sourceDevices: ["/dev/sda2"] }, pool)).toEqual([]);
    expect(storagePoolAdoptConflicts({ type: "logical", volumeGroup: "vg0", sourceDevices: ["/dev/sdb1"] }, pool)).toEqual([
      { field: "volumeGroup", live: "vg0", configured: "cl" },
      { field: "sourceDevices", live: ["/dev/sdb1"], configured: ["/dev/sda2"] },
    ]);
    expect(storagePoolAdoptConflicts({ type: "dir" }, pool)[0]).toEqual({ field: "type", live: "dir", configured: "logical" });
  });
  test("a network of another mode; another bridge is converged, not refused", () => {
    expect(networkAdoptConflicts({ mode: "nat" }, bridge)).toEqual([{ field: "mode", live: "nat", configured: "bridge" }]);
    expect(networkAdoptConflicts({ mode: "bridge", bridge: "br1" }, bridge)).toEqual([]);
  });
  test("a volume of another format, or larger than configured (capacity may only grow)", () => {
    expect(storageVolumeAdoptConflicts({ capacityBytes: 32 * 2 ** 30, format: "raw" }, volume)).toEqual([]);
    expect(storageVolumeAdoptConflicts({ capacityBytes: 65 * 2 ** 30, format: "qcow2" }, volume)).toEqual([
      { field: "format", live: "qcow2", configured: "raw" },
      { field: "capacityBytes", live: 65 * 2 ** 30, configured: 64 * 2 ** 30 },
    ]);
  });
  test("a domain of another uuid or machine; a machine alias libvirt expanded is the same machine", () => {
    expect(
      domainAdoptConflicts({ name: "xxx", uuid: "6a1b38a4-4d4c-4a2b-9e3e-0c1d2e3f4a5b", machine: "pc-q35-7.2", arch: "x86_64" }, dom),
    ).toEqual([]);
    expect(domainAdoptConflicts({ name: "xxx", uuid: "00000000-0000-4000-8000-000000000001", machine: "pc-i440fx-7.2" }, dom)).toEqual([
      { field: "uuid", live: "00000000-0000-4000-8000-000000000001", configured: "6a1b38a4-4d4c-4a2b-9e3e-0c1d2e3f4a5b" },
      { field: "machine", live: "pc-i440fx-7.2", configured: "q35" },
    ]);
  });
  test("the refusal names each field with the live and the configured value, at create and at check", () => {
    const conflicts = storagePoolAdoptConflicts({ type: "logical", volumeGroup: "vg0" }, pool);
    expect(adoptConflictError('storage pool "images_lvm"', URI, conflicts).message).toBe(
      `adopting storage pool "images_lvm" on ${URI} is refused, nothing was changed: volumeGroup: host has "vg0", config says "cl"; ` +
        'sourceDevices: host has [], config says ["/dev/sda2"]. These cannot change in place (it would need a replace of the existing ' +
        "object): make the config say what the host has, or remove the object from the host yourself",
    );
    expect(adoptConflictFailures('storage pool "images_lvm"', conflicts).map((f) => f.property)).toEqual(["volumeGroup", "sourceDevices"]);
    expect(adoptConflictFailures('storage pool "images_lvm"', conflicts)[0].reason).toMatch(/volumeGroup "vg0", the config says "cl"/);
  });
});

describe("the differences an adoption logs", () => {
  test("name each leaf with host and config values, skip what the config leaves unset", () => {
    expect(
      fieldDifferences(
        { memoryMiB: 2048, vcpus: 2, features: { acpi: true, apic: true }, title: "old" },
        { memoryMiB: 4096, vcpus: 2, features: { acpi: false, apic: true } },
        ["memoryMiB", "vcpus", "features", "title"],
      ),
    ).toEqual([
      { field: "memoryMiB", live: 2048, configured: 4096 },
      { field: "features.acpi", live: true, configured: false },
    ]);
  });
  test("never show a VNC password", () => {
    const d = fieldDifferences(
      { graphics: { vnc: { password: "hostpw12" } } },
      { graphics: { vnc: { password: "cfgpw123" } } },
      ["graphics"],
      ["password"],
    );
    expect(d).toEqual([{ field: "graphics.vnc.password", live: "(secret)", configured: "(secret, another value)" }]);
    expect(JSON.stringify(d)).not.toMatch(/hostpw12|cfgpw123/);
  });
});

describe("a redefinition of an adopted domain", () => {
  test("names the devices the host has that the new definition leaves out", () => {
    const host = "<domain><devices><disk/><interface/><sound model='ich9'/><channel/><channel/><hostdev/></devices></domain>";
    const next = "<domain><devices><disk/><interface/><channel/></devices></domain>";
    expect(devicesLost(host, next)).toEqual([
      { field: "devices/sound", live: 1, configured: 0 },
      { field: "devices/channel", live: 2, configured: 1 },
      { field: "devices/hostdev", live: 1, configured: 0 },
    ]);
    expect(devicesLost(next, next)).toEqual([]);
  });
});

describe("the uuid kvm-infra gives its own objects", () => {
  test("is the same for the same kind, host and name, and differs otherwise", () => {
    const u = ownUuid("domain", URI, "xxx");
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ownUuid("domain", URI, "xxx")).toBe(u);
    expect(ownUuid("domain", "qemu+ssh://root@kvm02/system", "xxx")).not.toBe(u);
    expect(ownUuid("network", URI, "xxx")).not.toBe(u);
    expect(ownUuid("domain", URI, "yyy")).not.toBe(u);
  });
});

describe("a partial create", () => {
  test("is an Error with id, properties (marked incomplete) and reasons, as the dynamic-provider host expects", () => {
    const e = partialCreateError("creating domain failed", "u-1", { name: "xxx" }, ["lost"]);
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("creating domain failed");
    expect(e.id).toBe("u-1");
    expect(e.properties).toEqual({ name: "xxx", createIncomplete: true });
    expect(e.reasons).toEqual(["lost"]);
  });
});

describe("check", () => {
  test("accepts adopt true or false and names it otherwise", () => {
    expect(checkNetwork({}, { uri: URI, name: "n", mode: "bridge", bridge: "br0", adopt: true }).failures).toEqual([]);
    expect(checkNetwork({}, { uri: URI, name: "n", mode: "bridge", bridge: "br0", adopt: "yes" }).failures).toEqual([
      { property: "adopt", reason: 'adopt must be true or false, got "yes"' },
    ]);
  });
  test("takes an install that resolved to nothing (null) as no installation", () => {
    const r = checkDomain({}, { uri: URI, name: "xxx", memoryMiB: 1024, vcpus: 1, install: null });
    expect(r.failures).toEqual([]);
    expect("install" in r.inputs).toBe(false);
  });
});

describe("the undo of a failed create, against a host that cannot be reached", () => {
  // A socket nobody listens on: every attempt fails to connect, as during a daemon restart.
  const unreachable = `qemu+unix:///system?socket=/tmp/kvm-infra-adopt-unit-${process.pid}.sock`;
  const saved = process.env.KVM_INFRA_UNDO_TIMEOUT_SECONDS;
  beforeAll(() => {
    process.env.KVM_INFRA_UNDO_TIMEOUT_SECONDS = "1.5";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.KVM_INFRA_UNDO_TIMEOUT_SECONDS;
    else process.env.KVM_INFRA_UNDO_TIMEOUT_SECONDS = saved;
  });

  test("retries with back-off within its bound, then reports what it could not remove", async () => {
    let undone = 0;
    const started = Date.now();
    const outcome = await undoWithRetry(
      unreachable,
      async () => {
        undone++;
      },
      async () => true,
    );
    const took = Date.now() - started;
    expect(outcome.removed).toBe(false);
    expect(outcome.why).toMatch(/^undoing it failed \([3-6] attempts in 2 s\): /);
    expect(undone).toBe(0);
    expect(took).toBeGreaterThanOrEqual(700);
    expect(took).toBeLessThan(4000);
  });

  test("a create that failed after defining becomes a partial create carrying the id, without the secret", async () => {
    const err = (await failCreate({
      uri: unreachable,
      what: 'creating network "n1" on qemu:///system',
      failure: new Error("network start failed: secret Pw12345x in the text"),
      secrets: ["Pw12345x"],
      id: "u-1",
      properties: { name: "n1" },
      undo: async () => undefined,
      exists: async () => true,
    }).catch((e) => e)) as Error & { id?: string; properties?: Record<string, unknown>; reasons?: string[] };
    expect(err.message).toMatch(
      /^creating network "n1" on qemu:\/\/\/system failed: network start failed: secret \*\*\* in the text \(undoing it failed .*; it is recorded as u-1 and the next pulumi up continues from it\)$/,
    );
    expect(err.id).toBe("u-1");
    expect(err.properties).toEqual({ name: "n1", createIncomplete: true });
    expect(JSON.stringify(err.reasons)).not.toContain("Pw12345x");
  });
});
