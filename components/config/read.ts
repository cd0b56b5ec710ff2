// Reads the kvm-infra keys from the stack config the engine (or the render command) handed to the
// program, without the SDK's "use getSecret" warnings: secrets are wrapped by the program itself.
// The engine passes values only (PULUMI_CONFIG), so the stack file itself is read too, for the
// whole-file checks (stack-file.ts): from KVM_INFRA_STACK_FILE when set (render sets it; so can an
// operator running `pulumi up --config-file`), else stacks/Pulumi.<stack>.yaml as the CLI finds it.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { parse as parseYaml } from "yaml";
import type { Problem } from "../checks";
import { checkStackFile, looksLikeOurNamespace } from "./stack-file";
import { RawStackConfig, validateStackConfig } from "./validate";
import { CONFIG_KEYS, NAMESPACE, StackConfig } from "./types";

/** The environment variable naming the stack file the engine's config came from. */
export const STACK_FILE_ENV = "KVM_INFRA_STACK_FILE";
const PROJECT_DIR = path.resolve(__dirname, "..", "..");

/** The raw values: uri as text, the others parsed from the JSON the engine passes objects as. */
export function rawStackConfig(all: Record<string, string> = pulumi.runtime.allConfig(), secretKeys?: string[]): RawStackConfig {
  const values: Record<string, unknown> = {};
  const known = new Set<string>(CONFIG_KEYS.map((k) => `${NAMESPACE}:${k}`));
  const unknownKeys = Object.keys(all)
    .filter((k) => k.startsWith(`${NAMESPACE}:`) && !known.has(k))
    .sort();
  const lookalikeKeys = Object.keys(all)
    .filter((k) => !k.startsWith(`${NAMESPACE}:`) && looksLikeOurNamespace(k.split(":")[0]))
    .sort();
  for (const k of CONFIG_KEYS) {
    const text = all[`${NAMESPACE}:${k}`];
    if (text === undefined) continue;
    values[k] = k === "uri" ? text : parseJson(text);
  }
  const isSecret = secretKeys ? (k: string) => secretKeys.includes(k) : engineSecret;
  const plainKeys = CONFIG_KEYS.map((k) => `${NAMESPACE}:${k}`).filter((k) => all[k] !== undefined && !isSecret(k));
  return { values, unknownKeys, lookalikeKeys, plainKeys };
}

/** Objects arrive as JSON; a scalar where an object belongs stays as given and fails validation. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

/** Whether the engine marked a key secret (the SDK keeps this internal, hence the untyped require). */
function engineSecret(k: string): boolean {
  const config = require("@pulumi/pulumi/runtime/config") as { isConfigSecret?: (k: string) => boolean };
  return config.isConfigSecret ? config.isConfigSecret(k) : false;
}

/** Where the stack's file is, or undefined when there is none to check (the engine's config is all there is). */
export function stackFilePath(stack: string, env: NodeJS.ProcessEnv = process.env): { file: string; explicit: boolean } | undefined {
  const explicit = env[STACK_FILE_ENV];
  if (explicit) return { file: path.resolve(explicit), explicit: true };
  let dir: string;
  try {
    dir = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8"))?.stackConfigDir ?? ".";
  } catch (e) {
    return undefined;
  }
  const file = path.join(PROJECT_DIR, dir, `Pulumi.${stack}.yaml`);
  return fs.existsSync(file) ? { file, explicit: false } : undefined;
}

/** The whole-file problems of the stack's file, or undefined when there is no file to read. */
export function stackFileProblems(stack: string, env: NodeJS.ProcessEnv = process.env): Problem[] | undefined {
  const where = stackFilePath(stack, env);
  if (!where) return undefined;
  const name = path.relative(PROJECT_DIR, where.file).startsWith("..") ? where.file : path.relative(PROJECT_DIR, where.file);
  if (!fs.existsSync(where.file)) return [{ path: STACK_FILE_ENV, message: `${STACK_FILE_ENV} names ${where.file}, which does not exist` }];
  return checkStackFile(fs.readFileSync(where.file), name, stack).problems;
}

/** The validated stack config, or a ConfigError listing every problem (the file's first). */
export function readStackConfig(): StackConfig {
  const stack = pulumi.getStack();
  const raw = { ...rawStackConfig(), stack };
  const fileProblems = stackFileProblems(stack);
  // The file shows lookalike keys and plain secrets with their exact paths; without it, the engine's keys do.
  if (fileProblems) return validateStackConfig({ ...raw, lookalikeKeys: [], plainKeys: undefined, fileProblems });
  return validateStackConfig(raw);
}
