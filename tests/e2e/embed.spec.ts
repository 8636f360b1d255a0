// Journey: a reporter embeds the explorer in an article on another site. Whether the frame is sandboxed or
// not, the explorer renders, searches and filters inside it, and the embed script fits the frame to what
// it shows; what a sibling frame or another origin posts moves nothing. And the Embed dialog writes the
// snippet that does all this.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type FrameLocator, type Page } from "@playwright/test";
import { test, expect, guard, crossSiteHostOrigin, embedHostOrigin as hostOrigin } from "./fixtures";

const appPort = Number(process.env.QUOTELINE_E2E_PORT ?? 4173);
test.use({ otherOrigins: [hostOrigin] });

const variants = [
  { name: "no sandbox", sandbox: null },
  { name: 'sandbox="allow-scripts" (no storage, an opaque origin)', sandbox: "allow-scripts" },
  { name: 'sandbox="allow-scripts allow-same-origin"', sandbox: "allow-scripts allow-same-origin" },
];

async function openArticle(page: Page, sandbox: string | null, view = "") {
  const query = new URLSearchParams();
  if (sandbox !== null) query.set("sandbox", sandbox);
  if (view) query.set("view", view);
  await page.goto(`${hostOrigin}/?${query}`);
  const explorer = page.frameLocator("#quoteline");
  await expect(explorer.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes?$/);
  return explorer;
}

/** The frame's height on the page, and the height of what the explorer shows inside it. */
async function heights(page: Page) {
  const frame = await page.locator("#quoteline").boundingBox();
  const content = await page
    .frameLocator("#quoteline")
    .locator(".app")
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  return { frame: Math.round(frame!.height), content };
}

async function expectFitted(page: Page) {
  await expect
    .poll(async () => {
      const { frame, content } = await heights(page);
      return Math.abs(frame - content);
    })
    .toBeLessThanOrEqual(1);
}

for (const variant of variants) {
  test(`embedded with ${variant.name}: renders, filters and fits its frame`, async ({ page }) => {
    const explorer = await openArticle(page, variant.sandbox);
    // Compact chrome: no document list beside the results; a way out to the full explorer.
    await expect(explorer.getByRole("navigation", { name: "Documents" })).toHaveCount(0);
    const out = explorer.getByRole("link", { name: /Open the full explorer/ });
    await expect(out).toHaveAttribute("target", "_blank");
    await expect(out).not.toHaveAttribute("href", /embed=/);
    // The frame was 300 px high; the script fits it to the explorer.
    await expectFitted(page);
    const before = await heights(page);
    expect(before.frame).toBeGreaterThan(300);

    // Search and filter inside the frame: the results change, and the frame follows their height.
    const count = explorer.locator("#results-heading");
    const everything = await count.textContent();
    await explorer.getByRole("searchbox").fill("encryption");
    await expect(count).not.toHaveText(everything!);
    // A frame as wide as an article's column is narrow: the filters are a drawer, opened by their button.
    const drawer = explorer.locator(".search__drawer");
    const folded = !(await drawer.isVisible());
    if (folded) await explorer.locator(".search__filters > summary").click();
    const speaker = drawer.getByRole("group", { name: "Speaker" }).getByRole("checkbox").first();
    await speaker.check();
    await expect(speaker).toBeChecked();
    if (folded) {
      await drawer.getByRole("button", { name: /^Show \d+ quotes?$/ }).click();
      await expect(drawer).toBeHidden();
    }
    await expect(out).toHaveAttribute("href", /q=encryption.*speaker=/);
    await expectFitted(page);

    // Both formats of the height message reached the page, from the explorer's frame.
    const received = await page.evaluate(() => (window as any).received as any[]);
    const fromExplorer = received.filter((message) => message.fromExplorer);
    expect(fromExplorer.some((message) => message.data?.context === "iframe.resize")).toBe(true);
    expect(
      fromExplorer.some((message) => message.data?.sentinel === "amp" && message.data?.type === "embed-size"),
    ).toBe(true);
    const expectedOrigin = variant.sandbox === "allow-scripts" ? "null" : `http://127.0.0.1:${appPort}`;
    expect(fromExplorer.every((message) => message.origin === expectedOrigin)).toBe(true);

    // The article's frame grants no clipboard: copying gives the text, selected, to copy by hand.
    await expectCopiedByHand(explorer);
  });
}

