// What keeps the speaker model the script trains (scripts/train-speakers.ts) as good as the shipped one after the
// session-20 shapes: a role phrase that was the subject of the sentence before gets features of its own, not those of
// an attribution (features.ts); a 'that' clause the sentence's speech verb reports continues its speaker as a pronoun
// would (features.ts, Site.reported); `"…," he added` goes on with the last speaker when no cue names anyone (rank.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import type { Candidate } from '../../../utils/nlp/speakers/candidates';
import type { Cue, Site } from '../../../utils/nlp/speakers/context';
import { featuresOf } from '../../../utils/nlp/speakers/features';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

const site = (reported: boolean) =>
  ({ cues: [], words: 8, opensPara: false, endsPara: false, reported }) as unknown as Site;

const phrase = (side: Cue['side'], verb: string): Candidate => ({
  key: 'x:the grandfather',
  speaker: { kind: 'unnamed', personId: null, name: 'The grandfather', start: 0, end: 15 },
  evidence: [
    {
      type: 'cuePhrase',
      route: 'own',
      cue: { start: 0, end: 15, cue: verb, clauseEnd: 30, side, inverted: false, attached: false } as Cue,
      cls: 'role',
      indefinite: false,
      length: 2,
      verbish: false,
    },
  ],
});

const continued: Candidate = {
  key: 'p:p1',
  speaker: { kind: 'person', personId: 'p1', name: 'Gregory Lin', start: 0, end: 11 },
  evidence: [
    {
      type: 'continuation',
      onlyAttribution: false,
      sameSentence: true,
      paraDist: 0,
      ownCue: false,
      ownPhrase: 'none',
      opensPara: false,
      prevEndsPara: false,
    },
  ],
};

describe('features of the session-20 shapes', () => {
  it.each([
    // 'The boy\'s grandfather, who raised him, wept in court. "…," he said': no attribution's verb or distance
    ['prevSubject', ['phrase:own:prevSubject:verb=other'], ['phrase:verb=other', 'phrase:own:far']],
    ['subject', ['phrase:verb=other', 'phrase:own:far'], ['phrase:own:subject:verb=other']],
  ] as const)('a phrase from a %s cue', (side, has, lacks) => {
    const fs = featuresOf(phrase(side, 'wept'), site(false));
    for (const f of has) expect(fs).toContain(f);
    for (const f of lacks) expect(fs).not.toContain(f);
  });

  it.each([
    [true, ['cont:reported', 'cont:own=true', 'cont:ownPhrase=pronoun']],
    [false, ['cont:own=false', 'cont:ownPhrase=none']],
  ])('a continuation, reported by the sentence verb: %s', (reported, has) => {
    const fs = featuresOf(continued, site(reported));
    for (const f of has) expect(fs).toContain(f);
    if (!reported) expect(fs).not.toContain('cont:reported');
  });
});

describe('"he added" after a sentence naming someone who does not speak', () => {
  it.each([
    [
      '"We will appeal," said Robert Jones. John Smith declined to comment. The ruling came late on Friday. ' +
        '"The fight is not over," he added.',
      ['Robert Jones', 'Robert Jones'],
    ],
    [
      '"The budget is balanced," said Maria Lopez. Susan Hill, the opposition leader, was not in the chamber. ' +
        '"Every figure has been checked," she added.',
      ['Maria Lopez', 'Maria Lopez'],
    ],
    // a cue of the quotation's own naming someone else still wins
    [
      '"We will appeal," said Robert Jones. "It is a fair ruling," John Smith said. "We accept it," he added.',
      ['Robert Jones', 'John Smith', 'John Smith'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
