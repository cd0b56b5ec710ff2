import { parseUri } from "../../../libvirt/rpc/uri";
import { sshCommand, escapeShell } from "../../../libvirt/rpc/ssh-command";

// The nc fallback exactly as libvirt 9 writes it (virNetClientSSHHelperCommand).
const nc = (bin: string, sock: string) =>
  `if '${bin}' -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ARG=-q0;else ARG=;fi;'${bin}' $ARG -U ${sock}`;
const auto = (uri: string, sock = "/var/run/libvirt/libvirt-sock") =>
  `sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     virt-ssh-helper '${uri}'; else    ${nc("nc", sock)}; fi'`;

describe("the ssh command line for qemu+ssh URIs", () => {
  it.each([
    [
      "qemu+ssh://root@127.0.0.1:2222/system?keyfile=/var/lib/kvm-infra-testbed/ssh/id_ed25519",
      "ssh",
      [
        "-p",
        "2222",
        "-l",
        "root",
        "-i",
        "/var/lib/kvm-infra-testbed/ssh/id_ed25519",
        "-T",
        "-e",
        "none",
        "--",
        "127.0.0.1",
        auto("qemu:///system"),
      ],
    ],
    ["qemu+ssh://host/system", "ssh", ["-T", "-e", "none", "--", "host", auto("qemu:///system")]],
    ["qemu+ssh:///system", "ssh", ["-T", "-e", "none", "--", "localhost", auto("qemu:///system")]],
    [
      "qemu+ssh://fred@somehost:9000/system?no_tty=1",
      "ssh",
      ["-p", "9000", "-l", "fred", "-T", "-e", "none", "-o", "BatchMode=yes", "--", "somehost", auto("qemu:///system")],
    ],
    [
      "qemu+ssh://somehost/system?no_verify=1&keyfile=/root/.ssh/example_key",
      "ssh",
      ["-i", "/root/.ssh/example_key", "-T", "-e", "none", "-o", "StrictHostKeyChecking=no", "--", "somehost", auto("qemu:///system")],
    ],
    [
      "qemu+ssh://somehost/system?no_tty=1&no_verify=1",
      "ssh",
      ["-T", "-e", "none", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "--", "somehost", auto("qemu:///system")],
    ],
    ["qemu+ssh://h/system?command=/opt/ssh-wrapper", "/opt/ssh-wrapper", ["-T", "-e", "none", "--", "h", auto("qemu:///system")]],
    ["test+ssh://root@h/default", "ssh", ["-l", "root", "-T", "-e", "none", "--", "h", auto("test:///default")]],
    ["qemu+ssh://h/system?socket=/tmp/socket", "ssh", ["-T", "-e", "none", "--", "h", `sh -c '${nc("nc", "/tmp/socket")}'`]],
    [
      "qemu+ssh://h/system?netcat=netcat",
      "ssh",
      ["-T", "-e", "none", "--", "h", `sh -c '${nc("netcat", "/var/run/libvirt/libvirt-sock")}'`],
    ],
    ["qemu+ssh://h/system?proxy=netcat", "ssh", ["-T", "-e", "none", "--", "h", `sh -c '${nc("nc", "/var/run/libvirt/libvirt-sock")}'`]],
    ["qemu+ssh://h/system?proxy=native", "ssh", ["-T", "-e", "none", "--", "h", "sh -c 'virt-ssh-helper 'qemu:///system''"]],
    ["qemu+ssh://h/system?mode=legacy&proxy=auto", "ssh", ["-T", "-e", "none", "--", "h", auto("qemu:///system")]],
  ])("%s", (uri, file, args) => {
    expect(sshCommand(parseUri(uri))).toEqual({ file, args });
  });

  // Vectors from libvirt's own tests/virnetsockettest.c: netcat paths needing two levels of quoting.
  it.each([
    ["n c", `'''\\''n c'\\''''`],
    ["n'c", `'''\\''n'\\''\\'\\'''\\''c'\\''''`],
    ['n"c', `'''\\''n"c'\\''''`],
  ])("quotes the netcat path %s twice, as libvirt does", (netcat, quoted) => {
    const { args } = sshCommand(parseUri(`qemu+ssh://somehost/system?netcat=${encodeURIComponent(netcat)}&socket=/tmp/socket`));
    expect(args[args.length - 1]).toBe(
      `sh -c 'if ${quoted} -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ARG=-q0;else ARG=;fi;${quoted} $ARG -U /tmp/socket'`,
    );
  });

  it("escapes like virBufferEscapeShell: plain words untouched, metacharacters quoted", () => {
    expect(escapeShell("qemu:///system")).toBe("qemu:///system");
    expect(escapeShell("")).toBe("''");
    expect(escapeShell("a b")).toBe("'a b'");
    expect(escapeShell("it's")).toBe("'it'\\''s'");
  });
});
