// Journeys on the timeline: a reporter sees when each statement was made, brushes a stretch of dates to
// filter every view by it, steps from item to item with the keys and opens one in the reader; and a
// keyboard-only journey through search, results, reader and timeline.
import { test, expect, openExplorer } from "./fixtures";
import type { Page } from "@playwright/test";

/** The canvas, once a frame has been painted on it. */
async function openTimeline(page: Page, query = "?view=timeline") {
  await openExplorer(page, query);
  const canvas = page.locator("canvas.timeline__canvas");
  await expect(canvas).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName("quoteline:timeline-frame").length))
    .toBeGreaterThan(0);
  // The pointer reaches only what is on screen.
  await page.locator(".timeline__frame").evaluate((frame) => frame.scrollIntoView({ block: "center" }));
  return canvas;
}

/** Moves the pointer along a lane's row until the tooltip names something of `kind`; returns where. */
async function findAlongLane(page: Page, lane: number, kind: RegExp) {
  const box = (await page.locator("canvas.timeline__canvas").boundingBox())!;
  const y = box.y + 40 + 34 * lane + 17;
  const tip = page.locator(".timeline__tip");
  for (let x = box.x + 190; x < box.x + box.width - 2; x += 3) {
    await page.mouse.move(x, y);
    if ((await tip.count()) > 0 && kind.test(await tip.innerText())) return { x, y };
  }
  throw new Error(`nothing like ${kind} in lane ${lane}`);
}

const selectedText = (page: Page) => page.locator("#timeline-selected");

test("the timeline places documents, quotes and context events in lanes, with a key and a list", async ({ page }) => {
  await openTimeline(page);
  await expect(page.locator(".timeline__summary")).toHaveText(
    /^2 documents, \d+ quotes and 3 context events in \d+ lanes$/,
  );
  await expect(page.locator(".timeline__legend")).toContainText("Date known only within a range");

  // The list stands in for the canvas: months, each with its items, each opening its context.
  await page.getByText(/The timeline as a list \(2 months\)/).click();
  const months = page.locator(".timeline__months > li");
  await expect(months).toHaveCount(2);
  await expect(months.first()).toContainText("Sep 2023");
  await expect(months.first()).toContainText("1 item");
  await months.nth(1).locator("summary").click();
  const december = months.nth(1).locator(".timeline__item");
  await expect(december.filter({ hasText: "Meta announces end-to-end encryption" })).toContainText("Context event");
  await december.filter({ hasText: "NPCC warns Meta" }).getByRole("link").click();
  await expect(page).toHaveURL(/doc=000_4db77244379ade82/);
  await expect(page.getByRole("article")).toBeVisible();
  await page.goBack();
  await expect(page.locator("canvas.timeline__canvas")).toBeVisible();

  // Lanes by speaker: one lane per speaker and one for the documents.
  await page.getByRole("navigation", { name: "Lanes" }).getByRole("link", { name: "By speaker" }).click();
  await expect(page).toHaveURL(/lanes=speaker/);
  await expect(page.locator(".timeline__summary")).toHaveText(/in \d+ lanes$/);
});

