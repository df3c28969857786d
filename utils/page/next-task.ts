// The page's next turn, for work done in steps on its main thread (serializing, marking).

/**
 * A pause that lets the page's own tasks (input, rendering) run first: scheduler.yield() where
 * there is one (the work keeps its place ahead of newly queued tasks), else a new task.
 */
export function nextTask(win: Window | null | undefined): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } } | null)?.scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}
