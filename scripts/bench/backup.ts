// `npm run bench -- backup`: export and import of a 50,000-article memory through Lede's options
// page in real Chromium and Firefox (the built extension: run `npm run build:all` first), as a
// reader does it: choose a generated backup file (test/e2e/backup-data.ts), wait for the preview,
// confirm, then export. LEDE_BENCH_BACKUP_ARTICLES sets the size (default 50000);
// LEDE_BENCH_BACKUP_BROWSERS the browsers (default chromium,firefox). Figures are wall-clock
// milliseconds measured from Node around each step, so they include the automation protocol.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../bench';
import { launch, type BrowserKind } from '../../test/e2e/harness';
import { generateBackup } from '../../test/e2e/backup-data';
import { chooseFile, confirmImport, exportMemory, rememberedCount } from '../../test/e2e/backup-kit';

const ARTICLES = Number(process.env.LEDE_BENCH_BACKUP_ARTICLES ?? 50_000);
const BROWSERS = (process.env.LEDE_BENCH_BACKUP_BROWSERS ?? 'chromium,firefox').split(',') as BrowserKind[];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-backup-'));
  try {
    let t = performance.now();
    const file = generateBackup(ARTICLES);
    const path = join(dir, 'lede-memory.json');
    writeFileSync(path, file.text);
    const bench = `backup@${ARTICLES / 1000}k`;
    rows.push({
      bench,
      metric: 'generate file (Node)',
      value: Math.round(performance.now() - t),
      unit: 'ms',
      note: `${(file.text.length / 1e6).toFixed(1)} MB`,
    });
    for (const kind of BROWSERS) {
      const session = await launch(kind);
      try {
        const options = await session.openExtensionPage('options.html');
        await options.waitForSelector('[data-testid=import]');
        t = Date.now();
        await chooseFile(options, path);
        const imported = await confirmImport(options, t);
        const exported = await exportMemory(options);
        const stored = await rememberedCount(options);
        const ok = exported.articlesSha256 === file.articlesSha256 ? 'same articles as the file' : 'ARTICLES DIFFER';
        rows.push(
          { bench, metric: `${kind}: import, file → preview`, value: imported.previewMs, unit: 'ms' },
          { bench, metric: `${kind}: import, confirm → done`, value: imported.applyMs, unit: 'ms' },
          {
            bench,
            metric: `${kind}: export`,
            value: exported.ms,
            unit: 'ms',
            note: `${(exported.bytes / 1e6).toFixed(1)} MB; ${ok}; ${stored} stored`,
          },
        );
      } finally {
        await session.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
