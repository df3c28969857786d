// In a document none of whose quotations has an attribution the cue parsers read (a page in another language,
// a transcript), a person named nearby is only a guess and is not given (utils/nlp/speakers/rank.ts `decide`).
import { describe, expect, it } from 'vitest';
import type { Candidate, Evidence } from '../../../utils/nlp/speakers/candidates';
import type { Site } from '../../../utils/nlp/speakers/context';
import { decide, type Step } from '../../../utils/nlp/speakers/rank';

const nearby: Evidence = {
  type: 'window',
  dir: 'before',
  where: 'sentence',
  rank: 1,
  subject: true,
  cueNext: false,
  cuePrev: false,
};
const none: Candidate = { key: 'none', speaker: null, evidence: [{ type: 'none', cues: [] }] };
const person: Candidate = {
  key: 'p:p1',
  speaker: { kind: 'person', personId: 'p1', name: 'Mira Holt', start: 0, end: 9 },
  evidence: [nearby],
};
// the person is far ahead of nobody (probability ~0.95)
const model = { weights: new Map([['a', 3]]), abstainBelow: 0.6 };
const step = (uncuedDoc: boolean): Step => ({
  site: { cues: [] } as unknown as Site,
  candidates: [none, person],
  features: [['none'], ['a']],
  uncuedDoc,
});

describe('a document with no readable attribution', () => {
  it('gives no speaker found only by the names nearby', () => {
    expect(decide(step(true), model)).toBe(0);
  });

  it('gives it where the document has attributions elsewhere', () => {
    expect(decide(step(false), model)).toBe(1);
  });
});
