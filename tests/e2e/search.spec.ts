// Journey: a fact-checker searches the corpus as they type, sees their words marked in the quotes found,
// narrows the results with a facet, reloads and finds the same view, switches to documents, and gets out of
// an empty result in one click.
import { readFileSync } from "node:fs";
import { test, expect, openExplorer } from "./fixtures";
import { generatedBundlePath } from "./global-setup";

test("typing searches, marks matches, and the address keeps the view", async ({ page }) => {
  await openExplorer(page);
  const count = page.locator("#results-heading");
  const everything = await count.textContent();
  expect(everything).toMatch(/^\d+ quotes$/);

  const box = page.getByRole("searchbox", { name: "Search quotes, speakers and documents" });
  await box.pressSequentially("encryp", { delay: 20 });
  await expect(page).toHaveURL(/\?q=encryp$/);
  // The word being typed matches the words it begins.
  const marks = page.locator(".results mark.match");
  await expect(marks.first()).toHaveText(/^encrypt/i);
  await expect(count).not.toHaveText(everything!);
  const found = Number((await count.textContent())!.split(" ")[0]);
  expect(found).toBeGreaterThan(0);

  // A speaker facet: its count says what choosing it gives, and choosing it gives that.
  const critchley = page.getByRole("group", { name: "Speaker" }).getByRole("checkbox", { name: /Ian Critchley/ });
  const offered = await page
    .getByRole("group", { name: "Speaker" })
    .locator("label", { hasText: "Ian Critchley" })
    .locator(".facet__count")
    .textContent();
  await critchley.check();
  await expect(page).toHaveURL(/speaker=ian-critchley/);
  await expect(count).toHaveText(`${offered} ${offered === "1" ? "quote" : "quotes"}`);
  for (const speaker of await page.locator(".result__name").allTextContents()) {
    expect(speaker).toBe("Ian Critchley");
  }

  // The address is the view: a reload shows the same search, filter and results.
  const url = page.url();
  await page.reload();
  await expect(box).toHaveValue("encryp");
  await expect(critchley).toBeChecked();
  await expect(count).toHaveText(`${offered} ${offered === "1" ? "quote" : "quotes"}`);
  expect(page.url()).toBe(url);

  // From the keyboard: a filter toggled with the space bar keeps the focus, so the next can be reached.
  await critchley.focus();
  await page.keyboard.press("Space");
  await expect(critchley).not.toBeChecked();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(critchley).toBeFocused();
  await page.keyboard.press("Space");
  await expect(critchley).toBeChecked();
  await expect(critchley).toBeFocused();

  // Documents instead of quotes: the switcher's links keep the search as it is typed.
  const documents = page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Documents" });
  await expect(documents).toHaveAttribute("href", /q=encryp/);
  await documents.click();
  await expect(page).toHaveURL(/view=documents/);
  await expect(count).toHaveText(/^\d+ documents?$/);
  await expect(page.locator(".results .result--document").first()).toBeVisible();
});

test("a phrase, an exclusion and a search with no results", async ({ page }) => {
  await openExplorer(page, "?q=%22child+safety%22");
  await expect(page.locator(".results mark.match").first()).toHaveText(/child safety/i);

  await openExplorer(page, "?q=zzzqqqx&speaker=ian-critchley");
  await expect(page.getByRole("status")).toContainText("Nothing matches.");
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\?q=zzzqqqx$/);

  await openExplorer(page, "?q=%22unclosed");
  await expect(page.locator(".search__notes")).toContainText("quotation mark is not closed");
});

test("opening a quote from the results reads it in its document", async ({ page }) => {
  await openExplorer(page, "?q=catastrophic");
  await page.locator(".result--quote a").first().click();
  await expect(page).toHaveURL(/doc=.*quote-id=/);
  await expect(page.getByRole("article")).toContainText("catastrophic");
});

test("the concordance shows each match in its context, sortable by either side", async ({ page }) => {
  await openExplorer(page, "?q=encryption+&view=concordance");
  const lines = page.locator(".concordance__line");
  await expect(lines.first()).toBeVisible();
  expect(await lines.count()).toBeGreaterThan(3);
  for (const matched of await page.locator(".concordance__match").allTextContents()) {
    expect(matched.toLowerCase()).toMatch(/^encrypt/);
  }
  await page.getByRole("combobox", { name: "Order" }).selectOption("right");
  await expect(page).toHaveURL(/sort=right/);
  const rights = (await page.locator(".concordance__right").allTextContents()).map((text) => text.toLowerCase());
  const matches = (await page.locator(".concordance__match").allTextContents()).map((text) => text.toLowerCase());
  const keys = rights.map((right, index) => `${matches[index]} ${right}`);
  expect(keys.length).toBeGreaterThan(3);
  // Sorted on the words after the match (folded as search folds them, so compare loosely).
  expect(keys[0] <= keys[keys.length - 1]).toBe(true);
  await lines.first().click();
  await expect(page.getByRole("article")).toBeVisible();
});

test("a search too long to read is cut, and the page says so", async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole("searchbox", { name: "Search quotes, speakers and documents" });
  await box.fill("encryption ".repeat(500));
  await expect(page.locator(".search__notes")).toContainText("Only the first 1,000 characters of the search are used.");
  await expect(page.locator(".results mark.match").first()).toBeVisible();
  await expect(page.locator(".colophon__ignored")).toHaveCount(0);
});

test("a long list shows a page at a time, and a new search starts again at its first page", async ({ page }) => {
  await page.route("**/generated.bin", (route) =>
    route.fulfill({ body: readFileSync(generatedBundlePath), contentType: "application/octet-stream" }),
  );
  await page.goto("./?corpus=generated.bin");
  const results = page.locator(".results > .result");
  await expect(results).toHaveCount(30);
  const more = page.getByRole("button", { name: /^Show \d+ more$/ });
  await more.click();
  await expect.poll(() => results.count()).toBeGreaterThan(30);
  // Another search (the same quotes, oldest first): its first page only.
  await page.getByLabel("Order").selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(results).toHaveCount(30);
});
