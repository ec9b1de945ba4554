/**
 * Words that tell whether a keyword asks for this appointment or only mentions a call, as data.
 * Written in ordinary spelling (folded when compiled); a trailing * matches any ending. Where a
 * cue stands matters: "etter videotimen" is a past call, "video etter jobb" a wish.
 */

import { EVENT_WORDS } from './categories';

export type CueKind =
  /** A wish: "ønsker", "kan vi", "helst", "takk". */
  | 'request'
  /** A wish for the same again; it also brings back a call mentioned in the past ("som sist", "igjen"). */
  | 'repeat'
  /** Tense and time: the call has been ("hadde", "i går", "forrige"). */
  | 'past'
  /**
   * Availability, work, school, hobbies and habits: calls in the patient's life, not one asked for
   * ("opptatt", "jobber med", "på skolen", "med familien", "hver kveld").
   */
  | 'busy'
  /** A question that doubts or complains rather than asks: "hvorfor står det video?". */
  | 'doubt'
  /**
   * Having or being at a call: busy where its clause sets a clock time and asks nothing ("har Teams
   * kl 10-11"), nothing otherwise ("har Teams, kan vi bruke det?", "har video kl 14?").
   */
  | 'schedule'
  /** A clock time in the clause: "kl 9", "fram til kl 11". */
  | 'clock'
  /** A recording seen, made or sent: "laget en video", "video av utslettet". Only a bare stem can be one. */
  | 'recording'
  /** Coming in person: a call named in another clause without a wish is only a mention ("har Teams på jobb, men vil komme inn"). */
  | 'in-person'
  /** An alternative offered: "ellers kommer jeg inn" keeps the call asked for. */
  | 'alternative';

/**
 * Where the cue speaks about a keyword: right before it ('before') or after it ('after'), with at
 * most a few glue words between, or anywhere in its clause ('clause', which also counts right
 * before or after).
 */
export type CuePlace = 'before' | 'after' | 'either' | 'clause';

export interface CueGroup {
  kind: CueKind;
  place: CuePlace;
  phrases: string[];
}

