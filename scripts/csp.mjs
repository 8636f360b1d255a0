// Trunk's post-build hook: gives the release page its Content Security Policy as a <meta> element, with a
// hash of each inline script Trunk wrote (its loader), computed from the bytes it wrote. Development
// builds are left without one: `trunk serve` adds a live-reload script after this hook has run.
//
// The policy allows nothing but this site's own files: scripts (and compiling WebAssembly), styles,
// images (and data: URLs), fonts and fetches (a corpus bundle). `frame-ancestors` cannot be set in a
// <meta> policy; a host that wants to limit who may frame the app sends it as a header (README).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const page = join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
const html = readFileSync(page, "utf8");
// Inline scripts: a <script> element with no src attribute, and its text exactly as the browser hashes it.
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, text]) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
);
export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trimEnd(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
const charset = html.match(/<meta charset="utf-8"\s*\/?>/i);
if (!charset) {
  console.error(`csp.mjs: no <meta charset> in ${page} to put the policy after`);
  process.exit(1);
}
const at = charset.index + charset[0].length;
writeFileSync(page, `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`);
console.log(`csp.mjs: ${hashes.length} inline script(s) hashed into the page's policy`);
