// Search in the browser at 10,000 documents, side by side with MiniSearch in the same browser session.
//
// Generates a 10,000-document corpus (seed 2024) and its bundle with the release command line, serves the
// release app (dist/) with the bundle and a MiniSearch page on 127.0.0.1, and drives Debian's Chromium:
//   - time to interactive with the bundle (navigation → search box and first results on screen);
//   - for each query, typed a character at a time, keystroke → results on screen (the list, its count and
//     the facet counts repainted), and the search alone (User Timing measure `quoteline:search`);
//   - wasm memory and JS heap after load;
//   - MiniSearch (from npm) on the same documents: index build, JS heap, and the same queries, with the same
//     semantics where it has them (every word required, the last word as a prefix, one typo from five letters).
// Writes docs/benchmarks/browser-search.md.
// Usage: node scripts/bench-search.mjs [LOADS=5] [REPEATS=3]   (after ./dev build; ./dev bench runs it)
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { buildCorpusSite, launchChromium, percentile, writeReport } from "./bench-harness.mjs";

const loads = Number(process.argv[2] ?? 5);
const repeats = Number(process.argv[3] ?? 3);
const documents = 10_000;
const seed = 2024;
const port = 4198;
const site = "target/bench-site";
const corpusDir = "target/bench-corpus";

/** The queries of the native benchmark (benches/search.rs), typed as a reader types them. */
/** Queries meant to hurt, pasted whole: each must answer within a keystroke's budget, or be cut with a note. */
const hostile = [
  ["10,000 characters of one word", "a".repeat(10_000)],
  ["3,000 terms", Array.from({ length: 3_000 }, (_, n) => `w${n}`).join(" ")],
  ["unmatched quotation marks", '"council "said "the'.repeat(40)],
  ["regular expression syntax", "(.*)+ [a-z]{1,9} ^$ \\d+ | council.* (?i) \\".repeat(20)],
  ["emoji", "🚓🚑 police 👮‍♀️ council 🏥 ".repeat(30)],
  ["right-to-left text", "الشرطة قالت \u202Ecouncil\u202C המשטרה אמרה ".repeat(30)],
];

const queries = [
  "council",
  "police chief constable",
  '"per cent"',
  "housing -council",
  "1,200",
  "hospital waiting",
  "ambulence",
  "minister said",
];

const step = (message) => console.log(`\n==> ${message}`);
const median = (values) => percentile(values, 50);
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const mb = (bytes) => (bytes / 1e6).toFixed(1);

// --- The corpus, its bundle, and the site --------------------------------------------------------------
step(`generating ${documents} documents and their bundle (release command line)`);
const { bundleSeconds, bundleBytes } = buildCorpusSite({ documents, seed, corpusDir, site });

// The same documents for MiniSearch: title and text, as the command line reads them.
const corpus = JSON.parse(
  execFileSync("target/release/quoteline", ["documents", corpusDir], { maxBuffer: 1 << 30 }).toString(),
);
const textBytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0);
const wordCount = corpus.reduce((sum, document) => sum + document.text.split(/\s+/).filter(Boolean).length, 0);
mkdirSync(join(site, "bench"), { recursive: true });
writeFileSync(
  join(site, "bench", "documents.json"),
  JSON.stringify(corpus.map(({ id, title, text }) => ({ id, title, text }))),
);
cpSync("node_modules/minisearch/dist/es/index.js", join(site, "bench", "minisearch.js"));
const miniSearchVersion = JSON.parse(readFileSync("node_modules/minisearch/package.json", "utf8")).version;
writeFileSync(
  join(site, "bench", "minisearch.html"),
  `<!doctype html><meta charset="utf-8"><title>MiniSearch</title>
<script type="module">
import MiniSearch from "./minisearch.js";
window.buildIndex = async () => {
  const documents = await (await fetch("./documents.json")).json();
  const started = performance.now();
  window.miniSearch = new MiniSearch({ fields: ["title", "text"], storeFields: [], idField: "id" });
  window.miniSearch.addAll(documents);
  return performance.now() - started;
};
// Every word required, the last one as a prefix, one edit for words of five letters or more: what
// Quoteline does with a query, as far as MiniSearch's options go (it has no phrases or exclusions).
const options = {
  combineWith: "AND",
  prefix: (term, index, terms) => index === terms.length - 1,
  fuzzy: (term) => (term.length >= 5 ? 1 : 0),
  boost: { title: 2.5 },
};
window.typeQuery = (query) => {
  const times = [];
  let hits = 0;
  for (let end = 1; end <= query.length; end++) {
    const started = performance.now();
    const results = window.miniSearch.search(query.slice(0, end), options);
    times.push(performance.now() - started);
    hits = results.length;
  }
  return { times, hits };
};
window.ready = true;
</script>`,
);

