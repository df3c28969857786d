import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

/** Per rule, text -> the quotations found in it. */
const LABELS: Record<string, [string, string[]][]> = {
  'drops the words after a verb of self-image and a reflexive': [
    ['Marco seems to still imagine himself as "two guys in a garage". This is not correct.', []],
    ['The start-up thinks of itself as "the scrappy underdog of payments" even now.', []],
  ],
  'keeps a self-description with its speaker after it': [
    [
      'The mayor sees herself as "a fighter for ordinary families," she told the paper.',
      ['a fighter for ordinary families,'],
    ],
  ],
  'drops a longer phrase between a determiner and the noun it modifies': [
    [
      'It hurts the devs who cannot afford to work on a "I don\'t really need this money, so pay what you like" model, and that is the point.',
      [],
    ],
    ['He has an "if it ain\'t broke, don\'t fix it" attitude to the old code.', []],
  ],
  'keeps the phrase when a speech verb hands it over, and in a language whose determiners are not read': [
    [
      'The firm took a "very cautious and fully measured" approach, the spokesman said.',
      ['very cautious and fully measured'],
    ],
    ['"We will take a careful approach," she said.', ['We will take a careful approach,']],
    // a noun phrase there is a partial quotation (a report's words), not someone's imagined clause
    [
      'The report found a "culture of fear, bullying and intimidation of junior staff" within the police force, and the chief resigned.',
      ['culture of fear, bullying and intimidation of junior staff'],
    ],
    [
      'Le ministre a évoqué « une réforme juste pour tous les Français » lundi.',
      ['une réforme juste pour tous les Français'],
    ],
  ],
};

const EXAMPLES: Record<string, [string, string[]][]> = {
  'drops a question given as an example of what a system answers': [
    ['它可以回答“从邦德街开始，沿着中央线坐一站，你会到达哪个站？”这样的问题。', []],
    ['它能回答“早知道就不买了吗？”之类的问题。', []],
  ],
  'keeps a statement with its speaker, and an example of what someone said': [
    ['他当时说了“早知道就不买这辆车了”之类的话。', ['早知道就不买这辆车了']],
    ['他说：“这是一个政治问题，也是一个文化方面的问题。”', ['这是一个政治问题，也是一个文化方面的问题。']],
  ],
};

for (const [title, table] of [
  ["the writer's labels at any length: self-images and phrases that modify a noun", LABELS],
  ['Chinese examples named by "such" after the marks', EXAMPLES],
] as const)
  describe(title, () => {
    for (const [rule, cases] of Object.entries(table))
      it(rule, () => {
        for (const [text, want] of cases) expect(found(text), text).toEqual(want);
      });
  });
