// A `test` whose every page fails the test on a console error, an uncaught page error, a breach of the
// page's Content Security Policy, or any request that leaves the app's own origin (data: and blob: URLs
// stay in the page and are allowed).
import { test as base, expect, type Page } from "@playwright/test";

type Guarded = { problems: string[]; otherOrigins: string[] };

/**
 * Collects, for `page`, every console error, uncaught page error, breach of the page's Content Security
 * Policy, failed request and request to an origin not in `origins`. The `test` below does this for its
 * own page; a test that makes its own browser context guards its pages with this.
 */
export async function guard(page: Page, origins: string[]): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // The release page runs under a strict policy (scripts/csp.mjs): anything it blocks is a fault.
  await page.exposeFunction("reportPolicyViolation", (violation: string) =>
    problems.push(`content security policy: ${violation}`),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      // @ts-expect-error the function exposed above
      window.reportPolicyViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (!origins.includes(url.origin)) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    // A request cut short because the test navigated on (the favicon of a page left at once) is not
    // a failure of the app.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}

export const test = base.extend<Guarded>({
  // Origins a test's pages may also request from: the page of another site that embeds the app.
  otherOrigins: [[], { option: true }],
  problems: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const problems = await guard(page, [new URL(baseURL!).origin, ...otherOrigins]);
      await use(problems);
      expect(problems, "console errors, page errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The origin of tests/e2e/embed-host.mjs: another site's pages, which embed the app, on the next port. */
export const embedHostOrigin = `http://127.0.0.1:${Number(process.env.QUOTELINE_E2E_PORT ?? 4173) + 1}`;

/**
 * The same pages under another host name, so another *site* (a site is scheme and domain, whatever the
 * port): there the app's frame is a third party, whose storage a browser may block.
 */
export const crossSiteHostOrigin = embedHostOrigin.replace("127.0.0.1", "localhost");

/** Opens the explorer and waits until the app has rendered its document list. */
export async function openExplorer(page: Page, query = ""): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
}
