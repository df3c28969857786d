import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, TabState } from '../../utils/messaging';
import { ArticleHeader } from './ArticleHeader';
import { EmptyState } from './EmptyState';
import { PeopleList } from './PeopleList';
import { loadTarget, type TargetTab } from './tab';

export interface PopupSectionProps {
  tabId: number;
  article: ArticleSummary;
}

/**
 * Sections below the header, in order. Later sections (summary, timeline, quotes, related) are
 * added here; each is a component of PopupSectionProps that renders nothing when it has nothing.
 */
export const SECTIONS: ((props: PopupSectionProps) => ComponentChildren)[] = [PeopleList];

export interface EmptySectionProps {
  tabId: number | null;
  state: Exclude<TabState, { status: 'ready' }>;
}

/** Sections below the empty state (a tab without an article): recent reading, "analyse anyway"… */
export const EMPTY_SECTIONS: ((props: EmptySectionProps) => ComponentChildren)[] = [];

export function App({ load = loadTarget }: { load?: () => Promise<TargetTab> }) {
  const [target, setTarget] = useState<TargetTab | null>(null);

  useEffect(() => {
    load()
      .then(setTarget)
      .catch((error: unknown) =>
        setTarget({
          tabId: null,
          state: { status: 'error', message: String(error) },
        }),
      );
  }, [load]);

  if (target === null) return <EmptyState state={{ status: 'working' }} />;
  const { tabId, state } = target;
  if (state.status !== 'ready' || tabId === null) {
    const empty = state.status === 'ready' ? ({ status: 'none' } as const) : state;
    return (
      <main class="popup-empty">
        <EmptyState state={empty} />
        {EMPTY_SECTIONS.map((Section, i) => (
          <Section key={i} tabId={tabId} state={empty} />
        ))}
      </main>
    );
  }
  return (
    <main class="popup" data-testid="article" data-tab-id={tabId}>
      <ArticleHeader article={state.article} />
      {SECTIONS.map((Section, i) => (
        <Section key={i} tabId={tabId} article={state.article} />
      ))}
    </main>
  );
}
