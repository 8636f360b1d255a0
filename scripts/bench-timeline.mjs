// The timeline view in the browser at 10,000 documents, side by side with vis-timeline in the same browser session.
//
// Generates a 10,000-document corpus (seed 2024) and its bundle with the release command line, serves the
// release app (dist/) with the bundle and a vis-timeline page on 127.0.0.1, and drives Debian's Chromium at
// 1280×800 through the same gestures on each, one input per animation frame:
//   - zoom in: 20 Ctrl+wheel steps of deltaY -120 at the plot's centre (a trackpad pinch arrives so);
//   - zoom out: the same with +120;
//   - pan: press in the lanes and drag 600 px left in 60 steps, then back;
// with lanes by organisation and by speaker. For each gesture it records every frame's work as the page
// measures it (`quoteline:timeline-frame`; vis-timeline's redraw, timed by the peer page), the intervals
// between animation frames seen by a requestAnimationFrame loop, and Long Animation Frames
// (scripts/bench-timeline/frames.js). The same gestures on a page that only swallows them give the floor.
// vis-timeline (npm) gets the same items — every document, every quote at its document's date, every context
// event — in the same lanes, and, where it cannot show them all within a minute, evenly spaced samples of them.
// Writes docs/benchmarks/timeline-browser.md.
// Usage: node scripts/bench-timeline.mjs [REPEATS=3]   (after ./dev build; ./dev bench runs it)
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { buildCorpusSite, launchChromium, percentile, writeReport } from "./bench-harness.mjs";

const repeats = Number(process.argv[2] ?? 3);
const documents = 10_000;
const seed = 2024;
const port = 4199;
const site = "target/bench-timeline-site";
const corpusDir = "target/bench-timeline-corpus";
const viewport = { width: 1280, height: 800 };
/** The product brief's bar: a frame within one 60 Hz refresh. */
const frameBudget = 16.7;
/** Frames begin on the display's refreshes, so their intervals come in whole refreshes (16.7, 33.3, 50 ms…)
 *  read with a little jitter (16.8): one longer than one and a half refreshes missed at least one. */
const missedRefresh = 1.5 * frameBudget;
/** How long vis-timeline may take to show its items, from navigation to the first frame painted with them. */
const peerLoadLimit = 60_000;
/** vis-timeline's sizes besides every item: the product brief says it "lags at 500 items and freezes at a
 *  few thousand", so it is measured there too, on evenly spaced samples of the same items. */
const peerSampleSizes = [500, 2_000, 10_000];
const laneModes = ["organisation", "speaker"];
/** Quoteline's canvas (src/ui/components/timeline_canvas.rs, at this width): the date axis is its top
 *  40 CSS px; the plot starts 204 px from its left, after the lane names' column (184) and a padding (20),
 *  and ends 20 px from its right. */
const axisHeight = 40;
const plotLeft = 204;
const plotPadding = 20;

const scriptStarted = performance.now();
/** The machine's load when the run began: the figures are only worth keeping from a quiet machine. */
const loadAtStart = loadavg()[0];
const step = (message) => console.log(`\n==> ${message} (at ${Math.round((performance.now() - scriptStarted) / 1000)} s)`);
const ms = (value) => (value === undefined ? "–" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const count = (value) => value.toLocaleString("en");
const mb = (bytes) => (bytes / 1e6).toFixed(1);

// --- The corpus, its bundle, and the site --------------------------------------------------------------
step(`generating ${documents} documents and their bundle (release command line)`);
const { bundleBytes } = buildCorpusSite({ documents, seed, corpusDir, site });

// --- The same items for vis-timeline --------------------------------------------------------------------
step("the same items and lanes for vis-timeline (quoteline analyze)");
const analysisStarted = performance.now();
const analysis = JSON.parse(
  execFileSync("target/release/quoteline", ["analyze", corpusDir, "--format", "json"], { maxBuffer: 1 << 30 }).toString(),
);
const analysisSeconds = (performance.now() - analysisStarted) / 1000;

/** The day after an ISO day: vis-timeline's ranges end before their `end`, Quoteline's spans on their last day. */
const dayAfter = (day) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};
/** A published date (`2023-12-11`, `2023-12`, `2023`, `2023-12-06/2023-12-11`) as vis-timeline's start and
 *  end: a day is a point in time; anything less certain a range over every day it may be, as Quoteline
 *  draws it. */
