// Journey: a fact-checker reads an article, sees every quote highlighted, and checks who said each one —
// by pointer and by keyboard — and where the same statement appears in another source.
import { test, expect, openExplorer } from "./fixtures";

test("quotes are highlighted and their speaker shows on hover and focus", async ({ page }) => {
  await openExplorer(page, "?doc=000_4db77244379ade82");
  const reader = page.getByRole("article");
  const marks = reader.locator("mark.quote");
  expect(await marks.count()).toBeGreaterThanOrEqual(15);
  await expect(reader.getByRole("heading", { name: "Speakers quoted" })).toBeVisible();
  for (const name of ["Ian Critchley", "Susie Hargreaves", "James Babbage", "Internet Watch Foundation"]) {
    await expect(reader.locator(".speaker-legend")).toContainText(name);
  }

  const card = page.getByRole("complementary", { name: "Attribution of the highlighted quote" });
  await marks.filter({ hasText: "We are outraged Meta has chosen" }).hover();
  await expect(card).toContainText("Susie Hargreaves");
  await expect(card).toContainText("chief executive, Internet Watch Foundation");

  await marks.filter({ hasText: "It is hugely disappointing" }).focus();
  await expect(card).toContainText("James Babbage");
  await expect(card).toContainText("“said” — named before the quote");
});

test("a statement split across sources links to its other version", async ({ page }) => {
  await openExplorer(page, "?doc=000_4db77244379ade82");
  const card = page.getByRole("complementary", { name: "Attribution of the highlighted quote" });
  await page.locator("mark.quote").filter({ hasText: "Policing is not against privacy" }).first().focus();
  await expect(card).toContainText("Ian Critchley");
  await card.getByRole("link", { name: "NPCC response to Meta's rollout of end-to-end-encryption" }).click();
  await expect(page).toHaveURL(/\?doc=001_aad81fa9cc082233$/);
  await expect(page.getByRole("article").locator("mark.quote").first()).toContainText("On average policing arrests");
});

test("figures are listed with who claimed them", async ({ page }) => {
  await openExplorer(page, "?doc=000_4db77244379ade82");
  const figures = page.getByRole("region", { name: "Figures claimed" }).getByRole("row");
  await expect(figures.filter({ hasText: "21 million reports" })).toContainText("Susie Hargreaves");
  await expect(figures.filter({ hasText: "92 per cent" })).toContainText("National Crime Agency");
});

test("page furniture is set aside but can be shown", async ({ page }) => {
  await openExplorer(page, "?doc=000_4db77244379ade82");
  const reader = page.getByRole("article");
  await expect(reader.locator(".reader__text")).not.toContainText("Select Vacancies");
  await reader.getByText(/lines of page furniture set aside/).click();
  await expect(reader.locator(".reader__set-aside")).toContainText("Select Vacancies");
  await expect(reader.locator(".reader__set-aside")).toContainText("Copyright © 2024 Police Professional");
});

test("a quote opened from a search is in view, focused, with the search marked in the text", async ({ page }) => {
  await openExplorer(page, "?q=catastrophic");
  await page.locator(".result--quote a").first().click();
  await expect(page).toHaveURL(/doc=.*quote-id=/);
  const selected = page.locator("mark.quote--selected");
  await expect(selected).toHaveCount(1);
  await expect(selected).toBeFocused();
  await expect(selected).toBeInViewport();
  await expect(selected.locator("mark.match")).toHaveText([/catastrophic/i]);
  const card = page.getByRole("complementary", { name: "Attribution of the highlighted quote" });
  await expect(card).not.toContainText("Point at or tab to");
});

test("keys go from quote to quote, and the card leads to everything the speaker said", async ({ page }) => {
  await openExplorer(page, "?doc=001_aad81fa9cc082233");
  const marks = page.locator("article mark.quote");
  await page.keyboard.press("j");
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press("j");
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(marks.first()).toBeFocused();
  // Before the first, the last.
  await page.keyboard.press("k");
  await expect(marks.last()).toBeFocused();

  await marks.first().focus();
  const card = page.getByRole("complementary", { name: "Attribution of the highlighted quote" });
  await expect(card).toContainText("Ian Critchley");
  await card.getByRole("link", { name: "All 3 quotes by Ian Critchley" }).click();
  await expect(page).toHaveURL(/\?speaker=ian-critchley&view=speakers$/);
  await expect(page.locator(".speaker-page")).toContainText("3 quotes in 2 sources");
});
