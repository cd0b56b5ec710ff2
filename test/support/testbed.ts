// The test bed's names and URIs, as test/testbed/up.sh wrote them, for integration tests.
import { readTestbedEnv, testbedEnvFile } from "./probe-testbed";

export interface Testbed {
  TESTBED_DIR: string;
  TESTBED_UNIX_SOCKET: string;
  TESTBED_URI_UNIX: string;
  TESTBED_URI_TCP: string;
  TESTBED_URI_TLS: string;
  TESTBED_URI_SSH: string;
  TESTBED_TEST_URI_UNIX: string;
  TESTBED_TEST_URI_SSH: string;
  TESTBED_PKI_CLIENT: string;
  TESTBED_SSH_PORT: string;
  TESTBED_SSH_KEY: string;
  TESTBED_SSH_KNOWN_HOSTS: string;
  TESTBED_SSHD_PID_FILE: string;
  TESTBED_LIBVIRTD_PID_FILE: string;
  TESTBED_LIBVIRTD_CONF: string;
  TESTBED_VG: string;
  TESTBED_VG_DEVICE: string;
  TESTBED_SPARE_DEVICE: string;
  TESTBED_BRIDGE: string;
  TESTBED_POOL_DIR: string;
  TESTBED_KERNEL: string;
}

let cached: Testbed | undefined;

/** The test bed's env file, read once per test file. */
export function testbed(): Testbed {
  if (!cached) cached = readTestbedEnv(testbedEnvFile()) as unknown as Testbed;
  return cached;
}
