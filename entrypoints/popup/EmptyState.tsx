import type { TabState } from '../../utils/messaging';
import { t, type MessageKey } from '../../locales/i18n';

type EmptyStatus = Exclude<TabState['status'], 'ready'>;
const heading = (status: EmptyStatus) => t(`empty_${status}_heading` satisfies MessageKey);
const body = (status: EmptyStatus) => t(`empty_${status}_body` satisfies MessageKey);

export interface EmptyStateProps {
  state: Exclude<TabState, { status: 'ready' }>;
  /** Offered on pages Lede skipped: analyse this page anyway. */
  onAnalyse?: () => void;
}

export function EmptyState({ state, onAnalyse }: EmptyStateProps) {
  return (
    <div class="empty" data-testid="empty" data-state={state.status} role="status">
      <svg class="empty-mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect x="5" y="4" width="22" height="24" rx="3" />
        <path d="M10 11h12M10 16h12M10 21h7" />
      </svg>
      <h1>{heading(state.status)}</h1>
      <p>{body(state.status)}</p>
      {onAnalyse && (
        <button type="button" class="analyse" data-testid="analyse-anyway" onClick={onAnalyse}>
          {t('analyse_anyway')}
        </button>
      )}
    </div>
  );
}
