import { describe, expect, it } from 'vitest';
import { createDetector } from './index';

const detect = createDetector();
const category = (comment: string) => detect({ comment }).category;
const quoted = (comment: string) => detect({ comment }).match?.text;

describe('a call in the past is a mention', () => {
  it.each([
    'vi hadde video i mars, nå må jeg inn', 'Hadde videotime i går, trenger blodprøve', 'Var på video med legen forrige uke',
    'Snakket med legen på video for to uker siden', 'Forrige gang var det video, men nå må legen se på såret',
    'Tidligere hatt videokonsultasjon om dette', 'Videotimen i forrige uke hjalp ikke', 'Had video last time, now I come in',
    'I had a video consultation yesterday', 'Takk for videotimen sist, nå vil jeg komme inn',
    'Videokonsultasjonen 2. mai ble ikke gjennomført, vil komme inn',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Oppfølging etter videokonsultasjon', 'Kontroll etter videotimen i mars', 'Etter videokonsultasjon: ønsker å ta EKG',
    'Ønsker time etter videokonsultasjonen', 'Follow-up after the video call',
  ])('so is what comes after one: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each(['Hadde video sist, nå holder det med telefon', 'video fungerte dårlig forrige gang, ring meg'])(
    'and the wish in the other clause stands: %s',
    (comment) => {
      expect(category(comment)).toBe('telefon');
    },
  );
});

describe('a wish overrides the past', () => {
  it.each([
    ['hadde video sist, ønsker video nå', 'ønsker video'],
    ['Hadde telefontime sist, men vil ha video denne gangen', 'vil ha video'],
    ['Oppfølging etter videotimen, gjerne på video igjen', 'gjerne på video'],
    ['Video som sist takk', 'Video'],
    ['Som sist: video', 'video'],
    ['Ta det på video som forrige gang', 'på video'],
    ['Fikk beskjed sist om å bestille video', 'video'],
    ['Legen sa jeg kunne ta neste time på video', 'time på video'],
  ])('%s → «%s»', (comment, quote) => {
    expect(category(comment)).toBe('video');
    expect(quoted(comment)).toBe(quote);
  });

  it.each([
    'Hadde det vært mulig med video?', 'Video hadde vært fint', 'Hadde vært supert med videotime', 'Jeg hadde gjerne tatt det på video',
  ])('a polite conditional is a wish, not a past: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'hadde videotime forrige gang, vil gjerne ha det igjen', 'Hadde video sist og vil gjerne ha det igjen',
    'Vi prøvde video i går men nettet falt ut, kan vi prøve på nytt?', 'Sist gang tok vi det på video. Samme nå?',
    'Last time we did video, would like that again please',
  ])('asking for the same again brings the past call back: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['Hadde video sist, nå er det vondt igjen', 'Hadde video sist og nå er det vondt igjen'])(
    'but "igjen" without a wish does not: %s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );
});

