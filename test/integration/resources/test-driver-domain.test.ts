// A Domain on libvirt's test driver over ssh (the prod shape's path where QEMU can't go): create
// and delete, the latter through the driver's refusal of the NVRAM undefine flag.
import { domainProvider } from "../../../libvirt";
import { closeAllConnections } from "../../../libvirt/rpc";
import { testbed } from "../../support/testbed";
import { Engine, info, suffix, virshUri } from "./engine";

const tb = testbed();
const doms = new Engine(domainProvider);
const name = `kvmit-res-tdom-${suffix()}`;

afterAll(async () => {
  await closeAllConnections();
});

test("a domain on the test driver is created running and deleted without leftovers", async () => {
  const s = await doms.create({ uri: tb.TESTBED_TEST_URI_SSH, name, virtType: "qemu", memoryMiB: 128, vcpus: 1 });
  expect(info(virshUri(tb.TESTBED_TEST_URI_UNIX, "dominfo", name)).State).toBe("running");
  await doms.delete(s);
  expect(() => virshUri(tb.TESTBED_TEST_URI_UNIX, "dominfo", name)).toThrow(/failed to get domain/);
});
