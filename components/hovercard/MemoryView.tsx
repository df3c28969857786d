// What the reading memory holds about a person, as the memory frame (entrypoints/memory-card)
// shows it: other articles that name them and an earlier quotation. Rendered only in that
// extension-origin frame, never in the page. Stored text goes in as text nodes only.
import { clip, safeHref } from './HoverCard';
import type { CardHistory } from './types';
import { t, tn } from '../../locales/i18n';

const MAX_HEADLINES = 3;

/** `history` undefined: still looking; null: nothing remembered. */
export function MemoryView({ history }: { history: CardHistory | null | undefined }) {
  if (history === undefined) {
    return (
      <section class="memory" aria-label={t('memory_title')} aria-busy="true">
        <p class="muted">{t('status_loading')}</p>
      </section>
    );
  }
  if (history === null || history.articleCount === 0) {
    return (
      <section class="memory" aria-label={t('memory_title')}>
        <p class="muted">{t('memory_nothing')}</p>
      </section>
    );
  }
  const heads = history.headlines.slice(0, MAX_HEADLINES);
  return (
    <section class="memory" aria-label={t('memory_title')}>
      <h3>{tn('memory_count', history.articleCount)}</h3>
      {heads.length > 0 && (
        <ul class="heads">
          {heads.map((h, i) => {
            const href = safeHref(h.url);
            const meta = [h.site, h.date].filter(Boolean).join(' · ');
            return (
              <li key={i}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {clip(h.title, 110)}
                  </a>
                ) : (
                  <span>{clip(h.title, 110)}</span>
                )}
                {meta && <span class="meta"> {meta}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {history.earlierQuote && (
        <figure class="earlier">
          <blockquote>{t('quote_marks', clip(history.earlierQuote.text, 160))}</blockquote>
          {(history.earlierQuote.title || history.earlierQuote.date) && (
            <figcaption>
              {[history.earlierQuote.title && clip(history.earlierQuote.title, 80), history.earlierQuote.date]
                .filter(Boolean)
                .join(' · ')}
            </figcaption>
          )}
        </figure>
      )}
    </section>
  );
}
