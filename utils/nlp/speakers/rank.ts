// Speakers of a document's quotations, left to right: each quotation's candidates (candidates.ts) are
// scored by the linear model (model.ts) over their features (features.ts) and the best one is taken;
// "nobody" is a candidate too, so the ranker abstains where no speaker is clearly ahead. The decision for
// one quotation is evidence for the next (continuation, the last person quoted).
import { headlineEchoSpeakers } from './headline-echo';
import type { Quote, Span } from '../types';
import { PersonIndex } from '../coref';
import { candidatesOf, type Candidate, type Evidence, type Previous } from './candidates';
import { Doc, siteOf, type Site } from './context';
import { ADDS, featuresOf } from './features';
import { classifyPhrase } from './phrase';
import { otherCueKind } from './other-language';
import { argmax, probability, score, SPEAKER_MODEL, type SpeakerModel } from './model';
import cueKinds from '../data/speaker-cue-kinds.json';

const PLAIN_CUES: ReadonlySet<string> = new Set(cueKinds.plain);
const FRAME_CUES: ReadonlySet<string> = new Set(cueKinds.frames);

export interface Step {
  site: Site;
  candidates: Candidate[];
  features: string[][];
  /** No quotation of the document has an attribution the cue parsers read (another language, a transcript). */
  uncuedDoc?: boolean;
  /** The text is not in English (other-language.ts): the ranker, trained on English news, only takes a speaker
   *  the text names for the quotation, never one from a name nearby or the previous quotation alone. */
  otherLanguage?: boolean;
}

/** Nothing but marks, commas or a dash between two quotations of one line: one speech. */
const JOINED = /^[\s,;:—–-]*$/;
/** Only an attribution's end, marks or paragraph breaks between a quotation and the next (one speech). */
const JOINED_SPEECH = /^[\s.,;:!?—–-]*$/;

/**
 * Walks the quotations in order; `choose` picks the index of a candidate of each (training picks the
 * gold one, the ranker the best scored one). Sets each quotation's speaker and cue.
 */
export function walkQuotes(
  text: string,
  quotes: Quote[],
  sentences: Span[],
  index: PersonIndex,
  choose: (i: number, step: Step) => number,
): void {
  const doc = new Doc(text, sentences, storyOf(index));
  const sites: Site[] = [];
  let prevClose = -1;
  for (const q of quotes) {
    const s = siteOf(doc, q, prevClose);
    sites.push(s);
    prevClose = s.close;
  }
  const uncuedDoc = sites.length >= 3 && !sites.some((s) => s.cues.length > 0 || s.prevSubject);
  let prev: Previous | null = null;
  let lastSpeaker: string | null = null;
  let held: Held | null = null;
  sites.forEach((site, i) => {
    const q = quotes[i];
    if ((q as Answer).form === 'qa') {
      held = null;
      // an interview answer: its speaker is the interviewee the quotation finder names, not a ranked guess
      q.speaker = answerer(doc, q as Answer);
      q.cue = null;
      return;
    }
    const nx = sites[i + 1];
    const joined = !!nx && !site.cues.length && JOINED.test(text.slice(site.close + 1, nx.open));
    const candidates = candidatesOf(doc, site, prev, joined ? nx : null, lastSpeaker);
    const features = candidates.map((c) => featuresOf(c, site));
    const chosen = candidates[choose(i, { site, candidates, features, uncuedDoc, otherLanguage: doc.other })];
    // abstaining on an attributed quotation keeps the attributing phrase, as a speaker of unknown kind
    const own = site.cues[0];
    q.speaker = chosen.speaker
      ? { ...chosen.speaker }
      : own
        ? { kind: 'unknown', personId: null, name: null, start: own.start, end: own.end }
        : null;
    q.cue = chosen.speaker ? (cueOf(chosen) ?? prev?.site.q.cue ?? null) : null;
    if (!chosen.speaker && !site.cues.length && held && continues(text, held, site)) {
      // a quotation continuing one whose attribution named nobody the ranker could resolve: the same phrase
      // (a speaker of unknown kind, no cue, like the one it continues); the run goes on from this one
      q.speaker = { ...held.speaker };
      held = { ...held, site, attrEnd: site.close + 1, after: false };
    } else if (!chosen.speaker && own && q.speaker) {
      const after = site.cues.find((c) => c.side === 'after');
      held = {
        site,
        speaker: q.speaker,
        attrEnd: after ? Math.max(after.clauseEnd, after.end) : site.close + 1,
        after: !!after,
        colon: own.side === 'before' && /:\s*$/.test(text.slice(own.end, site.open)),
      };
    } else held = null;
    if (chosen.speaker) {
      const after = site.cues.find((c) => c.side === 'after');
      prev = {
        site,
        key: chosen.key,
        speaker: chosen.speaker,
        attrEnd: after ? Math.max(after.clauseEnd, after.end) : site.close + 1,
      };
      if (chosen.speaker.personId) lastSpeaker = chosen.speaker.personId;
    }
  });
}

