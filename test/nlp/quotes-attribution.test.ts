// The attributing phrase of a quotation (utils/nlp/quotes-attribution.ts) on sentences from news: which
// words the cue parser takes as the speaker's phrase.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../utils/nlp/quotes-attribution';
import { attributionByColon } from '../../utils/nlp/speakers/colon';
import { passiveAgentBefore } from '../../utils/nlp/speakers/passive';

/** The phrase and cue before the first quotation mark of `text` (one sentence). */
function before(text: string) {
  const open = text.search(/[“"]/);
  const a = attributionBefore(text, open, 0, 0);
  return a && { phrase: text.slice(a.start, a.end), cue: a.cue };
}

/** The phrase and cue after the quotation that opens `text`. */
function after(text: string) {
  const close = text.indexOf('”', 1);
  const a = attributionAfter(text, close, text.length, text.slice(1, close));
  return a && { phrase: text.slice(a.start, a.end), cue: a.cue };
}

describe('attributionBefore', () => {
  it('does not end the subject at a participle after a determiner (“The alleged victim, Mary Stone, said”)', () => {
    expect(before('The alleged victim, Mary Stone, said she was “terrified.”')?.phrase).toMatch(/Mary Stone$/);
  });

  it('reads “alleges” as a speech verb, as legal news uses it', () => {
    expect(before('The lawsuit alleges that the company “knowingly misled investors.”')).toEqual({
      phrase: 'The lawsuit',
      cue: 'alleges',
    });
    expect(before('Prosecutors alleged that Dunn “stole from the charity for years.”')).toEqual({
      phrase: 'Prosecutors',
      cue: 'alleged',
    });
  });

  it('ends an “according to” phrase with its sentence', () => {
    expect(
      before(
        'They take time, he said according to a transcript reviewed by Business Insider. They take years. “I wait.”',
      ),
    ).toEqual({ phrase: 'a transcript reviewed by Business Insider', cue: 'according to' });
  });

  it('takes the name after a conjunction opening the sentence, not what follows its apposition', () => {
    expect(before('But Gonzalez, 54, said: “Those beds are far away.”')).toEqual({
      phrase: 'Gonzalez, 54',
      cue: 'said',
    });
  });

  it('takes the subject of the attribution of the quotation before a participle (“she said, adding:”)', () => {
    const text = '“We are full every night,” she said, adding: “Nobody answered.”';
    const open = text.lastIndexOf('“');
    const a = attributionBefore(text, open, text.indexOf('”') + 1, 0);
    expect(a && { phrase: text.slice(a.start, a.end), cue: a.cue }).toEqual({ phrase: 'she', cue: 'adding' });
  });

  it('starts the subject after a fronted adverb and its comma', () => {
    expect(
      before('Earlier Saturday, Yoon apologized in a televised address, saying they “stemmed from the urgency”.'),
    ).toEqual({
      phrase: 'Yoon',
      cue: 'saying',
    });
  });

  it('leaves adverbs between the subject and the verb out of the phrase', () => {
    expect(
      before('He observed that the federal government had already stated to him that it had “no real interest”.'),
    ).toEqual({ phrase: 'the federal government', cue: 'stated' });
  });

  it('takes the subject of the sentence, not the complement of a preposition, before a participle', () => {
    expect(
      before('Snopes staff writer David Emery posted to Twitter asking if there were “any un-angry Trump supporters?”'),
    ).toEqual({ phrase: 'Snopes staff writer David Emery', cue: 'asking' });
    expect(before('Jobs resigned in a letter to the board of directors stating, “I have always said so.”')).toEqual({
      phrase: 'Jobs',
      cue: 'stating',
    });
  });

  it('still takes the noun phrase right before a participle (“one poster writing”)', () => {
    expect(before('There was one poster writing “we will be back” on the forum.')).toEqual({
      phrase: 'one poster',
      cue: 'writing',
    });
  });
});

describe('attributionBefore, speakers named around the cue', () => {
  it('takes the noun phrase after "with" before a participle as the speaker (absolute construction)', () => {
    expect(before('Fans were angry, with one reader writing “this is the end”.')).toEqual({
      phrase: 'one reader',
      cue: 'writing',
    });
    expect(before('The paper quoted two critics, with Okafor stating: “It is rushed.”')).toEqual({
      phrase: 'Okafor',
      cue: 'stating',
    });
  });

  it('takes the subject after an inverted cue between the two parts of a quotation', () => {
    const text = '“The road opens in May,” said regional governor Ana Duarte, “and tolls come later.”';
    const open = text.lastIndexOf('“');
    const a = attributionBefore(text, open, text.indexOf('”') + 1, 0);
    expect(a && { phrase: text.slice(a.start, a.end), cue: a.cue }).toEqual({
      phrase: 'regional governor Ana Duarte',
      cue: 'said',
    });
  });

  it('takes what a relative pronoun stands for, with its apposition, not the sentence subject', () => {
    expect(
      before('A gloomier view came from Pia Lund, an economist at Aarhus, who warned, “Rates will rise.”'),
    ).toEqual({ phrase: 'Pia Lund, an economist at Aarhus', cue: 'warned' });
    expect(before('The deal was signed by the head of the union, who said it was “a fair end”.')).toEqual({
      phrase: 'the head of the union',
      cue: 'said',
    });
  });

  it('leaves a sentence adverb set off by commas out of the subject', () => {
    expect(before('The exchange, meanwhile, says trades made “at or near noon” will stand.')).toEqual({
      phrase: 'The exchange',
      cue: 'says',
    });
  });
});

describe('attributionBefore, the subject of the clause', () => {
  it('takes a name ending in -ing that opens the sentence as its subject, and still skips a fronted participle', () => {
    expect(before('Boeing rejected the claims and said: “We will cooperate fully.”')?.phrase).toBe('Boeing');
    expect(before('Beijing denied it and later said the visit was “a provocation.”')?.phrase).toBe('Beijing');
    expect(before('Speaking Monday, Senator Jane Roe said: “The bill will pass.”')?.phrase).toBe('Senator Jane Roe');
    expect(before('Writing in the Times, Roe argued: “The war cannot be won by force.”')?.phrase).toBe('Roe');
  });

  it('skips a fronted clause opened by “unless”, “until” or “once” up to its comma', () => {
    expect(before('Unless Congress acts, the agency warned, the program will “run out of money.”')?.phrase).toBe(
      'the agency',
    );
    expect(before('Once the vote was counted, Senator Jane Roe told reporters: “We won.”')?.phrase).toBe(
      'Senator Jane Roe',
    );
  });

  it('leaves an adverb after an auxiliary out of the subject (“RMS has consistently argued”)', () => {
    expect(before('RMS has consistently argued that it was “prudish intimidation.”')?.phrase).toBe('RMS');
    expect(before('Senator Jane Roe has steadfastly maintained that the plan is “unworkable.”')?.phrase).toBe(
      'Senator Jane Roe',
    );
    // a noun in -ly is still the subject's
    expect(before('The Smith family has said it wants “answers, not excuses.”')?.phrase).toBe('The Smith family');
  });

  it('takes the subject of a later clause that has its own subject and verb', () => {
    expect(
      before(
        'Due to the controversy, Eich stepped down on April 3 and Mitchell Baker, its chairwoman, posted a statement: “We did not move fast enough.”',
      )?.phrase,
    ).toBe('Mitchell Baker, its chairwoman');
    // a verb coordinated with the sentence's own keeps the sentence's subject
    expect(before('Roe thanked the voters and posted a message: “You made this possible.”')?.phrase).toBe('Roe');
  });
});

describe('passiveAgentBefore', () => {
  const agent = (text: string) => {
    const a = passiveAgentBefore(text, text.indexOf('“'), 0);
    return a && text.slice(a.start, a.end);
  };

  it('takes the agent of a passive verb of naming before "as" and the quotation', () => {
    expect(agent('The new bridge was hailed by Mayor Ines Costa as “a gift to the city”.')).toBe('Mayor Ines Costa');
    expect(agent('The budget is described by the finance ministry as a “bold step”.')).toBe('the finance ministry');
  });

  it('takes no agent after a verb that is not one of naming, nor where no agent is written', () => {
    expect(agent('The strike was seen by many as “a betrayal”.')).toBeNull();
    expect(agent('The film was called “a mess”.')).toBeNull();
  });
});

describe('attributionByColon', () => {
  const colon = (text: string) => {
    const a = attributionByColon(text, text.indexOf('“'), 0);
    return a && text.slice(a.start, a.end);
  };

  it('takes whom a question, a statement or a quote came from, not the subject of the sentence', () => {
    expect(colon('After the lecture, a question came from a student in the front row: “Why now?”')).toBe(
      'a student in the front row',
    );
    expect(colon('The agency issued a statement from the Ministry of Transport: “Trains will run.”')).toBe(
      'the Ministry of Transport',
    );
    expect(colon('Nadia Rahim added a note: “All seats are taken.”')).toBe('Nadia Rahim');
  });

  it('takes the subject of the clause the colon ends, after a conjunction', () => {
    expect(colon('The council rejected the plan, but the mayor remained defiant: “We will build it anyway.”')).toBe(
      'the mayor',
    );
    expect(colon('Roe thanked the voters of Ohio and Pennsylvania in her speech: “You made this possible.”')).toBe(
      'Roe',
    );
  });

  it('takes the subject before a phrase quoted earlier in the sentence', () => {
    const text =
      'During questions on Wednesday, Sunak defended the record while promising a “formal update” is coming: “We are working intensely.”';
    const open = text.lastIndexOf('“');
    const a = attributionByColon(text, open, 0);
    expect(a && text.slice(a.start, a.end)).toBe('Sunak');
  });
});

describe('attributionAfter', () => {
  it('reads a speech verb after a determiner as an adjective (“the alleged gunman told”)', () => {
    expect(after('“I did nothing wrong,” the alleged gunman told reporters.')).toEqual({
      phrase: 'the alleged gunman',
      cue: 'told',
    });
  });

  it('keeps titles with a period inside the phrase (“said Maj. Gen. Pat Ryder”, “Det. Sgt. Amy Cole told”)', () => {
    expect(after('“We had no warning,” said Maj. Gen. Pat Ryder, a Pentagon spokesman.')).toEqual({
      phrase: 'Maj. Gen. Pat Ryder',
      cue: 'said',
    });
    expect(after('“We had no warning,” Det. Sgt. Amy Cole told the court.')).toEqual({
      phrase: 'Det. Sgt. Amy Cole',
      cue: 'told',
    });
  });

  it('keeps an initialism with periods inside the phrase (“said Assistant U.S. Attorney Kevin Moor”)', () => {
    expect(after('“This was a betrayal of trust,” said Assistant U.S. Attorney Kevin Moor.')).toEqual({
      phrase: 'Assistant U.S. Attorney Kevin Moor',
      cue: 'said',
    });
    expect(after('“We need more time,” the U.N. envoy said on Monday.')).toEqual({
      phrase: 'the U.N. envoy',
      cue: 'said',
    });
  });

  it('takes a sentence of nothing but the attribution and where it was said', () => {
    expect(after('“We are full every night.” Gonzalez said in an interview.')).toEqual({
      phrase: 'Gonzalez',
      cue: 'said',
    });
    // a sentence that goes on to say something of its own is not the quotation's attribution
    expect(after('“We are full every night.” Gonzalez said in March that the city had ignored her.')).toBeNull();
  });

  it('takes the subject of a speech verb after a question', () => {
    expect(after('“Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time.')).toEqual({
      phrase: 'Rothman',
      cue: 'recalls',
    });
    expect(after('“How can it go away?” Alan Mulally remembered asking.')).toEqual({
      phrase: 'Alan Mulally',
      cue: 'remembered',
    });
  });

  it('does not take the next sentence after a question as an attribution', () => {
    expect(after('“Why now?” Critics of the plan point to the costs.')).toBeNull();
    expect(after('“Why now?” The council met on Monday.')).toBeNull();
  });

  it('takes a name ending in -ing as the subject, not as a participle clause (“Boeing said”, “Manning told”)', () => {
    expect(after('“We take these allegations seriously,” Boeing said in a statement.')).toEqual({
      phrase: 'Boeing',
      cue: 'said',
    });
    expect(after('“I feel great,” Peyton Manning told reporters.')).toEqual({ phrase: 'Peyton Manning', cue: 'told' });
    // a lower-case participle after the marks still is no attribution
    expect(after('“We will appeal,” adding that the ruling was wrong.')).toBeNull();
  });

  it('knows verbs of promising and chanting as speech verbs (“pledged”, “vows”, “swore”, “chanted”)', () => {
    expect(after('“Every family will have clean water,” Governor Tom Hale pledged.')?.cue).toBe('pledged');
    expect(after('“We will be back,” the coach vows.')).toEqual({ phrase: 'the coach', cue: 'vows' });
    expect(after('“I will fight this,” Jane Roe swore.')).toEqual({ phrase: 'Jane Roe', cue: 'swore' });
    expect(after('“Not one more cut,” the crowd chanted.')).toEqual({ phrase: 'the crowd', cue: 'chanted' });
  });

  it('knows “instructed” as a speech verb', () => {
    expect(after('“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor.')).toEqual({
      phrase: 'Milton Velez',
      cue: 'instructed',
    });
  });
});
