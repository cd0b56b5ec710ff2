// The rule for provider code that reaches existing resources (ARCHITECTURE.md, "Provider code"):
// provider texts only load the installed package, so changing provider code changes no input and
// no resource shows a diff. A change that existing resources must go through an update for (new
// outputs to record, a definition written differently) bumps its kind's revision below: every
// resource of that kind then diffs on `__providerRevision` and gets one update, on purpose.
import { dynamic } from "@pulumi/pulumi";

export type ProviderKind = "StoragePool" | "StorageVolume" | "Network" | "Domain";

// Bump a kind's number only for a change that existing resources of that kind must be updated for.
const REVISIONS: Readonly<Record<ProviderKind, number>> = {
  StoragePool: 1,
  StorageVolume: 1,
  Network: 1,
  Domain: 1,
};
export const PROVIDER_REVISIONS = REVISIONS;

/** The input (and output) carrying the revision; `__` keys pass the kinds' unknown-key checks. */
export const PROVIDER_REVISION_KEY = "__providerRevision";

type Props = Record<string, unknown>;

/** A resource's properties with its kind's current revision as the `__providerRevision` input. */
export function withRevisionInput<T extends object>(kind: ProviderKind, props: T): T & { __providerRevision: number } {
  return { ...props, __providerRevision: REVISIONS[kind] };
}

// Not PROVIDER_REVISION_KEY: a module reading its own export const breaks serialized copies.
const KEY = "__providerRevision";

/** `to` with the revision `from` carries (nothing when it carries none or `to` is absent). */
function carried<T extends Props | undefined>(from: Props, to: T): T {
  if (to === undefined || from[KEY] === undefined) return to;
  return { ...to, [KEY]: from[KEY] };
}

/** The provider with the revision kept in checked inputs, outputs and read inputs, and a change
 * of revision reported as an in-place change (whatever else the kind's diff finds). */
export function withRevision(p: dynamic.ResourceProvider): dynamic.ResourceProvider {
  const need = <K extends keyof dynamic.ResourceProvider>(k: K): NonNullable<dynamic.ResourceProvider[K]> => {
    const f = p[k];
    if (!f) throw new Error(`provider has no ${k} method`);
    return f.bind(p) as NonNullable<dynamic.ResourceProvider[K]>;
  };
  const check = need("check");
  const diff = need("diff");
  const create = need("create");
  const read = need("read");
  const update = need("update");
  const del = need("delete");
  return {
    async check(olds, news) {
      const r = await check(olds, news);
      return { ...r, inputs: carried(news, r.inputs) };
    },
    async diff(id, olds, news) {
      const d = await diff(id, olds, news);
      if (olds[KEY] === news[KEY]) return d;
      return { ...d, changes: true };
    },
    async create(inputs) {
      const r = await create(inputs);
      return { ...r, outs: carried(inputs, r.outs) };
    },
    async read(id, props) {
      const r = await read(id, props);
      // A read that found nothing (id "") must stay empty: the engine then drops the resource.
      if (!r.id) return r;
      return { ...r, props: carried(props ?? {}, r.props), inputs: carried(props ?? {}, r.inputs) };
    },
    async update(id, olds, news) {
      const r = await update(id, olds, news);
      return { ...r, outs: carried(news, r.outs) };
    },
    delete: del,
  };
}
