// The memory frame inside a person's hover card: a page of the extension's own origin, so what
// it shows from the reader's memory (other articles, sites, dates, quotations, how many) is out of
// the host page's reach — a page can read neither its text nor its size (fixed by the card).
// It asks the background itself; the background answers memory messages only to Lede's pages.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MemoryView } from '../../components/hovercard/MemoryView';
import type { CardHistory } from '../../components/hovercard/types';
import { sendToBackground } from '../../utils/messaging';
import { cardHistory, recordUrl } from '../../utils/page/memory';
import { readMemoryFrameQuery } from './address';
import './style.css';

function MemoryFrame() {
  const [history, setHistory] = useState<CardHistory | null | undefined>(undefined);
  useEffect(() => {
    const q = readMemoryFrameQuery(location.search);
    if (!q) {
      setHistory(null);
      return;
    }
    // The current article, under the address the background remembered it by.
    const current = recordUrl(q.page, q.canonical);
    sendToBackground('lede:memory-person', { name: q.name, excludeUrl: current })
      .then((h) => setHistory(cardHistory(h, current)))
      .catch(() => setHistory(null));
  }, []);
  return <MemoryView history={history} />;
}

render(<MemoryFrame />, document.getElementById('app')!);
