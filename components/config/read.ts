// Reads the kvm-infra keys from the stack config the engine (or the render command) handed to the
// program, without the SDK's "use getSecret" warnings: secrets are wrapped by the program itself.
import * as pulumi from "@pulumi/pulumi";
import { RawStackConfig, validateStackConfig } from "./validate";
import { CONFIG_KEYS, NAMESPACE, StackConfig } from "./types";

/** The raw values: uri as text, the others parsed from the JSON the engine passes objects as. */
export function rawStackConfig(all: Record<string, string> = pulumi.runtime.allConfig()): RawStackConfig {
  const values: Record<string, unknown> = {};
  const known = new Set<string>(CONFIG_KEYS.map((k) => `${NAMESPACE}:${k}`));
  const unknownKeys = Object.keys(all)
    .filter((k) => k.startsWith(`${NAMESPACE}:`) && !known.has(k))
    .sort();
  for (const k of CONFIG_KEYS) {
    const text = all[`${NAMESPACE}:${k}`];
    if (text === undefined) continue;
    values[k] = k === "uri" ? text : parseJson(text);
  }
  return { values, unknownKeys };
}

/** Objects arrive as JSON; a scalar where an object belongs stays as given and fails validation. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

/** The validated stack config, or a ConfigError listing every problem. */
export function readStackConfig(): StackConfig {
  return validateStackConfig(rawStackConfig());
}
