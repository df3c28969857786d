// @vitest-environment happy-dom
// The tripwire's watch over a skipped page (entrypoints/content/tripwire-watch.ts) in a DOM: a new
// address is a navigation, new paragraphs are content, other DOM churn (a web app's) is nothing,
// a burst of changes is one check, and nothing is reported once the watch is stopped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_MS, pageUrl, watchSkippedPage } from '../../entrypoints/content/tripwire-watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const AFTER_CHECK = CHECK_INTERVAL_MS + 150;

let seen: string[] = [];
let stop: () => void;

beforeEach(() => {
  history.replaceState({}, '', '/front');
  document.body.innerHTML = '<main><p>One line.</p></main>';
  seen = [];
  stop = watchSkippedPage(document, (kind) => seen.push(kind));
});
afterEach(() => stop());

describe('tripwire watch', () => {
  it('a new address after a DOM change is a navigation', async () => {
    history.pushState({}, '', '/story');
    document.querySelector('main')!.append(document.createElement('div'));
    await wait(AFTER_CHECK);
    expect(seen).toEqual(['navigation']);
  });

  it('new paragraphs are content; a burst of changes is checked once', async () => {
    const main = document.querySelector('main')!;
    for (let i = 0; i < 5; i++) main.append(Object.assign(document.createElement('p'), { textContent: `P ${i}` }));
    await wait(AFTER_CHECK);
    expect(seen).toEqual(['content']);
  });

  it("a web app's churn without new paragraphs or a new address is nothing", async () => {
    const main = document.querySelector('main')!;
    for (let i = 0; i < 5; i++) main.append(Object.assign(document.createElement('span'), { textContent: `${i}` }));
    await wait(AFTER_CHECK);
    expect(seen).toEqual([]);
  });

  it('a fragment change is not a new page', async () => {
    history.pushState({}, '', '/front#note-1');
    document.querySelector('main')!.append(document.createElement('div'));
    await wait(AFTER_CHECK);
    expect(seen).toEqual([]);
    expect(pageUrl('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });

  it('reports nothing once stopped', async () => {
    stop();
    history.pushState({}, '', '/story');
    document.querySelector('main')!.append(document.createElement('p'));
    await wait(AFTER_CHECK);
    expect(seen).toEqual([]);
  });
});
