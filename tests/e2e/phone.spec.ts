// On a phone: the filters open as a drawer over the results, and every view of the switcher is in sight.
import { test, expect, openExplorer } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("the filters are a drawer: chosen values narrow the results, and it closes by its button, Escape or a tap beside it", async ({ page }) => {
  await openExplorer(page, "?q=encryption");
  const drawer = page.locator(".search__drawer");
  const summary = page.locator(".search__filters > summary");
  await expect(drawer).toBeHidden();
  await summary.click();
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("heading", { name: "Filters" })).toBeVisible();
  // Over the results, not pushing them down: the drawer is fixed to the screen's left edge.
  const box = (await drawer.boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.height).toBeGreaterThan(800);

  await drawer.getByRole("checkbox", { name: /Internet Watch Foundation/ }).first().check();
  await expect(page).toHaveURL(/speaker=/);
  await drawer.getByRole("button", { name: "Show 1 quote" }).click();
  await expect(drawer).toBeHidden();
  await expect(summary).toBeFocused();
  await expect(page.locator("#results-heading")).toHaveText("1 quote");
  await expect(summary).toContainText("(1 chosen)");

  await summary.click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  await summary.click();
  await expect(drawer).toBeVisible();
  // Beside the drawer is the backdrop: a tap there closes it.
  await page.touchscreen.tap(370, 400);
  await expect(drawer).toBeHidden();
});

test("every view of the switcher is on screen, none past the edge", async ({ page }) => {
  await openExplorer(page, "?q=encryption");
  const options = page.getByRole("navigation", { name: "List" }).getByRole("link");
  await expect(options).toHaveCount(6);
  for (const option of await options.all()) {
    const box = (await option.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await options.filter({ hasText: "Timeline" }).tap();
  await expect(page).toHaveURL(/view=timeline/);
  await expect(page.locator("canvas.timeline__canvas")).toBeVisible();
});
