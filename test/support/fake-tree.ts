// A fake install tree for the install tests, served over http on 127.0.0.1: a .treeinfo (CentOS
// 7's, or the productmd one of an EL 9 BaseOS tree), the test bed's real kernel and a tiny busybox
// initramfs whose /init plays the installer. The "installer" reads /proc/cmdline and /ks.cfg,
// writes a marker with the kickstart's host name and ending to /dev/vda (and the ks.cfg it got
// after the first 4 KiB), and then ends the way the kickstart tells anaconda to: `reboot` reboots,
// `poweroff` or `shutdown` powers off, `halt` halts, and without one (or without a kickstart) it
// waits for an Enter nobody presses, as anaconda does. With `kvmit.hang` on the command line it
// never gets that far (timeout tests).
import { createServer, Server } from "http";
import { createHash } from "crypto";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, openSync, readSync, closeSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { gzipSync } from "zlib";
import { cpioCharDevice, cpioDir, cpioFile, cpioSymlink, CpioEntry, writeCpio } from "../../libvirt/install/cpio";

export const MARKER_PREFIX = "KVMIT-INSTALLED";
/** Where the tree lives below the server's root, like a mirror's path. */
export const TREE_PATH = "/centos/7.9.2009/os/x86_64/";
/** Where the fake installer copies the ks.cfg it found on the disk: after the marker's 4 KiB. */
const KICKSTART_OFFSET = 4096;

/** A tree's mirror path and the [general]/[release] part of its .treeinfo; the images and their
 * checksums are added to it. */
export interface FakeTreeLayout {
  path: string;
  header: string[];
}

/** CentOS 7.9's tree, as the vault serves it. */
export const CENTOS7_LAYOUT: FakeTreeLayout = {
  path: TREE_PATH,
  header: [
    "[general]",
    "name = CentOS-7",
    "family = CentOS",
    "timestamp = 1604525467.05",
    "variant = ",
    "version = 7",
    "packagedir = ",
    "arch = x86_64",
    "",
    "[stage2]",
    "mainimage = LiveOS/squashfs.img",
  ],
};

/** CentOS Stream 9's BaseOS tree: productmd's .treeinfo 1.2 ([header], [release], [tree],
 * [variant-BaseOS], install.img as stage 2), as mirror.stream.centos.org serves it. */
export const EL9_LAYOUT: FakeTreeLayout = {
  path: "/9-stream/BaseOS/x86_64/os/",
  header: [
    "[header]",
    "type = productmd.treeinfo",
    "version = 1.2",
    "",
    "[release]",
    "name = CentOS Stream",
    "short = CentOS-Stream",
    "version = 9",
    "",
    "[tree]",
    "arch = x86_64",
    "build_timestamp = 1733097600",
    "platforms = x86_64,xen",
    "variants = BaseOS",
    "",
    "[variant-BaseOS]",
    "id = BaseOS",
    "name = BaseOS",
    "packages = Packages",
    "repository = .",
    "type = variant",
    "uid = BaseOS",
    "",
    "[stage2]",
    "mainimage = images/install.img",
    "",
    "[images-xen]",
    "initrd = images/pxeboot/initrd.img",
    "kernel = images/pxeboot/vmlinuz",
  ],
};

/** The modules virtio_blk needs on the Debian kernel (all =m there), in load order. */
const VIRTIO_MODULES = [
  "kernel/drivers/virtio/virtio_ring.ko",
  "kernel/drivers/virtio/virtio.ko",
  "kernel/drivers/virtio/virtio_pci_legacy_dev.ko",
  "kernel/drivers/virtio/virtio_pci_modern_dev.ko",
  "kernel/drivers/virtio/virtio_pci.ko",
  "kernel/drivers/block/virtio_blk.ko",
];

