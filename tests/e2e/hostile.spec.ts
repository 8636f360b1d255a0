// Hostile input in the address: markup, event handlers, javascript: URLs, entities, mutation-XSS strings,
// right-to-left overrides and broken UTF-8 put into every parameter the app reads (and one it does not).
// Each is shown as text or ignored with its reason; none runs (a canary global is never set), none adds
// an element, and nothing reaches the console (the fixture fails a test on any console error).
import { test, expect } from "./fixtures";

const payloads: [string, string][] = [
  ["a script element", `<script>window.__canary = 1</script>`],
  ["an event handler", `<img src=x onerror="window.__canary = 1">`],
  ["a javascript: URL", `javascript:window.__canary = 1`],
  ["HTML entities", `&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;`],
  ["a mutation-XSS string", `<svg><p><style><img src=x onerror="window.__canary = 1"></style></p></svg>`],
  ["an attribute breakout", `"><iframe src="javascript:window.__canary = 1"></iframe>`],
  ["right-to-left overrides", `\u202Eelbissop\u202C council \u2066x\u2069`],
];

const keys = ["q", "speaker", "org", "publisher", "doc", "quote-id", "corpus", "from", "to", "zoom", "lanes", "view", "sort", "utm_source"];

for (const [name, payload] of payloads) {
  test(`${name} in every parameter is text or ignored, never run`, async ({ page }) => {
    for (const key of keys) {
      const params = new URLSearchParams({ [key]: payload });
      if (key !== "view") params.set("view", key === "zoom" || key === "lanes" ? "timeline" : "quotes");
      await page.goto(`./?${params}`);
      await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
      const injected = await page.evaluate(() => ({
        canary: (window as unknown as { __canary?: number }).__canary,
        elements: document.querySelectorAll("body img[src='x'], body iframe, body svg p, body script").length,
      }));
      expect(injected, `${key}=${payload}`).toEqual({ canary: undefined, elements: 0 });
      if (key === "q") await expect(page.getByRole("searchbox")).toHaveValue(payload);
    }
  });
}

test("broken UTF-8 and a lone surrogate in the address are read as text", async ({ page }) => {
  // %ED%A0%80 is a UTF-16 surrogate written as UTF-8 (invalid); %FF is no UTF-8 at all.
  await page.goto("./?q=%ED%A0%80council%FF&speaker=%ED%A0%80");
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveValue("\uFFFD\uFFFD\uFFFDcouncil\uFFFD");
});
