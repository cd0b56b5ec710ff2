// The operator's commands derived from the libvirt URI: the runbook's ssh tunnel, the VNC address
// and virsh console.
import { serialConsoleCommand, sshTarget, vncDisplay, vncTunnelCommand } from "../../../components";

describe("vncTunnelCommand", () => {
  it.each<[string, number, string]>([
    ["qemu+ssh://root@kvm01.example.com/system", 5901, "ssh -fNL 5901:127.0.0.1:5901 root@kvm01.example.com"],
    ["qemu+ssh://kvm01/system", 5905, "ssh -fNL 5905:127.0.0.1:5905 kvm01"],
    [
      "qemu+ssh://root@127.0.0.1:2222/system?keyfile=/root/.ssh/id_kvm",
      5901,
      "ssh -p 2222 -i /root/.ssh/id_kvm -fNL 5901:127.0.0.1:5901 root@127.0.0.1",
    ],
    ["qemu+ssh://root@[fd00::1]:22/system", 5901, "ssh -p 22 -fNL 5901:127.0.0.1:5901 root@fd00::1"],
    ["qemu+tls://kvm01.example.com:16514/system", 5901, "ssh -fNL 5901:127.0.0.1:5901 kvm01.example.com"],
    ["qemu:///system", 5901, ""],
    ["qemu+unix:///system?socket=/run/libvirt/libvirt-sock", 5901, ""],
  ])("%s, port %d: %j", (uri, port, expected) => {
    expect(vncTunnelCommand(uri, port)).toBe(expected);
  });
});

describe("sshTarget", () => {
  it("keeps the user, the ssh port and the keyfile of an ssh URI", () => {
    expect(sshTarget("qemu+ssh://admin@host:2200/system?keyfile=/k&no_verify=1")).toEqual({
      destination: "admin@host",
      port: 2200,
      keyfile: "/k",
    });
  });
  it("is undefined for a local URI", () => {
    expect(sshTarget("test:///default")).toBeUndefined();
  });
});

describe("vncDisplay and serialConsoleCommand", () => {
  it("give the runbook's screen-sharing address", () => {
    expect(vncDisplay(5901)).toBe("vnc://127.0.0.1:5901");
  });
  it("give virsh console with the URI, quoted only when the shell needs it", () => {
    expect(serialConsoleCommand("qemu+ssh://root@kvm01.example.com/system", "xxx")).toBe(
      "virsh -c qemu+ssh://root@kvm01.example.com/system console xxx",
    );
    expect(serialConsoleCommand("qemu+ssh://root@h/system?keyfile=/k&x=1", "a")).toBe(
      "virsh -c 'qemu+ssh://root@h/system?keyfile=/k&x=1' console a",
    );
  });
});
