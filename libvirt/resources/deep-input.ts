// Resource arguments accept Outputs at any depth (e.g. an interface's network from a Network).
import { Input } from "@pulumi/pulumi";

export type DeepInput<T> = T extends string | number | boolean | undefined | null
  ? Input<T>
  : T extends Array<infer U>
    ? Input<Array<DeepInput<U>>>
    : Input<{ [K in keyof T]: DeepInput<T[K]> }>;

export type Args<T> = { [K in keyof T]: DeepInput<T[K]> };
