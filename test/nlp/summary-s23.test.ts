import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';
import { run } from './_summary-fixtures';

// Shapes of news the corpora lack (issue #11, written passages of session 23): a live page's key points without full
// stops under their label, a sitting opened in words other than "come to order", and a feature's nut graf whose next
// sentence words the news otherwise than the headline. These texts are made up.

/** The summary of lines joined by single newlines (a live page as extracted), with the headline. */
const lines = (ls: string[], title: string | null = null) => {
  const t = ls.join('\n');
  return summarize(t, splitSentences(t), { people: [], title });
};

describe('summarize: key points without full stops under their label', () => {
  const POINTS = [
    'Flooding has closed 40 schools across Cumbria and Lancashire',
    'The Environment Agency has issued 12 severe flood warnings',
    'Trains between Carlisle and Preston are suspended',
  ];
  const POSTS = [
    '09:12 GMT',
    'Police say a man has been rescued from his car near Kendal.',
    '08:55 GMT',
    'The river Eden is expected to peak at lunchtime, forecasters say.',
  ];
  const TITLE = 'Floods live: schools shut as rivers burst banks';

  for (const label of ['Key points', 'Summary', 'What we know so far:']) {
    it(`"${label}": the points, with a full stop, before the posts`, () => {
      expect(lines([label, ...POINTS, ...POSTS], TITLE)).toEqual(POINTS.map((p) => `${p}.`));
    });
  }

  it('the same lines without a label are headings: the posts', () => {
    expect(lines([...POINTS, ...POSTS], TITLE)).toEqual([POSTS[1], POSTS[3]]);
  });

  it('a short point (under six words) stays a heading', () => {
    const out = lines(['Key points', 'Schools closed', ...POINTS.slice(1), ...POSTS], TITLE);
    expect(out[0]).toBe(`${POINTS[1]}.`);
  });
});

describe('summarize: a summary in points labelled near the top starts the summary', () => {
  const WELCOME = 'Welcome to our live coverage of the county council elections.';
  const FRAME = 'Counting began at 9am at the leisure centre in Taunton.';
  const ITEMS = [
    'The Liberal Democrats have won control of the council for the first time since 2009.',
    'The Conservatives lost 14 seats, including that of the council leader.',
    'Turnout was 34%, down from 39% four years ago.',
  ];
  const POST = '2.15pm: The returning officer says the last ward will declare by 5pm.';
  const TITLE = 'County elections live: Lib Dems take control';

  it('"Here’s what we know so far:" after the welcome: its points', () => {
    const t = [`${WELCOME} ${FRAME}`, 'Here’s what we know so far:', ...ITEMS, POST];
    expect(lines(t, TITLE)).toEqual(ITEMS);
  });

  it('the same points without the label: the lead as before', () => {
    expect(lines([`${WELCOME} ${FRAME}`, ...ITEMS, POST], TITLE)[0]).toBe(FRAME);
  });

  it('a label far down the text does not move the start', () => {
    const body = [
      'The Liberal Democrats have won control of Somerset council for the first time since 2009, results show.',
      'The party took 31 of the 55 seats.',
      'Its leader, Jo Marsh, said voters had asked for change.',
      'The Conservatives lost 14 seats, including that of the council leader.',
      'Labour held its two seats in Bridgwater.',
      'The Greens won their first seat, in Frome.',
    ];
    const out = lines([...body, 'Key points', ...ITEMS.slice(2), POST], TITLE);
    expect(out[0]).toBe(body[0]);
  });
});

describe('summarize: the words that open a sitting', () => {
  const OPEN = 'This session of the inquiry is now open.';
  const WHO = 'We are hearing today from the port authority’s former harbour master, Ms Ruth Kerr.';
  const SAID = 'Ms Kerr told the inquiry that the crane had failed its safety test twice before the collapse.';
  const MORE = 'She said she had asked for it to be taken out of service in 2021.';

  for (const opener of [OPEN, 'The meeting is now open.', 'This sitting of the committee is open.']) {
    it(`"${opener}" is not shown`, () => {
      expect(run([`${opener} ${WHO}`, SAID, MORE])).not.toContain(opener);
    });
  }

  it('news that something is open is shown', () => {
    const bridge = 'The new bridge over the river Tay is now open to traffic after three years of work.';
    expect(run([bridge, SAID, MORE])[0]).toBe(bridge);
  });
});

describe('summarize: a nut graf whose next sentence words the news otherwise', () => {
  const LEDE = 'Ewan Price rang his dentist in February and was told the first free appointment was in November.';
  const SECOND = 'He lives in Fort William, where no practice has taken new patients for two years.';
  const UNUSUAL = 'His experience is far from unusual.';
  const FIGURE =
    'Nine in ten practices in the north of Scotland are closed to new adult patients, a survey by the health board found.';
  const AFTER = 'The Scottish Government says it is recruiting 200 more staff.';
  const TITLE = 'Why the Highlands cannot find a dentist';

  it('the lede, the nut graf and the sentence after it', () => {
    expect(run([LEDE, SECOND, UNUSUAL, FIGURE, AFTER], TITLE)).toEqual([LEDE, UNUSUAL, FIGURE]);
  });

  it('a lede of no one in particular is no anecdote: the summary as without the anecdote test', () => {
    const hard = 'Dental practices across the north of Scotland have stopped taking new patients this year.';
    const t = [hard, SECOND, UNUSUAL, FIGURE, AFTER].join('\n\n');
    const without = summarize(t, splitSentences(t), { people: [], title: TITLE }, { without: ['anecdote'] });
    expect(run([hard, SECOND, UNUSUAL, FIGURE, AFTER], TITLE)).toEqual(without);
  });

  it('the nut graf’s next sentence with a headline word: as before', () => {
    const withWord = 'Nine in ten practices in the Highlands are closed to new adult patients.';
    expect(run([LEDE, SECOND, UNUSUAL, withWord, AFTER], TITLE)).toEqual([LEDE, UNUSUAL, withWord]);
  });
});
