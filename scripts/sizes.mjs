// Prints the sizes of a release build's wasm and JS: raw, gzip -9 and brotli quality 11, in a Markdown table.
// Usage: node scripts/sizes.mjs [DIST=dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const files = readdirSync(dist).filter((name) => /\.(wasm|js|css|html)$/.test(name)).sort();
const number = (value) => value.toLocaleString("en-GB");

console.log("| file | raw | gzip -9 | brotli -q 11 |");
console.log("|---|---:|---:|---:|");
for (const name of files) {
  const bytes = readFileSync(join(dist, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const shown = name.replace(/-[0-9a-f]{8,16}(?=[._])/, "");
  console.log(`| ${shown} | ${number(bytes.length)} | ${number(gzip)} | ${number(brotli)} |`);
}
