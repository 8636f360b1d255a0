// A crash never traps the reader. A view made to fail on purpose (the test-only `quotelineFailingView`
// switch, which no address can set) shows a notice with the panic's message folded away, a link out to
// the overview that works, and a reload that opens the overview with a note instead of failing again.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Opens `address` with `view` made to fail on its first load only: the page after the way out must work. */
async function openFailing(page: Page, view: string, address: string) {
  await page.addInitScript((view) => {
    if (!sessionStorage.getItem("failed-once")) {
      sessionStorage.setItem("failed-once", "1");
      (window as unknown as { quotelineFailingView?: string }).quotelineFailingView = view;
    }
  }, view);
  await page.goto(address);
  const notice = page.locator("#quoteline-failed");
  await expect(notice).toBeVisible();
  return notice;
}

test("a failing view offers the overview, and a reload after it opens the overview with a note", async ({ page, problems }) => {
  const notice = await openFailing(page, "concordance", "./?q=encryption&view=concordance");
  await expect(notice).toHaveAttribute("role", "alert");
  await expect(notice).toContainText("Quoteline stopped working.");
  const way_out = notice.getByRole("link", { name: "Open the overview" });
  await expect(way_out).toBeFocused();
  await expect(notice.getByRole("button", { name: "Reload the page" })).toBeVisible();
  // The panic's message, for a report, folded away.
  const details = notice.locator("details.failure-details");
  await expect(details.locator("pre")).toBeHidden();
  await details.locator("summary").click();
  await expect(details.locator("pre")).toContainText("failed on purpose");
  await expect(details.locator("pre")).toContainText("?q=encryption&view=concordance");
  // The expected panic is reported to the console; nothing else may be.
  expect(problems.every((problem) => /failed on purpose|unreachable|RuntimeError/.test(problem))).toBe(true);
  problems.splice(0);

  // Reloading opens the overview, with a note saying what failed and a way to try it again.
  await notice.getByRole("button", { name: "Reload the page" }).click();
  await expect(page.locator("#quoteline-failed")).toHaveCount(0);
  await expect(page).toHaveURL(/\/(\?)?$/);
  const note = page.locator(".failure-note");
  await expect(note).toBeVisible();
  await expect(note).toContainText("Quoteline stopped working while showing");
  await expect(note).toContainText("so this time it opened the overview instead");
  await expect(note.locator("details.failure-details pre")).toContainText("failed on purpose", { useInnerText: false });
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9][\d,]* quotes$/);
  // Trying again goes back to the view that failed (it works now, as the switch was for one load).
  await note.getByRole("link", { name: "Try that view again" }).click();
  await expect(page).toHaveURL(/q=encryption&view=concordance/);
  await expect(page.locator(".concordance__line").first()).toBeVisible();
  await expect(note).toHaveCount(0);
});

test("the notice's way out opens the overview of the same corpus", async ({ page, problems }) => {
  const notice = await openFailing(page, "figures", "./?q=child&view=figures");
  problems.splice(0);
  await notice.getByRole("link", { name: "Open the overview" }).click();
  await expect(page.locator("#quoteline-failed")).toHaveCount(0);
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9][\d,]* quotes$/);
  await expect(page).not.toHaveURL(/view=figures/);
});
