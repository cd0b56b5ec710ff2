// The seed ISO read back by tools that share no code with ours (Debian's genisoimage isoinfo,
// xorriso/osirrox, util-linux blkid), and its documents checked by Debian's cloud-init itself:
// `cloud-init schema` for the user data, `cloud-init devel net-convert` for the network config.
import { readdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildSeed, Seed } from "../../../libvirt/cloudinit";
import {
  blkidProbe,
  cloudInitSchema,
  cloudInitVersion,
  isoOnDisk,
  isoinfoDescriptor,
  isoinfoNames,
  osirroxExtract,
  requireIsoTools,
  run,
  xorrisoFind,
} from "../../support/cloudinit-iso";

const HASH = "$6$kvmitsalt$3tTq5pWm0W2A3nVbYpB1oC5dR8fS9gT0hU1iV2jW3kX4lY5mZ6nA7oB8pC9qD0rE1sF2tG3uH4vI5wJ6xK7yL.";
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHkvmInfraTestKeyOnlyForUnitTests0123456789ab ops@example";

describe("the seed ISO read back by Debian's tools", () => {
  let seed: Seed;
  let iso: ReturnType<typeof isoOnDisk>;

  beforeAll(() => {
    requireIsoTools();
    seed = buildSeed({
      hostname: "ci-seed.example.com",
      sshAuthorizedKeys: [KEY],
      rootPasswordHash: HASH,
      network: {
        device: "eth0",
        bootproto: "static",
        address: "192.168.122.50",
        prefix: 24,
        gateway: "192.168.122.1",
        dns: ["192.168.122.1"],
      },
    });
    iso = isoOnDisk(seed.iso);
  });
  afterAll(() => iso?.remove());

  it("isoinfo -d: ISO 9660 with volume id cidata and Joliet", () => {
    const d = isoinfoDescriptor(iso.path);
    expect(d["Volume id"]).toBe("cidata");
    expect(d["Logical block size is"]).toBe("2048");
    expect(Number(d["Volume size is"])).toBe(seed.iso.length / 2048);
    expect(d["Joliet with UCS level 3 found"]).toBe("");
  });

  it("isoinfo lists the Joliet names and the primary d-character names", () => {
    expect(isoinfoNames(iso.path, true)).toEqual(["meta-data", "network-config", "user-data"]);
    expect(isoinfoNames(iso.path, false)).toEqual(["META_DATA.;1", "NETWORK_CONFIG.;1", "USER_DATA.;1"]);
  });

  it("xorriso -find lists the three files", () => {
    expect(xorrisoFind(iso.path).sort()).toEqual([".", "./meta-data", "./network-config", "./user-data"]);
  });

  it("osirrox extracts the three files with exactly the seed's contents", () => {
    expect(osirroxExtract(iso.path)).toEqual(seed.files);
  });

  it("isoinfo -x reads each file from the primary tree too", () => {
    expect(run("isoinfo", ["-i", iso.path, "-x", "/META_DATA.;1"])).toBe(seed.files["meta-data"]);
  });

  it("blkid sees an iso9660 filesystem labelled cidata, UUID from the derived date", () => {
    const b = blkidProbe(iso.path);
    expect(b.TYPE).toBe("iso9660");
    expect(b.LABEL).toBe("cidata");
    expect(b.UUID).toMatch(/^20\d\d-\d\d-\d\d-\d\d-\d\d-\d\d-00$/);
    const other = isoOnDisk(buildSeed({ hostname: "other" }).iso);
    try {
      expect(blkidProbe(other.path).UUID).not.toBe(b.UUID);
    } finally {
      other.remove();
    }
  });

  it(`user-data passes cloud-init schema (${(() => {
    try {
      return cloudInitVersion();
    } catch {
      return "cloud-init missing";
    }
  })()})`, () => {
    const r = cloudInitSchema(seed.files["user-data"]);
    expect(r.out).toContain("Valid cloud-config");
    expect(r.ok).toBe(true);
  });

  it("cloud-init schema rejects user-data that is wrong, so the check above means something", () => {
    const r = cloudInitSchema("#cloud-config\nusers: 5\n");
    expect(r.ok).toBe(false);
    expect(r.out).toContain("users: 5 is not of type");
  });

  it("user-data with root locked and no keys passes the schema too", () => {
    expect(cloudInitSchema(buildSeed({ hostname: "a" }).files["user-data"]).ok).toBe(true);
  });

  it("cloud-init reads the network-config into the static setup asked for", () => {
    const out = mkdtempSync(join(tmpdir(), "kvmit-cloudinit-net-"));
    try {
      const nc = join(out, "network-config");
      writeFileSync(nc, seed.files["network-config"] ?? "");
      run("cloud-init", [
        "devel",
        "net-convert",
        "--network-data",
        nc,
        "--kind",
        "yaml",
        "--output-kind",
        "sysconfig",
        "-d",
        join(out, "o"),
        "-D",
        "rhel",
      ]);
      const dir = join(out, "o/etc/sysconfig/network-scripts");
      expect(readdirSync(dir)).toEqual(["ifcfg-eth0"]);
      const ifcfg = readFileSync(join(dir, "ifcfg-eth0"), "utf8");
      for (const line of [
        "BOOTPROTO=none",
        "DEVICE=eth0",
        "IPADDR=192.168.122.50",
        "NETMASK=255.255.255.0",
        "GATEWAY=192.168.122.1",
        "DNS1=192.168.122.1",
      ])
        expect(ifcfg).toContain(`${line}\n`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