/**
 * The people of the story: those named only in credit lines ('Photograph: …', 'Reporting by …', a byline) made the
 * page and are left out, so they are never a speaker, nor whom a 'he' far down the article stands for.
 */
function storyOf(index: PersonIndex): PersonIndex {
  if (!index.people.some((p) => p.credit)) return index;
  return new PersonIndex(
    index.text,
    index.people.filter((p) => !p.credit),
    index.sentences,
  );
}

/** A quotation whose own attribution the ranker left unresolved (a speaker of unknown kind). */
interface Held {
  site: Site;
  speaker: NonNullable<Quote['speaker']>;
  /** End of that quotation's attribution after it (or its closing mark). */
  attrEnd: number;
  /** An attribution follows the quotation (`"…," she said.`). */
  after: boolean;
  /** The run was introduced by a colon (`She said: "…"`). */
  colon: boolean;
}

/**
 * Is `site` wholly a continuation of the held quotation: in the same paragraph with nothing but the held one's
 * attribution between them (`"…," she said. "…"`), or, in a run introduced by a colon, the held one ends its
 * paragraph and this one opens the next (`She said: "…" ⏎ "…"`)? Two quotations with nothing between them, or
 * a new paragraph after a quotation not introduced by a colon, are turns of a dialogue as often.
 */
function continues(text: string, held: Held, site: Site): boolean {
  if (!JOINED_SPEECH.test(text.slice(held.attrEnd, site.open))) return false;
  if (site.para === held.site.para) return held.after;
  return held.colon && held.site.endsPara && site.opensPara;
}

/** An interview answer (quotes.ts): `answerer` is the span of the words naming who answers, where the text says. */
type Answer = Quote & { form?: 'qa'; answerer?: Span | null };

/** The speaker of an interview answer: the person named by its answerer span, or that name as written. */
function answerer(doc: Doc, q: Answer): Quote['speaker'] {
  const a = q.answerer;
  if (!a) return null;
  const m = doc.index.within(a.start, a.end)[0];
  if (m) return { kind: 'person', personId: m.person.id, name: m.person.name, start: a.start, end: a.end };
  const name = doc.text.slice(a.start, a.end).trim();
  if (!name) return null;
  const who = doc.index.people.find((p) => p.name.split(/\s+/).includes(name));
  if (who) return { kind: 'person', personId: who.id, name: who.name, start: a.start, end: a.end };
  // "one of the owners of a New York City bar": an unnamed speaker; "the magazine": an institution
  const cls = classifyPhrase(doc.text, a.start, a.end).cls;
  const kind =
    cls === 'org' || cls === 'document' ? 'organization' : /^(?:name|capitalized)$/.test(cls) ? 'person' : 'unnamed';
  return { kind, personId: null, name, start: a.start, end: a.end };
}

function cueOf(c: Candidate): string | null {
  for (const ev of c.evidence) if ('cue' in ev) return ev.cue.cue;
  return null;
}

/**
 * The subject of a cue right next to the marks (`"…," said X`, `X said: "…"`, `"…," she said` with a referent of
 * her gender, "the bank chief said" with one person of that role, "the pop star said" with one person named before
 * it, a person named in a sentence ending with a colon just before the quotation): never abstained on.
 */
