// A NoCloud seed end to end on the test bed: built in memory, uploaded through our RPC client into a
// dir pool as a volume named after the domain, attached as a read-only SATA CD-ROM of a TCG guest
// (the Debian kernel and a busybox initramfs that plays the cloud image), and read by the guest's
// own Linux isofs: the marker on its serial console carries the seed's instance-id. A changed seed
// uploaded into the same volume gives the next boot the new instance-id (what makes cloud-init
// re-run its per-instance modules). virsh and the pool's file check what libvirt holds.
import { existsSync, readFileSync, rmSync } from "fs";
import { randomBytes } from "crypto";
import { Connection, DomainRef, StoragePoolRef, StorageVolRef } from "../rpc/rpc-imports";
import { virsh, virshTry, waitFor } from "../rpc/helpers";
import { testbed } from "../../support/testbed";
import { buildSeed, Seed, seedVolumeName } from "../../../libvirt/cloudinit";
import { buildSeedGuestInitramfs, SEED_MARKER } from "../../support/cloudinit-guest";

const RUN = randomBytes(3).toString("hex");
const POOL = `ci-seed-pool-${RUN}`;
// qemu runs as libvirt-qemu and cannot enter the test bed's 0700 pool dir: real pools' place.
const POOL_DIR = `/var/lib/libvirt/images/${POOL}`;
const DOM = `ci-seed-dom-${RUN}`;
const SEED_VOL = seedVolumeName(DOM);
const LOG = `/var/log/libvirt/qemu/${DOM}-serial.log`;
const BOOT_TIMEOUT_MS = 180000;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&apos;");

function domainXml(kernel: string, initrd: string): string {
  return `<domain type='qemu'>
  <name>${DOM}</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>${esc(kernel)}</kernel>
    <initrd>${esc(initrd)}</initrd>
    <cmdline>console=ttyS0 panic=-1 loglevel=4</cmdline>
  </os>
  <features><acpi/><apic/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>destroy</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='volume' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source pool='${POOL}' volume='${SEED_VOL}'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <serial type='pty'>
      <log file='${LOG}' append='off'/>
      <target port='0'/>
    </serial>
    <console type='pty'><target type='serial' port='0'/></console>
  </devices>
</domain>`;
}

