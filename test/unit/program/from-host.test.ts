// The live host mapped back to the stack config (npm run discover's mapping), on XML libvirt and
// virt-install wrote: values as the providers read them back, what the schema cannot say as notes,
// and never a VNC password.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { configFromHost, HostSnapshot } from "../../../components/config/from-host";
import { validateStackConfig } from "../../../components/config";
import { ROOT } from "./stack-files";

const fixture = (f: string) => fs.readFileSync(path.join(ROOT, "test/fixtures/xml", f), "utf8");
const GIB = 1024 ** 3;

/** virt-install's runbook domain, its disk a volume in the logical pool as `--disk vol=pool/vol` writes it. */
function runbookHost(change: (xml: string) => string = (x) => x): HostSnapshot {
  const domain = change(
    fixture("virt-install.final.xml").replace(
      /<disk type="file" device="disk">[\s\S]*?<\/disk>/,
      '<disk type="volume" device="disk"><driver name="qemu" type="raw"/><source pool="kvmit-xml-fx-lvm" volume="kvmit-xml-vi"/><target dev="vda" bus="virtio"/></disk>',
    ),
  );
  const volume = fixture("volume-raw.xml")
    .replace(/kvmit-xml-fx-vol\.img/g, "kvmit-xml-vi")
    .replace(/<capacity unit='bytes'>\d+</, `<capacity unit='bytes'>${64 * GIB}<`)
    .replace(/<allocation unit='bytes'>\d+</, `<allocation unit='bytes'>${64 * GIB}<`);
  return {
    uri: "qemu+ssh://root@kvm01.example.com/system",
    pools: [{ xml: fixture("pool-logical.inactive.xml"), autostart: true, volumes: { "kvmit-xml-vi": volume } }],
    networks: [{ xml: fixture("network-bridge.inactive.xml"), autostart: true }],
    domains: [{ xml: domain, autostart: true, running: true, hasVncPassword: true }],
  };
}

describe("configFromHost", () => {
  it("writes the runbook host as the stack config, every object adopted", () => {
    const d = configFromHost(runbookHost(), { stack: "prod" });
    expect(d.config).toEqual({
      "kvm-infra:uri": "qemu+ssh://root@kvm01.example.com/system",
      "kvm-infra:adopt": true,
      "kvm-infra:pool": {
        name: "kvmit-xml-fx-lvm",
        type: "logical",
        devices: ["/dev/loop0"],
        volumeGroup: "kvmitestvg",
        target: "/dev/kvmitestvg",
        build: false,
        autostart: true,
      },
      "kvm-infra:network": { name: "kvmit-xml-fx-br", mode: "bridge", bridge: "kvmitbr0", autostart: true },
      "kvm-infra:domains": [
        {
          name: "kvmit-xml-vi",
          uuid: "0d422186-a32f-4518-ae88-36d2c9421ac3",
          title: "xxx",
          description: "xxx",
          memoryMiB: 4096,
          vcpus: 2,
          osVariant: "centos7.0",
          virtType: "kvm",
          events: { onCrash: "restart", onPoweroff: "destroy", onReboot: "restart" },
          features: { acpi: false },
          clockOffset: "utc",
          disk: { sizeGiB: 64, sparse: false },
          bridge: "kvmitbr0",
          graphics: { vnc: { port: 5901 } },
          autostart: true,
          running: true,
        },
      ],
    });
  });

  it("writes a config the program's own check accepts", () => {
    const c = configFromHost(runbookHost()).config;
    const values = Object.fromEntries(Object.entries(c).map(([k, v]) => [k.slice("kvm-infra:".length), v]));
    expect(() => validateStackConfig({ values })).not.toThrow();
  });

  it("never writes the VNC password, and says how to set it encrypted", () => {
    const d = configFromHost(runbookHost(), { stack: "prod" });
    expect(stringify(d.config)).not.toContain("XXX");
    expect(d.secrets).toEqual([
      "pulumi config set --stack prod --secret --path 'kvm-infra:domains[0].graphics.vnc.password' '<password>'   # kvmit-xml-vi has a VNC password: set the same one before the first up, or a generated one replaces it",
    ]);
  });

  it("lists what the schema cannot say: a file disk outside the pool, a second NIC, devices it does not model, other pools", () => {
    const host = runbookHost((x) =>
      x
        .replace(
          /<disk type="volume"[\s\S]*?<\/disk>/,
          '<disk type="file" device="disk"><source file="/srv/a.img"/><target dev="vda" bus="virtio"/></disk>',
        )
        .replace(
          "<memballoon",
          '<interface type="network"><source network="other"/></interface><sound model="ich9"/><watchdog model="i6300esb"/><memballoon',
        ),
    );
    host.pools.push({ xml: fixture("pool-dir.inactive.xml"), autostart: false, volumes: {} });
    const notes = configFromHost(host).notes;
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pool \S+: not in the stack \(a stack manages one pool\); left as it is$/),
        'domain kvmit-xml-vi: its disk {"type":"file","path":"/srv/a.img"} is not a volume in pool kvmit-xml-fx-lvm; the stack\'s disks are, so the first up would point it at the volume named below',
        'domain kvmit-xml-vi: a second interface ({"type":"network","network":"other"}) is not modelled',
        "domain kvmit-xml-vi: /domain/devices/sound[0] is not modelled",
        "domain kvmit-xml-vi: /domain/devices/watchdog[0] is not modelled",
      ]),
    );
  });

  it("keeps VNC off loopback only with allowRemote, and says so", () => {
    const d = configFromHost(
      runbookHost((x) => x.replace('<graphics type="vnc" port="5901"', '<graphics type="vnc" port="5901" listen="0.0.0.0"')),
    );
    const vnc = (d.config["kvm-infra:domains"] as any[])[0].graphics.vnc;
    expect(vnc).toEqual({ port: 5901, listen: "0.0.0.0", allowRemote: true });
    expect(d.notes).toContain(
      "domain kvmit-xml-vi: VNC listens on 0.0.0.0, beyond the host; written with allowRemote: true (consider 127.0.0.1 and an ssh tunnel)",
    );
  });

  it("uses a volume of a size that is not whole GiB as an existing one, with a note", () => {
    const host = runbookHost();
    host.pools[0].volumes["kvmit-xml-vi"] = host.pools[0].volumes["kvmit-xml-vi"].replace(
      /<capacity unit='bytes'>\d+</,
      "<capacity unit='bytes'>1000<",
    );
    const d = configFromHost(host);
    expect((d.config["kvm-infra:domains"] as any[])[0].disk).toEqual({ volume: "kvmit-xml-vi" });
    expect(d.notes).toContain(
      "domain kvmit-xml-vi: volume kvmit-xml-vi is 1000 bytes, not whole GiB; used as an existing volume (disk.volume), not managed",
    );
  });
});
