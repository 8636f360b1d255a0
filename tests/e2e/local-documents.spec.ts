// Journey: a researcher brings their own documents — pasted text, chosen files of every kind the app
// reads, and files it must refuse — explores them beside the corpus, keeps them in this browser or not,
// and nothing they added is ever sent anywhere (the fixture fails a test on any request to another
// origin; here no request at all is made while they are added and explored).
import type { Locator, Page } from "@playwright/test";
import { test, expect, openExplorer } from "./fixtures";

const statement = [
  "Harbour board rejects dredging plan",
  "The harbour board voted against the plan on Tuesday.",
  "“We cannot support a plan that puts the estuary at risk,” said Priya Raman, the board's chair.",
  "The board said the dredging would cost 4.2 million pounds.",
].join("\n\n");

async function openDialog(page: Page) {
  await page.getByRole("button", { name: /^Your documents/ }).click();
  const dialog = page.getByRole("dialog", { name: "Your documents" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Pastes the statement as a document and keeps it in this browser. */
async function pasteAndKeep(dialog: Locator) {
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(statement);
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).check();
  await expect(dialog.getByRole("status").filter({ hasText: "Kept in this browser" })).toBeVisible();
}

test("pasted text joins every view as the reader's own, and is gone after the visit", async ({ page }) => {
  await openExplorer(page);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const dialog = await openDialog(page);
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(statement);
  await dialog.getByRole("textbox", { name: /Its name/ }).fill("harbour board");
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
  await expect(dialog.getByText("harbour board.txt")).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: /^Your documents/ })).toContainText("1");

  // In the list of documents, marked as the reader's; its quote found by a search, its speaker a facet.
  const list = page.getByRole("navigation", { name: "Documents" });
  await expect(list.getByRole("link", { name: /Harbour board rejects dredging plan/ })).toContainText("Your document");
  await page.getByRole("searchbox").fill("estuary");
  await expect(page.locator("#results-heading")).toHaveText("1 quote");
  await expect(page.locator(".results")).toContainText("Priya Raman");
  await expect(page.locator(".results .result__meta")).toContainText("Your document");
  await expect(page.getByRole("group", { name: "Speaker" })).toContainText("Priya Raman");
  // Read in full, as any document is.
  await list.getByRole("link", { name: /Harbour board/ }).click();
  await expect(page.getByRole("article")).toContainText("puts the estuary at risk");
  await expect(page.locator(".reader__kind")).toHaveText("Your document");
  // Nothing at all is requested but the page's own icon, which Chromium fetches again whenever the
  // address changes (index.html says why it is a PNG).
  expect(requests.filter((url) => !new URL(url).pathname.startsWith("/favicon-"))).toEqual([]);

  // Not kept: a new visit has the corpus alone.
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("Harbour board");
  await expect(page.getByRole("button", { name: /^Your documents/ })).not.toContainText("1");
});

test("a source the story describes but does not name is shown by those words, never as someone else", async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(
    [
      "Spending talks stall in the Senate",
      "“We are not going to be rushed into a bad deal,” Sen. Dana Whitfield said Tuesday.",
      "“Nobody wants a shutdown, but nobody wants to cave either,” said a senior Republican aide, who spoke on the condition of anonymity.",
    ].join("\n\n"),
  );
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  await page.getByRole("searchbox").fill("shutdown");
  await expect(page.locator("#results-heading")).toHaveText("1 quote");
  const result = page.locator(".results .result").first();
  await expect(result.locator(".result__name")).toHaveText("A senior Republican aide");
  await expect(result.locator(".result__role")).toHaveText("not named in the story");
  await result.getByRole("link").first().click();
  await expect(page.locator(".attribution-card")).toContainText("A senior Republican aide");
  await expect(page.locator(".attribution-card")).not.toContainText("Whitfield");
});

test("the page says it is analysing the documents before the work that keeps it busy starts", async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  // What the reader sees, in order, as the dialog changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const dialog = document.querySelector(".local-dialog")!;
    new MutationObserver(() => {
      const analysing = dialog.querySelector(".local-dialog__analysing")?.textContent ?? "";
      const added = dialog.querySelector(".local-dialog__list h3") !== null;
      const state = `${analysing ? "analysing" : "idle"}${added ? ", added" : ""}`;
      if (seen.at(-1) !== state) seen.push(state);
    }).observe(dialog, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(statement);
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added: 1/ })).toBeVisible();
  await expect(dialog.locator(".local-dialog__analysing")).toBeEmpty();
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toEqual(["analysing", "idle, added"]);
  // Removing is analysed the same way.
  await dialog.getByRole("button", { name: "Remove Pasted text.txt" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added/ })).toHaveCount(0);
  const after = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(after.slice(2)).toEqual(["analysing, added", "idle"]);
});