describe("a NoCloud seed on a TCG guest", () => {
  const uri = testbed().TESTBED_URI_UNIX;
  let conn: Connection;
  let pool: StoragePoolRef;
  let dom: DomainRef;
  const first: Seed = buildSeed({
    hostname: "ci-seed-one.example.com",
    sshAuthorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHkvmInfraSeedBootTest0123456789abcdefghij ops@example"],
    network: { device: "eth0", bootproto: "static", address: "192.0.2.10", prefix: 24, gateway: "192.0.2.1" },
  });
  const second: Seed = buildSeed({ hostname: "ci-seed-two.example.com" });

  async function upload(name: string, data: Buffer): Promise<StorageVolRef> {
    const vol = await conn.storageVolCreateXml(
      pool,
      `<volume><name>${name}</name><capacity unit='bytes'>${data.length}</capacity><target><format type='raw'/></target></volume>`,
    );
    await conn.storageVolUpload(vol, data, 0, data.length);
    return vol;
  }

  async function bootAndReadConsole(): Promise<string> {
    rmSync(LOG, { force: true });
    await conn.domainCreateWithFlags(dom);
    await waitFor("the seed guest to power off", async () => !(await conn.domainIsActive(dom)), BOOT_TIMEOUT_MS, 500);
    return readFileSync(LOG, "utf8");
  }

  beforeAll(async () => {
    conn = await Connection.open(uri);
    pool = await conn.storagePoolDefineXml(`<pool type='dir'><name>${POOL}</name><target><path>${POOL_DIR}</path></target></pool>`);
    await conn.storagePoolBuild(pool);
    await conn.storagePoolCreate(pool);
  });

  afterAll(async () => {
    if (virshTry(uri, "dominfo", DOM).ok) {
      virshTry(uri, "destroy", DOM);
      virshTry(uri, "undefine", DOM);
    }
    if (virshTry(uri, "pool-info", POOL).ok) {
      for (const v of virshTry(uri, "vol-list", POOL, "--name").out.split("\n").filter(Boolean))
        virshTry(uri, "vol-delete", "--pool", POOL, v.trim());
      virshTry(uri, "pool-destroy", POOL);
      virshTry(uri, "pool-delete", POOL);
      virshTry(uri, "pool-undefine", POOL);
    }
    rmSync(POOL_DIR, { recursive: true, force: true });
    rmSync(LOG, { force: true });
    // libvirt keeps the domain's qemu log after undefine.
    rmSync(`/var/log/libvirt/qemu/${DOM}.log`, { force: true });
    await conn?.close();
  });

  it("uploads the seed into the pool as a volume named after the domain, byte for byte", async () => {
    const vol = await upload(SEED_VOL, first.iso);
    expect(vol.key).toBe(`${POOL_DIR}/${SEED_VOL}`);
    expect(readFileSync(vol.key).equals(first.iso)).toBe(true);
    expect(virsh(uri, "vol-info", "--bytes", "--pool", POOL, SEED_VOL)).toMatch(new RegExp(`Capacity:\\s+${first.iso.length} bytes`));
  });

  it("attaches it as a read-only SATA CD-ROM, as virsh dumpxml shows", async () => {
    const kernel = readFileSync(testbed().TESTBED_KERNEL);
    const kvol = await upload(`${DOM}-vmlinuz`, kernel);
    const ivol = await upload(`${DOM}-initrd.img`, buildSeedGuestInitramfs(testbed().TESTBED_KERNEL));
    dom = await conn.domainDefineXmlFlags(domainXml(kvol.key, ivol.key));
    const xml = virsh(uri, "dumpxml", DOM);
    const disk = /<disk type='volume' device='cdrom'>[\s\S]*?<\/disk>/.exec(xml)?.[0] ?? "";
    expect(disk).toContain(`<source pool='${POOL}' volume='${SEED_VOL}'/>`);
    expect(disk).toContain("<target dev='sda' bus='sata'/>");
    expect(disk).toContain("<readonly/>");
    // Inactive, libvirt shows the volume by name; the file behind it is the one uploaded above.
    expect(virsh(uri, "domblklist", DOM, "--details")).toMatch(
      new RegExp(`^volume\\s+cdrom\\s+sda\\s+${SEED_VOL.replace(/\./g, "\\.")}$`, "m"),
    );
  });

  it(
    "the guest mounts the cidata CD and prints the seed's instance-id on the serial console",
    async () => {
      const log = await bootAndReadConsole();
      const marker = log.split(/\r?\n/).find((l) => l.startsWith(SEED_MARKER));
      expect(marker).toBe(
        `${SEED_MARKER} instance-id=${first.instanceId} local-hostname="ci-seed-one.example.com" files=meta-data,network-config,user-data,`,
      );
      expect(log).toMatch(/^KVMIT-SEED-LABEL cidata\r?$/m);
      expect(log).toContain("KVMIT-SEED-READONLY");
      expect(log).not.toContain("insmod");
    },
    BOOT_TIMEOUT_MS + 30000,
  );

  it(
    "a changed seed written into the same volume gives the next boot its new instance-id",
    async () => {
      expect(second.instanceId).not.toBe(first.instanceId);
      await conn.storageVolDelete(await conn.storageVolLookupByName(pool, SEED_VOL));
      await upload(SEED_VOL, second.iso);
      expect(readFileSync(`${POOL_DIR}/${SEED_VOL}`).equals(second.iso)).toBe(true);
      const log = await bootAndReadConsole();
      expect(log.split(/\r?\n/).find((l) => l.startsWith(SEED_MARKER))).toBe(
        `${SEED_MARKER} instance-id=${second.instanceId} local-hostname="ci-seed-two.example.com" files=meta-data,user-data,`,
      );
      expect(log).not.toContain(first.instanceId);
      expect(existsSync(LOG)).toBe(true);
    },
    BOOT_TIMEOUT_MS + 30000,
  );
});
