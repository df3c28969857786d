// A quotation's speaker links to the person entry of the analysis (surname-only, pronoun and first-name
// speakers included), and the attribution shapes the cue parser reads without a cue verb at the marks:
// an attribution ending the sentence, a colon, a passive's agent, a title before the name, an interview answer.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { attributeSpeakers } from '../../../utils/nlp/speakers/rank';
import type { Person, Quote } from '../../../utils/nlp/types';

/** The person entry a quotation's speaker links to, by its id. */
function personOf(people: Person[], q: Quote): Person | undefined {
  return people.find((p) => p.id === q.speaker?.personId);
}

describe('speakers link to the analysis’s person entries', () => {
  it('a surname-only speaker is the person named in full earlier', () => {
    const text =
      'Margaret Okafor, the city’s finance director, presented the budget on Tuesday.\n\n' +
      '"We cannot keep borrowing to pay for the roads we already have," Okafor said.';
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(1);
    const p = personOf(a.people, a.quotes[0]);
    expect(p?.name).toBe('Margaret Okafor');
    expect(text.slice(a.quotes[0].speaker!.start, a.quotes[0].speaker!.end)).toBe('Okafor');
  });

  it('a pronoun speaker across a paragraph is the person it refers to', () => {
    const text =
      'Daniel Whitfield has run the harbour for twenty years.\n\n' +
      'The storm broke two of its piers last winter.\n\n' +
      '"We rebuilt them with our own hands and we will do it again," he said.';
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(1);
    expect(personOf(a.people, a.quotes[0])?.name).toBe('Daniel Whitfield');
    expect(text.slice(a.quotes[0].speaker!.start, a.quotes[0].speaker!.end)).toBe('he');
  });

  it('every speaker with a person id names a person of the analysis', () => {
    const text =
      'Sarah Lindqvist, a nurse, and Paul Mendes, a teacher, spoke at the meeting.\n\n' +
      '"The clinic closes at six and nobody can see a doctor after that," Lindqvist said.\n\n' +
      '"Our pupils travel two hours a day," Mendes said. "Some of them give up."';
    const a = analyzeText(text);
    expect(a.quotes.map((q) => personOf(a.people, q)?.name)).toEqual(['Sarah Lindqvist', 'Paul Mendes', 'Paul Mendes']);
  });
});

