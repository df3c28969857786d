import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

// A headline quotes the words its story quotes: the same words in marks on the headline and in the body are one
// quotation (quotes/headline-echo.ts).
describe('a headline and its body quoting the same words', () => {
  // text (headline, blank line, body) -> the quotations found
  it.each([
    // the headline's word drops its verb; the body's quotation of it revives it
    [
      `Okafor double sends 'relentless' Harriers top\n\nManager Dana Whitlock described her side as "relentless" after the win.`,
      ['relentless', 'relentless'],
    ],
    // the body's quotation opens with the headline's word
    [
      `Former treasurer jailed for 'brazen' theft\n\nJudge Naomi Pritchard said his offending had been "brazen, sustained and deeply selfish."`,
      ['brazen', 'brazen, sustained and deeply selfish.'],
    ],
    // a phrase of two words or more inside a longer quotation
    [
      `Council chief warns of 'perfect storm' in budgets\n\n"We are facing a perfect storm this winter," said council leader Jane Cole.`,
      ['perfect storm', 'We are facing a perfect storm this winter,'],
    ],
    // a headline quotation found on its own keeps the body's noun phrase ('praised his "heroes"')
    [
      `Ferris hails 'heroes' after ten-man Wexford hold on\n\nWexford manager Stuart Ferris praised his "heroes" after his ten-man side held on.`,
      ['heroes', 'heroes'],
    ],
    // the body names the words a term, not a quotation: neither is one
    [
      `Deep-sea microbes survive on 'rock breath'\n\nThe researchers call the process "rock breath," a term the team coined.`,
      [],
    ],
    // the words unquoted in the body revive nothing
    [`Okafor double sends 'relentless' Harriers top\n\nHarriers were relentless again on Saturday.`, []],
    // one word must open the body's quotation, not sit anywhere in it
    [
      `Bees 'count' to four\n\n"We can count on them to find the food," said Dr Helen Oduya.`,
      ['We can count on them to find the food,'],
    ],
    // a product's name in the headline stays a name when the body quotes a sentence holding it
    [
      `Helio unveils foldable 'Fold Air' at autumn event\n\n"The Fold Air is the thinnest phone we have made," Kenji Mori said.`,
      ['The Fold Air is the thinnest phone we have made,'],
    ],
    // the same words in a later paragraph, not on the headline, are judged alone
    [
      `Budget day\n\nCritics warned of a 'perfect storm'.\n\n"We are facing a perfect storm," said Jane Cole.`,
      ['We are facing a perfect storm,'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
