import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

describe('short partial quotations in other languages: their speech verbs and "according to" hand them over', () => {
  it('keeps a short phrase after a French, Spanish or German speech verb', () => {
    expect(
      found("Le député a annoncé qu'il transmettrait un « mémorandum argumenté » au Conseil constitutionnel."),
    ).toEqual(['mémorandum argumenté']);
    expect(found('El ministro dijo que la medida era «muy injusta» para los jubilados.')).toEqual(['muy injusta']);
    expect(found('Der Minister sagte, die Reform sei „völlig überfällig“ gewesen.')).toEqual(['völlig überfällig']);
  });

  it('keeps a short phrase attributed after it ("selon", "según")', () => {
    expect(
      found('Il devait ramener des Français, «les plus éprouvés» par la catastrophe, selon le ministère.'),
    ).toEqual(['les plus éprouvés']);
    expect(found('Los vecinos, «muy asustados» por el ruido, salieron a la calle, según la policía.')).toEqual([
      'muy asustados',
    ]);
  });

  it('still leaves out a scare quote with no speech around it', () => {
    expect(
      found('Les services pourraient installer chez les opérateurs une « boîte noire » surveillant le trafic.'),
    ).toEqual([]);
    expect(found('Le dispositif introduit une forme de « pêche au chalut » dans les données.')).toEqual([]);
    // the list holds no English word: 'assure' is not read as the French 'assuré'
    expect(found('The new law should assure "fair access" to water for everyone in the region.')).toEqual([]);
  });

  it('leaves out an epithet after a name, a comma and an article of another language', () => {
    expect(
      found('Marsha, la «Rosa Parks du mouvement LGBTQ», est morte en 1992 dans le fleuve, près de la ville.'),
    ).toEqual([]);
    expect(found('Lionel Messi, el «mejor jugador del mundo», volvió a marcar el domingo en el estadio.')).toEqual([]);
    // a statement after a name and a speech verb stays
    expect(
      found('Le ministre, Laurent Fabius, a déclaré: «Pour certains d’entre eux on est très interrogatif».'),
    ).toEqual(['Pour certains d’entre eux on est très interrogatif']);
  });
});

/** A short full quotation, its comma, then a speech verb of another language -> the quotations found. */
const ATTRIBUTED_AFTER: [string, string[]][] = [
  ['„Das ist falsch“, sagte Müller.', ['Das ist falsch']],
  ['»Wir sind bereit«, sagte sie.', ['Wir sind bereit']],
  ['« Nous sommes prêts », a déclaré le ministre.', ['Nous sommes prêts']],
  ['«Estamos listos», dijo el ministro.', ['Estamos listos']],
  ['"Siamo pronti", ha detto il ministro.', ['Siamo pronti']],
  ['"Estamos prontos", disse o ministro.', ['Estamos prontos']],
  // no comma: the words in marks are the subject, and an English sentence is read by the English lists
  ['„Das Boot“ wurde 1981 gedreht.', []],
  ['The "Estamos listos" campaign began on Monday.', []],
];

describe('a speech verb of another language right after the quotation’s comma attributes it', () => {
  it.each(ATTRIBUTED_AFTER)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
