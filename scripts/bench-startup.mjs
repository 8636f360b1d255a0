// Start-up in the browser: loads the release build (dist/) in Debian's Chromium several times and reports
// how long the app's analysis of the bundled corpus took (the User Timing measure `quoteline:analyze`) and
// how long until the document list was on screen. Writes docs/benchmarks/startup.md.
// Usage: node scripts/bench-startup.mjs [RUNS=15]   (after ./dev build)
import { spawn } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { chromium } from "@playwright/test";

const runs = Number(process.argv[2] ?? 15);
const port = 4199;
const server = spawn(process.execPath, ["tests/e2e/serve.mjs", "dist", String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const analysis = [];
const listShown = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const firstDocument = page.getByRole("navigation", { name: "Documents" }).getByRole("link").first();
    await firstDocument.waitFor();
    const shown = await page.evaluate(() => performance.now());
    // The analysis runs when a view first needs it: opening a document.
    await firstDocument.click();
    await page.locator("article mark.quote").first().waitFor();
    const timings = await page.evaluate((shown) => ({
      analysis: performance.getEntriesByName("quoteline:analyze")[0]?.duration ?? NaN,
      shown,
    }), shown);
    if (Number.isNaN(timings.analysis)) throw new Error("the app recorded no quoteline:analyze measure");
    analysis.push(timings.analysis);
    listShown.push(timings.shown);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const version = JSON.parse(readFileSync("node_modules/@playwright/test/package.json", "utf8")).version;
const browserVersion = browser.version();
const report = `# Start-up in the browser

Measured with \`node scripts/bench-startup.mjs ${runs}\` on the release build, ${new Date().toISOString().slice(0, 10)}:
${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browserVersion} (headless,
Playwright ${version}), served from 127.0.0.1, a new browser context (empty cache) for each of ${runs} loads.

| measure | median | p95 |
|---|---:|---:|
| analysis of the bundled corpus (User Timing \`quoteline:analyze\`) | ${median(analysis).toFixed(2)} ms | ${p95(analysis).toFixed(2)} ms |
| navigation start to the document list on screen | ${median(listShown).toFixed(0)} ms | ${p95(listShown).toFixed(0)} ms |

The analysis runs once, when a view first needs it (opening a document), so the overview and the
document list do not wait for it; the second row includes loading and compiling the wasm and reading
both documents. The first run of wasm code is compiled by the browser's baseline compiler, which is why the
analysis takes longer here than natively (under 1 ms, see docs/benchmarks/analysis.md). No peer is measured here; the search benchmark (issue 4) compares
with MiniSearch in the same session.
`;
writeFileSync("docs/benchmarks/startup.md", report);
console.log(report);
