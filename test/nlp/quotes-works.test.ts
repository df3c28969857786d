import { describe, expect, it } from 'vitest';
import { found, withSpeech } from './_quotes-fixtures';
import { exampleNotSaid } from '../../utils/nlp/quotes/examples';

describe('names of works and headlines in sentence case are not quotations', () => {
  it('drops words after "titled", "entitled", "headlined" whatever their case', () => {
    const s = 'The paper ran an essay titled "why we should all stop flying," which drew letters.';
    expect(found(s)).toEqual([]);
    expect(found(withSpeech(s))).toEqual(['We are ready,']);
    expect(
      found(withSpeech('The Times ran a story headlined "Inside the collapse of a crypto empire" on Monday.')),
    ).toEqual(['We are ready,']);
  });

  it('drops a name set off by a comma after a work noun, but not words a speaker is given after it', () => {
    expect(found(withSpeech('Her latest book, "Notes on a life well lived," is out now.'))).toEqual(['We are ready,']);
    expect(found(withSpeech('Its slogan, "Because you\'re worth it," dates from 1971.'))).toEqual(['We are ready,']);
    // a speaker right after the marks: the words are hers, whatever noun came before
    expect(found('In the show, "I never wanted this," she said.')).toEqual(['I never wanted this,']);
    // a document that speaks is no work noun
    expect(found('In the statement, "we regret the delay," the company said.')).toEqual(['we regret the delay,']);
  });

  it("drops a linked headline after a page's label at the start of a paragraph", () => {
    expect(found(withSpeech('Read more:\n"Biden signs the climate bill into law"\nThe vote was close.'))).toEqual([
      'We are ready,',
    ]);
    expect(found(withSpeech('RELATED: "Why the bill matters for your taxes"\nThe vote was close.'))).toEqual([
      'We are ready,',
    ]);
    // a label word inside a sentence is no label
    expect(found('He told me to read more: "Go to the library and learn," he said.')).toEqual([
      'Go to the library and learn,',
    ]);
  });

  it('drops what someone calls a thing (no object), keeps what someone called it (an object)', () => {
    expect(found(withSpeech('It is what economists call "the paradox of thrift."'))).toEqual(['We are ready,']);
    expect(found('The senator called the bill "a gift to the wealthy."')).toEqual(['a gift to the wealthy.']);
  });
});

describe('examples and imagined speech are not quotations', () => {
  it('drops words after "such as", "for example", "phrases like"', () => {
    expect(
      found(withSpeech('We seldom use rules such as, "If the database is slow, alert for a slow database."')),
    ).toEqual(['We are ready,']);
    expect(found(withSpeech('For example, "If a datacenter is drained, do not alert me" is a common rule.'))).toEqual([
      'We are ready,',
    ]);
    expect(found(withSpeech('Doctors often use phrases like "multidrug-resistant bacteria." That is why.'))).toEqual([
      'We are ready,',
    ]);
  });

  it('drops speech the writer imagines ("as if to say")', () => {
    expect(found(withSpeech('A flicker crossed his face as if to say "You think you got me?" and he smiled.'))).toEqual(
      ['We are ready,'],
    );
  });

  it("keeps someone's words given as an example, and a partial quotation after a verb of seeming", () => {
    expect(found('She made comments such as "Nobody here cares about the poor." The board resigned.')).toEqual([
      'Nobody here cares about the poor.',
    ]);
    // "like" after a verb of seeming compares, it gives no example
    expect(exampleNotSaid('Residents said the street felt like ')).toBe(false);
    expect(exampleNotSaid('Doctors use phrases like ')).toBe(true);
    expect(found('"We are ready," he said, for example, "and we will win."')).toEqual([
      'We are ready,',
      'and we will win.',
    ]);
  });

  it("drops the titles of a reference list's entries, not a quotation followed by such words", () => {
    for (const entry of [
      '^ Goodger, Ben (February 6, 2006). "Where Did Firefox Come From?". Inside Firefox. Retrieved 2012-01-07.',
      '^ "Mac vendors ponder Netscape gambit.". Macworld. 1 May 1998. Retrieved 2012-08-19.',
      '^ "Jacinda Ardern sworn in as new Prime Minister". New Zealand Herald. 26 October 2017. Retrieved 26 October 2017.',
      // the author's date ends a sentence of its own before the title; a journal, not a retrieval date, after it
      '^ Wallis, G. P.; Trewick, S. A. (2009). "New Zealand phylogeography: evolution on a small continent". Molecular Ecology. 18 (17): 3548.',
      // a standard's references: authors as surname and initials or "et al.", a year after the title
      '[WORDS] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.',
      '[HTTP] Fielding et al., "Hypertext transfer protocol: semantics and content", RFC7231, June 2014.',
    ]) {
      expect(found(entry), entry).toEqual([]);
    }
    expect(found('He told reporters: "It was a mistake." Archived records show otherwise.')).toEqual([
      'It was a mistake.',
    ]);
  });

  it("drops a caret entry's first title however long or punctuated, and a title with its publisher and date", () => {
    // several sentences, an author before, a nested title's own closing mark, no retrieval date
    for (const entry of [
      '^ "It\'s like Groundhog Day, but different. What is it?" . TV Guide. Archived from the original.',
      '^ Moore, Roger. "Netflixable? Can this couple recapture the magic of "When We First Met?"" . Movie Nation.',
      '^ Evans, N. "Up From Down Under: After a Century of Socialism, Australia and New Zealand are Cutting Back Government and Freeing Their Economies". National Review. 46 (16): 47–51.',
      'For urban areas, "Subnational population estimates, by age and sex". Statistics New Zealand. 23 October 2018.',
    ]) {
      expect(found(entry), entry).toEqual([]);
    }
    // a quotation later in the entry, or opening the paragraph after one, is someone's words
    expect(
      found('^ Smith, J. (2010). "Title". Herald. p. 5. "We never gave up, not once in all those years."'),
    ).toEqual(['We never gave up, not once in all those years.']);
    expect(found('^ Smith, J. Notes on a life.\n"We never gave up, not once in all those years," she said.')).toEqual([
      'We never gave up, not once in all those years,',
    ]);
    // a caret inside a sentence is no reference list
    expect(found('Press ^ to go up. "We never gave up, not once in all those years," she said.')).toEqual([
      'We never gave up, not once in all those years,',
    ]);
  });
});

