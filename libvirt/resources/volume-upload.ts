// Content for a new volume: a local file or an http(s) URL, streamed into the volume through the
// RPC stream (virsh vol-upload), length known up front as libvirt requires.
import { createReadStream, statSync } from "fs";
import { get as httpGet, IncomingMessage } from "http";
import { get as httpsGet } from "https";

export interface UploadSource {
  stream: NodeJS.ReadableStream;
  length: number;
  /** For error messages. */
  description: string;
}

function fetchUrl(url: string, redirects = 5): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const get = url.startsWith("https:") ? httpsGet : httpGet;
    const req = get(url, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        resolve(fetchUrl(new URL(res.headers.location, url).toString(), redirects - 1));
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new Error(`GET ${url} answered ${status}`));
        return;
      }
      resolve(res);
    });
    req.on("error", (e) => reject(new Error(`GET ${url} failed: ${e.message}`)));
  });
}

export async function openUploadSource(source: { url?: string; path?: string }): Promise<UploadSource> {
  if (source.path) {
    const length = statSync(source.path).size;
    return { stream: createReadStream(source.path), length, description: source.path };
  }
  if (source.url) {
    const res = await fetchUrl(source.url);
    const length = Number(res.headers["content-length"]);
    if (!Number.isSafeInteger(length) || length < 0) {
      res.destroy();
      throw new Error(`GET ${source.url} gave no Content-Length; libvirt needs the upload's length up front`);
    }
    return { stream: res, length, description: source.url };
  }
  throw new Error("source needs url or path");
}
