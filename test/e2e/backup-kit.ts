// Steps of a backup on Lede's options page, as a reader takes them (the buttons and the file
// input), for the real-browser tests and the backup bench. One test-only hook: before exporting,
// the page's URL.createObjectURL is wrapped to keep the Blob it is given (and the <a download>
// click is held back, so no file lands in the profile's downloads), so the exported bytes can be
// hashed in the page and imported again without copying 100 MB over the automation protocol.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestPage } from './harness';

type Captured = { __ledeExports?: Blob[] };

/** Keeps every Blob the page turns into a download URL; holds back download clicks. */
export async function captureExports(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Captured;
    if (w.__ledeExports) return;
    w.__ledeExports = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) w.__ledeExports!.push(obj);
      return create(obj);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) click.call(this);
    };
  });
}

async function clickButton(page: TestPage, testid: string): Promise<void> {
  await page.waitForSelector(`[data-testid=${testid}]`, 300_000);
  await page.evaluate((id) => (document.querySelector(`[data-testid=${id}]`) as HTMLButtonElement).click(), testid);
}

/** The backup message once it starts with `prefix` (or an error appears); throws on an error. */
async function backupMessage(page: TestPage, prefix: string, timeoutMs = 300_000): Promise<string> {
  await page.waitFor(
    (p) => {
      const m = document.querySelector('[data-testid=backup-message]');
      return !!m && (m.classList.contains('error') || (m.textContent ?? '').startsWith(p));
    },
    prefix,
    timeoutMs,
  );
  const text = (await page.text('[data-testid=backup-message]')) ?? '';
  if (!text.startsWith(prefix)) throw new Error(`backup failed: ${text}`);
  return text;
}

export interface Exported {
  /** The reader's message ("Exported 50,000 articles (117.2 MB)."). */
  message: string;
  bytes: number;
  /** SHA-256 of the articles array's JSON text. */
  articlesSha256: string;
  /** SHA-256 of everything after the header (articles and people): all but exportedAt. */
  bodySha256: string;
  ms: number;
}

/** Clicks "Export memory" and hashes the file it offers. */
export async function exportMemory(page: TestPage): Promise<Exported> {
  await captureExports(page);
  const before = await page.evaluate(() => (window as unknown as Captured).__ledeExports!.length);
  const t = Date.now();
  await page.evaluate(() => {
    document.querySelector('[data-testid=backup-message]')?.remove();
    (document.querySelector('[data-testid=export]') as HTMLButtonElement).click();
  });
  const message = await backupMessage(page, 'Exported');
  const ms = Date.now() - t;
  const digest = await page.evaluate(async (i) => {
    const blob = (window as unknown as Captured).__ledeExports![i];
    const text = await blob.text();
    // No named inner functions: tsx (the bench) wraps them in a helper the page does not have.
    const from = text.indexOf('"articles":') + '"articles":'.length;
    const to = text.lastIndexOf(',"people":[');
    const sums: string[] = [];
    for (const part of [text.slice(from, to), text.slice(from)]) {
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(part)));
      sums.push(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
    }
    return { bytes: blob.size, articlesSha256: sums[0], bodySha256: sums[1] };
  }, before);
  return { message, ms, ...digest };
}

/** Puts a file from disk into the import input (the reader choosing it). */
export async function chooseFile(page: TestPage, path: string): Promise<void> {
  const selector = '[data-testid=import]';
  if (page.kind === 'chromium') {
    await (page.raw as PwPage).setInputFiles(selector, path);
    return;
  }
  const input = await (page.raw as PpPage).$(selector);
  if (!input) throw new Error(`no ${selector}`);
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
}

/** Puts the `index`th exported file back into the import input (as a File, through the input's change). */
export async function chooseExported(page: TestPage, index: number): Promise<void> {
  await page.evaluate((i) => {
    const blob = (window as unknown as Captured).__ledeExports![i];
    const input = document.querySelector('[data-testid=import]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([blob], 'lede-memory.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, index);
}

export interface Imported {
  /** What the preview said before anything changed. */
  preview: string;
  message: string;
  /** From choosing the file to the preview (read, parse, check, plan). */
  previewMs: number;
  /** From confirming to the result (the writing transaction). */
  applyMs: number;
}

/** After a file was chosen: waits for the preview, confirms it, waits for the result. */
export async function confirmImport(page: TestPage, chosenAt: number): Promise<Imported> {
  await page.waitForSelector('[data-testid=import-confirm]', 300_000);
  const previewMs = Date.now() - chosenAt;
  const preview = (await page.text('[data-testid=import-preview]')) ?? '';
  const t = Date.now();
  await clickButton(page, 'import-confirm');
  const message = await backupMessage(page, 'Imported');
  return { preview, message, previewMs, applyMs: Date.now() - t };
}

/** Deletes everything from the options page (button and confirmation) and waits for the count to show 0. */
export async function deleteEverything(page: TestPage): Promise<void> {
  await clickButton(page, 'delete-all');
  await clickButton(page, 'delete-all-confirm');
  const until = Date.now() + 300_000;
  while ((await rememberedCount(page)) !== 0) {
    if (Date.now() > until)
      throw new Error(`memory not empty after deleting everything: ${await page.text('[data-testid=limits] p')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The options page's own count of what is remembered. */
export async function rememberedCount(page: TestPage): Promise<number> {
  const text = (await page.text('[data-testid=limits] p')) ?? '';
  // The count is grouped in the reader's locale ("50,000 articles").
  const m = /^(\d[\d,.\u00a0\u202f]*) articles?/.exec(text);
  return m ? Number(m[1].replace(/\D/g, '')) : -1;
}
