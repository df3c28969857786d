// The candidate speakers of a quotation and their evidence (utils/nlp/speakers/candidates.ts), on sentences
// from news: which people a cue's phrase may name.
import { describe, expect, it } from 'vitest';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { candidatesOf } from '../../../utils/nlp/speakers/candidates';
import { Doc, siteOf } from '../../../utils/nlp/speakers/context';
import { personAt } from './_fixtures';
import type { Person, Quote } from '../../../utils/nlp/types';

const person = personAt;

/** The evidence types of each candidate of the last quotation of `text`, by candidate key. */
function evidence(text: string, people: Person[]): Record<string, string[]> {
  const sentences = splitSentences(text);
  const doc = new Doc(text, sentences, new PersonIndex(text, people, sentences));
  const open = text.lastIndexOf('"', text.lastIndexOf('"') - 1);
  const end = text.lastIndexOf('"');
  const q: Quote = { start: open + 1, end, text: text.slice(open + 1, end), speaker: null, cue: null };
  const site = siteOf(doc, q, -1);
  const out: Record<string, string[]> = {};
  for (const c of candidatesOf(doc, site, null, null, null)) out[c.key] = c.evidence.map((e) => e.type);
  return out;
}

describe('candidatesOf', () => {
  it('does not take a name in the apposition after the subject as the cue’s mention', () => {
    const text =
      'President George W. Bush, speaking at a press conference alongside Paulson, said "this is a pivotal moment."';
    const ev = evidence(text, [
      person(text, 'p1', 'George W. Bush', ['George W. Bush']),
      person(text, 'p2', 'Henry Paulson', ['Paulson']),
    ]);
    expect(ev['p:p1']).toContain('cueMention');
    expect(ev['p:p2'] ?? []).not.toContain('cueMention');
  });

  it('takes the person named in the phrase, not the one whose spokeswoman they are (“Harris’s spokeswoman, Kirsten Allen”)', () => {
    const text = '"We stand with Ukraine," Harris\'s spokeswoman, Kirsten Allen, said.';
    const ev = evidence(text, [
      person(text, 'p1', 'Kamala Harris', ['Harris']),
      person(text, 'p2', 'Kirsten Allen', ['Kirsten Allen']),
    ]);
    expect(ev['p:p2']).toContain('cueMention');
    expect(ev['p:p1'] ?? []).not.toContain('cueMention');
  });

  it('reads a bare description (“the England striker said”) as someone named before, not an unnamed speaker', () => {
    const text =
      'Marcus Rashford missed a penalty.\n\nThe crowd cheered.\n\n"This is only the beginning," the England striker said.';
    const ev = evidence(text, [person(text, 'p1', 'Marcus Rashford', ['Marcus Rashford'])]);
    expect(ev['p:p1']).toContain('pronoun');
    expect(ev).not.toHaveProperty(['x:the england striker']);
  });

  it('keeps “the official said” an unnamed source that competes with the people named before', () => {
    const text = 'Marcus Rashford missed a penalty.\n\n"This is only the beginning," the official said.';
    const ev = evidence(text, [person(text, 'p1', 'Marcus Rashford', ['Marcus Rashford'])]);
    expect(ev['x:the official']).toEqual(['cuePhrase']);
  });

  it('leaves out of a pronoun’s referents the people named in its own clause', () => {
    const text = 'Rathbun asked for donations to help Montalvo. He described Montalvo as "facing the penitentiary."';
    const ev = evidence(text, [
      person(text, 'p1', 'Mark Rathbun', ['Rathbun']),
      person(text, 'p2', 'Daniel Montalvo', ['Montalvo']),
    ]);
    expect(ev['p:p1']).toContain('pronoun');
    expect(ev['p:p2'] ?? []).not.toContain('pronoun');
  });

  it('offers the people named before as referents of a role no one is described by ("the 54-year-old said")', () => {
    const text = 'Maria Gonzalez runs the shelter. "We are full every night," the 54-year-old said.';
    const ev = evidence(text, [person(text, 'p1', 'Maria Gonzalez', ['Maria Gonzalez'])]);
    expect(ev['p:p1']).toContain('pronoun');
    // a bare description of someone named before: not also an unnamed speaker
    expect(ev).not.toHaveProperty(['x:the 54-year-old']);
  });

  it('takes given names written before a person’s listed mention as that person', () => {
    const text = 'His son, Te Kaurinui Robert Parata, was called in. "It is a modern thing," says Te Kaurinui.';
    const ev = evidence(text, [person(text, 'p1', 'Robert Parata', ['Robert Parata'])]);
    expect(ev['p:p1']).toContain('surnameMatch');
  });

  it('offers the subject of the quotation’s clause when no speech verb attributes it', () => {
    const text =
      'One survey respondent identified "too many tools" as the biggest challenge, while another pointed to the "complexity of tools."';
    expect(evidence(text, [])).toHaveProperty(['x:another'], ['cuePhrase']);
  });

  it('does not take a name inside marks within the attributing phrase as its speaker', () => {
    const text =
      'Steve Jobs died on Wednesday. A statement on Apple\'s website, which displays the text \u201cSteve Jobs 1955-2011\u201d, states: "Apple has lost a visionary."';
    const ev = evidence(text, [person(text, 'p1', 'Steve Jobs', ['Steve Jobs'])]);
    expect(ev['p:p1'] ?? []).not.toContain('cueMention');
  });
});
