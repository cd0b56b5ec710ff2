import { createServer, Server } from "http";
import { createHash } from "crypto";
import { fetchBuffer, FetchError, formatBytes, progressLogger } from "../../../libvirt/install/fetch";

describe("formatBytes", () => {
  it.each([
    [512, "512 B"],
    [2048, "2.0 KiB"],
    [6936160, "6.6 MiB"],
    [5 * 1024 ** 3, "5.0 GiB"],
  ])("%i -> %s", (n, s) => expect(formatBytes(n)).toBe(s));
});

describe("progressLogger", () => {
  it("logs one line per 10% crossed, whatever the chunk size", () => {
    const lines: string[] = [];
    const p = progressLogger("vmlinuz", (m) => lines.push(m));
    const total = 6936160;
    for (let got = 0; got < total; got += 65536) p(Math.min(total, got + 65536), total);
    expect(lines).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((pc) => `vmlinuz: ${pc}% of 6.6 MiB`));
  });

  it("skips steps a large chunk jumps over instead of repeating lines", () => {
    const lines: string[] = [];
    const p = progressLogger("initrd.img", (m) => lines.push(m));
    p(45, 100);
    p(46, 100);
    p(100, 100);
    expect(lines).toEqual(["initrd.img: 40% of 100 B", "initrd.img: 100% of 100 B"]);
  });

  it("logs every 16 MiB when the size is unknown", () => {
    const lines: string[] = [];
    const p = progressLogger("x", (m) => lines.push(m));
    for (let got = 1; got <= 40 * 1024 * 1024; got += 1024 * 1024) p(got, undefined);
    expect(lines).toEqual(["x: 16.0 MiB", "x: 32.0 MiB"]);
  });
});

describe("fetchBuffer", () => {
  let server: Server;
  let base: string;
  const body = Buffer.alloc(300000, 3);

  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case "/tree/images/pxeboot/vmlinuz":
          res.writeHead(200, { "content-length": body.length });
          // Several writes, so progress has more than one step.
          for (let off = 0; off < body.length; off += 50000) res.write(body.subarray(off, off + 50000));
          res.end();
          return;
        case "/chunked":
          res.writeHead(200);
          res.end("no length");
          return;
        case "/moved":
          res.writeHead(301, { location: "/tree/images/pxeboot/vmlinuz" });
          res.end();
          return;
        case "/loop":
          res.writeHead(302, { location: "/loop" });
          res.end();
          return;
        case "/short":
          res.writeHead(200, { "content-length": 1000 });
          res.write(Buffer.alloc(10));
          setTimeout(() => res.destroy(), 20);
          return;
        case "/moved-to-missing":
          res.writeHead(302, { location: "/missing" });
          res.end();
          return;
        default:
          res.writeHead(404, "Not Found");
          res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("downloads the body and reports progress up to the full size", async () => {
    const seen: Array<[number, number | undefined]> = [];
    const lines: string[] = [];
    const got = await fetchBuffer(`${base}/tree/images/pxeboot/vmlinuz`, {
      onProgress: (r, t) => seen.push([r, t]),
      log: (m) => lines.push(m),
    });
    expect(got.equals(body)).toBe(true);
    expect(seen[seen.length - 1]).toEqual([body.length, body.length]);
    expect(lines[lines.length - 1]).toBe("vmlinuz: 100% of 293.0 KiB");
    expect(lines.length).toBeLessThanOrEqual(10);
  });

  it("uses the given label in progress lines", async () => {
    const lines: string[] = [];
    await fetchBuffer(`${base}/tree/images/pxeboot/vmlinuz`, { label: "kernel", log: (m) => lines.push(m) });
    expect(lines.every((l) => l.startsWith("kernel: "))).toBe(true);
  });

  it("reads a body without Content-Length", async () => {
    expect((await fetchBuffer(`${base}/chunked`)).toString()).toBe("no length");
  });

  it("follows redirects", async () => {
    expect((await fetchBuffer(`${base}/moved`)).equals(body)).toBe(true);
  });

  it("gives up on a redirect loop, naming the URL", async () => {
    await expect(fetchBuffer(`${base}/loop`, { maxRedirects: 3 })).rejects.toThrow(`downloading ${base}/loop: more than 3 redirects`);
  });

  it("fails on a 404 with the URL and the status", async () => {
    const err = await fetchBuffer(`${base}/nope/.treeinfo`).catch((e) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err.message).toBe(`downloading ${base}/nope/.treeinfo: HTTP 404 Not Found`);
    expect(err.status).toBe(404);
    expect(err.url).toBe(`${base}/nope/.treeinfo`);
  });

  it("says where a redirect led when the target fails", async () => {
    await expect(fetchBuffer(`${base}/moved-to-missing`)).rejects.toThrow(
      `downloading ${base}/moved-to-missing (redirected to ${base}/missing): HTTP 404`,
    );
  });

  it("fails when the server closes before the announced length", async () => {
    await expect(fetchBuffer(`${base}/short`)).rejects.toThrow(`downloading ${base}/short`);
  });

  it("fails on a refused connection, naming the URL", async () => {
    await expect(fetchBuffer("http://127.0.0.1:1/x")).rejects.toThrow("downloading http://127.0.0.1:1/x: connect ECONNREFUSED");
  });

  it("refuses other schemes", async () => {
    await expect(fetchBuffer("ftp://h/x")).rejects.toThrow("cannot download ftp://h/x: only http:// and https:// are supported");
  });

  it("checks a sha256 checksum from .treeinfo", async () => {
    const good = "sha256:" + createHash("sha256").update(body).digest("hex");
    await expect(fetchBuffer(`${base}/tree/images/pxeboot/vmlinuz`, { checksum: good })).resolves.toHaveLength(body.length);
    await expect(fetchBuffer(`${base}/tree/images/pxeboot/vmlinuz`, { checksum: "sha256:00ff" })).rejects.toThrow(
      `${base}/tree/images/pxeboot/vmlinuz does not match its checksum: expected sha256:00ff, got sha256:${good.slice(7)}`,
    );
  });
});
