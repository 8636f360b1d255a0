// Journey: a researcher opens Quoteline on a prebuilt corpus bundle (`?corpus=FILE`): they see it load,
// then explore it as any corpus, every link keeping the bundle; a missing, damaged, foreign or
// off-site bundle gets a message in the page and a way back to the built-in corpus.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { bundlePath } from "./global-setup";

const bundle = () => readFileSync(bundlePath);

/** Serves `body` at `name` next to the app, after `delay` ms. */
async function serve(page: Page, name: string, body: Buffer | string, status = 200, delay = 0) {
  await page.route(`**/${name}`, async (route) => {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    await route.fulfill({ status, body, contentType: "application/octet-stream" });
  });
}

test("a bundle loads with progress, and the explorer on it keeps it in every link", async ({ page }) => {
  await serve(page, "corpus.bin", bundle(), 200, 600);
  await page.goto("./?corpus=corpus.bin&q=encryption");
  // While it downloads: what is loading, and a progress bar.
  await expect(page.getByRole("heading", { name: "Loading the corpus “corpus.bin”" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toBeVisible();

  // Then the explorer, at the view the address names.
  const box = page.getByRole("searchbox", { name: "Search quotes, speakers and documents" });
  await expect(box).toHaveValue("encryption");
  await expect(page.locator(".results mark.match").first()).toBeVisible();
  const documents = page.getByRole("navigation", { name: "Documents" });
  await expect(documents.getByRole("link")).toHaveCount(2);

  // Every way on stays on the bundle: typing, opening a document, going home.
  await box.fill("children");
  await expect(page).toHaveURL(/\?corpus=corpus\.bin&q=children$/);
  await documents.getByRole("link").first().click();
  await expect(page).toHaveURL(/\?corpus=corpus\.bin.*&doc=/);
  await expect(page.locator("article mark.quote").first()).toBeVisible();
  await page.getByRole("link", { name: "Quoteline" }).click();
  await expect(page).toHaveURL(/\?corpus=corpus\.bin$/);
});

test("a missing bundle says so, and leads back to the built-in corpus", async ({ page, problems }) => {
  await serve(page, "missing.bin", "not found", 404);
  await page.goto("./?corpus=missing.bin");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This corpus could not be opened");
  await expect(alert).toContainText("There is no corpus bundle at “missing.bin”.");
  await alert.getByRole("link", { name: "Open the corpus built into the app" }).click();
  await expect(page.getByRole("navigation", { name: "Documents" }).getByRole("link")).toHaveCount(2);
  // The browser itself reports the 404 in the console; that is the file missing, not the app failing.
  const expected = problems.filter((problem) => problem.includes("404"));
  expect(expected.length).toBeLessThanOrEqual(1);
  problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("404")));
});

test("a damaged, cut short or foreign file gets its own message", async ({ page }) => {
  const whole = bundle();
  const flipped = Buffer.from(whole);
  flipped[flipped.length - 10] ^= 0x55;
  // The format version follows the 16 magic bytes; an older file says an older one.
  const current = whole.readUInt32LE(16);
  const older = Buffer.from(whole);
  older.writeUInt32LE(current - 1, 16);
  const longer = Buffer.concat([whole, Buffer.from("extra")]);
  const cases: [string, Buffer | string, RegExp][] = [
    [
      "older.bin",
      older,
      new RegExp(`this bundle is in format ${current - 1}, and this version of Quoteline reads format ${current}`),
    ],
    ["longer.bin", longer, /the file is damaged \(more bytes than the header says\)/],
    ["cut.bin", whole.subarray(0, Math.floor(whole.length / 2)), /the file is cut short/],
    ["flipped.bin", flipped, /the file is damaged \(its checksum does not match\)/],
    ["page.bin", "<!doctype html><title>Welcome</title>", /this is not a Quoteline corpus bundle/],
    ["empty.bin", "", /the file is empty/],
  ];
  for (const [name, body, message] of cases) {
    await serve(page, name, typeof body === "string" ? body : Buffer.from(body));
    await page.goto(`./?corpus=${name}`);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  }
});

test("a bundle on another site is never asked for", async ({ page }) => {
  await page.goto("./?corpus=https%3A%2F%2Fexample.com%2Fcorpus.bin");
  // The built-in corpus, with the part of the address it did not take shown as ignored.
  await expect(page.getByRole("navigation", { name: "Documents" }).getByRole("link")).toHaveCount(2);
  await expect(page.locator(".colophon__ignored")).toContainText("corpus=https://example.com/corpus.bin");
  // (The fixture fails the test on any request to another origin.)
});
