// "he"/"she" at a quotation may stand for someone the sentence just before describes without a name ("Another
// analyst, who asked not to be named, said …", "A police spokeswoman said …"): that phrase is a candidate
// (it-antecedent.ts describedBefore), so the pronoun no longer falls to a person named further back.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { Doc } from '../../../utils/nlp/speakers/context';
import { describedBefore } from '../../../utils/nlp/speakers/it-antecedent';

/** The phrase describedBefore finds for the sentence that opens at the first quotation mark's sentence. */
function described(text: string): string | null {
  const sentences = splitSentences(text);
  const doc = new Doc(text, sentences, new PersonIndex(text, [], sentences));
  const open = text.indexOf('"');
  const found = describedBefore(doc, doc.sentStart(open));
  return found.length ? text.slice(found[0].start, found[0].end) : null;
}

describe('describedBefore: the described subject of the sentence before', () => {
  it.each([
    [
      'Another analyst, who asked not to be named, said the firm was too optimistic.\n\n"They set targets," he said.',
      'Another analyst',
    ],
    [
      'Another senior backbencher was blunter. "If she loses this, she loses the job," he said.',
      'Another senior backbencher',
    ],
    [
      'A police spokeswoman said officers were called at 10pm.\n\n"Two men were arrested," she said.',
      'A police spokeswoman',
    ],
    [
      'The prime minister\'s official spokesman said it had support.\n\nAsked about a delay, he said: "Not yet."',
      "The prime minister's official spokesman",
    ],
    // a plural, a definite role someone may hold by name, a name: no described speaker
    ['Analysts said the firm was too optimistic. "They set targets," he said.', null],
    ['The mayor was defiant. "We will not back down," she said.', null],
    ['Harriet Cole said the firm was too optimistic. "They set targets," she said.', null],
  ])('%j', (text, expected) => {
    expect(described(text)).toBe(expected);
  });
});

describe('end to end: not the person named further back', () => {
  const speakers = (text: string) =>
    analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));
  it.each([
    [
      'Martin Kell, who founded the company in 2009, will remain until a successor is found.\n\nAnother analyst, who ' +
        "asked not to be named because of his firm's policy, said the company had been too optimistic in its " +
        'guidance.\n\n"They set targets for the share price, not for the business," he said.',
      'Martin Kell',
    ],
    [
      'Priya Malhotra defended the plan on Monday.\n\nA police spokeswoman said officers had been called to the house ' +
        'at 10pm. "Two men were arrested at the scene," she said.',
      'Priya Malhotra',
    ],
  ])('%j', (text, wrong) => {
    expect(speakers(text)[0]).not.toBe(`person: ${wrong}`);
  });
});
