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
  /** Words that may follow this stem, in place of the category's suffixes. */
  suffixes?: readonly string[];
  /** Counts only with a suffix: "nettkonsultasjon" asks for a call, "nett" alone does not. */
  suffixRequired?: boolean;
}

export interface CategoryData {
  id: string;
  stems: Stem[];
  /** Words that may follow a stem, joined ("videotime") or separate ("video time", "tlf-time"). */
  suffixes: readonly string[];
  /** Whole words or word sequences; a trailing * matches any ending. */
  phrases: string[];
  /**
   * Words that name this kind of consultation only where a wish or a question speaks of them: "kan
   * vi ta det på nett?" asks for a call, "leste på nett at…" and "er på nett hver kveld" do not.
   */
  askedPhrases?: string[];
}

/**
 * What a call is booked as. Plurals ("videomøter") are listed so a hit knows it named several
 * meetings, which is how a patient describes a busy day, not this appointment.
 */
const CONSULTATION_WORDS = [
  'time', 'timen', 'timer', 'konsultasjon', 'konsultasjonen', 'konsultasjoner', 'konsultasjonstime',
  'konsult', 'kons', 'samtale', 'samtalen', 'samtaler', 'samtalene', 'møte', 'møtet', 'møter', 'møtene', 'prat', 'chat', 'link',
  'linken', 'lenke', 'lenken', 'kontakt', 'kontroll', 'oppfølging', 'avtale', 'besøk', 'legetime',
  'call', 'calls', 'consult', 'consultation', 'appointment', 'visit', 'meeting', 'meetings',
];

/** Events held on a call, which the patient attends: "videokonferanse", "Zoom-kurs", "Teams-webinar". */
export const EVENT_WORDS = [
  'konferanse', 'konferansen', 'konferanser', 'webinar', 'webinaret', 'webinarer', 'kurs', 'kurset', 'forelesning',
  'forelesningen', 'undervisning', 'undervisningen', 'intervju', 'intervjuet', 'eksamen', 'presentasjon', 'conference',
  'lecture', 'class', 'lesson', 'interview', 'exam',
];

/** After a medium that is not a call by itself ("skjerm", "nett"): only words naming the consultation. */
const MEDIUM_WORDS = [
  'time', 'timen', 'konsultasjon', 'konsultasjonen', 'konsult', 'kons', 'samtale', 'samtalen', 'møte',
  'møtet', 'møter', 'besøk', 'legetime', 'oppfølging', 'consultation', 'consult', 'appointment', 'meeting',
  'meetings', 'visit',
];

/** Video services patients name; each is a call by itself ("Teams?") and in compounds ("zoom-time"). */
const PLATFORMS: Stem[] = [
  // A slip in "teams" or "skype" ("teasm", "skyp") is often a real word too: those stay words.
  {
    word: 'teams',
    typos: true,
    notTypos: ['team', 'teas', 'tears', 'teats', 'terms', 'teems', 'trams', 'temas', 'teaks', 'teals', 'tems'],
  },
  { word: 'skype', typos: true, notTypos: ['skye', 'skipe', 'skyte', 'skape', 'skyve', 'skyde', 'skyle'] },
  { word: 'zoom' }, { word: 'confrere' }, { word: 'jitsi' }, { word: 'webex' },
  { word: 'facetime', typos: true }, { word: 'whereby', typos: true },
  // "Meet" alone is an English verb; as Google's service it comes with a link or a meeting.
  { word: 'meet', suffixRequired: true },
];

/** "Video" as the languages patients in Norway also write spell it; compounds follow it there too. */
const VIDEO_IN_OTHER_LANGUAGES: Stem[] = [
  { word: 'wideo', openCompounds: true }, // Polish: wideo, wideokonsultacja, wideorozmowa
  { word: 'відео', openCompounds: true }, // Ukrainian
  { word: 'видео', openCompounds: true }, // Russian
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
      ...VIDEO_IN_OTHER_LANGUAGES,
      ...PLATFORMS,
      { word: 'skjerm', suffixes: MEDIUM_WORDS, suffixRequired: true },
      { word: 'nett', suffixes: MEDIUM_WORDS, suffixRequired: true },
      { word: 'online', suffixes: MEDIUM_WORDS, suffixRequired: true },
      // Plain words for a call: "digital time", "digitalt møte", "nettbasert konsultasjon"; "digital" alone is not one.
      { word: 'digital', suffixes: MEDIUM_WORDS, suffixRequired: true },
      { word: 'digitalt', suffixes: MEDIUM_WORDS, suffixRequired: true },
      { word: 'nettbasert', suffixes: MEDIUM_WORDS, suffixRequired: true },
    ],
    suffixes: [...CONSULTATION_WORDS, ...EVENT_WORDS],
    phrases: [
      'face time', 'google meet', 'via skjerm', 'over skjerm', 'på skjerm', 'over nett', 'over nettet', 'via nett',
      'via nettet', 'over skjermen', 'via skjermen',
      // "på nett" alone is where a time was booked; a consultation there is a call.
      'konsultasjon på nett*', 'samtale på nett*', 'møte på nett*', 'møtes på nett*', 'snakkes på nett*',
      // A call with a picture: "ring med bilde", "bildesamtale", "via mobilen med bilde"
      'ring med bilde', 'ringe med bilde', 'samtale med bilde', 'bildesamtale*', 'bildetelefon*', 'med kamera på',
      'mobil med bilde', 'mobilen med bilde', 'telefonen med bilde',
      // Meeting digitally: "kan vi møtes digitalt?", "kan timen tas digitalt?"; "svar digitalt" is a message.
      'møtes digitalt', 'treffes digitalt', 'snakkes digitalt', 'tas digitalt', 'ta det digitalt', 'ta den digitalt',
      'ta timen digitalt', 'ha timen digitalt',
      'bildsamtal*',
      // Polish puts the kind of visit first: "wizyta online"
      'wizyta online', 'wizytę online', 'konsultacja online', 'konsultację online', 'porada online',
      // French, Lithuanian, Turkish, Arabic: no word starting with "video"
      'téléconsultation', 'visio', 'en visio', 'visioconférence', 'vaizdo skambut*', 'vaizdo konsultacij*',
      'görüntülü', 'فيديو',
      // Video cameras; a still camera (📷 📸) is a photo sent, not a call.
      '📹', '🎥',
    ],
    // Where the call would be, asked for: "kan timen være på nett?", "helst over PC".
    askedPhrases: [
      'på nett', 'på nettet', 'over pc', 'via pc', 'på pc', 'over pcen', 'via pcen', 'på pcen',
      // "kan vi gjøre det digitalt?"; "resepten digitalt" is a message
      'det digitalt', 'dette digitalt', 'timen digitalt', 'konsultasjonen digitalt', 'samtalen digitalt',
      // "kan vi ta det med bilde på mobilen?"
      'med bilde på mobil*', 'med bilde på telefon*', 'med bilde via mobil*',
    ],
  },
  {
    id: 'telefon',
    stems: [{ word: 'telefon', typos: true }, { word: 'tlf' }, { word: 'phone' }, { word: 'telephone' }],
    suffixes: [...CONSULTATION_WORDS, 'isk'],
    phrases: [
      'ring meg', 'ringe meg', 'ring heller', 'ring tilbake', 'ringe tilbake', 'ring opp', 'ringes', 'bli ringt',
      'ringt opp', 'ringetime', 'oppringt', 'oppringing', 'oppringning', 'call me', 'call back', '📞', '☎',
    ],
  },
];
