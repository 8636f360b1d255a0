// The test of the explorer, as a journey: someone who has never seen the corpus finds what the
// National Crime Agency said about metadata, sees that the police chiefs' figures were repeated by the NCA,
// and sees when each statement was made — on a laptop and on a phone.
import { test, expect, openExplorer } from "./fixtures";

for (const [device, viewport] of [
  ["laptop", { width: 1366, height: 768 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(device, () => {
    test.use({ viewport });

    test("what the NCA said about metadata, who repeated the NPCC's figures, and when each was said", async ({ page }) => {
      await openExplorer(page);
      const list = page.getByRole("navigation", { name: "List" });

      // What the NCA said about metadata: one search, its quote with its speaker.
      await page.getByRole("searchbox").fill("NCA metadata");
      const quote = page.locator(".result").filter({ hasText: /metadata/i }).first();
      await expect(quote).toContainText("James Babbage");
      await expect(quote).toContainText("National Crime Agency");

      // The figures: the police chiefs' 800 a month, repeated by the NCA.
      await page.getByRole("searchbox").fill("");
      await list.getByRole("link", { name: "Figures" }).click();
      const claim = page.locator("tbody.claim").first();
      await expect(claim.getByRole("rowheader")).toHaveText("800: claimed 3 times in 2 sources");
      await expect(claim).toContainText("Ian Critchley");
      await expect(claim).toContainText("National Crime Agency");

      // When each was said: the timeline, read as its list.
      await list.getByRole("link", { name: "Timeline" }).click();
      await page.getByText(/The timeline as a list/).click();
      const december = page.locator(".timeline__months > li").filter({ hasText: "Dec 2023" });
      await december.locator("summary").click();
      const items = december.locator(".timeline__item");
      const quotes = items.filter({ has: page.locator(".timeline__item-kind", { hasText: "Quote" }) });
      await expect(quotes.filter({ hasText: "James Babbage" }).first()).toContainText("11 Dec 2023");
      await expect(quotes.filter({ hasText: "Ian Critchley" }).first()).toContainText("6–11 Dec 2023");
      await expect(items.filter({ hasText: "The National Crime Agency publishes its response" })).toContainText("7 Dec 2023");
    });
  });
}
