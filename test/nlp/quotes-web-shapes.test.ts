import { describe, expect, it } from 'vitest';
import { answersOf, found, withSpeech, READY } from './_quotes-fixtures';

// Shapes of pages other than clean news (session 21's written passages): a crowd's cries, a headline's quoted
// predicate, a program's messages, imagined or advised speech, a name 'as the documentation calls it'.
describe('words in marks on web pages of every kind', () => {
  // sentence -> the quotations found (withSpeech adds a speaker's quotation, so speech is near)
  it.each([
    // the noun of a cry and 'of' hands the words over as 'chanted' does
    ['The players left to chants of "Sack the board!" from the away end.', ['Sack the board!']],
    ['Protesters marched to shouts of "Lock him up" outside the court.', ['Lock him up']],
    ['The crowd greeted him with cries of "Shame!" as he left.', ['Shame!']],
    // a song's title there is still a title
    ['They sang a chorus of "Happy Birthday" before the game.', []],
    // a program's output after its failing, a message the reader sees
    ['Tests started failing with "FATAL: sorry, too many clients already." We raised the limit.', []],
    ['The build crashes with the error "cannot find module" on Windows.', []],
    ['If you see "The disk is full," you need a bigger drive.', []],
    // a control's own label
    ['The button now reads "Save changes" instead of "Submit".', []],
    // a name in the present after the marks, as 'what economists call'
    ['The VALUES list can generate "constant tables", as the documentation calls it.', []],
    // one statement's words in the past stay a quotation
    ['It produced "a rolling blackout," as he called it.', ['a rolling blackout,']],
    // anyone at all saying or thinking the words, or advice on what not to say
    ['Every time someone says "literally," a piece of my soul dies.', []],
    ['People often say things like "I am so hungry I could eat a horse."', []],
    ['If someone tells you "it is free," be suspicious.', []],
    ['You might think, "This will not happen to me."', []],
    ['Stop saying "sorry" all the time.', []],
    ['Do not say "I am fine" when you are not.', []],
    ['Instead of asking "what should we build?", ask who it is for.', []],
    // one statement's words in the past, before the writer's noun
    ['The firm blamed what it called "unprecedented" increases in costs.', ['unprecedented']],
    // a name nobody gives, a question the reader is told to put
    ['Stop calling it a "skills gap." It is a pay gap.', []],
    ['Nobody calls that a "steak gap" at the butcher.', []],
    ['Next time, ask them one question: "What are you paying?"', []],
    ['Reporters ask him: "Will you resign?"', ['Will you resign?']],
    // a speaker after the marks keeps them
    ['"People say it is too late," Smith said.', ['People say it is too late,']],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual([...expected, ...READY]);
  });
});

describe("a headline's quoted predicate, the verb dropped", () => {
  const BODY = '\n\nThe minister spoke on Tuesday. "We are ready," the minister said.';
  it.each([
    ["Minister 'deeply sorry' over lost patient records", ['deeply sorry', ...READY]],
    ["PM 'will not be bullied' on housing targets", ['will not be bullied', ...READY]],
    // in Title Case too
    ["Rovers 'Will Not Panic' After Villa Defeat", ['Will Not Panic', ...READY]],
    ["Biden 'Not Worried' About Polls, Aide Says", ['Not Worried', ...READY]],
    // after a possessive it is a title, after an article the writer's noun phrase
    ["Netflix's 'Will Trent' Renewed For Season 3", READY],
    ["The 'will they, won't they' saga goes on", READY],
    // not on the text's first line
    ["Tuesday\n\nMinister 'deeply sorry' over lost records", READY],
  ])('%s', (line, expected) => {
    expect(found(line + BODY)).toEqual(expected);
  });
});

describe('a labelled transcript', () => {
  const PRESS = [
    'Transcript: Coach Dana Rivers after the loss',
    'Questions from reporters are marked Q.',
    'RIVERS: Obviously a tough one. I thought we played hard for sixty minutes and then some. Credit to them.',
    'Q: What did you see on the last drive?',
    'RIVERS: They went to the quick game and we were a step slow.',
    'Q: How is his knee?',
    "RIVERS: I don't know yet. He's getting looked at.",
  ];
  it("reads the answerer's opening statement before the first question as an answer", () => {
    expect(answersOf(PRESS.join('\n\n'))).toEqual([PRESS[2].slice(8), PRESS[4].slice(8), PRESS[6].slice(8)]);
  });
  it('leaves a turn before the first question out when it has no first person', () => {
    const intro = [...PRESS];
    intro[2] = 'RIVERS: Dana Rivers is in her third season as head coach of the Cougars, who are 5-4.';
    expect(answersOf(intro.join('\n\n'))).toEqual([PRESS[4].slice(8), PRESS[6].slice(8)]);
  });
  it("ends the last answer at the interviewer's credit", () => {
    const text = [
      'Five minutes with the chief planner',
      'TP: What is the first thing you changed?',
      'MV: The meeting schedule. We cut eleven committees to three.',
      'TP: How will we know if you have succeeded?',
      "MV: If in five years the waiting list is shorter. That's the only number I care about.",
      'Q&A conducted by Tess Palmer. Vega speaks at the Civic Forum on Thursday.',
    ].join('\n\n');
    expect(answersOf(text).at(-1)).toBe(
      "If in five years the waiting list is shorter. That's the only number I care about.",
    );
  });
});

describe("newswire's ``…'' marks", () => {
  it.each([
    ["``We are ready,'' the mayor said on Tuesday. ``It will be hard.''", ['We are ready,', 'It will be hard.']],
    ["The council met. She called the plan ``a mistake'' and left.", ['a mistake']],
    // backticks without the apostrophes after them are a code literal
    ['Run ``npm ci`` first. "We are ready," the mayor said.', ['We are ready,']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
