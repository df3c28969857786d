// News shapes of session 23 (H1): a fronted phrase after 'But' is no part of the subject (subject.ts); a pronoun
// chain runs through sentences of quoted words that name nobody and through 'Over the years, he …' (chain.ts); a
// given name news uses for both genders, or an East Asian family name written first, gives no gender (coref.ts,
// speaker-unsure-genders.json); capitalized words and a role noun before a name leave it the sentence's subject
// ('Opposition critic Wayne Gates said', modifier.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('speakers of session 23 shapes', () => {
  it.each([
    [
      'Robert Gates spoke in San Francisco. But in a separate session with sailors aboard the destroyer USS ' +
        'Higgins, the Pentagon chief said the Corps had "gotten too big" and would be trimmed.',
      ['Robert Gates'],
    ],
    [
      'Robert Gates spoke in San Francisco. But in a statement, the Pentagon chief said the Corps had "gotten too ' +
        'big" and would be trimmed.',
      ['Robert Gates'],
    ],
    [
      'Jim McKelvey founded the company in 2009 with Jack Dorsey.\n\nMcKelvey still sits on the board. "I have been ' +
        'replaced by people who are better. I was doing 15 things," he says. "It is gratifying to watch."\n\nHe ' +
        'decided to return to St. Louis, the city where he and Dorsey are from. Over the years, he has used his ' +
        'money to start a school for coders.\n\n"The biggest challenge is the talent shortage," he says.',
      ['Jim McKelvey', 'Jim McKelvey', 'Jim McKelvey'],
    ],
    [
      '"It does make it a little bit tougher on Democrats," said EDS President Kim Brace, who has studied the ' +
        'census for 30 years.\n\n"It is not overly dramatic," he added.',
      ['Kim Brace', 'Kim Brace'],
    ],
    [
      '"The suppliers are the first to feel a downturn," Industry Minister Kim Jung-ho said.\n\nPark Soo-jin, who ' +
        'runs a parts maker with 40 workers, said the loans had kept her company open.\n\n"Without them we would ' +
        'have laid off half the line," she said.',
      ['Kim Jung-ho', 'Park Soo-jin'],
    ],
    [
      '"We have made historic investments," Long-Term Care Minister Natalia Kusendova-Bashta told reporters.\n\n' +
        'Auditor General Shelley Spence said the gap was largest in the north.\n\n"It is not just about hiring. It ' +
        'is about keeping people," Spence said.\n\nOpposition critic Wayne Gates said the report confirmed what ' +
        'families had been telling him for years.\n\n"Families are doing the work that staff should be doing," the ' +
        'New Democrat said.',
      ['Natalia Kusendova-Bashta', 'Shelley Spence', 'Wayne Gates'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
