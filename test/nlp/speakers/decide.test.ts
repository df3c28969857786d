// When the ranker gives a speaker and when it abstains (utils/nlp/speakers/rank.ts `decide`), with a model
// of hand-set weights so the probabilities are known.
import { describe, expect, it } from 'vitest';
import type { Candidate, Evidence } from '../../../utils/nlp/speakers/candidates';
import type { Cue, Site } from '../../../utils/nlp/speakers/context';
import { decide, type Step } from '../../../utils/nlp/speakers/rank';
import type { Speaker } from '../../../utils/nlp/types';

const text = 'Uber, which faced criticism in several cities this year, tweeted on Sunday that "we are concerned."';
const span = { start: 0, end: 4 };
const who = (kind: Speaker['kind'], personId: string | null = null, s = span): Speaker => ({
  kind,
  personId,
  name: text.slice(s.start, s.end),
  ...s,
});

/** A step of three candidates: nobody, and two speakers with the features `a` and `b`. */
function step(a: Candidate, b: Candidate): Step {
  const none: Candidate = { key: 'none', speaker: null, evidence: [{ type: 'none', cues: [] }] };
  const site = { cues: [] } as unknown as Site;
  return { site, candidates: [none, a, b], features: [['none'], ['a'], ['b']] };
}

// nobody 0.2, each speaker 0.4: neither alone reaches the threshold, the two together do
const model = {
  weights: new Map([
    ['none', 0],
    ['a', Math.log(2)],
    ['b', Math.log(2) - 1e-9],
  ]),
  abstainBelow: 0.6,
};
const plain: Evidence = { type: 'none', cues: [] };

