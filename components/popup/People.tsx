import { listOf, text } from './format';

export interface PersonChip {
  name: string;
  count: number;
  /** Articles in the reader's memory naming the person (other than this one). */
  remembered?: number;
}

/** People in the article with their mention counts; activating one calls `onActivate` (the page scrolls to it). */
export function People({
  people,
  onActivate,
}: {
  people: PersonChip[] | null | undefined;
  onActivate?: (name: string) => void;
}) {
  const list = listOf<PersonChip>(people).filter((p) => text(p.name));
  return (
    <section class="section" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {list.length === 0 ? (
        <p class="status empty">No people named in this article.</p>
      ) : (
        <ul class="chips">
          {list.map((p) => {
            const count = Number.isFinite(p.count) ? p.count : 0;
            const label = `${p.name}: ${count} mention${count === 1 ? '' : 's'}${p.remembered ? `, in ${p.remembered} article${p.remembered === 1 ? '' : 's'} you read before` : ''}. Show in the page`;
            return (
              <li key={p.name}>
                <button type="button" class="chip person" aria-label={label} onClick={() => onActivate?.(p.name)}>
                  {p.name}{' '}
                  <span class="count" aria-hidden="true">
                    {count}
                  </span>
                  {p.remembered ? (
                    <span class="remembered" aria-hidden="true" title="In articles you read before">
                      ↺{p.remembered}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
