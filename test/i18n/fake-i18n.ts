// A stand-in for the browser's i18n API that reads locales/<lang>.json as the browser reads
// _locales/<lang>/messages.json: $1…$9 filled in, English where the locale lacks a message.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../locales');

type Messages = Record<string, { message: string }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Messages;

/** Installs the stand-in on globalThis.chrome (keeping what else is there); returns the undo. */
export function useLocale(lang: string): () => void {
  const own = read(lang);
  const en = read('en');
  const g = globalThis as { chrome?: Record<string, unknown> };
  const before = g.chrome;
  g.chrome = {
    ...before,
    i18n: {
      getUILanguage: () => lang,
      getMessage: (key: string, subs: string[] = []) =>
        (own[key] ?? en[key])?.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
    },
  };
  return () => {
    g.chrome = before;
  };
}
