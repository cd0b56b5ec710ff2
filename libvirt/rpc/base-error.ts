// The base class of every error kvm-infra's libvirt code throws (errors.ts re-exports it). A file of
// its own so that xdr.ts, framing.ts and uri.ts can extend it without an import cycle with errors.ts.

/**
 * The base of every error under libvirt/: a real Error (name, message, stack) also in a provider
 * text. The closure serializer rebuilds a class as a plain function whose `super(message)` is
 * `Error.call(this, message)`, which sets nothing on `this`, and a class without methods keeps a
 * prototype that no longer leads to Error.prototype: its instances printed as `[object Object]`
 * with an undefined stack (the provider host logs failed reads and deletes as `${e}: ${e.stack}`).
 * The constructor puts the missing link back once per class and records the stack itself.
 */
export class KvmInfraError extends Error {
  constructor(name: string, message: string, cause?: unknown) {
    super(message);
    linkToError(this);
    this.name = name;
    this.message = message;
    if (cause !== undefined) this.cause = cause;
    if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, Object.getPrototypeOf(this).constructor);
  }
}

function linkToError(e: object): void {
  if (Object.prototype.isPrototypeOf.call(Error.prototype, e)) return;
  const base = KvmInfraError.prototype;
  if (!Object.prototype.isPrototypeOf.call(Error.prototype, base)) Object.setPrototypeOf(base, Error.prototype);
  if (Object.prototype.isPrototypeOf.call(base, e)) return;
  // A subclass's prototype that the serializer left under Object.prototype: hang it below ours.
  let p = Object.getPrototypeOf(e);
  while (Object.getPrototypeOf(p) !== Object.prototype && Object.getPrototypeOf(p) !== null) p = Object.getPrototypeOf(p);
  if (p !== base) Object.setPrototypeOf(p, base);
}
