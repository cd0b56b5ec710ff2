// libvirt/rpc/gen/*.gen.ts are what tools/generate-rpc makes of libvirt's source today:
// `npm run generate:rpc -- --check` regenerates them in memory and compares byte for byte (in a
// child process: prettier, which formats the output, cannot load inside jest's VM). Without the
// source (LIBVIRT_SRC, or where .ci/libvirt-src.sh unpacks it) this is skipped, unless
// REQUIRE_LIBVIRT=1 makes that a failure.
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEFAULT_SRC } from "../../../tools/generate-rpc/source";

const src = process.env.LIBVIRT_SRC ?? DEFAULT_SRC;
const present = existsSync(join(src, "src/remote/remote_protocol.x"));
const required = process.env.REQUIRE_LIBVIRT === "1";
const repo = join(__dirname, "..", "..", "..");

function check(out: string) {
  const r = spawnSync(
    process.execPath,
    [require.resolve("ts-node/dist/bin"), "--transpile-only", "tools/generate-rpc/main.ts", "--check", "--src", src, "--out", out],
    {
      cwd: repo,
      encoding: "utf8",
    },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

if (!present && !required) {
  process.stderr.write(`libvirt/rpc/gen check skipped: no libvirt source at ${src} (.ci/libvirt-src.sh fetches it)\n`);
}
const maybe = present || required ? it : it.skip;

describe("the generated RPC code", () => {
  maybe(
    `is what ${src} generates (else run npm run generate:rpc)`,
    () => {
      expect(present).toBe(true);
      const r = check(repo);
      expect(r.output).toContain("libvirt/rpc/gen is current");
      expect(r.status).toBe(0);
    },
    120000,
  );

  maybe(
    "fails, naming the file and line, when a generated file was edited",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "kvmit-gen-"));
      try {
        cpSync(join(repo, "libvirt/rpc/gen"), join(dir, "libvirt/rpc/gen"), { recursive: true });
        const p = join(dir, "libvirt/rpc/gen/flags.gen.ts");
        writeFileSync(p, readFileSync(p, "utf8").replace("  SECURE: 1,", "  SECURE: 3,"));
        const r = check(dir);
        expect(r.status).toBe(1);
        expect(r.output).toMatch(
          /libvirt\/rpc\/gen\/flags\.gen\.ts differs .*first at line \d+:\n {2}committed: {3}SECURE: 3,\n {2}generated: {3}SECURE: 1,/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120000,
  );
});
