// Failures at the providers' entry points say what and where: the operation, the object, the host
// URI without credentials, and the cause, as a real Error (message and stack). The SDK's provider
// host prints a failed read, delete, check or diff as `${e}: ${e.stack}` and sends `e.message` to
// the engine: anything else thrown there showed up as `[object Object]: undefined`.
import { dynamic } from "@pulumi/pulumi";
import { KvmInfraError, redactUri, redactUriIn, runWithDeadlines, Deadlines } from "../rpc";
import { checkDeadlinesInput } from "./deadlines-input";

export type ProviderOperation = "checking" | "comparing" | "creating" | "reading" | "updating" | "deleting";

/** A failed provider operation; `cause` is what the host call threw. */
export class ProviderOperationError extends KvmInfraError {
  readonly operation: string;
  readonly object: string;
  /** The host URI, redacted. */
  readonly uri: string;

  constructor(operation: string, object: string, uri: string, message: string, cause: unknown) {
    super("ProviderOperationError", message, cause);
    this.operation = operation;
    this.object = object;
    this.uri = uri;
  }
}

/** The text of anything thrown: an Error's message, or what a foreign or plain object still says. */
function causeText(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { message?: unknown; name?: unknown; codeName?: unknown; procedure?: unknown };
    if (typeof o.message === "string" && o.message !== "") return o.message;
    const parts = [o.name, o.codeName, o.procedure && `in ${o.procedure}`].filter((x) => typeof x === "string" && x !== "");
    if (parts.length) return parts.join(" ");
    try {
      return JSON.stringify(e);
    } catch {
      return String(e);
    }
  }
  return String(e);
}

/**
 * The error for `cause` in `operation` on `object` at `uri`: "<operation> <object> on <uri> failed:
 * <cause>", unless the cause already opens with that context (the providers' own messages do).
 * The URI's credentials and every given secret are replaced by ***. What the engine needs from a
 * partial create (`id`, `properties`, `reasons`, see the dynamic-provider contract) is kept.
 */
export function contextError(
  operation: ProviderOperation,
  object: string,
  uri: unknown,
  cause: unknown,
  secrets: Array<string | undefined> = [],
): ProviderOperationError {
  const where = typeof uri === "string" && uri !== "" ? uri : "";
  const prefix = `${operation} ${object}`;
  let text = causeText(cause);
  if (!text.startsWith(prefix)) text = `${prefix}${where ? ` on ${where}` : ""} failed: ${text}`;
  text = redactUriIn(text, where);
  for (const s of secrets) if (s) text = text.split(s).join("***");
  const err = new ProviderOperationError(operation, object, redactUri(where), text, cause);
  const partial = cause as { id?: unknown; properties?: unknown; reasons?: unknown } | null;
  if (partial && typeof partial === "object" && typeof partial.id === "string" && partial.id !== "") {
    Object.assign(err, { id: partial.id, properties: partial.properties, reasons: partial.reasons });
  }
  return err;
}

/** Runs `fn`; whatever it throws comes out as contextError(operation, object, uri, ...). */
export async function withContext<T>(
  operation: ProviderOperation,
  object: string,
  uri: unknown,
  fn: () => Promise<T>,
  secrets: Array<string | undefined> = [],
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw contextError(operation, object, uri, e, secrets);
  }
}

/** The `deadlines` input when it is valid (check refused it otherwise; state written before it was checked is ignored). */
function validDeadlines(value: unknown): Partial<Deadlines> | undefined {
  return value !== undefined && checkDeadlinesInput(value).length === 0 ? (value as Partial<Deadlines>) : undefined;
}

/** How a provider names the object of an operation, from its inputs or outputs. */
export type DescribeObject = (
  props: Record<string, unknown>,
  olds?: Record<string, unknown>,
) => {
  object: string;
  secrets?: Array<string | undefined>;
};

/**
 * The provider with each entry point (check, diff, create, read, update, delete) run under
 * withContext, the object named by `describe` from the inputs (the new ones for check, diff and
 * update) and the URI taken from them; host calls get the resource's `deadlines` input. check
 * validates that input itself and hands the kind's own check the inputs without it.
 */
export function withProviderContext(describe: DescribeObject, provider: dynamic.ResourceProvider): dynamic.ResourceProvider {
  const p = provider as Required<dynamic.ResourceProvider>;
  const run = <T>(operation: ProviderOperation, props: unknown, olds: unknown, fn: () => Promise<T>): Promise<T> => {
    const news = (props ?? {}) as Record<string, unknown>;
    const d = describe(news, (olds ?? undefined) as Record<string, unknown> | undefined);
    const uri = news.uri ?? (olds as { uri?: unknown } | undefined)?.uri;
    const deadlines = operation === "checking" ? undefined : validDeadlines(news.deadlines);
    return withContext(operation, d.object, uri, () => runWithDeadlines(deadlines, fn), d.secrets);
  };
  const check = async (olds: Record<string, unknown>, news: Record<string, unknown>) => {
    const { deadlines, ...rest } = news ?? {};
    const result = p.check ? await p.check(olds, rest) : { inputs: rest };
    const failures = [...(result.failures ?? []), ...checkDeadlinesInput(deadlines)];
    const inputs = deadlines === undefined ? result.inputs : { ...result.inputs, deadlines };
    return failures.length ? { inputs, failures } : { inputs };
  };
  const out: dynamic.ResourceProvider = {
    create: (inputs) => run("creating", inputs, undefined, () => p.create(inputs)),
    check: (olds, news) => run("checking", news, olds, () => check(olds, news)),
  };
  if (p.diff) out.diff = (id, olds, news) => run("comparing", news, olds, () => p.diff(id, olds, news));
  if (p.read) out.read = (id, props) => run("reading", props, undefined, () => p.read(id, props));
  if (p.update) out.update = (id, olds, news) => run("updating", news, olds, () => p.update(id, olds, news));
  if (p.delete) out.delete = (id, props) => run("deleting", props, undefined, () => p.delete(id, props));
  return out;
}

/**
 * Names the object as `<kind> "<name>"` (volumes: `volume "<name>" in pool "<pool>"`), the kind
 * alone when the inputs carry no name (a check of bad inputs); `secrets` lists what to scrub.
 */
export function named(
  kind: string,
  secrets?: (news: Record<string, unknown>, olds?: Record<string, unknown>) => Array<string | undefined>,
): DescribeObject {
  return (props, olds) => {
    let object = typeof props.name === "string" && props.name !== "" ? `${kind} "${props.name}"` : kind;
    if (typeof props.pool === "string" && props.pool !== "") object += ` in pool "${props.pool}"`;
    return { object, secrets: secrets ? secrets(props, olds) : [] };
  };
}
