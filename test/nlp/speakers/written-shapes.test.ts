// Speaker shapes from news passages written and labelled before running Lede (session 15): "it" for an
// institution named a few sentences back (it-antecedent.ts), an acronym's period ending the sentence (words.ts),
// "her father said" as someone else than the one "her" stands for (candidates.ts), a present verb before "that"
// after a name (subject.ts), and "as X put it" (put-it.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));

describe('"it" stands for an institution named further back', () => {
  it.each([
    [
      'Airbus reported a drop in first-half profit. Deliveries slowed in June and supply problems persisted. "We remain confident in our guidance," it said.',
      ['organization: Airbus'],
    ],
    [
      'Toyota raised its profit forecast on Monday.\n\nThe shares rose 2 percent in Stockholm.\n\n"These are tough but necessary decisions," it said.',
      ['organization: Toyota'],
    ],
    [
      'The airline raised its fares for the second time this year. Its shares fell 3 percent. "Fuel costs have doubled," it said.',
      ['organization: The airline'],
    ],
    // a common word as the subject is no institution: nobody
    ['Growth slowed in the spring. Economists had expected more. "It is a worrying sign," it said.', ['unknown: null']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the attributing phrase is clean and names the right one', () => {
  it.each([
    // an acronym ending the sentence keeps no period ("SEC." is not the title "Sec.")
    [
      '"We do not comment on ongoing matters," according to a spokesman for the FDA.',
      ['unnamed: a spokesman for the FDA'],
    ],
    [
      '"We do not comment on rumours," said a spokeswoman for the SEC. She said no more.',
      ['unnamed: a spokeswoman for the SEC'],
    ],
    // "her father", "his mother": the owner's relative, not the owner
    [
      'Lily Tran, 8, collected 3,000 books for the school library. "She never gave up," her father said.',
      ['unnamed: her father'],
    ],
    [
      'Omar Said, 12, won the chess title on Sunday. "He studies every evening," his mother said.',
      ['unnamed: his mother'],
    ],
    // a named one of them is still that one
    [
      'Reyes was charged on Friday. His lawyer, Paula Ortiz, spoke to reporters. "My client is innocent," his lawyer said.',
      ['person: Paula Ortiz'],
    ],
    // a present verb before "that" after a name is the name's verb, not part of the subject
    [
      'The International Monetary Fund estimates that the drought has cost "at least 2 percent of output."',
      ['organization: The International Monetary Fund'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('"as X put it" gives the author', () => {
  it.each([
    [
      'Nobody panicked. As Roosevelt once put it, "the only thing we have to fear is fear itself."',
      ['person: Roosevelt'],
    ],
    ['"Markets can stay irrational longer than you can stay solvent," as Keynes famously put it.', ['person: Keynes']],
    ['As one fund manager put it, "nobody wants to be the first to sell."', ['unnamed: one fund manager']],
    ['Maria Ortega runs the shelter. As she put it: "We turn nobody away."', ['person: Maria Ortega']],
    ['To quote Thatcher, "there is no such thing as society."', ['person: Thatcher']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('explicit cues the people finder leaves to the speaker ranker', () => {
  it.each([
    // "X was quoted by Y as saying": X speaks, not Y
    ['"The deal is dead," Ed Lane was quoted by the Times as saying.', ['person: Ed Lane']],
    ['"The talks have failed," a senior official was quoted by Interfax as saying.', ['unnamed: a senior official']],
    ['"We will talk again," Anadolu quoted Mehmet Kaya as saying.', ['person: Mehmet Kaya']],
    // an age after a one-word name: a person, the age not part of the name
    ['"We will fight this," Lane, 54, told the Guardian.', ['person: Lane']],
    ['"It was terrifying," said Okafor, 31.', ['person: Okafor']],
    ['"Sales were strong," Boeing said.', ['organization: Boeing']],
    // "she said" with no woman named: not the man named nearby
    [
      'Dan Moss opened the diner in 2010 with his brother, Tom.\n\n"We had no idea what we were doing," she said.',
      ['unknown: null'],
    ],
    // …and with a woman named ('Lisa Park and her husband', a person since the people finder reads 'Park' so), her
    [
      'Lisa Park and her husband, Dan, opened the diner in 2010.\n\n"We had no idea what we were doing," she said.',
      ['person: Lisa Park'],
    ],
    ['Mary Ellis and her son, Tom, run the farm. "It is hard work," she said.', ['person: Mary Ellis']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the subject of the sentence before a quotation', () => {
  it.each([
    // "She pauses, then smiles.": the pronoun, whatever form its verb takes
    [
      'Nora Quinn has kept bees for forty years.\n\nShe pauses, then smiles. "They taught me patience."',
      ['person: Nora Quinn'],
    ],
    // "Asked …, she smiled.": a fronted "Asked" clause is no part of the subject
    [
      'Nora Quinn has kept bees for forty years. Asked why, she smiled. "They taught me patience."',
      ['person: Nora Quinn'],
    ],
    ['Asked whether he would resign, Ed Lane said: "Not today."', ['person: Ed Lane']],
    // "She shrugged." after a man's quotation: the woman, not the man quoted before
    [
      '"The plan is solid," said Carl Brandt, the site manager.\n\nJoan Pike, his deputy, was less sure. She shrugged. "We will see how it goes."',
      ['person: Carl Brandt', 'person: Joan Pike'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
