// Loading, empty and error states of a section: always a sentence, never a blank box.
export type LoadState = 'loading' | 'ready' | 'error';

export function Status({ state, empty, error }: { state: LoadState; empty: string; error?: string }) {
  if (state === 'loading') {
    return (
      <p class="status loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true" /> Looking through your reading…
      </p>
    );
  }
  if (state === 'error') {
    return (
      <p class="status error" role="alert">
        {error || 'Lede could not read its memory just now.'}
      </p>
    );
  }
  return <p class="status empty">{empty}</p>;
}
