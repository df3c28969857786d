import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { addMissedNames } from '../../../utils/nlp/people/reused-names';
import { splitSentences } from '../../../utils/nlp/sentences';
import { at, doc, show } from './_doc';

describe('people step: addMissedNames', () => {
  it('adds a full name whose surname recurs alone', () => {
    const d = doc('Romelu Lukaku scored twice. Later Lukaku left the field.');
    expect(show(d, addMissedNames(d, []))).toContain('Romelu Lukaku');
  });

  it('adds a name listed next to a known full name', () => {
    const d = doc('The squad includes Romelu Lukaku, Yannick Carrasco and Dries Mertens.');
    const out = show(d, addMissedNames(d, [at(d, 'Romelu Lukaku')]));
    expect(out).toEqual(expect.arrayContaining(['Romelu Lukaku', 'Yannick Carrasco', 'Dries Mertens']));
  });

  it('adds a name before a role that runs on to its employer, however long the employer', () => {
    const d = doc('The figures came from Ian Lyngen, senior Treasury strategist at CRT Capital Markets in New York.');
    expect(show(d, addMissedNames(d, []))).toContain('Ian Lyngen');
    const e = doc('The grant came from Hope Valley, a village of farmers near the coast.');
    expect(show(e, addMissedNames(e, []))).not.toContain('Hope Valley');
  });

  it('adds a name after a lower-case word and "of" when a known given name opens it, not after an organization', () => {
    const d = doc('The chart is courtesy of Ian Lyngen, senior Treasury strategist at CRT Capital Markets.');
    expect(show(d, addMissedNames(d, []))).toContain('Ian Lyngen');
    const e = doc('Figures came from the Bank of Ian Lyngen, senior Treasury strategist at CRT Capital Markets.');
    expect(show(e, addMissedNames(e, []))).not.toContain('Ian Lyngen');
  });

  it('adds a name after a role word, not a run of common words', () => {
    const d = doc('The side relied on goalkeeper Mouez Hassen. The New Deal was cited.');
    const out = show(d, addMissedNames(d, []));
    expect(out).toContain('Mouez Hassen');
    expect(out).not.toContain('New Deal');
  });

  it('leaves a nationality out of the name and takes it as a cue before a known given name', () => {
    const d = doc('He finished behind Dutchman Erik Vandersloot . Later he beat Czech Martin Novak .');
    const out = show(d, addMissedNames(d, [at(d, 'Novak')]));
    expect(out).toContain('Erik Vandersloot');
    expect(out).toContain('Martin Novak');
    expect(out).not.toContain('Czech Martin Novak');
  });

  it('reads a plural role word before a list of names', () => {
    const d = doc('Fast bowlers Wasim Akram and Waqar Younis shared the wickets .');
    expect(show(d, addMissedNames(d, []))).toEqual(['Wasim Akram', 'Waqar Younis']);
  });

  it('starts the name after an organization word, a known given name there being the cue', () => {
    const d = doc('Officials at Acme Corp Jim Pressler .');
    expect(show(d, addMissedNames(d, []))).toEqual(['Jim Pressler']);
    const unknown = doc('Officials at Acme Corp Bolt Pressler .');
    expect(addMissedNames(unknown, [])).toEqual([]);
  });

  it.each([
    // a verb and his/her, or 'and his/her' and a family noun, right after the name
    ['Ana Lopez lost her home in the fire.', ['Ana Lopez']],
    ['Ana Lopez and her husband opened the shop.', ['Ana Lopez']],
    // an organization says "its"; a preposition or 'and' with no family noun starts another phrase
    ['Ana Lopez lost its licence.', []],
    ['Ana Lopez and her friends opened the shop.', []],
    ['It was Ana Lopez for her fans.', []],
    // an age right after the name, as news gives people's; no age, or a number too large, is no sign
    ['The shift was arriving. Ana Lopez, 24, is an electrician.', ['Ana Lopez']],
    ['Police named him as Ana Lopez (45) of Slough.', ['Ana Lopez']],
    ['Route Nine, 2024, was closed.', []],
    ['The shift was arriving. Ana Lopez is an electrician.', []],
    // a capitalized particle inside the name is neither a common word nor a word of its length
    ['Maria Da Silva, 40, lost her home.', ['Maria Da Silva']],
    ['Ana Lopez Da Silva Costa, 40, lost her home.', []],
  ])('%s', (text, expected) => {
    const d = doc(text);
    expect(show(d, addMissedNames(d, []))).toEqual(expected);
  });

  it.each([
    // a lone surname given a title at an organization is a person, through every later step
    ["Pichai, Google's chief executive, took the stage on Tuesday.", ['Pichai']],
    ["Nadella, Microsoft's chief executive, said nothing.", ['Nadella']],
    // not a company described by another's possessive and no title
    ["Microsoft, Apple's rival, fell.", []],
  ])('%s', (text, expected) => {
    const people = findPeople(text, splitSentences(text));
    expect(people.flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)))).toEqual(expected);
  });

  it('adds a name with a middle initial, and an Irish surname alone', () => {
    const d = doc("The report by Mario J. Lucerne was read out . Then O'Rourke spoke .");
    const out = show(d, addMissedNames(d, []));
    expect(out).toEqual(['Mario J. Lucerne', "O'Rourke"]);
  });

  it('replaces a lone surname the tagger kept by the full name, not a name after "the"', () => {
    const d = doc('Refugee chief Enver Solomonson spoke . Solomonson left . The Harold Grimsby Trust paid .');
    const out = addMissedNames(d, [at(d, 'Solomonson')]);
    expect(show(d, out)).toEqual(['Enver Solomonson']);
    expect(out).toEqual([at(d, 'Enver Solomonson')]);
  });

  it('reads a present-tense person verb after an unknown name ("As Trent Hamm explains")', () => {
    const d = doc('The site is popular. As Trent Hamm explains, replacement can happen.');
    expect(show(d, addMissedNames(d, []))).toEqual(['Trent Hamm']);
  });

  it('adds no run with a word no name list knows that the text writes in lower case elsewhere', () => {
    const d = doc('Samus fought Bounty Hunter. Hunter said every bounty was paid.');
    expect(show(d, addMissedNames(d, []))).not.toContain('Bounty Hunter');
    const e = doc('Samus fought Zyxwv Hunter. Hunter said every bounty was paid.');
    expect(show(e, addMissedNames(e, []))).toContain('Zyxwv Hunter');
  });
});
