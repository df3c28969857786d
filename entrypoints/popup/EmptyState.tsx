import type { TabState } from '../../utils/messaging';

const MESSAGES: Record<Exclude<TabState['status'], 'ready'>, { heading: string; body: string }> = {
  none: {
    heading: 'Nothing to read here',
    body: 'Open a news article and Lede will mark the people and quotations in it.',
  },
  skipped: {
    heading: 'This page is not an article',
    body: 'Lede reads news articles only, and leaves other pages exactly as they are.',
  },
  off: {
    heading: 'Lede is off here',
    body: 'You turned Lede off for this site or paused it. Change that in the options.',
  },
  working: {
    heading: 'Reading…',
    body: 'Lede is finding the article on this page.',
  },
  error: {
    heading: 'Lede could not read this page',
    body: 'The page is unchanged. Reloading it may help.',
  },
};

export interface EmptyStateProps {
  state: Exclude<TabState, { status: 'ready' }>;
  /** Offered on pages Lede skipped: analyse this page anyway. */
  onAnalyse?: () => void;
}

export function EmptyState({ state, onAnalyse }: EmptyStateProps) {
  const message = MESSAGES[state.status];
  return (
    <div class="empty" data-testid="empty" data-state={state.status} role="status">
      <svg class="empty-mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect x="5" y="4" width="22" height="24" rx="3" />
        <path d="M10 11h12M10 16h12M10 21h7" />
      </svg>
      <h1>{message.heading}</h1>
      <p>{message.body}</p>
      {onAnalyse && (
        <button type="button" class="analyse" data-testid="analyse-anyway" onClick={onAnalyse}>
          Analyse this page anyway
        </button>
      )}
    </div>
  );
}
