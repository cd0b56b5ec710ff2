import { parseUri, daemonSocketPath, redactUri, redactUriIn, uriSecrets, UriError } from "../../../libvirt/rpc/uri";

const none = () => false;

describe("parseUri", () => {
  it.each([
    ["qemu:///system", { driver: "qemu", transport: "unix", path: "/system", name: "qemu:///system" }],
    ["qemu+unix:///system", { driver: "qemu", transport: "unix", name: "qemu:///system" }],
    ["test+unix:///default", { driver: "test", transport: "unix", name: "test:///default" }],
    ["qemu://host.example/system", { transport: "tls", host: "host.example", name: "qemu:///system" }],
    ["qemu+tcp://127.0.0.1:16509/system", { transport: "tcp", host: "127.0.0.1", port: 16509, name: "qemu:///system" }],
    ["qemu+tls://127.0.0.1/system?pkipath=/pki&no_verify=1", { transport: "tls", pkipath: "/pki", noVerify: true }],
    [
      "qemu+ssh://root@127.0.0.1:2222/system?keyfile=/k",
      { transport: "ssh", user: "root", host: "127.0.0.1", port: 2222, keyfile: "/k", proxy: "auto" },
    ],
    ["qemu+ssh://[::1]:22/system", { transport: "ssh", host: "::1", port: 22 }],
    ["qemu+ssh://h/system?socket=/run/x.sock", { proxy: "netcat", socket: "/run/x.sock" }],
    ["qemu+ssh://h/system?netcat=/bin/nc", { proxy: "netcat", netcat: "/bin/nc" }],
    ["qemu+ssh://h/system?proxy=native", { proxy: "native" }],
    ["qemu+ssh://h/system?NO_TTY=1&No_Verify=0", { noTty: true, noVerify: false }],
    ["qemu+ssh://h/system?name=qemu:///session", { name: "qemu:///session" }],
    ["qemu+ssh://h/system?command=/usr/local/bin/ssh", { command: "/usr/local/bin/ssh" }],
    ["qemu+ssh://h/system?authfile=/etc/auth.conf", { params: {} }],
    ["xen+ssh://h/", { driver: "xen", name: "xen:///" }],
    ["remote+ssh://h/", { driver: "remote", name: "" }],
  ])("%s", (uri, expected) => {
    expect(parseUri(uri)).toMatchObject(expected);
  });

  it("leaves out the parts a URI does not have", () => {
    const u = parseUri("qemu:///system");
    expect(u).not.toHaveProperty("host");
    expect(u).not.toHaveProperty("port");
    expect(u).not.toHaveProperty("user");
  });

  it("uses LIBVIRT_DEFAULT_URI when no URI is given", () => {
    const saved = process.env.LIBVIRT_DEFAULT_URI;
    process.env.LIBVIRT_DEFAULT_URI = "qemu+tcp://10.0.0.1/system";
    try {
      expect(parseUri()).toMatchObject({ transport: "tcp", host: "10.0.0.1", uri: "qemu+tcp://10.0.0.1/system" });
      delete process.env.LIBVIRT_DEFAULT_URI;
      expect(parseUri()).toMatchObject({ transport: "unix", name: "" });
    } finally {
      if (saved === undefined) delete process.env.LIBVIRT_DEFAULT_URI;
      else process.env.LIBVIRT_DEFAULT_URI = saved;
    }
  });

  it.each([
    ["qemu+foo:///system", /unknown transport "foo"/],
    ["qemu+libssh2://h/system", /transport "libssh2" .* not supported .* qemu\+ssh/],
    ["qemu+ext:///system?command=/x", /transport "ext" .* not supported/],
    ["qemu+unix://host/system", /unix transport cannot reach the remote server "host"/],
    ["qemu+ssh://h/system?frobnicate=1", /unknown URI parameter "frobnicate"/],
    ["qemu+ssh://h/system?known_hosts=/x", /"known_hosts" .* not supported/],
    ["qemu+ssh://h/system?sshauth=agent", /"sshauth" .* not supported/],
    ["qemu+tls://h/system?tls_priority=NORMAL", /"tls_priority" .* not supported/],
    ["qemu+ssh://h/system?no_verify=yes", /"no_verify" .* must be an integer/],
    ["qemu+ssh://h/system?proxy=socks", /"proxy" .* must be auto, native or netcat/],
    ["qemu+ssh://h/system?proxy=native&netcat=nc", /"netcat" .* not valid with proxy=native/],
    ["qemu:///system?mode=fast", /"mode" .* must be auto, direct or legacy/],
    ["qemu+ssh://h/system?mode=direct", /"mode=direct" .* cannot be used with the ssh transport/],
    ["qemu+tcp://h:99999/system", /bad port "99999"/],
    ["qemu+tcp://h:abc/system", /bad port "abc"/],
    ["qemu:///system?auth=kerberos", /"auth" .* must be none, polkit or sasl/],
    ["not a uri", /not a libvirt URI/],
  ])("refuses %s with an error naming the problem", (uri, message) => {
    expect(() => parseUri(uri)).toThrow(UriError);
    expect(() => parseUri(uri)).toThrow(message);
  });
});

