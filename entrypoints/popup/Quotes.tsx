import { listOf, text } from '../../components/format';
import { t } from '../../locales/i18n';

export interface QuoteItem {
  text: string;
  speaker: string | null;
}

/** Quotations grouped by speaker, in order of first appearance; unattributed ones last. */
export function Quotes({ quotes }: { quotes: QuoteItem[] | null | undefined }) {
  const groups = new Map<string, string[]>();
  for (const q of listOf<QuoteItem>(quotes)) {
    // The closing comma of an attributed quote (“…for,” she said) is not part of what was said.
    const said = text(q.text).replace(/[,;:]\s*$/, '');
    if (!said) continue;
    const who = text(q.speaker) || '';
    groups.set(who, [...(groups.get(who) ?? []), said]);
  }
  const unattributed = groups.get('');
  groups.delete('');
  if (unattributed) groups.set('', unattributed);
  return (
    <section class="section" data-testid="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('quotes_heading')}</h2>
      {groups.size === 0 ? (
        <p class="status empty">{t('quotes_empty')}</p>
      ) : (
        <ul class="quotes">
          {[...groups].map(([who, texts]) => (
            <li key={who} class="speaker-group">
              <h3 class="speaker">{who || t('quotes_unattributed')}</h3>
              <ul>
                {texts.map((quote, i) => (
                  <li key={i}>
                    <blockquote>{t('quote_marks', quote)}</blockquote>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
