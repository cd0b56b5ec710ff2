import type { DomainInputs } from "../../../libvirt/resources/inputs";
import { finalPhaseInputs, installCmdline, installPhase, installPhaseInputs } from "../../../libvirt/install/phase";

const LOC = "https://vault.centos.org/7.9.2009/os/x86_64/";

describe("installCmdline", () => {
  it("puts the extra args first, then inst.repo (virt-install's order), then inst.ks", () => {
    expect(installCmdline({ location: LOC })).toBe(`console=ttyS0,115200 inst.repo=${LOC} inst.ks=file:/ks.cfg`);
  });

  it("is the runbook's virt-install command line without a kickstart", () => {
    expect(installCmdline({ location: LOC, extraArgs: "console=ttyS0,115200", kickstart: false })).toBe(`console=ttyS0,115200 inst.repo=${LOC}`);
  });

  it("keeps the user's extra args and their order", () => {
    expect(installCmdline({ location: LOC, extraArgs: "console=tty0 console=ttyS0,115200n8  inst.text ip=dhcp" })).toBe(
      `console=tty0 console=ttyS0,115200n8 inst.text ip=dhcp inst.repo=${LOC} inst.ks=file:/ks.cfg`,
    );
  });

  it("adds the serial console when the extra args have none, since failures quote it", () => {
    expect(installCmdline({ location: LOC, extraArgs: "inst.text" })).toBe(`console=ttyS0,115200 inst.text inst.repo=${LOC} inst.ks=file:/ks.cfg`);
  });

  it("lets a user's inst.repo and inst.ks win over ours", () => {
    expect(installCmdline({ location: LOC, extraArgs: "console=ttyS0 inst.repo=nfs:srv:/tree inst.ks=http://ks/x.cfg" })).toBe(
      "console=ttyS0 inst.repo=nfs:srv:/tree inst.ks=http://ks/x.cfg",
    );
  });
});

const userDomain: DomainInputs = {
  uri: "qemu:///system",
  name: "web01",
  memoryMiB: 1024,
  vcpus: 1,
  onPoweroff: "destroy",
  onReboot: "restart",
  onCrash: "restart",
  disks: [{ source: { type: "volume", pool: "images", volume: "web01" }, targetDev: "vda" }],
};
const directBoot = { kernel: "/var/lib/libvirt/boot/web01-install-vmlinuz", initrd: "/var/lib/libvirt/boot/web01-install-initrd.img", cmdline: "console=ttyS0,115200" };

describe("installPhase", () => {
  it("boots the kernel directly, destroys on reboot, and has no boot devices", () => {
    expect(installPhase(directBoot)).toEqual({ directBoot, onReboot: "destroy", bootDevices: [] });
  });

  it("applies to the user's domain and keeps the rest of it, including on_poweroff and on_crash", () => {
    const inst = installPhaseInputs(userDomain, directBoot);
    expect(inst).toEqual({ ...userDomain, directBoot, onReboot: "destroy", bootDevices: [] });
    expect(userDomain.onReboot).toBe("restart");
  });
});

describe("finalPhaseInputs", () => {
  it("boots from hd with the user's events and no kernel", () => {
    const fin = finalPhaseInputs({ ...userDomain, directBoot });
    expect(fin.directBoot).toBeUndefined();
    expect("directBoot" in fin).toBe(false);
    expect(fin.bootDevices).toEqual(["hd"]);
    expect([fin.onPoweroff, fin.onReboot, fin.onCrash]).toEqual(["destroy", "restart", "restart"]);
  });

  it("keeps boot devices the user chose", () => {
    expect(finalPhaseInputs({ ...userDomain, bootDevices: ["network", "hd"] }).bootDevices).toEqual(["network", "hd"]);
  });
});