const INIT_SCRIPT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
# Late kernel messages (the clocksource switch) would land between the lines the tests read.
dmesg -n 1
exec >/dev/console 2>&1
echo "KVMIT fake installer: starting"
for m in ${VIRTIO_MODULES.map((m) => basename(m, ".ko")).join(" ")}; do
  insmod /lib/modules/$m.ko || echo "KVMIT fake installer: insmod $m failed"
done
CMDLINE="$(cat /proc/cmdline)"
echo "KVMIT fake installer: cmdline: $CMDLINE"
if [ -f /ks.cfg ]; then
  HOST="$(sed -n 's/^network .*--hostname=\\([^ ]*\\).*/\\1/p' /ks.cfg | head -n 1)"
  # The ending command, as anaconda finds it: a command line outside the %sections.
  END="$(awk '/^[ \t]*%end/ { s = 0; next } /^[ \t]*%/ { s = 1; next } !s && $1 ~ /^(reboot|poweroff|shutdown|halt)$/ { print $1; exit }' /ks.cfg)"
  echo "KVMIT fake installer: kickstart found, hostname=$HOST end=$END"
else
  HOST=""
  END=""
  echo "KVMIT fake installer: no /ks.cfg"
fi
case " $CMDLINE " in
  *" kvmit.hang "*)
    n=0
    while true; do n=$((n+1)); echo "KVMIT fake installer: hanging as asked, tick $n"; sleep 1; done ;;
esac
i=0
while [ ! -b /dev/vda ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
if [ ! -b /dev/vda ]; then
  echo "KVMIT fake installer: no /dev/vda"; ls /dev; poweroff -f
fi
printf '%s hostname=%s end=%s cmdline=%s\\n' "${MARKER_PREFIX}" "$HOST" "$END" "$CMDLINE" > /tmp/marker
dd if=/tmp/marker of=/dev/vda bs=512 conv=sync,fsync 2>/dev/null
[ -f /ks.cfg ] && dd if=/ks.cfg of=/dev/vda bs=512 seek=${KICKSTART_OFFSET / 512} conv=sync,fsync 2>/dev/null
sync
case "$END" in
  reboot) echo "KVMIT fake installer: marker written, the kickstart says reboot: rebooting"; reboot -f ;;
  poweroff|shutdown) echo "KVMIT fake installer: marker written, the kickstart says $END: powering off"; poweroff -f ;;
  halt) echo "KVMIT fake installer: marker written, the kickstart says halt: halting"; halt -f ;;