const datesOf = (published) => {
  if (!published) return null;
  if (published.includes("/")) {
    const [first, last] = published.split("/");
    return { start: first, end: dayAfter(last) };
  }
  if (/^\d{4}$/.test(published)) return { start: `${published}-01-01`, end: `${Number(published) + 1}-01-01` };
  if (/^\d{4}-\d{2}$/.test(published)) {
    const [year, month] = published.split("-").map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
    return { start: `${published}-01`, end: `${next}-01` };
  }
  return { start: published };
};

/** An organisation's lane key, folded as Quoteline's `name_key` folds names (Unicode form, accents, case,
 *  apostrophes, a possessive, a leading "the"), so that both draw one lane for two spellings of one name. */
const nameKey = (name) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[,.;:]+|[,.;:]+$/g, "").replace(/'s?$/, ""))
    .filter((word, position) => word && !(position === 0 && word === "the"))
    .join(" ");

// Context events are not in the analysis: they are read from the generated manifest, whose `[[event]]`
// tables the generator writes in one fixed form (date, title, source), as TOML basic strings, which JSON reads.
const manifest = readFileSync(join(corpusDir, "manifest.toml"), "utf8");
const events = [...manifest.matchAll(/^\[\[event\]\]\ndate = ("[^\n]*")\ntitle = ("[^\n]*")$/gm)].map(
  ([, date, title]) => ({ date: JSON.parse(date), title: JSON.parse(title) }),
);

// Lanes as Quoteline makes them (src/timeline/item.rs): by organisation, a document in its publisher's lane
// and a quote in its speaker's organisation's (an organisation speaking is its own); by speaker, every
// document in one lane and a quote in its speaker's. Events have a lane of their own, and so do quotes whose
// speaker is unknown. An organisation's label is its first spelling met, publishers first.
const organisationLabels = new Map();
const organisationLane = (name) => {
  const key = `org:${nameKey(name)}`;
  if (!organisationLabels.has(key)) organisationLabels.set(key, name);
  return key;
};
const laneLabels = {
  events: "Context events",
  unattributed: "Unattributed",
  "no-organisation": "No organisation",
  documents: "Documents",
};
const shortText = (text) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const documentsById = new Map();
const items = [];
for (const event of events) {
  items.push({ ...datesOf(event.date), content: shortText(event.title), organisation: "events", speaker: "events" });
}
for (const document of analysis.documents) {
  documentsById.set(document.id, document);
  const dates = datesOf(document.published);
  if (!dates) continue;
  const organisation = document.publisher ? organisationLane(document.publisher) : "no-organisation";
  items.push({ ...dates, content: shortText(document.title), organisation, speaker: "documents" });
}
const speakersById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
for (const speaker of analysis.speakers) {
  const organisation = speaker.kind === "organisation" ? speaker.name : speaker.organisation;
  speaker.lane = organisation ? organisationLane(organisation) : "no-organisation";
  laneLabels[`speaker:${speaker.id}`] = speaker.name;
}
for (const quote of analysis.quotes) {
  const dates = datesOf(documentsById.get(quote.document)?.published);
  if (!dates) continue;
  const speaker = speakersById.get(quote.speaker);
  items.push({
    ...dates,
    content: shortText(quote.text),
    organisation: speaker ? speaker.lane : "unattributed",
    speaker: speaker ? `speaker:${speaker.id}` : "unattributed",
  });
}
for (const [key, label] of organisationLabels) laneLabels[key] = label;
const datedDocuments = analysis.documents.filter((document) => datesOf(document.published)).length;
const itemCounts = {
  events: events.length,
  documents: datedDocuments,
  quotes: items.length - events.length - datedDocuments,
  speakers: analysis.speakers.length,
};

/** `size` items spread evenly over the whole span (every item when `size` is their number). */
const sampleOf = (size) => {
  const byDate = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return Array.from({ length: size }, (_, index) => byDate[Math.floor((index * byDate.length) / size)]);
};
/** vis-timeline's items and groups for `sample` in lanes by `laneMode`, ordered as Quoteline orders its
 *  lanes: events first, then the fullest, equal ones by label. */
const peerData = (sample, laneMode) => {
  const counts = new Map();
  for (const item of sample) counts.set(item[laneMode], (counts.get(item[laneMode]) ?? 0) + 1);
  const lanes = [...counts.keys()].sort(
    (a, b) =>
      (b === "events") - (a === "events") ||
      counts.get(b) - counts.get(a) ||
      laneLabels[a].localeCompare(laneLabels[b]),
  );
  return {
    groups: lanes.map((key, order) => ({ id: key, content: laneLabels[key], order })),
    items: sample.map(({ start, end, content, [laneMode]: group }, id) => ({
      id,
      group,
      content,
      start,
      ...(end ? { end } : {}),
    })),
  };
};
mkdirSync(join(site, "bench"), { recursive: true });
const peerSizes = [...peerSampleSizes.filter((size) => size < items.length), items.length];
/** How many lanes each of vis-timeline's loads has, by lane mode and size. */
const peerLaneCounts = Object.fromEntries(laneModes.map((laneMode) => [laneMode, {}]));
for (const size of peerSizes) {
  const sample = sampleOf(size);
  for (const laneMode of laneModes) {
    const data = peerData(sample, laneMode);
    peerLaneCounts[laneMode][size] = data.groups.length;
    writeFileSync(join(site, "bench", `peer-${laneMode}-${size}.json`), JSON.stringify(data));
  }
}
cpSync("node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", join(site, "bench", "vis-timeline.js"));
cpSync("scripts/bench-timeline/vis-timeline.html", join(site, "bench", "vis-timeline.html"));
cpSync("scripts/bench-timeline/floor.html", join(site, "bench", "floor.html"));
const visTimelineVersion = JSON.parse(readFileSync("node_modules/vis-timeline/package.json", "utf8")).version;

// --- The gestures --------------------------------------------------------------------------------------
const nextFrame = (page) => page.evaluate(() => window.benchFrames.nextFrame());

/** 20 Ctrl+wheel steps at `point`, one a frame. */
async function zoom(page, point, deltaY) {
  await page.mouse.move(point.x, point.y);
  await page.keyboard.down("Control");
  for (let wheel = 0; wheel < 20; wheel++) {
    await page.mouse.wheel(0, deltaY);
    await nextFrame(page);
  }
  await page.keyboard.up("Control");
}

/** Press at 300 px right of `point`, drag 600 px left in 60 moves, one a frame, then back, and let go. */
async function pan(page, point) {
  const from = point.x + 300;
  await page.mouse.move(from, point.y);
  await page.mouse.down();
  for (let move = 1; move <= 60; move++) {
    await page.mouse.move(from - move * 10, point.y);
    await nextFrame(page);
  }
  for (let move = 59; move >= 0; move--) {
    await page.mouse.move(from - move * 10, point.y);
    await nextFrame(page);
  }
  await page.mouse.up();
}

/** The gestures, in the order each repeat makes them: `fromEverything` ones start from the whole span
 *  shown (zoom out starts where zoom in ended). */
const gestures = [
  ["zoom in", (page, point) => zoom(page, point, -120), { fromEverything: true }],
  ["zoom out", (page, point) => zoom(page, point, 120), { fromEverything: false }],
  ["pan", pan, { fromEverything: true }],
];

/** Each gesture `repeats` times at `point`, recording frames. `showEverything` puts the page back to its whole
 *  span, so that every repeat of a gesture starts from the same view. */
async function measureGestures(page, point, measure, showEverything) {
  const measured = Object.fromEntries(gestures.map(([name]) => [name, { work: [], intervals: [], longFrames: [] }]));
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const [name, gesture, { fromEverything }] of gestures) {
      if (fromEverything) {
        await showEverything(page);
        await nextFrame(page);
        await nextFrame(page);
      }
      await page.evaluate((measureName) => window.benchFrames.start(measureName), measure);
      await gesture(page, point);
      const recorded = await page.evaluate(() => window.benchFrames.stop());
      for (const field of ["work", "intervals", "longFrames"]) measured[name][field].push(...recorded[field]);
    }
  }
  return measured;
}

