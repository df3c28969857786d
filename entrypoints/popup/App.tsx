import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, TabState } from '../../utils/messaging';
import { ArticleHeader } from './ArticleHeader';
import { EmptyState } from './EmptyState';
import { PeopleList } from './PeopleList';
import { SectionBoundary } from './SectionBoundary';
import { MemorySection, RecentSection } from './sections';
import { analyseAnyway, loadTarget, type TargetTab } from './tab';

export interface PopupSectionProps {
  tabId: number;
  article: ArticleSummary;
}

/**
 * Sections below the header, in order: summary and timeline, people, quotations and related
 * coverage. Each is a component of PopupSectionProps that renders nothing when it has nothing.
 */
export const SECTIONS: ((props: PopupSectionProps) => ComponentChildren)[] = [
  (props) => <MemorySection {...props} only={['summary', 'timeline']} />,
  PeopleList,
  (props) => <MemorySection {...props} only={['quotes', 'related']} />,
];

export interface EmptySectionProps {
  tabId: number | null;
  state: Exclude<TabState, { status: 'ready' }>;
}

/** Sections below the empty state (a tab without an article): recent reading and most-read people. */
export const EMPTY_SECTIONS: ((props: EmptySectionProps) => ComponentChildren)[] = [RecentSection];

export interface AppProps {
  load?: () => Promise<TargetTab>;
  sections?: typeof SECTIONS;
  emptySections?: typeof EMPTY_SECTIONS;
  /** Asks the tab to analyse its page although the gate skipped it; resolves to its new state. */
  analyse?: (tabId: number) => Promise<TabState>;
}

export function App({
  load = loadTarget,
  analyse = analyseAnyway,
  sections = SECTIONS,
  emptySections = EMPTY_SECTIONS,
}: AppProps) {
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [analysing, setAnalysing] = useState(false);

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
    const canAnalyse = tabId !== null && (empty.status === 'skipped' || empty.status === 'off');
    const onAnalyse = () => {
      if (tabId === null) return;
      setAnalysing(true);
      analyse(tabId)
        .then((next) => setTarget({ tabId, state: next }))
        .catch((error: unknown) => setTarget({ tabId, state: { status: 'error', message: String(error) } }))
        .finally(() => setAnalysing(false));
    };
    return (
      <main class="popup-empty">
        <EmptyState state={analysing ? { status: 'working' } : empty} onAnalyse={canAnalyse ? onAnalyse : undefined} />
        {emptySections.map((Section, i) => (
          <SectionBoundary key={i}>
            <Section tabId={tabId} state={empty} />
          </SectionBoundary>
        ))}
      </main>
    );
  }
  return (
    <main class="popup" data-testid="article" data-tab-id={tabId}>
      <ArticleHeader article={state.article} />
      {sections.map((Section, i) => (
        <SectionBoundary key={i}>
          <Section tabId={tabId} article={state.article} />
        </SectionBoundary>
      ))}
    </main>
  );
}
