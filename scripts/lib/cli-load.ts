// How scripts/analyze.ts gets the analysis when it runs from the sources (tsx): it imports them. The built
// CLI (scripts/lib/cli-build.ts) puts cli-load-built.ts in this file's place, which loads the analysis
// bundles with their code cache. Either way the same code runs.
export const loadHtmlAnalysis = (): Promise<typeof import('./cli')> => import('./cli');
export const loadTextAnalysis = (): Promise<typeof import('./cli-text')> => import('./cli-text');
