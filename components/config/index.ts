// The stack config: its shape, how it is read from the engine, and its validation.
export * from "./types";
export { ConfigError, validateStackConfig } from "./validate";
export type { RawStackConfig } from "./validate";
export { rawStackConfig, readStackConfig } from "./read";
