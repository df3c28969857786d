import { describe, expect, it } from 'vitest';
import { answersOf } from './_quotes-fixtures';
import { findQuotes } from '../../utils/nlp/quotes';
import { findAnswers } from '../../utils/nlp/quotes/interview';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

function person(text: string, name: string): Person {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length });
  }
  return { id: 'p1', name, aliases: [], descriptors: [], mentions };
}

/** Each answer with the words that name who gives it (null where nothing does). */
const answeredBy = (text: string, people: Person[] = []) =>
  findAnswers(text, splitSentences(text), [], people).map((a) => [
    text.slice(a.start, a.end),
    a.answerer ? text.slice(a.answerer.start, a.answerer.end) : null,
  ]);

describe('interview answers without labels', () => {
  const text =
    'Wikinews interviewed Jane Roe, the founder of the site, about its growth. ' +
    'What made you start the site? I wanted a place to learn. It grew from there. ' +
    'How many people use it today? We get a million visitors a month. ' +
    'What comes next for your team? We will translate it.';

  it('takes the text after each question put to "you" as an answer, up to the next question', () => {
    expect(answersOf(text)).toEqual([
      'I wanted a place to learn. It grew from there.',
      'We get a million visitors a month.',
      'We will translate it.',
    ]);
  });

  it('gives findQuotes the answers as quotations of form qa, naming the interviewee of the introduction', () => {
    const qs = findQuotes(text, splitSentences(text), [person(text, 'Jane Roe')]);
    expect(qs.map((q) => [q.text, q.form])).toEqual([
      ['I wanted a place to learn. It grew from there.', 'qa'],
      ['We get a million visitors a month.', 'qa'],
      ['We will translate it.', 'qa'],
    ]);
    for (const q of qs) expect(text.slice(q.answerer!.start, q.answerer!.end)).toBe('Jane Roe');
  });

  it('the interviewee: the object of "interviewed" (a name, else its lower-case description), or "X tells"', () => {
    const qa = ' What made you start? I wanted to. What next for you? We will grow.';
    const who = (intro: string, name?: string) => {
      const t = intro + qa;
      const [a] = findAnswers(t, splitSentences(t), [], name ? [person(t, name)] : []);
      return a.answerer && t.slice(a.answerer.start, a.answerer.end);
    };
    // a name in a headline that is not the object of "interviews" is not the interviewee
    expect(
      who(
        'Wikinews interviews a bar owner on the Santorum cocktail. Wikinews interviewed one of the owners of a bar about a drink.',
        'Santorum',
      ),
    ).toBe('a bar owner');
    expect(who('Biologist Nick Bos tells Wikinews about ants.', 'Nick Bos')).toBe('Nick Bos');
    expect(who('This interview features first-hand journalism by a reporter.')).toBe(null);
  });

  it('a prompt without a question mark ("Tell us about …") opens a turn in a text that says it is an interview', () => {
    const t =
      'Wikinews interviewed Jane Roe about the mission. What made you apply? I wanted to fly. ' +
      'Tell us about the training. It was hard. We ran every morning. ' +
      'Talk us through the launch day. I could not sleep the night before.';
    expect(answersOf(t)).toEqual([
      'I wanted to fly.',
      'It was hard. We ran every morning.',
      'I could not sleep the night before.',
    ]);
    // without the word "interview", "Tell us" is the writer's sentence
    const column =
      'My editor asked me to tell you about the trip. Tell us about the food, she said. The food was good.';
    expect(answersOf(column)).toEqual([]);
  });

  it('a question the speaker asks themself goes on with the answer', () => {
    const t =
      'In an interview, the president spoke about peace. Do you still think there is a future for peace? ' +
      'The future is only peace. Why do I say peace? Because land no longer matters. ' +
      'How do you approach the talks? Carefully.';
    expect(answersOf(t)).toEqual([
      'The future is only peace. Why do I say peace? Because land no longer matters.',
      'Carefully.',
    ]);
  });

  it('reads nothing as an interview in a text that does not say it is one', () => {
    // a hearing: questions to "you" answered in the first person, but no interview
    const t =
      'We will hear argument in the case. Counsel, do you concede the point? I do not, and I think the ' +
      'record shows it. Then what is your remedy? We ask for a hearing. Do you have a case for that? We do.';
    expect(answersOf(t)).toEqual([]);
  });

  it('a question without "you" opens a turn when an answer follows it in the first person or with "Yes"', () => {
    const t =
      'Wikinews interviewed cyclist Anna Berg after her win on Sunday. What was the hardest part of the race? ' +
      'The cobbles near the end. What comes next for the team? We rest for a week, then we start again. ' +
      'Is the world title the big goal? Yes, absolutely. I have been second twice.';
    expect(answersOf(t)).toEqual([
      'We rest for a week, then we start again.',
      'Yes, absolutely. I have been second twice.',
    ]);
    // without an interview cue, the same questions are a column's
    expect(answersOf(t.replace('Wikinews interviewed cyclist', 'We watched'))).toEqual([]);
  });

  it('reads an interview that never says so when three answers or more speak in the first person and the writer does not', () => {
    const t =
      'The future of peace\n\nShimon Peres in Jerusalem. Mr. President, do you still think there is a future to ' +
      'the peace process? I think the future is only peace. How do you feel about history? Well, I distinguish ' +
      'between two histories. Do you think Darfur is repetition? I think Darfur is among the last battles.';
    const peres = [person(t, 'Shimon Peres')];
    const answers = findAnswers(t, splitSentences(t), [], peres);
    expect(answers.map((a) => t.slice(a.start, a.end))).toEqual([
      'I think the future is only peace.',
      'Well, I distinguish between two histories.',
      'I think Darfur is among the last battles.',
    ]);
    // the answerer: the first person named before the first question
    expect(answers.map((a) => a.answerer && t.slice(a.answerer.start, a.answerer.end))).toEqual([
      'Shimon Peres',
      'Shimon Peres',
      'Shimon Peres',
    ]);
    // the writer speaking in the first person before the questions makes it a column; two turns are not enough
    expect(answersOf(t.replace('Shimon Peres in Jerusalem.', 'I met him in Jerusalem.'))).toEqual([]);
    expect(answersOf(t.slice(0, t.indexOf(' Do you think Darfur')))).toEqual([]);
  });

  it('a question the answerer reports inside marks ("I\'m like, ‘Are you insane?") does not open a turn', () => {
    const t =
      'Wikinews interviewed the owner of a bar. Do you hire everyone? No. He would say, "I won\'t hire them." ' +
      "I'm like, ‘Are you insane? I hire them anyway. Do you ask for references? No, because I can't call them.";
    expect(answersOf(t)).toEqual([
      'No. He would say, "I won\'t hire them." I\'m like, ‘Are you insane? I hire them anyway.',
      "No, because I can't call them.",
    ]);
  });

  it('"tells" says interview only before a name or an outlet ("tells Wikinews"), not in a first-person column', () => {
    const column =
      'My friend Sarah tells everyone that budgeting is boring. I used to agree with her. ' +
      'Do you ever look at your bank statement and wonder where it all went? I did, every single month. ' +
      'Are you ready for the boring answer? I started writing everything down. ' +
      'How long did it take you to see results? It took me about three months.';
    expect(answersOf(column)).toEqual([]);
    const interview = column.replace('My friend Sarah tells everyone', 'Sarah Lee tells Wikinews');
    expect(answersOf(interview)).toHaveLength(3);
  });

  it('needs two turns: one rhetorical question in an article that mentions an interview is no interview', () => {
    const t =
      'The minister said in an interview on Sunday that taxes would rise. Do you remember the last rise? ' +
      'It came in 2010 and lasted a decade. Economists were divided.';
    expect(answersOf(t)).toEqual([]);
  });

  it('a question inside quotation marks is quoted speech, not the interviewer', () => {
    const t =
      'In an interview, Roe recalled her first day. "Are you lost?" a guard asked her. She was not. ' +
      '"Do you need help?" he asked. She declined.';
    const marked = [...t.matchAll(/"([^"]+)"/g)].map((m) => ({ start: m.index! + 1, end: m.index! + 1 + m[1].length }));
    expect(findAnswers(t, splitSentences(t), marked)).toEqual([]);
  });

  it('ends on a run of several questions put to "you" (each run is read once)', () => {
    const t = 'An interview. ' + 'Do you? Are you? Will you? Yes, I will. '.repeat(2000);
    const t0 = performance.now();
    expect(answersOf(t)).toHaveLength(2000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('interview answers with turn labels', () => {
  it('Q:/A: paragraphs: each A turn, with the unlabelled paragraphs after it, is an answer', () => {
    const text = [
      'The mayor answered our questions.',
      'Q: Why did you call the vote?',
      'A: Because the city needs the road.',
      'It has waited ten years.',
      'Q: Will it pass?',
      'A: I think so.',
    ].join('\n\n');
    expect(answersOf(text)).toEqual(['Because the city needs the road.\n\nIt has waited ten years.', 'I think so.']);
  });

  it('Q./A. answers are the interviewee’s: the person the introduction names', () => {
    const text = [
      'Jane Doe is the new head of the museum. We spoke to her about her plans.',
      'Q. What will you change first?',
      'A. The opening hours. We close too early for people who work.',
      'Q. Do you miss teaching?',
      'A. Every day. I taught for twenty years.',
    ].join('\n\n');
    expect(answeredBy(text, [person(text, 'Jane Doe')])).toEqual([
      ['The opening hours. We close too early for people who work.', 'Jane Doe'],
      ['Every day. I taught for twenty years.', 'Jane Doe'],
    ]);
  });

  it("Q: questions answered under the answerer's name (any case, full name first): the name turns are answers", () => {
    const intro = 'Mayor Ana Ruiz took questions from readers on Tuesday. Here are her answers, lightly edited.';
    const q1 = 'Q: When will the bridge reopen?';
    const q2 = 'Q. Why are bus fares going up?';
    const a1 = 'We expect it to reopen in March.';
    const a2 = 'Fuel costs have doubled, and the state cut our grant.';
    expect(answeredBy([intro, q1, `Ruiz: ${a1}`, q2, `Ruiz: ${a2}`].join('\n\n'))).toEqual([
      [a1, 'Ruiz'],
      [a2, 'Ruiz'],
    ]);
    expect(answeredBy([intro, q1, `Ana Ruiz: ${a1}`, q2, `RUIZ: ${a2}`].join('\n\n'))).toEqual([
      [a1, 'Ana Ruiz'],
      [a2, 'RUIZ'],
    ]);
    // a briefing: the reporters' "Q:", answered by more than one official
    const briefing = [
      'Q: Will the president sign the bill?',
      'MS. PSAKI: He will sign it as soon as it reaches his desk.',
      'Q: And the strike?',
      'MS. PSAKI: We are watching it closely.',
      'Q: Does the Pentagon agree?',
      'MR. KIRBY: We have briefed the secretary every day.',
    ].join('\n\n');
    expect(answeredBy(briefing).map(([, by]) => by)).toEqual(['MS. PSAKI', 'MS. PSAKI', 'MR. KIRBY']);
  });

  it('name labels: the label that asks is the one whose turns are questions; the answerer is the other label', () => {
    const text = [
      'Wikinews: What qualifies you for the job?',
      'Hill: My service in the Air Force.',
      'Wikinews: Why run now?',
      'Hill: Because the country needs it.',
    ].join('\n\n');
    expect(answeredBy(text)).toEqual([
      ['My service in the Air Force.', 'Hill'],
      ['Because the country needs it.', 'Hill'],
    ]);
  });

  it('labels that are not speakers (Image:, Note:) make no interview', () => {
    const text = ['Image: a bridge.', 'Note: closed on Sundays.', 'Image: the river.', 'Note: free entry.'].join(
      '\n\n',
    );
    expect(answersOf(text)).toEqual([]);
  });

  it('alternating page labels that ask nothing (WATCH:, READ MORE:) make no interview', () => {
    const text = [
      'The council met on Monday.',
      'WATCH: the vote in full.',
      'READ MORE: how the budget was made.',
      'WATCH: the mayor after the vote.',
      'READ MORE: what the road will cost.',
    ].join('\n\n');
    expect(answersOf(text)).toEqual([]);
  });

  it("only the questions labelled (Q:, the outlet's name): the unlabelled paragraphs after each are its answer", () => {
    const outlet = [
      'Vox spoke with the founder, Jane Doe, about the company.',
      'Vox: Tell us how the idea started.',
      'It began in my garage. My brother and I had no money.',
      'We had time, though.',
      'Vox: The first product failed.',
      'It did. I learned more from that failure than from anything since.',
      'Vox: What comes next.',
      'A bigger factory, in Ohio, next year.',
    ].join('\n\n');
    expect(answeredBy(outlet, [person(outlet, 'Jane Doe')])).toEqual([
      ['It began in my garage. My brother and I had no money.\n\nWe had time, though.', 'Jane Doe'],
      ['It did. I learned more from that failure than from anything since.', 'Jane Doe'],
      ['A bigger factory, in Ohio, next year.', 'Jane Doe'],
    ]);
    const q = [
      'The Times interviewed the economist about inflation.',
      'Q: Is inflation over?',
      'Not yet. Prices for services are still rising fast.',
      'Q: What should the central bank do?',
      'Hold rates where they are for now.',
    ].join('\n\n');
    expect(answersOf(q)).toEqual([
      'Not yet. Prices for services are still rising fast.',
      'Hold rates where they are for now.',
    ]);
  });

  it('an asker-only layout needs answers in the first person, short label turns and an answer after each', () => {
    // a FAQ: the answers tell the reader what to do
    const faq = [
      'Q: How do I reset my password?',
      'Open the settings and choose Reset.',
      'Q: Can I change my name?',
      'Write to the help desk.',
    ];
    expect(answersOf(faq.join('\n\n'))).toEqual([]);
    // a page label in a text that mentions an interview: the paragraphs between are the writer's
    const watch = [
      'The mayor spoke with reporters after the vote.',
      'WATCH: the vote in full.',
      'The council voted seven to two for the road.',
      'WATCH: the mayor after the vote.',
      'The road will cost four million dollars.',
      'WATCH: the protest outside.',
      'About fifty people came to the hall.',
    ];
    expect(answersOf(watch.join('\n\n'))).toEqual([]);
    // two labelled turns in a row: no answer between them
    const bare = ['Q: Why now?', 'I was ready.', 'Q: Why here?', 'Q: And next?', 'I will rest.'];
    expect(answersOf(bare.join('\n\n'))).toEqual([]);
  });

  it('a marked quotation inside an answer is part of the answer, not a second quotation', () => {
    const text = [
      'Q: What did the ad say?',
      'A: It said "think again" and it worked.',
      'Q: Did it work?',
      'A: Yes.',
    ].join('\n\n');
    const qs = findQuotes(text, splitSentences(text), []);
    expect(qs.map((q) => q.text)).toEqual(['It said "think again" and it worked.', 'Yes.']);
  });

  it("does not read a first-person post with question headings as an interview when its questions are the writer's", () => {
    const text = [
      'Why does monitoring matter?',
      'I work at a small games company. We ship updates every week and I watch our servers.',
      'What comes next?',
      'We collect traces from every server. I read them each morning before the team meets.',
      'What about existing tools?',
      'We tried several of them. My favourite is the one we built ourselves last year.',
      'Is it hard to set up?',
      'I needed an afternoon for it. We have used it ever since.',
    ].join('\n\n');
    expect(findAnswers(text, splitSentences(text), [])).toEqual([]);
  });
});

describe('columns that only talk about interviews', () => {
  const column = [
    'Have you ever walked out of a job interview knowing you blew it? I have. Twice.',
    'What do you say when they ask about your weaknesses? I used to say I worked too hard.',
    'Why do you freeze? I think we all fear being judged.',
    'Can you prepare for that? You can. I write my answers down the night before.',
    'Do you practise in front of a mirror? I do, and I feel silly every time.',
  ].join('\n\n');

  it('a job interview the text talks about does not say the text is an interview', () => {
    expect(answersOf(column)).toEqual([]);
    expect(answersOf(column.replace('a job interview', 'an interview for a new job'))).toEqual([]);
    expect(answersOf(column.replace('a job interview', 'a college admissions interview'))).toEqual([]);
  });

  it('the same turns after an introduction that says it is an interview are answers', () => {
    const t = `Wikinews interviewed Jane Roe about her new book.\n\n${column}`;
    expect(answersOf(t, [person(t, 'Jane Roe')])).toHaveLength(5);
  });

  it('without a word saying it is an interview, the text must name its interviewee before the first question', () => {
    const t = column.replace('a job interview', 'a meeting');
    expect(answersOf(t)).toEqual([]);
    const named = `Jane Roe, 41, coach.\n\n${t}`;
    expect(answersOf(named, [person(named, 'Jane Roe')])).toHaveLength(5);
  });
});

describe('explainers that report an interview or a talk', () => {
  const explainer = [
    'What does the change mean for you?',
    'If you were born after 1970, you will work two more years before you can claim a pension.',
    'Why is the government doing this?',
    'People are living longer, and pensions cost more. We have seen similar moves in France.',
    'What happens next?',
    'The bill will be debated next month. Opposition parties will vote against it.',
  ].join('\n\n');
  const withIntro = (intro: string) => `The government will raise the retirement age to 67. ${intro}\n\n${explainer}`;

  it("an interview the text reports ('in an interview with the BBC') or a talk to reporters is not the text's", () => {
    expect(answersOf(withIntro('The minister said in an interview with the BBC that it was unavoidable.'))).toEqual([]);
    expect(
      answersOf(withIntro('The minister told the paper in a phone interview on Monday that it was fair.')),
    ).toEqual([]);
    expect(answersOf(withIntro('The minister spoke to reporters outside parliament on Monday.'))).toEqual([]);
    expect(answersOf(withIntro('The minister, speaking in an interview with the BBC, called it fair.'))).toEqual([]);
    expect(answersOf(withIntro('In an interview with the BBC on Sunday, the minister said it was fair.'))).toEqual([]);
  });

  it('the same questions after an introduction that says the text is an interview are turns', () => {
    expect(answersOf(withIntro('The minister spoke with Wikinews about the plan.'))).toHaveLength(3);
    expect(answersOf(withIntro('In the interview, the minister explains the plan.'))).toHaveLength(3);
  });
});

describe('questions that make a paragraph of their own', () => {
  const turns = [
    'How busy has this year been?',
    'It has been the hardest year I can remember. We served twice as many families.',
    'And the city, has it helped?',
    'Some. The council gave us a warehouse, which made a big difference.',
  ].join('\n\n');

  it('open a turn in a text that says it is an interview when the answer speaks in the first person', () => {
    const t = `Jane Roe runs the food bank. We spoke with her about the winter.\n\n${turns}`;
    expect(answersOf(t)).toEqual([
      'It has been the hardest year I can remember. We served twice as many families.',
      'Some. The council gave us a warehouse, which made a big difference.',
    ]);
    // "has been condensed" says so too
    expect(answersOf(`Jane Roe runs the food bank. The conversation has been condensed.\n\n${turns}`)).toHaveLength(2);
  });

  it('a long introduction: the note right before the first question says it is an interview', () => {
    const long = 'The food bank opened in 2009 in a church basement and has moved three times since then. '.repeat(30);
    const t = `${long}\n\nThis interview has been edited for length and clarity.\n\n${turns}`;
    expect(answersOf(t)).toHaveLength(2);
    expect(answersOf(`${long}\n\nJane Roe has run it for ten years.\n\n${turns}`)).toEqual([]);
  });

  it("an explainer's subheads answered by the writer are no turns, even after 'interviewed'", () => {
    const t = [
      'A fire destroyed a warehouse on Sunday. Police have interviewed dozens of witnesses.',
      'What happened?',
      'The fire started shortly after 11pm in a storage unit. Crews fought it for six hours.',
      'Who owns the building?',
      'A logistics firm based in Rotterdam. It has not commented.',
      'What happens next?',
      'Investigators will return on Tuesday. We will update this story as we learn more.',
    ].join('\n\n');
    expect(answersOf(t)).toEqual([]);
  });
});

describe('more turn-label layouts', () => {
  const intro = 'Jane Roe runs the food bank. She talked to the Herald about the winter.';
  const a1 = 'It has been the hardest year I can remember. We served twice as many families.';
  const a2 = 'Volunteers, honestly. We are short of hands on weekends.';

  it('"Q: …? A: …" in one paragraph: the answer after its label', () => {
    const t = `${intro}\n\nQ: How busy has this year been? A: ${a1}\n\nQ: What do you need most? A: ${a2}`;
    expect(answersOf(t)).toEqual([a1, a2]);
  });

  it("a name label with the speaker's description on its first turn", () => {
    const t = [
      intro,
      'Herald: How busy has this year been?',
      `Jane Roe, director of the food bank: ${a1}`,
      'Herald: What do you need most?',
      `Roe: ${a2}`,
    ].join('\n\n');
    expect(answeredBy(t)).toEqual([
      [a1, 'Jane Roe'],
      [a2, 'Roe'],
    ]);
  });

  it("answers labelled with the answerer's name after questions that lost their label", () => {
    const t = [intro, 'How busy has this year been?', `Roe: ${a1}`, 'What do you need most?', `Roe: ${a2}`].join(
      '\n\n',
    );
    expect(answeredBy(t)).toEqual([
      [a1, 'Roe'],
      [a2, 'Roe'],
    ]);
  });

  it('"Smith, the mayor, said:" and "Smith, who said:" open a sentence, not a turn', () => {
    const t = [
      'Jane Roe, the director, said: "We are ready." Is the city ready too?',
      'John Doe, the mayor, said: "We will see." Are the volunteers ready?',
      'Jane Roe, who said: "Yes, of course we are." Are the roads clear?',
      'John Doe, who said: "Not yet, but soon." Nobody knows.',
    ].join('\n\n');
    expect(answersOf(t)).toEqual([]);
  });
});
