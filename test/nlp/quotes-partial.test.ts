import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

describe("a partial quotation is the speaker's words, though the writer's article or verb sits outside the marks", () => {
  // sentence -> the quotations found
  it.each([
    // a judging verb's evaluative word, by its suffix (-ing, -ly too)
    ['Zelensky thanked allies for their "unwavering support".', ['unwavering support']],
    ['The ruling party condemned the "cowardly attack".', ['cowardly attack']],
    // paying tribute and blaming are judging aloud
    ['The family paid tribute to a "loving father and husband".', ['loving father and husband']],
    ['The firm blamed "unforeseen technical difficulties" for the delay.', ['unforeseen technical difficulties']],
    // the predicate of a reported clause
    ['Scientists say the findings are a "wake-up call".', ['wake-up call']],
    // the plain present of a speech verb, as its past does
    ['The authors warn that the findings are "preliminary" and need to be replicated.', ['preliminary']],
    ['Critics argue that the scheme is "unworkable".', ['unworkable']],
    // a court's or a panel's ruling hands the phrase to its subject
    [
      'A judge blocked the law, ruling that the measure was "plainly unconstitutional" under precedent.',
      ['plainly unconstitutional'],
    ],
    ['The judge ruled the search was "unreasonable" under the Fourth Amendment.', ['unreasonable']],
    // the speaker's own first person is speech, however short and with no speech verb
    ['His final words were reportedly "I\'m bored", though this is disputed.', ["I'm bored"]],
    // a person's own state, not a name they go by
    ['Smith, who described himself as "heartbroken", thanked supporters.', ['heartbroken']],
    // still the writer's: a term under a judging verb, a name someone goes by, a noun phrase with no speech
    ['He criticised the "bedroom tax" in a speech.', []],
    ['The group describes itself as a "community platform".', []],
    ['The findings are a "wake-up call" for the industry.', []],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});
