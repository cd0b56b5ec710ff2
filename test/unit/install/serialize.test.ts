// The Domain provider calls runInstall from its create, so everything it reaches must survive
// Pulumi's closure serializer (a dynamic provider's code is shipped as text and run from it).
import * as pulumi from "@pulumi/pulumi";
import { createServer, Server } from "http";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as install from "../../../libvirt/install";
import { FakeConnection } from "./fake-connection";

let server: Server;
let location: string;
let dir: string;

beforeAll(async () => {
  const files: Record<string, Buffer> = {
    "/t/.treeinfo": Buffer.from("[general]\narch = x86_64\n[images-x86_64]\nkernel = k\ninitrd = i\n"),
    "/t/k": Buffer.from("kernel"),
    "/t/i": Buffer.from("initrd"),
  };
  server = createServer((req, res) => {
    const body = files[req.url ?? ""];
    if (body) res.writeHead(200, { "content-length": body.length }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  location = `http://127.0.0.1:${(server.address() as { port: number }).port}/t/`;
  dir = mkdtempSync(join(tmpdir(), "kvmit-inst-ser-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((r) => server.close(() => r()));
});

describe("libvirt/install under Pulumi's closure serializer", () => {
  it("serializes runInstall and the phase helpers, and the serialized text installs", async () => {
    const { runInstall, installPhaseInputs, finalPhaseInputs, installCmdline } = install;
    const fn = await pulumi.runtime.serializeFunction(async () => ({ runInstall, installPhaseInputs, finalPhaseInputs, installCmdline }));
    const file = join(dir, "serialized.js");
    writeFileSync(file, fn.text);

    const shipped: typeof install = await require(file)[fn.exportName]();
    expect(shipped.installCmdline({ location })).toBe(`console=ttyS0,115200 inst.repo=${location} inst.ks=file:/ks.cfg`);

    const conn = new FakeConnection();
    try {
      const result = await shipped.runInstall(conn, {
        name: "kvmit-inst-ser",
        location,
        kickstart: { hostname: "ser.example.test", rootPasswordHash: "$6$salt$abcdefghijkl" },
        pollIntervalMs: 10,
        buildXml: (p) => `<domain><name>kvmit-inst-ser</name><log file='${p.consoleLogFile}'/></domain>`,
      });
      expect(result.stoppedBy).toBe("shutdown");
      expect(conn.uploads.map((u) => u.name)).toEqual(["kvmit-inst-ser-install-vmlinuz", "kvmit-inst-ser-install-initrd.img"]);
    } finally {
      conn.dispose();
    }
  }, 60000);

  it("keeps the messages and names of its errors, and refers to no module's exports", async () => {
    const { InstallError, FetchError, KickstartError, fetchBuffer, generateKickstart, writeCpio, cpioFile, ensureScratchPool } = install;
    const fn = await pulumi.runtime.serializeFunction(async () => ({
      InstallError,
      FetchError,
      KickstartError,
      fetchBuffer,
      generateKickstart,
      writeCpio,
      cpioFile,
      ensureScratchPool,
    }));
    // A module reading its own `export const` leaves `exports.X`, undefined once shipped.
    expect([...new Set(fn.text.match(/\bexports\.(?!handler\b)[A-Za-z_$][\w$]*/g) ?? [])]).toEqual([]);
    const file = join(dir, "errors.js");
    writeFileSync(file, fn.text);

    const shipped: typeof install = await require(file)[fn.exportName]();
    const ie = new shipped.InstallError("installing x: timed out", ["line 1"]);
    expect([ie.name, ie.message]).toEqual(["InstallError", "installing x: timed out\nlast 1 lines of the serial console:\n  | line 1"]);
    const fe = (await shipped.fetchBuffer(`${location}missing`).catch((e: Error) => e)) as Error;
    expect([fe.name, fe.message]).toEqual(["FetchError", `downloading ${location}missing: HTTP 404 Not Found`]);
    let ke: Error | undefined;
    try {
      shipped.generateKickstart({ hostname: "-bad-", rootPasswordHash: "$6$s$h" }, location);
    } catch (e) {
      ke = e as Error;
    }
    expect([ke?.name, ke?.message]).toEqual(["KickstartError", 'kickstart.hostname: "-bad-" is not a valid host name']);
    // CpioType is read inside cpio.ts: the archive's type bits must survive.
    expect(shipped.writeCpio([shipped.cpioFile("ks.cfg", "x")]).toString("latin1", 14, 22)).toBe("000081a4");
  }, 60000);
});
