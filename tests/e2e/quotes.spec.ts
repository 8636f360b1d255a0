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

test("a quote found in several sources says so, compares the wording, and copies as a citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openExplorer(page, "?q=%22policing+arrests%22&speaker=ian-critchley");
  const card = page.locator(".result--quote").filter({ hasText: "1200 children" });
  await expect(card.locator(".result__versions")).toContainText("Appears in 2 sources · also in NPCC warns Meta’s roll-out");
  await card.getByText("Compare the wording").click();
  await expect(card.locator(".result__diff del")).toHaveText(["1200"]);
  await expect(card.locator(".result__diff ins")).toHaveText(["1,200"]);

  await card.getByRole("button", { name: "Cite or link" }).click();
  await expect(card.getByRole("button", { name: "Cite or link" })).toHaveAttribute("aria-expanded", "true");
  await card.getByRole("button", { name: "Copy citation" }).click();
  await expect(card.getByRole("status").first()).toHaveText("Copied");
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  expect(cited).toMatch(/^“On average policing arrests 800 suspected offenders a month/);
  expect(cited).toContain("— Ian Critchley, lead for child protection, abuse and investigation, National Police Chiefs’ Council.");
  expect(cited).toContain("“NPCC response to Meta's rollout of end-to-end-encryption”, National Police Chiefs' Council (NPCC), 6–11 Dec 2023.");
  // The press release has no address of its own: the citation links to the quote in Quoteline.
  expect(cited).toMatch(/ http:\/\/127\.0\.0\.1:\d+\/\?doc=001_aad81fa9cc082233&quote-id=001_aad81fa9cc082233-q1$/);

  await card.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link);
  await expect(page.locator("mark.quote--selected").first()).toContainText("On average policing arrests");
});

test("without clipboard access, copying shows the text selected to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  });
  await openExplorer(page, "?q=outraged");
  const card = page.locator(".result--quote").first();
  await card.getByRole("button", { name: "Cite or link" }).click();
  await card.getByRole("button", { name: "Copy link" }).click();
  const field = card.getByRole("textbox");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\?doc=000_4db77244379ade82&quote-id=000_4db77244379ade82-q\d+$/);
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBeGreaterThan(10);
});

test("the reader prints as the document alone, its quotes still marked and its source given", async ({ page }) => {
  await openExplorer(page, "?doc=000_4db77244379ade82");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article")).toBeVisible();
  for (const hidden of [".masthead", ".sidebar", ".attribution-card", ".colophon"]) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  const underline = await page.locator("mark.quote--direct").first().evaluate((mark) => getComputedStyle(mark).boxShadow);
  expect(underline).toContain("inset");
  const source = await page.locator(".reader__source").evaluate((link) => getComputedStyle(link, "::after").content);
  expect(source).toContain("policeprofessional.com");
});
