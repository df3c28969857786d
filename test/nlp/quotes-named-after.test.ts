import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('words named as a work, a term or a code; partial quotations handed to someone', () => {
  // sentence -> the quotations found (with a speaker's sentence after it)
  it.each([
    // a work noun or a gloss after the marks names them
    ['The band closed with "there is a light that never goes out," a Smiths cover.', READY],
    ['"Hygge," the Danish idea of cosiness, became a marketing craze in 2016.', READY],
    // a noun that goes on, or a possessive, is someone else: the words stay a quotation
    ['"We won," the single mother told reporters.', ['We won,', ...READY]],
    ['"It was magic," the film\'s star said.', ['It was magic,', ...READY]],
    // 'which she calls' names, as 'what she calls' does
    ['The recipe, which she calls "lazy lasagne," takes 20 minutes.', READY],
    // 'in the words of' hands the words to their owner, however far back it is in the clause
    [
      'She became, in the words of one newspaper of the time, "the fastest woman in the Commonwealth."',
      ['the fastest woman in the Commonwealth.', ...READY],
    ],
    // a code word, a password, an error message are named, not said
    ['Prosecutors said the gang used the code word "pizza" for cocaine.', READY],
    ['If you see the error "This site can\'t be reached," check your connection.', READY],
    // a partial quotation handed over: 'which the company called', a verb of judging aloud, 'according to' after it
    ['The ruling, which the company called "disappointing," can be appealed.', ['disappointing,', ...READY]],
    // the same without "which": a pronoun or a name after the writer's noun calls it so; a name given stays one
    ['It was a plan Mayor Dana Whitcomb called "painful but necessary."', ['painful but necessary.', ...READY]],
    ['The deal he called "a disgrace" collapsed on Monday.', ['a disgrace', ...READY]],
    ['The band called "the long ones" played first.', READY],
    // a part of what a speech verb's clause names ('was part of a', 'is one of the') is the predicate, as 'was a' is
    ['Thordarson said the eruption was part of a "new volcanic era" on the peninsula.', ['new volcanic era', ...READY]],
    ['The meeting was part of a "charm offensive" by the firm.', READY],
    // a song named after "classic" or "hit", and a person or a thing known only by a label, are named
    ['She joined him for a duet of the classic "Long Road Home," he told reporters.', READY],
    ['A witness, identified only as "Witness B," told the court she saw the car.', READY],
    ['A character the script introduces only as "the man from Dublin" appears late.', READY],
    // a name known in some circle is named, as one known locally is
    ['The case, known in court filings as "Moss et al. v. Castlegate Holdings LLC," is watched.', READY],
    ['In his resignation letter, the bishop bemoaned "grave failures."', ['grave failures.', ...READY]],
    // a capitalized name described 'as' something is the thing described; the words after 'as' may be a quotation
    [
      'Rodrigo has described "Guts" as "an album about the messiness of growing up."',
      ['an album about the messiness of growing up.', ...READY],
    ],
    ['Trump dismissed "Russiagate" as a hoax on Tuesday.', READY],
    // 'what she calls' names, unless the words speak in the first person at length: then they are hers
    [
      'She guides buyers through what she calls "the most confusing market I have ever seen."',
      ['the most confusing market I have ever seen.', ...READY],
    ],
    ['She swears by what she calls "me time" on Sundays.', READY],
    // a rule, a doctrine, words like: the words are named
    ['The rule of "last in, first out" applies to redundancies.', READY],
    ['He said words like "unprecedented" had lost their meaning.', READY],
    // a video's title after the platform's noun
    ['Her TikTok, "Day in the life of a nurse," has 2 million views.', READY],
    // grammar words alone modify no noun, and an adverb after the marks is no noun
    ['Reeves has repeatedly warned of "tough decisions" ahead.', ['tough decisions', ...READY]],
    ['Kuleba said Ukraine would keep fighting "with or without" U.S. help.', ['with or without', ...READY]],
    // an evaluative adjective right after a judging verb and its object is the judge's word; a term is not
    ['Critics praised the album\'s "fearless honesty."', ['fearless honesty.', ...READY]],
    ['The coach thanked his "magnificent" goalkeeper.', ['magnificent', ...READY]],
    ['The minister criticised the "bedroom tax" in a speech.', READY],
    // verbs of apology, thanks, welcome and criticism judge aloud too
    ['The bishop apologised for "grave failures" in the diocese.', ['grave failures', ...READY]],
    ['The coach thanked the crowd for "unreal noise."', ['unreal noise.', ...READY]],
    ['The union welcomed "real progress" on pay.', ['real progress', ...READY]],
    ['The senator criticised "blatant cronyism" in the contract.', ['blatant cronyism', ...READY]],
    ['He threatened to "destroy" the company if it refused.', ['destroy', ...READY]],
    ['Analysts expect a "modest" rise in rates next year, according to a Reuters poll.', ['modest', ...READY]],
    // a company naming its own things, in the present; a label as the subject of the writer's clause, even
    // after a speech verb (the words after 'was' stay a quotation)
    ['The company, which calls its stores "experience centres," said sales rose.', READY],
    ['Critics said the "Rwanda plan" was "unworkable and cruel."', ['unworkable and cruel.', ...READY]],
    // one capitalized word right after a speech verb is an utterance; a name before a verb is not
    ['Musk replied "Exactly" to a post about the election.', ['Exactly', ...READY]],
    ['He said "Dune" was his favourite novel.', READY],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual(expected);
  });
});
