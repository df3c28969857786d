// Text a reader sees, in the browser's language: the extension's own i18n (_locales/<lang>/
// messages.json, written from locales/<lang>.json by wxt.config.ts). The browser picks the
// locale and falls back to English (default_locale) for a missing message. Works in the popup,
// the options page, the memory frame and the content scripts alike (i18n.getMessage is
// synchronous and needs no permission). No browser import: the content scripts stay small.
import en from './en.json';

export type MessageKey = keyof typeof en;
/** Keys that come in a singular and a plural form (`<base>_one`, `<base>_other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

// In unit tests (Vitest, no extension API) the English file stands in; in the built extension
// this branch is dropped, so no bundle carries the messages.
const testMessages: Record<string, { message: string }> | null = import.meta.env.MODE === 'test' ? en : null;

function api(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.chrome?.i18n ?? g.browser?.i18n;
}

/** `$1`…`$9` replaced as the browser does. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The message `key` with `$1`, `$2`… filled in; a missing message shows its key (so it is noticed). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  const i18n = api();
  if (i18n) return i18n.getMessage(key, strings) || key;
  const fallback = testMessages?.[key]?.message;
  return fallback ? substitute(fallback, strings) : key;
}

/** The singular or plural form of `base` for `count` (by the locale's plural rules); `$1` is the count, then `subs`. */
export function tn(base: PluralKey, count: number, ...subs: (string | number)[]): string {
  const form = pluralRules().select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count, ...subs);
}

/**
 * The reader's locale for Intl: the browser's UI language where the messages are in that language,
 * else the messages' own (Chromium started with --lang=de reports en-US but shows the German
 * messages: dates follow the words). Undefined: the runtime's default.
 */
export function uiLocale(): string | undefined {
  const i18n = api();
  if (!i18n) return undefined;
  const shown = i18n.getMessage('locale_code') || undefined;
  let ui: string | undefined;
  try {
    ui = i18n.getUILanguage() || undefined;
  } catch {
    ui = undefined;
  }
  if (ui && shown && ui.split(/[-_]/)[0]?.toLowerCase() !== shown.toLowerCase()) return shown;
  return ui ?? shown;
}

let rules: Intl.PluralRules | null = null;
let numbers: Intl.NumberFormat | null = null;
let lists: Intl.ListFormat | null = null;
let cachedFor: string | undefined | null = null;

/** Formatters for the current UI language, made once (a formatter per call is slow in long lists). */
function formatters() {
  const locale = uiLocale();
  if (cachedFor !== locale || !rules || !numbers || !lists) {
    rules = new Intl.PluralRules(locale);
    numbers = new Intl.NumberFormat(locale);
    lists = new Intl.ListFormat(locale, { type: 'conjunction' });
    cachedFor = locale;
  }
  return { rules, numbers, lists };
}

function pluralRules(): Intl.PluralRules {
  return formatters().rules;
}

export function formatNumber(n: number): string {
  return formatters().numbers.format(n);
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[]): string {
  return formatters().lists.format(items);
}
