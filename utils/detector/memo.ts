import { Generations } from './generations';
import type { AppointmentText, Decision, Detector } from './types';

/** Distinct comments kept per generation (see Generations): more than a clinic's day holds. */
export const GENERATION_SIZE = 5_000;

/**
 * Re-renders re-read the same comments again and again: each distinct comment and type is
 * classified once while it stays in use.
 */
export function memoized(detector: Detector): Detector {
  const decisions = new Generations<Decision>(GENERATION_SIZE);
  return (appointment: AppointmentText) =>
    decisions.get(`${appointment.type ?? ''}\u0000${appointment.comment}`, () => detector(appointment));
}
