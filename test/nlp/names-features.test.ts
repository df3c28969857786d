import { describe, expect, it } from 'vitest';
import { nameTokens } from '../../utils/nlp/names-features';
import { getLexicon } from '../../utils/nlp/lexicon';
import { splitSentences } from '../../utils/nlp/sentences';

const norms = (text: string) =>
  nameTokens(text, splitSentences(text), getLexicon())
    .filter((t) => t.kind === 1)
    .map((t) => t.norm);

// A word's lower case is the same whether the text is lower-cased at once or word by word: the texts below take
// both ways (a length-changing 'İ', a final 'Σ', surrogates, soft hyphens make it go word by word)
describe('name tokens: lower case of each word', () => {
  it.each([
    ['Mr Ángel Øre met ẞig ǅuro.', ['mr', 'ángel', 'øre', 'met', 'ßig', 'ǆuro']],
    ['İlker Başbuğ spoke.', ['i̇lker', 'başbuğ', 'spoke']],
    ['ΟΔΟΣ Σάμος and ΣΑΣ', ['οδος', 'σάμος', 'and', 'σας']],
    ['Netan\u00adyahu met Gantz.', ['netanyahu', 'met', 'gantz']],
    ['𐐀𐐨 and Ann', ['𐐨𐐨', 'and', 'ann']],
    ['МОСКВА и Путин', ['москва', 'и', 'путин']],
  ])('%j', (text, want) => {
    expect(norms(text)).toEqual(want);
  });
});