test("files are read or refused one by one, each with its reason", async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("“Fine,” said Ada Lunn.\n", "utf16le")]);
  await dialog.getByLabel(/^Choose files, or drop them here/).setInputFiles([
    { name: "statement.txt", mimeType: "text/plain", buffer: Buffer.from(statement) },
    { name: "page.html", mimeType: "text/html", buffer: Buffer.from("<html><head><title>Quay | Port News</title><script>window.__canary = 1</script></head><body><h1>Quay reopens</h1><p>&ldquo;At last,&rdquo; said Tom Eyre, the harbourmaster.</p></body></html>") },
    { name: "windows.txt", mimeType: "text/plain", buffer: utf16 },
    { name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 binary") },
    { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
    { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]) },
    { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5_100_000, 0x61) },
    { name: "empty.md", mimeType: "text/markdown", buffer: Buffer.from("  \n") },
  ]);
  await expect(dialog.getByRole("heading", { name: /^Added: 3/ })).toBeVisible();
  const notes = dialog.locator(".local-dialog__notes").first();
  await expect(notes).toContainText("slides.pdf is a PDF file");
  await expect(notes).toContainText("photo.txt is a JPEG image, whatever its name says");
  await expect(notes).toContainText("broken.txt (line 2, column 2) is not valid UTF-8 text here");
  await expect(notes).toContainText("huge.txt is 5.1 MB: a document may be at most 5 MB");
  await expect(notes).toContainText("empty.md is empty");
  await expect(notes).toContainText("windows.txt was saved as UTF-16");
  await dialog.getByRole("button", { name: "Done" }).click();

  const list = page.getByRole("navigation", { name: "Documents" });
  await expect(list).toContainText("Quay reopens");
  await expect(list).toContainText("Fine,” said Ada Lunn");
  // The page's script is markup, never run; its text is the page's words.
  expect(await page.evaluate(() => (window as unknown as { __canary?: number }).__canary)).toBeUndefined();
  await page.getByRole("searchbox").fill("Eyre");
  await expect(page.locator(".results")).toContainText("At last");

  // One removed, then all.
  await openDialog(page);
  await dialog.getByRole("button", { name: "Remove page.html" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added: 2/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Remove all" }).click();
  await expect(dialog.getByRole("heading", { name: /^Added/ })).toHaveCount(0);
});

test("kept in this browser when asked, and said so when the browser will not keep them", async ({ page }) => {
  await openExplorer(page);
  let dialog = await openDialog(page);
  await pasteAndKeep(dialog);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("Harbour board");
  dialog = await openDialog(page);
  await expect(dialog.getByRole("checkbox", { name: /Keep them in this browser/ })).toBeChecked();
  await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).uncheck();
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("Harbour board");

  // Storage full once documents are kept: the reader is told, keeps the documents for the visit, and the
  // older copy does not come back on the next visit as if it were their choice.
  dialog = await openDialog(page);
  await pasteAndKeep(dialog);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill("Quay notes\n\nThe quay reopened on Monday.");
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Not kept" })).toContainText("storage for this site is full");
  await expect(dialog.getByRole("checkbox", { name: /Keep them in this browser/ })).not.toBeChecked();
  const list = page.getByRole("navigation", { name: "Documents" });
  await expect(list).toContainText("Harbour board");
  await expect(list).toContainText("The quay reopened");
  await page.reload();
  await expect(list).toBeVisible();
  await expect(list).not.toContainText("Harbour board");
  await expect(list).not.toContainText("The quay reopened");
});

test("unticking Keep forgets the copy even if the page is closed before the browser has", async ({ page }) => {
  await openExplorer(page);
  let dialog = await openDialog(page);
  await pasteAndKeep(dialog);
  // The deletion never finishes in this visit, as when the page is closed straight away.
  await page.evaluate(() => {
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException("The page is closing.", "AbortError");
    };
  });
  await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).uncheck();
  await expect(dialog.getByRole("status").filter({ hasText: "until you close it" })).toBeVisible();
  await page.reload();
  const list = page.getByRole("navigation", { name: "Documents" });
  await expect(list).toBeVisible();
  await expect(list).not.toContainText("Harbour board");
  // The next visit finished forgetting them: gone from IndexedDB, and nothing left to say so.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const opening = indexedDB.open("quoteline");
            opening.onsuccess = () => {
              const database = opening.result;
              const reading = database.transaction("kept").objectStore("kept").count();
              reading.onsuccess = () => {
                database.close();
                resolve([reading.result, localStorage.length]);
              };
            };
          }),
      ),
    )
    .toEqual([0, 0]);
  dialog = await openDialog(page);
  await expect(dialog.getByRole("checkbox", { name: /Keep them in this browser/ })).not.toBeChecked();
});

