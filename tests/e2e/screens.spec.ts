// Journey: the explorer at desktop and phone widths, in light and dark: nothing overflows sideways, the
// search and its results fit, the reader replaces the list on a phone, and each screen is saved as a PNG for people to look at.
// Screenshots go to test-results/screens/, or to $QUOTELINE_SCREENSHOT_DIR (./dev screenshots uses docs/).
import { fileURLToPath } from "node:url";
import { test, expect, openExplorer, embedHostOrigin } from "./fixtures";

const outputDir =
  process.env.QUOTELINE_SCREENSHOT_DIR ?? fileURLToPath(new URL("../../test-results/screens", import.meta.url));

test.use({ otherOrigins: [embedHostOrigin] });

const screens = [
  { name: "desktop", width: 1280, height: 860 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const screen of screens) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${screen.name} ${colorScheme}: overview and reader fit the screen`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.emulateMedia({ colorScheme });

      await openExplorer(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/overview-${screen.name}-${colorScheme}.png` });

      // A search with a filter, scrolled to its results.
      await openExplorer(page, "?q=child+safety&quote=direct");
      await page.getByRole("searchbox").scrollIntoViewIfNeeded();
      await expect(page.locator(".results mark.match").first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.getByRole("searchbox").evaluate((box) => box.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${outputDir}/search-${screen.name}-${colorScheme}.png` });

      await openExplorer(page, "?q=encryption+&view=concordance&sort=left");
      await expect(page.locator(".concordance__line").first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.locator("#results-heading").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${outputDir}/concordance-${screen.name}-${colorScheme}.png` });

      for (const [name, query, ready] of [
        ["speakers", "?view=speakers", ".speaker-row"],
        ["speaker", "?view=speakers&speaker=ian-critchley", ".speaker-page"],
        ["figures", "?view=figures", ".figure-row"],
        ["timeline", "?view=timeline&lanes=speaker&zoom=2023-12-03..2023-12-14", "canvas.timeline__canvas"],
      ] as const) {
        await openExplorer(page, query);
        await expect(page.locator(ready).first()).toBeVisible();
        await expectNoSidewaysScroll(page);
        await page.locator("#results-heading").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
        await page.screenshot({ path: `${outputDir}/${name}-${screen.name}-${colorScheme}.png` });
      }
      await openExplorer(page);

      await page.getByRole("navigation", { name: "Documents" }).getByRole("link", { name: /NPCC warns Meta’s roll-out/ }).click();
      await expect(page.getByRole("article")).toBeVisible();
      await expectNoSidewaysScroll(page);
      // The way back is always there (it keeps the search a document was opened from); on a phone the
      // reader takes the place of the list.
      await expect(page.getByRole("link", { name: "← All documents" })).toBeVisible();
      if (screen.name === "phone") {
        await expect(page.getByRole("navigation", { name: "Documents" })).toBeHidden();
      } else {
        await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
      }
      // Show a quote's attribution, as a reader checking it would see it (the pointer out of the way, so
      // that scrolling does not hover another quote).
      await page.mouse.move(0, 0);
      await page.locator("mark.quote").filter({ hasText: "On average policing arrests" }).focus();
      await expect(page.getByRole("complementary", { name: "Attribution of the highlighted quote" })).toContainText(
        "Ian Critchley",
      );
      await page.screenshot({ path: `${outputDir}/reader-${screen.name}-${colorScheme}.png` });
    });
  }
}