esac
echo "KVMIT fake installer: Installation complete. Press ENTER to quit:"
while true; do sleep 60; done
`;

/** The kernel's release from its file name, /boot/vmlinuz-6.1.0-56-amd64 -> 6.1.0-56-amd64. */
export function kernelRelease(kernelPath: string): string {
  const m = /^vmlinuz-(.+)$/.exec(basename(kernelPath));
  if (!m) throw new Error(`cannot tell the kernel release from ${kernelPath}`);
  return m[1];
}

/** A busybox initramfs (busybox, the given kernel modules of `kernelPath`'s release, and `init`), as
 * a gzip-compressed newc archive written by our own cpio writer: the guests the test bed boots. */
export function buildBusyboxInitramfs(kernelPath: string, modules: readonly string[], init: string, busybox = "/bin/busybox"): Buffer {
  const modulesDir = `/lib/modules/${kernelRelease(kernelPath)}`;
  const entries: CpioEntry[] = [
    cpioDir("bin"),
    cpioFile("bin/busybox", readFileSync(busybox), 0o755),
    cpioSymlink("bin/sh", "busybox"),
    cpioDir("dev"),
    cpioCharDevice("dev/console", 5, 1),
    cpioDir("proc"),
    cpioDir("sys"),
    cpioDir("tmp", 0o1777),
    cpioDir("lib"),
    cpioDir("lib/modules"),
    ...modules.map((m) => cpioFile(`lib/modules/${basename(m)}`, readFileSync(join(modulesDir, m)))),
    cpioFile("init", init, 0o755),
  ];
  return gzipSync(writeCpio(entries));
}

/** The fake installer's initramfs: the virtio modules and its /init. */
export function buildFakeInitramfs(kernelPath: string, busybox = "/bin/busybox"): Buffer {
  return buildBusyboxInitramfs(kernelPath, VIRTIO_MODULES, INIT_SCRIPT, busybox);
}

export interface FakeTreeFiles {
  /** Directory holding the tree (the server's root is its parent layout). */
  root: string;
  kernel: Buffer;
  initrd: Buffer;
  treeinfo: string;
}

/** Writes the tree into a temp dir: <root><layout.path>{.treeinfo,images/pxeboot/...}. */
export function buildFakeTree(kernelPath: string, layout: FakeTreeLayout = CENTOS7_LAYOUT): FakeTreeFiles {
  const root = mkdtempSync(join(tmpdir(), "kvmit-inst-tree-"));
  const treeDir = join(root, layout.path);
  mkdirSync(join(treeDir, "images/pxeboot"), { recursive: true });
  const kernel = readFileSync(kernelPath);
  const initrd = buildFakeInitramfs(kernelPath);
  const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
  const treeinfo = [
    ...layout.header,
    "",
    "[images-x86_64]",
    "kernel = images/pxeboot/vmlinuz",
    "initrd = images/pxeboot/initrd.img",
    "boot.iso = images/boot.iso",
    "",
    "[checksums]",
    `images/pxeboot/vmlinuz = sha256:${sha(kernel)}`,
    `images/pxeboot/initrd.img = sha256:${sha(initrd)}`,
    "",
  ].join("\n");
  writeFileSync(join(treeDir, ".treeinfo"), treeinfo);
  writeFileSync(join(treeDir, "images/pxeboot/vmlinuz"), kernel);
  writeFileSync(join(treeDir, "images/pxeboot/initrd.img"), initrd);
  return { root, kernel, initrd, treeinfo };
}

export interface FakeTreeServer {
  /** The tree's URL, e.g. http://127.0.0.1:41234/centos/7.9.2009/os/x86_64/ */
  location: string;
  /** A URL that redirects (302) to `location`. */
  redirectLocation: string;
  /** Paths requested so far, in order. */
  requests: string[];
  files: FakeTreeFiles;
  close(): Promise<void>;
}

/** Builds the tree and serves it on 127.0.0.1 on a random port. /redirect/<path> answers 302 to
 * the tree; unknown paths answer 404. */
export async function serveFakeTree(kernelPath: string, layout: FakeTreeLayout = CENTOS7_LAYOUT): Promise<FakeTreeServer> {
  const files = buildFakeTree(kernelPath, layout);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    if (path.startsWith("/redirect/")) {
      res.writeHead(302, { location: path.slice("/redirect".length) });
      res.end();
      return;
    }
    if (path.includes("..")) {
      res.writeHead(400).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(join(files.root, path));
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    res.writeHead(200, { "content-length": body.length, "content-type": "application/octet-stream" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    location: `http://127.0.0.1:${port}${layout.path}`,
    redirectLocation: `http://127.0.0.1:${port}/redirect${layout.path}`,
    requests,
    files,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        rmSync(files.root, { recursive: true, force: true });
      }),
  };
}

/** The marker the fake installer wrote at the start of a disk image, or undefined. */
export function readMarker(diskPath: string): string | undefined {
  const fd = openSync(diskPath, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString("latin1");
    if (!text.startsWith(MARKER_PREFIX)) return undefined;
    return text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : undefined);
  } finally {
    closeSync(fd);
  }
}

/** The ks.cfg the fake installer found, as it copied it to the disk (NUL padding removed), or undefined. */
export function readInstalledKickstart(diskPath: string): string | undefined {
  const fd = openSync(diskPath, "r");
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, KICKSTART_OFFSET);
    const text = buf.subarray(0, n).toString("utf8").replace(/\0+$/, "");
    return text === "" ? undefined : text;
  } finally {
    closeSync(fd);
  }
}
