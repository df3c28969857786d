import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

describe('scare quotes and terms are not quotations', () => {
  it("drops quoted words that modify the writer's noun, even with a speech verb in the sentence", () => {
    expect(found('He said that the projects will secure the future of the "iconic" Ford Falcon.')).toEqual([]);
    expect(found('Banzi says that outlets claim to be selling "official" boards made elsewhere.')).toEqual([]);
    expect(found('She argued that we now live in a "post-truth" society.')).toEqual([]);
  });

  it('drops words named as words: the term, the meaning of, calling, so-called', () => {
    expect(found('Hamilton, who popularized the term "software engineering," later led the team.')).toEqual([]);
    expect(found('The states say that the ordinary meaning of "waive" is to drop a duty.')).toEqual([]);
    expect(found('Buyers can take what Apple is calling "spatial" photos.')).toEqual([]);
    // a longer phrase named as a phrase is no quotation either
    expect(found('The court ruled that the phrase "in the course of employment" covers commuting.')).toEqual([]);
    expect(found('It is often referred to as "the city that never sleeps".')).toEqual([]);
    // the writer's distance from a name, said or not
    expect(found('Officials said the self-styled "king of the north" was arrested on Monday.')).toEqual([]);
    expect(found('Officials said the so called "war on the middle class" had failed.')).toEqual([]);
    // with an object, "referred to X as" is someone's verdict
    expect(found('Trump referred to the report as "a total and complete witch hunt".')).toEqual([
      'a total and complete witch hunt',
    ]);
  });

  it('drops a name someone gives themself, a name known by and a gloss, even with a speech verb after', () => {
    expect(found('The startup, which bills itself as "the Uber for dog walkers," raised $5 million.')).toEqual([]);
    expect(found('The activist, who calls himself "the people\'s lawyer," told reporters he would run.')).toEqual([]);
    expect(found('The group, which describes itself as a "grassroots movement," said it would march.')).toEqual([]);
    expect(found('The militia, known locally as "the Wolves," said it had seized the town.')).toEqual([]);
    expect(found('In Polish, the word translates to "boat," a guide said on the tour.')).toEqual([]);
    // describing something else is a verdict: someone's words
    expect(found('The mayor, who described the plan as "a disaster for the city," said he would veto it.')).toEqual([
      'a disaster for the city,',
    ]);
  });

  it('drops a label given by marking, listing or filing, even when a speaker ends the sentence', () => {
    expect(found('Emails marked as "spam" are deleted after 30 days, Google says.')).toEqual([]);
    expect(found('Two of the victims are still listed as "missing," police said on Sunday.')).toEqual([]);
    expect(found('In Britain the word is spelled "colour," the teacher explained to the class.')).toEqual([]);
    // with its own object the verb gives someone's verdict
    expect(found('The agency classified the group as "a serious threat to national security."')).toEqual([
      'a serious threat to national security.',
    ]);
  });

  it('keeps a short phrase after a finding or a ruling handed down ("found that", "held that")', () => {
    expect(found('The court found that the law was "unconstitutionally vague."')).toEqual([
      'unconstitutionally vague.',
    ]);
    expect(found('The judges held that the search was "plainly unreasonable" under the law.')).toEqual([
      'plainly unreasonable',
    ]);
    // a finding without "that" hands over nothing: the writer's word
    expect(found('The inspectors found "faulty" wiring in the basement.')).toEqual([]);
  });

  it('keeps the words right after "according to X," whatever their length', () => {
    expect(found('According to Lopez, “the bridge will be built.”')).toEqual(['the bridge will be built.']);
    expect(found('According to the mayor’s office, “a review” is under way.')).toEqual(['a review']);
    // "according to" earlier, with the writer's own noun phrase in apposition later, is no attribution
    expect(found('According to the plan, the restaurant, "a hidden gem," will close.')).toEqual([]);
  });

  it('keeps partial quotations that a speech verb governs', () => {
    expect(found('Reid said that he was "terribly disappointed" by the vote.')).toEqual(['terribly disappointed']);
    expect(found('She said she was "stunned" because of how unusual that was.')).toEqual(['stunned']);
    expect(found('Henderson described the events as a "defining moment" in the history of the firm.')).toEqual([
      'defining moment',
    ]);
    // the issue's own example: a partial quotation after "called the plan"
    expect(found('The senator called the plan "a disaster" on Monday.')).toEqual(['a disaster']);
  });

  it('keeps a quoted phrase followed by a verb or a grammar word (the clause goes on, not a noun)', () => {
    expect(found('It was described as "unprecedented" by the department.')).toEqual(['unprecedented']);
    expect(found('He said the plan was "extremely disappointing" and left.')).toEqual(['extremely disappointing']);
  });

  it("keeps a short quotation that is a sentence of its own, but not a title inside the writer's sentence", () => {
    expect(found('The vote failed, Warner said. "There is amnesia." The markets fell.')).toEqual(['There is amnesia.']);
    expect(found('He wiped his hands. "Don\'t get nervous," instructed the supervisor.')).toEqual([
      "Don't get nervous,",
    ]);
    expect(found('From the east, take the highway, aka the "Cherokee Turnpike." Then turn left.')).toEqual([]);
  });

  it("drops a quoted noun phrase after the writer's determiner when no speech verb governs it", () => {
    expect(
      found('Of course, there’s nothing generic about a “fresh, sustainable wild-caught halibut fillet.”'),
    ).toEqual([]);
    expect(found('That is the moment when the "tip of the iceberg" pierces through the water.')).toEqual([]);
    // "has a" is no "as a"
    expect(found('The menu has a "fresh, sustainable wild-caught halibut fillet." Diners agree.')).toEqual([]);
    // "as the" hands the phrase to someone; a speech verb governs the second
    expect(found('North defined the institutions as the "rules of the game": they set the structure.')).toEqual([
      'rules of the game',
    ]);
    expect(found('Officials said it was a "deal with the devil."')).toEqual(['deal with the devil.']);
    // a possessive is a determiner too
    expect(found('The company\'s "move fast and break things" ethos is gone.')).toEqual([]);
  });

  it('drops an epithet in apposition to a name, but not a quotation introduced by its speaker', () => {
    expect(found('Lorenz, “the father of chaos,” started a scientific revolution.')).toEqual([]);
    expect(found('The film, "a love letter to the city," premiered at Cannes.')).toEqual([]);
    expect(found('As the mayor put it, "the city is broke."')).toEqual(['the city is broke.']);
    expect(found('The minister, "a man of the people," she said, will resign.')).toEqual(['a man of the people,']);
    expect(found('He said, "a good deal for everyone involved."')).toEqual(['a good deal for everyone involved.']);
  });

  it('drops a long title after a title cue even when its author follows', () => {
    const text =
      'In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of the purpose.';
    expect(found(text)).toEqual([]);
  });

  it('drops what a reader clicks, types or searches for, and advice to ask yourself', () => {
    expect(found('To turn it off, open the menu and click "Turn off automatic updates" at the bottom.')).toEqual([]);
    expect(found('Search for "best budget laptops 2017" and you will find dozens of lists.')).toEqual([]);
    expect(found('Before every purchase, ask yourself "Will this just end up in a drawer?" and wait a day.')).toEqual(
      [],
    );
    // "press" as a noun is no key being pressed
    expect(found('"We will fight," Noori told the press, "to show that Afghan women can make robots."')).toEqual([
      'We will fight,',
      'to show that Afghan women can make robots.',
    ]);
  });

  it('drops a title of five or more capitalized words after "titled" even with a speech verb after it', () => {
    expect(
      found('In a post titled "Why We Left the Cloud and Never Looked Back", the team explained the move.'),
    ).toEqual([]);
  });

  it("drops a title with the sentence's comma inside the marks, but not one a speech verb introduces", () => {
    expect(found('His 1965 single "Like a Rolling Stone," which reached number two, changed rock music.')).toEqual([]);
    expect(found('Her debut novel, "The Girl Who Played With Fire," sold millions.')).toEqual([]);
    expect(found('She appeared in "Who Is Afraid of the Big Bad Wolf?" in 1994.')).toEqual([]);
    expect(found('Trump tweeted "Happy New Year To All, Including My Many Enemies," on Monday.')).toEqual([
      'Happy New Year To All, Including My Many Enemies,',
    ]);
    expect(found('The crowd chanted. "Lock Her Up!" The rally went on.')).toEqual(['Lock Her Up!']);
    // its sentence's period inside a nested quotation's closing mark
    expect(found('He stopped the leak. “It’s ‘Showtime at the Apollo.’”')).toEqual(['It’s ‘Showtime at the Apollo.’']);
    // a speech verb before a colon introduces it too, and several sentences are speech
    expect(found('Trump wrote on Twitter: "Happy New Year To All, Including My Many Enemies."')).toEqual([
      'Happy New Year To All, Including My Many Enemies.',
    ]);
    expect(found('One fan wrote on Twitter: "Best. Game. Ever."')).toEqual(['Best. Game. Ever.']);
  });

  it('keeps quoted words that the rest of the sentence attributes (", according to …", ", the CDC says.")', () => {
    expect(found('The book is a "must-read for anyone interested in history," according to the review.')).toEqual([
      'must-read for anyone interested in history,',
    ]);
    expect(
      found('They met to discuss the issue of "sexual violence" on his campaign, according to a new report.'),
    ).toEqual(['sexual violence']);
    expect(found('Officers used "excessive force" during the arrest, the lawsuit says.')).toEqual(['excessive force']);
    expect(found('It is the "single most important factor behind the crisis," the CDC says.')).toEqual([
      'single most important factor behind the crisis,',
    ]);
  });

  it('keeps a word or two that a speech verb earlier in the clause hands to its subject', () => {
    expect(found('Cooper said her party has supported the idea "for months" and wants a vote.')).toEqual([
      'for months',
    ]);
    expect(found('According to the report, the agency was "severely understaffed."')).toEqual([
      'severely understaffed.',
    ]);
    expect(
      found('Nasdaq says that all trades at prices far from the price at 2.40 PM "or just before" are void.'),
    ).toEqual(['or just before']);
    // the verb before an earlier quotation of the sentence hands over the later words too
    expect(found('Eich acknowledged that this is "not a complete solution" and isn\'t "perfect".')).toEqual([
      'not a complete solution',
      'perfect',
    ]);
    // a speech noun is no speaker, and a verb before a semicolon governs another clause
    expect(found('Officials will scrap the interview step to "streamline" processing.')).toEqual([]);
    expect(found('He said little; the "reform" stalled.')).toEqual([]);
    expect(
      found('Critics have written two reviews: one for fans and one for readers averse to "spoilers" of any kind.'),
    ).toEqual([]);
  });

  it('keeps a word or two after a verb of judging aloud, and the words of "what X called"', () => {
    expect(found('He dismissed the report as "fake news."')).toEqual(['fake news.']);
    expect(found('The minister blasted the verdict as a "disgrace."')).toEqual(['disgrace.']);
    expect(found('The senator accused the agency of "stonewalling."')).toEqual(['stonewalling.']);
    expect(found('The coach praised the rookie as "fearless."')).toEqual(['fearless.']);
    expect(found('The group condemned what it called an "unprovoked attack."')).toEqual(['unprovoked attack.']);
    expect(found('He resigned over what he called "a betrayal."')).toEqual(['a betrayal.']);
    // what people call a thing, in the present, is a term; a capitalized name after "what X called" is a name
    expect(found('It is what economists call "the paradox of thrift."')).toEqual([]);
    expect(found('This is what the locals called "the Jake" back then.')).toEqual([]);
  });

  it('drops a phrase in marks with nobody speaking in its sentence or the sentences next to it', () => {
    expect(found('The theatre hosts concerts and "movies in the park" every Friday night.')).toEqual([]);
    expect(found('Sequences such as "auxiliary verb and main verb" are split across lines. The poem ends.')).toEqual(
      [],
    );
    // a speech word before, in the sentence or the one next to it, hands the phrase to someone
    expect(found('Opposition leaders slammed the budget as "reckless and cruel to families" on Monday.')).toEqual([
      'reckless and cruel to families',
    ]);
    expect(found('The mayor spoke on Monday. The city needs "a plan for every single street" soon.')).toEqual([
      'a plan for every single street',
    ]);
    expect(found('The city needs "a plan for every single street" soon, according to the mayor.')).toEqual([
      'a plan for every single street',
    ]);
  });

  it('keeps speech that ends its clause inside the marks, and phrases in texts without English speech words', () => {
    expect(found('The door opened. "Hello there," Izuku ventured.')).toEqual(['Hello there,']);
    expect(found('Le ministre a évoqué « une réforme juste pour tous » lundi.')).toEqual([
      'une réforme juste pour tous',
    ]);
  });

  it('keeps a word or two that are someone\'s words ("as X put it", "in the words of"), drops inch marks', () => {
    expect(found('As the mayor put it, "broke." The council agreed.')).toEqual(['broke.']);
    expect(found('In the words of one voter, "shameful." The council agreed.')).toEqual(['shameful.']);
    // a phrase with its owner is someone's; "the phrase" alone names a phrase
    expect(found('There were (in economist Tyler Cowen’s phrase) “markets in everything” in the city.')).toEqual([
      'markets in everything',
    ]);
    expect(found('The court read the phrase "markets in everything" narrowly.')).toEqual([]);
    expect(found('It has a 13.3 "widescreen display, while the Pro has a 15" or 17 "display. It is black.')).toEqual(
      [],
    );
  });

  it('drops strings in code printed in the article (call arguments, object keys and values)', () => {
    expect(found('Then add: if (!res.ok) { console.log("Looks like the response was not perfect at all"); }')).toEqual(
      [],
    );
    expect(
      found('The reply reads { "rel": "remotestorage" } or { "href": "https://example.com/storage/alice" } in full.'),
    ).toEqual([]);
    // an assigned value or an attribute, a key before its colon, a web address (a speaker nearby changes nothing)
    const said = ' "We are ready," she said.';
    for (const code of [
      'Set the option with name = "unlimited storage for every user" in the file.',
      'The page uses <div class="article body text main"> for its body.',
      'It maps "https://example.com/auth#section-4.2": <auth-dialog> for the login.',
      'The address was "https://example.com/a-very-long-path/index.html" all along.',
      'Go to "Settings > Privacy and security > Cookies" and turn it off.',
    ])
      expect(found(code + said)).toEqual(['We are ready,']);
  });

  it("drops another article's headline of up to 16 capitalized words", () => {
    expect(
      found(
        'Last year it ran "Mozilla Releases Annual Report For 2011: Revenue Up 33% To $163M, Majority From Google" on page one.',
      ),
    ).toEqual([]);
  });

  it("drops a question in marks that modifies the writer's noun after a determiner, not a question asked", () => {
    expect(
      found('Ms. Lee said shoppers should run every purchase through a personal "should I buy this?" test first.'),
    ).toEqual([]);
    expect(found('"Should I buy this?" she asked the clerk.')).toEqual(['Should I buy this?']);
    expect(found('Lee said her first thought was "why me?" when the letter came.')).toEqual(['why me?']);
    // "her" is the object of a speech verb here, not a determiner
    expect(found('Reporters asked her "why now?" twice on Monday.')).toEqual(['why now?']);
  });

  it('drops a motto named with "is", and a name given passively after the marks', () => {
    expect(
      found(
        'With the emphasis on making, the mantra of the festival is "less yack, more hack." Organisers said 2,000 came.',
      ),
    ).toEqual([]);
    expect(found('Residents of the "rust belt," as it is often called, say jobs have gone, the survey found.')).toEqual(
      [],
    );
    // someone's verdict after "as he called it" stays a quotation
    expect(found('The plan was "a disaster," as he called it on Monday.')).toEqual(['a disaster,']);
  });
});

