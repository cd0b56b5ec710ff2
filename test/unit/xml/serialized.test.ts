// libvirt/xml as a Pulumi provider reaches it (the installed package, required by the provider
// text), run in a fresh node process:
// the same parsing, writing and drift checks give the same answers as the module loaded normally.
import * as xml from "../../../libvirt/xml";
import { serializeAndRun, selfExportReads } from "../rpc/serialized-support";
import { fixture } from "./support";

const FIXTURES = {
  domain: fixture("domain-rich.inactive.xml"),
  domainLive: fixture("domain-rich.live.xml"),
  network: fixture("network-bridge.inactive.xml"),
  pool: fixture("pool-dir.inactive.xml"),
  volume: fixture("volume-raw.xml"),
};

// Runs against `xml` and `fx` both in the provider process and here, unserialized.
const OPERATIONS = `
const out = {};
const dom = xml.parseDomainXml(fx.domain);
out.libosinfo = dom.metadata.libosinfo;
out.features = dom.features;
out.domainXml = xml.domainToXml(dom);
out.domainDrift = xml.diffDomain({ ...dom, features: { ...dom.features, acpi: false, pae: true } }, xml.parseDomainXml(fx.domainLive));
const net = xml.parseNetworkXml(fx.network);
out.networkXml = xml.networkToXml(net);
out.networkDrift = xml.diffNetwork({ ...net, bridge: { ...net.bridge, name: "br9" } }, net);
const pool = xml.parseStoragePoolXml(fx.pool);
out.poolDrift = xml.diffStoragePool({ ...pool, target: { ...pool.target, path: "/elsewhere" } }, pool);
const vol = xml.parseStorageVolumeXml(fx.volume);
out.volumeDrift = xml.diffStorageVolume({ ...vol, capacity: { value: 1, unit: "GiB" } }, vol);
return out;
`;

describe("libvirt/xml serialized as in a Pulumi provider", () => {
  let text: string;
  let serialized: Record<string, unknown>;
  let direct: Record<string, unknown>;

  beforeAll(async () => {
    const smoke = `const xml = api.xml;\nconst fx = ${JSON.stringify(FIXTURES)};\n${OPERATIONS}`;
    ({ text, result: serialized } = (await serializeAndRun({ xml: "libvirt/xml/index.ts" }, smoke)) as {
      text: string;
      result: Record<string, unknown>;
    });
    const run = new Function("xml", "fx", OPERATIONS) as (x: typeof xml, fx: typeof FIXTURES) => unknown;
    direct = JSON.parse(JSON.stringify(run(xml, FIXTURES)));
  }, 120000);

  test("the provider text loads libvirt/xml from the installed package instead of carrying it", () => {
    expect(text).toContain('require("@kvm-infra/libvirt/xml/index.js")');
    expect(text.length).toBeLessThan(2000);
  });

  test("the provider text reads no module's exports as `exports.X`", () => {
    expect([...new Set(text.match(/\bexports\.(?!handler\b)[A-Za-z_$][\w$]*/g) ?? [])]).toEqual([]);
  });

  test("the libosinfo metadata and the feature flags are read", () => {
    expect(serialized.libosinfo).toEqual({ os: { id: "http://centos.org/centos/7.0" } });
    expect(serialized.features).toEqual({ acpi: true, apic: true, vmport: { state: "off" } });
  });

  test("documents are written as the unserialized module writes them", () => {
    expect(serialized.domainXml).toBe(direct.domainXml);
    expect(serialized.domainXml).toContain('xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0"');
    expect(serialized.networkXml).toBe(direct.networkXml);
  });

  test("drift of each document kind is reported as the unserialized module reports it", () => {
    expect(serialized.domainDrift).toEqual([
      { path: "/domain/features/pae", defined: "present" },
      { path: "/domain/features/acpi", live: "present" },
    ]);
    expect(serialized.networkDrift).toEqual([{ path: "/network/bridge/@name", defined: "br9", live: "kvmitbr0" }]);
    expect(serialized.poolDrift).toEqual([
      { path: "/pool/target/path", defined: "/elsewhere", live: "/var/lib/libvirt/images/kvmit-xml-fx" },
    ]);
    expect(serialized.volumeDrift).toEqual([{ path: "/volume/capacity", defined: "1 GiB", live: "8388608 bytes" }]);
    expect(serialized).toEqual(direct);
  });
});

describe("libvirt/xml sources", () => {
  test("no module reads its own export const (compiled to `exports.X`, left as such in provider texts)", () => {
    expect(selfExportReads("libvirt/xml")).toEqual([]);
  });
});
