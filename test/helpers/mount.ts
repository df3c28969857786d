// Renders one Preact tree at a time into the test document, unmounted after each test.
import { afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

let root: HTMLElement | null = null;

/** Mounts `node` (replacing the previous tree) and returns its container. */
export function mount(node: preact.ComponentChild): HTMLElement {
  if (root) render(null, root);
  const el = document.createElement('div');
  document.body.appendChild(el);
  root = el;
  act(() => render(node, el));
  return el;
}

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});

/** As `mount`, awaiting the tree's first effects and promises (containers that load data). */
export async function mountSettled(node: preact.ComponentChild): Promise<HTMLElement> {
  if (root) render(null, root);
  const el = document.createElement('div');
  document.body.appendChild(el);
  root = el;
  await act(async () => render(node, el));
  return el;
}
