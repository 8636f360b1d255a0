// Journey: a newcomer opens the explorer, sees what the corpus holds, and reads a document.
import { test, expect, openExplorer } from "./fixtures";

test("the bundled documents are listed with their publishers and dates", async ({ page }) => {
  await openExplorer(page);
  const list = page.getByRole("navigation", { name: "Documents" }).getByRole("listitem");
  await expect(list).toHaveCount(2);

  const article = list.filter({ hasText: "NPCC warns Meta’s roll-out of end-to-end-encryption" });
  await expect(article).toContainText("Police Professional");
  await expect(article).toContainText("News article");
  await expect(article).toContainText("11 Dec 2023");
  await expect(article).not.toContainText("exact day unknown");

  const statement = list.filter({ hasText: "NPCC response to Meta's rollout of end-to-end-encryption" });
  await expect(statement).toContainText("National Police Chiefs' Council (NPCC)");
  await expect(statement).toContainText("Press release");
  await expect(statement).toContainText("6–11 Dec 2023");
  await expect(statement).toContainText("exact day unknown");
});

test("opening a document shows its provenance and its text as paragraphs", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("navigation", { name: "Documents" }).getByRole("link", { name: /NPCC warns Meta’s roll-out/ }).click();

  await expect(page).toHaveURL(/\?doc=000_4db77244379ade82$/);
  const reader = page.getByRole("article");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
    "NPCC warns Meta’s roll-out of end-to-end-encryption ‘putting safety of children at risk’",
  );
  await expect(reader).toContainText("Paul Jacques");
  await expect(reader.getByRole("link", { name: /Original at www\.policeprofessional\.com/ })).toHaveAttribute(
    "href",
    /^https:\/\/www\.policeprofessional\.com\/news\//,
  );
  const paragraphs = reader.locator(".reader__text p");
  await expect(paragraphs.first()).toHaveText(
    "The National Police Chiefs’ Council (NPCC) has warned the decision by Meta to roll out end-to-end-encryption on its platforms will have “a dangerous impact on child safety”.",
  );
  expect(await paragraphs.count()).toBeGreaterThan(30);
  await expect(page).toHaveTitle(/^NPCC warns Meta’s roll-out/);
});

test("a document without a known address says so instead of linking anywhere", async ({ page }) => {
  await openExplorer(page, "?doc=001_aad81fa9cc082233");
  const reader = page.getByRole("article");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
    "NPCC response to Meta's rollout of end-to-end-encryption",
  );
  await expect(reader).toContainText("Published on news.npcc.police.uk; the exact address is not known");
  await expect(reader.locator("a[target=_blank]")).toHaveCount(0);
  await expect(reader.locator(".reader__text p").filter({ hasText: "Ian Critchley" })).toHaveText(
    "National Police Chiefs' Council Lead for Child Protection, Abuse and Investigation, Ian Critchley, said:",
  );
});

test("back and forward move between the overview and a document", async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Meta's default end-to-end encryption: UK policing responds",
  );
  await page.getByRole("navigation", { name: "Documents" }).getByRole("link", { name: /NPCC response to Meta's rollout/ }).click();
  await expect(page.getByRole("article")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("article")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Context" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toHaveText(
    "NPCC response to Meta's rollout of end-to-end-encryption",
  );
});

test("an unknown document in the address gets a clear message, not a blank page", async ({ page }) => {
  await openExplorer(page, "?doc=no_such_document&utm_source=newsletter");
  await expect(page.getByRole("alert")).toContainText("This corpus has no document “no_such_document”");
  await expect(page.getByText("Ignored in the address: utm_source=newsletter")).toBeVisible();
  await page.getByRole("link", { name: "See all documents" }).click();
  await expect(page.getByRole("heading", { name: "Context" })).toBeVisible();
});

test("the context events are listed in date order", async ({ page }) => {
  await openExplorer(page);
  const events = page.locator(".context__event");
  await expect(events).toHaveCount(3);
  await expect(events.nth(0)).toContainText("20 Sep 2023");
  await expect(events.nth(0)).toContainText("Home Office");
  await expect(events.nth(1)).toContainText("6 Dec 2023");
  await expect(events.nth(2)).toContainText("7 Dec 2023");
});