describe('a recording is a mention', () => {
  it.each([
    'Har laget en video av hvordan jeg går', 'Video av utslettet er sendt', 'Min video av anfallet ligger på Helsenorge',
    'Jeg har sett en video på YouTube om ryggøvelser', 'Jeg så en video om vitamin D', 'Kan sende en video av hvordan hun puster',
    'Har lagt ut en video om ME', 'I recorded a video of my tremor', 'Watched a video about ADHD', 'Tok 📹 av anfallet',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Send meg en Teams-lenke', 'Send Whereby-lenke', 'send videolink på sms', 'Kan vise utslettet på video',
    'Har sendt video av utslettet, men ønsker videokonsultasjon også', 'Har syk unge, så video takk',
  ])('a call is no recording, and "så" is also "so": %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('being busy in calls, or working with video, is a mention', () => {
  it.each([
    'sitter i videomøter til kl 15', 'Er i videomøte til 13, kommer rett etter', 'Opptatt i Teams-møter hele formiddagen',
    'Mye zoom-møter gjør at jeg får vondt i nakken', 'Videosamtaler med psykolog har ikke hjulpet',
    "I'm in video meetings all day", 'Jobber med video, vondt i skulderen', 'Hobby: video og foto', 'Studerer video og film',
    'Jobber som videoprodusent, trenger legeattest', 'Er videojournalist', 'Zoom inn på bildet jeg sendte',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each(['har videomøter hele dagen så ring meg', 'Opptatt med videomøter, telefon er bedre'])('%s → telefon', (comment) => {
    expect(category(comment)).toBe('telefon');
  });

  it.each([
    'Er i møter til 14, kan ta video etter det', 'Har videomøter hele dagen, men en kort video i lunsjen går fint',
    'Sitter i Teams hele dagen uansett, så ta det gjerne på Teams', 'Jobber med video selv, så video er enklest for meg',
    'Videotimer passer best for meg', 'Jeg er i karantene og ønsker video',
  ])('a wish in its own clause, or over the busy cue, stands: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('a new one of the same is asked for again', () => {
  it.each([
    'Forrige videotime var nyttig, vil ha en ny', 'Sist var det video, vil gjerne ha det slik denne gangen også',
    'Forrige gang fikk vi ikke til video, kan vi prøve igjen?', 'Had a video call in May, would like another',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it('a call that failed and is not asked for again stays a mention', () => {
    expect(category('Fikk ikke til video sist, kommer heller')).toBe('other');
  });
});

describe('coming in person', () => {
  it.each(['Har Teams på jobb, men vil komme inn', 'Bruker Zoom på jobben, men kommer inn til timen'])(
    'makes a call named without a wish a mention: %s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );

  it.each([
    'Video, ellers kommer jeg inn', 'Teams, evt. kommer jeg innom', 'Helst video, kan komme inn om nødvendig',
    'Har Teams, men kan også komme inn', 'Video går, oppmøte går også', 'Video, eller kommer jeg inn',
  ])(
    'leaves a fallback or a wished call asked for: %s',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );
});

describe('a call in the life of the patient or someone else is a mention', () => {
  it.each([
    'Snakker med datteren på FaceTime hver kveld', 'Mannen snakker med sjefen på Teams', 'Kona bruker Skype med familien', 'Mor har Skype med søsteren i USA',
    'Bruker Teams på skolen, trenger attest', 'We talk with family on Skype every evening',
    'Sønnen sitter med FaceTime om natta', 'Prater med venninna på FaceTime og får vondt i øret',
    'Kona snakker med foreldrene sine på Skype', 'Datteren bor i Australia, vi snakker på FaceTime',
    'Mannen setter opp Teams for kunder', 'Teams-møtene på jobben stresser meg', 'Vi ser på video sammen om kvelden',
    'Skype-samtalene med sønnen i Canada holder meg oppe',
  ])('with others, at school or work, or out of habit: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Har videokonferanse kl 9, ta meg etter 10', 'Er på videokonferanse hele tirsdagen', 'Var med på et Zoom-kurs om søvn',
    'Har webinar på Teams kl 12', 'Jobbmøte på Zoom til 11', 'Jeg underviser via Zoom og har mistet stemmen',
    'Zoom-intervju kl 14, trenger time før', 'Videointervju med ny jobb på fredag, nervøs',
  ])('an event or work held on a call: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Ønsker video med familien til stede', 'Videotime i lunsjen på jobben', 'Video på jobben i lunsjen?',
    'Har Teams på jobb-pc, kan vi bruke det?', 'Ønsker videokonferanse med legen', 'Teams etter skolen passer fint',
    'Snakker gjerne med legen på video', 'Snakker med legen på Teams i dag?', 'Kan vi snakkes på FaceTime?',
    'Videosamtale for jobben, trenger attest', 'Legen kan se på utslettet på video',
  ])('a wish, an appointment, a question, or a wish pointing back stays a request: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it('a word pointing back asks for the call only as the object of the wish', () => {
    expect(category('Hadde Teams sist, kan vi bruke det igjen?')).toBe('video');
    expect(category('Hadde Teams på jobb, kan vi bruke det?')).toBe('video');
    expect(category('Har fått lenke til Teams, tar det der')).toBe('video');
    expect(category('Aldri brukt Teams, men vil gjerne prøve')).toBe('video');
    expect(category('Har Teams på jobben, så det er enklest for meg')).toBe('video');
    expect(category('Vi har hatt videotimer før og vil gjerne fortsette med det')).toBe('video');
    expect(category('Har Whereby på mobilen allerede')).toBe('video');
    expect(category('Har Teams på jobben, så jeg er vant med det')).toBe('other');
    expect(category('Hadde video sist, vil prøve fysioterapi')).toBe('other');
    expect(category('Fikk sykemelding på video, kan den forlenges?')).toBe('other');
  });
});

describe('what calls do to the patient is a mention', () => {
  it.each(['Blir svimmel av Zoom', 'Har angst for Teams', 'Hodepine av skjermmøter', 'Får panikk i Teams-møter'])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each(['Svimmel, video takk', 'Har angst for venterommet, så video', 'Hodepine av lys, ønsker Teams'])(
    'a symptom beside a wish leaves it asked for: %s',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );
});

describe('a question that doubts is no request', () => {
  it.each(['Hvorfor står det video? Jeg vil komme inn', 'Hvorfor ble timen endret til video?', 'Why is this a video appointment?'])(
    '%s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );

  it('a question that asks, or suggests, stays a request', () => {
    expect(category('Kan vi ta det på video?')).toBe('video');
    expect(category('Tar dere video?')).toBe('video');
    expect(category('Hvorfor ikke video denne gangen?')).toBe('video');
    expect(category('Why not video?')).toBe('video');
  });
});

describe('coming in, turned down, is no coming in', () => {
  it.each(['Video, ikke oppmøte', 'Teams, kan ikke komme inn', 'Video i stedet for oppmøte'])('%s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'Min psykolog bruker Whereby, men jeg vil møte fastlegen', 'Har Zoom på pc-en, men vil se legen',
    'Lurer på om video er trygt for personvernet, vil heller komme',
  ])(
    'coming in by seeing the doctor: %s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );
});

describe('a recording in other languages', () => {
  it.each(['Ich habe ein Video von meinem Ausschlag geschickt', 'Envié un video de la erupción', "J'ai une vidéo de ma toux"])(
    '%s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );

  it.each(['Video von zu Hause bitte', 'Video de seguimiento por favor', 'Video de neste gangene'])('where from, what for, or Norwegian «de»: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('a call at a clock time the patient has is a busy slot', () => {
  it.each([
    'Har Teams kl 10-11, passer før eller etter', 'Møte på Teams kl 9 til 10, ledig etter', 'Er på et nettmøte fram til kl 11',
    'I have a Zoom meeting until 11', 'Har Zoom fra 10 til 12', 'Har Teams 9-11',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each(['Har videotime kl 14, send lenke', 'Har video kl 14?', 'Video kl 14', 'Har Teams, kan vi bruke det?', 'Zoom kl 14 passer fint', 'Har FaceTime', 'Har Teams, ring 41 23 45 67'])(
    'an appointment, a question, a wish or a call without a clock time stays a request: %s',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );
});

describe('mentions in the other languages patients write in', () => {
  it.each([
    'Jag hade videosamtal förra veckan, nu behöver jag komma in', 'Vi havde video sidste gang, nu skal jeg ind',
    'Ich hatte letzte Woche eine Videosprechstunde', 'Tuve videollamada ayer, ahora necesito venir',
    'Wczoraj była wizyta wideo, teraz muszę przyjść', 'Вчера была видеоконсультация', 'Min man använder Teams på jobbet',
    'Mi marido usa Zoom en el trabajo', 'Ich bin den ganzen Tag in Videokonferenzen', 'Estoy en videollamadas todo el día',
    'Nagrałam wideo z napadu',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Jag hade videosamtal förra gången, vill ha det igen', 'Video wie letztes Mal', 'Videollamada otra vez, por favor',
    'Czy mogę mieć wizytę online?', 'Moja mama chce wideo',
  ])('a wish in them stands: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('nynorsk', () => {
  it.each(['Hadde video førre gong, no må eg kome inn', 'Sit i videomøte heile dagen'])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it('asks for the same again', () => {
    expect(category('Hadde video førre gong, vil ha det same no')).toBe('video');
  });
});

describe('a past call told as a story, and what was said on it, is a mention', () => {
  it.each([
    'Videotimen i januar gikk dårlig pga nettet, så jeg kommer heller på kontoret',
    'Videosamtalen med sykehuset endte med at de ba meg ta kontakt med fastlegen',
    'Legen sa på videotimen at jeg måtte få sjekket føflekken, derfor denne timen',
    'Fastlegen sa i videosamtalen at jeg skulle komme tilbake',
    'På videokonsultasjonen anbefalte legen fysioterapi, det har ikke hjulpet',
    'Legen fortalte meg på Teams at prøvesvarene var fine, men jeg er slapp',
    'På videotimen foreslo legen at jeg skulle prøve kremen, den virker ikke',
    'Har brukt Teams mye under pandemien, nå har jeg vondt i nakken',
    'På videosamtalen i forrige uke sa legen at jeg skulle ta ny prøve',
    'Hadde video i fjor, det var fint',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Videotimen i høst gikk fint, så jeg ønsker video denne gangen også',
    'Fastlegen anbefalte video til oppfølgingen, kan vi ta det slik?',
    'Legen sa jeg kunne ta video denne gangen',
    'Legen anbefalte videokontroll om tre måneder',
    'Legen sa det gikk an med video',
    'Er syk, så video takk',
    'Hadde video i fjor og var fornøyd, kan vi gjøre det igjen?',
  ])('but a wish for one stands: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('a call in a job, a lesson or someone else\'s hands is a mention', () => {
  it.each([
    'Er lærer og har undervist på Google Meet i hele pandemien, nå har jeg fått tennisalbue',
    'Sykemeldingen må sendes til arbeidsgiver, de bruker Whereby til oppfølgingsmøtet neste uke',
    'Arbeidsgiveren min bruker Teams til alle møter, trenger sykmelding',
    'Skolen bruker Google Meet til foreldremøter, datteren min har vondt i magen',
    'NAV har kalt meg inn til dialogmøte på Teams, trenger legeerklæring før det',
    'Mannen min bruker Zoom i jobben, jeg har vondt i ryggen',
    'Min sjef bruker Teams til alt, jeg trenger sykmelding',
    'Tannlegen bruker Teams, men jeg trenger legetime',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Er lærer og har lite tid, kan vi ta det på Zoom?',
    'Jobber på kontor, men kan vi ta timen på Teams?',
    'Arbeidsgiveren min bruker Teams, kan vi bruke det?',
    'Kona bruker Teams, kan vi bruke det?',
  ])('but one asked for stands: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});

describe('screen work and screen trouble are mentions', () => {
  it.each([
    'Ser flimring når jeg jobber på skjerm, og får hodepine etterpå',
    'Teksten blir uklar når jeg leser på skjerm, trenger synsattest',
    'Working on screen all day, sore eyes',
    'Øyne svir etter mye tid på skjerm',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it('but a consultation on a screen stands', () => {
    expect(category('Jobber hjemme, helst via skjerm')).toBe('video');
  });
});

describe('where a call would be counts only where it is asked for', () => {
  it.each([
    ['Kan timen være på nett? Bor på Senja', 'på nett'],
    ['jobber på kontor, kan vi ta det på nett?', 'på nett'],
    ['Ønsker timen på nett', 'Ønsker timen på nett'],
    ['Kan vi ta det over PC?', 'over PC'],
    ['Helst over PC, har kamera', 'Helst over PC'],
    ['Timen på nettet takk', 'Timen på nettet'],
    ['Kan vi gjøre det digitalt denne gangen?', 'det digitalt'],
    ['Kan vi ta det med bilde på mobilen?', 'med bilde på mobilen'],
  ])('%s', (comment, quote) => {
    expect(category(comment)).toBe('video');
    expect(quoted(comment)).toBe(quote);
  });

  it.each([
    'Bestilte på nett fordi telefonen var opptatt',
    'Bestilte time på nett, har vondt i halsen',
    'Jeg er på nett hver kveld og søker på symptomene',
    'Leste på nett at hodepine kan være farlig',
    'Sitter på PC hele dagen og har vondt i skuldrene',
    'Spiller på nett',
    'Kan jeg få resepten digitalt?',
    'Sendte melding med bilde',
  ])('and not otherwise: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it('are refused like any other call', () => {
    expect(category('Ønsker ikke time på nett')).toBe('other');
  });
});
