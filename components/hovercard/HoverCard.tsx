// The hover card's content (Preact). Rendered into a closed shadow root by the page layer, so it
// shows only what the page itself says (name, descriptors, its quotations): anything from the
// reader's memory goes in the memory frame (MemoryFrame), a page of the extension's own origin
// that page scripts can neither read nor measure. Every string is page text or the extension's
// own message (locales/): text nodes only.
import { MemoryFrame } from './MemoryFrame';
import type { CardData, PersonCardData, QuoteCardData } from './types';
import { t, tn, type MessageKey } from '../../locales/i18n';

export interface HoverCardProps {
  data: CardData;
  /** A person card's memory frame address (extension origin); none: no memory section. */
  memoryFrame?: string | null;
  /** Shown at the foot so keyboard users learn the shortcut. */
  shortcut?: string;
  onClose?: () => void;
}

const MAX_QUOTES = 3;

export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Only web links leave the card: a stored javascript: or data: URL is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function HoverCard({ data, memoryFrame, shortcut, onClose }: HoverCardProps) {
  const label = data.kind === 'person' ? t('card_person_label', data.name) : t('card_quote_label');
  return (
    <div class="card" role="dialog" aria-label={label} tabIndex={-1} data-kind={data.kind}>
      {data.kind === 'person' ? <PersonBody data={data} /> : <QuoteBody data={data} />}
      {data.kind === 'person' && memoryFrame && <MemoryFrame src={memoryFrame} />}
      <footer class="foot">
        <span>{shortcut ? t('card_keys_shortcut', shortcut) : t('card_keys')}</span>
        {onClose && (
          <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
            ×
          </button>
        )}
      </footer>
    </div>
  );
}

function PersonBody({ data }: { data: PersonCardData }) {
  const quotes = data.quotes.slice(0, MAX_QUOTES);
  const more = data.quotes.length - quotes.length;
  return (
    <>
      <header class="head">
        <strong class="name">{data.name}</strong>
        {data.descriptors.length > 0 && <span class="desc">{data.descriptors.join(' · ')}</span>}
      </header>
      <p class="count">{tn('card_named', data.mentionCount)}</p>
      {quotes.length > 0 && (
        <section class="quotes" aria-label={t('card_quoted_here')}>
          <h3>{t('card_quoted_here')}</h3>
          <ul>
            {quotes.map((q, i) => (
              <li key={i}>{t('quote_marks', clip(q, 180))}</li>
            ))}
          </ul>
          {more > 0 && <p class="more">{tn('card_more_quotes', more)}</p>}
        </section>
      )}
    </>
  );
}

const KIND_LABEL: Record<string, MessageKey> = {
  organization: 'speaker_organization',
  unnamed: 'speaker_unnamed',
  unknown: 'speaker_unknown',
};
const kindLabel = (kind: string | null) => t(KIND_LABEL[kind ?? 'unknown'] ?? 'speaker_unknown');

function QuoteBody({ data }: { data: QuoteCardData }) {
  const who = data.speaker ? `${data.speaker}${data.cue ? ` (${data.cue})` : ''}` : kindLabel(data.speakerKind);
  return (
    <>
      <header class="head">
        <span class="desc">{t('card_quotation')}</span>
        <strong class="name">{who}</strong>
      </header>
      {data.speaker && data.speakerKind && data.speakerKind !== 'person' && (
        <p class="muted">{kindLabel(data.speakerKind)}</p>
      )}
    </>
  );
}