// The floor: a bare page in which a keystroke only sets what the probe waits for. No page can show a
// keystroke's answer sooner than this browser paints this one.
writeFileSync(
  join(site, "bench", "floor.html"),
  `<!doctype html><meta charset="utf-8"><title>Floor</title>
<input type="search" aria-label="Search"><div class="search__results" data-results-for=""></div>
<script>
const input = document.querySelector("input");
const results = document.querySelector(".search__results");
input.addEventListener("input", () => {
  results.dataset.resultsFor = input.value;
  results.textContent = input.value;
});
</script>`,
);

// --- The browser --------------------------------------------------------------------------------------
const server = spawn(process.execPath, ["tests/e2e/serve.mjs", site, String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await launchChromium(["--enable-precise-memory-info"]);
const chromiumVersion = browser.version();
const base = `http://127.0.0.1:${port}/`;

/** The app's wasm exports, kept when Trunk's loader announces them. */
const keepWasm = () =>
  addEventListener("TrunkApplicationStarted", (event) => {
    window.quotelineWasm = event.detail.wasm;
  });

/** Keystroke timing in the page: from the key's event to the frame painted after the results for `text`
 *  show. Armed before the key is pressed, so that nothing the benchmark does after it (a round trip to
 *  Playwright) delays what it measures. */
const installKeystrokeProbe = () => {
  window.lastKey = 0;
  window.pasting = false;
  addEventListener("keydown", (event) => (window.lastKey = event.timeStamp), true);
  // A paste has no key: it is timed from its input event.
  addEventListener("input", (event) => window.pasting && (window.lastKey = event.timeStamp), true);
  window.arm = (text, pasting = false) => {
    window.pasting = pasting;
    window.shown = new Promise((resolve) => {
      const results = () => document.querySelector(".search__results");
      const painted = () =>
        requestAnimationFrame(() => {
          // A message posted from the frame callback arrives after that frame's paint.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - window.lastKey);
          channel.port2.postMessage(null);
        });
      // A long paste is searched for as far as the app reads it (it says so in a note).
      const matches = (shown) =>
        shown === text || (pasting && shown !== undefined && shown.length >= 500 && text.startsWith(shown));
      const observer = new MutationObserver(() => {
        if (matches(results()?.dataset.resultsFor)) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe(document.body, { attributes: true, childList: true, subtree: true });
    });
  };
};

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

try {
  step(`time to interactive with the ${documents}-document bundle (${loads} loads, each in a new context)`);
  const interactive = [];
  const stages = [];
  let wasmMemory = 0;
  let jsHeap = 0;
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(keepWasm);
    await page.goto(`${base}?corpus=corpus.bin`);
    await page.waitForSelector(".search__results[data-results-for]", { timeout: 60_000 });
    const timing = await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            resolve({
              interactive: performance.now(),
              downloaded: performance.getEntriesByName("quoteline:bundle:downloaded")[0]?.startTime,
              read: performance.getEntriesByName("quoteline:bundle:read")[0]?.duration,
              search: performance.getEntriesByName("quoteline:search")[0]?.duration,
            }),
          ),
        ),
    );
    interactive.push(timing.interactive);
    stages.push(timing);
    if (load === loads - 1) {
      jsHeap = await heapAfterGc(page);
      wasmMemory = await page.evaluate(() => window.quotelineWasm.memory.buffer.byteLength);
    }
    await context.close();
  }

  step(`typing ${queries.length} queries a character at a time (${repeats} times each)`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installKeystrokeProbe);
  await page.goto(`${base}?corpus=corpus.bin`);
  await page.waitForSelector(".search__results[data-results-for]", { timeout: 60_000 });
  const box = page.getByRole("searchbox").first();
  const typed = {};
  for (const query of queries) {
    typed[query] = { screen: [], search: [], hits: 0 };
    for (let repeat = 0; repeat < repeats; repeat++) {
      await box.fill("");
      await expect(page.locator('.search__results[data-results-for=""]')).toHaveCount(1);
      await box.focus();
      for (let end = 1; end <= query.length; end++) {
        await page.evaluate((text) => {
          performance.clearMeasures("quoteline:search");
          window.arm(text);
        }, query.slice(0, end));
        await page.keyboard.type(query[end - 1]);
        const screen = await page.evaluate(() => window.shown);
        const search = await page.evaluate(
          () => performance.getEntriesByName("quoteline:search").at(-1)?.duration ?? NaN,
        );
        typed[query].screen.push(screen);
        typed[query].search.push(search);
      }
      typed[query].hits = Number(
        (await page.locator("#results-heading").textContent()).replace(/[^0-9]/g, ""),
      );
    }
  }
  step("the same keystrokes on a bare page (the floor)");
  const floorPage = await context.newPage();
  await floorPage.addInitScript(installKeystrokeProbe);
  await floorPage.goto(`${base}bench/floor.html`);
  const floorBox = floorPage.getByRole("searchbox");
  const floor = [];
  for (const query of queries) {
    for (let repeat = 0; repeat < repeats; repeat++) {
      await floorBox.fill("");
      await floorBox.focus();
      for (let end = 1; end <= query.length; end++) {
        await floorPage.evaluate((text) => window.arm(text), query.slice(0, end));
        await floorPage.keyboard.type(query[end - 1]);
        floor.push(await floorPage.evaluate(() => window.shown));
      }
    }
  }
  await floorPage.close();

  step(`pasting ${hostile.length} queries meant to hurt`);
  const hurt = [];
  for (const [name, text] of hostile) {
    await box.fill("");
    await expect(page.locator('.search__results[data-results-for=""]')).toHaveCount(1);
    const times = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      await page.evaluate((text) => window.arm(text, true), text);
      await box.fill(text);
      times.push(await page.evaluate(() => window.shown));
      await page.evaluate(() => window.arm("", true));
      await box.fill("");
      await page.evaluate(() => window.shown);
    }
    await page.evaluate((text) => window.arm(text, true), text);
    await box.fill(text);
    await page.evaluate(() => window.shown);
    const notes = await page.locator(".search__notes li").allTextContents();
    hurt.push({ name, chars: [...text].length, time: median(times), notes: notes.join(" ") || "none" });
  }
  await context.close();

  step("MiniSearch on the same documents, same browser");
  const miniContext = await browser.newContext();
  const mini = await miniContext.newPage();
  await mini.goto(`${base}bench/minisearch.html`);
  await mini.waitForFunction(() => window.ready);
  const heapBefore = await heapAfterGc(mini);
  const miniBuild = await mini.evaluate(() => window.buildIndex());
  const miniHeap = (await heapAfterGc(mini)) - heapBefore;
  const miniTyped = {};
  for (const query of queries) {
    miniTyped[query] = { times: [], hits: 0 };
    for (let repeat = 0; repeat < repeats; repeat++) {
      const { times, hits } = await mini.evaluate((text) => window.typeQuery(text), query);
      miniTyped[query].times.push(...times);
      miniTyped[query].hits = hits;
    }
  }
  await miniContext.close();

  // --- The report -----------------------------------------------------------------------------------
  const all = (field) => queries.flatMap((query) => typed[query][field]);
  const allMini = queries.flatMap((query) => miniTyped[query].times);
  const screenP50 = median(all("screen"));
  const screenP95 = percentile(all("screen"), 95);
  const searchP50 = median(all("search"));
  const searchP95 = percentile(all("search"), 95);
  const miniP50 = median(allMini);
  const miniP95 = percentile(allMini, 95);
  const tti = median(interactive);
  const memoryTotal = wasmMemory + jsHeap;
  const verdict = (ok) => (ok ? "met" : "**missed**");
  const rows = queries.map((query) => {
    const ours = typed[query];
    const theirs = miniTyped[query];
    return `| \`${query}\` | ${query.length} | ${ms(median(ours.screen))} | ${ms(percentile(ours.screen, 95))} | ${ms(median(ours.search))} | ${ms(median(theirs.times))} | ${(median(ours.search) / median(theirs.times)).toFixed(2)} | ${ours.hits} | ${theirs.hits} |`;
  });
  const report = `# Search in the browser: 10,000 documents, side by side with MiniSearch

Written by \`node scripts/bench-search.mjs ${loads} ${repeats}\` (run by \`./dev bench\`) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium ${chromiumVersion} (Debian), headless, one tab at a time.
- Corpus: ${documents.toLocaleString("en")} generated documents (seed ${seed}), ${mb(textBytes)} MB of text, ${wordCount.toLocaleString("en")} words. Bundle: ${mb(bundleBytes)} MB, written by \`quoteline bundle\` in ${bundleSeconds.toFixed(1)} s.
- Quoteline: the release build (\`dist/\`) opened at \`?corpus=corpus.bin\`, served from 127.0.0.1 by \`tests/e2e/serve.mjs\`. It searches documents and quotes (two entry kinds; the default list is quotes) and counts every facet value on every keystroke.
- MiniSearch ${miniSearchVersion} (npm) in a page of the same browser, indexing the same documents' titles and texts: every word required (\`combineWith: "AND"\`), the last word as a prefix, one edit for words of five letters or more, title boosted, as Quoteline does. It has no phrases or exclusions (it searches \`"per cent"\` as two words and \`-council\` as a word), no facets, no quotes as entries, and no rendering: its figures are the search call alone.

## Targets

| target | measured | |
|---|---:|---|
| keystroke → results on screen, p95 ≤ 16 ms | ${ms(screenP95)} ms (p50 ${ms(screenP50)} ms; a bare page's floor: p95 ${ms(percentile(floor, 95))}, p50 ${ms(median(floor))} ms) | ${verdict(screenP95 <= 16)} |
| median ≤ 0.5 × MiniSearch's on the same queries (search alone) | ${ms(searchP50)} ms against ${ms(miniP50)} ms: ${(searchP50 / miniP50).toFixed(2)} × | ${verdict(searchP50 <= 0.5 * miniP50)} |
| time to interactive with the bundle ≤ 1.5 s | ${ms(tti)} ms (median of ${loads}) | ${verdict(tti <= 1500)} |
| memory ≤ 3 × the corpus's text (${mb(3 * textBytes)} MB) | ${mb(memoryTotal)} MB (wasm ${mb(wasmMemory)} + JS heap ${mb(jsHeap)}) | ${verdict(memoryTotal <= 3 * textBytes)} |

## Every keystroke

Per query, over ${repeats} typings; "on screen" is from the key's event to the first frame painted after the list shows that query's results; "search" is the app's own measure of parsing, matching, ranking, filtering and counting facets.

| query | keys | on screen p50 (ms) | on screen p95 (ms) | Quoteline search p50 (ms) | MiniSearch p50 (ms) | ratio | Quoteline hits | MiniSearch hits |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
| **all keystrokes** | ${all("screen").length / repeats} | ${ms(screenP50)} | ${ms(screenP95)} | ${ms(searchP50)} (p95 ${ms(searchP95)}) | ${ms(miniP50)} (p95 ${ms(miniP95)}) | ${(searchP50 / miniP50).toFixed(2)} | | |
| *a bare page (the floor)* | ${floor.length / repeats} | ${ms(median(floor))} | ${ms(percentile(floor, 95))} | | | | | |

The floor is the same keystrokes, timed the same way, on a page with one input whose every keystroke only
sets the text the probe waits for: the time this browser takes from a key to a painted frame (handling the
key, then waiting for its next frame and painting it) when a page does nothing.

Hits differ by design: Quoteline counts quotes (its default list), MiniSearch documents.

## Queries meant to hurt

Pasted whole into the search box (median of ${repeats}), from the paste to the frame after the results show, with the note the page shows.

| query | characters | pasted → on screen (ms) | note shown |
|---|---:|---:|---|
${hurt.map((row) => `| ${row.name} | ${row.chars.toLocaleString("en")} | ${ms(row.time)} | ${row.notes} |`).join("\n")}

## Loading

| | median | all loads |
|---|---:|---|
| navigation → interactive | ${ms(tti)} ms | ${interactive.map(ms).join(", ")} |
| of which: bundle downloaded (since navigation) | ${ms(median(stages.map((s) => s.downloaded)))} ms | |
| of which: bundle read (checked and decoded) | ${ms(median(stages.map((s) => s.read)))} ms | |
| first search (all quotes, newest first, every facet counted) | ${ms(median(stages.map((s) => s.search)))} ms | |
| MiniSearch: index the documents (already downloaded and parsed) | ${ms(miniBuild)} ms | |

Memory after load (after a garbage collection): wasm linear memory ${mb(wasmMemory)} MB, JS heap ${mb(jsHeap)} MB. MiniSearch's index: ${mb(miniHeap)} MB of JS heap (the documents' text not kept).
`;
  writeReport("docs/benchmarks/browser-search.md", report);
  console.log(report);
} finally {
  await browser.close();
  server.kill();
}
