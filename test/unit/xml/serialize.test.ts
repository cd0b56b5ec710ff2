// libvirt/xml runs inside Pulumi dynamic providers: it must survive Pulumi's closure serializer
// and work from the serialized text alone, in a fresh node process.
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync, rmSync } from "fs";
import { join } from "path";
import { tmpdir } from "os";

const ROOT = join(__dirname, "../../..");

// Step 1 (fresh node, TypeScript loader as the nodejs language host has): serialize a function
// using every entry point. Step 2 (fresh node, no loader): run the serialized text.
const SERIALIZE = `
const ts = require(require.resolve("typescript", { paths: [process.cwd()] }));
const fs = require("fs");
require.extensions[".ts"] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, esModuleInterop: true, useDefineForClassFields: false },
    fileName: filename,
  });
  m._compile(out.outputText, filename);
};
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [process.cwd()] }));
const x = require(process.cwd() + "/libvirt/xml/index.ts");
const factory = () => (domainXml) => {
  const d = x.parseDomainXml(domainXml);
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
};
pulumi.runtime.serializeFunction(factory, { isFactoryFunction: true }).then((s) => {
  fs.writeFileSync(process.argv[2], s.text + "\\nmodule.exports = exports." + s.exportName + ";\\n");
}).catch((e) => { console.error(e.message); process.exit(1); });
`;

const RUN = `
const f = require(process.argv[2]);
process.stdout.write(JSON.stringify(f("<domain type='qemu'><name>a &amp; b</name><memory unit='MiB'>1</memory></domain>")));
`;

test("the serialized module parses, writes and diffs in a fresh process", () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmit-xml-serialize-"));
  try {
    writeFileSync(join(dir, "serialize.js"), SERIALIZE);
    writeFileSync(join(dir, "run.js"), RUN);
    const text = join(dir, "provider.js");
    execFileSync(process.execPath, [join(dir, "serialize.js"), text], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    // From an empty directory, so nothing resolves from the repo except node_modules via NODE_PATH.
    const out = execFileSync(process.execPath, [join(dir, "run.js"), text], {
      cwd: dir, encoding: "utf8", timeout: 60000, env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    const r = JSON.parse(out);
    expect(r.domain).toBe(`<domain type="qemu">\n  <name>a &amp; b</name>\n  <memory unit="MiB">1</memory>\n</domain>\n`);
    expect(r.domainDiff).toEqual([{ path: "/domain/memory", defined: "1 MiB", live: "2048 KiB" }]);
    expect(r.networkDiff).toEqual([{ path: "/network/forward/@mode", defined: "nat", live: "route" }]);
    expect(r.poolDiff).toEqual([]);
    expect(r.volumeBytes).toBe(1024 ** 3);
    expect(r.volume).toContain(`<capacity unit="G">1</capacity>`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
