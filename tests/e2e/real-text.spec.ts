// A new user's first minutes on their own corpus, on text as real pages write it: no-break, thin and
// ideographic spaces, line separators, zero-width characters, byte-order marks, emoji with modifiers and
// joiners, right-to-left names and decomposed accents (tests/fixtures/hostile-corpus), and a generated
// corpus of which a share of documents set no-break spaces. For common words, every view opens (quotes,
// documents, speakers and a speaker's page, figures, the timeline in both kinds of lanes, "In context" in
// every order, the reader) with no console error (the fixture fails the test on one), and the counts on
// one screen agree.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { generatedBundlePath, hostileBundlePath } from "./global-setup";

const corpora: [string, string, string[]][] = [
  ["hostile.bin", hostileBundlePath, ["the", "harbor", "said", "O’Brien"]],
  ["generated.bin", generatedBundlePath, ["the", "council", "said", "per cent"]],
];

async function serveBundles(page: Page) {
  for (const [name, path] of corpora) {
    await page.route(`**/${name}`, (route) =>
      route.fulfill({ body: readFileSync(path), contentType: "application/octet-stream" }),
    );
  }
}

const heading = (page: Page) => page.locator("#results-heading");

/** Opens `query` on the bundle and waits for the list it names to be shown for it. */
async function open(page: Page, bundle: string, query: string) {
  await page.goto(`./?corpus=${bundle}&${query}`);
  await expect(heading(page)).toHaveText(/^\d[\d,]* \w+/);
}

/** How many values a filter offers: its "Show all N", or its rows when they all show. */
async function filterValues(page: Page, facet: string): Promise<number> {
  const fieldset = page.locator("fieldset.facet").filter({ has: page.locator("legend", { hasText: facet }) });
  const more = fieldset.getByRole("button", { name: /^Show all \d+$/ });
  if (await more.count()) return Number((await more.textContent())!.replace(/\D/g, ""));
  return fieldset.locator(".facet__value").count();
}

for (const [bundle, , words] of corpora) {
  for (const word of words) {
    test(`every view of ${bundle} opens for “${word}”, and its counts agree`, async ({ page }) => {
      await serveBundles(page);
      const q = `q=${encodeURIComponent(word)}`;

      // The search box's example is any corpus's, not the built-in one's.
      await open(page, bundle, q);
      await expect(page.getByRole("searchbox")).toHaveAttribute("placeholder", "A word, a name or “a phrase”");
      await expect(heading(page)).toHaveText(/^[\d,]+ quotes?$/);
      await expect(page.locator(".search__filters-note")).toHaveText("Numbers count quotes.");

      await open(page, bundle, `${q}&view=documents`);
      await expect(heading(page)).toHaveText(/^[1-9][\d,]* documents?$/);
      await expect(page.locator(".search__filters-note")).toHaveText("Numbers count documents.");
      await expect(page.locator(".results mark.match").first()).toBeVisible();

      // The speakers counted are the speaker filter's values: quotes whose speaker was not found are
      // no speaker.
      await open(page, bundle, `${q}&view=speakers`);
      const speakers = Number((await heading(page).textContent())!.replace(/\D/g, ""));
      expect((await heading(page).textContent())!).toMatch(/^[\d,]+ speakers?$/);
      expect(await filterValues(page, "Speaker")).toBe(speakers);
      if (speakers > 0) {
        await page.locator(".speaker-row__link").first().click();
        await expect(page.locator(".speaker-page")).toBeVisible();
        await expect(heading(page)).toHaveText(/^[1-9][\d,]* quotes?$/);
      }

      // Figures and matches say which documents they are in: the filters count documents.
      await open(page, bundle, `${q}&view=figures`);
      await expect(heading(page)).toHaveText(/^[\d,]+ figures? in [\d,]+ documents?$/);
      const documentsFound = Number((await heading(page).textContent())!.split(" in ")[1].replace(/\D/g, ""));

      for (const lanes of ["", "&lanes=speaker"]) {
        await open(page, bundle, `${q}&view=timeline${lanes}`);
        await expect(page.locator("canvas.timeline__canvas")).toBeVisible();
        await expect(heading(page)).toHaveText(`${documentsFound.toLocaleString("en-GB")} document${documentsFound === 1 ? "" : "s"}`);
      }

      for (const sort of ["relevance", "left", "right"]) {
        await open(page, bundle, `${q}&view=concordance&sort=${sort}`);
        await expect(heading(page)).toHaveText(/^[\d,]+ match(es)? in [\d,]+ documents?$/);
        const matches = Number((await heading(page).textContent())!.split(" in ")[0].replace(/\D/g, ""));
        const lines = page.locator(".concordance__line");
        expect(await lines.count()).toBe(Math.min(matches, 2000));
        if (matches > 0) await expect(lines.first().locator("mark.match")).not.toBeEmpty();
      }

      // A line opens its document in the reader.
      const line = page.locator(".concordance__line").first();
      if (await line.count()) {
        await line.click();
        await expect(page.getByRole("article")).toBeVisible();
        await expect(page.getByRole("article").locator("mark.match").first()).toBeVisible();
      }
    });
  }
}

test("the titles a statement is “also in” are kept apart", async ({ page }) => {
  await serveBundles(page);
  // The mayor's words are quoted in all three of the fixture's documents: each lists the other two.
  await open(page, "hostile.bin", "q=owe");
  const versions = page.locator(".result__versions").filter({ has: page.locator("p a + a") }).first();
  await expect(versions).toBeVisible();
  const line = versions.locator("p").first();
  const links = await line.locator("a").count();
  const text = (await line.textContent())!;
  expect(text.split("; ").length).toBe(links);
});
