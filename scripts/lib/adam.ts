// Full-batch Adam with L2, shared by the training scripts (speakers, quotations): each gives the gradient
// of its own loss, this does the steps. Deterministic: same gradient, same weights.

/** Weights after `epochs` steps; `gradient(w, g)` fills g (zeroed before each call) with the loss's gradient at w. */
export function adam(
  n: number,
  opts: { epochs: number; rate: number; l2: number },
  gradient: (w: Float64Array, g: Float64Array) => void,
): Float64Array {
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  for (let t = 1; t <= opts.epochs; t++) {
    g.fill(0);
    gradient(w, g);
    for (let k = 0; k < n; k++) {
      const gr = g[k] + opts.l2 * w[k];
      m[k] = 0.9 * m[k] + 0.1 * gr;
      v[k] = 0.999 * v[k] + 0.001 * gr * gr;
      const mh = m[k] / (1 - 0.9 ** t);
      const vh = v[k] / (1 - 0.999 ** t);
      w[k] -= (opts.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}
