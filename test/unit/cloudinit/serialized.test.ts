// libvirt/cloudinit as Pulumi's closure serializer packs it into a provider, run in a fresh node
// process: the same seed bytes and instance-id, and errors that keep their name and message.
import { createHash } from "crypto";
import { buildSeed } from "../../../libvirt/cloudinit";
import { serializeAndRun, selfExportReads } from "../rpc/serialized-support";

const SPEC = { hostname: "ser.example.com", network: { device: "eth0", bootproto: "static", address: "10.1.2.3", prefix: 16 } };

const SMOKE = `
const ci = api.cloudinit;
const s = ci.buildSeed(${JSON.stringify(SPEC)});
let err;
try { ci.buildSeed({ hostname: "bad_name", rootPasswordHash: "plain-secret" }); } catch (e) { err = { name: e.name, message: e.message, key: e.key }; }
return { instanceId: s.instanceId, sha: require("crypto").createHash("sha256").update(s.iso).digest("hex"), files: s.files, err };
`;

describe("libvirt/cloudinit serialized as in a Pulumi provider", () => {
  let result: Record<string, unknown>;

  beforeAll(async () => {
    ({ result } = (await serializeAndRun({ cloudinit: "libvirt/cloudinit/index.ts" }, SMOKE)) as {
      text: string;
      result: Record<string, unknown>;
    });
  }, 120000);

  test("no module reads its own exports", () => {
    expect(selfExportReads("libvirt/cloudinit")).toEqual([]);
  });

  test("builds the same seed as the module loaded normally", () => {
    const direct = buildSeed(SPEC as Parameters<typeof buildSeed>[0]);
    expect(result.instanceId).toBe(direct.instanceId);
    expect(result.sha).toBe(createHash("sha256").update(direct.iso).digest("hex"));
    expect(result.files).toEqual(direct.files);
  });

  test("errors keep their name, key and message", () => {
    expect(result.err).toEqual({
      name: "CloudInitError",
      key: "cloudInit.hostname",
      message: "cloudInit.hostname: must be a host name (letters, digits, dashes; dot-separated labels up to 63 characters)",
    });
  });
});
