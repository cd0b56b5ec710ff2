// The seed builder: documents generated from the kickstart's options, an instance-id that moves
// exactly with the data, identical bytes for identical inputs, and errors that name the key but
// never carry a hash or a key.
import { buildSeed, CloudInitError, CloudInitSpec, seedInstanceId, seedVolumeName } from "../../../libvirt/cloudinit";

const HASH = "$6$rounds=4096$saltsalt$QmNpvJq0zv7tU3nJqjv8cKJm8x0c3aN7dTrq4JqvLw0pZ3b6m8pC1nTq9c2jQqS2.Yx4z8N5aQkE1dPp2r3s4/";
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHkvmInfraTestKeyOnlyForUnitTests0123456789ab ops@example";
const base = { hostname: "web1.example.com", sshAuthorizedKeys: [KEY], rootPasswordHash: HASH };

describe("buildSeed from options", () => {
  const seed = buildSeed(base);

  it("writes #cloud-config for root with the hash, the key and the host name", () => {
    expect(seed.files["user-data"]).toBe(
      [
        "#cloud-config",
        'hostname: "web1"',
        'fqdn: "web1.example.com"',
        "preserve_hostname: false",
        "users:",
        "  - name: root",
        "    lock_passwd: false",
        `    hashed_passwd: ${JSON.stringify(HASH)}`,
        "    ssh_authorized_keys:",
        `      - ${JSON.stringify(KEY)}`,
        "disable_root: false",
        "",
      ].join("\n"),
    );
  });

  it("locks root's password when no hash is given", () => {
    const s = buildSeed({ hostname: "web1" });
    expect(s.files["user-data"]).toContain("    lock_passwd: true\n");
    expect(s.files["user-data"]).not.toContain("hashed_passwd");
    expect(s.files["user-data"]).not.toContain("fqdn");
  });

  it("puts instance-id and local-hostname in meta-data", () => {
    expect(seed.files["meta-data"]).toBe(`instance-id: ${seed.instanceId}\nlocal-hostname: "web1.example.com"\n`);
    expect(seed.instanceId).toMatch(/^iid-[0-9a-f]{16}$/);
  });

  it("has no network-config for DHCP without a named device (cloud-init's fallback)", () => {
    expect(seed.files["network-config"]).toBeUndefined();
    expect(buildSeed({ hostname: "web1", network: { bootproto: "dhcp" } }).files["network-config"]).toBeUndefined();
  });

  it("writes a static network as network-config version 2", () => {
    const s = buildSeed({
      hostname: "web1",
      network: {
        device: "eth0",
        macAddress: "52:54:00:AB:CD:EF",
        bootproto: "static",
        address: "192.168.1.10",
        prefix: 24,
        gateway: "192.168.1.1",
        dns: ["1.1.1.1", "8.8.8.8"],
      },
    });
    expect(s.files["network-config"]).toBe(
      [
        "version: 2",
        "ethernets:",
        '  "eth0":',
        "    match:",
        '      macaddress: "52:54:00:ab:cd:ef"',
        '    set-name: "eth0"',
        "    dhcp4: false",
        '    addresses: ["192.168.1.10/24"]',
        "    routes:",
        '      - to: "0.0.0.0/0"',
        '        via: "192.168.1.1"',
        "    nameservers:",
        '      addresses: ["1.1.1.1", "8.8.8.8"]',
        "",
      ].join("\n"),
    );
  });

  it("builds the same bytes and instance-id from the same inputs", () => {
    const again = buildSeed({ ...base, sshAuthorizedKeys: [...base.sshAuthorizedKeys] });
    expect(again.instanceId).toBe(seed.instanceId);
    expect(again.iso.equals(seed.iso)).toBe(true);
  });
});

