// Test helpers: parse HTML with linkedom (the CLI's DOM) and read our fixture pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'pages', `${name}.html`), 'utf8');
}

/** A page shell around body HTML, with optional head markup. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;
}

/** Invented prose paragraphs long enough for Readability to take them as an article. */
export function prose(n: number, tag = 'p'): string {
  const s = [
    'The county planning board met on Thursday to review a proposal for new housing near the old rail yard, where developers hope to build 300 homes over the next five years.',
    'Residents who spoke at the meeting raised concerns about traffic on the two-lane road that serves the site, and several asked the board to require a new traffic study before any vote.',
    'The developer said it had already paid for one study last year and that the results showed the road could handle the added cars if the county adds a turning lane at the main junction.',
    'Board members did not vote on the plan and said they would take up the question again next month, after county engineers review the study and the comments made by residents.',
  ];
  return Array.from({ length: n }, (_, i) => `<${tag}>${s[i % s.length]} (${i + 1})</${tag}>`).join('\n');
}