describe('Chinese and Japanese quotations, written without spaces', () => {
  it('keeps a sentence in marks as a quotation, drops a name or a term of a few characters', () => {
    expect(found('他说：“我不认为它在太空中饮酒会有任何不同。”')).toEqual(['我不认为它在太空中饮酒会有任何不同。']);
    expect(found('席尔霍尔茨补充说，在测试中使用雪利酒“引发呕吐反射，公众也反对”。')).toEqual([
      '引发呕吐反射，公众也反对',
    ]);
    // a spaceship's name, a scare-quoted phrase: a word or two
    expect(found('在其“和平号”空间站上，宇航员允许喝点干邑和伏特加。')).toEqual([]);
    expect(found('但是，很快普通人都会有机会向人类“最终的边疆”出发。')).toEqual([]);
  });

  it('drops a question given as an example after 比如 or 例如', () => {
    expect(found('它还可以回答这样的复杂问题，比如“张三的大舅是谁？”。')).toEqual([]);
    expect(found('它还可以回答这样的复杂问题，他问：“张三的大舅是谁？”')).toEqual(['张三的大舅是谁？']);
  });
});

describe('Japanese names in 「」', () => {
  it('drops a product name in katakana and Latin letters, keeps words with hiragana', () => {
    expect(found('既に提供しているアプリ「ウイルスバスター モバイル」と併用することで安全になる。')).toEqual([]);
    expect(found('回答者の約85％が危険なフリーWi-Fiは「見分けられない」と回答した。')).toEqual(['見分けられない']);
    // Chinese has no hiragana: the rule says nothing there
    expect(found('他说：“我们会赢得这场比赛，没有问题。”')).toEqual(['我们会赢得这场比赛，没有问题。']);
  });
});