describe("instance-id", () => {
  const id = (spec: CloudInitSpec) => buildSeed(spec).instanceId;
  const ref = id(base);

  it.each<[string, CloudInitSpec]>([
    ["the host name", { ...base, hostname: "web2.example.com" }],
    ["a key", { ...base, sshAuthorizedKeys: [KEY.replace("ops@", "dev@")] }],
    ["the password hash", { ...base, rootPasswordHash: HASH.replace("saltsalt", "saltsal2") }],
    ["root lock (no hash)", { hostname: base.hostname, sshAuthorizedKeys: base.sshAuthorizedKeys }],
    ["the network", { ...base, network: { device: "eth0" } }],
  ])("changes when %s changes", (_what, spec) => {
    expect(id(spec)).not.toBe(ref);
  });

  it("does not change for options that produce the same documents", () => {
    expect(id({ ...base, sshAuthorizedKeys: [`  ${KEY}  `] })).toBe(ref);
    expect(id({ ...base, network: { bootproto: "dhcp" } })).toBe(ref);
  });

  it("changes with any of the three text documents", () => {
    const t = { userData: "#cloud-config\n", metaData: "local-hostname: a\n", networkConfig: "version: 2\n" };
    const r = id(t);
    expect(id(t)).toBe(r);
    expect(id({ ...t, userData: "#cloud-config\n# x\n" })).not.toBe(r);
    expect(id({ ...t, metaData: "local-hostname: b\n" })).not.toBe(r);
    expect(id({ ...t, networkConfig: "version: 2\n# x\n" })).not.toBe(r);
    expect(id({ userData: t.userData, metaData: t.metaData })).not.toBe(r);
    expect(r).toBe(seedInstanceId(t));
  });

  it("keeps an instance-id the operator wrote in meta-data, and the text as given", () => {
    const s = buildSeed({ userData: "#cloud-config\n", metaData: "instance-id: 'mine-1'\nlocal-hostname: a\n" });
    expect(s.instanceId).toBe("mine-1");
    expect(s.files["meta-data"]).toBe("instance-id: 'mine-1'\nlocal-hostname: a\n");
  });

  it("adds instance-id after a document start marker and into JSON meta-data", () => {
    const a = buildSeed({ userData: "#cloud-config\n", metaData: "---\nlocal-hostname: a\n" });
    expect(a.files["meta-data"]).toBe(`---\ninstance-id: ${a.instanceId}\nlocal-hostname: a\n`);
    const b = buildSeed({ userData: "#cloud-config\n", metaData: '{"local-hostname": "a"}' });
    expect(JSON.parse(b.files["meta-data"])).toEqual({ "instance-id": b.instanceId, "local-hostname": "a" });
    const c = buildSeed({ userData: "#cloud-config\n" });
    expect(c.files["meta-data"]).toBe(`instance-id: ${c.instanceId}\n`);
  });
});

