// The test engine's state file: JSON in the shape of `pulumi stack export` (version 3: resources in
// dependency order, pending_operations, secrets_providers), rewritten atomically after every step so a
// second process continues where the first stopped, as the CLI checkpoints after each step
// (https://www.pulumi.com/docs/iac/concepts/state-and-backends/). Secrets are stored as Pulumi does:
// `{ "<sig>": "<secret sig>", "ciphertext": "v1:..." }`, encrypted with a passphrase-derived key
// (AES-256-GCM, like the passphrase secrets provider), never as plain text.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "fs";
import { isSecret, Rec, SECRET_SIG, SIG } from "./props";

export interface ResourceState {
  urn: string;
  type: string;
  custom: boolean;
  id?: string;
  parent?: string;
  inputs: Rec;
  outputs: Rec;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  protect?: boolean;
  retainOnDelete?: boolean;
  /** Read with `.get`: not managed, never deleted (step.go DeleteStep: "Deleting an External resource is a no-op"). */
  external?: boolean;
  /** Replaced with create-before-delete and not deleted yet ("pending deletion"). */
  delete?: boolean;
  additionalSecretOutputs?: string[];
  /** Set when the provider reported ErrorResourceInitFailed: created, but not initialised. */
  initErrors?: string[];
}

export interface PendingOperation {
  resource: { urn: string; type: string; id?: string };
  type: "creating" | "updating" | "deleting" | "reading";
}

export interface Deployment {
  resources: ResourceState[];
  pendingOperations: PendingOperation[];
}

interface FileShape {
  version: 3;
  deployment: {
    manifest: { time: string; magic: string; version: string };
    secrets_providers: { type: "passphrase"; state: { salt: string } };
    resources: Rec[];
    pending_operations: Rec[];
  };
}

export class StateFile {
  private key: Buffer;
  private salt: Buffer;

  constructor(
    readonly path: string,
    passphrase: string,
  ) {
    this.salt = randomBytes(16);
    if (existsSync(path)) {
      const raw = JSON.parse(readFileSync(path, "utf8")) as FileShape;
      this.salt = Buffer.from(raw.deployment.secrets_providers.state.salt.split(":")[1], "base64");
    }
    this.key = scryptSync(passphrase, this.salt, 32);
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  load(): Deployment {
    if (!existsSync(this.path)) return { resources: [], pendingOperations: [] };
    const raw = JSON.parse(readFileSync(this.path, "utf8")) as FileShape;
    const dec = (v: unknown) => this.decrypt(v);
    return {
      resources: raw.deployment.resources.map((r) => ({ ...r, inputs: dec(r.inputs), outputs: dec(r.outputs) }) as ResourceState),
      pendingOperations: (raw.deployment.pending_operations ?? []) as PendingOperation[],
    };
  }

  /** Writes the whole deployment: to a temporary file first, then renamed over the old one. */
  save(d: Deployment): void {
    const enc = (v: unknown) => this.encrypt(v);
    const out: FileShape = {
      version: 3,
      deployment: {
        manifest: { time: new Date().toISOString(), magic: "kvm-infra test engine", version: "1" },
        secrets_providers: { type: "passphrase", state: { salt: `v1:${this.salt.toString("base64")}` } },
        resources: d.resources.map((r) => ({ ...r, inputs: enc(r.inputs), outputs: enc(r.outputs) })),
        pending_operations: d.pendingOperations,
      },
    };
    const tmp = `${this.path}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(out, null, 2), { mode: 0o600 });
    renameSync(tmp, this.path);
  }

  private encrypt(v: unknown): any {
    if (isSecret(v)) {
      const nonce = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", this.key, nonce);
      const ct = Buffer.concat([c.update(JSON.stringify(v.value ?? null), "utf8"), c.final(), c.getAuthTag()]);
      return { [SIG]: SECRET_SIG, ciphertext: `v1:${nonce.toString("base64")}:${ct.toString("base64")}` };
    }
    if (Array.isArray(v)) return v.map((x) => this.encrypt(x));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.encrypt(x)]));
    return v;
  }

  private decrypt(v: unknown): any {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Rec;
      if (o[SIG] === SECRET_SIG && typeof o.ciphertext === "string") {
        const [, nonce, body] = o.ciphertext.split(":");
        const buf = Buffer.from(body, "base64");
        const d = createDecipheriv("aes-256-gcm", this.key, Buffer.from(nonce, "base64"));
        d.setAuthTag(buf.subarray(buf.length - 16));
        const plain = Buffer.concat([d.update(buf.subarray(0, buf.length - 16)), d.final()]).toString("utf8");
        return { [SIG]: SECRET_SIG, value: JSON.parse(plain) };
      }
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.decrypt(x)]));
    }
    if (Array.isArray(v)) return v.map((x) => this.decrypt(x));
    return v;
  }
}
