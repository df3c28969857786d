// Without explicit dependencies the database uses the global indexedDB (as in the extension).
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { LocalMemoryService } from '../../utils/store/api';
import { analysisOf } from './helpers';

it('LocalMemoryService.open() works on the global indexedDB', async () => {
  const m = LocalMemoryService.open({}, 'lede-default-test');
  const r = await m.saveArticle(
    analysisOf({
      url: 'https://a.example/x',
      title: 'T',
      text: 'Ann Lee opened the new bridge on Monday in the town.',
      people: [{ name: 'Ann Lee', mentions: 1 }],
    }),
  );
  expect(r).toMatchObject({ ok: true, url: 'https://a.example/x', updated: false });
  expect((await m.stats()).articles).toBe(1);
  expect(await m.saveArticle(analysisOf({ url: 'about:blank', title: 'T', text: 'x' }))).toMatchObject({
    ok: false,
    reason: 'invalid',
  });
});
