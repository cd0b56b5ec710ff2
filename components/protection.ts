// The resource options that keep what the operator did not ask to delete: Pulumi's own protect
// (the engine refuses to delete or replace, with its clear message) and retainOnDelete (should the
// protection be lifted by hand, e.g. `pulumi state unprotect`, a delete still leaves the object on
// the host; a later create adopts it again). Both on or both off: one setting for the operator.
import type * as pulumi from "@pulumi/pulumi";

export function protectionOptions(protect: boolean): Pick<pulumi.CustomResourceOptions, "protect" | "retainOnDelete"> {
  return { protect, retainOnDelete: protect };
}

/** The component's `protect` argument, else a protect the caller put on the component, else the default. */
export function protectOf(arg: boolean | undefined, opts: pulumi.ComponentResourceOptions | undefined, fallback: boolean): boolean {
  return arg ?? opts?.protect ?? fallback;
}
