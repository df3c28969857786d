// The hover card's content (Preact). Rendered into a closed shadow root by the page layer;
// every string here is page or stored text, so it only ever goes in as text nodes.
import type { CardData, PersonCardData, PersonHistory, QuoteCardData } from './types';

export interface HoverCardProps {
  data: CardData;
  /** Shown at the foot so keyboard users learn the shortcut. */
  shortcut?: string;
  onClose?: () => void;
}

const MAX_QUOTES = 3;
const MAX_HEADLINES = 3;

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

export function HoverCard({ data, shortcut, onClose }: HoverCardProps) {
  const label = data.kind === 'person' ? `Lede: ${data.name}` : 'Lede: quotation';
  return (
    <div class="card" role="dialog" aria-label={label} tabIndex={-1} data-kind={data.kind}>
      {data.kind === 'person' ? <PersonBody data={data} /> : <QuoteBody data={data} />}
      <footer class="foot">
        <span>{shortcut ? `${shortcut}: next person · Esc: close` : 'Esc: close'}</span>
        {onClose && (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
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
      <p class="count">
        {data.mentionCount === 1 ? 'Named once in this article' : `Named ${data.mentionCount} times in this article`}
      </p>
      {quotes.length > 0 && (
        <section class="quotes" aria-label="Quoted here">
          <h3>Quoted here</h3>
          <ul>
            {quotes.map((q, i) => (
              <li key={i}>“{clip(q, 180)}”</li>
            ))}
          </ul>
          {more > 0 && <p class="more">{more === 1 ? '1 more quotation' : `${more} more quotations`}</p>}
        </section>
      )}
      <Memory history={data.history} />
    </>
  );
}

function Memory({ history }: { history: PersonHistory | null | undefined }) {
  if (history === undefined) return null;
  if (history === null || history.articleCount === 0) {
    return (
      <section class="memory" aria-label="From your reading">
        <p class="muted">Not in anything else you have read.</p>
      </section>
    );
  }
  const heads = history.headlines.slice(0, MAX_HEADLINES);
  return (
    <section class="memory" aria-label="From your reading">
      <h3>
        {history.articleCount === 1
          ? 'In 1 other article you read'
          : `In ${history.articleCount} other articles you read`}
      </h3>
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
          <blockquote>“{clip(history.earlierQuote.text, 160)}”</blockquote>
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

const KIND_LABEL: Record<string, string> = {
  organization: 'Attributed to an organisation',
  unnamed: 'Attributed to an unnamed source',
  unknown: 'Speaker not identified',
};

function QuoteBody({ data }: { data: QuoteCardData }) {
  const who = data.speaker
    ? `${data.speaker}${data.cue ? ` (${data.cue})` : ''}`
    : (KIND_LABEL[data.speakerKind ?? 'unknown'] ?? KIND_LABEL.unknown);
  return (
    <>
      <header class="head">
        <span class="desc">Quotation</span>
        <strong class="name">{who}</strong>
      </header>
      {data.speaker && data.speakerKind && data.speakerKind !== 'person' && (
        <p class="muted">{KIND_LABEL[data.speakerKind]}</p>
      )}
    </>
  );
}
