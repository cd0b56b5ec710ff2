// Connection URIs parsed the way libvirt's remote driver reads them:
// driver[+transport]://[user@][host][:port]/path[?params]. Anything this client cannot honour is
// refused here with an error that names the offending part, before any connection is tried.
import { KvmInfraError } from "./base-error";

export type Transport = "unix" | "tcp" | "tls" | "ssh";
export type SocketMode = "auto" | "direct" | "legacy";
export type SshProxy = "auto" | "native" | "netcat";

export interface LibvirtUri {
  /** The URI as given. */
  readonly uri: string;
  /** The driver part of the scheme ("qemu", "test", ...). */
  readonly driver: string;
  readonly transport: Transport;
  readonly user?: string;
  readonly host?: string;
  /** Only when the URI names one; dialers apply the transport's default. */
  readonly port?: number;
  readonly path: string;
  /** Query parameters, names lowercased (libvirt compares them case-insensitively). */
  readonly params: Readonly<Record<string, string>>;
  /** The URI the daemon's CONNECT_OPEN receives (and virt-ssh-helper, over ssh). */
  readonly name: string;
  /** socket= : the daemon socket (unix) or the remote socket for nc (ssh). */
  readonly socket?: string;
  readonly mode: SocketMode;
  /** ssh only: how the remote end reaches the daemon. */
  readonly proxy: SshProxy;
  readonly netcat?: string;
  /** ssh binary (command=), "ssh" by default. */
  readonly command: string;
  readonly keyfile?: string;
  readonly noVerify: boolean;
  readonly noTty: boolean;
  readonly pkipath?: string;
  /** auth= : the one auth type the client may use, when the URI pins it. */
  readonly auth?: string;
  /** A per-user (session) daemon is meant: /session, or test+ as non-root, as libvirt decides. */
  readonly userDaemon: boolean;
}

export class UriError extends KvmInfraError {
  constructor(message: string) {
    super("UriError", message);
  }
}

export const DEFAULT_TCP_PORT = 16509;
export const DEFAULT_TLS_PORT = 16514;

const KNOWN_TRANSPORTS = ["tls", "unix", "ssh", "ext", "tcp", "libssh2", "libssh"];
const SUPPORTED_TRANSPORTS: Transport[] = ["unix", "tcp", "tls", "ssh"];

const STRING_PARAMS = ["name", "command", "socket", "auth", "netcat", "keyfile", "pkipath", "mode", "proxy"];
const BOOL_PARAMS = ["no_verify", "no_tty", "no_sanity"];
// libvirt consumes these too, but only for transports or libraries this client does not use.
const UNSUPPORTED_PARAMS: Record<string, string> = {
  sshauth: "it only applies to the libssh/libssh2 transports; the ssh transport uses the system ssh, configure it in ~/.ssh/config",
  known_hosts: "it only applies to the libssh/libssh2 transports; the ssh transport uses the system ssh and its known_hosts",
  known_hosts_verify: "it only applies to the libssh/libssh2 transports; use no_verify=1 with the ssh transport",
  tls_priority: "GnuTLS priority strings cannot be applied to node's TLS; leave it out",
};
// authfile is read by libvirt's client-side auth callbacks and stripped before the daemon sees it.
const IGNORED_PARAMS = ["authfile"];

// Query parameters whose value points at credentials. libvirt's client reads them itself and never
// passes them on (remote driver: keyfile for ssh, authfile for the auth callbacks): they do not
// belong in an error text or a log line either.
const SECRET_PARAMS = ["keyfile", "authfile"];

function tryDecode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

/**
 * The URI as it may appear in messages: a password in the user part and the values of
 * credential parameters (keyfile, authfile) replaced by ***. Works on text that does not parse.
 */
