import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

/** Hand-made people: mentions are every occurrence of the full name and of the surname. */
function people(text: string, names: [string, string[]?][]): Person[] {
  return names.map(([name, descriptors = []], i) => {
    const surname = name.split(' ').at(-1)!;
    const mentions: { start: number; end: number }[] = [];
    const taken = new Set<number>();
    for (const form of [name, surname]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (taken.has(at) || /\p{L}/u.test(text[at + form.length] ?? '')) continue;
        for (let k = at; k < at + form.length; k++) taken.add(k);
        mentions.push({ start: at, end: at + form.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i + 1}`, name, aliases: [], descriptors, mentions };
  });
}

function quotes(text: string, names: [string, string[]?][] = []) {
  return findQuotes(text, splitSentences(text), people(text, names));
}

describe('findQuotes on the seed article', () => {
  const text = readFileSync(join(__dirname, '../fixtures/seed/sanders-campaign-letter-2018-12-30.txt'), 'utf8');
  const qs = quotes(text, [['Bernie Sanders'], ["Beto O'Rourke"], ['Donald Trump'], ['Michael Bloomberg']]);

  it('finds every quotation, and no scare quote', () => {
    expect(qs.map((q) => q.text.slice(0, 24))).toEqual([
      // the alumni's words, handed on by ", according to a new Politico report" (a partial quotation in the
      // v2 gold, labelled by reading)
      'sexual violence',
      'We the undersigned reque',
      'This letter is just a st',
      'We are addressing what h',
      'ongoing conversation on ',
      'incredibly important.',
      'We thank the signers of ',
      'We always welcome hearin',
      'Speaking generally, duri',
      'We share in the urgency ',
    ]);
  });

  it('puts start/end inside the quotation marks', () => {
    for (const q of qs) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text[q.start - 1]).toMatch(/["“]/);
      expect(text[q.end]).toMatch(/["”]/);
    }
  });

  it('gives each quotation its speaker kind and attributing span', () => {
    const got = qs.map((q) => [q.speaker?.kind, q.speaker && text.slice(q.speaker.start, q.speaker.end), q.cue]);
    expect(got).toEqual([
      // the alumni's partial quotation goes to the report that ends its sentence (their mention is two sentences of
      // page residue away; known wrong against the dev gold, which names the alumni)
      ['organization', 'a new Politico report', 'according to'],
      ['unnamed', 'the group of more than two dozen women and men', 'wrote'],
      ['unnamed', 'one of the organizers', 'told'],
      ['unnamed', 'one of the organizers', 'told'],
      // a document speaks for its authors as an organization does (as "the statement" below)
      ['organization', 'The letter', 'says'],
      // known regression: the ranker abstains on this far cue (the rules named the committee); no wrong person
      ['unknown', "Sanders's campaign committee, Friends of Bernie Sanders", null],
      ['organization', 'the committee', 'said'],
      ['organization', 'the committee', 'said'],
      ['organization', 'the statement', 'adds'],
      ['organization', 'the statement', 'adds'],
    ]);
  });
});

describe('findQuotes: speakers', () => {
  it('resolves "he" to the subject of the previous sentence when two men were named', () => {
    const text =
      'Robert Jones met John Smith at the club on Monday. Smith criticized the merger plan in a long speech. ' +
      'He said: "It will fail within a year."';
    const [q] = quotes(text, [['Robert Jones'], ['John Smith']]);
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p2', name: 'John Smith' });
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('He');
  });

  it('resolves "he" to the last speaker when the sentence before names nobody', () => {
    const text =
      '"We will appeal," said Robert Jones. John Smith declined to comment. The ruling came late on Friday. ' +
      '"The fight is not over," he added.';
    const qs = quotes(text, [['Robert Jones'], ['John Smith']]);
    // "he added": the one who was speaking goes on, not the subject of a sentence in between
    expect(qs[1].speaker).toMatchObject({ kind: 'person', name: 'Robert Jones' });
  });

  it('uses gender to choose between a man and a woman', () => {
    const text = 'Mary Brown and John Smith signed the deal. "We are delighted," she said.';
    const [q] = quotes(text, [['Mary Brown'], ['John Smith']]);
    expect(q.speaker).toMatchObject({ kind: 'person', name: 'Mary Brown' });
  });

  it('learns gender from the pronouns that follow a name the lexicon does not know', () => {
    const text =
      'Nkem Adeyemi and Tariq Osei met the board. Osei explained his plan in detail. ' +
      'Adeyemi said little about her budget. Later, "It will work," he said.';
    const [q] = quotes(text, [['Nkem Adeyemi'], ['Tariq Osei']]);
    expect(q.speaker).toMatchObject({ kind: 'person', name: 'Tariq Osei' });
  });

  it('uses Mr./Ms. titles for gender', () => {
    const text = 'Ms. Lee and Mr. Park spoke after the vote. "It was close," he said.';
    const [q] = quotes(text, [['Lee'], ['Park']]);
    expect(q.speaker).toMatchObject({ kind: 'person', name: 'Park' });
  });

  it('resolves a role to the one person with that descriptor', () => {
    const text = 'Sen. Bernie Sanders spoke on Sunday. "We will win," the senator said.';
    const [q] = quotes(text, [['Bernie Sanders', ['Sen.']]]);
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p1' });
  });

  it('classifies organizations and unnamed sources', () => {
    const text =
      '"We are proud of the product," Apple said in a statement. ' +
      '"Nobody saw this coming," a senior official said. ' +
      '"The senator has no comment at this time," a spokesman for Smith told reporters.';
    const qs = quotes(text, [['John Smith']]);
    expect(qs.map((q) => [q.speaker?.kind, q.speaker?.name])).toEqual([
      ['organization', 'Apple'],
      ['unnamed', 'a senior official'],
      ['unnamed', 'a spokesman for Smith'],
    ]);
  });

  it('an inverted attribution between two halves covers both', () => {
    const text = '"It is a partnership," said President Obama, "and it will last." Analysts were unsure.';
    const qs = quotes(text, [['Barack Obama']]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Barack Obama', 'Barack Obama']);
  });

  it('"X quoted Y as saying" gives the quotation to Y', () => {
    const text = '"We do not need new aircraft," the newspaper quoted Jusman Djamal as saying.';
    const [q] = quotes(text, [['Jusman Djamal']]);
    expect(q.speaker).toMatchObject({ kind: 'person', name: 'Jusman Djamal' });
  });

  it('a role written before a name earlier in the text resolves to that person', () => {
    const text =
      'US bank chief Ben Bernanke spoke in Wyoming. The bank chief said that "the prospects for growth appear good."';
    const [q] = quotes(text, [['Ben Bernanke']]);
    expect(q.speaker).toMatchObject({ kind: 'person', name: 'Ben Bernanke' });
  });

  it('handles "said X" inversions and "according to"', () => {
    const text =
      '"The numbers are wrong," said Jane Doe, the auditor. "Revenue is up ten percent," according to the report.';
    const qs = quotes(text, [['Jane Doe']]);
    expect(qs[0].speaker).toMatchObject({ kind: 'person', name: 'Jane Doe' });
    expect(qs[0].cue).toBe('said');
    expect(qs[1].cue).toBe('according to');
  });
});

describe('findQuotes: quotation spans', () => {
  it('an interrupted quotation is two items with the same speaker', () => {
    const text = '"This is the first half," Smith said, "and this is the second."';
    const qs = quotes(text, [['John Smith']]);
    expect(qs.map((q) => q.text)).toEqual(['This is the first half,', 'and this is the second.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['John Smith', 'John Smith']);
  });

  it('a quotation over several paragraphs (closing mark only at the end) is one item', () => {
    const text =
      'Smith told the hearing:\n\n' +
      '“The first thing we did was close the plant.\n\n' +
      '“Then we called every family, one by one.\n\n' +
      '“It took us a month,” he said.\n\nThe hearing ended.';
    const qs = quotes(text, [['John Smith']]);
    expect(qs).toHaveLength(1);
    expect(qs[0].text.startsWith('The first thing')).toBe(true);
    expect(qs[0].text.endsWith('It took us a month,')).toBe(true);
    expect(qs[0].speaker).toMatchObject({ kind: 'person', name: 'John Smith' });
  });

  it('keeps nested single quotes inside double quotes', () => {
    const text = '"They called it \'a disaster\' before it began," Smith said.';
    const qs = quotes(text, [['John Smith']]);
    expect(qs.map((q) => q.text)).toEqual(["They called it 'a disaster' before it began,"]);
  });

  it('reads British single quotes when the text uses them throughout', () => {
    const text =
      '‘We will not give up,’ said Jane Doe. ‘The team’s morale is high.’ Her rival disagreed: ‘It’s over for them.’';
    const qs = quotes(text, [['Jane Doe']]);
    expect(qs.map((q) => q.text)).toEqual([
      'We will not give up,',
      'The team’s morale is high.',
      'It’s over for them.',
    ]);
    expect(qs[1].speaker?.name).toBe('Jane Doe');
  });

  it('rejects scare quotes and titles of works', () => {
    const text =
      'The so-called "experts" disagreed. She starred in the film "The Last Duel" last year. ' +
      'His book, titled "Fire and Fury", sold well. The group discussed "sexual violence" on campaigns.';
    expect(quotes(text)).toEqual([]);
  });

  it('keeps a short quoted phrase that a speech verb governs', () => {
    const text = 'Senator Jane Doe said she was "shocked" by the vote.';
    const qs = quotes(text, [['Jane Doe']]);
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['shocked', 'Jane Doe']]);
  });

  it('accepts straight and curly marks alike', () => {
    const a = quotes('"It works," said Jane Doe.', [['Jane Doe']]);
    const b = quotes('“It works,” said Jane Doe.', [['Jane Doe']]);
    expect(a.map((q) => [q.text, q.speaker?.name])).toEqual(b.map((q) => [q.text, q.speaker?.name]));
    expect(a).toHaveLength(1);
  });

  it("closes a straight mark written with a stray space before the sentence's comma", () => {
    const text = 'Like other "rust belt ", Cleveland has changed. "We are back," the mayor said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['We are back,']);
  });
});

describe('findQuotes: attribution patterns of looser copy', () => {
  it('takes a sentence that is only the attribution after a closed quotation', () => {
    const t =
      'Ford will build a design centre in Geelong, chief executive Tom MacFarlane announced. "This will put Ford Australia on the world map." Mr MacFarlane said. "It was a hard year." The company said.';
    const qs = quotes(t, [['Tom MacFarlane']]);
    expect(qs.map((q) => [q.speaker?.kind, q.speaker?.name])).toEqual([
      ['person', 'Tom MacFarlane'],
      ['organization', 'The company'],
    ]);
  });

  it('gives a quotation followed directly by another the next one’s speaker', () => {
    const t =
      'The plant will reopen. "It brings jobs to the region," "And it secures the future of the car." Mr MacFarlane said.';
    const qs = quotes(t, [['Tom MacFarlane']]);
    expect(qs).toHaveLength(2);
    for (const q of qs) expect(q.speaker?.name).toBe('Tom MacFarlane');
  });

  it('resolves a misspelled surname to the person named in full', () => {
    const t =
      'Automotive analyst Dennis DesRosier believes the plant will close. DesRoiser said, "The plant is old and the product is old."';
    const qs = quotes(t, [['Dennis DesRosier'], ['DesRoiser']]);
    expect(qs[0].speaker).toMatchObject({ kind: 'person', name: 'Dennis DesRosier' });
    // without the person entry for the misspelling too
    const qs2 = quotes(t, [['Dennis DesRosier']]);
    expect(qs2[0].speaker).toMatchObject({ kind: 'person', name: 'Dennis DesRosier' });
  });

  it('keeps different people with short similar surnames apart', () => {
    const t = 'Anna Kohl met Peter Kahl. Kahl said, "We agreed on nothing."';
    const qs = quotes(t, [['Anna Kohl'], ['Peter Kahl']]);
    expect(qs[0].speaker?.name).toBe('Peter Kahl');
  });
});

describe('findQuotes: "they" for a group', () => {
  it('keeps "they said" after a group of people unresolved, with the pronoun as its span', () => {
    // known regression: the rules gave this to "The researchers"; the ranker has no group candidate yet
    // (the dev gold holds no such case to learn its weight from), and abstains rather than name a person
    const t =
      'The researchers at the University of Sydney tested 1,700 children. "We were surprised by how many were deficient," they said.';
    const qs = quotes(t);
    expect(qs[0].speaker).toMatchObject({ kind: 'unknown', personId: null, name: null });
    expect(t.slice(qs[0].speaker!.start, qs[0].speaker!.end)).toBe('they');
  });

  it('leaves "they" unknown without such a group', () => {
    const t = 'The bill passed on Tuesday. "It is a start," they said.';
    expect(quotes(t)[0].speaker?.kind).toBe('unknown');
  });
});

describe('the trace of the rules (scripts/train-quotes.ts)', () => {
  it('tells each span in marks its facts and the rule that left it out, and leaves the output as it is', () => {
    const t = 'He said that the projects will secure the future of the "iconic" Ford Falcon. "We are proud," he said.';
    const seen: [string, string | null, number][] = [];
    const out = findQuotes(t, splitSentences(t), [], {
      trace: (r, facts, rule) => seen.push([t.slice(r.start, r.end), rule, facts.wc]),
    });
    expect(seen).toEqual([
      ['iconic', 'modifier', 1],
      ['We are proud,', null, 3],
    ]);
    expect(out.map((q) => q.text)).toEqual(['We are proud,']);
  });
});
