// Thin container for a tab that is not an article: recent reading and most-read people.
import { useEffect, useState } from 'preact/hooks';
import type { MemoryClient } from '../../utils/store/messages';
import type { ArticleListItem, PersonListItem } from '../../utils/store/api';
import { Overview, RecentReading } from './Overview';
import type { LoadState } from '../../components/Status';

export interface OverviewPanelProps {
  client: Pick<MemoryClient, 'lede:memory-recent' | 'lede:memory-top-people'>;
  reason?: string;
  canAnalyse?: boolean;
  onAnalyse?: () => void;
  /** Render only the recent-reading sections (under someone else's header / empty state). */
  bare?: boolean;
}

export function OverviewPanel({ client, reason, canAnalyse, onAnalyse, bare }: OverviewPanelProps) {
  const [state, setState] = useState<LoadState>('loading');
  const [recent, setRecent] = useState<ArticleListItem[]>([]);
  const [people, setPeople] = useState<PersonListItem[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all([client['lede:memory-recent']({ limit: 5 }), client['lede:memory-top-people']({ limit: 8 })])
      .then(([r, p]) => {
        if (!live) return;
        setRecent(r ?? []);
        setPeople(p ?? []);
        setState('ready');
      })
      .catch(() => live && setState('error'));
    return () => {
      live = false;
    };
  }, [client]);
  if (bare) return <RecentReading recent={recent} topPeople={people} state={state} />;
  return (
    <Overview
      recent={recent}
      topPeople={people}
      state={state}
      reason={reason}
      canAnalyse={canAnalyse}
      onAnalyse={onAnalyse}
    />
  );
}
