// Every osVariant the components accept against Debian's osinfo-db, read at test time: the id and
// name osinfo-query prints, osinfo's minimums and network-install memory, and the devices the
// domain gets only where osinfo lists drivers for them. The table in our code is the claim; the
// database is the witness.
import { OS_VARIANTS } from "../../../components/osinfo";
import { INSTALL_GENERATIONS, INSTALL_RELEASES } from "../../../libvirt/install/releases";
import { OSINFO_DEVICE, osinfoOs, osinfoQuery } from "../../support/osinfo-db";

const query = osinfoQuery();
const variants = Object.entries(OS_VARIANTS);
const hasAny = (devices: Set<string>, ids: string[]): boolean => ids.some((d) => devices.has(d));

describe("the osVariants", () => {
  it("are CentOS 7, CentOS Stream, Rocky and AlmaLinux 8 and 9, and every RHEL 8 and 9 id osinfo-query prints", () => {
    const rhel = [...query.keys()].filter((k) => /^rhel[89][.-]/.test(k));
    const rebuilds = ["centos-stream", "rocky", "almalinux"].flatMap((f) => [`${f}8`, `${f}9`]);
    expect(rhel.length).toBeGreaterThan(2);
    expect(variants.map(([s]) => s).sort()).toEqual(["centos7.0", ...rebuilds, ...rhel].sort());
  });

  describe.each(variants)("%s", (short, os) => {
    const db = osinfoOs(os.id);
    const release = INSTALL_RELEASES[os.id];

    it("has osinfo's id and name", () => {
      expect(query.get(short)).toEqual({ id: os.id, name: release.name });
      expect(db.shortId).toBe(short);
    });

    it("has osinfo's minimum RAM and disk, and the install phase its network-install RAM", () => {
      expect(os.minMemoryMiB).toBe(db.minRamMiB);
      expect(os.minDiskGiB).toBe(db.minStorageGiB);
      expect(INSTALL_GENERATIONS[release.major].networkInstallMemoryMiB).toBe(db.networkInstallRamMiB);
    });

    it("gets q35 and virtio disk, NIC, rng, balloon and the agent's channel only where osinfo lists their drivers", () => {
      expect(os.machine === "q35").toBe(hasAny(db.devices, OSINFO_DEVICE.q35));
      expect(os.diskBus === "virtio").toBe(hasAny(db.devices, OSINFO_DEVICE.virtioBlock));
      expect(os.nicModel === "virtio").toBe(hasAny(db.devices, OSINFO_DEVICE.virtioNet));
      expect(os.rng).toBe(hasAny(db.devices, OSINFO_DEVICE.virtioRng));
      expect(os.memballoon === "virtio").toBe(hasAny(db.devices, OSINFO_DEVICE.virtioBalloon));
      expect(os.guestAgent).toBe(hasAny(db.devices, OSINFO_DEVICE.virtioSerial));
    });

    it("installs from a tree of the layout osinfo names (the same path below the release's directory), or needs one given (RHEL)", () => {
      if (!release.defaultLocation) {
        expect(db.treeUrl).toBeUndefined();
        expect(release.noDefaultLocation).toMatch(/subscription/);
        return;
      }
      // The path below the release's directory (7.9.2009, 8-stream, 9): os/x86_64/ or BaseOS/x86_64/os/.
      const below = (u: string) => {
        const segments = new URL(u).pathname.split("/");
        return segments.slice(segments.findIndex((s) => /^\d+([.-]\w+)*$/.test(s)) + 1).join("/");
      };
      expect(below(release.defaultLocation)).toBe(below(db.treeUrl as string));
      expect(below(release.defaultLocation)).toMatch(/x86_64/);
      expect(release.defaultLocation).toMatch(/^https:\/\//);
    });
  });

  it("ask for QEMU's max CPU under TCG exactly for release 9 (x86-64-v2)", () => {
    for (const [, os] of variants) expect(os.tcgCpuMode).toBe(INSTALL_RELEASES[os.id].major === 9 ? "maximum" : undefined);
  });
});
