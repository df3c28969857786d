// Link hints: words a site puts inside a link for screen readers only, telling where the link
// goes ("Opens a new window", "(opens in a new tab)", "External link"). A sighted reader sees an
// icon or nothing; read as text they glue onto the link's words ("saidOpens a new window that…").
// Only an element inside a link whose whole text is such a hint is left out. The rule goes by the
// words, not by a class: the hint is often hidden by the site's own CSS ("external-link-icon" with
// font-size 0, unseen in a copy of the page), and a hiding class alone is no proof of a hint (sites
// also hide real headings that way; clean.ts's furniture rule covers small sr-only boxes). Words
// that are all an element inside a link holds, and only say where the link opens, are never prose.

// "opens in a new window", "will open in new tab", "opens a new browser window", "link opens in a new tab"
const OPENS =
  '(?:(?:this |the )?(?:link|page|site|website|document|file|pdf) )?(?:opens?|will open|opening)' +
  '(?: (?:this |the )?(?:link|page|site|website|document|file|pdf))?(?: (?:in|on))?(?: (?:a|an))?' +
  ' new(?: browser)? (?:window|tab)';
const OTHERS = [
  '(?:an? )?external (?:link|site|website|page)',
  'link is external',
  // Other languages (Portuguese, Spanish, French, German, Italian, Dutch)
  '(?:link|enlace|lien|externer?|collegamento) (?:externo|externe|link|esterno)',
  '(?:se )?abre (?:em|en) (?:uma |una )?(?:nova|nueva) (?:janela|aba|guia|ventana|pestaña)',
  "s'ouvre dans (?:une nouvelle fenêtre|un nouvel onglet)",
  '(?:öffnet|wird) (?:sich )?in (?:einem )?neuen (?:fenster|tab)(?: geöffnet)?',
  '(?:si )?apre in (?:una )?nuova (?:finestra|scheda)',
  'opent in (?:een )?nieuw(?:e)? (?:venster|tabblad)',
];
const ONE = `(?:${OPENS}|${OTHERS.join('|')})`;
// One hint, or two joined ("External link, opens in a new window"), in brackets or not.
const HINT = new RegExp(`^[\\s(\\[]*${ONE}(?:[\\s,;:.–—(\\[-]+${ONE})?[\\s)\\].]*$`, 'iu');
// "(new window)", "[new tab]": only in brackets, since a product's "New Tab" page is a name.
const BRACKETED = /^[([](?:in )?(?:an? )?new (?:browser )?(?:window|tab)[)\]]$/i;

/** Longer text is never only a hint (and is not worth testing). */
const MAX_HINT = 80;
/** The same before whitespace is collapsed (page markup indents). */
const MAX_RAW = 400;

/** Whether `text` (an element's whole text) is only a link hint. */
export function isLinkHintText(text: string): boolean {
  if (text.length > MAX_RAW) return false;
  const t = text.replace(/\s+/g, ' ').trim();
  return t !== '' && t.length <= MAX_HINT && (HINT.test(t) || BRACKETED.test(t));
}

/** An element inside a link that holds only a link hint, to leave out of the article text. */
export function isLinkHint(el: Element): boolean {
  const text = el.textContent ?? '';
  return isLinkHintText(text);
}
