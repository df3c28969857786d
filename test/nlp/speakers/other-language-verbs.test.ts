// Speech verbs of other languages added from written news passages (session 15; list verbs of
// speaker-other-languages.json): German 'erzählt', Portuguese 'prometeu', Italian 'ammesso', French 'réagi' (and
// Czech 'přiznal', 'pochvaloval', French 'promis', checked on H1b's written set a scratch folder outside the repository).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));

describe('speech verbs of other languages', () => {
  it.each([
    [
      'Nach dem Sturm sind viele Keller vollgelaufen. "So etwas habe ich noch nie erlebt", erzählt Karl Weber.',
      ['person: Karl Weber'],
    ],
    [
      'A prefeitura anunciou novas obras na zona sul. "Vamos entregar tudo até dezembro", prometeu o prefeito Ricardo Nunes.',
      ['person: Ricardo Nunes'],
    ],
    [
      'La Roma ha perso contro il Milan per 2-0. Il capitano Lorenzo Pellegrini ha ammesso: "Oggi non siamo stati all\'altezza."',
      ['person: Lorenzo Pellegrini'],
    ],
    [
      'Le gouvernement a présenté sa réforme mercredi. « Cette réforme est une provocation pour les salariés », a réagi Sophie Martin.',
      ['person: Sophie Martin'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
