// Proves the test bed end to end with the tools an operator would use: libvirt answers through
// the genuinely remote qemu+ssh URI (host key verified), and the pool and bridge fixtures exist.
import { execFileSync } from "child_process";
import { testbed } from "../../support/testbed";

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });

describe("the libvirt test bed", () => {
  const tb = testbed();

  it("answers virsh over the qemu+ssh URI with the host key verified", () => {
    expect(tb.TESTBED_URI_SSH).toMatch(/^qemu\+ssh:\/\/root@127\.0\.0\.1:2222\/system\?keyfile=/);
    expect(tb.TESTBED_URI_SSH).not.toContain("no_verify");
    const caps = run("virsh", ["-c", tb.TESTBED_URI_SSH, "capabilities"]);
    expect(caps).toContain("<domain type='qemu'");
  });

  it("answers over tcp and tls on 127.0.0.1", () => {
    expect(run("virsh", ["-c", tb.TESTBED_URI_TCP, "uri"]).trim()).toBe(tb.TESTBED_URI_TCP);
    expect(run("virsh", ["-c", tb.TESTBED_URI_TLS, "uri"]).trim()).toBe(tb.TESTBED_URI_TLS);
  });

  it("rejects an ssh host key that is not in the known_hosts file", () => {
    // Same server, but asked under another name: no known_hosts entry, so BatchMode ssh must refuse.
    const uri = tb.TESTBED_URI_SSH.replace("127.0.0.1", "localhost") + "&no_tty=1";
    expect(() => execFileSync("virsh", ["-c", uri, "uri"], { encoding: "utf8", stdio: "pipe" })).toThrow(
      /Host key verification failed|authenticity/,
    );
  });

  it("has the loop-backed volume group and a blank spare device", () => {
    const vg = run("vgs", ["--noheadings", "-o", "vg_name,pv_name", tb.TESTBED_VG]).trim().split(/\s+/);
    expect(vg).toEqual([tb.TESTBED_VG, tb.TESTBED_VG_DEVICE]);
    expect(run("losetup", ["-O", "NAME", "-n", tb.TESTBED_SPARE_DEVICE]).trim()).toBe(tb.TESTBED_SPARE_DEVICE);
  });

  it("has the host bridge, up, and libvirt sees it as a host interface", () => {
    const link = JSON.parse(run("ip", ["-j", "-d", "link", "show", tb.TESTBED_BRIDGE]))[0];
    expect(link.linkinfo.info_kind).toBe("bridge");
    expect(run("virsh", ["-c", tb.TESTBED_URI_SSH, "iface-list", "--all"])).toContain(tb.TESTBED_BRIDGE);
  });
});
