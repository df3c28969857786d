import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('a name or a term met before is the same name later, its cue told once', () => {
  // text -> the quotations found
  it.each([
    [
      'It is what workers call "quiet quitting." He said "quiet quitting" was not something the Fed tracked. "It is rare," he said.',
      ['It is rare,'],
    ],
    [
      'He starred in the TV series "Ringside," which ran for five years. But it was "Ringside" that made him a star at 50, his agent said.',
      [],
    ],
    // a speaker right after the marks hands the words over, however they were met before
    [
      'It is what workers call "quiet quitting." "Quiet quitting," she said, "is a myth."',
      ['Quiet quitting,', 'is a myth.'],
    ],
    // words judged someone's are not a name: met again, they are judged again
    ['Officials said prices were "sticky." Powell said they were "sticky" too.', ['sticky.', 'sticky']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('names given by people in general, or by use, are terms', () => {
  // sentence -> the quotations found (with a speaker's sentence after it)
  it.each([
    ['The Fed is watching for what some have dubbed "vibecession," the gap between data and mood.', READY],
    ['Courts have long held that a principle known as the "heckler\'s veto" is forbidden.', READY],
    ['Powell was asked about workers doing the bare minimum, popularized on social media as "quiet quitting."', READY],
    ['The event was marketed as "the fight of the century".', READY],
    ['He is remembered as "the father of modern surgery".', READY],
    ['Tempe is building Culdesac, billed as the country\'s first "car-free neighborhood built from scratch."', READY],
    // a kind of song, show or film right before the marks names a work, even with a cue after
    ['Fans singled out the piano ballad "Thirty-One," widely read as a response to her split.', READY],
    ['He starred in the Netflix thriller "Blind Spot" last year.', READY],
    ['The lead single, "Paper Moon," reached number 11.', READY],
    ['In Japan the film was released as "Sen to Chihiro no Kamikakushi".', READY],
    ['As the saying goes, "you can\'t pour from an empty cup."', READY],
    ['The old adage has it that "the customer is always right".', READY],
    // one statement's words, in the past, by someone named, stay a quotation
    ['Trump condemned what he called "a witch hunt" on Tuesday.', ['a witch hunt', ...READY]],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual(expected);
  });
});

describe('a list item that is only a headline in marks is not attributed to the next item', () => {
  it.each([
    ['More from Tech:\n- "I Tried Living Without Notifications for a Week"\n- The 5 Best Budget Earbuds', []],
    // a pull quote's credit on the next line still attributes it
    ['"We Never Had the Budget, So We Had Ray"\n— Tom Fontana, creator', ['We Never Had the Budget, So We Had Ray']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
