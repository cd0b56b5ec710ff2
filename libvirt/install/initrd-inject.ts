// virt-install's --initrd-inject without a cpio binary: files appended to an initrd as one more
// gzip-compressed newc archive, which the kernel unpacks over the earlier ones at boot.
import { gzipSync } from "zlib";
import { CpioEntry, writeCpio } from "./cpio";

/** The initrd with `files` appended. The kernel only looks for a new archive at a 4-byte aligned
 * offset, so the original is padded with zeros (which it skips) before the appended gzip stream. */
export function injectIntoInitrd(initrd: Buffer, files: CpioEntry[]): Buffer {
  const padding = Buffer.alloc((4 - (initrd.length % 4)) % 4);
  return Buffer.concat([initrd, padding, gzipSync(writeCpio(files))]);
}
