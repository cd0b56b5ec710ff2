// What a resource hands to dynamic.Resource as its provider: a few lines that load the kind's
// provider from the installed package @kvm-infra/libvirt when the provider host calls them. The
// closure serializer then writes those lines into `__provider`, not the libvirt layer (it would
// copy every local module reached by value), so the text is small and stays the same when
// provider code changes. The program first checks that the package the host will load was built
// from the sources it runs itself.
import { dynamic } from "@pulumi/pulumi";
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import { ProviderKind } from "./provider-revision";

const PACKAGE = "@kvm-infra/libvirt";
const REBUILD = "run `npm run build:libvirt` (npm ci does it too)";

let verifiedFrom: string | undefined;

/** Where the provider host, started in `dir` as the engine starts it, finds the package's build info. */
function buildInfoFile(dir: string): string {
  try {
    return require.resolve(`${PACKAGE}/build-info.json`, { paths: [dir] });
  } catch {
    throw new Error(`${PACKAGE} is not installed under ${dir}, so the provider host could not load the providers: ${REBUILD}`);
  }
}

/** Throws unless the package the provider host will load (from the project directory, the
 * current one) was compiled from the libvirt/ sources this program runs. Once per directory. */
export function assertPackageCurrent(dir = process.cwd()): void {
  if (verifiedFrom === dir) return;
  const file = buildInfoFile(dir);
  const { sources } = JSON.parse(readFileSync(file, "utf8")) as { sources: Record<string, string> };
  const root = resolve(__dirname, "..");
  const stale: string[] = [];
  for (const [rel, hash] of Object.entries(sources)) {
    let now: string | undefined;
    try {
      now = createHash("sha256")
        .update(readFileSync(join(root, rel)))
        .digest("hex");
    } catch {
      now = undefined;
    }
    if (now !== hash) stale.push(`libvirt/${rel}`);
  }
  if (stale.length > 0) {
    const shown = stale.slice(0, 3).join(", ") + (stale.length > 3 ? ` and ${stale.length - 3} more` : "");
    throw new Error(
      `${dirname(file)} was built from other sources than this program runs (${shown} changed since): ${REBUILD}, ` +
        "so that the provider host runs the same provider code",
    );
  }
  verifiedFrom = dir;
}

/** The provider object for a resource of `kind`, as serialized into its `__provider`. */
export function providerRef(kind: ProviderKind): dynamic.ResourceProvider {
  assertPackageCurrent();
  // Resolved in the provider host (from its working directory, the project's), on first use.
  const installed = (): dynamic.ResourceProvider => require(PACKAGE).providers[kind];
  return {
    check: (olds, news) => installed().check!(olds, news),
    diff: (id, olds, news) => installed().diff!(id, olds, news),
    create: (inputs) => installed().create(inputs),
    read: (id, props) => installed().read!(id, props),
    update: (id, olds, news) => installed().update!(id, olds, news),
    delete: (id, props) => installed().delete!(id, props),
  };
}
