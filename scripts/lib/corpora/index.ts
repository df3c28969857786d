// Corpus readers over the development data (paths.ts: LEDE_DATA; sources and licenses in that folder's README).
export * from './meantime';
export * from './gum';
export * from './conll';
export { DATA_DIR } from './paths';
