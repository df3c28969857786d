// What a page may write to the reading memory (utils/store/background.ts): records are keyed by
// the tab's own address, a canonical URL counts only on the same site, and new records are
// rate-limited per site and per tab while updates of a page's own records are not.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../../utils/nlp/analyze';
import type { ArticleMeta } from '../../utils/nlp/types';
import { LocalMemoryService } from '../../utils/store/api';
import { startMemory } from '../../utils/store/background';
import { recordUrl } from '../../utils/page/memory';

const analysis: TextAnalysis = {
  people: [],
  quotes: [],
  dates: [],
  timeline: [],
  summary: [],
} as unknown as TextAnalysis;
const meta = (title: string, url: string | null = null): ArticleMeta => ({
  title,
  byline: null,
  publisher: null,
  publishedAt: '2026-11-20',
  url,
  language: 'en',
});

let n = 0;
function memory(limits = { perSitePerHour: 3, perTabPerHour: 5 }) {
  let t = 1_000_000;
  const service = LocalMemoryService.open({}, `lede-save-policy-${n++}`);
  const m = startMemory(service, { listen: false, limits, now: () => t, counts: null });
  return { m, service, advance: (ms: number) => (t += ms) };
}

describe('recordUrl', () => {
  it('takes a canonical URL on the same scheme, port and host (www. aside), else the tab address', () => {
    const tab = 'https://news.example/story?id=1';
    expect(recordUrl(tab, 'https://news.example/story')).toBe('https://news.example/story');
    expect(recordUrl(tab, 'https://www.news.example/story')).toBe('https://www.news.example/story');
    expect(recordUrl(tab, 'https://other.example/their-story')).toBe(tab);
    expect(recordUrl(tab, 'https://shop.news.example/x')).toBe(tab);
    expect(recordUrl(tab, 'http://news.example/story')).toBe(tab);
    expect(recordUrl(tab, 'https://news.example:8443/story')).toBe(tab);
    expect(recordUrl(tab, 'javascript:alert(1)//')).toBe(tab);
    expect(recordUrl(tab, 'data:text/html,x')).toBe(tab);
    expect(recordUrl(tab, null)).toBe(tab);
    expect(recordUrl('about:blank', 'https://news.example/story')).toBeNull();
    expect(recordUrl(null, 'https://news.example/story')).toBeNull();
  });
});

describe('remember', () => {
  it("never replaces another site's record through a canonical link", async () => {
    const { m, service } = memory();
    const theirs = 'https://genuine.example/article';
    await m.remember('Genuine text.', meta('Genuine headline', theirs), analysis, { url: theirs, tabId: 1 });
    const r = await m.remember('Poison.', meta('Poisoned headline', theirs), analysis, {
      url: 'https://evil.example/x',
      tabId: 2,
    });
    expect(r).toMatchObject({ ok: true, url: 'https://evil.example/x' });
    expect((await service.article(theirs))?.title).toBe('Genuine headline');
    expect((await service.article('https://evil.example/x'))?.title).toBe('Poisoned headline');
  });

  it('saves at most the site limit of new records an hour, keeps updating those, and allows more an hour later', async () => {
    const { m, service, advance } = memory({ perSitePerHour: 3, perTabPerHour: 100 });
    const save = (i: number, tabId = 1) =>
      m.remember(`Text ${i}.`, meta(`Story ${i}`), analysis, { url: `https://spa.example/s/${i}`, tabId });
    for (let i = 0; i < 3; i++) expect((await save(i)).ok).toBe(true);
    expect(await save(3)).toMatchObject({ ok: false, reason: 'rate-site' });
    expect(await save(4, 9)).toMatchObject({ ok: false, reason: 'rate-site' }); // another tab, same site
    expect((await save(1)).ok).toBe(true); // an update of its own record
    expect((await service.stats()).articles).toBe(3);
    advance(3_600_001);
    expect((await save(5)).ok).toBe(true);
  });

  it('limits one tab hopping across sites', async () => {
    const { m } = memory({ perSitePerHour: 100, perTabPerHour: 2 });
    const save = (host: string, tabId: number) =>
      m.remember('T.', meta(host), analysis, { url: `https://${host}/a`, tabId });
    expect((await save('a.evil.example', 7)).ok).toBe(true);
    expect((await save('b.evil.example', 7)).ok).toBe(true);
    expect(await save('c.evil.example', 7)).toMatchObject({ ok: false, reason: 'rate-tab' });
    expect((await save('c.evil.example', 8)).ok).toBe(true); // another tab has its own count
    m.forgetTab(7);
    expect((await save('d.evil.example', 7)).ok).toBe(true);
  });

  it('keeps its counts across a restart of the background (a page cannot reset them by waiting)', async () => {
    let saved: unknown = null;
    const counts = { load: async () => saved, save: async (c: unknown) => void (saved = c) };
    const service = LocalMemoryService.open({}, `lede-save-policy-${n++}`);
    const limits = { perSitePerHour: 2, perTabPerHour: 100 };
    const first = startMemory(service, { listen: false, limits, now: () => 5_000, counts });
    const save = (m: typeof first, i: number) =>
      m.remember('T.', meta(`S${i}`), analysis, { url: `https://spa.example/${i}`, tabId: 1 });
    expect((await save(first, 1)).ok).toBe(true);
    expect((await save(first, 2)).ok).toBe(true);
    const restarted = startMemory(service, { listen: false, limits, now: () => 6_000, counts });
    expect(await save(restarted, 3)).toMatchObject({ ok: false, reason: 'rate-site' });
  });

  it('refuses a tab without a web address', async () => {
    const { m } = memory();
    expect(
      await m.remember('T.', meta('x', 'https://a.example/'), analysis, { url: 'about:blank', tabId: 1 }),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});
