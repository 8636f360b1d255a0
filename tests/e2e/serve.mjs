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

/** The headers `_headers` (Netlify's and Cloudflare Pages' format) gives a path: `/*` rules and exact ones. */
let rules;
async function hostHeaders(pathname) {
  rules ??= parseHeaders(await readFile(join(root, "_headers"), "utf8").catch(() => ""));
  const headers = {};
  for (const { pattern, values } of rules) {
    if (pattern === "/*" || pattern === pathname) Object.assign(headers, values);
  }
  return headers;
}

function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), values: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(":");
      rules.at(-1).values[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

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
    // The headers the build says a host should send (dist/_headers, README "Publishing"), so that the
    // tests run under them: the policy with frame-ancestors, nosniff, cross-origin reads for sandboxes.
    Object.assign(headers, await hostHeaders(pathname));
    // A corpus bundle put beside the app: a sandboxed frame (an opaque origin) fetches it cross-origin.
    if (extname(path) === ".bin") headers["access-control-allow-origin"] = "*";
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
