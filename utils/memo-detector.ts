import type { AppointmentText, Detector } from './detector';

/** Enough for the biggest timebooks; past it the cache starts over, so memory stays flat for hours. */
const MAX_ENTRIES = 50_000;

/**
 * Re-renders re-read the same comments again and again: each distinct comment and type is
 * classified once.
 */
export function memoized(detector: Detector): Detector {
  const cache = new Map<string, ReturnType<Detector>>();
  return (appointment: AppointmentText) => {
    const key = `${appointment.type ?? ''}\u0000${appointment.comment}`;
    let decision = cache.get(key);
    if (!decision) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      decision = detector(appointment);
      cache.set(key, decision);
    }
    return decision;
  };
}
