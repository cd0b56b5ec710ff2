// Where a domain's pool volumes are on the host. Disks are written as virt-install writes
// `--disk vol=pool/vol`: by the volume's path, type="block" for a block volume (a logical volume)
// and type="file" for a file, because AppArmor's virt-aa-helper on Ubuntu and Debian hosts cannot
// resolve <disk type="volume"> and the guest would fail to start with "Permission denied".
import type { Connection } from "../rpc";
import { parseStorageVolumeXml } from "../xml";
import type { DomainDiskInputs, StoragePoolInputs } from "./inputs";

/** A pool volume and the disk source it is written as. */
export interface DiskVolumeTarget {
  pool: string;
  volume: string;
  type: "file" | "block";
  path: string;
}

// virStorageVolType (libvirt-storage.h): what virStorageVolGetInfo reports, as virt-install reads it.
const VOL_FILE = 0;
const VOL_BLOCK = 1;

const volumeDisks = (disks: DomainDiskInputs[] | undefined) =>
  (disks ?? []).flatMap((d, i) => (d.source.type === "volume" ? [{ index: i, pool: d.source.pool, volume: d.source.volume }] : []));

/**
 * The paths of the disks' pool volumes, looked up on the host. `required`: a volume that is not
 * there is an error naming the disk (create and update: libvirt would refuse the domain later
 * anyway); otherwise it is left out (read: the disk then shows its path, which is drift).
 * Volumes of other kinds (directories, network volumes) stay type="volume".
 */
export async function resolveDiskVolumes(
  conn: Connection,
  disks: DomainDiskInputs[] | undefined,
  required: boolean,
): Promise<DiskVolumeTarget[]> {
  const out: DiskVolumeTarget[] = [];
  for (const d of volumeDisks(disks)) {
    try {
      const pool = await conn.storagePoolLookupByName(d.pool);
      const vol = await conn.storageVolLookupByName(pool, d.volume);
      const { type } = await conn.storageVolGetInfo(vol);
      const path = parseStorageVolumeXml(await conn.storageVolGetXmlDesc(vol, 0)).target?.path;
      if (!path || (type !== VOL_FILE && type !== VOL_BLOCK)) continue;
      out.push({ pool: d.pool, volume: d.volume, type: type === VOL_BLOCK ? "block" : "file", path });
    } catch (e) {
      if (!required) continue;
      const err = e as { message?: string };
      throw new Error(`disks[${d.index}].source: volume "${d.volume}" of pool "${d.pool}" cannot be found: ${err.message ?? String(e)}`, {
        cause: e,
      });
    }
  }
  return out;
}

/** What the disks' volumes will be on the host, from the pools the same program defines (render:
 * no host): a logical pool's volumes are block devices below its target (/dev/<vg>), a dir pool's
 * files below its directory. Volumes of pools it does not define stay type="volume". */
export function plannedDiskVolumes(
  disks: DomainDiskInputs[] | undefined,
  pools: Array<Pick<StoragePoolInputs, "name" | "type" | "targetPath" | "volumeGroup">>,
): DiskVolumeTarget[] {
  const out: DiskVolumeTarget[] = [];
  for (const d of volumeDisks(disks)) {
    const p = pools.find((x) => x.name === d.pool);
    const dir = p?.targetPath ?? (p?.type === "logical" && p.volumeGroup ? `/dev/${p.volumeGroup}` : undefined);
    if (!p || !dir) continue;
    out.push({
      pool: d.pool,
      volume: d.volume,
      type: p.type === "logical" ? "block" : "file",
      path: `${dir.replace(/\/+$/, "")}/${d.volume}`,
    });
  }
  return out;
}
