// Journey: a researcher exports what the view finds — the quotes of a search and filter as CSV, the
// figures of the documents found as CSV, both as JSON in `quoteline analyze`'s schema — and each file
// holds exactly what the explorer lists, made in the browser (the download is a blob:, no request).
import { copyFile, readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect, openExplorer } from "./fixtures";

async function save(page: Page, label: string): Promise<{ name: string; text: string; path: string }> {
  const panel = page.locator(".export");
  if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) {
    await page.getByText("Export", { exact: true }).click();
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: label }).click(),
  ]);
  expect(download.url()).toMatch(/^blob:/);
  const path = (await download.path())!;
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8"), path };
}

/** A CSV table's rows as arrays of cells (RFC 4180: quoted cells may hold commas, quotes and breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

test("the quotes and figures a view finds are saved as CSV and JSON, and hold what the explorer lists", async ({ page }) => {
  await openExplorer(page, "?q=encryption&speaker=ian-critchley");
  const heading = page.locator("#results-heading");
  await expect(heading).toHaveText(/^\d+ quotes?$/);
  const quoteCount = Number((await heading.textContent())!.split(" ")[0]);

  const quotes = await save(page, "Quotes (CSV)");
  // Named for the search and its filter.
  expect(quotes.name).toBe("quoteline-encryption-ian-critchley-quotes.csv");
  expect(quotes.text.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(quotes.text.slice(1));
  expect(rows[0]).toEqual([
    "id", "text", "speaker", "speaker_name", "speaker_role", "speaker_organisation", "source_described", "kind", "cue",
    "evidence", "document", "document_title", "publisher", "published", "url",
  ]);
  expect(rows.length - 1).toBe(quoteCount);
  expect(rows.slice(1).every((row) => row[3] === "Ian Critchley")).toBe(true);
  // In the order the list shows them, not by their place in the corpus.
  const links = await page.locator(".results > .result--quote > a.result__link").evaluateAll((anchors) =>
    anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).searchParams.get("quote-id")),
  );
  expect(links.length).toBe(quoteCount);
  expect(rows.slice(1).map((row) => row[0])).toEqual(links);
  await expect(page.locator(".export__status")).toHaveText(
    `Saved quoteline-encryption-ian-critchley-quotes.csv: ${quoteCount} quote${quoteCount === 1 ? "" : "s"}.`,
  );

  // The figures the figures view lists for the same search and filter.
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Figures" }).click();
  await expect(heading).toHaveText(/^\d+ figures? in \d+ documents?$/);
  const figureCount = Number((await heading.textContent())!.split(" ")[0]);
  const figures = await save(page, "Figures (CSV)");
  const figureRows = parseCsv(figures.text.slice(1));
  expect(figureRows[0].slice(0, 3)).toEqual(["id", "text", "value"]);
  expect(figureRows.length - 1).toBe(figureCount);
  expect(figureRows.slice(1).every((row) => !Number.isNaN(Number(row[2])))).toBe(true);

  // JSON: the same quotes and figures, in the command line's schema, with what they name.
  const json = await save(page, "Both (JSON)");
  expect(json.name).toBe("quoteline-encryption-ian-critchley.json");
  const report = JSON.parse(json.text);
  expect(Object.keys(report)).toEqual(["documents", "speakers", "quotes", "figures", "matches"]);
  expect(report.quotes.map((quote: { id: string }) => quote.id)).toEqual(rows.slice(1).map((row) => row[0]));
  expect(report.figures.map((figure: { id: string }) => figure.id)).toEqual(figureRows.slice(1).map((row) => row[0]));
  expect(report.speakers.map((speaker: { id: string }) => speaker.id)).toEqual(["ian-critchley"]);
  for (const quote of report.quotes) {
    expect(report.documents.some((document: { id: string }) => document.id === quote.document)).toBe(true);
  }
});

test("a search that finds nothing exports an empty table, not an error", async ({ page }) => {
  await openExplorer(page, "?q=zzzzqqqq");
  await expect(page.locator("#results-heading")).toHaveText("0 quotes");
  const quotes = await save(page, "Quotes (CSV)");
  expect(parseCsv(quotes.text.slice(1))).toHaveLength(1);
  await expect(page.locator(".export__status")).toHaveText("Saved quoteline-zzzzqqqq-quotes.csv: 0 quotes.");
});

test("embedded, there is no export: the full explorer has it", async ({ page }) => {
  await page.goto("./?q=encryption&embed=1");
  await expect(page.locator("#results-heading")).toHaveText(/quotes/);
  await expect(page.locator(".export")).toHaveCount(0);
});

test("the whole corpus, the reader's documents included, is saved as a bundle that opens again", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("button", { name: /^Your documents/ }).click();
  let dialog = page.getByRole("dialog", { name: "Your documents" });
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(
    "Ferry fares to rise\n\n“Fares will rise by a tenth in spring,” said Omar Haines, the operator's director.",
  );
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  const listed = await page.getByRole("navigation", { name: "Documents" }).getByRole("link").count();

  const bundle = await save(page, "Whole corpus (bundle)");
  expect(bundle.name).toBe("quoteline-corpus.bin");
  await expect(page.locator(".export__status")).toContainText(`Saved quoteline-corpus.bin: ${listed} documents`);
  const path = test.info().outputPath("quoteline-corpus.bin");
  await copyFile(bundle.path, path);

  // A new visit: the pasted text is gone, and comes back with the bundle opened from this device.
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("Ferry fares");
  await page.getByRole("button", { name: /^Your documents/ }).click();
  dialog = page.getByRole("dialog", { name: "Your documents" });
  await dialog.getByLabel(/^Open a corpus saved from Quoteline/).setInputFiles(path);
  await expect(dialog.getByRole("status").filter({ hasText: "Showing quoteline-corpus.bin" })).toContainText(`${listed} documents`);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("Ferry fares to rise");
  await page.getByRole("searchbox").fill("fares");
  await expect(page.locator(".results")).toContainText("Omar Haines");

  // A file that is no bundle says so, and the corpus shown stays.
  await page.getByRole("button", { name: /^Your documents/ }).click();
  await dialog.getByLabel(/^Open a corpus saved from Quoteline/).setInputFiles({
    name: "notes.bin",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("just some text"),
  });
  await expect(dialog.locator(".local-dialog__bundle .local-dialog__notes")).toContainText("notes.bin could not be opened: this is not a Quoteline corpus bundle");
  await dialog.getByRole("button", { name: "Back to this site's corpus" }).click();
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("Ferry fares");
});
