import type { AppointmentText, Detector } from './types';

/**
 * Distinct comments kept per generation: more than a clinic's day holds. Two generations are kept,
 * so what is in use survives a turnover and memory stays within two generations for hours.
 */
export const GENERATION_SIZE = 5_000;

/**
 * Re-renders re-read the same comments again and again: each distinct comment and type is
 * classified once while it stays in use.
 */
export function memoized(detector: Detector): Detector {
  let current = new Map<string, ReturnType<Detector>>();
  let previous = new Map<string, ReturnType<Detector>>();
  return (appointment: AppointmentText) => {
    const key = `${appointment.type ?? ''}\u0000${appointment.comment}`;
    const known = current.get(key);
    if (known) return known;
    const decision = previous.get(key) ?? detector(appointment);
    if (current.size >= GENERATION_SIZE) [previous, current] = [current, new Map()];
    current.set(key, decision);
    return decision;
  };
}