export const CUES: readonly CueGroup[] = [
  {
    kind: 'request',
    place: 'before',
    phrases: [
      'ønsker', 'ønske', 'ønskjer', 'ynskjer', 'vil', 'ville', 'vil ha', 'hvorfor ikke', 'why not', 'foretrekker', 'trenger',
      'treng', 'må ha', 'kan', 'kunne', 'kan vi', 'kan jeg', 'kan eg', 'går det', 'går det an', 'er det mulig', 'gikk an', 'gikk det an',
      'mulig med', 'fint med', 'greit med', 'ok med', 'bra med', 'best med', 'hadde det vært',
      'ville vært', 'hadde det gått', 'hadde satt pris på', 'få', 'ta', 'tar', 'tas', 'bestille', 'bestiller',
      'bestilte', 'bestilt', 'booke', 'booker', 'booket', 'book', 'bruke', 'be om', 'ber om', 'ny', 'nytt',
      'want', 'wants', 'would like', 'id like', 'like to', 'prefer', 'need', 'can we', 'could we', 'can i',
      'could i', 'may i', 'lets', 'do', 'booked',
      // Polish, Danish, German, Swedish, French, Spanish, Italian
      'poproszę', 'chcę', 'gerne', 'hätte gern', 'möchte', 'vill ha', 'önskar', 'voudrais',
      'quisiera', 'quiero', 'vorrei',
    ],
  },
  {
    kind: 'request',
    place: 'after',
    phrases: [
      'takk', 'tusen takk', 'ønskes', 'ønskjes', 'foretrekkes', 'om mulig', 'hvis mulig', 'om det går',
      'hvis det går', 'om det passer', 'hvis det passer', 'passer', 'passer best', 'passer fint', 'passer bra',
      'går fint', 'går bra', 'er best', 'er enklest', 'er lettest', 'er fint', 'er greit', 'er bedre', 'i dag', 'i morgen', 'i kveld', 'neste uke', 'neste gang', 'denne gangen', 'denne gang',
      'pga', 'grunnet', 'på grunn av', 'fordi', 'ja', 'ja takk',
      'thanks', 'thank you', 'if possible', 'this time', 'today', 'tomorrow', 'because',
      'due to', 'yes',
      'bitte', 'tack', 'tak', 'dziękuję', 'gracias', 'por favor', 'svp', 'merci', 'danke',
    ],
  },
  {
    kind: 'request',
    place: 'either',
    phrases: ['gjerne', 'helst', 'hadde vært', 'please', 'pls', 'plz', 'proszę'],
  },
  {
    kind: 'repeat',
    place: 'either',
    phrases: [
      'igjen', 'på nytt', 'en gang til', 'som sist', 'som sist gang', 'som forrige gang', 'som før', 'som vanlig',
      'samme', 'det samme', 'same', 'det same', 'som vi pleier', 'again', 'like last time', 'as before', 'as usual',
      // A new one of the same, or this time too: "vil ha en ny", "slik denne gangen også".
      'en ny', 'ei ny', 'et nytt', 'en til', 'slik', 'sånn', 'på samme måte', 'denne gangen også',
      'denne gang også', 'nå også', 'another', 'one more', 'a new one', 'this time too',
      // Going on with it: "har hatt videotimer og vil gjerne fortsette med det"
      'fortsette', 'fortsette med', 'continue', 'continue with',
      // Swedish, Danish, German, French, Spanish, Polish, Russian, Ukrainian
      'igen', 'som förra gången', 'som sidst', 'wieder', 'nochmal', 'noch einmal', 'wie letztes mal', 'encore',
      'comme la dernière fois', 'de nuevo', 'otra vez', 'como la última vez', 'znowu', 'ponownie', 'jak ostatnio',
      'снова', 'опять', 'знову',
    ],
  },
  {
    kind: 'past',
    place: 'clause',
    phrases: [
      'hadde', 'hatt', 'var', 'vart', 'vore', 'vært', 'fikk', 'fått', 'tok', 'brukte', 'brukt', 'prøvde', 'prøvd',
      'snakket', 'snakka', 'pratet', 'prata', 'ble', 'blei', 'gjorde', 'gjort', 'møtte', 'sist', 'sist gang',
      'siste gang', 'forrige', 'forrige gang', 'forrige uke', 'i forrige uke', 'i går', 'igår', 'i forgårs',
      'i fjor', 'tidligere', 'nettopp', 'førre', 'førre gong', 'sist gong', 'førre veke', 'dag siden', 'dager siden', 'uke siden', 'uker siden',
      'måned siden', 'måneder siden', 'år siden',
      // A call told as a story, and what was said on it: "videotimen gikk dårlig", "legen fortalte…"
      'gikk', 'endte', 'fortalte', 'mente', 'konkluderte', 'ba meg', 'sa legen', 'sa fastlegen', 'sa vikaren',
      'sa hun at', 'sa han at',
      // A stretch of time gone by: "har undervist på Google Meet i hele pandemien"
      'pandemien', 'under pandemien', 'i pandemien', 'koronatiden', 'under korona',
      'had', 'was', 'were', 'did', 'last time', 'last week', 'yesterday', 'previous', 'previously', 'earlier',
      'ago', 'took', 'used', 'tried',
      // Swedish, Danish, German, French, Spanish, Polish, Russian, Ukrainian
      'hade', 'förra veckan', 'förra gången', 'havde', 'sidste gang', 'sidste uge', 'i sidste uge', 'hatte',
      'hatten', 'letzte woche', 'letztes mal', 'gestern', 'jai eu', 'la semaine dernière', 'la dernière fois', 'tuve',
      'tuvimos', 'ayer', 'la semana pasada', 'la última vez', 'miałam', 'miałem', 'wczoraj', 'w zeszłym tygodniu',
      'ostatnio', 'była', 'był', 'вчера', 'была', 'был', 'на прошлой неделе', 'вчора', 'була', 'був',
      'минулого тижня',
    ],
  },
  {
    // What came after a call, or thanks for one, is about that call.
    kind: 'past',
    place: 'before',
    phrases: [
      'etter', 'after', 'following', 'takk for', 'thanks for',
      // What the doctor said on a call ("legen sa på videotimen at…"); "sa" alone folds like "så" (so).
      'legen sa på', 'legen sa i', 'fastlegen sa på', 'fastlegen sa i', 'lege sa på', 'hun sa på', 'han sa på',
      'de sa på', 'dere sa på', 'hun sa i', 'han sa i', 'de sa i', 'dere sa i',
    ],
  },
  {
    // Advice given on a call ("på videotimen anbefalte legen fysioterapi"); advice of one ("legen
    // anbefalte videokontroll") is what the patient books.
    kind: 'past',
    place: 'after',
    phrases: ['anbefalte', 'foreslo', 'rådet', 'recommended', 'suggested'],
  },
  {
    kind: 'busy',
    place: 'clause',
    phrases: [
      'opptatt', 'busy', 'heile dagen', 'heile veka', 'hele dagen', 'hele uka', 'hele uken', 'hele formiddagen', 'hele ettermiddagen',
      'hele kvelden', 'hele natta', 'hele natten', 'om natta', 'om natten', 'all night',
      'all day', 'møter', 'meetings', 'jobber med', 'jobber som', 'jobber i', 'jobber hjemme', 'jobb med',
      'work with', 'work in', 'works with', 'hobby', 'hobbyen', 'hobbies', 'på fritiden', 'på fritida', 'fritiden',
      'fritida', 'studerer', 'studies', 'driver med', 'kanal', 'youtube', 'tiktok', 'instagram', 'youtuber',
      'influencer',
      // Habits: "snakker med faren på FaceTime hver kveld"
      'hver dag', 'hver kveld', 'hver morgen', 'hver ettermiddag', 'hver formiddag', 'hver natt', 'hver helg',
      'hver mandag', 'hver tirsdag', 'hver onsdag', 'hver torsdag', 'hver fredag', 'hver lørdag', 'hver søndag',
      'daglig', 'every day', 'every night', 'every evening', 'every morning', 'every weekend', 'daily',
      // A call with someone else than the doctor, or at school or work: "Skype med familien", "Teams på skolen"
      'med familien', 'med familie', 'med barnebarna', 'med søsteren', 'med broren', 'med søsken', 'med søsknene',
      'med venninna', 'med venninnen', 'med vennen', 'med kompiser', 'med kameraten', 'med kameratene', 'med venner', 'med vennene', 'med venninner', 'med kjæresten',
      'med sjefen', 'med kollegaer', 'med kolleger', 'med kollegene', 'med kunder', 'med kundene', 'med klienter',
      'med elevene', 'med studentene', 'med klassen', 'med skolen', 'med jobben', 'på skolen', 'i skolen', 'på jobb',
      'på jobben', 'i jobben', 'with family', 'with my family', 'with friends', 'with my friends', 'with my boss',
      'with colleagues', 'with my colleagues', 'with clients', 'at school', 'at work', 'for kunder', 'for kundene',
      'for klienter', 'for elevene',
      // Talking on calls as a habit: "kona snakker med foreldrene på Skype", "vi snakker på FaceTime"
      'snakker med', 'prater med', 'snakker på', 'prater på',
      // Sports teams, not Microsoft's: "trener to teams i fotball".
      'fotball', 'håndball', 'hockey', 'ishockey', 'basket', 'volleyball', 'innebandy', 'turnering', 'cup',
      'kamp', 'kamper', 'trening', 'treninger', 'football', 'soccer', 'tournament',
      // Work and all day in Swedish, Danish, Polish, German, Spanish, French, Russian, Ukrainian
      'på jobbet', 'på arbetet', 'på arbejdet', 'hela dagen', 'w pracy', 'cały dzień', 'bei der arbeit',
      'den ganzen tag', 'en el trabajo', 'todo el día', 'au travail', 'toute la journée', 'на работе', 'весь день',
      'на роботі', 'цілий день',
    ],
  },
  {
    // In the call already, or one of many: "sitter i videomøte", "mange teams-møter".
    kind: 'busy',
    place: 'before',
    phrases: [
      'sitter i', 'satt i', 'sit i', 'er i', 'im in', 'am in', 'sitting in', 'stuck in', 'busy in', 'mange', 'flere', 'mye',
      'masse', 'alle', 'many', 'several', 'lots of',
    ],
  },
  {
    // Events and work held on a platform: "webinar på Teams", "underviser via Zoom".
    kind: 'busy',
    place: 'before',
    phrases: [
      'webinar', 'kurs', 'jobbmøte', 'jobbmøter', 'jobbintervju', 'intervju', 'eksamen', 'forelesning', 'forelesninger',
      'undervisning', 'underviser', 'undervise', 'foreleser', 'presenterer', 'lecture', 'lectures', 'teach', 'teaches',
      'teaching', 'class', 'classes', 'interview', 'sitter med', 'undervist', 'har undervist',
      'dialogmøte', 'dialogmøtet', 'foreldremøte', 'foreldremøtet', 'foreldremøter', 'ansettelsesintervju', 'innkalling',
      'innkalt', 'kalt inn',
      // Screen work and screen trouble: "jobber på skjerm", "leser på skjerm"
      'jobber', 'jobbar', 'jobbe', 'arbeider', 'arbeide', 'leser', 'lese', 'leste', 'tid', 'mye tid', 'timer',
      'working', 'reading',
    ],
  },
  {
    // A call in someone else's hands: "arbeidsgiveren min bruker Teams", "skolen bruker Google Meet".
    kind: 'busy',
    place: 'before',
    phrases: [
      'de bruker', 'dei brukar', 'dem bruker', 'han bruker', 'hun bruker', 'ho brukar', 'min bruker', 'mi bruker',
      'mitt bruker', 'skolen bruker', 'jobben bruker', 'firmaet bruker', 'arbeidsgiver bruker', 'arbeidsgiveren bruker',
      'nav bruker', 'sjef bruker', 'sjefen bruker', 'kona bruker', 'mannen bruker', 'samboeren bruker', 'barna bruker',
      'datteren bruker', 'sønnen bruker', 'familien bruker', 'kollegaene bruker', 'kollegene bruker', 'alle bruker',
      'tannlegen bruker', 'sykehuset bruker', 'legevakten bruker', 'psykologen bruker', 'fysioterapeuten bruker',
      'kommunen bruker', 'barnehagen bruker', 'universitetet bruker', 'kontoret bruker',
      'they use', 'he uses', 'she uses',
    ],
  },
  {
    // What calls do to the patient: "svimmel av Zoom", "angst for videomøter".
    kind: 'busy',
    place: 'before',
    phrases: [
      'hodepine av', 'vondt av', 'svimmel av', 'kvalm av', 'sliten av', 'trøtt av', 'stress av', 'stresset av', 'lei av',
      'angst for', 'angst i', 'redd for', 'panikk i', 'panikk av', 'tired of', 'headache from', 'anxiety about',
    ],
  },
  {
    kind: 'schedule',
    place: 'before',
    phrases: ['har', 'have', 'i have', 'ive got', 'møte på', 'er på', 'sitter på', 'skal på', 'skal i', 'im on', 'am on'],
  },
  {
    kind: 'clock',
    place: 'clause',
    phrases: ['kl', 'klokka', 'klokken', 'fram til', 'frem til', 'until', 'oclock'],
  },
  {
    kind: 'doubt',
    place: 'clause',
    phrases: ['hvorfor', 'kvifor', 'why', 'varför', 'warum', 'pourquoi', 'por qué', 'dlaczego'],
  },
  {
    kind: 'recording',
    place: 'before',
    phrases: [
      'lage', 'lager', 'laget', 'lagde', 'lagd', 'lag', 'filme', 'filmer', 'filmet', 'filma', 'spille inn',
      'spilte inn', 'spilt inn', 'ta opp', 'tok opp', 'tatt opp', 'redigere', 'redigerer', 'redigert',
      'sett', 'så en', 'så ei', 'så et', 'så noen', 'så den', 'så denne', 'ser en', 'sende', 'sender', 'sendt',
      'sendte', 'send', 'dele', 'delte', 'delt', 'laste opp', 'lastet opp', 'last opp', 'legge ut', 'la ut',
      'lagt ut', 'poste', 'postet', 'ser på', 'nagrałam', 'nagrałem', 'nagrała', 'filmé', 'grabé', 'gemacht', 'aufgenommen',
      'made', 'make', 'recorded', 'record', 'filmed', 'watched', 'watch', 'watching', 'saw', 'seen', 'sent',
      'upload', 'uploaded', 'posted', 'shared', 'edit', 'edited', 'editing',
    ],
  },
  {
    // What the recording shows: "video av utslettet", "a video of my tremor".
    kind: 'recording',
    place: 'after',
    phrases: [
      'av', 'of', 'about', 'showing', 'som viser',
      // German, Spanish, French: "of" before what the recording shows ("von zu Hause" is where from)
      'von meinem', 'von meiner', 'von meinen', 'von dem', 'von der', 'vom', 'de mi', 'de la', 'del', 'de mon', 'de ma',
      'de mes', 'du',
    ],
  },
  {
    kind: 'in-person',
    place: 'clause',
    phrases: [
      'komme inn', 'kommer inn', 'kome inn', 'kjem inn', 'komme innom', 'kommer innom', 'møte opp', 'møter opp', 'oppmøte', 'komme selv',
      'kommer selv', 'komme på kontoret', 'kommer på kontoret', 'komme til legen', 'kommer til legen',
      'møte legen', 'møte fastlegen', 'se legen', 'treffe legen', 'komme fysisk', 'møte fysisk', 'sees fysisk',
      'fysisk time', 'fysisk oppmøte', 'ansikt til ansikt', 'heller komme', 'kommer heller', 'komme heller', 'come in',
      'in person', 'visit the office', 'see the doctor',
      'face to face',
      // Danish, Swedish, Polish, German, French, Spanish, Russian, Ukrainian, Somali: "I'll come (in)"
      'møder op', 'kommer ind', 'jag kommer', 'przyjdę', 'ich komme', 'je viens', 'voy al', 'приду', 'прийду', 'imanayaa',
    ],
  },
  {
    kind: 'alternative',
    place: 'clause',
    phrases: ['ellers', 'elles', 'alternativt', 'eventuelt', 'evt', 'eller', 'også', 'otherwise', 'or else', 'or', 'also'],
  },
];

