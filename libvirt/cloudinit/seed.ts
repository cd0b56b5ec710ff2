// Builds a NoCloud seed: the documents (given or generated), an instance-id that is a hash of
// them, and the ISO 9660 image labelled `cidata` that cloud-init looks for. Nothing is written to
// disk: the same inputs rebuild the same bytes wherever the provider runs.
import { createHash } from "crypto";
import { writeIso9660 } from "./iso9660";
import { CloudInitError, CloudInitSpec, CloudInitText, isCloudInitText, validateCloudInit } from "./options";
import { metaDataFromOptions, networkConfigFromOptions, userDataFromOptions } from "./documents";

/** The filesystem label cloud-init's NoCloud looks for (it accepts cidata or CIDATA). */
const SEED_VOLUME_ID = "cidata";
const INSTANCE_ID_PREFIX = "iid-";
/** 2000-01-01T00:00:00Z: the first second the seed's recorded dates may take. */
const EPOCH_2000 = 946684800;
/** Dates spread over 2000-2099 (ISO 9660's directory dates run to 2155). */
const DATE_SPAN_SECONDS = 100 * 365 * 24 * 3600;

/** The seed files by their NoCloud names. */
export interface SeedFiles {
  "user-data": string;
  "meta-data": string;
  "network-config"?: string;
}

export interface Seed {
  /** The ISO 9660 image. Holds the user data: treat it as a secret. */
  iso: Buffer;
  /** meta-data's instance-id: changes exactly when the seed's data changes. */
  instanceId: string;
  files: SeedFiles;
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** An instance-id given in meta-data text, or undefined. */
function givenInstanceId(metaData: string): string | undefined {
  const m = /^instance-id[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(metaData);
  if (!m) return undefined;
  return m[1].replace(/^(["'])(.*)\1$/, "$2");
}

/** meta-data with instance-id added in front of the operator's keys (after a `---` or directives). */
function withInstanceId(metaData: string, instanceId: string, key: string): string {
  const trimmed = metaData.trim();
  if (trimmed.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new CloudInitError(
        `${key}.metaData`,
        "is a flow mapping that is not JSON: add instance-id to it or write it as a block mapping",
      );
    }
    return JSON.stringify({ "instance-id": instanceId, ...(parsed as object) }) + "\n";
  }
  const head = /^(?:%[^\n]*\n)*(?:---[^\n]*\n)?/.exec(metaData)?.[0] ?? "";
  return `${head}instance-id: ${instanceId}\n${metaData.slice(head.length)}`;
}

function documents(spec: CloudInitSpec): CloudInitText {
  if (isCloudInitText(spec)) return { userData: spec.userData, metaData: spec.metaData ?? "", networkConfig: spec.networkConfig };
  return {
    userData: userDataFromOptions(spec),
    metaData: metaDataFromOptions(spec),
    networkConfig: networkConfigFromOptions(spec.network),
  };
}

/** The instance-id of documents: a hash over all three, so any change gives a new id and no
 * change keeps it (cloud-init re-runs its per-instance modules only when the id changes). */
export function seedInstanceId(doc: CloudInitText): string {
  const digest = sha256(JSON.stringify([doc.userData, doc.metaData ?? "", doc.networkConfig ?? null]));
  return INSTANCE_ID_PREFIX + digest.toString("hex").slice(0, 16);
}

/** The image's dates, from the instance-id: blkid reports an ISO's UUID from its modification date,
 * so each seed gets its own UUID while the same seed keeps it. */
function seedTimestamp(instanceId: string): Date {
  const seconds = sha256(instanceId).readUInt32BE(0) % DATE_SPAN_SECONDS;
  return new Date((EPOCH_2000 + seconds) * 1000);
}

/** Checks the spec, then builds the seed. Throws CloudInitError naming the key; no error text
 * carries user data, hashes or keys. */
export function buildSeed(spec: CloudInitSpec, key = "cloudInit"): Seed {
  validateCloudInit(spec, key);
  const doc = documents(spec);
  const metaData = doc.metaData ?? "";
  const given = givenInstanceId(metaData);
  if (given !== undefined && given === "") throw new CloudInitError(`${key}.metaData`, "instance-id is empty");
  const instanceId = given ?? seedInstanceId(doc);
  const files: SeedFiles = {
    "user-data": doc.userData,
    "meta-data": given !== undefined ? metaData : withInstanceId(metaData, instanceId, key),
  };
  if (doc.networkConfig !== undefined) files["network-config"] = doc.networkConfig;
  const iso = writeIso9660({
    volumeId: SEED_VOLUME_ID,
    timestamp: seedTimestamp(instanceId),
    applicationId: "KVM-INFRA CLOUD-INIT SEED",
    files: Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text as string, "utf8") })),
  });
  return { iso, instanceId, files };
}

/** The seed's volume in the domain's pool: named after the domain, so two guests never share or
 * clash over one seed, and a rebuilt seed replaces the guest's own. */
export function seedVolumeName(domainName: string): string {
  return `${domainName}-cidata.iso`;
}

export { SEED_VOLUME_ID };
