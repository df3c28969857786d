import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPeople } from '../../utils/nlp/people';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

const SEED = fileURLToPath(new URL('../fixtures/seed/sanders-campaign-letter-2018-12-30.txt', import.meta.url));

const people = (t: string) => findPeople(t, splitSentences(t));
const mentionTexts = (t: string, ps: Person[]) => ps.flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));
const byName = (ps: Person[], name: string) => ps.find((p) => p.name === name);

describe('findPeople', () => {
  it('marks the name alone: no title, no possessive, no party tag', () => {
    const t = "Sen. Bernie Sanders (I-Vt.) spoke on Sunday. Sanders's campaign and Sanders' advisers agreed.";
    const ps = people(t);
    expect(ps).toHaveLength(1);
    expect(ps[0].name).toBe('Bernie Sanders');
    expect(mentionTexts(t, ps)).toEqual(['Bernie Sanders', 'Sanders', 'Sanders']);
    expect(ps[0].descriptors).toEqual(expect.arrayContaining(['Sen.', 'I-Vt.']));
    expect(ps[0].id).toBe('p1');
  });

  it('merges name variants into one person, fullest form as the name', () => {
    const t =
      'Bernard (Bernie) Sanders announced a run. Later, Bernie Sanders spoke in Iowa. Sanders said he would win.';
    const ps = people(t);
    expect(ps).toHaveLength(1);
    expect(ps[0].name).toBe('Bernie Sanders');
    expect(ps[0].aliases).toEqual(expect.arrayContaining(['Bernard (Bernie) Sanders', 'Sanders']));
    expect(ps[0].mentions).toHaveLength(3);
  });

  it('keeps distinct people apart, ids in order of first mention', () => {
    const t = 'Donald Trump met Angela Merkel in Berlin. Merkel said the talks were useful, and Trump agreed.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Donald Trump', 'Angela Merkel']);
    expect(ps.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(ps[1].mentions.map((m) => t.slice(m.start, m.end))).toEqual(['Angela Merkel', 'Merkel']);
  });

  it('on a long page with many people sharing names, a surname or given name alone goes to the latest match', () => {
    const given = ['James', 'Maria', 'Robert', 'Linda', 'David', 'Sarah', 'Thomas', 'Karen', 'Daniel', 'Laura'];
    const family = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Kowalski', 'Fernandes', 'Novak', 'Brennan'];
    const parts: string[] = [];
    for (const l of family)
      for (const f of given) parts.push(`${f} ${l} spoke to reporters on Monday. ${l} said the plan would work.`);
    parts.push('Later, Maria said she agreed.');
    const t = parts.join(' ');
    const ps = people(t);
    expect(ps).toHaveLength(given.length * family.length);
    for (const p of ps) expect(mentionTexts(t, [p]).slice(0, 2)).toEqual([p.name, p.name.split(' ')[1]]);
    expect(byName(ps, 'Maria Brennan')?.mentions).toHaveLength(3);
  });

  it('handles initials', () => {
    const t = 'J. K. Rowling wrote the books. George W. Bush read them, Rowling said.';
    const ps = people(t);
    expect(mentionTexts(t, ps)).toEqual(expect.arrayContaining(['J. K. Rowling', 'George W. Bush', 'Rowling']));
    expect(byName(ps, 'J. K. Rowling')?.mentions).toHaveLength(2);
  });

  it('does not take organizations named after people for people', () => {
    const t =
      "Sanders's campaign committee, Friends of Bernie Sanders, issued a statement. Ford Motor shares fell, and Goldman Sachs raised its forecast.";
    const ps = people(t);
    const texts = mentionTexts(t, ps);
    expect(texts).not.toContain('Bernie Sanders');
    expect(texts.some((x) => /Ford|Goldman|Sachs/.test(x))).toBe(false);
    const u = 'The Instituto Lula said President-elect Donald Trump would meet Panama officials. Trump agreed.';
    const pu = people(u);
    expect(pu.map((p) => p.name)).toEqual(['Donald Trump']);
    expect(pu[0].descriptors).toContain('President-elect');
  });

  it('does not take places, months or sentence-initial words for people', () => {
    const t =
      'Despite the rain, officials in Washington met on Monday in January. Officials said the U.S. would act. Republicans and Democrats disagreed.';
    expect(people(t)).toEqual([]);
  });

  it('handles an all-caps dateline and headline', () => {
    const t =
      'SENATE PASSES BUDGET\n\nWASHINGTON — Senate Majority Leader Mitch McConnell said on Tuesday that the vote would pass. McConnell thanked his colleagues.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Mitch McConnell']);
    expect(mentionTexts(t, ps)).toEqual(['Mitch McConnell', 'McConnell']);
  });

  it('finds names in a headline in capitals once the text names the person, and names the person as the text does', () => {
    const t =
      'BIDEN, XI MEET AS TENSIONS SIMMER\n\nJOE BIDEN AND XI JINPING HOLD TALKS\n\nPresident Joe Biden met Xi Jinping on Wednesday. Biden said the talks were useful.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Joe Biden', 'Xi Jinping']);
    expect(mentionTexts(t, [byName(ps, 'Xi Jinping')!])).toEqual(['XI', 'XI JINPING', 'Xi Jinping']);
    const f =
      'FORD RECALLS 1 MILLION TRUCKS\n\nFord Motor said it would recall trucks. Henry Ford founded the company.';
    expect(mentionTexts(f, people(f))).not.toContain('FORD');
  });

  it('finds full names opened by a word that is also common or an organization word', () => {
    const t =
      'The team brought on Park Joo-Ho in the second half. The album featured John Abercrombie, Chick Corea, Yes and Weather Report. Those included Drew Cass, Devin Thurlow and others.';
    const texts = mentionTexts(t, people(t));
    expect(texts).toEqual(expect.arrayContaining(['Park Joo-Ho', 'Chick Corea', 'Drew Cass', 'Devin Thurlow']));
    expect(texts).not.toContain('Yes');
  });

  it('recognizes names from several cultures', () => {
    const t = [
      'Chinese President Xi Jinping met Saudi Crown Prince Mohammed bin Salman on Friday.',
      "Mexican official Ana de la Vega and Dutch minister Wopke van der Berg attended, as did Irish envoy Siobhan O'Brien and Scottish lawmaker Hamish MacDonald.",
      'French economist Jean-Pierre Dupont said the deal was fair, Xi said.',
    ].join(' ');
    const texts = mentionTexts(t, people(t));
    for (const n of [
      'Xi Jinping',
      'Mohammed bin Salman',
      'Ana de la Vega',
      'Wopke van der Berg',
      "Siobhan O'Brien",
      'Hamish MacDonald',
      'Jean-Pierre Dupont',
      'Xi',
    ]) {
      expect(texts).toContain(n);
    }
  });

  it('finds unlisted names from the verbs and possessives that news puts around them', () => {
    const t =
      "Chinese Foreign Minister Wang Yi spoke with Russia's Sergey Lavrov by phone. Meanwhile Volodymyr Zelensky thanked Olaf Scholz, and Joko Widodo's successor Prabowo Subianto took office.";
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual([
      'Wang Yi',
      'Sergey Lavrov',
      'Volodymyr Zelensky',
      'Olaf Scholz',
      'Joko Widodo',
      'Prabowo Subianto',
    ]);
  });

  it('tells apart people whose full names differ only in middle initials, and leaves greetings out of names', () => {
    const t =
      "George H. W. Bush won in 1988 and George W. Bush in 2000. Bush spoke. I say,' Hey John, my name is Frank.'";
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['George H. W. Bush', 'George W. Bush', 'John', 'Frank']);
    expect(mentionTexts(t, [ps[1]])).toEqual(['George W. Bush', 'Bush']);
  });

  it('finds a full name whose surname is also a common word after an organization', () => {
    const t = 'The deal was announced by the chairman of Chrysler LLC Jim Press. "It is too early," Press said.';
    expect(mentionTexts(t, people(t))).toEqual(['Jim Press', 'Press']);
  });

  it('ends no name on a title word unless the title is also a name', () => {
    const t = 'Which previous Virginia Governor do you admire? Stephen King wrote it, and Larry King read it.';
    expect(people(t).map((p) => p.name)).toEqual(['Stephen King', 'Larry King']);
  });

  it('finds an unlisted name described as a person right after it', () => {
    const t =
      'Oleg Mikhaylovich Gazmanov is a Russian singer. Emil Touma was a Palestinian historian. Goldman Sachs is a bank.';
    expect(people(t).map((p) => p.name)).toEqual(['Oleg Mikhaylovich Gazmanov', 'Emil Touma']);
  });

  it('does not take the objects of those verbs or possessives for people when they are teams or products', () => {
    const t =
      "Arsenal hosted Manchester United and welcomed Bayern Munich fans. Apple's Vision Pro sales slowed, and Britain's Royal Navy tracked the ship.";
    expect(people(t)).toEqual([]);
  });

  it('leaves a sentence or quotation opener out of the name', () => {
    const t = 'Sen. Rick Santorum spoke. Mr. Patterson observed, "My Santorum was sweet." However Santorum left early.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Rick Santorum', 'Patterson']);
    expect(mentionTexts(t, [ps[0]])).toEqual(['Rick Santorum', 'Santorum', 'Santorum']);
  });

  it('keeps name parts that the tagger tends to cut: Arabic articles, East Asian given names, hyphenated given names', () => {
    const t = [
      'Bashar al-Assad met Abdel Fattah el-Sisi, and Al-Qaeda claimed the attack.',
      'Kim Jong Un inspected a launch and Moon Jae-in criticized it.',
      'Lee Hsien Loong spoke. Jean-Claude Juncker and Martin O’Neill attended.',
      'Dean Holdsworth scored, and Jose Ignacio Lopez left San Jose.',
    ].join(' ');
    const names = people(t).map((p) => p.name);
    for (const n of [
      'Bashar al-Assad',
      'Abdel Fattah el-Sisi',
      'Kim Jong Un',
      'Moon Jae-in',
      'Lee Hsien Loong',
      'Jean-Claude Juncker',
      'Martin O’Neill',
      'Dean Holdsworth',
      'Jose Ignacio Lopez',
    ])
      expect(names).toContain(n);
    expect(names.some((n) => /Qaeda/.test(n))).toBe(false);
  });

  it('keeps surname particles and suffixes with the name, and a holiday or resort named after a person is no mention', () => {
    const t =
      'Ursula von der Leyen met Bill de Blasio. Von der Leyen said the talks went well. De Blasio agreed. Martin Luther King Jr. was born in Atlanta. Walt Disney World closed, and Martin Luther King Jr. Day falls on a Monday.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Ursula von der Leyen', 'Bill de Blasio', 'Martin Luther King Jr.']);
    expect(mentionTexts(t, [ps[0]])).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    expect(mentionTexts(t, [ps[1]])).toEqual(['Bill de Blasio', 'De Blasio']);
    expect(ps[2].mentions).toHaveLength(1);
  });

  it('never takes a party-state tag for a person', () => {
    const t = 'Senator John McCain (R-AZ) entered them into the record. Rep. Jane Doe (D-Calif.) agreed.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['John McCain', 'Jane Doe']);
    expect(byName(ps, 'John McCain')?.descriptors).toContain('R-AZ');
  });

  it('does not take a name right after its kind of organization for a person', () => {
    const t =
      'German magazine Der Spiegel reported it, and the band Radiohead played. His rival Hillary Clinton spoke.';
    expect(people(t).map((p) => p.name)).toEqual(['Hillary Clinton']);
  });

  it('ends no name on a weekday', () => {
    const t = 'Stocks fell in Asia Monday. Prime Minister Taro Aso told Reuters Tuesday that Aso would act.';
    const ps = people(t);
    expect(ps.map((p) => p.name)).toEqual(['Taro Aso']);
    expect(mentionTexts(t, ps)).toEqual(['Taro Aso', 'Aso']);
  });

  it('keeps descriptors from appositions', () => {
    const t = "Beto O'Rourke, a Texas congressman, spoke first. The company's chief executive, Tim Cook, followed.";
    const ps = people(t);
    expect(byName(ps, "Beto O'Rourke")?.descriptors).toContain('Texas congressman');
    expect(byName(ps, 'Tim Cook')?.descriptors).toContain('chief executive');
  });

  it('follows news conventions: titles, party tags, possessive appositions, places after "in"', () => {
    const t =
      "Ms. Ocasio-Cortez, D-N.Y., spoke first. Rep. Alexandria Ocasio-Cortez then left. Wang Yi, China's foreign minister, met officials in Jordan.";
    const ps = people(t);
    const aoc = byName(ps, 'Alexandria Ocasio-Cortez');
    expect(aoc?.mentions.map((m) => t.slice(m.start, m.end))).toEqual(['Ocasio-Cortez', 'Alexandria Ocasio-Cortez']);
    expect(aoc?.descriptors).toEqual(expect.arrayContaining(['Ms.', 'Rep.', 'D-N.Y.']));
    expect(byName(ps, 'Wang Yi')?.descriptors).toContain('foreign minister');
    expect(mentionTexts(t, ps)).not.toContain('Jordan');
  });

  it('splits hover-card residue glued to a name', () => {
    const t =
      "Alumni of Sen. Bernie Sanders Bernard (Bernie) SandersO'Rourke's chances against Trump are 'overstated'. Sanders said so.";
    const ps = people(t);
    const texts = mentionTexts(t, ps);
    expect(texts.some((x) => x.includes("SandersO'Rourke"))).toBe(false);
    expect(texts).toContain('Bernie Sanders');
    expect(texts).toContain('Bernard (Bernie) Sanders');
    expect(byName(ps, 'Bernie Sanders')?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('reads the seed article', () => {
    const t = readFileSync(SEED, 'utf8');
    const ps = people(t);
    const sanders = ps.find((p) => p.name === 'Bernie Sanders');
    expect(sanders).toBeDefined();
    expect(ps.filter((p) => /Sanders/.test(p.name))).toHaveLength(1);
    expect(sanders!.aliases).toEqual(expect.arrayContaining(['Sanders', 'Bernard (Bernie) Sanders']));
    expect(sanders!.mentions.length).toBeGreaterThanOrEqual(8);
    const texts = mentionTexts(t, ps);
    expect(texts.some((x) => /O'Rourke's|SandersO|Politico|Friends|Sunday|Democrats|White House/.test(x))).toBe(false);
    // the committee's name is not a mention of Sanders
    const friends = t.indexOf('Friends of Bernie Sanders');
    expect(sanders!.mentions.some((m) => m.start >= friends && m.start < friends + 25)).toBe(false);
    expect(ps.some((p) => p.name === 'Trump')).toBe(true);
    expect(ps.some((p) => p.name === "O'Rourke")).toBe(true); // split off the glued residue
    for (const m of ps.flatMap((p) => p.mentions))
      expect(t.slice(m.start, m.end)).not.toMatch(/['’]s$|^(Sen|Senator)\b/);
  });

  it('never throws on empty or binary-ish input', () => {
    expect(people('')).toEqual([]);
    expect(people('   \n\n  ')).toEqual([]);
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536));
    expect(() => people(junk)).not.toThrow();
    expect(() => findPeople('Bernie Sanders', [{ start: 50, end: 10 }])).not.toThrow();
  });
});