export function redactUri(uri: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(uri);
  let out = uri;
  if (m) {
    const [, scheme, authority, rest] = m;
    const at = authority.lastIndexOf("@");
    const userinfo = at >= 0 ? authority.slice(0, at) : "";
    const colon = userinfo.indexOf(":");
    out = colon >= 0 ? `${scheme}${userinfo.slice(0, colon)}:***${authority.slice(at)}${rest}` : uri;
  }
  return out.replace(/([?&;])([^=&;#]*)=([^&;#]*)/g, (all, sep: string, name: string) =>
    SECRET_PARAMS.includes(tryDecode(name).toLowerCase()) ? `${sep}${name}=***` : all,
  );
}

/** What redactUri hides, as it may appear elsewhere in a message (ssh names the key file it could not read). */
export function uriSecrets(uri: string): string[] {
  const out: string[] = [];
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri);
  if (m) {
    const at = m[1].lastIndexOf("@");
    const userinfo = at >= 0 ? m[1].slice(0, at) : "";
    const colon = userinfo.indexOf(":");
    if (colon >= 0 && colon < userinfo.length - 1) out.push(userinfo.slice(colon + 1), tryDecode(userinfo.slice(colon + 1)));
  }
  const q = uri.indexOf("?");
  if (q >= 0) {
    for (const pair of uri.slice(q + 1).split(/[&;#]/)) {
      const eq = pair.indexOf("=");
      if (eq < 0 || !SECRET_PARAMS.includes(tryDecode(pair.slice(0, eq)).toLowerCase())) continue;
      const value = pair.slice(eq + 1);
      if (value) out.push(value, tryDecode(value));
    }
  }
  return [...new Set(out)].filter((v) => v.length > 0);
}

/** `text` with the URI shown redacted and each of its secrets replaced by ***. */
export function redactUriIn(text: string, uri: string): string {
  let out = uri ? text.split(uri).join(redactUri(uri)) : text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of uriSecrets(uri).sort((a, b) => b.length - a.length)) out = out.split(secret).join("***");
  return out;
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new UriError(`bad percent-encoding in the ${what} of the libvirt URI: ${part}`);
  }
}

function defaultUri(): string | undefined {
  const env = process.env.LIBVIRT_DEFAULT_URI;
  return env && env.trim() !== "" ? env.trim() : undefined;
}

/**
 * Parses a libvirt connection URI. With no argument, LIBVIRT_DEFAULT_URI is used; with neither,
 * the local daemon's unix socket is used and the daemon picks the driver, as libvirt does.
 */
export function parseUri(uri?: string): LibvirtUri {
  const given = uri ?? defaultUri();
  if (given === undefined) {
    return {
      uri: "",
      driver: "",
      transport: "unix",
      path: "",
      params: {},
      name: "",
      mode: "auto",
      proxy: "auto",
      command: "ssh",
      noVerify: false,
      noTty: false,
      userDaemon: isNonRoot(),
    };
  }
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/.exec(given);
  if (!m) throw new UriError(`not a libvirt URI: "${redactUri(given)}" (expected driver[+transport]://[user@][host][:port]/path[?params])`);
  const [, scheme, authority, rawPath, query] = m;
  // Messages quote the URI without its credentials.
  const shown = redactUri(given);

  const plus = scheme.indexOf("+");
  const driver = (plus >= 0 ? scheme.slice(0, plus) : scheme).toLowerCase();
  const transportPart = plus >= 0 ? scheme.slice(plus + 1).toLowerCase() : undefined;

  let user: string | undefined;
  let host: string | undefined;
  let port: number | undefined;
  if (authority !== undefined && authority !== "") {
    let hostPort = authority;
    const at = authority.lastIndexOf("@");
    if (at >= 0) {
      user = decode(authority.slice(0, at), "user");
      hostPort = authority.slice(at + 1);
    }
    const hm = /^(\[[^\]]+\]|[^:]*)(?::(.*))?$/.exec(hostPort);
    if (!hm) throw new UriError(`bad host in libvirt URI "${shown}": ${hostPort}`);
    host = hm[1].startsWith("[") ? hm[1].slice(1, -1) : decode(hm[1], "host");
    if (host === "") host = undefined;
    if (hm[2] !== undefined && hm[2] !== "") {
      if (!/^[0-9]+$/.test(hm[2]) || Number(hm[2]) < 1 || Number(hm[2]) > 65535) {
        throw new UriError(`bad port "${hm[2]}" in libvirt URI "${shown}": expected a number from 1 to 65535`);
      }
      port = Number(hm[2]);
    }
  }
  const path = decode(rawPath, "path");

  let transport: Transport;
  if (transportPart !== undefined) {
    if (!KNOWN_TRANSPORTS.includes(transportPart)) {
      throw new UriError(
        `unknown transport "${transportPart}" in libvirt URI "${shown}" (libvirt knows ${KNOWN_TRANSPORTS.join("|")}; this client supports ${SUPPORTED_TRANSPORTS.join("|")})`,
      );
    }
    if (!(SUPPORTED_TRANSPORTS as string[]).includes(transportPart)) {
      throw new UriError(
        `transport "${transportPart}" in libvirt URI "${shown}" is not supported by this client: use ${driver}+ssh (the system ssh binary), ${driver}+tls or ${driver}+tcp`,
      );
    }
    transport = transportPart as Transport;
    if (transport === "unix" && host !== undefined) {
      throw new UriError(`libvirt URI "${shown}": the unix transport cannot reach the remote server "${host}"`);
    }
  } else {
    transport = host !== undefined ? "tls" : "unix";
  }

  const params: Record<string, string> = {};
  if (query !== undefined && query !== "") {
    for (const pair of query.split(/[&;]/)) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      const rawName = eq >= 0 ? pair.slice(0, eq) : pair;
      const value = decode((eq >= 0 ? pair.slice(eq + 1) : "").replace(/\+/g, " "), `parameter ${rawName}`);
      const pname = decode(rawName, "parameter name").toLowerCase();
      if (UNSUPPORTED_PARAMS[pname]) {
        throw new UriError(`URI parameter "${pname}" in "${shown}" is not supported: ${UNSUPPORTED_PARAMS[pname]}`);
      }
      if (IGNORED_PARAMS.includes(pname)) continue;
      if (!STRING_PARAMS.includes(pname) && !BOOL_PARAMS.includes(pname)) {
        throw new UriError(`unknown URI parameter "${pname}" in "${shown}" (known: ${[...STRING_PARAMS, ...BOOL_PARAMS].join(", ")})`);
      }
      if (BOOL_PARAMS.includes(pname) && !/^[+-]?[0-9]+$/.test(value)) {
        throw new UriError(`URI parameter "${pname}" in "${shown}" must be an integer (0 or 1), got "${value}"`);
      }
      params[pname] = value;
    }
  }

  const mode = (params.mode ?? "auto") as SocketMode;
  if (!["auto", "direct", "legacy"].includes(mode)) {
    throw new UriError(`URI parameter "mode" in "${shown}" must be auto, direct or legacy, got "${params.mode}"`);
  }
  if (mode === "direct" && transport !== "unix") {
    throw new UriError(`URI parameter "mode=direct" in "${shown}" cannot be used with the ${transport} transport`);
  }

  const userDaemon = isNonRoot() && (path === "/session" || scheme.toLowerCase().startsWith("test+"));
  let proxy: SshProxy;
  if (params.proxy !== undefined) {
    if (!["auto", "native", "netcat"].includes(params.proxy)) {
      throw new UriError(`URI parameter "proxy" in "${shown}" must be auto, native or netcat, got "${params.proxy}"`);
    }
    proxy = params.proxy as SshProxy;
  } else if (params.socket !== undefined) {
    // virt-ssh-helper cannot be pointed at a socket, so an explicit one means nc, as in libvirt.
    proxy = "netcat";
  } else {
    proxy = userDaemon ? "native" : "auto";
  }
  if (proxy === "auto" && params.netcat !== undefined) proxy = "netcat";
  if (proxy === "native" && params.netcat !== undefined) {
    throw new UriError(`URI parameter "netcat" in "${shown}" is not valid with proxy=native`);
  }

  if (params.auth !== undefined && !/^(none|polkit|sasl(\..*)?)$/i.test(params.auth)) {
    throw new UriError(`URI parameter "auth" in "${shown}" must be none, polkit or sasl, got "${params.auth}"`);
  }

  let name: string;
  if (params.name !== undefined) name = params.name;
  else if (driver === "remote") name = "";
  else name = `${driver}://${path}`;

  const flag = (p: string) => params[p] !== undefined && Number(params[p]) !== 0;
  const out: LibvirtUri = {
    uri: given,
    driver,
    transport,
    path,
    params,
    name,
    mode,
    proxy,
    command: params.command ?? "ssh",
    noVerify: flag("no_verify"),
    noTty: flag("no_tty"),
    userDaemon,
  };
  return stripUndefined({
    ...out,
    user,
    host,
    port,
    socket: params.socket,
    netcat: params.netcat,
    keyfile: params.keyfile,
    pkipath: params.pkipath,
    auth: params.auth,
  });
}

