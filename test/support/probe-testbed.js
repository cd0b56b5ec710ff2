// Synchronous check that the libvirt test bed is up, used by jest.config.js (which cannot await).
// Reads the env file test/testbed/up.sh writes and asks libvirtd, through its unix socket, for the
// auth list: a daemon that answers is reachable; anything else is a reason to skip or fail.
const fs = require("fs");
const { spawnSync } = require("child_process");

const DEFAULT_ENV_FILE = "/var/lib/kvm-infra-testbed/testbed.env";

function testbedEnvFile() {
  return process.env.KVM_INFRA_TESTBED_ENV || DEFAULT_ENV_FILE;
}

/** Parses the KEY=value lines of the test bed's env file. */
function readTestbedEnv(file = testbedEnvFile()) {
  const env = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^'(.*)'$/, "$1");
  }
  return env;
}

// A minimal AUTH_LIST call (program 0x20008086, procedure 66) written in a child process so the
// probe stays synchronous; success means a libvirt daemon answered on the socket.
const PROBE_SCRIPT = `
const net = require("net");
const s = net.connect(process.argv[1]);
const t = setTimeout(() => { console.error("timed out"); process.exit(2); }, 3000);
s.on("error", (e) => { console.error(e.message); process.exit(1); });
s.on("connect", () => {
  const b = Buffer.alloc(28);
  b.writeUInt32BE(28, 0); b.writeUInt32BE(0x20008086, 4); b.writeUInt32BE(1, 8);
  b.writeInt32BE(66, 12); b.writeInt32BE(0, 16); b.writeUInt32BE(1, 20); b.writeInt32BE(0, 24);
  s.write(b);
});
s.on("data", (d) => { clearTimeout(t); process.exit(d.length >= 28 && d.readInt32BE(24) === 0 ? 0 : 3); });
`;

function probeTestbed() {
  const file = testbedEnvFile();
  if (!fs.existsSync(file)) {
    return { ok: false, reason: `no test bed env file at ${file} (run: sudo bash test/testbed/up.sh)` };
  }
  let env;
  try {
    env = readTestbedEnv(file);
  } catch (e) {
    return { ok: false, reason: `cannot read ${file}: ${e.message}` };
  }
  const socket = env.TESTBED_UNIX_SOCKET;
  if (!socket) return { ok: false, reason: `${file} has no TESTBED_UNIX_SOCKET` };
  const r = spawnSync(process.execPath, ["-e", PROBE_SCRIPT, socket], { encoding: "utf8", timeout: 5000 });
  if (r.status !== 0) {
    return { ok: false, reason: `libvirtd does not answer on ${socket}: ${(r.stderr || "").trim() || "exit " + r.status}` };
  }
  return { ok: true, env };
}

module.exports = { probeTestbed, readTestbedEnv, testbedEnvFile };