test("brushing the dates filters every view and the address; clearing them brings everything back", async ({ page }) => {
  const canvas = await openTimeline(page);
  const box = (await canvas.boundingBox())!;
  // Along the axis, from the left of the plot to its middle: September to early November.
  await page.mouse.move(box.x + 210, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, box.y + 20, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.55, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2023-09-\d\d&to=2023-1[01]-\d\d/);
  await expect(page.locator("#results-heading")).toHaveText("0 documents");

  // The other views follow: no quote was published in that stretch.
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Quotes" }).click();
  await expect(page.locator("#results-heading")).toHaveText("0 quotes");
  await page.getByRole("navigation", { name: "List" }).getByRole("link", { name: "Timeline" }).click();
  await page.getByRole("link", { name: "Clear dates" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.locator("#results-heading")).toHaveText("2 documents");

  // The dates shown, as the filter, in one step.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/zoom=2023-\d\d-\d\d\.\.2023-\d\d-\d\d/);
  await page.getByRole("link", { name: "Filter to these dates" }).click();
  await expect(page).toHaveURL(/from=2023-\d\d-\d\d&to=2023-\d\d-\d\d/);
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect(page).not.toHaveURL(/zoom=/);
});

test("hovering names an item; a day's crowd lists its items, each opening in the reader; a wider one zooms in", async ({ page }) => {
  await openTimeline(page);
  // The context events lane is first: its September event stands alone.
  const event = await findAlongLane(page, 0, /^Context event, 20 Sep 2023/);
  await page.mouse.click(event.x, event.y);
  await expect(page.locator(".timeline__card")).toContainText("Home Office campaign cites NCA estimates");
  await expect(page).not.toHaveURL(/doc=/);

  // Nine quotes of one day: no zoom parts them, so a click lists them.
  const day = await findAlongLane(page, 1, /^9 items, 11 Dec 2023 — click to list them/);
  await page.mouse.click(day.x, day.y);
  const listed = page.getByRole("dialog", { name: "9 items, 11 Dec 2023" });
  await expect(listed.getByRole("listitem")).toHaveCount(9);
  await listed.getByRole("link").first().click();
  await expect(page).toHaveURL(/quote-id=000_4db77244379ade82-q\d+/);
  await expect(page.locator(".quote--selected").first()).toBeVisible();
  await page.goBack();
  await expect(page.locator("canvas.timeline__canvas")).toBeVisible();

  // Two events a day apart crowd at this zoom: a click zooms in until they part.
  await page.locator(".timeline__frame").evaluate((frame) => frame.scrollIntoView({ block: "center" }));
  const crowd = await findAlongLane(page, 0, /^2 items, .* click to zoom in/);
  await page.mouse.click(crowd.x, crowd.y);
  await expect(page).toHaveURL(/zoom=2023-1[12]-\d\d\.\.2023-12-\d\d/);
  await findAlongLane(page, 0, /^Context event, 6 Dec 2023/);
  await findAlongLane(page, 0, /^Context event, 7 Dec 2023/);
});

test("zooming and panning with the wheel, a drag and the keys keep the view on the data", async ({ page }) => {
  const canvas = await openTimeline(page);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width - 60, box.y + 100);
  // A plain wheel scrolls the page and says how to zoom; with Ctrl it zooms.
  await page.mouse.wheel(0, 120);
  await expect(page.locator(".timeline__hint")).toBeVisible();
  await page.keyboard.down("Control");
  for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -120);
  await page.keyboard.up("Control");
  await expect(page).toHaveURL(/zoom=2023-/);
  const zoomed = new URL(page.url()).searchParams.get("zoom")!;
  // A drag to the right shows earlier days.
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 120, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get("zoom")).not.toBe(zoomed);
  const dragged = new URL(page.url()).searchParams.get("zoom")!;
  expect(dragged < zoomed).toBe(true);

  await canvas.focus();
  await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => new URL(page.url()).searchParams.get("zoom")).not.toBe(dragged);
  await page.keyboard.press("0");
  await expect(page).not.toHaveURL(/zoom=/);
});

test("two fingers pinching apart zoom in around the point between them", async ({ page }) => {
  const canvas = await openTimeline(page);
  const box = (await canvas.boundingBox())!;
  const y = box.y + 120;
  const middle = box.x + box.width * 0.7;
  // Touch pointers, as a phone sends them; the canvas takes sideways gestures for itself (touch-action).
  await canvas.evaluate((element, { middle, y }) => {
    const rect = element.getBoundingClientRect();
    const send = (type: string, pointerId: number, x: number) =>
      element.dispatchEvent(
        new PointerEvent(type, { pointerId, pointerType: "touch", clientX: x, clientY: y, bubbles: true, isPrimary: pointerId === 1 }),
      );
    send("pointerdown", 1, middle - 20);
    send("pointerdown", 2, middle + 20);
    for (let step = 1; step <= 10; step++) {
      send("pointermove", 1, middle - 20 - step * 10);
      send("pointermove", 2, middle + 20 + step * 10);
    }
    send("pointerup", 2, middle + 120);
    send("pointerup", 1, middle - 120);
    return rect.width;
  }, { middle, y });
  await expect(page).toHaveURL(/zoom=2023-/);
  const [first, last] = new URL(page.url()).searchParams.get("zoom")!.split("..");
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  // The fitted view is about three months; fingers spread to three times their distance show a third.
  expect(days).toBeLessThan(40);
});