const namedAtMarks = (c: Candidate) =>
  c.evidence.some(
    (e) =>
      (e.type === 'cueMention' ||
        e.type === 'cuePhrase' ||
        e.type === 'surnameMatch' ||
        (e.type === 'roleMatch' && e.n === 1) ||
        (e.type === 'pronoun' &&
          // a referent of the pronoun's gender named within a few sentences, or the one speaking (a referent far back,
          // past people the text may name without the people finder listing them, is the ranker's guess)
          ((e.gender === 'match' && (e.sentDist <= 3 || e.lastSpeaker || e.paraTopic)) ||
            // a name the text gives no gender: the last person quoted, when they were the subject just before
            (e.gender === 'unknown' && e.lastSpeaker && e.subject && e.sentDist <= 1) ||
            // "…," the pop star said: a description of the one person the text has named before
            (e.pronoun === 'the' && e.named === 1 && e.rank === 1)))) &&
      // the next quotation's cue counts when nothing but marks separates the two (one speech)
      (e.route === 'own' || e.cue.side === 'after') &&
      e.cue.attached &&
      // `X told reporters: ¶ "…"`: the sentence before ends with a colon introducing the quotation (a person named)
      (e.cue.side !== 'prevSentence' || (e.type === 'cueMention' && personHead(e))),
  );

/**
 * The subject of a plain speech verb in the quotation's own sentence, before or after it (`"…," the CDC says on its
 * site`, `the company claims it has spent "…"`, `according to the department`): the text names who speaks, so it
 * is given even when the ranker is not sure (checked on each corpus with a model trained on the others).
 */
/** A person named as the head of a cue's phrase (not "a spokesman for Roe", not "Roe's campaign"). */
const personHead = (e: Evidence) =>
  e.type === 'cueMention' && !e.orgAfter && e.phrase !== 'unnamed' && e.phrase !== 'org';

const namedInSentence = (c: Candidate) =>
  c.evidence.some((e) => {
    if (!(e.type === 'cueMention' || e.type === 'cuePhrase' || e.type === 'surnameMatch') || e.route !== 'own')
      return false;
    const verb = (e.cue.cue ?? '').toLowerCase();
    // `North defined the institutions as the "…"`, `Roe promised "a new era"`: a person, subject of the quotation's clause
    // `One survey respondent identified "…"`, `another pointed to the "…"`: an unnamed speaker likewise
    const someone = e.type === 'cuePhrase' && e.cls === 'unnamed' && e.indefinite;
    if (e.cue.side === 'subject') return personHead(e) || someone;
    if (e.cue.side !== 'after' && e.cue.side !== 'before') return false;
    return (
      PLAIN_CUES.has(verb) ||
      verb === 'according to' ||
      verb === 'put it' ||
      // another language's speech verb or 'according to' (`«…», a déclaré Jean Dupont`, `selon le ministère`)
      otherCueKind(verb) !== null ||
      // `Sunak defended the record: "…"`: a person named as the subject of the sentence a colon ends
      // `Roe described the plan as "…"`: a person named as the subject of a verb that frames the words
      ((verb === ':' || FRAME_CUES.has(verb)) && (personHead(e) || someone))
    );
  });

/**
 * The previous quotation's speaker, when nothing but that quotation's attribution separates the two in one
 * paragraph and this one has no cue of its own (`"…," Roe said. "…"`): one speech, never abstained on.
 */
const continuedSpeech = (c: Candidate) =>
  c.evidence.some((e) => e.type === 'continuation' && e.onlyAttribution && e.paraDist === 0 && !e.ownCue);

/** Which rule gives candidate `c` whatever the ranker's confidence, or null. */
export function givenBy(c: Candidate): 'marks' | 'sentence' | 'continued' | null {
  if (namedAtMarks(c)) return 'marks';
  if (namedInSentence(c)) return 'sentence';
  if (continuedSpeech(c)) return 'continued';
  return null;
}

