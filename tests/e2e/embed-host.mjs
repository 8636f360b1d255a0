// The page of another site that embeds Quoteline, for tests/e2e/embed.spec.ts: served from a second
// origin (its own port), as an article on a newspaper's site would be. Pages come from embed-host/, with
// {{APP}} replaced by the app's origin.
// Usage: node tests/e2e/embed-host.mjs PORT APP_ORIGIN
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.argv[2] ?? 4174);
const app = process.argv[3] ?? "http://127.0.0.1:4173";
const pages = join(dirname(fileURLToPath(import.meta.url)), "embed-host");

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
  // A site with no icon: an empty answer, not a 404 the browser would log as an error.
  if (pathname === "/favicon.ico") {
    response.writeHead(204).end();
    return;
  }
  const name = pathname === "/" ? "article.html" : pathname.slice(1);
  if (!/^[a-z-]+\.html$/.test(name)) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  try {
    const page = (await readFile(join(pages, name), "utf8")).replaceAll("{{APP}}", app);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(page);
  } catch {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`Embedding page on http://127.0.0.1:${port}/`));
