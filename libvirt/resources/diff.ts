// The diff shared by the four resources: exact (only input properties that changed) and minimal
// (replace only where libvirt cannot change the object in place).
import { deepEqual, isUnknown } from "./validate";

export interface DiffOutcome {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
  /** Input properties that differ, for update() and for tests. */
  changed: string[];
}

function containsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === "object") return Object.values(v as object).some(containsUnknown);
  return false;
}

/** Compares news (checked inputs) with olds (the stored outputs) over the input keys only, since
 * outputs carry extra computed fields. `replaceIf` decides per changed key whether it replaces. */
export function diffInputs(
  keys: readonly string[],
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  replaceIf: (key: string, oldValue: unknown, newValue: unknown) => boolean,
): DiffOutcome {
  const changed: string[] = [];
  const replaces: string[] = [];
  for (const k of keys) {
    const o = olds[k];
    const n = news[k];
    if (!containsUnknown(n) && deepEqual(o, n)) continue;
    if (!replaceIf(k, o, n)) {
      changed.push(k);
      continue;
    }
    changed.push(k);
    replaces.push(k);
  }
  // libvirt names are unique per host: the replacement can only be created once the old one is gone.
  return { changes: changed.length > 0, replaces, deleteBeforeReplace: replaces.length > 0, changed };
}
