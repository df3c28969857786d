import { describe, expect, it } from 'vitest';
import { markedSpans } from '../../utils/nlp/quotes/marks';

const spans = (text: string) => markedSpans(text).map((s) => text.slice(s.start, s.end));

describe('markedSpans: which marks are the quotation marks', () => {
  it('reads single marks as the quotation marks of a British text with a nested double quotation', () => {
    const text =
      '‘We’re not going to give up,’ she said. Mr Smith said: ‘It’s a shame. I don’t know what “fair” means to them.’';
    expect(spans(text)).toEqual([
      'We’re not going to give up,',
      'It’s a shame. I don’t know what “fair” means to them.',
    ]);
  });

  it('reads straight single marks the same way', () => {
    const text = `'We're not going to give up,' she said. He said: 'It's a shame. I don't know what "fair" means.'`;
    expect(spans(text)).toEqual(["We're not going to give up,", 'It\'s a shame. I don\'t know what "fair" means.']);
  });

  it('keeps double marks where the single ones are nested inside them', () => {
    const text =
      '“He told me, ‘You’re fired,’ and walked out,” she said. “My father said ‘never give up’ to me,” she added.';
    expect(spans(text)).toEqual([
      'He told me, ‘You’re fired,’ and walked out,',
      'My father said ‘never give up’ to me,',
    ]);
  });

  it('keeps double marks where the single ones hold nicknames and scare quotes', () => {
    const text =
      'The fans call him ‘the Nickinator’ and ‘Nicktendo’. “I have no doubt that the team will win it,” he said. ' +
      'They fear ‘observer bias’ here.';
    expect(spans(text)).toEqual(['I have no doubt that the team will win it,']);
  });

  it('reads double primes printed for quotation marks, not an inch mark after a figure', () => {
    const text =
      'Among the comments: ″Finally! No more driving to Stansted.″ He is 5′11″ tall. ″We lost money,″ she said.';
    expect(spans(text)).toEqual(['Finally! No more driving to Stansted.', 'We lost money,']);
  });

  it('keeps double marks where the single ones hold strings of code', () => {
    const text =
      "$ hg commit -m 'implement feature X (v1)' $ echo 'better fix (alice)' > file1 $ hg amend -m 'fix bug 24 (v2 by alice)'\n\n" +
      'The reviewer said, "Go ahead and publish once you fix that."';
    expect(spans(text)).toEqual(['Go ahead and publish once you fix that.']);
  });
});

describe('markedSpans: apostrophes in single-quoted quotations', () => {
  it('does not close a quotation at a plural’s apostrophe', () => {
    const text = '‘We will fight,’ she said. ‘The players’ union has been clear, and so have we.’ He agreed.';
    expect(spans(text)).toEqual(['We will fight,', 'The players’ union has been clear, and so have we.']);
  });

  it('closes at a mark after a word when the next quotation opens before any other closing mark', () => {
    const text = '‘We will fight on,’ she said. They are the ‘Famous Five’ of the club, she said, ‘and we love them.’';
    expect(spans(text)).toEqual(['We will fight on,', 'Famous Five', 'and we love them.']);
  });

  it('carries a British quotation over paragraphs past an apostrophe', () => {
    const text =
      'The minister spoke.\n\n‘We’re not going to give up. This is about the workers’ rights and nothing else.\n\n' +
      '‘We will fight on,’ she said.';
    expect(spans(text)).toEqual([
      'We’re not going to give up. This is about the workers’ rights and nothing else.\n\n‘We will fight on,',
    ]);
  });

  it('closes a phrase mid-sentence even when the next paragraph opens with a quotation', () => {
    const text =
      'He appeared on the BBC’s ‘Question Time’ on Thursday.\n\n‘It’s a sad day for the town,’ said Mrs Jones.\n\n' +
      'Police called the attack ‘cowardly’ and appealed for help.\n\n‘We were told to stay put,’ one resident said.';
    expect(spans(text)).toEqual([
      'Question Time',
      'It’s a sad day for the town,',
      'cowardly',
      'We were told to stay put,',
    ]);
    // straight marks the same
    expect(spans(text.replace(/[‘’]/g, "'"))).toEqual([
      'Question Time',
      "It's a sad day for the town,",
      'cowardly',
      'We were told to stay put,',
    ]);
  });

  it('closes at the mark after a word at the end of a paragraph', () => {
    const text = 'He is one of the ‘Famous Five’ now, she said. ‘It is a good name,’ she said.\n\nNext story.';
    expect(spans(text)).toEqual(['Famous Five', 'It is a good name,']);
  });
});

describe('markedSpans: the marks of other languages', () => {
  it('German „…“ and »…«, Polish „…”, French « … », Japanese 「…」', () => {
    expect(spans('Er sagte: „Wir erhöhen die Steuern nicht.“ Dann ging er. „Nie“, sagte sie.')).toEqual([
      'Wir erhöhen die Steuern nicht.',
      'Nie',
    ]);
    expect(spans('Er sagte: »Wir erhöhen die Steuern nicht.« Dann ging er.')).toEqual([
      'Wir erhöhen die Steuern nicht.',
    ]);
    expect(spans('Powiedział: „Nie podniesiemy podatków”. Potem wyszedł.')).toEqual(['Nie podniesiemy podatków']);
    expect(spans('Il a déclaré : « Nous n’augmenterons pas les impôts. » Puis il est parti.')).toEqual([
      'Nous n’augmenterons pas les impôts.',
    ]);
    expect(spans('首相は「経済対策を急ぎたい」と述べた。')).toEqual(['経済対策を急ぎたい']);
  });

  it('an English “…” still closes with ”, and a French » after a space closes rather than opens', () => {
    expect(spans('He said “we will win” and left.')).toEqual(['we will win']);
    expect(spans('« Nous gagnerons » a-t-il dit, « sans doute ».')).toEqual(['Nous gagnerons', 'sans doute']);
  });
});

describe('markedSpans: one curly mark printed for the other', () => {
  const rows: [string, string[]][] = [
    ['“We will win this fight,“ she said. “Nobody is leaving.“', ['We will win this fight,', 'Nobody is leaving.']],
    ['”We will win this fight,” she said. ”Nobody is leaving.”', ['We will win this fight,', 'Nobody is leaving.']],
    // German „…“ stays as it was
    ['Sie sagte: „Wir schaffen das.“ Dann ging sie.', ['Wir schaffen das.']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