for (const screen of screens) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${screen.name} ${colorScheme}: a bundle loading, and one that cannot be opened`, async ({ page, problems }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.emulateMedia({ colorScheme });
      // The download held open, half delivered as far as the page can tell: its progress stays on screen.
      await page.route("**/archive-2024.bin", () => {});
      await page.goto("./?corpus=archive-2024.bin");
      await expect(page.getByRole("progressbar")).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/bundle-loading-${screen.name}-${colorScheme}.png` });

      await page.route("**/missing-archive.bin", (route) => route.fulfill({ status: 404, body: "not found" }));
      await page.goto("./?corpus=missing-archive.bin");
      await expect(page.getByRole("alert")).toContainText("There is no corpus bundle");
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/bundle-missing-${screen.name}-${colorScheme}.png` });
      // The browser reports the 404 itself, and the held download is abandoned by leaving the page.
      problems.splice(
        0,
        problems.length,
        ...problems.filter((problem) => !problem.includes("404") && !problem.includes("archive-2024.bin")),
      );
    });
  }
}

for (const screen of screens) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${screen.name} ${colorScheme}: embedded in an article, the Embed dialog and the Export menu`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${embedHostOrigin}/?view=${encodeURIComponent("q=encryption&speaker=ian-critchley")}`);
      const explorer = page.frameLocator("#quoteline");
      await expect(explorer.locator(".result").first()).toBeVisible();
      await expect(explorer.getByRole("link", { name: /Open the full explorer/ })).toBeVisible();
      await page.locator("#quoteline").scrollIntoViewIfNeeded();
      await page.locator("#quoteline").evaluate((frame) => frame.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${outputDir}/embedded-${screen.name}-${colorScheme}.png` });

      await openExplorer(page, "?q=encryption");
      await page.getByRole("button", { name: "Embed" }).click();
      await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/embed-dialog-${screen.name}-${colorScheme}.png` });

      await page.keyboard.press("Escape");
      await page.getByText("Export", { exact: true }).click();
      await expect(page.locator(".export__panel")).toBeVisible();
      await page.locator("#results-heading").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/export-${screen.name}-${colorScheme}.png` });
    });
  }
}

for (const screen of screens) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${screen.name} ${colorScheme}: the reader's own documents, added and refused`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.emulateMedia({ colorScheme });
      await openExplorer(page);
      await page.getByRole("button", { name: /^Your documents/ }).click();
      const dialog = page.getByRole("dialog", { name: "Your documents" });
      await dialog.getByLabel(/^Choose files, or drop them here/).setInputFiles([
        {
          name: "harbour-board-minutes.txt",
          mimeType: "text/plain",
          buffer: Buffer.from("Harbour board rejects dredging plan\n\n“We cannot support it,” said Priya Raman, the chair."),
        },
        { name: "annual-report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") },
      ]);
      await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/local-dialog-${screen.name}-${colorScheme}.png` });
      // Its end: keeping them, and opening a whole corpus instead.
      await dialog.getByRole("button", { name: "Done" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${outputDir}/local-dialog-end-${screen.name}-${colorScheme}.png` });
      await dialog.getByRole("button", { name: "Done" }).click();
      await page.getByRole("searchbox").fill("support");
      await expect(page.locator(".results")).toContainText("Priya Raman");
      await page.locator("#results-heading").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${outputDir}/local-search-${screen.name}-${colorScheme}.png` });
    });
  }
}

for (const screen of screens) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${screen.name} ${colorScheme}: a view that failed, and the overview opened after it`, async ({ page, problems }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(() => {
        if (!sessionStorage.getItem("failed-once")) {
          sessionStorage.setItem("failed-once", "1");
          (window as unknown as { quotelineFailingView?: string }).quotelineFailingView = "concordance";
        }
      });
      await page.goto("./?q=encryption&view=concordance");
      const notice = page.locator("#quoteline-failed");
      await expect(notice).toBeVisible();
      await notice.locator("details summary").click();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/failed-${screen.name}-${colorScheme}.png` });
      problems.splice(0);

      await notice.getByRole("button", { name: "Reload the page" }).click();
      await expect(page.locator(".failure-note")).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${outputDir}/failed-note-${screen.name}-${colorScheme}.png` });
    });
  }
}

async function expectNoSidewaysScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "page is wider than the screen").toBeLessThanOrEqual(0);
}

test("the colour scheme follows the system until the reader chooses one, and the choice is kept", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openExplorer(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(247, 245, 240)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe("rgb(18, 19, 20)");

  await page.getByLabel("Colours").selectOption("light");
  expect(await background()).toBe("rgb(247, 245, 240)");
  await page.reload();
  await expect(page.getByLabel("Colours")).toHaveValue("light");
  expect(await background()).toBe("rgb(247, 245, 240)");

  await page.getByLabel("Colours").selectOption("system");
  expect(await background()).toBe("rgb(18, 19, 20)");
  // The choice is no part of the address: a shared link shows the view, in the recipient's colours.
  await expect(page).toHaveURL(/\/$/);
});
