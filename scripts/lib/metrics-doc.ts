// docs/metrics.md is written by `npm run eval` and `npm run bench`, never by hand. Each task has
// one block, replaced when that task runs and kept otherwise, so a partial run (`npm run eval --
// dates`) updates only its own figures. Every block says when, where and on which commit it was
// measured.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const METRICS_DOC = join(REPO, 'docs', 'metrics.md');

export type Section = 'eval' | 'bench';

const SECTIONS: Record<Section, string> = {
  eval: '## Accuracy (`npm run eval`)',
  bench: '## Speed and size (`npm run bench`)',
};

const HEADER = `# Metrics

Written by \`npm run eval\` (accuracy) and \`npm run bench\` (speed and size): never edit this file by hand.
Each task's block is replaced when that task runs (\`npm run eval -- dates\` rewrites only the dates block),
so blocks may come from different days: each names its date, commit and machine. The corpora are not in the
repository: see [the data section of the README](../README.md#data-for-eval-and-bench). Bench figures move by
±30 % with the machine's load (its load average is in each block's line); a same-day comparison is the only fair
one. How each figure is measured: the header comment of its task file (\`scripts/eval/*.ts\`,
\`scripts/bench/*.ts\`).
`;

export interface TaskBlock {
  task: string;
  seconds: number;
  /** When the task finished. */
  at: Date;
  headers: string[];
  rows: (string | number)[][];
}

const cell = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The commit measured; flagged when the code differs from it (figures of uncommitted work). */
function commit(): string {
  const git = (args: string) =>
    execSync(`git ${args}`, { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  try {
    const dirty = git('status --porcelain -- utils entrypoints components scripts wxt.config.ts') !== '';
    return git('rev-parse --short HEAD') + (dirty ? ' + uncommitted changes' : '');
  } catch {
    return 'unknown';
  }
}

/** One line on when and where: date, commit, CPU, memory, OS, Node, load, the LEDE_ settings that change figures. */
export function provenance(seconds: number, at = new Date()): string {
  const cpu = cpus();
  const settings = Object.entries(process.env)
    .filter(([k]) => k.startsWith('LEDE_') && k !== 'LEDE_DATA')
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  return [
    at.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    `commit ${commit()}`,
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GB`,
    `${type()} ${release()}`,
    `Node ${process.version}`,
    `load ${loadavg()[0].toFixed(1)}`,
    `${Math.round(seconds)} s`,
    ...settings,
  ].join(' · ');
}

function renderBlock(section: Section, b: TaskBlock): string {
  const line = (r: (string | number)[]) => `| ${r.map(cell).join(' | ')} |`;
  return [
    `<!-- ${section}:${b.task} -->`,
    `### ${b.task}`,
    '',
    provenance(b.seconds, b.at),
    '',
    line(b.headers),
    line(b.headers.map(() => '---')),
    ...b.rows.map(line),
    `<!-- /${section}:${b.task} -->`,
  ].join('\n');
}

/** The blocks of one section as they stand in the file, by task. */
function readBlocks(text: string, section: Section): Map<string, string> {
  const blocks = new Map<string, string>();
  const re = new RegExp(`<!-- ${section}:([\\w.-]+) -->[\\s\\S]*?<!-- /${section}:\\1 -->`, 'g');
  for (const m of text.matchAll(re)) blocks.set(m[1], m[0]);
  return blocks;
}

/** Replaces the blocks of the tasks that ran; keeps every other block of both sections. */
export function updateMetrics(section: Section, ran: TaskBlock[], path = METRICS_DOC): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const parts = [HEADER.trimEnd()];
  for (const s of Object.keys(SECTIONS) as Section[]) {
    const blocks = readBlocks(old, s);
    if (s === section) for (const b of ran) blocks.set(b.task, renderBlock(s, b));
    const body = [...blocks.keys()].sort().map((k) => blocks.get(k));
    parts.push(SECTIONS[s], body.length ? body.join('\n\n') : `Not measured yet: run \`npm run ${s}\`.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, parts.join('\n\n') + '\n');
}
