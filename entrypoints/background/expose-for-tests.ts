/**
 * The e2e build lets tests call background functions from the service worker (as
 * `videotimeTest.name()`) where a browser cannot be driven: shortcuts, notifications, a profile's
 * settings. Other builds leave this out entirely.
 */
export function exposeForTests(functions: Record<string, (...args: never[]) => unknown>): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const world = globalThis as { videotimeTest?: object };
  world.videotimeTest = { ...world.videotimeTest, ...functions };
}
