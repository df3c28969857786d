// Loading, empty and error states of a section: always a sentence, never a blank box.
import { t } from '../locales/i18n';

export type LoadState = 'loading' | 'ready' | 'error';

export function Status({ state, empty, error }: { state: LoadState; empty: string; error?: string }) {
  if (state === 'loading') {
    return (
      <p class="status loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true" /> {t('status_loading')}
      </p>
    );
  }
  if (state === 'error') {
    return (
      <p class="status error" role="alert">
        {error || t('status_memory_error')}
      </p>
    );
  }
  return <p class="status empty">{empty}</p>;
}
