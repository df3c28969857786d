// What the reading memory holds about a person, shaped for the hover card.
import type { PersonHistory as CardHistory } from '../../components/hovercard/types';
import type { Person } from '../../utils/nlp/types';
import { sendToBackground } from '../../utils/messaging';

export async function personHistory(person: Person, currentUrl: string): Promise<CardHistory | null> {
  const stored = await sendToBackground('lede:memory-person', { name: person.name, excludeUrl: currentUrl });
  if (!stored) return null;
  return {
    articleCount: stored.articleCount,
    headlines: stored.latest.map((h) => ({ title: h.title ?? h.url, url: h.url, date: h.date, site: h.site })),
    earlierQuote: stored.earlierQuote
      ? {
          text: stored.earlierQuote.text,
          title: stored.earlierQuote.title,
          url: stored.earlierQuote.url,
          date: stored.earlierQuote.date,
        }
      : null,
  };
}
