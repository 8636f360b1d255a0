// The single-file build: the release page with its script, WebAssembly, style sheet and icon inside it, so
// that one `quoteline.html` works opened from disk (file://), sent as an attachment or kept on a USB stick,
// where a browser fetches nothing beside the page. Its own policy allows only the code it carries, by hash.
//
//   node scripts/single-file.mjs [DIR=dist] [OUT=DIR/quoteline.html]
// Run by the post-build hook (scripts/release-page.mjs) on every release build.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { policy, withPolicy } from "./csp.mjs";

/** The single page made from Trunk's release page `html` (without its policy) and the files in `dir`. */
export function singleFile(dir, html) {
  const file = (name) => readFileSync(join(dir, name.replace(/^\.\//, "")));
  const one = (pattern, what) => {
    const matches = [...html.matchAll(pattern)];
    if (matches.length !== 1) throw new Error(`expected one ${what} in the release page, found ${matches.length}`);
    return matches[0];
  };

  const loader = one(/<script type="module">([\s\S]*?)<\/script>/g, "loader script");
  const glueName = one(/import init, \* as bindings from '([^']+\.js)'/g, "script import")[1];
  const wasmName = one(/module_or_path: '([^']+\.wasm)'/g, "WebAssembly file")[1];
  const styleLink = one(/<link rel="stylesheet" href="([^"]+\.css)"[^>]*>/g, "style sheet");
  const iconLink = one(/<link rel="icon" href="([^"]+\.png)"[^>]*>/g, "icon");

  const glue = file(glueName).toString("utf8");
  const css = file(styleLink[1]).toString("utf8");
  // Inline text ends at the first "</script" or "</style", and "<!--" changes how a script is parsed.
  for (const [text, end] of [[glue, "</script"], [css, "</style"]]) {
    if (text.toLowerCase().includes(end) || text.includes("<!--")) {
      throw new Error(`cannot inline ${end === "</script" ? glueName : styleLink[1]}: it contains "${end}" or "<!--"`);
    }
  }
  // The glue's default export is its `__wbg_init`, given the wasm's bytes instead of an address to fetch.
  if (!/export \{[^}]*__wbg_init as default/.test(glue)) throw new Error(`${glueName} has no __wbg_init`);
  const script = `
${glue}
const quotelineWasmBase64 = "${file(wasmName).toString("base64")}";
const quotelineWasmBytes =
  typeof Uint8Array.fromBase64 === "function"
    ? Uint8Array.fromBase64(quotelineWasmBase64)
    : Uint8Array.from(atob(quotelineWasmBase64), (character) => character.charCodeAt(0));
const quotelineWasm = await __wbg_init({ module_or_path: quotelineWasmBytes });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: quotelineWasm } }));
`;
  const icon = `data:image/png;base64,${file(iconLink[1]).toString("base64")}`;

  let page = html
    // Comments about the hosted files' names and the preload hints for them mean nothing here.
    .replace(/\s*<!--[\s\S]*?-->/g, "")
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
    .replace(loader[0], () => `<script type="module">${script}</script>`)
    .replace(styleLink[0], () => `<style>${css}</style>`)
    .replace(iconLink[0], () => `<link rel="icon" type="image/png" href="${icon}" />`);
  page = withPolicy(page, policy({ scripts: [script], styles: [css], ownFiles: false }));
  return page;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  const out = process.argv[3] ?? join(dir, "quoteline.html");
  const html = readFileSync(join(dir, "index.html"), "utf8").replace(
    /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/,
    "",
  );
  writeFileSync(out, singleFile(dir, html));
  console.log(`single-file.mjs: wrote ${out}`);
}
