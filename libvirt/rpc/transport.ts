// Byte transports to a libvirt daemon: unix socket, tcp, tls (with libvirt's one-byte certificate
// confirmation) and ssh through the system ssh binary. Each ends in the same small interface the
// RPC client drives; "close" fires exactly once, with the reason when it was not asked for.
import { Socket, connect as netConnect, isIP } from "net";
import { connect as tlsConnect, TLSSocket } from "tls";
import { spawn, ChildProcess } from "child_process";
import { existsSync, readFileSync } from "fs";
import { homedir } from "os";
import { LibvirtUri, daemonSocketPath, uriSecrets, DEFAULT_TCP_PORT, DEFAULT_TLS_PORT } from "./uri";
import { sshCommand } from "./ssh-command";

export interface Transport {
  /** "unix:/path", "tcp:host:port", "ssh:argv..." for messages. */
  readonly description: string;
  /** The ssh child's pid, for the ssh transport. */
  readonly pid?: number;
  /** false means: wait for "drain" before writing more. */
  write(data: Buffer): boolean;
  on(event: "data", listener: (chunk: Buffer) => void): this;
  on(event: "drain", listener: () => void): this;
  on(event: "close", listener: (err?: Error) => void): this;
  /** Ends the transport (and the ssh child); "close" follows. */
  destroy(): void;
  /** Whether an open transport keeps the node process alive (idle pooled connections should not). */
  setRef(ref: boolean): void;
}

type Listener = (...args: never[]) => void;

// Not node's EventEmitter: Pulumi's closure serializer cannot refer to a builtin base class from
// a provider text, so the transports carry this minimal emitter of their own.
class Emitter {
  private listeners: Record<string, Listener[]> = {};

  on(event: string, listener: Listener): this {
    (this.listeners[event] ??= []).push(listener);
    return this;
  }

  protected emit(event: string, ...args: unknown[]): void {
    for (const listener of (this.listeners[event] ?? []).slice()) listener(...(args as never[]));
  }
}

class SocketTransport extends Emitter implements Transport {
  private closed = false;

  constructor(
    readonly description: string,
    private readonly socket: Socket,
  ) {
    super();
    socket.setNoDelay?.(true);
    socket.on("data", (chunk: Buffer) => this.emit("data", chunk));
    socket.on("drain", () => this.emit("drain"));
    socket.on("error", (err) => this.finish(err));
    socket.on("close", () => this.finish(new Error(`${description}: connection closed by the peer`)));
    socket.on("end", () => this.finish(new Error(`${description}: connection closed by the peer`)));
  }

  write(data: Buffer): boolean {
    if (this.closed) return false;
    return this.socket.write(data);
  }

  destroy(): void {
    this.finish(undefined);
  }

  setRef(ref: boolean): void {
    if (ref) this.socket.ref();
    else this.socket.unref();
  }

  private finish(err: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    this.emit("close", err);
  }
}

class SshTransport extends Emitter implements Transport {
  private closed = false;
  private stderrTail = "";
  readonly pid?: number;

  constructor(
    readonly description: string,
    private readonly child: ChildProcess,
    /** Not to be repeated from ssh's stderr (it names the key file it could not read). */
    private readonly secrets: string[] = [],
  ) {
    super();
    this.pid = child.pid;
    child.stdout!.on("data", (chunk: Buffer) => this.emit("data", chunk));
    child.stdin!.on("drain", () => this.emit("drain"));
    // EPIPE on stdin after the child died is reported through "exit" below.
    child.stdin!.on("error", () => undefined);
    child.stderr!.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-2000);
    });
    child.on("error", (err) => this.finish(new Error(`${description}: cannot run ssh: ${err.message}`)));
    child.on("exit", (code, signal) => {
      const why = signal ? `killed by ${signal}` : `exited with status ${code}`;
      // stderr may still be in flight right after exit; give it one turn of the loop.
      setImmediate(() => this.finish(new Error(`${this.description}: ssh ${why}${this.stderrSuffix()}`)));
    });
    // Output closing usually means the child is exiting: wait briefly so the reason can name its exit status.
    child.stdout!.on("end", () => {
      const t = setTimeout(() => this.finish(new Error(`${this.description}: ssh closed its output${this.stderrSuffix()}`)), 100);
      t.unref?.();
    });
  }

  private stderrSuffix(): string {
    let tail = this.stderrTail.trim();
    for (const s of this.secrets) tail = tail.split(s).join("***");
    return tail ? `: ${tail.split("\n").slice(-5).join(" | ")}` : "";
  }

  write(data: Buffer): boolean {
    if (this.closed) return false;
    return this.child.stdin!.write(data);
  }

  destroy(): void {
    this.finish(undefined);
  }

  setRef(ref: boolean): void {
    const handles = [this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Array<{
      ref?: () => void;
      unref?: () => void;
    } | null>;
    for (const h of handles) {
      if (h && ref) h.ref?.();
      if (h && !ref) h.unref?.();
    }
    if (ref) this.child.ref();
    else this.child.unref();
  }

  private finish(err: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin!.destroy();
    this.child.stdout!.destroy();
    this.child.stderr!.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      // As libvirt's virProcessAbort: ask first, then insist (a stopped ssh never acts on SIGTERM).
      this.child.kill("SIGTERM");
      this.child.kill("SIGCONT");
      const insist = setTimeout(() => {
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
      }, 2000);
      insist.unref?.();
      this.child.once("exit", () => clearTimeout(insist));
    }
    this.emit("close", err);
  }
}

