// End-to-end tests against the release build in dist/, served on 127.0.0.1 by serve.mjs, in Debian's
// Chromium (Playwright never downloads a browser here).
import { defineConfig } from "@playwright/test";

const port = Number(process.env.QUOTELINE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: ".",
  globalSetup: "./global-setup.ts",
  outputDir: "../../test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      // The app also under a sub-path, as a host may put it (tests/e2e/hosting.spec.ts).
      command: `node serve.mjs ../../dist ${port} /hosted/under/a/folder/`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Another site's article that embeds the app, on a second origin (tests/e2e/embed.spec.ts).
      command: `node embed-host.mjs ${port + 1} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port + 1}/sibling.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
