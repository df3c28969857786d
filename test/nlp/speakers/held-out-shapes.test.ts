// Speaker shapes found on held-out news texts (session 14): a name the people finder missed, given as a person
// by the role noun of its description (candidates.ts titledName), and a new paragraph that opens with a name and
// a speech verb after a question or an exclamation (cue-after.ts: it reports another statement, it does not
// attribute the quotation before it).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { classifyPhrase } from '../../../utils/nlp/speakers/phrase';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));

const OPENED = 'The center opened on Thursday.\n\n"It is only fitting that we recognize them," ';
const MARKETS = 'Markets fell.\n\n"There is no pressure to raise rates," ';
const FLEW =
  'Latasha Abney flew out of Washington early on Wednesday.\n\n"I thought the lines were going to be bad," Abney said. ';

describe('a missed name with a role noun is a person', () => {
  it.each([
    [
      `${OPENED}Demetric Mercadel, president of the foundation's board of directors, said in a statement.`,
      ['person: Demetric Mercadel'],
    ],
    [`${OPENED}said Demetric Mercadel, president of the foundation's board.`, ['person: Demetric Mercadel']],
    [`${MARKETS}said Moody's economist Okwuchi Baptiste.`, ['person: Okwuchi Baptiste']],
    ['Storms hit.\n\n"It\'s ugly out there," CNN meteorologist Chad Myers said.', ['person: Chad Myers']],
    // institutions stay institutions
    [`${MARKETS}the bank Morgan Stanley said.`, ['organization: the bank Morgan Stanley']],
    [`${MARKETS}said analysts at Morgan Stanley.`, ['unnamed: analysts']],
    [`${MARKETS}said Reuters, the news agency.`, ['organization: Reuters']],
    [`${MARKETS}said Kestrel Grid, the battery maker.`, ['organization: Kestrel Grid']],
    [`${MARKETS}the newspaper Le Monde said.`, ['organization: the newspaper Le Monde']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a name and a verb opening the next paragraph do not attribute the quotation before', () => {
  it.each([
    [
      `${FLEW}"Security was a breeze. Happy Thanksgiving!"\n\nBrian Good said he, too, was expecting a bad trip.`,
      ['person: Latasha Abney', 'person: Latasha Abney'],
    ],
    [
      `${FLEW}"Was security a breeze?"\n\nBrian Good said he was expecting a bad trip.`,
      ['person: Latasha Abney', 'person: Latasha Abney'],
    ],
    // in the same paragraph the clause after a question still attributes it
    [
      'Ellen Fetter and Tom Rothman met in 1990.\n\n"Who is Ellen Fetter?" Rothman recalls asking.',
      ['person: Tom Rothman'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// the hook H1b asked for: another language's subject pronoun or a bare speech verb reads as the English pronoun,
// in a text in that language; in English the same words are names ('"…," Lei said', 'Ella said')
describe('a one-word phrase of another language that stands for a pronoun', () => {
  it.each([
    ['Il a déclaré mardi que le projet de loi ne passera pas au Sénat cette année.', 'Il', 'he'],
    ['« Nous partons », a dit elle devant les habitants de la commune ce matin-là.', 'elle', 'she'],
    ['Er sagte am Montag, dass die Regierung den Plan in diesem Jahr nicht umsetzen wird.', 'Er', 'he'],
    ['"Vamos a ganar", añadió tras el partido del domingo en el estadio de la ciudad.', 'añadió', 'hs'],
    ['"Nejsme připraveni," řekla po jednání vlády v pondělí večer v Praze novinářům.', 'řekla', 'she'],
  ])('%s: %s -> %s', (text, word, head) => {
    const at = text.indexOf(word);
    expect(classifyPhrase(text, at, at + word.length)).toMatchObject({ cls: 'pronoun', head });
  });

  it.each([
    ['Xiaomi founder Lei Jun met the board. "We will ship the car next year," Lei said on Monday.', 'Lei'],
    ['Ella Brown is a nurse at the hospital. "The ward is full," Ella said when she was asked.', 'Ella'],
  ])('not in English: %s', (text, word) => {
    const at = text.lastIndexOf(word);
    expect(classifyPhrase(text, at, at + word.length).cls).not.toBe('pronoun');
  });
});

describe('an inverted cue set off by commas before the quotation', () => {
  it.each([
    [
      'Charlotte Beyer has four tips. The biggest reason advisors get fired, writes Beyer, is "it\'s always about communication."',
      ['person: Charlotte Beyer'],
    ],
    ['Tom Reed is the mayor. The answer, said Reed on Monday, was "not this year."', ['person: Tom Reed']],
    ['Tom Reed is the mayor. The answer, said the mayor, was "not this year."', ['person: Tom Reed']],
    // a participle is no aside ('said to cost'): the attribution after the marks decides
    ['Tom Reed is the mayor. The plan, said to cost $5 million, is "a disaster," Reed said.', ['person: Tom Reed']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("words quoted inside a writer's sentence do not continue a speech of an earlier paragraph", () => {
  it.each([
    [
      '"The firm admitted it misled clients," reports Corrie Driebusch.\n\nThe SEC filed charges against the former CEO. He stepped down last month, but his lawyers maintain that the allegations "are misdirected and meritless."',
      ['person: Corrie Driebusch', 'none'],
    ],
    // a quotation opening its own paragraph still continues the speech
    [
      'Tom Reed runs the port. "We will reopen the docks on Monday," Reed said.\n\n"It is the right call for the city and for the workers."',
      ['person: Tom Reed', 'person: Tom Reed'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a speech verb joined by a bare comma to the clause after "that"', () => {
  it.each([
    [
      'Andrew Walsh and Kevin Swanson were surfing. Walsh added that Swanson surfaced after several seconds, yelled "shark attack!" and began paddling to shore.',
      ['person: Kevin Swanson'],
    ],
    // joined by "and", the verb goes on the sentence's subject
    [
      'Tom Reed and Sarah Jones met. Reed said that Jones left early, and added "it was a long day."',
      ['person: Tom Reed'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// British single marks: the next quotation's own cue ("'I'm delighted,' said the coach") is not the cue of the one
// before it, as with double marks
describe('the next quotation opening right after the closing mark takes its own cue', () => {
  const told = (q: string, o: string, c: string) =>
    `Tom Smith is the mayor.\n\nMr Smith told the BBC: ${o}It is a disgrace and this town deserves better.${c}\n\n` +
    `${o}I${q}m delighted,${c} said Anna Jones, the coach. ${o}The players were brilliant.${c}`;
  it.each([
    ['single marks', told("'", "'", "'"), ['person: Tom Smith', 'person: Anna Jones', 'person: Anna Jones']],
    ['curly single marks', told('’', '‘', '’'), ['person: Tom Smith', 'person: Anna Jones', 'person: Anna Jones']],
    ['double marks', told("'", '"', '"'), ['person: Tom Smith', 'person: Anna Jones', 'person: Anna Jones']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// a day set between the subject and its verb is not part of the speaker
describe('a day before the speech verb is no part of the speaker', () => {
  it.each([
    [
      'A federal judge in Texas on Friday blocked the rule, calling it "arbitrary and capricious."',
      'unnamed: A federal judge in Texas',
    ],
    ['Officials Tuesday said the plan was "dead on arrival."', 'unnamed: Officials'],
    ['The ministry late Monday said it was "deeply concerned."', 'organization: The ministry'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});

// features told in the present: the subject of a sentence before the quotation, as with a past-tense gesture
describe('a quotation opening its sentence after a sentence in the present', () => {
  const BAKERY = 'Maria Gonzalez opened her bakery in 2015. Tom Baker buys bread there.\n\n';
  it.each([
    [`${BAKERY}Gonzalez laughs at the praise. "They are too kind."`, ['person: Maria Gonzalez']],
    [`${BAKERY}Gonzalez shrugs. "They are too kind."`, ['person: Maria Gonzalez']],
    [`${BAKERY}Gonzalez laughed at the praise. "They are too kind."`, ['person: Maria Gonzalez']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
