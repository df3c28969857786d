// Written summary passages (test/fixtures/written/summary/), scored the way the summary helper scored them in
// session 20: the summary of the text with its title (analyzeText(text, { title }).summary, sentences joined by a
// space) is right when it holds every "must" string and none of the "mustNot" strings (page residue). Passages
// with a one-sentence `reference` (from session 23 on) are also scored by ROUGE-1 F1, next to lead-1 and lead-3.
import { analyzeText } from '../../utils/nlp/analyze';
import { splitSentences } from '../../utils/nlp/sentences';
import { mean, rougeN } from './_summary-score';

export interface SummaryPassage {
  id: string;
  kind: string;
  title: string | null;
  text: string;
  must: string[];
  mustNot: string[];
  /** A one-sentence summary written before any run (sets from session 23 on). */
  reference?: string;
}

export interface SummaryVerdict {
  id: string;
  right: boolean;
  /** "must" strings the summary lacks. */
  lacking: string[];
  /** "mustNot" strings the summary holds. */
  holding: string[];
  summary: string[];
  /** ROUGE-1 F1 against `reference` of the summary, lead-1 and lead-3; null without a reference. */
  r1: { lede: number; lead1: number; lead3: number } | null;
}

export function scoreSummary(p: SummaryPassage): SummaryVerdict {
  const summary = analyzeText(p.text, { title: p.title }).summary;
  const s = summary.join(' ');
  const lacking = p.must.filter((m) => !s.includes(m));
  const holding = p.mustNot.filter((m) => s.includes(m));
  return {
    id: p.id,
    right: lacking.length === 0 && holding.length === 0,
    lacking,
    holding,
    summary,
    r1: p.reference ? againstReference(p.text, s, p.reference) : null,
  };
}

/** The text's first n sentences, as the summary eval's lead-n. */
function lead(text: string, n: number): string {
  return splitSentences(text)
    .slice(0, n)
    .map((sp) => text.slice(sp.start, sp.end).trim())
    .join(' ');
}

function againstReference(text: string, summary: string, reference: string) {
  const f = (cand: string) => rougeN(cand, reference, 1).f;
  return { lede: f(summary), lead1: f(lead(text, 1)), lead3: f(lead(text, 3)) };
}

/** Mean ROUGE-1 F1 over the verdicts with a reference, for a row's note; '' when a set has none. */
export function referenceNote(verdicts: SummaryVerdict[]): string {
  const scored = verdicts.flatMap((v) => (v.r1 ? [v.r1] : []));
  if (!scored.length) return '';
  const m = (k: 'lede' | 'lead1' | 'lead3') => mean(scored.map((x) => x[k])).toFixed(3);
  return `; R-1 F1 vs one-sentence references (${scored.length}): Lede ${m('lede')}, lead-1 ${m('lead1')}, lead-3 ${m('lead3')}`;
}

/** An error line for a choose part (never called on a check part). */
export function describeSummary(v: SummaryVerdict): string {
  const why = [...v.lacking.map((m) => `lacks "${m}"`), ...v.holding.map((m) => `holds "${m}"`)].join('; ');
  return `  [${v.id}] ${why}\n    summary: ${v.summary.join(' | ')}`;
}
