/**
 * Text that names a video or a phone without asking for a consultation by it: "sendt videofil av
 * utslettet", "så en video om ADHD", "tlf 412 34 567". A keyword inside one of these is vetoed.
 */
import { SLASH, type Token } from './tokenize';

/** Built-in exclusions, matched like admin ones: word sequences, a trailing * matches any ending. */
export const MENTION_PHRASES: readonly string[] = [
  // A recording, not a call
  'videoen*', 'videoer*', 'videos', 'videofil*', 'videofilm*', 'videoklipp*', 'videoopptak*',
  'videosnutt*', 'videokamera*', 'videospill*', 'videoblogg*', 'videokassett*', 'videoovervåk*',
  'videograf*', 'videoredig*', 'youtube video', 'youtubevideo*',
  // Recording, sending or watching one ("lastet opp en video", "sendte video av hosten")
  'en video om', 'en video av', 'en video fra', 'a video of', 'a video about', 'a video from',
  'send* video', 'send* en video', 'sent video', 'sent a video', 'last* opp video', 'last* opp en video',
  'upload* video', 'upload* a video', 'tok video', 'tok en video', 'tatt video', 'tatt en video',
  'took a video', 'lag* en video', 'made a video', 'film* en video', 'spilt inn en video',
  'recorded a video', 'så en video', 'ser en video', 'sett en video', 'sett video', 'saw a video',
  'watch* a video',
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
