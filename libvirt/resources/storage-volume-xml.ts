// StorageVolume inputs <-> libvirt volume XML, by pool type (logical volumes have no format and
// are always fully allocated).
import { parseStoragePoolXml, parseStorageVolumeXml, storageVolumeToXml, StorageVolume, toBytes } from "../xml";
import { StoragePoolType, StorageVolumeInputs } from "./inputs";

/** The volume's XML for storageVolCreateXml. sparse:false (and any LV) gets allocation = capacity. */
export function storageVolumeXml(inputs: StorageVolumeInputs, poolType: StoragePoolType): string {
  const full = inputs.sparse === false || poolType === "logical";
  const doc: StorageVolume = {
    name: inputs.name,
    capacity: { value: inputs.capacityBytes, unit: "bytes" },
    allocation: { value: full ? inputs.capacityBytes : 0, unit: "bytes" },
  };
  // libvirt's schema requires <target> even where it carries nothing (logical volumes).
  doc.target = poolType === "logical" ? {} : { format: { type: inputs.format ?? "raw" } };
  return storageVolumeToXml(doc);
}

export function poolTypeOf(poolXml: string): string {
  return parseStoragePoolXml(poolXml).type;
}

export interface LiveStorageVolume {
  inputs: Partial<StorageVolumeInputs>;
  path: string;
  allocationBytes: number;
}

export function storageVolumeFromXml(xml: string, prior: Partial<StorageVolumeInputs>, poolType: string): LiveStorageVolume {
  const doc = parseStorageVolumeXml(xml);
  const inputs: Partial<StorageVolumeInputs> = { name: doc.name };
  if (doc.capacity) inputs.capacityBytes = toBytes(doc.capacity);
  const fmt = doc.target?.format?.type;
  // LVs report no format (or lvm2 details): they are raw to the guest.
  if (poolType !== "logical" && (fmt === "raw" || fmt === "qcow2")) inputs.format = fmt;
  else if (prior.format !== undefined) inputs.format = prior.format;
  return { inputs, path: doc.target?.path ?? "", allocationBytes: doc.allocation ? toBytes(doc.allocation) : 0 };
}
