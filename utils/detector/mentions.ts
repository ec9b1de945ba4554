/**
 * Words that name a video or a phone without asking for a consultation by it: "sendt videofil av
 * utslettet", "jobber som videoredigerer", "tlf 412 34 567". A keyword inside one of these is
 * vetoed. Mentions told by the words around a keyword (a past call, a recording seen) are cues.
 */
import { SLASH, type Token } from './tokenize';

/** Built-in exclusions, matched like admin ones: word sequences, a trailing * matches any ending. */
export const MENTION_PHRASES: readonly string[] = [
  // A recording, not a call
  'videoen*', 'videoer*', 'videos', 'videofil*', 'videofilm*', 'videoklipp*', 'videoopptak*',
  'videosnutt*', 'videokamera*', 'videospill*', 'videoblogg*', 'videokassett*', 'videoovervåk*',
  'videograf*', 'videoredig*', 'youtube video', 'youtubevideo*', 'en video om', 'en video fra',
  'a video from',
  // Work with video, not a call
  'videoprodu*', 'videojournalist*', 'videotekn*', 'videokunst*', 'videobransj*', 'videoinnhold*',
  'videoskaper*', 'videoredaktør*', 'videoeditor*', 'videofotograf*', 'videokurs*', 'video dj', 'videodj*',
  'video jockey',
  // Examinations filmed at a hospital, not a call
  'video eeg', 'videoeeg*', 'videokapsel*', 'videolaryngoskop*', 'videogastroskop*', 'videonystagmo*',
  'videofluoroskop*',
  // Where a time was booked, not how: "bestilte via nett"
  'bestil* via nett*', 'bestil* over nett*', 'book* via nett*', 'book* over nett*', 'book* online',
  'bestil* på nett*', 'bestil* time på nett*', 'bestil* timen på nett*', 'book* på nett*', 'book* time på nett*',
  'book* timen på nett*',
  // The camera verb, not the service
  'zoom inn', 'zoom ut', 'zoom in', 'zoom out',
  // Contact details, not a wish to be called
  'tlf nr', 'tlf nummer', 'telefon nr', 'telefon nummer', 'phone number', 'phone no',
];

const isNumber = (t: Token) => t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;

/** "Tlf: 412 34 567", "telefon +47 41234567": a number right after the keyword is contact info. */
export function followedByPhoneNumber(tokens: Token[], end: number): boolean {
  let digits = 0;
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sep > SLASH || !isNumber(t)) break;
    digits += t.text.length;
  }
  return digits >= 5;
}
