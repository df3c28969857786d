import type { TimelineItem } from '../../utils/store/story-timeline';
import { formatDay, listOf, safeHref, text } from '../../components/format';
import { Status, type LoadState } from '../../components/Status';
import { t } from '../../locales/i18n';

/** Dated entries, earliest first; earlier articles from the reader's memory are marked and linked. */
export function Timeline({ items, state = 'ready' }: { items: TimelineItem[] | null | undefined; state?: LoadState }) {
  const list = listOf<TimelineItem>(items).filter((it) => text(it.date) && text(it.text));
  return (
    <section class="section" data-testid="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline_heading')}</h2>
      {state !== 'ready' || list.length === 0 ? (
        <Status state={state} empty={t('timeline_empty')} />
      ) : (
        <ol class="timeline">
          {list.map((it, i) => {
            const href = it.kind === 'memory' ? safeHref(it.url) : undefined;
            return (
              <li key={i} class={it.kind === 'memory' ? 'memory' : 'entry'} data-kind={it.kind}>
                <time dateTime={/^\d{4}/.test(it.date) ? it.date : undefined}>{formatDay(it.date)}</time>
                {it.kind === 'memory' ? (
                  <span class="memory-item">
                    <span class="badge">{t('timeline_you_read')}</span>{' '}
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer">
                        {it.text}
                      </a>
                    ) : (
                      it.text
                    )}
                    {it.site ? <span class="site"> · {text(it.site)}</span> : null}
                  </span>
                ) : (
                  <span>{it.text}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
