// Paints marks with the CSS Custom Highlight API: no element is added to or changed in the
// page, so layout, links, selection, copy/paste and the page's scripts behave as before.
// Firefox content scripts cannot iterate the highlight registry or a Highlight (Xray), so we
// keep our own references and only ever call set/delete on names we own.
// The rules for the names below: the extension's manifest injects highlight.css at the page's
// start; a sheet of them is adopted only where it is not there (markPage called directly).
import RULES from './highlight.css?raw';

export const PERSON = 'lede-person';
export const QUOTE = 'lede-quote';
export const FOCUS = 'lede-focus';

interface HighlightCtor {
  new (...ranges: AbstractRange[]): HighlightLike;
}
interface HighlightLike {
  priority: number;
  add(r: AbstractRange): unknown;
  clear(): void;
}
interface Registry {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
  highlightsFromPoint?: (x: number, y: number) => unknown[];
}

export function highlightRegistry(win: Window): Registry | null {
  const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
  const ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof ctor === 'function' ? css.highlights : null;
}

export interface Highlights {
  /** The Highlight objects we registered (for hit-testing by identity). */
  person: HighlightLike | null;
  quote: HighlightLike | null;
  /** Shows one range as the focused mention (keyboard cycling); null clears it. */
  focus(range: Range | null): void;
  remove(): void;
}

/**
 * `styled`: the rules are already in the page (the content script's manifest CSS). Adopting a
 * sheet of ::highlight rules later restyles every element of the page (5–10 ms on a news page).
 */
export function paintHighlights(doc: Document, people: Range[], quotes: Range[], styled = false): Highlights {
  const win = doc.defaultView;
  const registry = win ? highlightRegistry(win) : null;
  if (!win || !registry) return { person: null, quote: null, focus() {}, remove() {} };
  const Ctor = (win as unknown as { Highlight: HighlightCtor }).Highlight;

  const sheet = styled ? null : adoptSheet(doc, win);
  const quote = new Ctor(...quotes);
  const person = new Ctor(...people);
  // A person inside a quotation still reads as a person.
  quote.priority = 0;
  person.priority = 1;
  registry.set(QUOTE, quote);
  registry.set(PERSON, person);
  let focused = false;

  return {
    person,
    quote,
    focus(range) {
      if (range) {
        const f = new Ctor(range);
        f.priority = 2;
        registry.set(FOCUS, f);
        focused = true;
      } else if (focused) {
        registry.delete(FOCUS);
        focused = false;
      }
    },
    remove() {
      registry.delete(PERSON);
      registry.delete(QUOTE);
      if (focused) registry.delete(FOCUS);
      sheet?.remove();
    },
  };
}

interface AdoptedSheet {
  remove(): void;
}

/** Adds the ::highlight rules as a constructed stylesheet: no <style> element in the page. */
function adoptSheet(doc: Document, win: Window): AdoptedSheet | null {
  try {
    const SheetCtor = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    const sheet = new SheetCtor();
    sheet.replaceSync(RULES);
    const list = doc.adoptedStyleSheets;
    if (typeof list.push === 'function') list.push(sheet);
    else doc.adoptedStyleSheets = [...list, sheet];
    return {
      remove() {
        const current = doc.adoptedStyleSheets;
        for (let i = current.length - 1; i >= 0; i--) {
          if (current[i] === sheet) {
            if (typeof current.splice === 'function') current.splice(i, 1);
            else doc.adoptedStyleSheets = Array.prototype.filter.call(current, (s) => s !== sheet) as CSSStyleSheet[];
            break;
          }
        }
      },
    };
  } catch {
    return null;
  }
}
