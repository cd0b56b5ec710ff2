// Downloads install-tree files over http(s) into memory, following redirects, with progress
// reported as a few readable lines ("vmlinuz: 40% of 6.6 MiB") rather than one per chunk.
import { request as httpRequest, IncomingMessage } from "http";
import { request as httpsRequest } from "https";
import { createHash } from "crypto";

export interface FetchOptions {
  /** Called on every chunk with the bytes so far and the total (undefined without Content-Length). */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Receives throttled progress lines: every 10% with a known size, every 16 MiB without. */
  log?: (message: string) => void;
  /** Name used in the progress lines; defaults to the URL's last path segment. */
  label?: string;
  /** Defaults to 5. */
  maxRedirects?: number;
  /** Idle time without data before giving up. Defaults to 60 s. */
  idleTimeoutMs?: number;
  /** "sha256:<hex>" (as .treeinfo [checksums] writes it): the download must match. */
  checksum?: string;
}

const MiB = 1024 * 1024;
const UNKNOWN_SIZE_STEP = 16 * MiB;

/** 6936160 -> "6.6 MiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < MiB) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * MiB) return `${(n / MiB).toFixed(1)} MiB`;
  return `${(n / (1024 * MiB)).toFixed(1)} GiB`;
}

/** A progress callback that emits a line only when the download crosses the next step, so a log
 * holds at most about a dozen lines per file whatever the chunk size. */
export function progressLogger(label: string, log: (message: string) => void): (received: number, total: number | undefined) => void {
  let nextStep = 1;
  return (received, total) => {
    if (total !== undefined && total > 0) {
      const tenths = Math.floor((received * 10) / total);
      if (tenths >= nextStep) {
        nextStep = tenths + 1;
        log(`${label}: ${Math.min(100, tenths * 10)}% of ${formatBytes(total)}`);
      }
    } else {
      const steps = Math.floor(received / UNKNOWN_SIZE_STEP);
      if (steps >= nextStep) {
        nextStep = steps + 1;
        log(`${label}: ${formatBytes(received)}`);
      }
    }
  };
}

export class FetchError extends Error {
  url: string;
  status?: number;
  constructor(url: string, message: string, status?: number) {
    super(message);
    // Set again: under Pulumi's closure serializer super() leaves message unset.
    this.message = message;
    this.name = "FetchError";
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}

// By name: each serialized provider holds its own copy of the class.
function isFetchError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "FetchError";
}

function get(url: string, idleTimeoutMs: number): Promise<IncomingMessage> {
  const parsed = new URL(url);
  const requester = parsed.protocol === "https:" ? httpsRequest : parsed.protocol === "http:" ? httpRequest : undefined;
  if (!requester) {
    return Promise.reject(new FetchError(url, `cannot download ${url}: only http:// and https:// are supported`));
  }
  return new Promise((resolve, reject) => {
    const req = requester(parsed, { method: "GET", headers: { "user-agent": "kvm-infra" } }, resolve);
    req.setTimeout(idleTimeoutMs, () => {
      req.destroy(new FetchError(url, `downloading ${url}: no response for ${idleTimeoutMs / 1000} s`));
    });
    req.on("error", (e) => reject(isFetchError(e) ? e : new FetchError(url, `downloading ${url}: ${e.message}`)));
    req.end();
  });
}

function readBody(
  url: string,
  res: IncomingMessage,
  total: number | undefined,
  onProgress: (received: number, total: number | undefined) => void,
  idleTimeoutMs: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    res.setTimeout(idleTimeoutMs, () => {
      res.destroy(new FetchError(url, `downloading ${url}: stalled for ${idleTimeoutMs / 1000} s after ${formatBytes(received)}`));
    });
    res.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      onProgress(received, total);
    });
    res.on("error", (e) => reject(isFetchError(e) ? e : new FetchError(url, `downloading ${url}: ${e.message}`)));
    res.on("aborted", () =>
      reject(new FetchError(url, `downloading ${url}: the server closed the connection after ${formatBytes(received)}`)),
    );
    res.on("end", () => {
      if (total !== undefined && received !== total) {
        reject(new FetchError(url, `downloading ${url}: got ${received} bytes, the server announced ${total}`));
        return;
      }
      resolve(Buffer.concat(chunks, received));
    });
  });
}

function verifyChecksum(url: string, data: Buffer, checksum: string): void {
  const m = /^(sha256|sha1|sha512|md5):([0-9a-f]+)$/i.exec(checksum.trim());
  if (!m) throw new FetchError(url, `checksum "${checksum}" for ${url} is not "<algorithm>:<hex>"`);
  const actual = createHash(m[1].toLowerCase()).update(data).digest("hex");
  if (actual !== m[2].toLowerCase()) {
    throw new FetchError(url, `${url} does not match its checksum: expected ${m[1]}:${m[2]}, got ${m[1]}:${actual}`);
  }
}

/** The body of `url` (after redirects); a non-2xx status is an error naming the URL and status. */
export async function fetchBuffer(url: string, opts: FetchOptions = {}): Promise<Buffer> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const idle = opts.idleTimeoutMs ?? 60000;
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await get(current, idle);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) {
        throw new FetchError(url, `downloading ${url}: more than ${maxRedirects} redirects (last to ${res.headers.location})`, status);
      }
      current = new URL(res.headers.location, current).toString();
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      const via = current === url ? "" : ` (redirected to ${current})`;
      throw new FetchError(url, `downloading ${url}${via}: HTTP ${status} ${res.statusMessage ?? ""}`.trimEnd(), status);
    }
    const length = res.headers["content-length"];
    const total = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
    const label = opts.label ?? (new URL(url).pathname.split("/").filter(Boolean).pop() || url);
    const logProgress = opts.log ? progressLogger(label, opts.log) : undefined;
    const body = await readBody(
      current,
      res,
      total,
      (received, t) => {
        opts.onProgress?.(received, t);
        logProgress?.(received, t);
      },
      idle,
    );
    if (opts.checksum) verifyChecksum(url, body, opts.checksum);
    return body;
  }
}
