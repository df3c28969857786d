// The in-page reading layer's entry: marks the analysis's people and quotations in the live
// page and wires the hover cards. Everything it adds is removed by undo() (or the signal).
// markPageInSteps does the same work in slices of a few milliseconds, handing the main thread
// back to the page between them (reading the page's text, aligning it, building the ranges), so
// a long article makes no long task; nothing is added to the page before the last slice.
import type { CardData, CardHistory } from '../../components/hovercard/types';
import type { Analysis, Person } from '../nlp/types';
import { createCardLayer, HOST_TAG } from './cards';
import { highlightRegistry, paintHighlights } from './highlight';
import { createHitIndex, type Target } from './hit';
import { closeCard, installInteraction, SHORTCUT_LABEL } from './interact';
import { runSteps, type Steps } from './align';
import { buildTextMapSteps } from './textmap';
import { regionTextMapSteps, type ArticleRegion } from './region';
import { nextTask } from './next-task';

export interface MarkResult {
  /** People with at least one mention marked. */
  people: number;
  /** Quotations marked. */
  quotes: number;
  /** Person mentions marked. */
  mentions: number;
  /** Share of the article text found in the live page (0–1). */
  coverage: number;
  /** True once the page replaced the text we marked (re-run markPage). */
  isStale(): boolean;
  /** Removes every mark, card and listener this call added. */
  undo(): void;
}

export interface MarkOptions {
  /** Where the article lives (default: the body). */
  root?: Element;
  /** Where the background found the article in the page's copy (region.ts); read instead of the body when the page agrees. */
  region?: ArticleRegion | null;
  /** The reader's memory of a person, for the card (from the background store). */
  getHistory?: (person: Person) => Promise<CardHistory | null> | CardHistory | null;
  /** Leave out hover cards and the shortcut (marks only). */
  cards?: boolean;
  /** The ::highlight rules are already in the page (highlight.css, injected by the manifest). */
  styled?: boolean;
  /** Marks this call replaces: undone just before the new ones are painted (no unmarked moment). */
  replaces?: MarkResult | null;
}

function firstStart(p: Person): number {
  let m = Infinity;
  for (const s of p.mentions) if (s.start < m) m = s.start;
  return m;
}

/** What marking reads of an analysis: the people, the quotations and the article's text. */
export type MarkedAnalysis = Pick<Analysis, 'article' | 'people' | 'quotes'>;

export function markPage(
  doc: Document,
  analysis: MarkedAnalysis,
  signal: AbortSignal,
  opts: MarkOptions = {},
): MarkResult {
  return runSteps(markSteps(doc, analysis, signal, opts));
}

export interface SliceOptions {
  /** Work per slice before handing the main thread back (ms). */
  budgetMs?: number;
  /** Resolves when the page has had its turn (default: the next task). */
  pause?: () => Promise<void>;
}

/** What markPageInSteps gives when the signal ended it before anything was marked. */
const NOTHING_MARKED: MarkResult = {
  people: 0,
  quotes: 0,
  mentions: 0,
  coverage: 0,
  isStale: () => false,
  undo() {},
};

/**
 * markPage in slices of `budgetMs` with a pause between them. Aborting `signal` between slices
 * stops it with nothing marked.
 */
export async function markPageInSteps(
  doc: Document,
  analysis: MarkedAnalysis,
  signal: AbortSignal,
  opts: MarkOptions = {},
  slices: SliceOptions = {},
): Promise<MarkResult> {
  const budget = slices.budgetMs ?? 8;
  const pause = slices.pause ?? nextTask(doc.defaultView);
  const clock = doc.defaultView?.performance ?? performance;
  const steps = markSteps(doc, analysis, signal, opts);
  let sliceStart = clock.now();
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    if (clock.now() - sliceStart < budget) continue;
    await pause();
    if (signal.aborted) {
      steps.return(NOTHING_MARKED);
      return NOTHING_MARKED;
    }
    sliceStart = clock.now();
  }
}

