import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('words on a sign, a banner or a T-shirt are a quotation, however capitalized', () => {
  // sentence -> the quotations found (with a speaker's sentence after it)
  it.each([
    [
      'Advocates rallied outside the Capitol, holding signs that read "Asylum Is a Right" and "No Deals on Our Backs."',
      ['Asylum Is a Right', 'No Deals on Our Backs.', ...READY],
    ],
    ['A banner in the North Stand read "Ipswich Till I Die".', ['Ipswich Till I Die', ...READY]],
    [
      'Campaigners unfurled a banner outside the venue reading "Pay Up For Climate Justice".',
      ['Pay Up For Climate Justice', ...READY],
    ],
    ['Protesters carried placards saying "Hands Off Our NHS" as they marched.', ['Hands Off Our NHS', ...READY]],
    ['Her T-shirt read "Nevertheless, She Persisted".', ['Nevertheless, She Persisted', ...READY]],
    ['On the giant screen, a message flashed: "Be Loud, Be Messy, Be You."', ['Be Loud, Be Messy, Be You.', ...READY]],
    // a title or a name stays out: no sign carries it
    ['The band played "Ipswich Till I Die" twice.', READY],
    ['She read "Pride and Prejudice" on the train.', READY],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual(expected);
  });
});
