import { describe, expect, it } from 'vitest';
import { adam } from '../../scripts/lib/adam';

describe('adam', () => {
  it('finds the minimum of a quadratic, weight by weight', () => {
    // loss (w0 - 3)^2 + (w1 + 2)^2
    const w = adam(2, { epochs: 2000, rate: 0.05, l2: 0 }, (w, g) => {
      g[0] += 2 * (w[0] - 3);
      g[1] += 2 * (w[1] + 2);
    });
    expect(w[0]).toBeCloseTo(3, 2);
    expect(w[1]).toBeCloseTo(-2, 2);
  });

  it('pulls the weights toward zero by the L2 term', () => {
    // gradient 2(w - 3) + l2 * w vanishes at w = 6 / (2 + l2)
    const w = adam(1, { epochs: 3000, rate: 0.05, l2: 1 }, (w, g) => {
      g[0] += 2 * (w[0] - 3);
    });
    expect(w[0]).toBeCloseTo(2, 2);
  });

  it('gives the same weights on every run', () => {
    const run = () => adam(3, { epochs: 50, rate: 0.1, l2: 0.01 }, (w, g) => g.forEach((_, k) => (g[k] += w[k] - k)));
    expect([...run()]).toEqual([...run()]);
  });
});