describe('decide', () => {
  it('counts two readings of the same words (“Uber” as a person or an institution) as one speaker', () => {
    const s = step(
      { key: 'n:uber', speaker: who('person'), evidence: [plain] },
      { key: 'x:uber', speaker: who('organization'), evidence: [plain] },
    );
    expect(decide(s, model)).toBe(1);
  });

  it('abstains when two different people share the probability', () => {
    const s = step(
      { key: 'p:p1', speaker: who('person', 'p1'), evidence: [plain] },
      { key: 'p:p2', speaker: who('person', 'p2', { start: 60, end: 67 }), evidence: [plain] },
    );
    expect(decide(s, model)).toBe(0);
  });

  /** An institution phrase, subject of `verb` on `side` of the quotation, away from its marks. */
  const phrase = (verb: string, side: Cue['side']): Evidence => ({
    type: 'cuePhrase',
    route: 'own',
    cue: { start: 0, end: 4, cue: verb, clauseEnd: 60, side, inverted: false, attached: false },
    cls: 'capitalized',
    indefinite: false,
    length: 1,
    verbish: false,
  });
  const rival: Candidate = { key: 'p:p2', speaker: who('person', 'p2', { start: 60, end: 67 }), evidence: [plain] };

  it('gives the subject of a plain speech verb in the quotation’s sentence even when it is not clearly ahead', () => {
    for (const verb of ['tweeted', 'says', 'according to']) {
      const s = step({ key: 'x:uber', speaker: who('organization'), evidence: [phrase(verb, 'before')] }, rival);
      expect(decide(s, model)).toBe(1);
    }
  });

  it('gives the subject of other finite speech verbs (“replied”, “confirmed”) as it gives that of “said”', () => {
    for (const verb of ['replied', 'confirmed', 'responded']) {
      const s = step({ key: 'x:uber', speaker: who('organization'), evidence: [phrase(verb, 'after')] }, rival);
      expect(decide(s, model)).toBe(1);
    }
  });

  /** A person named in the phrase of a cue before the quotation. */
  const mention = (verb: string, phraseClass: 'name' | 'unnamed', side: Cue['side'] = 'before'): Evidence => ({
    type: 'cueMention',
    route: 'own',
    cue: { start: 0, end: 4, cue: verb, clauseEnd: 60, side, inverted: false, attached: false },
    last: true,
    phrase: phraseClass,
    orgAfter: false,
  });

  it('gives a person named as the subject of a sentence that a colon ends (`Roe defended the plan: “…”`)', () => {
    const s = step({ key: 'p:p1', speaker: who('person', 'p1'), evidence: [mention(':', 'name')] }, rival);
    expect(decide(s, model)).toBe(1);
  });

  it('gives a person named as the subject of a verb that frames the words (`Roe described it as “…”`)', () => {
    const s = step({ key: 'p:p1', speaker: who('person', 'p1'), evidence: [mention('described', 'name')] }, rival);
    expect(decide(s, model)).toBe(1);
  });

  it('gives a person named as the subject of the quotation’s clause, whatever its verb (`Roe promised “…”`)', () => {
    const named = mention('promised', 'name', 'subject');
    expect(decide(step({ key: 'p:p1', speaker: who('person', 'p1'), evidence: [named] }, rival), model)).toBe(1);
    const unnamed = mention('promised', 'unnamed', 'subject');
    expect(decide(step({ key: 'p:p1', speaker: who('person', 'p1'), evidence: [unnamed] }, rival), model)).toBe(0);
  });

  it('gives an indefinite unnamed subject of the quotation’s clause (`One respondent named “…”`), not a definite one', () => {
    const unnamed = (indefinite: boolean): Evidence => ({
      type: 'cuePhrase',
      route: 'own',
      cue: { start: 0, end: 4, cue: 'named', clauseEnd: 60, side: 'subject', inverted: false, attached: false },
      cls: 'unnamed',
      indefinite,
      length: 2,
      verbish: false,
    });
    const one = step({ key: 'x:one respondent', speaker: who('unnamed'), evidence: [unnamed(true)] }, rival);
    expect(decide(one, model)).toBe(1);
    const the = step({ key: 'x:the respondents', speaker: who('unnamed'), evidence: [unnamed(false)] }, rival);
    expect(decide(the, model)).toBe(0);
  });

  it('still abstains on a name inside an unnamed phrase before a colon (`a spokesman for Roe:`)', () => {
    const s = step({ key: 'p:p1', speaker: who('person', 'p1'), evidence: [mention(':', 'unnamed')] }, rival);
    expect(decide(s, model)).toBe(0);
  });

  it('still abstains on the subject of a weaker verb, or of a clause in the sentence before', () => {
    const framed = step(
      { key: 'x:uber', speaker: who('organization'), evidence: [phrase('described', 'before')] },
      rival,
    );
    expect(decide(framed, model)).toBe(0);
    const earlier = step(
      { key: 'x:uber', speaker: who('organization'), evidence: [phrase('said', 'prevSentence')] },
      rival,
    );
    expect(decide(earlier, model)).toBe(0);
  });

  /** The previous quotation's speaker, with how this quotation follows it. */
  const continued = (onlyAttribution: boolean, paraDist: number, ownCue: boolean): Candidate => ({
    key: 'p:p1',
    speaker: who('person', 'p1'),
    evidence: [
      {
        type: 'continuation',
        onlyAttribution,
        sameSentence: false,
        paraDist,
        ownCue,
        ownPhrase: 'none',
        opensPara: false,
        prevEndsPara: false,
      },
    ],
  });

  it('gives the previous speaker to a quotation that follows nothing but that speaker’s attribution', () => {
    expect(decide(step(continued(true, 0, false), rival), model)).toBe(1);
  });

  it('still abstains on the previous speaker after other words, across paragraphs, or against an own cue', () => {
    expect(decide(step(continued(false, 0, false), rival), model)).toBe(0);
    expect(decide(step(continued(true, 1, false), rival), model)).toBe(0);
    expect(decide(step(continued(true, 0, true), rival), model)).toBe(0);
  });

  /** "he said" at the marks, resolved to a person whose gender the text does not give. */
  const pronoun = (lastSpeaker: boolean, subject: boolean, sentDist: number): Candidate => ({
    key: 'p:p1',
    speaker: who('person', 'p1'),
    evidence: [
      {
        type: 'pronoun',
        route: 'own',
        cue: { start: 0, end: 2, cue: 'said', clauseEnd: 60, side: 'after', inverted: false, attached: true },
        pronoun: 'he',
        gender: 'unknown',
        rank: 1,
        subject,
        paraDist: 1,
        sentDist,
        prevSentNamed: true,
        lastSpeaker,
        paraTopic: false,
        named: 2,
      },
    ],
  });

  it('gives "he said" at the marks to the last person quoted, the subject just before, whatever the gender', () => {
    expect(decide(step(pronoun(true, true, 1), rival), model)).toBe(1);
  });

  it('still abstains on "he said" for someone of unknown gender who was not quoted last or named further back', () => {
    expect(decide(step(pronoun(false, true, 1), rival), model)).toBe(0);
    expect(decide(step(pronoun(true, true, 3), rival), model)).toBe(0);
  });
});
