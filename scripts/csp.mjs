// The release pages' Content Security Policy: what it allows, and how it is written into a page. Used by
// the post-build hook (scripts/release-page.mjs) for the hosted page and the single-file page.
//
// The policy allows nothing but the page's own files and the inline code it carries, each by its hash:
// scripts (and compiling WebAssembly), styles, images (and data: URLs), fonts and fetches (a corpus
// bundle). `frame-ancestors` cannot be set in a <meta> policy; a host that wants to limit who may frame
// the app sends it as a header (README).
import { createHash } from "node:crypto";

/** The CSP source expression for an inline script's or style's text, hashed as the browser hashes it. */
export function hashSource(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The text of every inline <script> (one with no src attribute) in `html`. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, text]) => text);
}

/**
 * The policy. `ownFiles`: the page loads its script, style sheet, icon and fonts from its own site (the
 * hosted build); without it, everything is inline (the single-file build) and only hashed code runs.
 */
export function policy({ scripts, styles = [], ownFiles }) {
  const self = ownFiles ? ["'self'"] : [];
  const directive = (name, ...sources) => [name, ...sources].join(" ");
  return [
    directive("default-src", "'none'"),
    directive("script-src", ...self, "'wasm-unsafe-eval'", ...scripts.map(hashSource)),
    directive("style-src", ...self, ...styles.map(hashSource)),
    directive("img-src", ...self, "data:"),
    ...(ownFiles ? [directive("font-src", "'self'")] : []),
    directive("connect-src", "'self'"),
    directive("base-uri", "'none'"),
    directive("form-action", "'none'"),
    directive("object-src", "'none'"),
  ].join("; ");
}

/** `html` with `policy` as a <meta> element right after its <meta charset>, where a browser reads it first. */
export function withPolicy(html, policy) {
  const charset = html.match(/<meta charset="utf-8"\s*\/?>/i);
  if (!charset) throw new Error("no <meta charset> in the page to put the policy after");
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
