// Step of the judge (quotes/judge.ts): words printed on a thing someone holds up or wears, or shown on a screen
// ('holding signs that read "Asylum Is a Right"', 'a banner reading "Ipswich Till I Die"', 'her T-shirt said
// "Nevertheless, She Persisted"', 'on the giant screen, a message flashed: "Be Loud, Be You."', 'a sign advertised
// "First of the Season Fresh Alaskan Halibut"') are a quotation, however capitalized: the sign speaks for whoever
// carries it. A second slogan coordinated with the first ('signs reading "…" and "…"') is one too.

/** A thing that carries printed words (perhaps where it hangs: 'a banner in the North Stand'), then the verb or phrase that gives them. */
const DISPLAY =
  /\b(?:signs?|banners?|placards?|posters?|billboards?|T-shirts?|t-shirts?|shirts?|hoodies?|caps?|hats?|stickers?|graffiti|plaques?|notices?|flags?|screens?|scoreboards?|notes?|messages?(?:\s+(?:scrawled|written|painted|spray-painted))?)(?:\s+(?:in|on|at|outside|inside|near|above|over|behind|along|across|from)(?:\s+[\p{L}'’-]+){1,3}?)?(?:\s+(?:that|which))?\s+(?:read|reads|reading|said|says|saying|declared|declares|declaring|proclaimed|proclaiming|bore|bears|bearing|displayed|displaying|carried|carrying|flashed|flashes|flashing|advertised|advertises|advertising|emblazoned\s+with|with\s+the\s+(?:words|slogan|message))\s*:?\s*$/u;
/** Earlier slogans of the same list before the marks: '"…", "…" and '. */
const EARLIER = /(?:["“'‘][^"“”'‘’\n]{1,80}["”'’]\s*(?:,|and|or|,\s*and|,\s*or)\s*)+$/;

/** Whether the text before the opening mark (its sentence, up to ~160 characters) introduces words on a sign. */
export function onDisplay(before: string): boolean {
  const tail = before.replace(/\s+$/, ' ');
  if (DISPLAY.test(tail)) return true;
  const list = EARLIER.exec(tail);
  return !!list && DISPLAY.test(tail.slice(0, list.index));
}