test("leaving while documents are being kept asks first", async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(statement);
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  // The browser takes its time to say the write is done.
  await page.evaluate(() => {
    const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, "oncomplete")!;
    Object.defineProperty(IDBTransaction.prototype, "oncomplete", {
      set(handler) {
        complete.set!.call(this, handler && ((event: Event) => setTimeout(() => handler.call(this, event), 60_000)));
      },
    });
  });
  await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).check();
  await expect(dialog.getByRole("status").filter({ hasText: "Keeping them in this browser" })).toBeVisible();
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe("beforeunload");
  // Leaving is answered, and the page is let close, so that nothing is left pending when the
  // test's context closes (a dismissed dialog raced the context's own close).
  const closed = page.waitForEvent("close");
  await question.accept();
  await closed;
});

test("kept documents may be larger than localStorage holds", async ({ page }) => {
  // Two files of 3 MB: 6 MB of text, more than the 5 MB localStorage gives a site.
  // The statement's paragraphs without its headline, so that each file's first line is its title.
  const paragraph = `${statement.split("\n\n").slice(1).join("\n\n")}\n\n`;
  const file = (name: string, headline: string) => ({
    name,
    mimeType: "text/plain",
    buffer: Buffer.from(`${headline}\n\n${paragraph.repeat(Math.ceil(3_000_000 / paragraph.length))}`),
  });
  await openExplorer(page);
  // What this browser's localStorage would say to text of that size.
  const refused = await page.evaluate((length) => {
    try {
      localStorage.setItem("quoteline:probe", "x".repeat(length));
      localStorage.removeItem("quoteline:probe");
      return false;
    } catch {
      return true;
    }
  }, 6_000_000);
  expect(refused).toBe(true);
  const dialog = await openDialog(page);
  await dialog.getByRole("checkbox", { name: /Keep them in this browser/ }).check();
  await dialog
    .getByLabel(/^Choose files, or drop them here/)
    .setInputFiles([file("first.txt", "Estuary minutes, first part"), file("second.txt", "Estuary minutes, second part")]);
  await expect(dialog.getByRole("heading", { name: /^Added: 2/ })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole("status").filter({ hasText: "Kept in this browser" })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  const documents = page.getByRole("navigation", { name: "Documents" });
  await expect(documents).toContainText("Estuary minutes, first part", { timeout: 30_000 });
  await expect(documents).toContainText("Estuary minutes, second part");
});

test("documents an earlier version kept in localStorage are moved to IndexedDB", async ({ page }) => {
  await openExplorer(page);
  await page.evaluate((text) => {
    localStorage.setItem("quoteline:local-documents", JSON.stringify([{ name: "Kept before.txt", text }]));
  }, statement);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("Harbour board");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("quoteline:local-documents"))).toBeNull();
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("Harbour board");
  const dialog = await openDialog(page);
  await expect(dialog.getByRole("checkbox", { name: /Keep them in this browser/ })).toBeChecked();
});

const payloads = [
  `<script>window.__canary = 1</script>`,
  `<img src=x onerror="window.__canary = 1">`,
  `javascript:window.__canary = 1`,
  `&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;`,
  `<svg><p><style><img src=x onerror="window.__canary = 1"></style></p></svg>`,
  `"><iframe src="javascript:window.__canary = 1"></iframe>`,
  `\u202Eelbissop\u202C council \u2066x\u2069`,
  `lone \uD800 surrogate`,
];

test("hostile text pasted as a document is shown as text and never runs", async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  const text = payloads.map((payload, index) => `“${payload},” said Mallory Vance ${index}.`).join("\n\n");
  await dialog.getByRole("textbox", { name: "Or paste a text" }).fill(text);
  await dialog.getByRole("textbox", { name: /Its name/ }).fill(`<img src=x onerror="window.__canary = 1">`);
  await dialog.getByRole("button", { name: "Add the pasted text" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  const link = page.getByRole("navigation", { name: "Documents" }).getByRole("link", { name: /Your document/ });
  await link.click();
  const article = page.getByRole("article");
  await expect(article).toContainText(`<script>window.__canary = 1</script>`);
  await expect(article).toContainText(`"><iframe src="javascript:window.__canary = 1"></iframe>`);
  const injected = await page.evaluate(() => ({
    canary: (window as unknown as { __canary?: number }).__canary,
    elements: document.querySelectorAll("body img[src='x'], body iframe, body svg p, body script").length,
  }));
  expect(injected).toEqual({ canary: undefined, elements: 0 });
});
