import type { DetectorFactory } from './handover';

/**
 * Built on its first call. The detector comes with a timebook site's pages at document_start,
 * where building its tables would hold up the page's parsing; the first comment to judge comes
 * later, on most pages at DOMContentLoaded.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * The factory as handed over: each detector builds its word tables on its first judgment, not
 * when made. The detector arrives at document_start, where that work would hold up the page's
 * parsing; most pages are first judged at DOMContentLoaded.
 */
export function buildOnFirstUse(create: DetectorFactory): DetectorFactory {
  return (settings) => {
    const detector = onFirstUse(() => create(settings));
    return (appointment) => detector()(appointment);
  };
}