describe("bad input", () => {
  const errorOf = (spec: unknown): CloudInitError => {
    try {
      buildSeed(spec as CloudInitSpec);
    } catch (e) {
      return e as CloudInitError;
    }
    throw new Error("no error");
  };

  it.each<[string, unknown, string]>([
    [
      "not an object",
      "x",
      "cloudInit: must be an object: { userData, metaData?, networkConfig? } or { hostname, sshAuthorizedKeys?, rootPasswordHash?, network? }",
    ],
    ["neither shape", {}, "cloudInit: needs userData (the documents as text) or hostname (generated from options)"],
    ["metaData without userData", { metaData: "a: 1\n" }, "cloudInit.userData: is required with metaData or networkConfig"],
    [
      "unknown text key",
      { userData: "#cloud-config\n", vendorData: "" },
      "cloudInit.vendorData: unknown key; accepted: userData, metaData, networkConfig",
    ],
    [
      "a control character",
      { userData: "#cloud-config\n\x01" },
      "cloudInit.userData: must not contain control characters other than tab and newline",
    ],
    [
      "bad host name",
      { hostname: "web_1" },
      "cloudInit.hostname: must be a host name (letters, digits, dashes; dot-separated labels up to 63 characters)",
    ],
    [
      "unknown option",
      { hostname: "a", sshKey: "x" },
      "cloudInit.sshKey: unknown key; accepted: hostname, sshAuthorizedKeys, rootPasswordHash, network",
    ],
    [
      "static without device",
      { hostname: "a", network: { bootproto: "static", address: "10.0.0.2", prefix: 24 } },
      'cloudInit.network.device: is required for bootproto "static" (e.g. "eth0" or "enp1s0")',
    ],
    [
      "static without address",
      { hostname: "a", network: { device: "eth0", bootproto: "static", prefix: 24 } },
      "cloudInit.network.address: must be an IPv4 address for bootproto static",
    ],
    [
      "bad prefix",
      { hostname: "a", network: { device: "eth0", bootproto: "static", address: "10.0.0.2", prefix: 33 } },
      "cloudInit.network.prefix: must be an integer 1-32 for bootproto static",
    ],
    [
      "bad dns",
      { hostname: "a", network: { device: "eth0", bootproto: "static", address: "10.0.0.2", prefix: 8, dns: ["1.1.1"] } },
      "cloudInit.network.dns[0]: must be an IPv4 address",
    ],
    ["address with dhcp", { hostname: "a", network: { address: "10.0.0.2" } }, 'cloudInit.network.address: is only for bootproto "static"'],
    ["bad bootproto", { hostname: "a", network: { bootproto: "ibft" } }, 'cloudInit.network.bootproto: must be "dhcp" or "static"'],
    [
      "mac without device",
      { hostname: "a", network: { macAddress: "52:54:00:00:00:01" } },
      "cloudInit.network.device: is required with macAddress (the name the interface gets)",
    ],
    [
      "bad mac",
      { hostname: "a", network: { device: "eth0", macAddress: "52:54:00" } },
      "cloudInit.network.macAddress: must be a MAC address like 52:54:00:12:34:56",
    ],
    ["empty given instance-id", { userData: "#cloud-config\n", metaData: "instance-id: ''\n" }, "cloudInit.metaData: instance-id is empty"],
    [
      "flow meta-data not JSON",
      { userData: "#cloud-config\n", metaData: "{a: 1}" },
      "cloudInit.metaData: is a flow mapping that is not JSON: add instance-id to it or write it as a block mapping",
    ],
  ])("%s", (_what, spec, message) => {
    const e = errorOf(spec);
    expect(e.name).toBe("CloudInitError");
    expect(e.message).toBe(message);
  });

  it("names the key of a bad password hash without showing the value", () => {
    const secret = "hunter2-plain-text-not-a-hash";
    const e = errorOf({ hostname: "a", rootPasswordHash: secret });
    expect(e.key).toBe("cloudInit.rootPasswordHash");
    expect(`${e.message}\n${e.stack}\n${JSON.stringify(e)}`).not.toContain(secret);
  });

  it("names the bad ssh key by index without showing it", () => {
    const bad = "ssh-ed25519 AAAA$$not-base64 secret-comment";
    const e = errorOf({ hostname: "a", sshAuthorizedKeys: [KEY, bad] });
    expect(e.message).toBe("cloudInit.sshAuthorizedKeys[1]: is not an OpenSSH public key (type, base64 blob, optional comment)");
    expect(`${e.message}\n${e.stack}\n${JSON.stringify(e)}`).not.toContain("secret-comment");
  });

  it("keeps the hash out of every error raised after it was accepted", () => {
    const e = errorOf({ hostname: "a_b", rootPasswordHash: HASH, sshAuthorizedKeys: [KEY] });
    const text = `${e.message}\n${e.stack}\n${JSON.stringify(e)}`;
    expect(text).not.toContain(HASH);
    expect(text).not.toContain(KEY.split(" ")[1]);
  });

  it("takes a custom key prefix for config paths", () => {
    expect(() => buildSeed({ hostname: "-" }, "domains[0].cloudInit")).toThrow(/^domains\[0\]\.cloudInit\.hostname: must be a host name/);
  });
});

describe("seedVolumeName", () => {
  it("names the seed volume after the domain", () => {
    expect(seedVolumeName("web1")).toBe("web1-cidata.iso");
  });
});
