// Quotations handed over by a colon or dash (the forms H2's quotation finder reads since session 13): someone's
// words before the colon give them to their owner (speakers/possessor.ts: 'Her message to the players was clear:',
// 'The minister's answer was short:', 'Her reply:'), and '— so said Jones' names the speaker after the dash
// (cue-after.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));

const COACH = 'Sarah Jones coaches the team. ';
const CLUB = 'Tom Reed owns the club and Sarah Jones coaches it.\n\n';

describe('words owned by someone before a colon or dash, and so said', () => {
  it.each([
    [`${COACH}Her message to the players was clear: "Enjoy it."`, ['person: Sarah Jones']],
    [`${COACH}\n\nHer message to the players was clear: "Enjoy it."`, ['person: Sarah Jones']],
    [`${COACH}Her answer was short — "Not yet."`, ['person: Sarah Jones']],
    [`${COACH}Her reply: "Not yet."`, ['person: Sarah Jones']],
    [
      'The minister, Tom Reed, met the press on Monday. The minister\'s answer was short: "Not yet."',
      ['person: Tom Reed'],
    ],
    ['The minister\'s answer was short: "Not yet."', ['unnamed: The minister']],
    [`${CLUB}"We were lucky" — so said Jones after the match.`, ['person: Sarah Jones']],
    ['"We were lucky" — so said the coach after the match.', ['unnamed: the coach']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
