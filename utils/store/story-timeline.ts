// The popup's story timeline: the current article's dated entries with the story's earlier
// articles from memory interleaved, earliest first. Pure.
import type { Story } from './related';

export type TimelineItem =
  | { kind: 'entry'; date: string; text: string }
  | { kind: 'memory'; date: string; text: string; url: string; site: string };

/** Sort key for TIMEX-ish values: "2016" < "2016-03" < "2016-03-05"; unknowns ("XXXX-12-25", PAST_REF) last. */
function sortKey(date: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /^(\d{4})-W(\d{2})/.exec(date);
  if (m) {
    // Monday of the ISO week (close enough to order it among days).
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() + ((Number(m[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  m = /^(\d{4})-Q([1-4])/.exec(date);
  if (m) return `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-00`;
  m = /^(\d{4})-(SP|SU|FA|WI)/.exec(date);
  if (m) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2]]}-00`;
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
}

export function storyTimeline(
  entries: { date: string; text: string }[],
  stories: Story[],
  current: { publishedAt: string | null; url?: string | null },
  maxMemory = 5,
): TimelineItem[] {
  const items: TimelineItem[] = entries
    .filter((e) => e && typeof e.date === 'string' && typeof e.text === 'string')
    .map((e) => ({ kind: 'entry' as const, date: e.date, text: e.text }));
  const cutoff = current.publishedAt ?? '9999-12-31';
  const memory: TimelineItem[] = [];
  const dateOf = (a: Story['articles'][number]) => a.publishedAt ?? new Date(a.readAt).toISOString().slice(0, 10);
  for (const s of stories) {
    // A story stands in the back story through its earliest copy published before the current article.
    const lead = s.articles
      .filter((a) => a.url !== current.url && dateOf(a) <= cutoff)
      .sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0))[0];
    if (!lead) continue;
    memory.push({ kind: 'memory', date: dateOf(lead), text: lead.title ?? lead.url, url: lead.url, site: lead.site });
    if (memory.length >= maxMemory) break;
  }
  const all = [...items, ...memory];
  return all
    .map((it, i) => ({ it, i, k: sortKey(it.date) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      return a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i;
    })
    .map((x) => x.it);
}