/** Copies a quote's link in `explorer`, whose frame may not write to the clipboard: the link is shown. */
async function expectCopiedByHand(explorer: FrameLocator) {
  const card = explorer.locator(".result--quote").first();
  await card.getByRole("button", { name: "Cite or link" }).click();
  await card.getByRole("button", { name: "Copy link" }).click();
  const field = card.getByRole("textbox");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(new RegExp(`^http://127\\.0\\.0\\.1:${appPort}/\\?.*quote-id=`));
  await expect(field).not.toHaveValue(/embed=/);
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBeGreaterThan(10);
}

test("on another site that blocks third-party storage: the explorer works, and keeps nothing it was not allowed to", async ({
  launchOptions,
  baseURL,
}) => {
  // A browser profile with Chromium's "Block third-party cookies" setting, which blocks an embedded
  // site's localStorage and IndexedDB too; the article is on another site (another host name).
  const profile = await mkdtemp(join(tmpdir(), "quoteline-profile-"));
  await mkdir(join(profile, "Default"));
  await writeFile(
    join(profile, "Default", "Preferences"),
    JSON.stringify({ profile: { cookie_controls_mode: 1, block_third_party_cookies: true } }),
  );
  const context = await chromium.launchPersistentContext(profile, launchOptions);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = await guard(page, [new URL(baseURL!).origin, crossSiteHostOrigin]);
    await page.goto(`${crossSiteHostOrigin}/`);
    const explorer = page.frameLocator("#quoteline");
    await expect(explorer.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes?$/);
    const frame = page.frame({ url: /embed=1/ })!;
    const storage = () =>
      frame.evaluate(async () => {
        const local = (() => {
          try {
            void localStorage.length;
            return "open";
          } catch {
            return "blocked";
          }
        })();
        const indexed = await new Promise<string>((resolve) => {
          const request = indexedDB.open("probe");
          request.onsuccess = () => resolve("open");
          request.onerror = () => resolve("blocked");
        });
        return { local, indexed };
      });
    // The browser does block it here: the case is real.
    expect(await storage()).toEqual({ local: "blocked", indexed: "blocked" });

    await explorer.getByRole("searchbox").fill("encryption");
    await expect(explorer.locator("#results-heading")).toHaveText(/^[1-9]\d* quotes?$/);
    await expectFitted(page);
    await expectCopiedByHand(explorer);

    // The whole explorer in the same third-party frame: the reader's choices hold for the visit, and
    // asking to keep documents is answered with why they cannot be kept.
    await frame.goto(baseURL!);
    await explorer.getByRole("combobox", { name: "Colours" }).selectOption("dark");
    await expect(explorer.locator("html")).toHaveAttribute("data-theme", "dark");
    await explorer.getByRole("button", { name: /^Your documents/ }).click();
    const dialog = explorer.getByRole("dialog", { name: "Your documents" });
    await dialog.getByRole("textbox", { name: "Or paste a text" }).fill("The board met on Tuesday.");
    await dialog.getByRole("button", { name: "Add the pasted text" }).click();
    await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "Not kept" })).toContainText(
      "does not let the page keep anything here",
    );
    await expect(dialog.getByRole("checkbox", { name: /Keep them in this browser/ })).not.toBeChecked();
    await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
    expect(problems, "console errors, page errors or foreign requests").toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test("a height posted by a sibling frame, or by another origin in the explorer's frame, is ignored", async ({ page }) => {
  await openArticle(page, null);
  await expectFitted(page);
  const fitted = (await heights(page)).frame;

  // A sibling frame of the article's own site claims to be the explorer.
  const sibling = page.frame({ url: /sibling\.html/ })!;
  await sibling.evaluate((app) => {
    parent.postMessage({ src: `${app}/?embed=1`, context: "iframe.resize", height: 1234 }, "*");
  }, `http://127.0.0.1:${appPort}`);
  // And asks the explorer to speak: only its parent may.
  const before = await page.evaluate(() => (window as any).received.length as number);
  await sibling.evaluate(() => {
    const explorer = parent.document.getElementById("quoteline") as HTMLIFrameElement;
    explorer.contentWindow!.postMessage({ context: "iframe.resize", type: "measure" }, "*");
  });
  // The article itself may ask: its request is answered (so silence above is not a dead line).
  await page.evaluate(() => {
    const explorer = document.getElementById("quoteline") as HTMLIFrameElement;
    explorer.contentWindow!.postMessage({ context: "iframe.resize", type: "measure" }, "*");
  });
  const answers = () =>
    page.evaluate(
      (before) => (window as any).received.slice(before).filter((message: any) => message.fromExplorer).length,
      before,
    );
  await expect.poll(answers).toBeGreaterThanOrEqual(2);
  // One request answered (its two formats): not two, however long one waits for more.
  await page.waitForTimeout(300);
  expect(await answers()).toBe(2);
  // Hostile shapes from the parent are not requests either.
  await page.evaluate(() => {
    const target = (document.getElementById("quoteline") as HTMLIFrameElement).contentWindow!;
    for (const data of [
      "measure",
      ["iframe.resize", "measure"],
      { context: "iframe.resize", type: "measure", extra: 1 },
      { context: "iframe.resize", type: "x".repeat(100_000) },
      { context: "iframe.resize" },
      null,
    ]) {
      target.postMessage(data, "*");
    }
  });
  const afterHostile = await page.evaluate(() => (window as any).received.length as number);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as any).received.length as number)).toBe(afterHostile);
  expect((await heights(page)).frame).toBe(fitted);

  // The explorer's frame taken over by a page of another origin, which claims a height.
  await page.evaluate((url) => {
    (document.getElementById("quoteline") as HTMLIFrameElement).contentWindow!.location.href = url;
  }, `${hostOrigin}/impostor.html`);
  await expect
    .poll(() =>
      page.evaluate(() => (window as any).received.some((message: any) => message.data?.height === 4321)),
    )
    .toBe(true);
  const frame = await page.locator("#quoteline").boundingBox();
  expect(Math.round(frame!.height)).toBe(fitted);
});

