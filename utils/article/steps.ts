// Work in steps: a generator that yields where its caller may hand the main thread back to the
// page (extraction, marking). runSteps runs it to the end at once (the CLI, tests); a content
// script resumes it after a pause instead, so no single task holds all of it.

/** Work in steps: the caller resumes it after each `yield`, at once or in a later task. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Runs `steps` to the end, awaiting `pause()` at each of its yields. */
export async function runStepsPaused<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
  }
}
