// Quotations in news in another language than English: the speech verb after the quotation with its subject
// (`«…», a déclaré Jean Dupont`, `"…", dijo el ministro`, `"…," řekl Babiš`), before it (`Jean Dupont a
// déclaré : «…»`, `Dazu sagte Merkel: "…"`) and 'according to' (`selon X`, `según X`, `podle X`) give the speaker
// (utils/nlp/speakers/other-language.ts, read only in a text that is not in English).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import {
  otherAttributionAfter,
  otherAttributionBefore,
  otherLanguage,
} from '../../../utils/nlp/speakers/other-language';

/** Each quotation's speaker with the shipped model: a person's name, or the words naming the speaker. */
function speakers(text: string): string[] {
  const a = analyzeText(text);
  return a.quotes.map((q) =>
    !q.speaker ? 'none' : q.speaker.personId ? q.speaker.name! : text.slice(q.speaker.start, q.speaker.end),
  );
}

const FR = 'Le ministre a parlé longtemps devant les députés réunis au Parlement hier soir. ';
const ES = 'El gobierno presentó el plan el lunes en la capital del país ante la prensa. ';
const PT = 'O presidente falou com jornalistas no palácio durante a tarde de ontem em Brasília. ';
const CS = 'Premiér mluvil v pondělí s novináři o rozpočtu na příští rok a o daních. ';
const DE = 'Die Kanzlerin sprach am Montag in Berlin vor der Presse über die Lage im Land. ';

