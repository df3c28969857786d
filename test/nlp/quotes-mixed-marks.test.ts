import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

// Quotations printed in the marks the text does not mostly use: double marks in a British text quoted in single
// ones, and single marks (British tabloids print straight ones) in a text quoted in double ones or in none.
describe('findQuotes: quotations in the other style of marks', () => {
  const rows: [text: string, expected: string[]][] = [
    // double marks among single ones: speech and partial quotations alike
    [
      "'People think it's a way of life,' he says. 'It's a business.' A buyer offered him a sum he describes as " +
        '"not daft money". "We\'ve lost the boats, but not the harbour," Rennie said. \'I was going to give it six ' +
        "months,' she says.",
      [
        "People think it's a way of life,",
        "It's a business.",
        'not daft money',
        "We've lost the boats, but not the harbour,",
        'I was going to give it six months,',
      ],
    ],
    // as many sentences in each style: the one that also holds the phrases is the text's
    [
      "'She abused that trust,' he told the court. 'They could not know.' Her barrister said she had been in " +
        "'serious debt' and was 'deeply ashamed'. Judge Lowe said: \"You stole from people who trusted you.\" " +
        '"The only sentence is custody," he added.',
      [
        'She abused that trust,',
        'They could not know.',
        'serious debt',
        'deeply ashamed',
        'You stole from people who trusted you.',
        'The only sentence is custody,',
      ],
    ],
    // the sentence's punctuation after the closing mark, as some British outlets print it
    [
      'Fans queued overnight.\n\n‘It’s the biggest gig of the year’, said Sam Jones, 19.\n\n‘We’ve been waiting since ' +
        'six o’clock’, her friend added.',
      ['It’s the biggest gig of the year', 'We’ve been waiting since six o’clock'],
    ],
    ["'We got this wrong', a spokesman said. 'We will put it right'.", ['We got this wrong', 'We will put it right']],
    // single marks alone, with speech attached: after a speech verb and a colon, before a speaker's clause
    ["Mr Sunak said: 'We will not be bullied by anyone.'", ['We will not be bullied by anyone.']],
    ["'We will not be bullied by anyone,' Mr Sunak said.", ['We will not be bullied by anyone,']],
    [
      "He told MailOnline: 'I'm devastated. I don't know what we'll do now.'",
      ["I'm devastated. I don't know what we'll do now."],
    ],
    // the speaker goes on after the attribution
    [
      '"Ten years ago it was all rock," she said. \'We will not be bullied by anyone,\' Mr Sunak said. ' +
        "'We never have been.'",
      ['Ten years ago it was all rock,', 'We will not be bullied by anyone,', 'We never have been.'],
    ],
    // and in the next paragraph, right after the quotation
    [
      '"We are ready," the mayor said. "It is a record," he added. "Nobody has won more."\n\nHe told MailOnline: ' +
        "'I had to get my neighbour to check it.'\n\n'I thought my eyes were going.'\n\nThe lottery agreed.",
      [
        'We are ready,',
        'It is a record,',
        'Nobody has won more.',
        'I had to get my neighbour to check it.',
        'I thought my eyes were going.',
      ],
    ],
    // single marks in a text quoted in double ones, no speech attached: apostrophes or the writer's
    [
      "\"We are ready,\" the mayor said. He grew up on rock 'n' roll in the '90s and joined the players' union at " +
        "six o'clock. The sign read 'Keep off the grass, by order of the council.' and nobody did.",
      ['We are ready,'],
    ],
    // a nested quotation stays inside its quotation
    [
      "\"He told me, 'You're fired, and don't come back,' and walked out,\" she said.",
      ["He told me, 'You're fired, and don't come back,' and walked out,"],
    ],
    // a verb in the passive after 'be' attributes nothing: the single marks hold a name's pattern, not speech
    [
      "To offer a server as 'the storage of <account> at <host>', exactly one link of this form SHOULD be added. " +
        '"We are ready," the mayor said.',
      ['We are ready,'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// A live blog's key events: a time, a name and a colon before the speaker's words, in either marks.
describe("findQuotes: a live blog's key-event lines", () => {
  const rows: [text: string, expected: string[]][] = [
    [
      "Key events\n1h ago Reeves: 'This is a budget for working people'\n2h ago Badenoch: 'The chancellor has broken " +
        "her promises'\n3h ago IFS warns on borrowing",
      ['This is a budget for working people', 'The chancellor has broken her promises'],
    ],
    [
      '14:31 GMT Badenoch: “The chancellor has broken her promises”\n\nMore to follow.',
      ['The chancellor has broken her promises'],
    ],
    // an entry's heading under its time on a line of its own
    [
      "14:31 GMT\n\nReeves: 'This is a budget for working people'\n\nRachel Reeves ends her speech. \"It fixes the " +
        'foundations," she says.',
      ['This is a budget for working people', 'It fixes the foundations,'],
    ],
    // no time before the name, or words after the marks: a heading's phrase, as before
    ["Key events\nRail: 'significant disruption' all weekend\n15:40 Rail: 'disruption all weekend' expected", []],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
