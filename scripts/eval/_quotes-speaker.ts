// Is the speaker Lede gives a quotation the one the gold gives? A person is right when the predicted name
// shares a name word with the gold name and with no other speaker of the document more (so "Parata" is not
// right for one of two Paratas); an organization or unnamed speaker when the predicted phrase shares a
// content word with the gold name or any of the gold's attributing words for it ("the committee"); an unknown speaker
// when Lede gives none.
import type { Person, Quote, Span } from '../../utils/nlp/types';
import type { GoldSpeaker } from './_quotes-gold';

export type Verdict = 'right' | 'none' | 'wrong';

const STOP = new Set(
  'the a an of and by on in at for to mr mrs ms dr sen rep jr sr ii iii his her its their one some s who said says nee née'.split(
    ' ',
  ),
);

export function nameWords(s: string | null | undefined): string[] {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

const shared = (a: string[], b: string[]) => a.filter((w) => b.includes(w)).length;

export const PRONOUN = /^(?:he|she|they|it|him|her|his|i|we|you|them)$/i;

/** Which breakdown row a gold quotation counts in: attributed by name, by a pronoun, or otherwise. */
export function category(g: GoldSpeaker): 'named' | 'pronoun' | 'other' {
  if (g.mention && PRONOUN.test(g.mention.trim())) return 'pronoun';
  if (g.kind === 'person' && g.mention) return 'named';
  return 'other';
}

/** What the rest of the document's gold says about the speakers. */
export interface SpeakerContext {
  /** The names of the document's other gold person speakers. */
  others: string[];
  /** Every phrase the gold uses for this speaker (its name, its mentions in any item). */
  phrases: string[];
}

export function judge(g: GoldSpeaker, q: Quote | null, ctx: SpeakerContext): Verdict {
  const s = q?.speaker ?? null;
  const given = s !== null && s.kind !== 'unknown';
  if (g.kind === 'unknown') return given ? 'wrong' : 'right';
  if (!given) return 'none';
  const pred = nameWords(s.name);
  if (g.kind === 'person') {
    if (s.kind !== 'person') return 'wrong';
    const mine = shared(pred, nameWords(g.name));
    if (mine === 0) return 'wrong';
    const gw = nameWords(g.name);
    const rival = ctx.others.some((o) => {
      const ow = nameWords(o);
      return ow.some((w) => !gw.includes(w)) && shared(pred, ow) >= mine;
    });
    return rival ? 'wrong' : 'right';
  }
  if (s.kind !== 'organization' && s.kind !== 'unnamed') return 'wrong';
  return shared(pred, ctx.phrases.flatMap(nameWords)) > 0 ? 'right' : 'wrong';
}

/** The nearest-name baseline: the person mentioned nearest to the quotation (outside it) is its speaker. */
export function nearestName(q: Span, people: Person[]): Quote {
  let best: { p: Person; d: number; m: Span } | null = null;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.start < q.end && q.start < m.end) continue;
      const d = m.end <= q.start ? q.start - m.end : m.start - q.end;
      if (!best || d < best.d) best = { p, d, m };
    }
  }
  return {
    start: q.start,
    end: q.end,
    text: '',
    cue: null,
    speaker: best ? { kind: 'person', personId: best.p.id, name: best.p.name, ...best.m } : null,
  };
}