describe('quotations in another language', () => {
  it('gives the subject of a speech verb after the quotation', () => {
    expect(
      speakers(`${FR}« Nous ne céderons pas sur ce point », a déclaré Jean Dupont lors de la conférence.`),
    ).toEqual(['Jean Dupont']);
    expect(
      speakers(`${ES}"Es una medida necesaria para todos", dijo el ministro de Economía en rueda de prensa.`),
    ).toEqual(['el ministro de Economía']);
    expect(speakers(`${PT}"Vamos vencer essa crise juntos", disse o presidente.`)).toEqual(['o presidente']);
    expect(speakers(`${DE}"Wir schaffen das, da bin ich mir sicher", sagte Angela Merkel am Montag.`)).toEqual([
      'Angela Merkel',
    ]);
    expect(speakers(`${CS}"Nebudeme zvyšovat daně, to vám slibuji," řekl Andrej Babiš.`)).toEqual(['Andrej Babiš']);
  });

  it("gives the subject of a speech verb before the quotation, and 'according to'", () => {
    expect(speakers(`${FR}Jean Dupont a déclaré : « Nous ne céderons pas sur ce point. »`)).toEqual(['Jean Dupont']);
    expect(speakers(`${DE}Dazu sagte Merkel: "Wir schaffen das, da bin ich mir ganz sicher."`)).toEqual(['Merkel']);
    expect(speakers(`${FR}Selon le ministère des Affaires étrangères, « la situation reste grave ».`)).toEqual([
      'le ministère des Affaires étrangères',
    ]);
    expect(speakers(`${CS}"Rozpočet je vyrovnaný a daně nezvýšíme," míní podle serveru Novinky ministr.`)).toEqual([
      'none',
    ]);
  });

  it('takes no speaker from a name nearby or the previous quotation alone', () => {
    // `hodnotí … server` is a verb the lists lack: the quotation is not Babiš's, three paragraphs on
    const text = `${CS}\n\n"Nebudeme zvyšovat daně, to vám slibuji," řekl Andrej Babiš.\n\nOpozice jeho slova odmítla a mluví o předvolebním slibu.\n\n"Rozpočet je v pořádku a schodek bude v příštím roce klesat," hodnotí situaci ekonomický server.`;
    expect(speakers(text)).toEqual(['Andrej Babiš', 'none']);
  });

  it('takes a pronoun for no name (with no one named before it, nobody)', () => {
    const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind ?? 'none');
    expect(kinds(`${FR}Il a déclaré : « Nous ne céderons pas sur ce point. »`)).not.toContain('person');
    expect(kinds(`${DE}Sie sagte: "Wir schaffen das, da bin ich mir ganz sicher."`)).not.toContain('person');
  });

  it("gives the phrase of 'according to' that ends the quotation's sentence over a name nearby", () => {
    const text = `${FR}« Pour certains d'entre eux on est très interrogatif sur leur sort », a ajouté Laurent Fabius.\n\nUn avion est arrivé jeudi à Katmandou avec vingt tonnes de matériel et des médecins. Il devait ramener des Français, « les plus éprouvés » par la catastrophe, selon le ministère des Affaires étrangères.`;
    expect(speakers(text)).toEqual(['Laurent Fabius', 'le ministère des Affaires étrangères']);
    // given, not kept as the words of a speaker the ranker abstained on
    expect(analyzeText(text).quotes.map((q) => q.speaker?.kind)).not.toContain('unknown');
  });

  // text -> "speaker / cue" the parser reads, or null
  const AFTER: [string, string | null][] = [
    ['"Wir schaffen das", sagte Merkel am Montag.', 'Merkel / sagte'],
    ['"Wir schaffen das", so Merkel.', 'Merkel / so'],
    ['"Es necesario", el ministro dijo.', 'el ministro / dijo'],
    ['"Ha sido un año difícil", según la policía local.', 'la policía local / según'],
    ['"Je ne sais pas". Le lendemain, tout a changé.', null],
    ['"È necessario", ha detto il ministro.', 'il ministro / detto'],
    ['"Es necesario", dijo la portavoz del gobierno el lunes.', 'la portavoz del gobierno / dijo'],
    ['"Es necesario", afirmó a la prensa el ministro.', 'el ministro / afirmó'],
    // an outlet named after its noun is the object, a day is no subject: the subject left out (the verb stands for it)
    ['"Es necesario", declaró a la agencia EFE.', 'declaró / declaró'],
    ['"É necessário", disse ao jornal O Globo o ministro.', 'o ministro / disse'],
    ['"Es necesario", dijo el martes en Buenos Aires.', 'dijo / dijo'],
    // a role with no article before the name (Czech, Dutch)
    [
      '"Pachatel je stále na útěku," uvedl mluvčí krajské policie Jan Novák.',
      'mluvčí krajské policie Jan Novák / uvedl',
    ],
    ['"We moeten beter verdedigen", zei trainer Arne Slot.', 'trainer Arne Slot / zei'],
    ['"Nic takového jsme neplánovali," řekl novinářům Babiš.', 'novinářům Babiš / řekl'],
    ['"Es ist zu früh", sagte trainer in Berlin.', null],
    // a gesture (`kroutí hlavou`, `sourit`) and an elided article (`l'allenatore`)
    ['"Je to skvělý hráč," kroutí hlavou Novák.', 'Novák / kroutí'],
    ['"Ce n\'est pas fini", sourit Kylian Mbappé.', 'Kylian Mbappé / sourit'],
    ['"È stata una partita difficile", ha detto l\'allenatore Stefano Pioli.', "l'allenatore Stefano Pioli / detto"],
  ];
  const BEFORE: [string, string | null][] = [
    ['Dazu sagte Merkel: "', 'Merkel / sagte'],
    ['Die Kanzlerin Angela Merkel sagte: "', 'Kanzlerin Angela Merkel / sagte'],
    ['El ministro dijo que "', 'El ministro / dijo'],
    ['Podle Evening Standard "', 'Evening Standard / Podle'],
    ['Le ministre a déclaré hier devant les députés que la loi sera votée en "', null],
  ];

  it('reads the parsers of the layouts', () => {
    const after = (t: string) => {
      const close = t.lastIndexOf('"');
      const a = otherAttributionAfter(t, close, t.length, t.slice(1, close));
      return a && `${t.slice(a.start, a.end)} / ${a.cue}`;
    };
    const before = (t: string) => {
      const open = t.lastIndexOf('"');
      const a = otherAttributionBefore(t, open, 0);
      return a && `${t.slice(a.start, a.end)} / ${a.cue}`;
    };
    for (const [text, want] of AFTER) expect(after(text), text).toBe(want);
    for (const [text, want] of BEFORE) expect(before(text), text).toBe(want);
  });

  it('gives the subject of a Chinese speech verb before or after the quotation, for a pronoun the one named before', () => {
    const zh = '所以，人乘坐飞机时醉得更快是个传说？这位教授研究酒精和饮酒超过四十年，他认为确实如此。\n\n';
    expect(
      speakers(
        `${zh}汉森指出：“如果人们一直认为在飞机上酒精会产生不同的作用，那么他们真的会觉得不同。”\n\n在澳大利亚墨尔本留学的马素湘说：“想不关注都难啊！到处都是两会的消息。”\n\n“我相信优秀留学生的国际化视野必将带来新的思路，增添新的活力。”卢宇恳切地说。\n\n他说：“我不认为它会有任何不同。”`,
      ),
    ).toEqual(['汉森', '马素湘', '卢宇', '卢宇']);
    expect(speakers(`${zh}发言人丹尼尔·霍特(Daniel Huot)表示：“国际空间站上的宇航员不允许喝酒，这是规定。”`)).toEqual([
      '丹尼尔·霍特',
    ]);
    expect(
      analyzeText(
        `${zh}NASA发言人斯蒂芬妮·席尔霍尔茨表示：“我们研究了太空中宇航员身体的各种变化，包括微生物层面的。”`,
      ).quotes.map((q) => q.speaker && `${q.speaker.kind} ${q.speaker.name}`),
    ).toEqual(['person 斯蒂芬妮·席尔霍尔茨']);
  });

  it("tells a person's name and an institution by the phrase's shape", () => {
    const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind);
    expect(kinds(`${FR}Selon le ministère des Affaires étrangères, « la situation reste grave ».`)).toEqual([
      'organization',
    ]);
    expect(kinds(`${ES}"Es una medida necesaria para todos", dijo el ministro de Economía.`)).toEqual(['unnamed']);
    expect(kinds(`${PT}"Em 2012 eu errei. Não me posicionei politicamente", falou Tite ao programa.`)).toEqual([
      'person',
    ]);
    const zh = '所以，人乘坐飞机时醉得更快是个传说？这位教授研究酒精和饮酒超过四十年，他认为确实如此。\n\n';
    expect(
      kinds(`${zh}${zh}汉森指出：“如果人们一直认为在飞机上酒精会产生不同的作用，那么他们真的会觉得不同。”`),
    ).toEqual(['person']);
  });

  it('is read only in a text that is not in English', () => {
    expect(otherLanguage(FR + FR)).toBe(true);
    // a short English text with none of the commonest grammar words stays English
    expect(otherLanguage('"We will win this time," Smith said on Monday.')).toBe(false);
    expect(otherLanguage('The minister said on Monday that the plan was a good one and that it would pass.')).toBe(
      false,
    );
    const en = 'The minister spoke to the press in the capital on Monday about the plan and the vote. ';
    expect(speakers(`${en}"It is a good plan", dijo el ministro.`)).not.toContain('el ministro');
  });
});
