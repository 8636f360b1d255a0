// The built folder works unchanged from a sub-path of a host, as from its root: every asset is found
// (relative URLs), and every link and address the app writes stays under that path.
import { test, expect } from "./fixtures";

test("served from a folder of a site, the explorer searches, opens a document and comes back", async ({ page }) => {
  const folder = "/hosted/under/a/folder/";
  // The test server answers at its root too: what shows that nothing is fetched from the site's root is
  // where each request goes.
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && !url.pathname.startsWith(folder)) outside.push(url.pathname);
  });
  await page.goto(`${folder}?q=encryption`);
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes$/);
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.locator("canvas.timeline__canvas")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(folder);
  await page.getByRole("navigation", { name: "Documents" }).getByRole("link").first().click();
  await expect(page.getByRole("article")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(folder);
  await page.locator("a.reader__back").click();
  await expect(page.locator("#results-heading")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(folder);
  expect(outside).toEqual([]);
});