function waitConnected(socket: Socket, event: string, description: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      socket.destroy();
      reject(new Error(`${description}: ${err.message}`));
    };
    socket.once("error", onError);
    socket.once(event, () => {
      socket.removeListener("error", onError);
      resolve();
    });
  });
}

async function dialUnix(u: LibvirtUri): Promise<Transport> {
  const path = daemonSocketPath(u, existsSync);
  const description = `unix:${path}`;
  const socket = netConnect({ path });
  await waitConnected(socket, "connect", description);
  return new SocketTransport(description, socket);
}

async function dialTcp(u: LibvirtUri): Promise<Transport> {
  const host = u.host ?? "localhost";
  const port = u.port ?? DEFAULT_TCP_PORT;
  const description = `tcp:${host}:${port}`;
  const socket = netConnect({ host, port });
  await waitConnected(socket, "connect", description);
  return new SocketTransport(description, socket);
}

interface TlsFiles {
  ca: string;
  cert: string;
  key: string;
}

/** Where libvirt looks for the CA and client certificate: pkipath, else the per-user then system defaults. */
export function tlsFiles(u: LibvirtUri): TlsFiles {
  if (u.pkipath !== undefined) {
    return { ca: `${u.pkipath}/cacert.pem`, cert: `${u.pkipath}/clientcert.pem`, key: `${u.pkipath}/clientkey.pem` };
  }
  const system = { ca: "/etc/pki/CA/cacert.pem", cert: "/etc/pki/libvirt/clientcert.pem", key: "/etc/pki/libvirt/private/clientkey.pem" };
  const isRoot = typeof process.geteuid === "function" && process.geteuid() === 0;
  if (isRoot) return system;
  const user = `${homedir()}/.pki/libvirt`;
  return {
    ca: existsSync(`${user}/cacert.pem`) ? `${user}/cacert.pem` : system.ca,
    cert: existsSync(`${user}/clientcert.pem`) ? `${user}/clientcert.pem` : system.cert,
    key: existsSync(`${user}/clientkey.pem`) ? `${user}/clientkey.pem` : system.key,
  };
}

function readPem(path: string, what: string, required: boolean): Buffer | undefined {
  if (!existsSync(path)) {
    if (required)
      throw new Error(
        `TLS ${what} ${path} does not exist (set pkipath= in the URI to the directory holding cacert.pem, clientcert.pem and clientkey.pem)`,
      );
    return undefined;
  }
  return readFileSync(path);
}

async function dialTls(u: LibvirtUri): Promise<Transport> {
  const host = u.host ?? "localhost";
  const port = u.port ?? DEFAULT_TLS_PORT;
  const description = `tls:${host}:${port}`;
  const files = tlsFiles(u);
  const ca = readPem(files.ca, "CA certificate", !u.noVerify);
  const cert = readPem(files.cert, "client certificate", false);
  const key = cert ? readPem(files.key, "client key", true) : undefined;
  const socket: TLSSocket = tlsConnect({
    host,
    port,
    ca,
    cert,
    key,
    // no_verify=1 is libvirt's switch for not checking the server's certificate.
    rejectUnauthorized: !u.noVerify,
    ...(isIP(host) ? {} : { servername: host }),
  });
  await waitConnected(socket, "secureConnect", description);
  // After the handshake libvirtd sends one byte, 1, once it accepted our certificate.
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      cleanup();
      if (chunk[0] !== 1) {
        socket.destroy();
        reject(new Error(`${description}: the server refused our certificate or address (confirmation byte ${chunk[0]})`));
        return;
      }
      if (chunk.length > 1) socket.unshift(chunk.subarray(1));
      resolve();
    };
    const onEnd = () => {
      cleanup();
      socket.destroy();
      reject(new Error(`${description}: the server closed the connection after the TLS handshake (client certificate not accepted?)`));
    };
    const onError = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(new Error(`${description}: ${err.message}`));
    };
    // A declaration, not `const cleanup = () => ...`: the serializer fails on a closure that refers
    // to a const declared after it.
    function cleanup(): void {
      socket.removeListener("data", onData);
      socket.removeListener("end", onEnd);
      socket.removeListener("error", onError);
      socket.pause();
    }
    socket.on("data", onData);
    socket.once("end", onEnd);
    socket.once("error", onError);
  });
  const t = new SocketTransport(description, socket);
  socket.resume();
  return t;
}

async function dialSsh(u: LibvirtUri): Promise<Transport> {
  const cmd = sshCommand(u);
  const description = `ssh:${u.user ? u.user + "@" : ""}${u.host ?? "localhost"}${u.port ? ":" + u.port : ""}`;
  const child = spawn(cmd.file, cmd.args, { stdio: ["pipe", "pipe", "pipe"] });
  const t = new SshTransport(description, child, uriSecrets(u.uri));
  // A missing binary surfaces as "error" right away; wait for spawn so it rejects the dial instead.
  await new Promise<void>((resolve, reject) => {
    child.once("spawn", resolve);
    child.once("error", (err) => reject(new Error(`${description}: cannot run ${cmd.file}: ${err.message}`)));
  });
  return t;
}

/** Opens the transport a parsed URI asks for. */
export function dial(u: LibvirtUri): Promise<Transport> {
  switch (u.transport) {
    case "unix":
      return dialUnix(u);
    case "tcp":
      return dialTcp(u);
    case "tls":
      return dialTls(u);
    case "ssh":
      return dialSsh(u);
  }
}
