import { readFileSync } from "fs";
import { join } from "path";
import type { DomainInputs } from "../../../libvirt/resources/inputs";
import { finalPhaseInputs, installCmdline, installPhase, installPhaseInputs } from "../../../libvirt/install/phase";

const LOC = "https://vault.centos.org/7.9.2009/os/x86_64/";

describe("installCmdline", () => {
  it("puts the extra args first, then inst.repo (virt-install's order), then inst.ks", () => {
    expect(installCmdline({ location: LOC })).toBe(`console=ttyS0,115200 inst.repo=${LOC} inst.ks=file:/ks.cfg`);
  });

  it("is the runbook's virt-install command line without a kickstart", () => {
    expect(installCmdline({ location: LOC, extraArgs: "console=ttyS0,115200", kickstart: false })).toBe(
      `console=ttyS0,115200 inst.repo=${LOC}`,
    );
  });

  it("keeps the user's extra args and their order", () => {
    expect(installCmdline({ location: LOC, extraArgs: "console=tty0 console=ttyS0,115200n8  inst.text ip=dhcp" })).toBe(
      `console=tty0 console=ttyS0,115200n8 inst.text ip=dhcp inst.repo=${LOC} inst.ks=file:/ks.cfg`,
    );
  });

  it("adds the serial console when the extra args have none, since failures quote it", () => {
    expect(installCmdline({ location: LOC, extraArgs: "inst.text" })).toBe(
      `console=ttyS0,115200 inst.text inst.repo=${LOC} inst.ks=file:/ks.cfg`,
    );
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
const directBoot = {
  kernel: "/var/lib/libvirt/boot/web01-install-vmlinuz",
  initrd: "/var/lib/libvirt/boot/web01-install-initrd.img",
  cmdline: "console=ttyS0,115200",
};

describe("installPhase", () => {
  it("boots the kernel directly, destroys on reboot, and has no boot devices", () => {
    expect(installPhase(directBoot)).toEqual({ directBoot, onReboot: "destroy", bootDevices: [] });
  });

  it("applies to the user's domain and keeps the rest of it, including on_poweroff and on_crash", () => {
    const inst = installPhaseInputs({ ...userDomain, memoryMiB: 2048 }, directBoot);
    expect(inst).toEqual({ ...userDomain, memoryMiB: 2048, directBoot, onReboot: "destroy", bootDevices: [] });
    expect(userDomain.onReboot).toBe("restart");
  });
});

describe("install phase memory", () => {
  it("is raised to 1536 MiB for a smaller domain, maxMemoryMiB too, as virt-install does for a network install", () => {
    expect(installPhaseInputs(userDomain, directBoot).memoryMiB).toBe(1536);
    expect(installPhaseInputs({ ...userDomain, maxMemoryMiB: 1024 }, directBoot).maxMemoryMiB).toBe(1536);
    expect(installPhaseInputs({ ...userDomain, maxMemoryMiB: 4096 }, directBoot).maxMemoryMiB).toBe(4096);
  });

  it("is the user's in the final phase", () => {
    expect(finalPhaseInputs(userDomain).memoryMiB).toBe(1024);
  });
});

describe("parity with virt-install 4.1.0 --location --print-xml --dry-run (the runbook's command)", () => {
  // Two documents: the install phase, then the final domain (see the fixture's header).
  const text = readFileSync(join(__dirname, "fixtures/virt-install-4.1.0-location-dry-run.xml"), "utf8").replace(/<!--[\s\S]*?-->/, "");
  const [install, final] = text.split(/(?=<domain )/).filter((d) => d.trim());
  const tag = (doc: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(doc)?.[1];
  const runbook: DomainInputs = { ...userDomain, memoryMiB: 1024, onPoweroff: "destroy", onReboot: "restart", onCrash: "restart" };

  it("has the same install command line, when no kickstart is injected", () => {
    expect(tag(install, "cmdline")).toBe(installCmdline({ location: "@LOCATION@", extraArgs: "console=ttyS0,115200", kickstart: false }));
  });

  it("differs on purpose only by inst.ks=file:/ks.cfg when the kickstart is injected", () => {
    expect(installCmdline({ location: "@LOCATION@", extraArgs: "console=ttyS0,115200" })).toBe(
      `${tag(install, "cmdline")} inst.ks=file:/ks.cfg`,
    );
  });

  it("has the same install phase events, boot order and memory", () => {
    const inst = installPhaseInputs(runbook, directBoot);
    expect(tag(install, "on_reboot")).toBe(inst.onReboot);
    expect(tag(install, "on_poweroff")).toBe(inst.onPoweroff);
    expect(tag(install, "on_crash")).toBe(inst.onCrash);
    expect(install).not.toContain("<boot ");
    expect(inst.bootDevices).toEqual([]);
    expect(Number(tag(install, "memory"))).toBe(inst.memoryMiB * 1024);
    expect(install).toContain("<kernel>");
    expect(install).toContain("<initrd>");
  });

  it("has the same final domain: boot hd, the user's events, the user's memory, no kernel", () => {
    const fin = finalPhaseInputs(runbook);
    expect(final).toContain('<boot dev="hd"/>');
    expect(fin.bootDevices).toEqual(["hd"]);
    expect([tag(final, "on_poweroff"), tag(final, "on_reboot"), tag(final, "on_crash")]).toEqual([
      fin.onPoweroff,
      fin.onReboot,
      fin.onCrash,
    ]);
    expect(Number(tag(final, "memory"))).toBe(fin.memoryMiB * 1024);
    expect(final).not.toContain("<kernel>");
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
