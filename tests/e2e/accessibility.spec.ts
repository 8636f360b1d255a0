// Every view of the explorer, in both colour schemes, checked by axe-core: no serious or critical
// accessibility violation.
import { createRequire } from "node:module";
import { test, expect, openExplorer } from "./fixtures";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// axe is put into the page as an inline script, which the page's policy rightly refuses: the check
// itself runs with the policy set aside (every other test runs under it).
test.use({ bypassCSP: true });

const views = [
  ["overview", "", "#results-heading"],
  ["quotes", "?q=encryption&quote=direct", ".result"],
  ["documents", "?q=encryption&view=documents", ".result"],
  ["speakers", "?view=speakers", ".speaker-row"],
  ["speaker page", "?view=speakers&speaker=ian-critchley", ".speaker-page"],
  ["figures", "?view=figures", ".figure-row"],
  ["concordance", "?q=encryption&view=concordance", ".concordance__line"],
  ["timeline", "?view=timeline&zoom=2023-12-03..2023-12-14", "canvas.timeline__canvas"],
  ["reader", "?q=children&doc=000_4db77244379ade82&quote-id=000_4db77244379ade82-q10", "mark.quote"],
  ["missing document", "?doc=no-such-document", ".not-found"],
  ["embedded", "?q=encryption&embed=1", ".result"],
  ["embed dialog", "?q=encryption", ".result"],
  ["your documents dialog", "?q=encryption", ".result"],
] as const;

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, query, ready] of views) {
    test(`${name}, ${colorScheme}: no serious or critical accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      if (query.includes("embed=1")) {
        // Embedded there is no list of documents to wait for.
        await page.goto(`./${query}`);
      } else {
        await openExplorer(page, query);
      }
      await expect(page.locator(ready).first()).toBeVisible();
      if (name === "timeline") {
        // An item selected (its card and the live region filled) and a day's crowd listed, so that they
        // are checked too.
        await page.locator("canvas.timeline__canvas").focus();
        await page.keyboard.press("End");
        await expect(page.locator(".timeline__card")).toBeVisible();
        await page.locator(".timeline__frame").evaluate((frame) => frame.scrollIntoView({ block: "center" }));
        const box = (await page.locator("canvas.timeline__canvas").boundingBox())!;
        const tip = page.locator(".timeline__tip");
        for (let x = box.x + 190; x < box.x + box.width; x += 3) {
          await page.mouse.move(x, box.y + 40 + 34 + 17);
          if ((await tip.count()) > 0 && /list them/.test(await tip.innerText())) {
            await page.mouse.click(x, box.y + 40 + 34 + 17);
            break;
          }
        }
        await expect(page.getByRole("dialog")).toBeVisible();
      }
      if (name === "your documents dialog") {
        await page.getByRole("button", { name: /^Your documents/ }).click();
        const dialog = page.getByRole("dialog", { name: "Your documents" });
        // With a document added and one refused, so that the list and the notes are checked too.
        await dialog.getByLabel(/^Choose files, or drop them here/).setInputFiles([
          { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("“Yes,” said Ann Lee.") },
          { name: "b.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") },
        ]);
        await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
      }
      if (name === "embed dialog") {
        await page.getByRole("button", { name: "Embed" }).click();
        await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
      }
      // Folded parts opened, so that what they hold is checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is the script just added
        const results = await window.axe.run(document, { resultTypes: ["violations"] });
        return results.violations
          .filter((violation: { impact: string }) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
            rule: violation.id,
            impact: violation.impact,
            where: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
          }));
      });
      expect(violations).toEqual([]);
    });
  }
}
