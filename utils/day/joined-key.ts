import type { Slot } from '../appointment';

/**
 * An opaque record that a slot was joined: a salted SHA-256 of site, day, time and practitioner.
 * No patient data goes in, and the per-install salt keeps it from being guessed back.
 */
export async function joinedKey(salt: string, site: string, day: string, slot: Slot): Promise<string> {
  const text = [salt, site, day, slot.time, slot.practitioner ?? ''].join('\u0000');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
