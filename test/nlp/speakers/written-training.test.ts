// The written passages the speaker ranker trains on besides dev (test/fixtures/speakers-written, read by
// scripts/train-speakers.ts): well-formed labels, and only the parts the work was chosen on (ids not divisible by 3;
// the check parts stay out). And the estimating verbs ("estimates", "reckons") that the written passages showed
// attribute a quotation as "said" does (utils/nlp/data/speaker-cues.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { Doc, siteOf } from '../../../utils/nlp/speakers/context';
import type { Quote } from '../../../utils/nlp/types';

const DIR = join(__dirname, '..', '..', 'fixtures', 'speakers-written');

describe('written training passages', () => {
  it.each(['s15-short.json', 's16-long.json', 's17-long.json', 's20-long.json'])('%s', (file) => {
    const { passages } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
      passages: { id: number; text: string; labels: [string, string][] }[];
    };
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      expect(p.id % 3).not.toBe(0);
      for (const [start, speaker] of p.labels) {
        expect(p.text.replace(/\s+/g, ' ')).toContain(start);
        for (const alt of speaker.split('|')) expect(alt).toMatch(/^(?:-|=?\S.*)$/);
      }
    }
  });
});

/** Side and cue word of the quotation's first attributing phrase ('subject' is a clause subject, no speech verb). */
function cueOf(text: string): string | null {
  const sentences = splitSentences(text);
  const doc = new Doc(text, sentences, new PersonIndex(text, [], sentences));
  const open = text.indexOf('"');
  const end = text.indexOf('"', open + 1);
  const q: Quote = { start: open + 1, end, text: text.slice(open + 1, end), speaker: null, cue: null };
  const c = siteOf(doc, q, -1).cues[0];
  return c ? `${c.side}: ${c.cue}` : null;
}

describe('an estimating verb attributes the quotation', () => {
  it.each([
    [
      'The International Monetary Fund estimates that the drought has cost "at least 2 percent of output."',
      'before: estimates',
    ],
    [
      'The Office for Budget Responsibility estimated that the measures would raise "about £4bn a year".',
      'before: estimated',
    ],
    ['Mr Carney reckons the pound is "fairly valued".', 'before: reckons'],
  ])('%s', (text, expected) => {
    expect(cueOf(text)).toBe(expected);
  });
});
