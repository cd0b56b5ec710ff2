// A tiny "cloud image" for the seed's boot test: the test bed's Debian kernel and a busybox
// initramfs whose /init loads the SATA CD-ROM and isofs modules (all =m in Debian's kernel), mounts
// the seed CD, and writes what it read to the serial console, then powers off.
import { basename } from "path";
import { buildBusyboxInitramfs } from "./fake-tree";

export const SEED_MARKER = "KVMIT-SEED-READ";

/** What AHCI's CD-ROM and an ISO 9660 mount need on the Debian kernel, in load order (modules.dep). */
const SEED_MODULES = [
  "kernel/drivers/scsi/scsi_common.ko",
  "kernel/drivers/scsi/scsi_mod.ko",
  "kernel/drivers/ata/libata.ko",
  "kernel/drivers/ata/libahci.ko",
  "kernel/drivers/ata/ahci.ko",
  "kernel/drivers/cdrom/cdrom.ko",
  "kernel/drivers/scsi/sr_mod.ko",
  "kernel/fs/isofs/isofs.ko",
];

const INIT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec >/dev/console 2>&1
echo "KVMIT seed guest: starting"
for m in ${SEED_MODULES.map((m) => basename(m, ".ko")).join(" ")}; do
  insmod /lib/modules/$m.ko || echo "KVMIT seed guest: insmod $m failed"
done
i=0
while [ ! -b /dev/sr0 ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
if [ ! -b /dev/sr0 ]; then echo "KVMIT seed guest: no /dev/sr0"; ls /dev; poweroff -f; fi
# busybox-static has no blkid: read the primary volume descriptor's volume id (sector 16, byte 40).
echo "KVMIT-SEED-LABEL $(dd if=/dev/sr0 bs=2048 skip=16 count=1 2>/dev/null | dd bs=1 skip=40 count=32 2>/dev/null | tr -d ' ')"
mkdir -p /mnt
if ! mount -t iso9660 -o ro /dev/sr0 /mnt; then echo "KVMIT seed guest: mount failed"; poweroff -f; fi
IID="$(sed -n 's/^instance-id: *//p' /mnt/meta-data)"
HOST="$(sed -n 's/^local-hostname: *//p' /mnt/meta-data)"
echo "${SEED_MARKER} instance-id=$IID local-hostname=$HOST files=$(ls /mnt | tr '\\n' ',')"
if echo x > /mnt/probe 2>/dev/null; then echo "KVMIT-SEED-WRITABLE"; else echo "KVMIT-SEED-READONLY"; fi
umount /mnt
echo "KVMIT seed guest: powering off"
poweroff -f
`;

/** The seed guest's initramfs: the modules it needs to read the seed ISO, and its /init. */
export function buildSeedGuestInitramfs(kernelPath: string, busybox = "/bin/busybox"): Buffer {
  return buildBusyboxInitramfs(kernelPath, SEED_MODULES, INIT, busybox);
}
