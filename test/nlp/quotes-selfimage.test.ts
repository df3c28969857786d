import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';

const found = (text: string) => findQuotes(text, splitSentences(text), []).map((q) => q.text);

describe("the writer's labels at any length: self-images and phrases that modify a noun", () => {
  it('drops the words after a verb of self-image and a reflexive', () => {
    expect(found('Marco seems to still imagine himself as "two guys in a garage". This is not correct.')).toEqual([]);
    expect(found('The start-up thinks of itself as "the scrappy underdog of payments" even now.')).toEqual([]);
  });

  it('keeps a self-description with its speaker after it', () => {
    expect(found('The mayor sees herself as "a fighter for ordinary families," she told the paper.')).toEqual([
      'a fighter for ordinary families,',
    ]);
  });

  it('drops a longer phrase between a determiner and the noun it modifies', () => {
    expect(
      found(
        'It hurts the devs who cannot afford to work on a "I don\'t really need this money, so pay what you like" model, and that is the point.',
      ),
    ).toEqual([]);
    expect(found('He has an "if it ain\'t broke, don\'t fix it" attitude to the old code.')).toEqual([]);
  });

  it('keeps the phrase when a speech verb hands it over, and in a language whose determiners are not read', () => {
    expect(found('The firm took a "very cautious and fully measured" approach, the spokesman said.')).toEqual([
      'very cautious and fully measured',
    ]);
    expect(found('"We will take a careful approach," she said.')).toEqual(['We will take a careful approach,']);
    // a noun phrase there is a partial quotation (a report's words), not someone's imagined clause
    expect(
      found(
        'The report found a "culture of fear, bullying and intimidation of junior staff" within the police force, and the chief resigned.',
      ),
    ).toEqual(['culture of fear, bullying and intimidation of junior staff']);
    expect(found('Le ministre a évoqué « une réforme juste pour tous les Français » lundi.')).toEqual([
      'une réforme juste pour tous les Français',
    ]);
  });
});

describe('Chinese examples named by "such" after the marks', () => {
  it('drops a question given as an example of what a system answers', () => {
    expect(found('它可以回答“从邦德街开始，沿着中央线坐一站，你会到达哪个站？”这样的问题。')).toEqual([]);
    expect(found('它能回答“早知道就不买了吗？”之类的问题。')).toEqual([]);
  });

  it('keeps a statement with its speaker, and an example of what someone said', () => {
    expect(found('他当时说了“早知道就不买这辆车了”之类的话。')).toEqual(['早知道就不买这辆车了']);
    expect(found('他说：“这是一个政治问题，也是一个文化方面的问题。”')).toEqual([
      '这是一个政治问题，也是一个文化方面的问题。',
    ]);
  });
});
