// URI syntax check used by check(); delegates to libvirt/rpc's parser once it exists.
export function parseUri(uri: string): void {
  const m = /^([a-z][a-z0-9]*)(\+[a-z0-9]+)?:\/\/([^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/i.exec(uri);
  if (!m) throw new Error(`expected driver[+transport]://[user@][host[:port]]/path[?params]`);
}
