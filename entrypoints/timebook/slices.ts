/**
 * Work on big timebooks is cut into slices short enough never to make a long task (50 ms), and
 * no shorter: every yield lets the page render, and a huge page's layout costs more than our work.
 */
const SLICE_MS = 35;

/** A long task's length: no slice runs past it, not even one that has yet to show anything. */
export const LONG_TASK_MS = 50;

type Scheduler = { yield: () => Promise<void> };

/** Lets the page run: scheduler.yield() where the browser has it, otherwise a new task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A clock for one piece of work: `due()` says when the slice is used up (checked synchronously, so
 * items in between cost no promise), and `pause()` gives the page its turn.
 */
export interface Slicer {
  /** Whether the slice has run past `limit` ms: a slice's length unless told. */
  due(limit?: number): boolean;
  pause(): Promise<void>;
}

export function createSlicer(): Slicer {
  let start = performance.now();
  return {
    due: (limit = SLICE_MS) => performance.now() - start > limit,
    async pause() {
      await yieldToPage();
      start = performance.now();
    },
  };
}

/** Takes every item of a lazy reading, in slices. */
export async function collectInSlices<T>(items: Iterable<T>, slicer: Slicer): Promise<T[]> {
  const collected: T[] = [];
  for (const item of items) {
    collected.push(item);
    if (slicer.due()) await slicer.pause();
  }
  return collected;
}