describe("daemonSocketPath", () => {
  it("prefers the per-driver daemon socket in mode=auto when it exists, else libvirt-sock", () => {
    const u = parseUri("qemu:///system");
    expect(daemonSocketPath(u, (p) => p === "/var/run/libvirt/virtqemud-sock")).toBe("/var/run/libvirt/virtqemud-sock");
    expect(daemonSocketPath(u, none)).toBe("/var/run/libvirt/libvirt-sock");
  });

  it("follows mode=direct, mode=legacy and socket=", () => {
    expect(daemonSocketPath(parseUri("qemu:///system?mode=direct"), none)).toBe("/var/run/libvirt/virtqemud-sock");
    expect(daemonSocketPath(parseUri("qemu:///system?mode=legacy"), () => true)).toBe("/var/run/libvirt/libvirt-sock");
    expect(daemonSocketPath(parseUri("qemu:///system?socket=/tmp/s"), () => true)).toBe("/tmp/s");
  });

  it("uses the monolithic socket for the remote end of ssh, where nothing can be probed", () => {
    expect(daemonSocketPath(parseUri("qemu+ssh://h/system"), () => true)).toBe("/var/run/libvirt/libvirt-sock");
  });
});

describe("URIs in messages", () => {
  it.each([
    ["qemu+ssh://root@kvm01/system?keyfile=/home/op/.ssh/id_kvm&no_verify=1", "qemu+ssh://root@kvm01/system?keyfile=***&no_verify=1"],
    ["qemu+ssh://root:pw%21@kvm01:2222/system", "qemu+ssh://root:***@kvm01:2222/system"],
    ["qemu+tls://kvm01/system?pkipath=/etc/pki/kvm;AuthFile=/root/auth.conf", "qemu+tls://kvm01/system?pkipath=/etc/pki/kvm;AuthFile=***"],
    ["qemu+ssh://kvm01/system?key%66ile=/k", "qemu+ssh://kvm01/system?key%66ile=***"],
    ["qemu:///system", "qemu:///system"],
    ["not a uri ?keyfile=/k", "not a uri ?keyfile=***"],
  ])("redactUri(%s) is %s", (uri, shown) => {
    expect(redactUri(uri)).toBe(shown);
  });

  it("finds the secrets as they may appear elsewhere, raw and decoded, and replaces them in any text", () => {
    const uri = "qemu+ssh://root:pw%21@kvm01/system?keyfile=/home/op/my%20key&no_verify=1";
    expect(uriSecrets(uri).sort()).toEqual(["/home/op/my key", "/home/op/my%20key", "pw!", "pw%21"].sort());
    expect(redactUriIn(`connecting to ${uri} failed: Warning: Identity file /home/op/my key not accessible`, uri)).toBe(
      "connecting to qemu+ssh://root:***@kvm01/system?keyfile=***&no_verify=1 failed: Warning: Identity file *** not accessible",
    );
    expect(uriSecrets("qemu:///system")).toEqual([]);
  });

  it("parse errors quote the URI without its key file", () => {
    expect(() => parseUri("qemu+ssh://root@kvm01/system?keyfile=/home/op/id_kvm&bogus=1")).toThrow(
      'unknown URI parameter "bogus" in "qemu+ssh://root@kvm01/system?keyfile=***&bogus=1"',
    );
  });
});
