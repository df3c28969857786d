// Written summary passages (test/fixtures/written/summary/), scored the way the summary helper scored them in
// session 20: the summary of the text with its title (analyzeText(text, { title }).summary, sentences joined by a
// space) is right when it holds every "must" string and none of the "mustNot" strings (page residue).
import { analyzeText } from '../../utils/nlp/analyze';

export interface SummaryPassage {
  id: string;
  kind: string;
  title: string | null;
  text: string;
  must: string[];
  mustNot: string[];
}

export interface SummaryVerdict {
  id: string;
  right: boolean;
  /** "must" strings the summary lacks. */
  lacking: string[];
  /** "mustNot" strings the summary holds. */
  holding: string[];
  summary: string[];
}

export function scoreSummary(p: SummaryPassage): SummaryVerdict {
  const summary = analyzeText(p.text, { title: p.title }).summary;
  const s = summary.join(' ');
  const lacking = p.must.filter((m) => !s.includes(m));
  const holding = p.mustNot.filter((m) => s.includes(m));
  return { id: p.id, right: lacking.length === 0 && holding.length === 0, lacking, holding, summary };
}

/** An error line for a choose part (never called on a check part). */
export function describeSummary(v: SummaryVerdict): string {
  const why = [...v.lacking.map((m) => `lacks "${m}"`), ...v.holding.map((m) => `holds "${m}"`)].join('; ');
  return `  [${v.id}] ${why}\n    summary: ${v.summary.join(' | ')}`;
}
