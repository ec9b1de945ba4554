/**
 * Runs an async task one at a time. A request while it runs schedules one more run after it;
 * any number of such requests share that run. Every request resolves with a run that started
 * after it was made, so its result reflects the state at request time or later.
 */
export function serialized<T>(task: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let queued: Promise<T> | null = null;

  function start(): Promise<T> {
    const run = task().finally(() => {
      if (current === run) current = null;
    });
    current = run;
    return run;
  }

  return () => {
    if (queued) return queued;
    if (!current) return start();
    queued = current
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
