/** Content-script errors are logged to our console and never reach the host page's code. */
export function guarded<A extends unknown[], R>(label: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => console.error('[Videotime]', label, error));
      return result;
    } catch (error) {
      console.error('[Videotime]', label, error);
      return undefined;
    }
  };
}
