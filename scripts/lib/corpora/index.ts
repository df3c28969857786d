// Corpus readers over ../shared/data (see that folder's README for sources and licenses).
export * from './meantime';
export * from './gum';
export * from './conll';
export { DATA_DIR } from './paths';
