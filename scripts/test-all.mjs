#!/usr/bin/env node
// `npm test`: every test, in order — make sure both browsers exist, build both extensions, run the
// unit tests, then each real-browser test file on its own (2 cores: one browser at a time): every
// test/e2e/*.test.ts, found when it runs. Prints a line per step and, last, "N passed, N failed"
// summed over everything. Exits non-zero on any failure or skipped test.
// A missing browser is installed when running as root with apt-get, otherwise it is an error: a
// browser is never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const BROWSERS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const say = (msg) => console.log(`\n▶ ${msg}`);

export function ensureBrowsers() {
  const missing = BROWSERS.filter((b) => !existsSync(b.path));
  if (missing.length === 0) return;
  const packages = missing.map((b) => b.apt);
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canInstall) {
    console.error(
      `Missing ${missing.map((b) => `${b.name} (${b.path})`).join(' and ')}.\n` +
        `Install with: sudo apt-get install -y ${packages.join(' ')}\n` +
        `(or point CHROMIUM_PATH / FIREFOX_PATH at your binaries). No browser is skipped.`,
    );
    process.exit(2);
  }
  say(`Installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update'], { env }).status !== 0 ||
    run('apt-get', ['install', '-y', ...packages], { env }).status !== 0
  ) {
    console.error(`apt-get could not install ${packages.join(' ')}.`);
    process.exit(2);
  }
  const still = BROWSERS.filter((b) => !existsSync(b.path));
  if (still.length) {
    console.error(`Still missing after install: ${still.map((b) => b.path).join(', ')}`);
    process.exit(2);
  }
}

export function ensureDependencies() {
  if (!existsSync(bin('wxt')) || !existsSync(bin('vitest'))) {
    console.error('Dependencies are not installed: run `npm ci` first.');
    process.exit(2);
  }
}

export function buildBoth() {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    say(`wxt ${args.join(' ')}`);
    if (run(bin('wxt'), args).status !== 0) {
      console.error(`Build failed: wxt ${args.join(' ')}`);
      process.exit(1);
    }
  }
}

/** Runs vitest with a JSON report next to the console output; returns the counts. */
function vitest(label, args) {
  const out = join(RESULTS, `vitest-${label.replace(/[^\w.-]+/g, '_')}.json`);
  rmSync(out, { force: true });
  const result = run(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load has no tests but still fails the run.
    failed += (report.testResults ?? []).filter(
      (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
    ).length;
  } catch {
    failed += 1; // no report: vitest itself failed
  }
  if (result.status !== 0 && failed === 0) failed = 1;
  return { label, passed, failed, skipped };
}

function main() {
  const t0 = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  ensureDependencies();
  ensureBrowsers();
  buildBoth();

  const rows = [];
  say('Unit tests (vitest --project unit)');
  rows.push(vitest('unit', ['--project', 'unit', '--passWithNoTests']));

  const e2eDir = join(ROOT, 'test', 'e2e');
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  for (const file of files) {
    say(`Browser tests: ${file}`);
    rows.push(vitest(`e2e-${file}`, ['--project', 'e2e', join('test', 'e2e', file)]));
  }

  const total = rows.reduce(
    (acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed, skipped: acc.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log('\nSummary');
  for (const r of rows) {
    const mark = r.failed ? '✗' : '✓';
    console.log(
      `  ${mark} ${r.label.padEnd(36)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
    );
  }
  console.log(`Screenshots: ${join('test-results', 'screenshots')}/   (${Math.round((Date.now() - t0) / 1000)} s)`);
  // A skipped test fails the run too (no skipped test counts as passing); the last line stays the count.
  if (total.skipped) console.log(`${total.skipped} skipped`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 || total.skipped > 0 ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
