// A password generated once per stack and kept in its state as a secret: the VNC password of a
// domain whose config sets none. It changes only when replaced, never on a later `pulumi up`.
import * as pulumi from "@pulumi/pulumi";
import { randomBytes } from "crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** `length` characters from an alphabet without look-alikes (0/O, 1/l/I), from the OS's CSPRNG. */
export function generatePassword(length: number): string {
  let out = "";
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 57).
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < limit && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}

interface RandomPasswordState {
  length: number;
  password: string;
}

export const randomPasswordProvider: pulumi.dynamic.ResourceProvider = {
  async create(inputs: { length: number }) {
    const state: RandomPasswordState = { length: inputs.length, password: generatePassword(inputs.length) };
    return { id: randomBytes(8).toString("hex"), outs: state };
  },
  async diff(_id: string, olds: RandomPasswordState, news: { length: number }) {
    const changed = olds.length !== news.length;
    return { changes: changed, replaces: changed ? ["length"] : [] };
  },
  // Reached only when the provider's code changed: keep the password.
  async update(_id: string, olds: RandomPasswordState) {
    return { outs: { length: olds.length, password: olds.password } };
  },
};

export interface RandomPasswordArgs {
  /** Number of characters. Defaults to 8 (VNC's maximum). */
  length?: number;
}

export class RandomPassword extends pulumi.dynamic.Resource {
  /** The generated password; a secret in state and in every output derived from it. */
  public readonly password!: pulumi.Output<string>;
  public readonly length!: pulumi.Output<number>;

  constructor(name: string, args: RandomPasswordArgs = {}, opts?: pulumi.CustomResourceOptions) {
    super(
      randomPasswordProvider,
      name,
      { length: args.length ?? 8, password: undefined },
      { ...opts, additionalSecretOutputs: ["password"] },
      "kvm",
      "RandomPassword",
    );
  }
}