/** Yields between units of work on the page's text; marks, cards and listeners come in the last step. */
function* markSteps(
  doc: Document,
  analysis: MarkedAnalysis,
  signal: AbortSignal,
  opts: MarkOptions,
): Steps<MarkResult> {
  const perf = doc.defaultView?.performance;
  perf?.mark('lede:mark:start');
  const controller = new AbortController();
  const skip = new Set<Element>(Array.from(doc.getElementsByTagName(HOST_TAG)));
  const text = analysis.article.text;
  const map = opts.root
    ? yield* buildTextMapSteps(doc, text, { root: opts.root, skip })
    : yield* regionTextMapSteps(doc, text, opts.region, { skip });

  let mentionCount = 0;
  const personTargets: Target[] = [];
  const personRanges: Range[] = [];
  const order = analysis.people.map((p, i) => ({ p, i })).sort((a, b) => firstStart(a.p) - firstStart(b.p));
  for (const { p, i } of order) {
    const ranges: Range[] = [];
    const mentions = [...p.mentions].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const rs = map.ranges(m.start, m.end);
      if (rs.length > 0) mentionCount++;
      ranges.push(...rs);
    }
    yield;
    if (ranges.length === 0) continue;
    personTargets.push({ kind: 'person', index: i, ranges });
    personRanges.push(...ranges);
  }
  const quoteTargets: Target[] = [];
  const quoteRanges: Range[] = [];
  for (let i = 0; i < analysis.quotes.length; i++) {
    const q = analysis.quotes[i];
    const ranges = map.ranges(q.start, q.end);
    if (ranges.length > 0) {
      quoteTargets.push({ kind: 'quote', index: i, ranges });
      quoteRanges.push(...ranges);
    }
    if (i % 8 === 7) yield;
  }
  yield;

  const win = doc.defaultView;
  opts.replaces?.undo();
  const marks = paintHighlights(doc, personRanges, quoteRanges, opts.styled);
  let cards: ReturnType<typeof createCardLayer> | null = null;

  if (opts.cards !== false && win && (personTargets.length > 0 || quoteTargets.length > 0)) {
    cards = createCardLayer(doc, SHORTCUT_LABEL, () => closeCard(cards!));
    const cardFor = (t: Target): CardData => {
      if (t.kind === 'person') {
        const p = analysis.people[t.index];
        return {
          kind: 'person',
          name: p.name,
          descriptors: p.descriptors,
          mentionCount: p.mentions.length,
          quotes: analysis.quotes.filter((q) => q.speaker?.personId === p.id).map((q) => q.text),
          // No memory wired in: no memory section (undefined), rather than a wrong "nothing".
          history: opts.getHistory ? histories.get(p.id) : undefined,
        };
      }
      const q = analysis.quotes[t.index];
      const speaker = q.speaker;
      const person = speaker?.personId ? analysis.people.find((p) => p.id === speaker.personId) : undefined;
      return {
        kind: 'quote',
        text: q.text,
        speaker: person?.name ?? speaker?.name ?? null,
        speakerKind: speaker?.kind ?? null,
        cue: q.cue,
      };
    };
    const histories = new Map<string, CardHistory | null>();
    installInteraction({
      doc,
      hits: createHitIndex(doc, [...personTargets, ...quoteTargets], win ? highlightRegistry(win) : null),
      cards,
      people: personTargets,
      cardFor,
      focusRange: (r) => marks.focus(r),
      onPersonCard: opts.getHistory
        ? (t, update) => {
            const p = analysis.people[t.index];
            if (histories.has(p.id)) return;
            Promise.resolve()
              .then(() => opts.getHistory!(p))
              .catch(() => null)
              .then((h) => {
                if (controller.signal.aborted) return;
                histories.set(p.id, h ?? null);
                update(cardFor(t));
              });
          }
        : undefined,
      signal: controller.signal,
    });
  }

  let undone = false;
  const undo = () => {
    if (undone) return;
    undone = true;
    controller.abort();
    marks.remove();
    cards?.destroy();
  };
  signal.addEventListener('abort', undo, { once: true });
  if (signal.aborted) undo();

  // One measure for the bench: each user-timing entry costs the page's thread a little.
  perf?.measure('lede:mark', 'lede:mark:start');

  const first = personRanges[0] ?? quoteRanges[0];
  return {
    people: personTargets.length,
    quotes: quoteTargets.length,
    mentions: mentionCount,
    coverage: map.coverage,
    isStale: () => !!first && !first.startContainer.isConnected,
    undo,
  };
}
