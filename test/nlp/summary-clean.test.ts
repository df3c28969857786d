import { describe, expect, it } from 'vitest';
import { cleanSentence } from '../../utils/nlp/summary/clean';

// Page residue cut from the start of a sentence (issue #11): these sentences are made up.
// Each case: the sentence as extracted, and as the summary shows it (the same string where nothing is cut).
const CASES: { kind: string; cases: [string, string][] }[] = [
  {
    kind: 'datelines: a date alone before a long dash is cut',
    cases: [
      [
        'Feb. 23, 2015 -- Peanut allergies have been on the rise in the past decade.',
        'Peanut allergies have been on the rise in the past decade.',
      ],
      [
        'April 17, 2015 — Doctors in Leeds have found a new way to treat burns.',
        'Doctors in Leeds have found a new way to treat burns.',
      ],
      [
        'Sept. 4 – "We are ready," the mayor said on the steps of the town hall.',
        '"We are ready," the mayor said on the steps of the town hall.',
      ],
      ['Dec 5 (Reuters) - Oil prices rose on Thursday.', 'Oil prices rose on Thursday.'],
      ['WASHINGTON — The Senate passed the bill on Thursday.', 'The Senate passed the bill on Thursday.'],
    ],
  },
  {
    kind: 'datelines: an agency in lower case or between slashes, a date with its year, a bar after the place',
    cases: [
      ['BERLIN (dpa) - Trains stopped across the country on Monday.', 'Trains stopped across the country on Monday.'],
      [
        'NEW YORK, Jan. 5, 2026 /PRNewswire/ -- Acme Corp. today announced a new chief executive.',
        'Acme Corp. today announced a new chief executive.',
      ],
      ['LONDON | The Bank of England raised rates on Thursday.', 'The Bank of England raised rates on Thursday.'],
    ],
  },
  {
    kind: 'datelines: a place in mixed case with its date (European papers, press releases), or of two words before a colon (Indian papers)',
    cases: [
      ['Harwick, 7 December 2026 – The council voted to close the station.', 'The council voted to close the station.'],
      ['Paris, Dec. 5 — Trains stopped across France on Monday.', 'Trains stopped across France on Monday.'],
      ['Munich, 3 March 2026: Siemens today announced 2,000 job cuts.', 'Siemens today announced 2,000 job cuts.'],
      ['New Delhi: The Supreme Court on Monday stayed the order.', 'The Supreme Court on Monday stayed the order.'],
      ['Kuala Lumpur: Malaysia will raise fuel prices.', 'Malaysia will raise fuel prices.'],
      // a live blog's time stamp glued on: a clock time with its zone, or a short time ago
      ['10.42 BST The Met Office has issued a red warning.', 'The Met Office has issued a red warning.'],
      ['1h ago The Met Office has issued a red warning.', 'The Met Office has issued a red warning.'],
      ['3.25 Million people were left without power.', '3.25 Million people were left without power.'],
      // one word before a colon is a label or a credit's, not a place
      ['Pensions: The Spanish government unveiled a plan.', 'Pensions: The Spanish government unveiled a plan.'],
      ['Image: Harwick City Council.', 'Image: Harwick City Council.'],
      // a name and a dash without a date stay
      ['Obama — who had said little — spoke on Monday.', 'Obama — who had said little — spoke on Monday.'],
      ['Phase One, Step 3 – The council opens the bids.', 'Phase One, Step 3 – The council opens the bids.'],
    ],
  },
  {
    kind: 'a name with a word in brackets, a title with a bar, stay',
    cases: [
      'Jane Doe (pictured) - a teacher from Leeds - won the prize.',
      'Update | The council has changed its plans for the station.',
      'Leeds (left) — The map shows the city before the flood.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'datelines: an opening date, a number before a dash or a dash inside a phrase stays',
    cases: [
      'May 5 was the day the river broke its banks in three places.',
      'Chapter 5 — The storm is the best part of the book.',
      'March 3 — the day the storm hit — was the wettest of the year.',
      'June 2015-era phones cannot run the new app.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'a page’s time stamp glued onto the lede is cut',
    cases: [
      [
        'Updated 2:14 PM ET, Tue March 3, 2026 The city of Harwick will close its last coal plant.',
        'The city of Harwick will close its last coal plant.',
      ],
      ['Posted 3 hours ago The council voted to close the station.', 'The council voted to close the station.'],
      [
        'Posted by Jane Doe on March 3, 2026 The council voted to close the station.',
        'The council voted to close the station.',
      ],
    ],
  },
  {
    kind: 'a sentence that opens with such a word stays',
    cases: [
      'Updated figures from 2015 show that the station burned less coal than in any year since it opened.',
      'Published in 2015, The Book of Coal sold a million copies.',
      'Updated 2015 Census Data Show a Rise in Population.',
      'Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'a label a site puts before a sentence, or a list bullet, is cut',
    cases: [
      [
        'Why it matters: The station supplies a fifth of the city’s electricity.',
        'The station supplies a fifth of the city’s electricity.',
      ],
      [
        'Driving the news: Harwick will close its last coal plant in June.',
        'Harwick will close its last coal plant in June.',
      ],
      ['• Wind farms will replace most of its output.', 'Wind farms will replace most of its output.'],
    ],
  },
  {
    kind: 'a dash before a name, a colon after other words, stay',
    cases: [
      '— Jane Doe, on why the station must close.',
      'Why it matters to the workers is simple: they need the jobs.',
      'The details: are still being worked out, the council said.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'datelines as agencies write them: the agency alone, the day before the month, places joined by a slash',
    cases: [
      [
        '(Reuters) - Apple said on Tuesday it would build a plant in Austin.',
        'Apple said on Tuesday it would build a plant in Austin.',
      ],
      ['(AP) — The Senate passed the bill on Thursday.', 'The Senate passed the bill on Thursday.'],
      ['(CNN Business) — Shares rose 4% in early trading.', 'Shares rose 4% in early trading.'],
      ['London, 3 March (Reuters) - The Bank of England held rates.', 'The Bank of England held rates.'],
      ['BRUSSELS/LONDON (Reuters) - The European Union agreed a deal.', 'The European Union agreed a deal.'],
    ],
  },
  {
    kind: 'a live blog entry’s clock time and a label before the lede are cut',
    cases: [
      ['9:42 a.m. ET — The governor said the roads would reopen.', 'The governor said the roads would reopen.'],
      ['10.15am: The minister arrived at the summit.', 'The minister arrived at the summit.'],
      ['14:05 The police closed the bridge.', 'The police closed the bridge.'],
      ['Update: The council has confirmed the closure.', 'The council has confirmed the closure.'],
      ['Breaking News: The Senate passed the bill.', 'The Senate passed the bill.'],
    ],
  },
  {
    kind: 'a page’s date glued onto the lede without a label is cut',
    cases: [
      [
        'Sun 3 Mar 2026 10.12 GMT The governor said the roads would reopen.',
        'The governor said the roads would reopen.',
      ],
      ['March 3, 2026 at 10:12 a.m. The council met on Monday.', 'The council met on Monday.'],
      ['Mar 3, 2026, 10:12am EST The council met on Monday.', 'The council met on Monday.'],
      ['3 hours ago The council met on Monday.', 'The council met on Monday.'],
    ],
  },
  {
    kind: 'a figure with a decimal point, a date as the subject and prose that opens with a label’s word stay',
    cases: [
      'March 3, 2026 was the wettest day on record, the Met Office said.',
      '12 hours ago I was in Paris, she said.',
      '1.25 Million viewers watched the final, the broadcaster said.',
      'Live music returns to the park this summer.',
      'Analysis of the data showed a rise in rents.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'a band, a bracket inside the sentence, a date as a phrase stay',
    cases: [
      'AC/DC — The band played in Leeds on Monday.',
      'The (new) council met on Monday.',
      'On 3 March — a Monday — the council met.',
      '(From left) Jane Doe and John Roe pose at the opening.',
    ].map((s): [string, string] => [s, s]),
  },
  {
    kind: 'link labels for screen readers, glued to the linked word or in brackets, are cut',
    cases: [
      [
        'The company saidOpens a new window that its new platform would launch in May.',
        'The company said that its new platform would launch in May.',
      ],
      [
        'The report (opens in a new tab) found that rents rose by a tenth.',
        'The report found that rents rose by a tenth.',
      ],
    ],
  },
  {
    kind: 'prose about windows and tabs stays',
    cases: [
      'Clicking the button opens a new window with the full map.',
      'The browser opens a new tab for each search.',
      'Opens a new window onto the lives of miners, the book was praised by critics.',
    ].map((s): [string, string] => [s, s]),
  },
];

describe.each(CASES)('cleanSentence: $kind', ({ cases }) => {
  it.each(cases)('%s', (sentence, shown) => {
    expect(cleanSentence(sentence)).toBe(shown);
  });
});
