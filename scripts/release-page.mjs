// Trunk's post-build hook for release builds. It
// - gives index.html its Content Security Policy as a <meta> element, with a hash of the loader Trunk
//   inlined (computed from the bytes it wrote);
// - writes the single-file build beside it (quoteline.html, scripts/single-file.mjs);
// - writes `_headers`: the HTTP headers a host should send with each file (README, "Publishing"), in the
//   format Netlify and Cloudflare Pages read, and tests/e2e/serve.mjs sends.
// Development builds are left as they are: `trunk serve` adds a live-reload script after this hook runs.
import { readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inlineScripts, policy, withPolicy } from "./csp.mjs";
import { singleFile } from "./single-file.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");

/** The `_headers` file for the files in `dir`, given each page's policy. */
function headersFile({ pagePolicy, singlePolicy }) {
  // Embedding is what the app is for, so any page may frame it; a host that wants fewer says which.
  const framing = "frame-ancestors *";
  const rule = (path, headers) => [path, ...headers.map((header) => `  ${header}`)].join("\n");
  const rules = [
    rule("/*", ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"]),
    ...["/", "/index.html"].map((path) =>
      rule(path, [`Content-Security-Policy: ${pagePolicy}; ${framing}`, "Cache-Control: no-cache"]),
    ),
    rule("/quoteline.html", [`Content-Security-Policy: ${singlePolicy}; ${framing}`, "Cache-Control: no-cache"]),
    // Its name never changes: the pages that embed the app link it.
    rule("/embed.js", ["Cache-Control: no-cache", "Access-Control-Allow-Origin: *"]),
  ];
  // Names with a content hash never change content: kept for a year. Scripts, wasm and styles may be read
  // by a frame sandboxed without allow-same-origin, which fetches them cross-origin.
  for (const name of readdirSync(dir).sort()) {
    if (!/-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(name)) continue;
    const headers = ["Cache-Control: public, max-age=31536000, immutable"];
    if (/\.(js|wasm|css)$/.test(name)) headers.push("Access-Control-Allow-Origin: *");
    rules.push(rule(`/${name}`, headers));
  }
  return `${rules.join("\n")}\n`;
}

try {
  const single = join(dir, "quoteline.html");
  const singleHtml = singleFile(dir, html);
  writeFileSync(single, singleHtml);
  const pagePolicy = policy({ scripts: inlineScripts(html), ownFiles: true });
  writeFileSync(page, withPolicy(html, pagePolicy));
  const singlePolicy = singleHtml.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  writeFileSync(join(dir, "_headers"), headersFile({ pagePolicy, singlePolicy }));
  console.log(
    `release-page.mjs: index.html's policy written (its loader hashed), _headers written; ` +
      `quoteline.html, the single-file build, is ${(statSync(single).size / 1e6).toFixed(1)} MB`,
  );
} catch (error) {
  console.error(`release-page.mjs: ${error.message}`);
  process.exit(1);
}
