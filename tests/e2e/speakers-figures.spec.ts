// Journeys: a researcher sees who said what the search found and opens one speaker's page; a
// fact-checker sees which figures were claimed, and that the police chiefs' figures were repeated by the
// National Crime Agency.
import { test, expect, openExplorer } from "./fixtures";

test("the speakers view lists who was quoted, and a speaker's page lists all their quotes in date order", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Speakers" }).click();
  await expect(page).toHaveURL(/view=speakers/);
  await expect(page.locator("#results-heading")).toHaveText("5 speakers");
  const rows = page.locator(".speaker-row");
  await expect(rows.first()).toContainText("National Police Chiefs’ Council");
  await expect(rows.filter({ hasText: "Ian Critchley" })).toContainText("3 quotes in 2 sources");

  // The search narrows the speakers as it narrows the quotes.
  await page.getByRole("searchbox").fill('"hugely disappointing"');
  await expect(page.locator("#results-heading")).toHaveText("1 speaker");
  await expect(rows).toHaveText([/James Babbage.*1 quote in 1 source/]);

  await page.getByRole("searchbox").fill("");
  await rows.filter({ hasText: "Ian Critchley" }).getByRole("link").click();
  await expect(page).toHaveURL(/\?speaker=ian-critchley&view=speakers$/);
  const header = page.locator(".speaker-page");
  await expect(header.getByRole("heading", { name: "Ian Critchley" })).toBeVisible();
  await expect(header).toContainText("National Police Chiefs’ Council");
  await expect(header).toContainText("3 quotes in 2 sources");
  await expect(page.locator("#results-heading")).toHaveText("3 quotes");
  // Oldest first: the press release (6–11 Dec) before the article (11 Dec).
  const sources = page.locator(".result .result__meta");
  await expect(sources.first()).toContainText("6–11 Dec 2023");
  await page.getByLabel("Order").selectOption("newest");
  await expect(sources.first()).toContainText("Police Professional");

  await page.reload();
  await expect(header.getByRole("heading", { name: "Ian Critchley" })).toBeVisible();
  await header.getByRole("link", { name: "All speakers" }).click();
  await expect(page.locator("#results-heading")).toHaveText("5 speakers");
});

test("the figures view groups a claim repeated across sources, and keeps the group when filtered", async ({ page }) => {
  await openExplorer(page, "?view=figures");
  const claims = page.locator("tbody.claim");
  const first = claims.first();
  await expect(first.getByRole("rowheader")).toHaveText("800: claimed 3 times in 2 sources");
  await expect(first.getByRole("row").filter({ hasText: "800 suspects every single month" })).toContainText("James Babbage");
  await expect(first.getByRole("row").filter({ hasText: "National Crime Agency" })).toHaveCount(1);
  await expect(first.getByRole("row").filter({ hasText: "Ian Critchley" })).toHaveCount(2);
  await expect(claims.nth(1).getByRole("rowheader")).toHaveText("1,200: claimed 3 times in 2 sources");

  // Only what the National Crime Agency claimed: its two figures, each with where else it was claimed.
  await page.getByRole("checkbox", { name: /National Crime Agency/ }).check();
  await expect(page).toHaveURL(/org=national\+crime\+agency/);
  await expect(page.locator("#results-heading")).toHaveText("4 figures in 1 document");
  await expect(claims.first().locator(".figure-row:not(.figure-row--elsewhere)")).toContainText("800 suspects every single month");
  await expect(claims.first().locator(".figure-row--elsewhere")).toHaveCount(2);

  // A figure opens its context: the document, with the quote it is in selected.
  await claims.first().getByRole("link", { name: "800 suspects every single month" }).click();
  await expect(page).toHaveURL(/doc=000_4db77244379ade82/);
  await expect(page).toHaveURL(/quote-id=000_4db77244379ade82-q15/);
  await expect(page.getByRole("article")).toBeVisible();
});

test("a figure claimed by a source the story does not name shows the words describing it", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("button", { name: /^Your documents/ }).click();
  const dialog = page.getByRole("dialog", { name: "Your documents" });
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(
    [
      "Marlowe gains ground in Ohio",
      "State Sen. Teresa Marlowe has cut into her rival's lead, according to a recent poll of likely Ohio voters, which found her within 4 points of Rep. Albert Quist.",
      "Quist fell to 41 percent in the latest Harbor Institute poll released Tuesday.",
    ].join("\n\n"),
  );
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  // Not kept in this browser: the figures view is reached without reloading.
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Figures" }).click();
  await expect(page).toHaveURL(/view=figures/);
  const described = page.locator(".figure-row").filter({ hasText: "4 points" });
  await expect(described.locator(".figure-row__who")).toContainText("A recent poll of likely Ohio voters");
  await expect(described.locator(".figure-row__who")).toContainText("not named in the story");
  const named = page.locator(".figure-row").filter({ hasText: "41 percent" });
  await expect(named.locator(".figure-row__who")).toContainText("Harbor Institute");
});
