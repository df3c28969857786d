// Pronoun subjects and subjects left out in news in another language than English (`Il a déclaré : «…»`,
// `"…", a-t-il lancé`, `"…", dijo él`, `"…", añadió.`, `"…," dodal.`, `他说：“…”`): the speaker is the person
// the pronoun stands for (utils/nlp/speakers/other-language.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { otherPronoun } from '../../../utils/nlp/speakers/other-language';

/** Each quotation's speaker: a person's name, or the words naming the speaker ('none': no speaker). */
function speakers(text: string): string[] {
  return analyzeText(text).quotes.map((q) =>
    !q.speaker || q.speaker.kind === 'unknown'
      ? 'none'
      : q.speaker.personId
        ? q.speaker.name!
        : text.slice(q.speaker.start, q.speaker.end),
  );
}

describe('pronouns of another language', () => {
  // subject phrase -> the English pronoun read for it (null: none)
  const READING: [string, string | null][] = [
    ['il', 'he'],
    ['Elle', 'she'],
    ['ils', 'they'],
    ['él', 'he'],
    ['ela', 'she'],
    ['lui', 'he'],
    ['er', 'he'],
    ['hij', 'he'],
    ['ona', 'she'],
    // a speech verb with no subject: Czech past tells the gender, others not ('hs': he or she)
    ['řekl', 'he'],
    ['dodala', 'she'],
    ['uvedli', null],
    ['añadió', 'hs'],
    ['afirmou', 'hs'],
    ['señala', 'hs'],
    // first person, and words of no language's lists
    ['je', null],
    ['yo', null],
    ['Dupont', null],
    ['the', null],
  ];
  it.each(READING)('%s -> %s', (phrase, reading) => expect(otherPronoun(phrase)).toBe(reading));

  // text -> each quotation's speaker
  const TEXTS: [string, string[]][] = [
    // a pronoun subject: the person named before it
    [
      "Le ministre de l'Intérieur Gérald Darmanin s'est rendu lundi à Marseille après la fusillade.\n\nIl a déclaré : « Nous ne laisserons pas les trafiquants faire la loi. »",
      ['Gérald Darmanin'],
    ],
    [
      "Le ministre de l'Intérieur Gérald Darmanin s'est rendu lundi à Marseille après la fusillade.\n\n« Nous ne laisserons pas les trafiquants faire la loi », a-t-il affirmé devant la presse.",
      ['Gérald Darmanin'],
    ],
    [
      'La presidenta de la Comunidad, Isabel Díaz Ayuso, visitó el martes el nuevo hospital de Valdebebas.\n\n"Es un orgullo para todos los madrileños", dijo ella ante los medios.',
      ['Isabel Díaz Ayuso'],
    ],
    // a subject left out: the one speaking before
    [
      'El alcalde de Sevilla, Antonio Muñoz, presentó el martes el plan de movilidad para el centro de la ciudad.\n\n"Queremos una ciudad para las personas", afirmó Muñoz. "Los coches tendrán que adaptarse", añadió.',
      ['Antonio Muñoz', 'Antonio Muñoz'],
    ],
    [
      'Trenér Plzně Michal Bílek byl po zápase s výkonem svého týmu spokojený.\n\n"Hráli jsme dobře a zasloužili jsme si vyhrát," řekl Bílek. "V odvetě to ale bude těžší," dodal.',
      ['Michal Bílek', 'Michal Bílek'],
    ],
    // an object or a day between the verb and its subject
    [
      'El Gobierno aprobó el martes la nueva ley de vivienda tras meses de negociación con sus socios.\n\n"Es una ley que protege a los inquilinos", afirmó a la prensa la ministra de Vivienda.',
      ['la ministra de Vivienda'],
    ],
    [
      "L'avion transportant les secouristes français a atterri à Katmandou en fin de journée.\n\n« Nous sommes encore sans nouvelles de plusieurs centaines de nos compatriotes », a déclaré jeudi le ministre des Affaires étrangères.",
      ['le ministre des Affaires étrangères'],
    ],
    // a day after the verb is no subject; a plural subject left out names nobody
    [
      'El Gobierno aprobó el martes la nueva ley de vivienda tras meses de negociación con sus socios.\n\n"Es una ley que protege a los inquilinos", dijo en Madrid el martes.',
      ['none'],
    ],
    [
      'Ministři se ve čtvrtek sešli na mimořádném jednání vlády kvůli rozpočtu na příští rok.\n\n"Schodek musí klesnout," uvedli.',
      ['none'],
    ],
    // Chinese: 他说 is the person named last before it
    [
      '美国宇航局发言人斯蒂芬妮·席尔霍尔茨周二在记者会上介绍了新的探月计划，包括发射时间、预算、合作伙伴和科学目标。这项计划将持续十年，耗资数十亿美元，多个国家将参与其中。\n\n她说：“我们将在明年发射第一颗卫星。”',
      ['斯蒂芬妮·席尔霍尔茨'],
    ],
    [
      '王强是北京一家医院的医生，已经工作了二十年，每天接待上百位病人。王强认为，近几年来，医患关系正在改善，投诉也在减少。\n\n他说：“病人对我们越来越信任了。”',
      ['王强'],
    ],
  ];
  it.each(TEXTS)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});
