import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { dropAsides } from '../../utils/nlp/summary/asides';
import { splitSentences } from '../../utils/nlp/sentences';

// The summary is the article's lead with what is not news taken out (issue #11): these texts are made up.
const run = (paragraphs: string[], title: string | null = null, opts = {}) => {
  const t = paragraphs.join('\n\n');
  return summarize(t, splitSentences(t), { people: [], title }, opts);
};

const LEDE =
  'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, the city council said on Monday.';
const SECOND = 'The station supplies about a fifth of the city’s electricity.';
const THIRD = 'Wind farms off the coast will replace most of its output by the end of the year.';
const FOURTH = 'About 140 workers at the station will be offered jobs at the wind farms.';

describe('summarize: the lead, in order', () => {
  it('is the first three sentences when they are news and short', () => {
    expect(run([LEDE, SECOND, THIRD, FOURTH])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('stops adding sentences at about a lead-3 length in words', () => {
    const long1 =
      'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, after the city council voted on Monday night to end a contract that would have kept the station running until the spring of 2028.';
    const long2 =
      'The station, built in 1968 on the river south of the old town by a company that has since gone out of business, supplies about a fifth of the city’s electricity and employs about 140 workers, most of whom will be offered jobs at the new wind farms off the coast.';
    const s = run([long1, long2, THIRD, FOURTH]);
    // 45 + 52 words: a third sentence would make the summary far longer than a lead-3
    expect(s).toEqual([long1, long2]);
    // 34 + 32 words are past the 60-word limit: no third sentence (short sentences still make three: the first test)
    const lede2 =
      'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, after the city council voted on Monday night to end the contract with the station’s owner.';
    const second2 =
      'The station supplies about a fifth of the city’s electricity, and the wind farms being built off the coast will replace most of its output by the end of next year.';
    expect(run([lede2, second2, FOURTH, THIRD])).toEqual([lede2, second2]);
    // the limit can be changed
    expect(run([long1, long2, THIRD, FOURTH], null, { words: 200 })).toEqual([long1, long2, THIRD]);
    expect(run([LEDE, SECOND, THIRD, FOURTH], null, { count: 2 })).toEqual([LEDE, SECOND]);
  });

  it('does not end the summary at a lede that alone fills the word limit', () => {
    const longLede =
      'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, after the city council voted on Monday night to end a contract with the station’s owner that would have kept the plant and its two chimneys on the river south of the old town running until the spring of 2028 at a cost of millions.';
    // 64 words: past the limit on its own, and still a summary of one sentence is far shorter than a lead-3
    expect(run([longLede, SECOND, THIRD, FOURTH])).toEqual([longLede, SECOND]);
  });
});

describe('summarize: page residue is passed over', () => {
  it('drops captions, credits and the lines a site adds around a story', () => {
    const s = run([
      'Related: Harwick council approves new budget',
      LEDE,
      'The power station in 2019. Image: Harwick City Council.',
      'Sign up for our newsletter to get the top stories every morning.',
      SECOND,
      'Reporting by Jane Doe; Editing by John Roe.',
      THIRD,
    ]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('keeps a lede that names a title and a brand, and drops related links glued in title case', () => {
    // a run of five capitalised words and a capital inside a word are page residue together, unless the sentence is
    // written as prose (mostly lower case, closed)
    for (const lede of [
      'British Prime Minister Boris Johnson said on Sunday that WhatsApp messages between ministers about the Harwick power station would be handed to the inquiry.',
      'Former Goldman Sachs Chief Executive Lloyd Blankfein told FedEx shareholders on Thursday that the company must close its depot in Harwick by June.',
    ]) {
      expect(run([lede, SECOND, THIRD, FOURTH])).toEqual([lede, SECOND, THIRD]);
    }
    const links = 'Harwick Council Votes To Close Coal Station EarlyWind Farms Will Replace Most Of Its Output.';
    expect(run([links, LEDE, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
    const heading =
      'INTERNET DRAFT Jane Doe Document: draft-doe-harwick-04 Intended Status: Informational Expires: 18 June 2015 HarwickPower Abstract This draft describes how the city of Harwick will report the output of its wind farms.';
    expect(run([heading, LEDE, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  // page residue lines around the lede, by where they come from: each is dropped, the story's sentences kept
  const RESIDUE_LINES: Record<string, string[]> = {
    'a syndicating site, a newsletter box or a paywall': [
      'The post Harwick to close its last coal plant appeared first on Harwick News.',
      'Get the latest news from Harwick delivered to your inbox every morning.',
      'Continue reading the main story.',
      'You might also like these stories about the station.',
      'Already a subscriber? Log in to keep reading.',
      'Support independent journalism in Harwick with a gift today.',
      'We may earn a commission when you buy through links on our site.',
      'You have reached your limit of free articles this month.',
      'This article is for subscribers only.',
      'Create a free account to continue reading.',
      'Please enable JavaScript to view this content.',
      'Your browser does not support the video tag.',
    ],
    'a video player’s notice, an embedded post’s credit, a call for comments, a developing-story note, reporters’ places, an archive warning':
      [
        'This video can not be played.',
        'To play this video you need to enable JavaScript in your browser.',
        'Have your say in the comments below.',
        'This article is more than 2 years old.',
        'A post shared by Jane Doe (@janedoe).',
        'This is a developing story and will be updated.',
        'Check back later for updates.',
        'Jane Doe reported from Harwick; John Roe reported from London.',
        'Last modified on Tue 3 Mar 2026 10.14 GMT.',
      ],
  };
  for (const [source, residue] of Object.entries(RESIDUE_LINES))
    it(`drops the lines of ${source}`, () => {
      for (const line of residue) expect(run([LEDE, line, SECOND, THIRD, FOURTH]), line).toEqual([LEDE, SECOND, THIRD]);
    });

  it('drops a caption with a verb when a picture credit follows it', () => {
    const s = run([
      LEDE,
      'Workers walked out of the station after the last shift on Friday.',
      'Image: Harwick City Council.',
      SECOND,
      THIRD,
    ]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('keeps a lede followed by a picture credit whose caption the page left out: captions are short', () => {
    for (const credit of ['Image: Harwick City Council.', 'Photograph: Jane Doe/Reuters.']) {
      expect(run([LEDE, credit, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
    }
  });

  it('drops a line that dates the page, and keeps a sentence that opens with the same word', () => {
    for (const line of ['Last updated at 4:35 PM on 12th January 2012.', 'Published: 12 June 2012.']) {
      expect(run([line, LEDE, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
    }
    const news = 'Updated figures from 2015 show that the station burned less coal than in any year since it opened.';
    expect(run([news, LEDE, SECOND, THIRD])[0]).toBe(news);
  });

  it('drops a news site’s note on its own reporting', () => {
    const s = run([
      'This exclusive interview features first-hand journalism by a Wikinews reporter.',
      'See the collaboration page for more details.',
      LEDE,
      SECOND,
      THIRD,
    ]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('does not take a pronoun sentence after a caption (the pronoun may be the people pictured)', () => {
    const s = run([
      LEDE,
      'Workers at the station in 2019. Image: Harwick City Council.',
      'They will be offered jobs at the wind farms.',
      SECOND,
      THIRD,
    ]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });
});

describe('summarize: sentences that cannot be read on their own', () => {
  it('leaves out the pieces of a quotation that runs over several sentences', () => {
    const s = run([
      LEDE,
      '“We have waited long enough for clean air.',
      'Our children will breathe better next winter,” said the mayor, Ruth Ellis.',
      SECOND,
      THIRD,
    ]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('leaves out the sentences inside a quotation that runs over several sentences, until a paragraph ends it', () => {
    const inside = 'Every winter storm since 1968 has tested the old boilers of the station.';
    const quote = `“We have run this station for fifty years. ${inside} Now it is time to move on,” the mayor said.`;
    expect(run([LEDE, quote, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
    // straight marks: one opens after a space, the other closes
    expect(run([LEDE, quote.replace(/[“”]/g, '"'), SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
    // the same sentence outside a quotation is taken
    expect(run([LEDE, inside, SECOND, THIRD])).toEqual([LEDE, inside, SECOND]);
    // a mark the page never closes does not reach past its paragraph
    const stray = 'The mayor called the closure “a fresh start for the city and for every family in it.';
    expect(run([LEDE, stray, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('takes a sentence opened by "This year", which names its time rather than pointing back', () => {
    const year = 'This year the station burned 300,000 tonnes of coal, the least since it opened in 1968.';
    // after a sentence the summary leaves out (too short to stand alone)
    expect(run([LEDE, 'The vote was close.', year, SECOND, THIRD])).toEqual([LEDE, year, SECOND]);
    // "This decision" points back: taken only right after the sentence it follows
    const decision = 'This decision surprised the unions at the station.';
    expect(run([LEDE, 'The vote was close.', decision, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('takes a sentence opened by an existential "There are", which points back to nothing', () => {
    const there = 'There are about 300 coal stations left in the country, most of them in the north.';
    expect(run([LEDE, 'The vote was close.', there, SECOND, THIRD])).toEqual([LEDE, there, SECOND]);
    // "There, …" (a place) still leans on the sentence before
    const place = 'There, workers will be offered jobs at the new wind farms.';
    expect(run([LEDE, 'The vote was close.', place, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('shows a sentence the page repeats once', () => {
    const s = run([LEDE, SECOND, SECOND, THIRD]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('leaves out a piece of a sentence that starts in lower case', () => {
    const s = run([LEDE, 'is what the mayor called the closure of the station on Monday.', SECOND, THIRD]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });

  it('joins a sentence the splitter cut inside a parenthesis', () => {
    const first =
      'Theodorus of Tabennese (c. 314 – 368) was an Egyptian monk who led the first Christian monastic federation after the death of its founder.';
    const s = run([first, 'He was born into a wealthy Christian family in Upper Egypt.', THIRD, FOURTH]);
    // one sentence (its dates in brackets left out), and the one that leans on it after it
    expect(s.slice(0, 2)).toEqual([
      'Theodorus of Tabennese was an Egyptian monk who led the first Christian monastic federation after the death of its founder.',
      'He was born into a wealthy Christian family in Upper Egypt.',
    ]);
  });

  it('takes a sentence whose verb has no ending (a plural present, an irregular past, a contraction)', () => {
    for (const x of [
      'Airlines choose the seating layout they want on every new plane.',
      'Reporters caught up with the mayor in a cafe near the river.',
      'It’s the first station in the country to close this early.',
    ]) {
      expect(run([LEDE, x, SECOND, THIRD])).toEqual([LEDE, x, SECOND]);
    }
    // a caption without a verb is still left out
    const caption = 'The far end of the turbine hall, shortly after the last shift on Friday.';
    expect(run([LEDE, caption, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('leaves out first-person narration after a lede in the third person', () => {
    const s = run([LEDE, 'I remember the smoke from the station when I was a child.', SECOND, THIRD, FOURTH]);
    expect(s).toEqual([LEDE, SECOND, THIRD]);
  });
});

describe('summarize: asides in brackets', () => {
  it('leaves out translations, short forms and conversions in brackets, and keeps the rest of the sentence', () => {
    const s = run([
      'Isfahan (Persian: اصفهان, also known as Esfahan) is a city in central Iran and the capital of Isfahan Province.',
      'Its airport (IFN) lies 25 km (16 mi) north-east of the old town.',
      'The city has about two million inhabitants, and its main square is one of the largest in the world.',
    ]);
    expect(s).toEqual([
      'Isfahan is a city in central Iran and the capital of Isfahan Province.',
      'Its airport lies 25 km north-east of the old town.',
      'The city has about two million inhabitants, and its main square is one of the largest in the world.',
    ]);
  });

  it('counts the words shown, without the asides, against the length limit', () => {
    // 39 + 24 words with the brackets (past the 60-word limit), 12 + 24 without them: room for a third sentence
    const lede =
      'The Harwick Power Company (HPC, owned since 2009 by the regional utility Nordgrid AS of Oslo, Norway, and by two pension funds of the county) will close its last coal station (built in 1968 by the city) in June.';
    const second =
      'The station supplies about a fifth of the city’s electricity and employs about 140 workers, most of whom live in the river district.';
    const third = 'Wind farms off the coast will replace most of its output by the end of the year.';
    expect(run([lede, second, third, FOURTH])).toEqual([
      'The Harwick Power Company will close its last coal station in June.',
      second,
      third,
    ]);
  });

  it('keeps a short form in brackets that the summary uses again, and drops numbered references', () => {
    const s = run([
      'Research on second language (L2) learning has shown how adults acquire L2 grammar [1] – [11].',
      'Adult learners can reach native-like levels of use and processing (ERP) in a new language [12], [13].',
      'Whether they keep them after a long break from the language is much less well known [3, 4].',
    ]);
    expect(s).toEqual([
      'Research on second language (L2) learning has shown how adults acquire L2 grammar.',
      'Adult learners can reach native-like levels of use and processing in a new language.',
      'Whether they keep them after a long break from the language is much less well known.',
    ]);
  });

  it('keeps a sentence that is all aside, and a bracket that never closes', () => {
    expect(dropAsides('(The station closed in 2019.)')).toBe('(The station closed in 2019.)');
    expect(dropAsides('The station (built in 1968 closed in 2019.')).toBe('The station (built in 1968 closed in 2019.');
    expect(dropAsides('Sen. Jane Roe (D-Ore.) said the plan (a draft) was late.')).toBe(
      'Sen. Jane Roe said the plan was late.',
    );
  });
});

describe('summarize: the lede', () => {
  it('keeps an opening sentence that starts with "It" or "This year", which lean on nothing before them', () => {
    const it1 = 'It took Harwick thirty years to get rid of coal, and the last power station will close in June.';
    expect(run([it1, SECOND, THIRD, FOURTH])[0]).toBe(it1);
    const year =
      'This year’s survey of more than 5,000 households in Harwick found that most want the coal station closed.';
    expect(run([year, SECOND, THIRD, FOURTH])[0]).toBe(year);
  });

  it('keeps a lede in another language, which the English verb test cannot read', () => {
    const lede =
      'Após rechaçar um encontro da seleção brasileira com o presidente eleito, o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012 ao ex-presidente Lula.';
    const s = run([
      lede,
      'Ao lado de representantes do clube paulista, o atual comandante do Brasil ainda entregou uma réplica do troféu.',
      'Tite disse que não visitará o presidente eleito com a seleção brasileira.',
      'A seleção brasileira joga no domingo contra o Uruguai em Londres.',
    ]);
    expect(s[0]).toBe(lede);
  });

  it('keeps a lede without headline words unless a sentence soon after carries the headline', () => {
    const lede = 'Nothing beats the passion of a true fan writing about something they love.';
    const next = 'Please note that this is the first half of a long story about the game Metroid.';
    const paragraphs = [
      lede,
      next,
      'The second half will be published next week with many more pictures.',
      'Readers can send their own memories of the game to the editors.',
    ];
    // the later sentence has two of the headline's six words: not enough to call the lede an anecdote
    expect(run(paragraphs, 'The Spectacular Story of Metroid, One of Gaming’s Richest Universes')[0]).toBe(lede);
  });

  it('keeps a lede that carries a headline word inside a hyphenated word ("coal-fired" for "coal")', () => {
    const lede = 'The city council voted on Monday to close its final coal-fired power station two years early.';
    const paragraphs = [lede, 'Harwick’s last coal plant supplies a fifth of the city’s power.', THIRD, FOURTH];
    expect(run(paragraphs, 'Harwick to shut last coal plant')[0]).toBe(lede);
  });

  it('keeps the lede when the title is a one-word section heading, which tells nothing of the gist', () => {
    const lede = 'Isfahan is a city in central Iran and the capital of Isfahan Province.';
    const paragraphs = [
      lede,
      'To understand the city, visitors should start at its great square, one of the largest in the world.',
      'The bazaar north of the square is open every day except Friday.',
      'Most hotels are within a short walk of the river.',
    ];
    expect(run(paragraphs, 'Understand')[0]).toBe(lede);
    // nor a title of two words or more that the next sentence carries: the lede tells of no one at length, and is no
    // anecdote
    expect(run(paragraphs, 'Understand the square')[0]).toBe(lede);
  });
});

describe('summarize: Chinese and Japanese', () => {
  // written without spaces: one long "word" to the English tests, which once took every sentence for residue
  const JA_LEDE = '東京都は九日、港区の古い倉庫を取り壊して新しい公園を二〇二七年までに整備する計画を発表した。';
  const JA_2 = '公園の広さは約三ヘクタールで、子ども向けの広場と図書館を設ける予定だという。';
  const JA_3 = '都によると、整備費はおよそ百二十億円で、来年度の予算案に盛り込む方針だ。';
  const JA_4 = '地元の住民からは、緑が増えることを歓迎する声が上がっている。';

  it('opens with the lede of a Japanese story and passes over the date line', () => {
    expect(run(['東京 3月9日', JA_LEDE, JA_2, JA_3, JA_4])).toEqual([JA_LEDE, JA_2, JA_3]);
  });

  it('passes over a short caption and a question, which are not prose', () => {
    const s = run(['写真は会見する知事。', '新しい公園はどんな場所になるのだろうか？', JA_LEDE, JA_2, JA_3, JA_4]);
    expect(s[0]).toBe(JA_LEDE);
  });

  it('opens with the lede of a Chinese story, after its dateline', () => {
    const lede = '北京市政府周一宣布，将在明年年底前把城区的公交车全部更换为电动公交车。';
    const s = run([
      '新华社北京3月9日电',
      lede,
      '据介绍，这项计划涉及约两万辆公交车，总投资超过一百亿元人民币。',
      '市民普遍欢迎这一决定，认为电动公交车噪音更小、空气更干净。',
      '专家表示，充电设施的建设将是计划能否按时完成的关键。',
    ]);
    expect(s[0]).toBe(lede);
    expect(s).toHaveLength(3);
  });
});