/** Words a cue reaches across to the keyword: "ta *det på* video", "hadde *vi* video". */
export const GLUE_WORDS = [
  'en', 'ei', 'et', 'ein', 'eit', 'den', 'det', 'denne', 'dette', 'min', 'mi', 'mitt', 'mine', 'din', 'ditt',
  'sin', 'sitt', 'noen', 'litt', 'kort', 'på', 'via', 'over', 'med', 'per', 'pr', 'til', 'i', 'som', 'time', 'jeg',
  'eg', 'vi', 'me', 'du', 'dere', 'meg', 'oss', 'deg', 'også', 'bare', 'kun', 'heller', 'da', 'nå',
  'a', 'an', 'the', 'my', 'on', 'by', 'with', 'it', 'we', 'you',
];

/**
 * Suffixes naming several calls (a busy day or a course of them) or an event held on one
 * ("videokonferanse", "Zoom-kurs"), not this appointment.
 */
export const BUSY_SUFFIXES = [
  'møter', 'møtene', 'samtaler', 'samtalene', 'meetings', 'calls', 'möten', 'møder', 'konferenzen', 'anrufe', 'gespräche', 'llamadas',
  'reuniones', 'réunions', 'appels', ...EVENT_WORDS,
];

/**
 * Suffixes naming a doctor's appointment: a "videotime på jobben" is one asked for, never one of the
 * calls of the patient's work, school or family life.
 */
export const APPOINTMENT_SUFFIXES = [
  'time', 'timen', 'legetime', 'konsultasjon', 'konsultasjonen', 'konsultasjonstime', 'konsult', 'kons', 'kontroll',
  'oppfølging', 'appointment', 'consultation', 'consult',
];

/**
 * Words that point back to a call named in an earlier clause, as what a wish asks for: "har Teams
 * på jobb-pc, kan vi bruke det?", "aldri brukt Teams, men vil gjerne prøve".
 */
export const REFERENCE_WORDS = ['det', 'den', 'dette', 'denne', 'der', 'prøve', 'teste', 'it', 'that', 'this', 'there', 'try'];

/** Words that place an hour: "har Zoom fra 10 til 12" sets a clock time as "kl 10" does. */
export const CLOCK_PREPOSITIONS = ['fra', 'til', 'før', 'etter', 'mellom', 'from', 'to', 'until', 'till', 'at', 'between'];

/** Words that start a new clause inside a sentence: "har videomøter hele dagen *så* ring meg". */
export const CLAUSE_WORDS = ['men', 'but', 'så', 'so', 'derfor'];
