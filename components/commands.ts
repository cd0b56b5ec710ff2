// The commands an operator types to reach a guest, derived from the libvirt URI: the runbook's
// `ssh -fNL 5901:127.0.0.1:5901 remote_host`, the VNC address and `virsh console`.

export interface SshTarget {
  /** user@host or host, as ssh takes it. */
  destination: string;
  port?: number;
  keyfile?: string;
}

/** The ssh destination of a remote URI, or undefined for a local one (qemu:///system). */
export function sshTarget(uri: string): SshTarget | undefined {
  const m = /^[a-z][a-z0-9]*(?:\+([a-z0-9]+))?:\/\/([^/?#]*)\/[^?#]*(?:\?([^#]*))?$/.exec(uri);
  if (!m) return undefined;
  const transport = m[1];
  const authority = m[2];
  if (!authority || transport === "unix") return undefined;
  const at = authority.lastIndexOf("@");
  const user = at >= 0 ? authority.slice(0, at) : "";
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const hp = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPort);
  if (!hp) return undefined;
  const host = hp[1].replace(/^\[(.*)\]$/, "$1");
  if (host === "localhost" && !hp[2]) return undefined;
  const params = new URLSearchParams(m[3] ?? "");
  const target: SshTarget = { destination: user ? `${user}@${host}` : host };
  // Only ssh URIs carry the ssh port; a tcp/tls URI's port is libvirtd's, not sshd's.
  if (hp[2] && (transport === "ssh" || transport === "libssh" || transport === "libssh2")) target.port = Number(hp[2]);
  const keyfile = params.get("keyfile");
  if (keyfile) target.keyfile = keyfile;
  return target;
}

/** vnc://127.0.0.1:<port>: the address a VNC client (macOS screen sharing) opens, over the tunnel. */
export function vncDisplay(port: number): string {
  return `vnc://127.0.0.1:${port}`;
}

/** `ssh -fNL port:127.0.0.1:port host`; empty for a local host, whose VNC port is reachable as is. */
export function vncTunnelCommand(uri: string, port: number): string {
  const t = sshTarget(uri);
  if (!t) return "";
  const opts = [t.port ? `-p ${t.port}` : "", t.keyfile ? `-i ${shellQuote(t.keyfile)}` : ""].filter(Boolean);
  return ["ssh", ...opts, "-fNL", `${port}:127.0.0.1:${port}`, shellQuote(t.destination)].join(" ");
}

/** `virsh -c <uri> console <name>`: the pty serial console the domain always has. */
export function serialConsoleCommand(uri: string, name: string): string {
  return `virsh -c ${shellQuote(uri)} console ${shellQuote(name)}`;
}

/** Quotes for a POSIX shell only when needed, so the common case reads like the runbook. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
