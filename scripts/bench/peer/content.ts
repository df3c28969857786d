// The bench's peer: the least a reader-mode extension does on every page. At document_idle it asks
// Readability's own check whether the page looks readerable and, only then, parses a clone. It
// marks its start and end for the bench's trace (peer:start, peer:done with what it found) and
// leaves its verdict on <html data-peer-status>, as Lede leaves data-lede-status.
import { isProbablyReaderable, Readability } from '@mozilla/readability';

const perf = window.performance;
perf.mark('peer:start');
let words = 0;
let readerable = false;
try {
  readerable = isProbablyReaderable(document);
  if (readerable) {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    words = article?.textContent?.split(/\s+/).filter(Boolean).length ?? 0;
  }
} catch {
  // A peer that fails still ends: the bench reads its status.
}
perf.mark('peer:done', { detail: { readerable, words } });
document.documentElement.dataset.peerStatus = readerable ? 'parsed' : 'skipped';
