// Hostile strings in every free-text field: written escaped, valid for libvirt's schema, and read
// back character for character.
import {
  Domain,
  Network,
  StoragePool,
  StorageVolume,
  domainToXml,
  parseDomainXml,
  networkToXml,
  parseNetworkXml,
  storagePoolToXml,
  parseStoragePoolXml,
  storageVolumeToXml,
  parseStorageVolumeXml,
} from "../../../libvirt/xml";
import { centosDomain, natNetwork, logicalPool, rawVolume } from "./shapes";
import { HOSTILE, HOSTILE_LINE, schemaErrors } from "./support";

/** Names may hold anything but '/' and newlines. */
const NAME = `kvmit-xml-<&"']]>&amp; é`;
const PATH = `/var/lib/libvirt/images/kvmit-xml <&"']]> &amp;.img`;

export function hostileDomain(): Domain {
  const d = centosDomain({ name: NAME, title: HOSTILE_LINE, description: HOSTILE, disk: PATH, passwd: `<&"']]>` });
  d.features = { apic: true };
  d.metadata!.elements = [
    { name: "kvmit:note", attributes: { "xmlns:kvmit": "urn:kvm-infra:test", note: HOSTILE }, children: [{ text: HOSTILE }] },
  ];
  d.os!.kernel = `${PATH}.kernel`;
  d.os!.initrd = `${PATH}.initrd`;
  d.os!.cmdline = `inst.repo=http://x/?a=1&b=<2> "q" 'a' ${HOSTILE_LINE}`;
  d.devices!.emulator = "/usr/bin/qemu-system-x86_64";
  d.devices!.channels![0].source = { type: "unix", mode: "bind", path: `${PATH}.sock` };
  d.devices!.serials!.push({ source: { type: "file", path: `${PATH}.log` }, target: { port: 1 } });
  d.devices!.rngs![0].backend = { model: "random", device: "/dev/urandom" };
  return d;
}

const cases: [string, () => unknown, (d: never) => string, (x: string) => unknown, "domain" | "network" | "storagepool" | "storagevol"][] =
  [
    ["domain", hostileDomain, domainToXml, parseDomainXml, "domain"],
    ["network", (): Network => natNetwork({ name: NAME, txt: HOSTILE }), networkToXml, parseNetworkXml, "network"],
    [
      "storage pool",
      (): StoragePool => ({ ...logicalPool({ name: NAME, device: PATH }), target: { path: PATH } }),
      storagePoolToXml,
      parseStoragePoolXml,
      "storagepool",
    ],
    [
      "storage volume",
      (): StorageVolume => ({
        ...rawVolume({ name: `${NAME} ${HOSTILE_LINE.replace(/\//g, "")}` }),
        target: { path: PATH, format: { type: "qcow2" } },
        backingStore: { path: `${PATH}.base`, format: { type: "raw" } },
      }),
      storageVolumeToXml,
      parseStorageVolumeXml,
      "storagevol",
    ],
  ];

describe.each(cases)("a %s with hostile strings", (_kind, make, write, parse, schema) => {
  const doc = make();
  const xml = write(doc as never);

  test("reads back exactly", () => {
    expect(parse(xml)).toEqual(doc);
  });

  test("passes libvirt's schema", () => {
    expect(schemaErrors(xml, schema)).toBeUndefined();
  });

  test("never contains a raw markup character from the input", () => {
    expect(xml).not.toContain("]]>");
    expect(xml).not.toMatch(/<&|<\/x>/);
  });
});
