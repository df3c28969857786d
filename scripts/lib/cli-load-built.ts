// scripts/lib/cli-load.ts in the built CLI (scripts/lib/cli-build.ts puts this file in its place): the
// analysis comes from the bundles beside the entry, analysis/cli.cjs (HTML and text) and
// analysis/cli-text.cjs (text only: no HTML parser), each loaded with its code cache (scripts/lib/cli-cache.ts).
import { fileURLToPath } from 'node:url';
import { loadBundle } from './cli-cache';

const bundle = (name: string) => fileURLToPath(new URL(`analysis/${name}.cjs`, import.meta.url));

export const loadHtmlAnalysis = async () => loadBundle(bundle('cli')) as typeof import('./cli');
export const loadTextAnalysis = async () => loadBundle(bundle('cli-text')) as typeof import('./cli-text');
