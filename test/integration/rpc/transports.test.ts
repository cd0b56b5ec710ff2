// Every transport against the test bed's libvirtd: the handshake, the connection-level procedures
// and the host interface lookup, each result checked against virsh over the same URI.
import { readFileSync, mkdtempSync, copyFileSync, rmSync } from "fs";
import { execFileSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { Connection, isNoInterface, Feature } from "./rpc-imports";
import { testbed } from "../../support/testbed";
import { TransportName, uriFor, virsh } from "./helpers";

const transports: TransportName[] = ["unix", "tcp", "tls", "ssh"];

describe.each(transports)("over %s", (t) => {
  const uri = uriFor(t);
  let conn: Connection;

  beforeAll(async () => {
    conn = await Connection.open(uri, { timeoutMs: 20000 });
  });
  afterAll(async () => {
    await conn?.close();
  });

  it("reports the same libvirt and hypervisor versions and hostname as virsh", async () => {
    const lib = await conn.connectGetLibVersion();
    const hv = await conn.connectGetVersion();
    const v = virsh(uri, "version");
    const fmt = (n: number) => `${Math.floor(n / 1e6)}.${Math.floor(n / 1e3) % 1000}.${n % 1000}`;
    expect(v).toContain(`Using library: libvirt ${fmt(lib)}`);
    expect(v).toContain(`Running hypervisor: QEMU ${fmt(hv)}`);
    expect(await conn.connectGetHostname()).toBe(virsh(uri, "hostname"));
  });

  it("reads the same capabilities document as virsh", async () => {
    const caps = await conn.connectGetCapabilities();
    const host = (s: string) => /<uuid>([^<]+)<\/uuid>/.exec(s)?.[1];
    expect(caps).toMatch(/^<capabilities>/);
    expect(host(caps)).toBe(host(virsh(uri, "capabilities")));
  });

  it("says the daemon supports keepalive", async () => {
    expect(await conn.connectSupportsFeature(Feature.PROGRAM_KEEPALIVE)).toBe(true);
  });

  it("finds the test bed's host bridge by interface lookup, with the MAC the kernel has", async () => {
    const bridge = testbed().TESTBED_BRIDGE;
    const iface = await conn.interfaceLookupByName(bridge);
    expect(iface.name).toBe(bridge);
    expect(iface.mac).toBe(readFileSync(`/sys/class/net/${bridge}/address`, "utf8").trim());
    expect(iface.mac).toBe(virsh(uri, "iface-mac", bridge));
    const all = await conn.connectListAllInterfaces();
    const virshNames = virsh(uri, "iface-list", "--all")
      .split("\n")
      .map((l) => l.trim().split(/\s+/)[0])
      .filter(Boolean);
    expect(all.map((i) => i.name).sort()).toEqual(virshNames.sort());
  });

  it("reports an unknown interface as not found (code 57)", async () => {
    const e = await conn.interfaceLookupByName("kvmit-rpc-nope0").catch((x) => x);
    expect(isNoInterface(e)).toBe(true);
    expect(e.codeName).toBe("VIR_ERR_NO_INTERFACE");
  });
});

describe("the test driver", () => {
  it.each([
    ["unix", () => testbed().TESTBED_TEST_URI_UNIX],
    ["ssh", () => testbed().TESTBED_TEST_URI_SSH],
  ])("opens test:///default over %s", async (_t, uri) => {
    const conn = await Connection.open(uri());
    try {
      const pools = (await conn.connectListAllStoragePools()).map((p) => p.name).sort();
      expect(pools).toEqual(virsh(uri(), "pool-list", "--all", "--name").split("\n").filter(Boolean).sort());
    } finally {
      await conn.close();
    }
  });
});

describe("tls certificate checks", () => {
  const tb = () => testbed();
  let otherPki: string;

  beforeAll(() => {
    // A second CA the daemon's certificate was not signed by, with the test bed's client certificate.
    otherPki = mkdtempSync(join(tmpdir(), "kvmit-rpc-pki-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=kvmit-rpc-other-ca",
        "-keyout",
        join(otherPki, "cakey.pem"),
        "-out",
        join(otherPki, "cacert.pem"),
      ],
      { stdio: "ignore" },
    );
    copyFileSync(join(tb().TESTBED_PKI_CLIENT, "clientcert.pem"), join(otherPki, "clientcert.pem"));
    copyFileSync(join(tb().TESTBED_PKI_CLIENT, "clientkey.pem"), join(otherPki, "clientkey.pem"));
  });
  afterAll(() => rmSync(otherPki, { recursive: true, force: true }));

  it("refuses a server certificate that the CA at pkipath did not sign", async () => {
    const uri = `qemu+tls://127.0.0.1:16514/system?pkipath=${otherPki}`;
    await expect(Connection.open(uri, { timeoutMs: 10000 })).rejects.toThrow(/certificate/i);
  });

  it("skips the server certificate check with no_verify=1, as libvirt does", async () => {
    const conn = await Connection.open(`qemu+tls://127.0.0.1:16514/system?pkipath=${otherPki}&no_verify=1`, { timeoutMs: 10000 });
    try {
      expect(await conn.connectGetLibVersion()).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
  });

  it("names the missing CA file when pkipath points nowhere", async () => {
    await expect(Connection.open("qemu+tls://127.0.0.1:16514/system?pkipath=/nonexistent-kvmit-rpc")).rejects.toThrow(
      "/nonexistent-kvmit-rpc/cacert.pem",
    );
  });
});

describe("ssh proxies", () => {
  it.each(["netcat", "native", "auto"])("reaches the daemon with proxy=%s", async (proxy) => {
    const conn = await Connection.open(`${uriFor("ssh")}&proxy=${proxy}`);
    try {
      expect(await conn.connectGetHostname()).toBe(virsh(uriFor("unix"), "hostname"));
    } finally {
      await conn.close();
    }
  });

  it("reaches the daemon through an explicit socket= with nc", async () => {
    const conn = await Connection.open(`${uriFor("ssh")}&socket=${testbed().TESTBED_UNIX_SOCKET}`);
    try {
      expect(await conn.connectGetLibVersion()).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
  });
});

describe("many calls in flight on one connection", () => {
  it("routes 200 concurrent calls over ssh to the right callers", async () => {
    const conn = await Connection.open(uriFor("ssh"));
    try {
      const names = ["kvmit-rpc-nope-a", "kvmit-rpc-nope-b"];
      const calls = Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0 ? conn.connectGetHostname() : conn.interfaceLookupByName(names[i % 4 === 1 ? 0 : 1]).catch((e) => e),
      );
      const results = await Promise.all(calls);
      const hostname = virsh(uriFor("unix"), "hostname");
      results.forEach((r, i) => {
        if (i % 2 === 0) expect(r).toBe(hostname);
        else {
          expect(isNoInterface(r)).toBe(true);
          expect((r as Error).message).toContain(names[i % 4 === 1 ? 0 : 1]);
        }
      });
    } finally {
      await conn.close();
    }
  });
});
