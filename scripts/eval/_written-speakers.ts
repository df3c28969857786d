// Written speaker passages (test/fixtures/speakers-written/, test/fixtures/written/speakers/), scored the way the
// speakers helper scored them in session 20 (and the way train-speakers.ts reads the labels): a label
// [opening words, speaker] belongs to the first quotation Lede finds, not yet taken, whose text (spaces folded,
// opening marks dropped) starts with the opening words; a label whose quotation is not found is counted apart.
// Speaker: a name (right when the speaker is a person sharing a name word, or whose name holds the label),
// `=phrase` an organization or unnamed speaker (same test, not a person), `-` no speaker, `A|B` either.
import { analyzeText } from '../../utils/nlp/analyze';
import type { Speaker } from '../../utils/nlp/types';
import { nameWords } from './_quotes-speaker';

export interface SpeakerPassage {
  id: number | string;
  text: string;
  labels: [string, string][];
}

export type SpeakerVerdict = 'right' | 'none' | 'wrong' | 'missing';

export interface SpeakerItem {
  id: number | string;
  opening: string;
  label: string;
  verdict: SpeakerVerdict;
  /** What Lede gave, `kind:name` (null when no speaker or the quotation was not found). */
  got: string | null;
}

const noSpeaker = (s: Speaker | null) => !s || s.kind === 'unknown';

/** Whether Lede's speaker `s` satisfies the label. */
export function labelRight(label: string, s: Speaker | null): boolean {
  const alts = label.split('|');
  if (noSpeaker(s)) return alts.includes('-');
  const phrase = alts[0].startsWith('=');
  const got = nameWords(s!.name);
  return alts.some((alt) => {
    if (alt === '-') return false;
    const bare = alt.replace(/^=/, '');
    const words = nameWords(bare);
    const hit = got.some((w) => words.includes(w)) || (s!.name ?? '').toLowerCase().includes(bare.toLowerCase());
    return hit && (phrase ? s!.kind !== 'person' : s!.kind === 'person');
  });
}

const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/^[“"‘'\s]+/, '');

/** One verdict per label of the passage. */
export function scoreSpeakers(p: SpeakerPassage): SpeakerItem[] {
  const quotes = analyzeText(p.text).quotes;
  const taken = quotes.map(() => false);
  return p.labels.map(([opening, label]) => {
    const k = quotes.findIndex((q, i) => !taken[i] && flat(q.text).startsWith(opening));
    if (k < 0) return { id: p.id, opening, label, verdict: 'missing', got: null };
    taken[k] = true;
    const s = quotes[k].speaker;
    const verdict = labelRight(label, s) ? 'right' : noSpeaker(s) ? 'none' : 'wrong';
    return { id: p.id, opening, label, verdict, got: s ? `${s.kind}:${s.name}` : null };
  });
}

export function countVerdicts(items: SpeakerItem[]): Record<SpeakerVerdict, number> {
  const n = { right: 0, none: 0, wrong: 0, missing: 0 };
  for (const it of items) n[it.verdict]++;
  return n;
}

/** An error line for a choose part (never called on a check part). */
export function describeSpeaker(it: SpeakerItem): string {
  if (it.verdict === 'missing') return `  [${it.id}] MISSING quote '${it.opening}' (${it.label})`;
  return `  [${it.id}] ${it.verdict.toUpperCase()} '${it.opening}' want ${it.label} got ${it.got}`;
}