/** People whose mentions are every occurrence of each given form of their name. */
function people(text: string, names: string[][]): Person[] {
  return names.map(([name, ...forms], i) => {
    const mentions: { start: number; end: number }[] = [];
    for (const form of [name, ...forms]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ start: at, end: at + form.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i + 1}`, name, aliases: [], descriptors: [], mentions };
  });
}

/** Speakers of hand-placed quotations (the spans are given, so only the attribution is tested). */
function speakersOf(text: string, spans: string[], names: string[][] = []): Quote[] {
  const sentences = splitSentences(text);
  const ps = people(text, names);
  const quotes: Quote[] = spans.map((s) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s, speaker: null, cue: null };
  });
  attributeSpeakers(text, quotes, sentences, new PersonIndex(text, ps, sentences));
  return quotes;
}

describe('attribution shapes', () => {
  it('an attribution that ends the sentence after the quotation’s own words', () => {
    const text =
      'The talks have stalled.\n\n“Now it is hard to see what could persuade the Palestinians” to hold up on their plans, Indyk said.';
    const [q] = speakersOf(
      text,
      ['Now it is hard to see what could persuade the Palestinians'],
      [['Martin Indyk', 'Indyk']],
    );
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p1' });
  });

  it('a colon after the sentence’s subject stands for the verb', () => {
    const text =
      'Bob Alverson runs the fishing association.\n\n' +
      'Alverson summed up the journey from the boat to the counter: “It is old school meets new school.”';
    const [q] = speakersOf(text, ['It is old school meets new school.'], [['Bob Alverson', 'Alverson']]);
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p1' });
  });

  it('a passive cue: the agent speaks, not the thing described', () => {
    const text =
      'Whales keep stranding on the coast.\n\nThe recent spate of strandings has been described as “heartbreaking” by the conservation department.';
    const [q] = speakersOf(text, ['heartbreaking']);
    expect(q.speaker?.kind).toBe('organization');
    expect(q.speaker?.name).toBe('the conservation department');
  });

  it('"the 26-year-old forward told" is the one person named before, not an unnamed speaker', () => {
    const text = 'Marcus Rashford missed a penalty.\n\n"It was not our day," the 26-year-old forward told Sky Sports.';
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(1);
    expect(personOf(a.people, a.quotes[0])?.name).toBe('Marcus Rashford');
  });

  it('"the pop star said" is the person named before, paragraphs earlier', () => {
    const text =
      'Taylor Swift played a three-hour set in Sydney.\n\nThe crowd cheered for minutes.\n\n' +
      '"This is only the beginning," the pop star said.';
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(1);
    expect(personOf(a.people, a.quotes[0])?.name).toBe('Taylor Swift');
  });

  it('"the nurse said" after "A nurse …" is that unnamed nurse, not the person named before', () => {
    const text =
      'Mayor Ann Lee opened the clinic on Monday. A nurse who works there described the first day.\n\n' +
      '"We saw 200 patients," the nurse said.';
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].speaker).toMatchObject({ kind: 'unnamed', personId: null, name: 'the nurse' });
  });

  it('"the Pennsylvania Democrat said" after "Bob Casey, a Democrat from Pennsylvania" is Casey', () => {
    const text =
      'Senator Bob Casey, a Democrat from Pennsylvania, spoke in Scranton.\n\nThe crowd cheered for minutes.\n\n' +
      '"This is only the beginning," the Pennsylvania Democrat said.';
    const a = analyzeText(text);
    expect(personOf(a.people, a.quotes[0])?.name).toBe('Bob Casey');
  });

  it('"it said" is the institution named just before', () => {
    const text =
      'The Food Standards Agency issued a warning on Monday.\n\n' +
      '"We advise the public not to eat these berries, which are not fit for human consumption," it said.';
    const [q] = speakersOf(text, [
      'We advise the public not to eat these berries, which are not fit for human consumption,',
    ]);
    expect(q.speaker).toMatchObject({ kind: 'organization', name: 'The Food Standards Agency' });
  });

  it('a title with a period stays in the name ("said Dr. Shadlen")', () => {
    const text =
      'Michael Shadlen led the study.\n\n"If the time reported to us is wrong, we lose the accuracy of the whole test," said Dr. Shadlen.';
    const [q] = speakersOf(
      text,
      ['If the time reported to us is wrong, we lose the accuracy of the whole test,'],
      [['Michael Shadlen', 'Shadlen']],
    );
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p1' });
  });

  it('a first name alone is the person named in full earlier ("says Te Kaurinui")', () => {
    const text =
      'His son, Te Kaurinui Robert Parata, was called in to help.\n\n' +
      '“Our own ancestors would not tell us to go down there and hug the whales,” says Te Kaurinui.';
    const [q] = speakersOf(
      text,
      ['Our own ancestors would not tell us to go down there and hug the whales,'],
      [['Te Kaurinui Robert Parata']],
    );
    expect(q.speaker).toMatchObject({ kind: 'person', personId: 'p1' });
  });

  it('an interview answer takes its answerer, a person or an unnamed phrase', () => {
    const text =
      'Wikinews interviewed Jack Herrick, the founder of the site.\n\nWhat is the goal?\n\nTo build the largest how-to manual.';
    const sentences = splitSentences(text);
    const ps = people(text, [['Jack Herrick']]);
    const start = text.indexOf('To build');
    const a = text.indexOf('Jack Herrick');
    const quote = {
      start,
      end: text.length,
      text: text.slice(start),
      speaker: null,
      cue: null,
      form: 'qa' as const,
      answerer: { start: a, end: a + 'Jack Herrick'.length },
    };
    attributeSpeakers(text, [quote], sentences, new PersonIndex(text, ps, sentences));
    expect(quote.speaker).toMatchObject({ kind: 'person', personId: 'p1', name: 'Jack Herrick' });

    const t2 = 'We interviewed one of the owners of a bar.\n\nWhy the name?\n\nWe thought it was funny.';
    const o = t2.indexOf('one of the owners of a bar');
    const q2 = {
      start: t2.indexOf('We thought'),
      end: t2.length,
      text: 'We thought it was funny.',
      speaker: null,
      cue: null,
      form: 'qa' as const,
      answerer: { start: o, end: o + 'one of the owners of a bar'.length },
    };
    const s2 = splitSentences(t2);
    attributeSpeakers(t2, [q2], s2, new PersonIndex(t2, [], s2));
    expect(q2.speaker).toMatchObject({ kind: 'unnamed', personId: null, name: 'one of the owners of a bar' });
  });
});
