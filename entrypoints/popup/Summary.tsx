import { text } from '../../components/format';
import { t } from '../../locales/i18n';

/** The article's short summary (up to three sentences, in the article's order). */
export function Summary({ sentences }: { sentences: string[] | null | undefined }) {
  const items = (Array.isArray(sentences) ? sentences : []).map(text).filter(Boolean);
  return (
    <section class="section" data-testid="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary_heading')}</h2>
      {items.length ? (
        <ul class="summary">
          {items.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="status empty">{t('summary_empty')}</p>
      )}
    </section>
  );
}
