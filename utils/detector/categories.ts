/**
 * The built-in consultation kinds, as data. Order is priority: a patient who writes "video eller
 * telefon" can take a video call, so video wins. Admin-added categories rank after these.
 * Words are written in ordinary spelling; they are folded like comments when compiled.
 */

export interface Stem {
  word: string;
  /** Also accept spellings one keystroke away ("vidoe"), except the real words in notTypos. */
  typos?: boolean;
  notTypos?: string[];
  /**
   * Accept the exact stem followed by anything ("videolegetime"), not just the listed suffixes.
   * Worth it for "video", whose compounds in a booking comment are nearly always about the call;
   * the mention-type compounds ("videofil") are listed as mentions instead.
   */
  openCompounds?: boolean;
}

export interface CategoryData {
  id: string;
  stems: Stem[];
  /** Words that may follow a stem, joined ("videotime") or separate ("video time", "tlf-time"). */
  suffixes: string[];
  /** Whole words or word sequences; a trailing * matches any ending. */
  phrases: string[];
}

const CONSULTATION_WORDS = [
  'time', 'timen', 'timer', 'konsultasjon', 'konsultasjonen', 'konsultasjoner', 'konsultasjonstime',
  'konsult', 'kons', 'samtale', 'samtalen', 'møte', 'møtet', 'prat', 'chat', 'link', 'linken',
  'lenke', 'lenken', 'kontakt', 'kontroll', 'oppfølging', 'avtale', 'besøk', 'legetime',
  'call', 'consult', 'consultation', 'appointment', 'visit', 'meeting',
];

export const BUILT_IN_CATEGORIES: readonly CategoryData[] = [
  {
    id: 'video',
    stems: [
      {
        word: 'video',
        typos: true,
        // "vide pupiller", "viden kjent", "vider ut", and the plurals/definites that name a recording.
        notTypos: ['vide', 'viden', 'vider', 'vides', 'videos', 'videon'],
        openCompounds: true,
      },
    ],
    suffixes: CONSULTATION_WORDS,
    phrases: ['facetime', 'face time', 'skype'],
  },
  {
    id: 'telefon',
    stems: [{ word: 'telefon', typos: true }, { word: 'tlf' }, { word: 'phone' }, { word: 'telephone' }],
    suffixes: [...CONSULTATION_WORDS, 'isk'],
    phrases: [
      'ring meg', 'ringe meg', 'ring heller', 'ring tilbake', 'ringe tilbake', 'ring opp', 'ringes', 'bli ringt',
      'ringt opp', 'ringetime', 'oppringt', 'oppringing', 'oppringning', 'call me', 'call back',
    ],
  },
];
