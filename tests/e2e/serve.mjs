// A small static file server for the built app, on 127.0.0.1 only: what any static host does, and no more.
// Usage: node tests/e2e/serve.mjs [DIR=dist] [PORT=4173] [SUB_PATH]
// With SUB_PATH (such as /tools/quoteline/), the same files are also served under it, as a host serves a
// site from a folder of another: the app must work there unchanged.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
const subPath = process.argv[4];

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".bin": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
};

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const pathname =
      subPath && url.pathname.startsWith(subPath) ? `/${url.pathname.slice(subPath.length)}` : url.pathname;
    let path = normalize(join(root, decodeURIComponent(pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    const { size, mtimeMs } = await stat(path);
    // As a static host does: the browser may keep a copy and must ask whether it is still current, so a
    // returning visit reuses it (and the compiled wasm V8 keeps with it) and a new build is seen at once.
    const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    const headers = {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      etag,
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
