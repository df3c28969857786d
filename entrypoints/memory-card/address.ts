// The memory frame's address and what it carries: the person's name (page text: the page knows
// it) and the page's own and canonical addresses (to leave the current article out). Pure, so the
// page layer can build it and the frame can read it back.

export interface MemoryFrameQuery {
  name: string;
  /** The tab's address. */
  page: string;
  /** The page's canonical URL, as the page states it (the frame applies the same-site rule). */
  canonical: string | null;
}

const MAX_PART = 2_048;

export function memoryFrameUrl(base: string, q: MemoryFrameQuery): string {
  const params = new URLSearchParams({ name: q.name.slice(0, MAX_PART), page: q.page.slice(0, MAX_PART) });
  if (q.canonical) params.set('canonical', q.canonical.slice(0, MAX_PART));
  return `${base}?${params.toString()}`;
}

export function readMemoryFrameQuery(search: string): MemoryFrameQuery | null {
  const params = new URLSearchParams(search);
  const name = params.get('name');
  const page = params.get('page');
  if (!name || !page) return null;
  return { name: name.slice(0, MAX_PART), page: page.slice(0, MAX_PART), canonical: params.get('canonical') };
}
