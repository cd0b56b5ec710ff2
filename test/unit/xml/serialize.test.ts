// libvirt/xml runs inside Pulumi dynamic providers: it must survive Pulumi's closure serializer
// and work from the serialized text alone, in a fresh node process.
import { serializeAndRun } from "../rpc/serialized-support";

// Every entry point, called from the serialized text.
const SMOKE = `
const x = api.x;
const d = x.parseDomainXml("<domain type='qemu'><name>a &amp; b</name><memory unit='MiB'>1</memory></domain>");
const n = x.parseNetworkXml("<network><name>n</name><forward mode='nat'/></network>");
const p = x.parseStoragePoolXml("<pool type='dir'><name>p</name><target><path>/p/</path></target></pool>");
const v = x.parseStorageVolumeXml("<volume><name>v</name><capacity unit='G'>1</capacity></volume>");
const live = Object.assign({}, d, { memory: { value: 2048, unit: "KiB" } });
return {
  domain: x.domainToXml(d),
  domainDiff: x.diffDomain(d, live),
  network: x.networkToXml(n),
  networkDiff: x.diffNetwork(n, Object.assign({}, n, { forward: { mode: "route" } })),
  pool: x.storagePoolToXml(p),
  poolDiff: x.diffStoragePool(p, x.parseStoragePoolXml("<pool type='dir'><name>p</name><target><path>/p</path></target></pool>")),
  volumeBytes: x.toBytes(v.capacity),
  volume: x.storageVolumeToXml(v),
};
`;

test("the serialized module parses, writes and diffs in a fresh process", async () => {
  const r = (await serializeAndRun({ x: "libvirt/xml/index.ts" }, SMOKE)).result as Record<string, unknown>;
  expect(r.domain).toBe(`<domain type="qemu">\n  <name>a &amp; b</name>\n  <memory unit="MiB">1</memory>\n</domain>\n`);
  expect(r.domainDiff).toEqual([{ path: "/domain/memory", defined: "1 MiB", live: "2048 KiB" }]);
  expect(r.networkDiff).toEqual([{ path: "/network/forward/@mode", defined: "nat", live: "route" }]);
  expect(r.poolDiff).toEqual([]);
  expect(r.volumeBytes).toBe(1024 ** 3);
  expect(r.volume).toContain(`<capacity unit="G">1</capacity>`);
}, 120000);
