// `pulumi preview` of the real program (index.ts) through the test engine, against a host that
// cannot be reached (TEST-NET-1): preview runs only Check and Diff, so it must succeed without any
// libvirt connection, with the outputs the host would assign unknown.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { parse } from "yaml";
import { isSecret, TestEngine, UNKNOWN } from "../../support/engine";
import { REPO_ROOT } from "../../support/provider-host";

const work = mkdtempSync(path.join(tmpdir(), "engine-offline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the dev stack previews against an unreachable host: every resource a create, host-assigned outputs unknown", async () => {
  const config = parse(readFileSync(path.join(REPO_ROOT, "stacks", "Pulumi.dev.yaml"), "utf8")).config;
  config["kvm-infra:uri"] = "qemu+ssh://root@192.0.2.1/system";
  const stateFile = path.join(work, "state.json");
  const e = await TestEngine.start({ projectDir: REPO_ROOT, stack: "offline", config, stateFile });
  const p = await e.preview();
  expect(p.counts).toEqual({ create: 9 });
  const dom = p.outputs.domains["dev-centos7"];
  expect(dom.uuid).toBe(UNKNOWN);
  // The generated password: not known before up, and a secret even so.
  expect(isSecret(dom.vncPassword) && dom.vncPassword.value).toBe(UNKNOWN);
  expect(p.outputs.network.name).toBe("kvm-infra-dev");
  expect(() => readFileSync(stateFile)).toThrow();
}, 300000);
