// StoragePool inputs <-> libvirt pool XML: the builder for create/update and the render command,
// and the read-back of a live definition into the input shape.
import { parseStoragePoolXml, storagePoolToXml, StoragePool, toBytes } from "../xml";
import { StoragePoolInputs } from "./inputs";

/** The pool's XML (inputs after check's defaults); `uuid` pins the definition when known. */
export function storagePoolXml(inputs: StoragePoolInputs, uuid?: string): string {
  const doc: StoragePool = { type: inputs.type, name: inputs.name, uuid };
  if (inputs.type === "logical") {
    doc.source = {
      devices: inputs.sourceDevices?.map((path) => ({ path })),
      name: inputs.volumeGroup,
      format: { type: "lvm2" },
    };
    doc.target = { path: inputs.targetPath ?? `/dev/${inputs.volumeGroup}` };
  } else {
    doc.target = { path: inputs.targetPath };
  }
  return storagePoolToXml(doc);
}

export interface LiveStoragePool {
  /** The input properties as the host has them (only those prior set, plus the required ones). */
  inputs: Partial<StoragePoolInputs>;
  capacity: number;
  allocation: number;
  available: number;
}

export function storagePoolFromXml(xml: string, prior: Partial<StoragePoolInputs>): LiveStoragePool {
  const doc = parseStoragePoolXml(xml);
  const inputs: Partial<StoragePoolInputs> = { name: doc.name, type: doc.type as StoragePoolInputs["type"] };
  const devices = doc.source?.devices?.map((d) => d.path);
  if (prior.sourceDevices !== undefined || (devices && devices.length)) inputs.sourceDevices = devices ?? [];
  if (doc.type === "logical" || prior.volumeGroup !== undefined) inputs.volumeGroup = doc.source?.name;
  if (doc.target?.path !== undefined) inputs.targetPath = doc.target.path;
  const size = (s: StoragePool["capacity"]) => (s ? toBytes(s) : 0);
  return { inputs, capacity: size(doc.capacity), allocation: size(doc.allocation), available: size(doc.available) };
}