function isNonRoot(): boolean {
  return typeof process.geteuid === "function" && process.geteuid() !== 0;
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** The directory holding a system daemon's sockets (LOCALSTATEDIR/run/libvirt; /var/run links to /run). */
const SYSTEM_SOCKET_DIR = "/var/run/libvirt";

function userSocketDir(): string {
  const runtime = process.env.XDG_RUNTIME_DIR || `/run/user/${process.getuid ? process.getuid() : 0}`;
  return `${runtime}/libvirt`;
}

/**
 * The unix socket of the daemon, chosen as libvirt's remoteGetUNIXSocket does: socket= wins;
 * mode=direct is the per-driver daemon (virtqemud-sock), legacy the monolithic libvirt-sock, and
 * auto (unix only) takes the first that exists. Over ssh this is the remote path handed to nc.
 */
export function daemonSocketPath(u: LibvirtUri, exists: (path: string) => boolean): string {
  if (u.socket !== undefined) return u.socket;
  const dir = u.userDaemon ? userSocketDir() : SYSTEM_SOCKET_DIR;
  const direct = u.driver && u.driver !== "remote" ? `${dir}/virt${u.driver}d-sock` : `${dir}/libvirt-sock`;
  const legacy = `${dir}/libvirt-sock`;
  if (u.mode === "direct") return direct;
  if (u.mode === "legacy" || u.transport !== "unix") return legacy;
  if (exists(direct)) return direct;
  return legacy;
}