test("the Embed dialog writes the snippet for the view on screen", async ({ page }) => {
  await page.goto("./?q=encryption&view=figures");
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  const snippet = await code.inputValue();
  const app = `http://127.0.0.1:${appPort}/`;
  expect(snippet).toContain(`<iframe src="${app}?q=encryption&amp;view=figures&amp;embed=1"`);
  for (const attribute of [
    'title="Quoteline: “encryption”"',
    'width="100%"',
    'height="640"',
    'loading="lazy"',
    'allow="clipboard-write"',
    "data-quoteline-embed",
  ]) {
    expect(snippet).toContain(attribute);
  }
  expect(snippet).toContain(`<script src="${app}embed.js" async></script>`);

  // The title and height are the reporter's; without the script the frame keeps its height.
  await dialog.getByRole("textbox", { name: /Title/ }).fill('Who said "what" <about> encryption');
  await dialog.getByRole("spinbutton", { name: "Height in pixels" }).fill("900");
  await dialog.getByRole("spinbutton", { name: "Height in pixels" }).press("Tab");
  await dialog.getByRole("checkbox", { name: /Fit the frame/ }).uncheck();
  const edited = await code.inputValue();
  expect(edited).toContain('title="Who said &quot;what&quot; &lt;about&gt; encryption"');
  expect(edited).toContain('height="900"');
  expect(edited).not.toContain("<script");

  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Embed" })).toBeFocused();
});

test("the snippet works: pasted into another site's page, the frame shows that view and fits it", async ({ page }) => {
  await page.goto("./?q=encryption");
  await page.getByRole("button", { name: "Embed" }).click();
  const snippet = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
  // The article page of another site, with the snippet pasted into it as its author would.
  await page.goto(`${hostOrigin}/sibling.html`);
  await page.evaluate((html) => {
    const range = document.createRange();
    document.body.append(range.createContextualFragment(html));
  }, snippet);
  const explorer = page.frameLocator("iframe[data-quoteline-embed]");
  await expect(explorer.getByRole("searchbox")).toHaveValue("encryption");
  await expect
    .poll(async () => {
      const frame = await page.locator("iframe[data-quoteline-embed]").boundingBox();
      const content = await explorer
        .locator(".app")
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
      return Math.abs(Math.round(frame!.height) - content);
    })
    .toBeLessThanOrEqual(1);
});