/** The ranker's choice for one quotation: the best candidate, or nobody when it is not clearly ahead. */
export function decide(step: Step, model: SpeakerModel): number {
  const scores = step.features.map((f) => score(model.weights, f));
  const best = argmax(scores);
  const best0 = step.candidates[best];
  const head = chainHeadOf(step);
  if (head >= 0) return head;
  const adds = addsLastSpeakerOf(step);
  if (adds >= 0) return adds;
  if (step.otherLanguage && !(best0.speaker && givenBy(best0))) {
    // in another language the ranker (trained on English news) is not sure of cues it never saw: a speaker the text
    // names for the quotation (`«…» par la catastrophe, selon le ministère.`) is taken over nobody
    const named = step.candidates.map((c, k) => (c.speaker && givenBy(c) ? k : -1)).filter((k) => k >= 0);
    if (named.length) return named.reduce((a, k) => (scores[k] > scores[a] ? k : a));
  }
  if (!best0.speaker || givenBy(best0)) return best;
  // in a document whose quotations the cue parsers cannot read, a name nearby is only a guess
  // in another language (the ranker is trained on English news), likewise: `"…" hodnotí … Evening Standard` (a verb
  // the lists lack) is not the speaker of the quotation three paragraphs before
  if (
    (step.uncuedDoc || step.otherLanguage) &&
    best0.evidence.every((e) => e.type === 'window' || e.type === 'continuation')
  )
    return step.candidates.findIndex((c) => !c.speaker);
  if (sureOf(step, scores, best) >= model.abstainBelow) return best;
  return step.candidates.findIndex((c) => !c.speaker);
}

/**
 * `"…," he says` at the end of a chain of sentences opening with 'he' (chain.ts): the chain's head says the words,
 * not the last man named inside the chain, unless the quotation's own cue names someone.
 */
function chainHeadOf(step: Step): number {
  const own = (e: Evidence) => 'cue' in e && e.route === 'own' && e.cue.attached;
  const named = (e: Evidence) =>
    (e.type === 'cueMention' || e.type === 'cuePhrase' || e.type === 'surnameMatch') && own(e);
  if (step.candidates.some((c) => c.evidence.some(named))) return -1;
  return step.candidates.findIndex((c) =>
    c.evidence.some((e) => e.type === 'pronoun' && e.chain === 'head' && e.gender !== 'mismatch' && own(e)),
  );
}

/**
 * `"…," he added` where no cue of the quotation names anyone: the one who was speaking goes on (the pronoun agrees
 * with the last person quoted), not one named in between ('John Smith declined to comment.'; the subject of the
 * sentence before is a candidate, no cue).
 */
function addsLastSpeakerOf(step: Step): number {
  const named = (e: Evidence) =>
    (e.type === 'cueMention' || e.type === 'cuePhrase' || e.type === 'surnameMatch') &&
    e.route === 'own' &&
    e.cue.side !== 'prevSubject';
  if (step.candidates.some((c) => c.evidence.some(named))) return -1;
  return step.candidates.findIndex((c) =>
    c.evidence.some(
      (e) =>
        e.type === 'pronoun' &&
        e.lastSpeaker &&
        e.gender === 'match' &&
        e.route === 'own' &&
        e.cue.attached &&
        ADDS.test(e.cue.cue ?? ''),
    ),
  );
}

/** The probability that the speaker of candidate `best` speaks (its readings of the same words pooled). */
export function sureOf(step: Step, scores: readonly number[], best: number): number {
  // readings of the same words ("Uber" as a person or an institution) are one speaker for abstaining
  const b = step.candidates[best].speaker!;
  let p = 0;
  step.candidates.forEach((c, k) => {
    const s = c.speaker;
    if (s && (k === best || (!s.personId && !b.personId && s.start < b.end && b.start < s.end)))
      p += probability(scores, k);
  });
  return p;
}

/** Sets the speaker and cue of each quotation with the shipped model (or `model`). */
export function attributeSpeakers(
  text: string,
  quotes: Quote[],
  sentences: Span[],
  index: PersonIndex,
  model: SpeakerModel = SPEAKER_MODEL,
): void {
  walkQuotes(text, quotes, sentences, index, (_i, step) => decide(step, model));
  headlineEchoSpeakers(text, quotes, index);
}