/** The centre of the visible part of `rect`'s plot area, inside the viewport. */
const centreOf = ({ left, top, right, bottom }) => {
  const visibleBottom = Math.min(bottom, viewport.height);
  return { x: Math.round((left + Math.min(right, viewport.width)) / 2), y: Math.round((top + visibleBottom) / 2) };
};

// --- The browser --------------------------------------------------------------------------------------
const server = spawn(process.execPath, ["tests/e2e/serve.mjs", site, String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
const launch = () => launchChromium();
let browser = await launch();
const chromiumVersion = browser.version();
const base = `http://127.0.0.1:${port}/`;
const recorderScript = { path: "scripts/bench-timeline/frames.js" };

/** Quoteline's key for the whole span, `0`, on the focused canvas. */
const showEverythingInQuoteline = async (page) => {
  await page.locator("canvas.timeline__canvas").focus();
  await page.keyboard.press("0");
};
/** vis-timeline's own: every item in view, at once. */
const showEverythingInPeer = (page) => page.evaluate(() => window.timeline.fit({ animation: false }));

/** A new page at 1280×800 with the frame recorder, its errors printed (a benchmark that fails quietly
 *  measures nothing). */
async function newPage() {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(recorderScript);
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && console.error(`console error: ${message.text()}`));
  return { context, page };
}

const loadBefore = loadavg()[0];
const results = { floor: {}, quoteline: {}, peer: {} };
let longFramesSupported = false;
try {
  step("the floor: the same gestures on a page that only swallows them");
  {
    const { context, page } = await newPage();
    await page.goto(`${base}bench/floor.html`);
    longFramesSupported = await page.evaluate(() => window.benchFrames.longFramesSupported);
    const middle = { x: viewport.width / 2, y: viewport.height / 2 };
    results.floor = await measureGestures(page, middle, "none", async () => {});
    await context.close();
  }

  for (const laneMode of laneModes) {
    step(`Quoteline: the timeline of the ${documents}-document bundle, lanes by ${laneMode} (${repeats} times each gesture)`);
    const { context, page } = await newPage();
    const lanes = laneMode === "speaker" ? "&lanes=speaker" : "";
    await page.goto(`${base}?corpus=corpus.bin&view=timeline${lanes}`);
    await page.waitForSelector("canvas.timeline__canvas", { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName("quoteline:timeline-frame").length > 0, null, {
      timeout: 60_000,
    });
    const firstFrame = await page.evaluate(() => {
      const frame = performance.getEntriesByName("quoteline:timeline-frame")[0];
      const build = performance.getEntriesByName("quoteline:timeline-build")[0];
      return { shown: frame.startTime + frame.duration, work: frame.duration, build: build?.duration };
    });
    // The plot in view as a reader scrolls it there, whole (it is at most 70 % of the viewport's height).
    await page.locator(".timeline__plot").evaluate((plot) => plot.scrollIntoView({ block: "center" }));
    await page.evaluate(() => window.benchFrames.nextFrame());
    // The plot: the canvas right of the lane labels and below the axis, as far as its scrolling container
    // and the viewport show it.
    const plot = await page.evaluate(
      ({ axisHeight, plotLeft, plotPadding }) => {
        const canvas = document.querySelector(".timeline__canvas").getBoundingClientRect();
        const container = document.querySelector(".timeline__plot").getBoundingClientRect();
        return {
          left: canvas.left + plotLeft,
          right: Math.min(canvas.right, container.right) - plotPadding,
          top: Math.max(canvas.top, container.top) + axisHeight,
          bottom: Math.min(canvas.bottom, container.bottom),
        };
      },
      { axisHeight, plotLeft, plotPadding },
    );
    // The pan's 600 px stroke, centred on the plot's centre, must stay on the plot.
    if (plot.bottom - plot.top < 40 || plot.right - plot.left < 600) {
      throw new Error(`Quoteline's plot is too small at 1280×800 for the gestures: ${JSON.stringify(plot)}`);
    }
    const summary = await page.locator(".timeline__summary").textContent();
    results.quoteline[laneMode] = { firstFrame, plot, summary, ...(await measureGestures(page, centreOf(plot), "quoteline:timeline-frame", showEverythingInQuoteline)) };
    await context.close();
  }

  for (const laneMode of laneModes) {
    for (const size of peerSizes) {
      step(`vis-timeline ${visTimelineVersion}: ${count(size)} items, lanes by ${laneMode}`);
      const { context, page } = await newPage();
      const navigated = performance.now();
      const loaded = page
        .goto(`${base}bench/vis-timeline.html`)
        .then(() => page.evaluate((file) => window.loadTimeline(file), `peer-${laneMode}-${size}.json`));
      let limit;
      const timedOut = new Promise((resolve) => (limit = setTimeout(() => resolve(null), peerLoadLimit)));
      const load = await Promise.race([loaded, timedOut]);
      clearTimeout(limit);
      const entry = { size, lanes: peerLaneCounts[laneMode][size] };
      results.peer[laneMode] ??= [];
      results.peer[laneMode].push(entry);
      if (!load) {
        // The page is still inside vis-timeline's script: its renderer is closed with the browser, which is
        // started again for what follows.
        entry.timedOut = true;
        console.log(`did not show ${count(size)} items within ${peerLoadLimit / 1000} s`);
        loaded.catch(() => {});
        await browser.close();
        browser = await launch();
        continue;
      }
      entry.load = { ...load, sinceNavigation: performance.now() - navigated };
      const plot = await page.evaluate(() => document.querySelector(".vis-panel.vis-center").getBoundingClientRect().toJSON());
      Object.assign(entry, await measureGestures(page, centreOf(plot), "vis-timeline:redraw", showEverythingInPeer));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
const loadAfter = loadavg()[0];
// Every figure, for a closer look than the tables give.
writeFileSync(join(site, "results.json"), JSON.stringify(results));
const runSeconds = (performance.now() - scriptStarted) / 1000;

// --- The report -------------------------------------------------------------------------------------
/** p50, p95, max and how many over `limit`, as table cells; dashes where nothing was recorded. */
const stats = (values, limit) =>
  values.length === 0
    ? ["–", "–", "–", "–"]
    : [ms(percentile(values, 50)), ms(percentile(values, 95)), ms(Math.max(...values)), `${values.filter((value) => value > limit).length} of ${values.length}`];
const longFrameCell = (longFrames) =>
  !longFramesSupported ? "n/a" : longFrames.length === 0 ? "0" : `${longFrames.length} (max ${ms(Math.max(...longFrames.map((frame) => frame.duration)))})`;
const row = (subject, items, measured) =>
  `| ${subject} | ${items} | ${stats(measured.work, frameBudget).join(" | ")} | ${stats(measured.intervals, missedRefresh).join(" | ")} | ${longFrameCell(measured.longFrames)} |`;
const header = `| | items | work p50 | p95 | max | over ${frameBudget} ms | frame interval p50 | p95 | max | a refresh missed | long animation frames |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`;
const totalItems = count(items.length);
/** The lane count in the view's summary line ("… in 1,234 lanes"). */
const lanesIn = (summary) => summary.match(/in ([\d,]+) lanes?/)?.[1] ?? "?";
const sections = laneModes.map((laneMode) => {
  const ours = results.quoteline[laneMode];
  const theirs = results.peer[laneMode] ?? [];
  const tables = gestures.map(([name]) => {
    const lines = [
      row("a page that only swallows the gestures (the floor)", "–", results.floor[name]),
      row(`**Quoteline**`, totalItems, ours[name]),
      ...theirs.map((entry) =>
        entry.timedOut
          ? `| vis-timeline | ${count(entry.size)} | did not show them within ${peerLoadLimit / 1000} s | | | | | | | | |`
          : row("vis-timeline", count(entry.size), entry[name]),
      ),
    ];
    return `### ${name}\n\n${header}\n${lines.join("\n")}`;
  });
  return `## Lanes by ${laneMode}\n\n${tables.join("\n\n")}`;
});
const peerLoads = laneModes.flatMap((laneMode) =>
  (results.peer[laneMode] ?? []).map((entry) =>
    entry.timedOut
      ? `| vis-timeline, lanes by ${laneMode} | ${count(entry.size)} | ${count(entry.lanes)} | not within ${peerLoadLimit / 1000} s (stopped) | | |`
      : `| vis-timeline, lanes by ${laneMode} | ${count(entry.size)} | ${count(entry.lanes)} | ${ms(entry.load.sinceNavigation)} ms | ${ms(entry.load.build)} ms | ${ms(entry.load.shown - entry.load.build)} ms |`,
  ),
);
/** Everything `measuredIn(laneMode)` recorded, every gesture and both lane modes together. */
const pooled = (measuredIn) => {
  const all = { work: [], intervals: [], longFrames: [] };
  for (const laneMode of laneModes) {
    for (const [name] of gestures) {
      for (const field of Object.keys(all)) all[field].push(...measuredIn(laneMode)[name][field]);
    }
  }
  return all;
};
const quotelinePooled = pooled((laneMode) => results.quoteline[laneMode]);
const quotelineWork = quotelinePooled.work;
const worstFrame = Math.max(...quotelineWork);
const missedIn = (measured) => measured.intervals.filter((interval) => interval > missedRefresh).length;
const floorPooled = pooled(() => results.floor);
const sideBySide = [
  row("a page that only swallows the gestures (the floor)", "–", floorPooled),
  row("**Quoteline**", totalItems, quotelinePooled),
  ...peerSizes.map((size) => {
    const entries = laneModes.map((laneMode) => results.peer[laneMode].find((entry) => entry.size === size));
    if (entries.some((entry) => entry.timedOut)) {
      return `| vis-timeline | ${count(size)} | did not show them within ${peerLoadLimit / 1000} s | | | | | | | | |`;
    }
    return row("vis-timeline", count(size), pooled((laneMode) => entries[laneModes.indexOf(laneMode)]));
  }),
];
const report = `# The timeline in the browser: 10,000 documents, side by side with vis-timeline

Written by \`node scripts/bench-timeline.mjs ${repeats}\` (run by \`./dev bench\`) on ${new Date().toISOString().slice(0, 10)}; the run took ${Math.round(runSeconds)} s.

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium ${chromiumVersion} (Debian), headless, software rendering (\`--disable-gpu\`), one tab at a time, viewport ${viewport.width}×${viewport.height}. Load average (1 min) ${loadAtStart.toFixed(2)} when the run began, ${loadBefore.toFixed(2)} when the browser started (after building the corpus), ${loadAfter.toFixed(2)} at the end.
- Corpus: ${count(documents)} generated documents (seed ${seed}), ${count(itemCounts.quotes)} dated quotes, ${count(itemCounts.events)} context events: ${totalItems} timeline items; ${count(itemCounts.speakers)} speakers. Bundle: ${mb(bundleBytes)} MB.
- Quoteline says of it: "${results.quoteline.organisation.summary.trim()}" (lanes by organisation).
- Quoteline: the release build (\`dist/\`) opened at \`?corpus=corpus.bin&view=timeline\` (and \`&lanes=speaker\`), served from 127.0.0.1 by \`tests/e2e/serve.mjs\`; all of its items, one canvas, lanes drawn only where they are in view. "Work" is its own measure of each painted frame, \`quoteline:timeline-frame\` (layout and canvas paint).
- vis-timeline ${visTimelineVersion} (npm, its standalone build: styles and vis-data inside) in a page of the same browser, served from the same origin, filling the viewport: the same items — every document at its publication date (a month, a year or a range of days drawn as a range), every quote at its document's, every context event — in the same lanes (${count(peerLaneCounts.organisation[items.length])} by organisation, ${count(peerLaneCounts.speaker[items.length])} by speaker), each labelled with up to 40 characters of its title or words. Its defaults, with its own clustering (\`cluster: true\`, default settings) and \`zoomKey: "ctrlKey"\` so that it zooms on the same Ctrl+wheel. "Work" is its redraw (\`Core._redraw\`, timed by wrapping it), the part of a frame it does in one piece; it does more in its event handlers. The items and lanes come from \`quoteline analyze --format json\` (${analysisSeconds.toFixed(1)} s at ${count(documents)} documents); events from the corpus's manifest.
- Gestures, each ${repeats} times, one input per animation frame (the next is sent once a frame has begun after the last, so no two are coalesced into one paint): **zoom in**, 20 Ctrl+wheel steps of deltaY −120 at the plot's centre, as a trackpad pinch arrives; **zoom out**, the same with +120; **pan**, press in the lanes 300 px right of the centre, drag 600 px left in 60 moves, then back. Each repeat makes them in that order, zoom in and pan from the whole span shown (Quoteline's \`0\` key, vis-timeline's \`fit()\`), zoom out from where zoom in left it, so that every repeat starts from the same view.
- Recorded for each gesture, in the page (\`scripts/bench-timeline/frames.js\`, the same for every page): every frame's work; the interval between animation frames, from a \`requestAnimationFrame\` loop of its own (when each frame began, whoever made it late); Long Animation Frames (${longFramesSupported ? "PerformanceObserver type `long-animation-frame`: frames of 50 ms or more" : "not offered by this Chromium"}). p50, p95, max, pooled over the repeats, and how many frames' work took over ${frameBudget} ms, and how many intervals missed a refresh: frames begin on the display's refreshes, so intervals come in whole refreshes (16.7, 33.3, 50 ms…, read as 16.7 or 16.8), and one over ${ms(missedRefresh)} ms missed at least one. The floor is the same gestures on a page whose only script swallows them (\`scripts/bench-timeline/floor.html\`): what this browser, driven this way, gives when a page does nothing.

## Target

| target | measured | |
|---|---:|---|
| every frame ≤ 16 ms at ${count(documents)} documents (Quoteline's own measure, all gestures, both lane modes) | worst ${ms(worstFrame)} ms; p95 ${ms(percentile(quotelineWork, 95))} ms, p50 ${ms(percentile(quotelineWork, 50))} ms over ${count(quotelineWork.length)} frames | ${worstFrame <= 16 ? "met" : "**missed**"} |

Beside it, the refreshes missed while the gestures ran: ${missedIn(quotelinePooled)} of ${count(quotelinePooled.intervals.length)} frame intervals in Quoteline, ${missedIn(floorPooled)} of ${count(floorPooled.intervals.length)} on the floor page.

## Side by side

Every gesture, both lane modes, pooled; vis-timeline at every size it could show.

${header}
${sideBySide.join("\n")}

## Loading

| | items | lanes | navigation → first frame shown | of which: building the timeline | of which: the first frame |
|---|---:|---:|---:|---:|---:|
${laneModes.map((laneMode) => { const { summary, firstFrame } = results.quoteline[laneMode]; return `| Quoteline, lanes by ${laneMode} | ${totalItems} | ${lanesIn(summary)} | ${ms(firstFrame.shown)} ms | ${ms(firstFrame.build)} ms | ${ms(firstFrame.work)} ms |`; }).join("\n")}
${peerLoads.join("\n")}

Quoteline's: from navigation to the end of its first \`quoteline:timeline-frame\` (the bundle downloaded and read, the view opened); building is its \`quoteline:timeline-build\` (every item placed in its lane), the first frame that frame's work. vis-timeline's: from navigation (timed by the benchmark); building is from its items parsed to the timeline made (\`new vis.Timeline\` with \`vis.DataSet\`s, which draws it once), the first frame from then to the next frame painted. A load that has not shown its items within ${peerLoadLimit / 1000} s is stopped and its browser started again.

${sections.join("\n\n")}
`;
writeReport("docs/benchmarks/timeline-browser.md", report);
console.log(report);