/** Rule -> text -> the quotations found: words in marks set off inside the subject, names of shows, papers,
 *  podcasts and operations, and the verdicts and statements kept beside them. */
const SUBJECTS_AND_SHOWS: Record<string, [string, string[]][]> = {
  "words in marks set off inside the subject: are not attributed by the subject's own speech verb later in the sentence":
    [
      ['Her debut novel, "a house by the sea," came out in March, the publisher said.', []],
      ['The band\'s new single, "tomorrow never comes," topped the charts, its label said.', []],
    ],
  'words in marks set off inside the subject: keep a verdict in a relative clause, and a quotation after a fronted word or an inverted attribution':
    [
      ['Smith, who called the ruling "a travesty," said he would appeal.', ['a travesty,']],
      ['Meanwhile, "we are ready," said Smith.', ['we are ready,']],
      ['Still, "the fight goes on," said the union\'s leader.', ['the fight goes on,']],
      ['Last week, "nobody came," the mayor said.', ['nobody came,']],
    ],
  'names of shows, podcasts and operations: drops a name after a podcast, a memoir or code-named, whatever its case': [
    ['He told the hosts of the podcast "the daily" that he would not resign.', []],
    ['The operation, code-named "Desert Storm," began in January, the general said.', []],
  ],
  "names of shows, podcasts and operations: keeps a verdict on a naming verb's object even when the object is a work noun":
    [
      ['The White House called the report "fake news."', ['fake news.']],
      ['Critics called the film "a disgrace" on Friday.', ['a disgrace']],
      // the work's name itself, capitalized, is still a title
      ['The studio called the film "Titanic" before it was finished.', []],
    ],
  'names of shows, podcasts and operations: drops capitalized words after a possessive or "the" even when a speaker follows':
    [
      ['Speaking on CNN\'s "State of the Union," the governor said the state was ready.', []],
      // governed by a speech verb, capitalized words are someone's verdict
      ['He called it a "Total Disaster," the senator said.', ['Total Disaster,']],
    ],
  'names of shows, papers and books in a sentence with a speaker: capitalized words right after a preposition are a name, even with a speech verb before or a speaker after':
    [
      ['The senator, speaking on "Face the Nation," said the bill would pass.', []],
      ['In an interview with "60 Minutes," the chief executive said the company would grow.', []],
      ['Writing in "The Atlantic," the historian argued that the war was lost.', []],
      ['In "The Art of the Deal," Trump wrote that he liked to think big.', []],
    ],
  'names of shows, papers and books in a sentence with a speaker: capitalized words after a work noun are its title even when a speaker follows':
    [
      ['In his book "Fire and Fury," Michael Wolff describes a chaotic White House.', []],
      ['Her column "Why We Fight," she wrote, was about the strike.', []],
    ],
  'names of shows, papers and books in a sentence with a speaker: keeps a verdict after a naming verb, a statement after a colon and words in lower case after a preposition':
    [
      ['He called the show "Great," the host said.', ['Great,']],
      ['The senator said on Sunday: "Stop The Steal."', ['Stop The Steal.']],
      ['He ended with "we will be back next year," the organizers said.', ['we will be back next year,']],
    ],
};

describe('words in marks inside the subject, and names of shows, papers, podcasts and operations', () => {
  for (const [rule, cases] of Object.entries(SUBJECTS_AND_SHOWS))
    describe(rule, () => {
      it.each(cases)('%s', (text, want) => {
        expect(found(text)).toEqual(want);
      });
    });
});

/** Text -> the quotations found: names given after a naming verb's object or 'titled', names and glosses after a
 *  term's noun, titles in sentence case after a work noun. */
const NAMES_AND_TITLES: [string, string[]][] = [
  ['Scientists have named the new species "Bombus trumpi" after the former president, the museum said.', []],
  ['The crew christened the boat "Lucky Star" before the race.', []],
  // a title after "titled" stays one when the sentence's speaker follows
  ['Thousands signed a petition titled "Save our library," organisers said.', []],
  // a name after "the brand name", a gloss after "a word meaning", a term named after the marks
  ['The drug is sold under the brand name "Ozempic," the company said.', []],
  ['The name comes from a word meaning "belonging to Kyi," historians say.', []],
  ['The law bans "assault weapons," a term critics say is vague.', []],
  ['"We will win," a phrase he repeated all week, became the slogan.', ['We will win,']],
  ['Critics called it "A Disgrace To The City," the report said.', ['A Disgrace To The City,']],
  ['In the episode "The one where everybody finds out," the friends discover the secret.', []],
  ['The movie "The Hunger Games: The ballad of songbirds and snakes" opened on Friday.', []],
  // a speech verb before the work noun: a quotation from the column
  [
    'He wrote in his column "The city has failed its poorest residents," adding that the council must act.',
    ['The city has failed its poorest residents,'],
  ],
];

describe('names after a naming verb and titles in sentence case after a work noun', () => {
  it.each(NAMES_AND_TITLES)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
