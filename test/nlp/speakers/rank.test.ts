// The speaker ranker with the shipped weights, on short texts: quotation spans from findQuotes, people
// made by hand, speakers set by attributeSpeakers.
import { describe, expect, it } from 'vitest';
import { PersonIndex } from '../../../utils/nlp/coref';
import { findQuotes } from '../../../utils/nlp/quotes';
import { splitSentences } from '../../../utils/nlp/sentences';
import { attributeSpeakers } from '../../../utils/nlp/speakers/rank';
import type { Person, Quote } from '../../../utils/nlp/types';

/** People whose mentions are every occurrence of the full name and of the surname. */
function people(text: string, names: string[]): Person[] {
  return names.map((name, i) => {
    const surname = name.split(' ').at(-1)!;
    const mentions: { start: number; end: number }[] = [];
    const taken = new Set<number>();
    for (const form of [name, surname]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (taken.has(at)) continue;
        for (let k = at; k < at + form.length; k++) taken.add(k);
        mentions.push({ start: at, end: at + form.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i + 1}`, name, aliases: [], descriptors: [], mentions };
  });
}

function speakers(text: string, names: string[] = []): Quote[] {
  const sentences = splitSentences(text);
  const ps = people(text, names);
  const quotes = findQuotes(text, sentences, ps);
  attributeSpeakers(text, quotes, sentences, new PersonIndex(text, ps, sentences));
  return quotes;
}

const nameOf = (q: Quote) => q.speaker?.name ?? null;

describe('attributeSpeakers', () => {
  it('takes the name after the quotation ("…," said X)', () => {
    const qs = speakers('"We will rebuild the bridge before the winter comes," said Jane Roe, the mayor.', [
      'Jane Roe',
    ]);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toMatchObject({ kind: 'person', personId: 'p1', name: 'Jane Roe' });
  });

  it('takes the subject of the cue before the quotation (X said: "…")', () => {
    const text =
      'The council met on Monday. John Smith said: "The plan is sound and we will build it this year." ' +
      'Mary Jones was not there.';
    const qs = speakers(text, ['John Smith', 'Mary Jones']);
    expect(nameOf(qs[0])).toBe('John Smith');
  });

  it('resolves a pronoun across a paragraph to the last named speaker of the same gender', () => {
    const text =
      'Mary Jones, the mayor, met Tom Brown on Monday. "We are ready for the storm," Jones said.\n\n' +
      'Brown left the meeting early to visit the harbour.\n\n' +
      '"It will be a long night for everyone in this town," she said.';
    const qs = speakers(text, ['Mary Jones', 'Tom Brown']);
    expect(qs.map(nameOf)).toEqual(['Mary Jones', 'Mary Jones']);
  });

  it('gives an organization speaker for "the statement said"', () => {
    const text =
      'The factory will close in March. "The company remains committed to all of its workers," the statement said.';
    const qs = speakers(text);
    expect(qs[0].speaker?.kind).toBe('organization');
    expect(qs[0].speaker?.name).toMatch(/statement/);
  });

  it('gives an unnamed speaker for "a spokesman said"', () => {
    const text = 'The talks ended late. "No agreement was reached tonight, but talks will go on," a spokesman said.';
    const qs = speakers(text);
    expect(qs[0].speaker?.kind).toBe('unnamed');
    expect(qs[0].speaker?.name).toMatch(/spokesman/);
  });

  it('abstains when nothing attributes the quotation and nobody is named', () => {
    const text = 'The town was quiet that week.\n\n"This is the end of an era for the town and for all its people."';
    const qs = speakers(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBeNull();
  });

  it('keeps the speaker of a quotation interrupted by its attribution ("…," he said. "…")', () => {
    const text =
      'Tom Brown runs the ferry.\n\n"The first part of the work is done," he said. "The second part starts tomorrow morning."';
    const qs = speakers(text, ['Tom Brown']);
    expect(qs).toHaveLength(2);
    expect(qs.map(nameOf)).toEqual(['Tom Brown', 'Tom Brown']);
  });

  it('never takes a person named in the pronoun’s own clause as its referent ("He described Montalvo as …")', () => {
    const text =
      'Daniel Montalvo turned himself in to the police on Monday, and Mark Rathbun asked for donations to help ' +
      'Montalvo. He described Montalvo as a young man "facing the penitentiary for leaving the church."';
    expect(speakers(text, ['Mark Rathbun', 'Daniel Montalvo']).map(nameOf)).toEqual(['Mark Rathbun']);
  });

  it('leaves the only other referent when the nearest one is named after the cue verb', () => {
    const text =
      'Matthew Ingram of The Globe and Mail wrote about the dispute over the Tom Cruise video. He characterized ' +
      'the conflict over the Cruise video as "another small skirmish in a long war."';
    expect(speakers(text, ['Matthew Ingram', 'Tom Cruise']).map(nameOf)).toEqual(['Matthew Ingram']);
  });

  it('gives no clause as a speaker ("a woman who took diet pills bought online has described …")', () => {
    const text =
      'The mother of a woman who took suspected diet pills bought online has described how her daughter was ' +
      '"literally burning up from within" before her death.';
    const qs = speakers(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker?.name ?? '').not.toMatch(/took|pills/);
  });

  it('ends a passive’s agent with its sentence, not in the next paragraph', () => {
    const text =
      'The stranding of the whales was described as "heartbreaking" by the conservation department.\n\n\n' +
      'But for Robert Parata, it was more than that.';
    const qs = speakers(text, ['Robert Parata']);
    expect(qs[0].speaker).toMatchObject({ kind: 'organization', name: 'the conservation department' });
  });

  it('takes the name after a role in an inverted attribution, not the previous speaker ("said the economist at X, Y")', () => {
    const text =
      '"Prices will fall before the summer," said Anna Berg of Nordbank. ' +
      '"Buyers are nervous and sellers are waiting," said the chief economist at Kestrel Capital, Omar Haddad.';
    const qs = speakers(text, ['Anna Berg', 'Omar Haddad']);
    expect(qs.map(nameOf)).toEqual(['Anna Berg', 'Omar Haddad']);
  });

  it('gives the second part of an interrupted quotation the name after its inverted cue', () => {
    const text =
      'The talks ended late. "We have a deal on the tariffs," said trade minister Lena Vogt, ' +
      '"and the rest will follow next week."';
    const qs = speakers(text, ['Lena Vogt']);
    expect(qs.map(nameOf)).toEqual(['Lena Vogt', 'Lena Vogt']);
  });

  it('resolves "the mayor said" to the one mayor of the text, not to the phrase', () => {
    const text =
      'John Brown, the mayor, met residents on Monday. Jane Smith, a council member, was there too.\n\n' +
      '"We will fix the roads before the winter comes," the mayor said.';
    const sentences = splitSentences(text);
    const ps = people(text, ['John Brown', 'Jane Smith']);
    ps[0].descriptors = ['the mayor'];
    ps[1].descriptors = ['a council member'];
    const quotes = findQuotes(text, sentences, ps);
    attributeSpeakers(text, quotes, sentences, new PersonIndex(text, ps, sentences));
    expect(quotes[0].speaker).toMatchObject({ kind: 'person', personId: 'p1', name: 'John Brown' });
  });

  it('resolves the roles of city and state assemblies to the one person of that title (“the alderman said”)', () => {
    const city =
      'Alderman Brendan Reilly opposed the tower on Tuesday. Mayor Ana Ruiz backed it. ' +
      '"This tower does not belong on the river," the alderman said.';
    expect(speakers(city, ['Brendan Reilly', 'Ana Ruiz']).map(nameOf)).toEqual(['Brendan Reilly']);
    const state =
      'Assemblywoman Maria Lopez voted against the budget, and Governor Tom Hale signed it. ' +
      '"We kept none of our promises," the assemblywoman said.';
    expect(speakers(state, ['Maria Lopez', 'Tom Hale']).map(nameOf)).toEqual(['Maria Lopez']);
  });
});