test("keyboard only: search, a result, the reader, then the timeline and an item opened from it", async ({ page }) => {
  await openExplorer(page);
  const tabTo = async (matches: () => Promise<boolean>, key = "Tab", limit = 80) => {
    for (let press = 0; press < limit; press++) {
      if (await matches()) return;
      await page.keyboard.press(key);
    }
    throw new Error("never reached by Tab");
  };
  const focused = (selector: string) => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector);
  const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

  await tabTo(() => focused("input[type=search]"));
  await page.keyboard.type("metadata");
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes?$/);
  await tabTo(async () => (await focused(".result a")) && /metadata/i.test(await focusedText()));
  await page.keyboard.press("Enter");
  await expect(page.locator(".quote--selected").first()).toBeFocused();
  await expect(page.locator(".attribution-card")).toContainText("National Crime Agency");
  await page.keyboard.press("j");
  await tabTo(() => focused("a.reader__back"), "Shift+Tab");
  await expect(page.locator("a.reader__back")).toHaveText("← Back to the results");
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveValue("metadata");

  await tabTo(async () => (await focused("a.segmented__option")) && (await focusedText()) === "Timeline");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=timeline/);
  await tabTo(() => focused("canvas.timeline__canvas"));
  // Context events are always shown; the first is in September, and a lane down is what was found.
  await page.keyboard.press("Home");
  await expect(selectedText(page)).toContainText("Context event, 20 Sep 2023");
  await page.keyboard.press("ArrowDown");
  await expect(selectedText(page)).toContainText("Enter opens it in the reader");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/doc=[0-9a-f_]+/);
  await expect(page.getByRole("article")).toBeVisible();
});

test("the keys move through time and between lanes, and say where they are", async ({ page }) => {
  const canvas = await openTimeline(page);
  await canvas.focus();
  await page.keyboard.press("Home");
  await expect(selectedText(page)).toContainText("Context event, 20 Sep 2023");
  await expect(page.locator(".timeline__card")).toContainText("Home Office");
  await page.keyboard.press("ArrowDown");
  await expect(selectedText(page)).not.toContainText("Context event");
  await page.keyboard.press("End");
  await expect(selectedText(page)).toContainText("11 Dec 2023");
  await page.keyboard.press("Escape");
  await expect(page.locator(".timeline__card")).toHaveCount(0);
});

test("the canvas follows the colour scheme when the reader switches it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const canvas = await openTimeline(page);
  // The lane labels' column, in the page's surface colour.
  const corner = () =>
    canvas.evaluate((element: HTMLCanvasElement) => Array.from(element.getContext("2d")!.getImageData(4, 60, 1, 1).data));
  const light = await corner();
  expect(light.slice(0, 3).every((channel) => channel > 200)).toBe(true);
  await page.getByLabel("Colours").selectOption("dark");
  await expect.poll(async () => (await corner()).slice(0, 3).every((channel) => channel < 60)).toBe(true);
});

test("on a phone, naming an item at the right edge keeps the page from scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTimeline(page);
  // The rightmost things drawn are December's; their tooltip opens to the left of the pointer.
  const box = (await page.locator("canvas.timeline__canvas").boundingBox())!;
  const tip = page.locator(".timeline__tip");
  for (let x = box.x + box.width - 4; x > box.x; x -= 3) {
    await page.mouse.move(x, box.y + 40 + 46 + 30);
    if ((await tip.count()) > 0) break;
  }
  await expect(tip).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
