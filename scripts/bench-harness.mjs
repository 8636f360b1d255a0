// What the browser benchmarks share: the generated corpus and its bundle beside a copy of the release
// build, Debian's Chromium launched the same way, percentiles taken the same way, and a report written so
// that the notes under its marker, written by hand, survive a new run.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium } from "@playwright/test";

/**
 * Generates `documents` documents (seed `seed`) into `corpusDir` with the release command line, copies
 * dist/ into `site` and bundles the corpus as `site`/corpus.bin; how long bundling took, and its size.
 */
export function buildCorpusSite({ documents, seed, corpusDir, site }) {
  execFileSync("cargo", ["build", "--release", "--locked", "--bin", "quoteline"], { stdio: "inherit" });
  rmSync(corpusDir, { recursive: true, force: true });
  execFileSync("target/release/quoteline", ["generate", "--docs", String(documents), "--seed", String(seed), corpusDir]);
  rmSync(site, { recursive: true, force: true });
  cpSync("dist", site, { recursive: true });
  const started = performance.now();
  execFileSync("target/release/quoteline", ["bundle", corpusDir, "-o", join(site, "corpus.bin")]);
  return {
    bundleSeconds: (performance.now() - started) / 1000,
    bundleBytes: statSync(join(site, "corpus.bin")).size,
  };
}

/** The flags every benchmark's Chromium runs with (as root it needs --no-sandbox: TOOLCHAIN.md). */
const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium (never a downloaded one), with the shared flags and any of the benchmark's own. */
export function launchChromium(extraFlags = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...chromiumFlags, ...extraFlags],
  });
}

/** The value below which `p` per cent of `values` fall (the nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The marker under which a report's notes are written by hand. */
const marker = "<!-- Written by hand below: kept when the figures above are measured again. -->";

/** Writes `report` to `path`, keeping whatever was written by hand under the marker in the last one. */
export function writeReport(path, report) {
  let notes = `${marker}\n`;
  try {
    const previous = readFileSync(path, "utf8");
    if (previous.includes(marker)) notes = previous.slice(previous.indexOf(marker));
  } catch {}
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${report}\n${notes}`);
}
