// Journey: the single-file build (dist/quoteline.html) opened from disk, as a researcher opens a copy they
// were sent: it searches, opens a document and comes back, follows the address as the state, and asks for
// nothing beside itself — under its own policy, which allows only the code it carries.
import { fileURLToPath } from "node:url";
import { test, expect } from "./fixtures";

const single = new URL("../../dist/quoteline.html", import.meta.url);
// A page opened from disk has the opaque origin "null"; that it requests nothing but itself is checked
// below, request by request.
test.use({ otherOrigins: ["null"] });

test("opened from file://, the single-file build searches, reads, keeps its state in the address and fetches nothing", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) requests.push(request.url());
  });
  await page.goto(`${single.href}?q=encryption`);
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes$/);
  await expect(page.locator(".results mark.match").first()).toBeVisible();
  // Styled from the page itself: the stylesheet is inline.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

  // Filter, read a document, come back: the address carries the view.
  await page.getByRole("group", { name: "Speaker" }).getByRole("checkbox").first().check();
  await expect(page).toHaveURL(/speaker=/);
  await page.getByRole("navigation", { name: "Documents" }).getByRole("link").first().click();
  await expect(page.getByRole("article")).toBeVisible();
  await expect(page).toHaveURL(/doc=/);
  await page.goBack();
  await expect(page.getByRole("article")).toHaveCount(0);
  await expect(page.getByRole("searchbox")).toHaveValue("encryption");
  await page.reload();
  await expect(page.getByRole("searchbox")).toHaveValue("encryption");
  await expect(page).toHaveURL(/speaker=/);

  // The timeline draws from the same file.
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.locator("canvas.timeline__canvas")).toBeVisible();

  const file = fileURLToPath(single);
  expect(requests.map((url) => fileURLToPath(url.split("?")[0]))).toEqual(
    requests.map(() => file),
  );
});
