// A pronoun chain (chain.ts): the sentences before `"…," he says` open with 'he', and the sentence before them names
// its subject. That subject, the chain's head, says the words, not the last man named inside the chain (rank.ts
// chainHeadOf). A name in the quotation's own cue still decides, and a head sentence naming a second person in the
// same clause ('Judge Brown jailed Smith.', not 'Whitaker says he has nothing against Ramos.') makes no chain.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('the head of a pronoun chain speaks', () => {
  it.each([
    [
      'Martin Reece started the club in 2013. "It was six kids and a borrowed minibus," Reece says.\n\n' +
        'Daniel Osei, 19, joined at eight. Osei is quiet out of the water too. He has a part-time job in a bike ' +
        'shop. He talks about Reece the way other people talk about a parent.\n\n' +
        '"He never once told me I could not do something," he says.',
      ['Martin Reece', 'Daniel Osei'],
    ],
    [
      'Martin Reece has coached at the club for eleven years. Daniel Osei joined when he was eight.\n\n' +
        'Reece is folding towels by the pool. He says he has not thought about what happens when Osei leaves. ' +
        'Then he says that is not true.\n\n"Of course I have thought about it," he says.',
      ['Martin Reece'],
    ],
    [
      'Detective Angela Ruiz spoke outside the station on Monday.\n\nRuiz said the inquiry was continuing and that ' +
        'officers were examining whether anyone had known where Lily Harmon was. She praised the caller who ' +
        'phoned in the tip.\n\n"That phone call is the reason we are standing here," she said.',
      ['Angela Ruiz'],
    ],
    [
      'Tomasz Nowak has worked nights on the ward for nine years. His colleague tonight is Gareth Pryce.\n\n' +
        'Nowak hears the buzzer from the station and does not move; he knows Pryce has it. He says this is ' +
        'the thing nobody outside understands.\n\n"You trust each other or you do not survive the night," he says.',
      ['Tomasz Nowak'],
    ],
    [
      'Hector Ramos has run the shop for 41 years. His landlord is Paul Whitaker.\n\nWhitaker, 52, says he has ' +
        'nothing against Ramos. He wants to sell the building, and he says the rent has not changed in eleven ' +
        'years.\n\n"I have been more than fair," he says.',
      ['Paul Whitaker'],
    ],
    [
      'Martin Reece has coached Daniel Osei for eleven years.\n\nReece is folding towels. He says Osei will be ' +
        'fine. Osei, he adds, is tougher than he looks.\n\n"He has been ready for years," he says.',
      ['Martin Reece'],
    ],
    [
      'Daniel Osei is quiet out of the water. He talks about Martin Reece the way other people talk about a ' +
        'parent.\n\n"He never once told me I could not do something," Reece says.',
      ['Martin Reece'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
