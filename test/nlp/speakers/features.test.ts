// The feature names of a candidate speaker (utils/nlp/speakers/features.ts): which of them a phrase after a
// cue verb gets, by the kind of verb.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../utils/nlp/speakers/candidates';
import type { Cue, Site } from '../../../utils/nlp/speakers/context';
import { featuresOf } from '../../../utils/nlp/speakers/features';

const site = { cues: [], words: 8, opensPara: false, endsPara: false } as unknown as Site;

/** The verb feature of an institution named as the subject of `verb`. */
function verbFeature(verb: string): string | undefined {
  const cue = { start: 0, end: 7, cue: verb, clauseEnd: 20, side: 'before', inverted: false, attached: false } as Cue;
  const c: Candidate = {
    key: 'x:the cdc',
    speaker: { kind: 'organization', personId: null, name: 'the CDC', start: 0, end: 7 },
    evidence: [{ type: 'cuePhrase', route: 'own', cue, cls: 'org', indefinite: false, length: 2, verbish: false }],
  };
  return featuresOf(c, site).find((f) => f.startsWith('phrase:verb='));
}

describe('featuresOf', () => {
  it('tells a speech verb from a verb that names or labels what is quoted', () => {
    expect(verbFeature('said')).toBe('phrase:verb=say');
    expect(verbFeature('noted')).toBe('phrase:verb=speech');
    expect(verbFeature('claims')).toBe('phrase:verb=speech');
    expect(verbFeature('called')).toBe('phrase:verb=frame');
    expect(verbFeature('described')).toBe('phrase:verb=frame');
    expect(verbFeature('according to')).toBe('phrase:verb=according');
    // the verb of a clause that is no speech verb ("The price is …")
    expect(verbFeature('is')).toBe('phrase:verb=other');
  });

  it('gives a person named near the quotation no feature of the word after the name', () => {
    const c: Candidate = {
      key: 'p:p1',
      speaker: { kind: 'person', personId: 'p1', name: 'Jane Roe', start: 0, end: 8 },
      evidence: [
        { type: 'window', dir: 'before', where: 'sentence', rank: 1, subject: true, cueNext: true, cuePrev: false },
      ],
    };
    const fs = featuresOf(c, site);
    expect(fs).toContain('win:subject:before:sentence');
    expect(fs.some((f) => f.includes(':next='))).toBe(false);
  });
});
