// The build step that bundles Readability's readerable check into the tripwire without a CommonJS
// wrapper (wxt.config.ts, 'lede-readerable-esm'): it turns only the package file's export line into
// an ES export, so the function the tripwire runs is the package's own, giving the same answers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { doc, page, prose } from '../article/helpers';

const require = createRequire(import.meta.url);
const FILE = require.resolve('@mozilla/readability/Readability-readerable.js');
const packaged = require(FILE) as (d: Document) => boolean;

interface TransformPlugin {
  name: string;
  transform(code: string, id: string): { code: string } | null;
}
const plugins = (config.vite as unknown as (env: unknown) => { plugins: TransformPlugin[] })({}).plugins;
const plugin = plugins.find((p) => p?.name === 'lede-readerable-esm')!;

describe('readerable as an ES module', () => {
  const source = readFileSync(FILE, 'utf8');
  const out = plugin.transform(source, FILE)!;

  it('replaces the CommonJS export line by an ES export and leaves the rest byte for byte', () => {
    expect(out.code).toContain('export default isProbablyReaderable;');
    expect(out.code).not.toContain('module.exports');
    const cut = source.indexOf('if (typeof module === "object")');
    expect(out.code.slice(0, cut)).toBe(source.slice(0, cut));
  });

  it('gives the package’s answers', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(out.code).toString('base64')}`;
    const esm = ((await import(url)) as { default: (d: Document) => boolean }).default;
    for (const body of [prose(6), prose(1), '<p>short</p>', `<div class="sidebar">${prose(6)}</div>`]) {
      expect(esm(doc(page(body)))).toBe(packaged(doc(page(body))));
    }
    expect(esm(doc(page(prose(6))))).toBe(true);
    expect(esm(doc(page('<p>short</p>')))).toBe(false);
  });

  it('touches no other file, and fails the build when the export line is gone', () => {
    expect(plugin.transform(source, '/x/node_modules/@mozilla/readability/Readability.js')).toBeNull();
    expect(() => plugin.transform('module.exports = x;', FILE)).toThrow(/export line/);
  });
});
