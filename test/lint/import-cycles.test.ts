// No import cycles in the extension's code, type-only imports included: a cycle makes load order
// matter (a value read before its module ran) and ties concerns together. The graph is built with
// TypeScript's own module resolution (tsconfig.json), so path aliases and `export … from` count.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = /\.(?:ts|tsx|mts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => join(d.parentPath, d.name));
}

function compilerOptions(): ts.CompilerOptions {
  const file = join(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  return parsed?.options ?? {};
}

/** Each file's imports (static, type-only, re-exports, dynamic) that resolve to a file of the graph. */
export function importGraph(files: string[], options = compilerOptions()): Map<string, string[]> {
  const inGraph = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const imp of info.importedFiles) {
      const hit = ts.resolveModuleName(imp.fileName, file, options, ts.sys).resolvedModule;
      const target = hit && resolve(hit.resolvedFileName);
      if (target && inGraph.has(target) && target !== file) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Every strongly connected group of more than one file (Tarjan), each as a path through it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

const named = (groups: string[][]) => groups.map((g) => g.map((f) => relative(ROOT, f)).join(' ↔ '));

describe('import cycles', () => {
  it('finds a cycle closed by a type-only import, and only the files in it', () => {
    const files = sourceFiles(join(ROOT, 'test', 'fixtures', 'import-cycle'));
    expect(named(cycles(importGraph(files)))).toEqual([
      'test/fixtures/import-cycle/a.ts ↔ test/fixtures/import-cycle/b.ts',
    ]);
  });

  it('utils/, entrypoints/ and components/ have none', () => {
    const files = ['utils', 'entrypoints', 'components'].flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    expect(named(cycles(importGraph(files)))).toEqual([]);
  });
});
