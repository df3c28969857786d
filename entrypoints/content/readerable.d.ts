// The readerable heuristic alone. The package's index also loads all of Readability, which the
// first content script (the gate) must not carry; this path loads only the heuristic.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
