import { describe, expect, it } from 'vitest';
import { createDetector } from './index';
import { fastestRun, HOSTILE_BUDGET_MS } from './timing';

const detect = createDetector();
const category = (comment: string, type?: string) => detect({ comment, type }).category;
const quoted = (comment: string) => detect({ comment }).match?.text;

describe('video requests', () => {
  it.each([
    'VIDEO', 'Vídéo nå', 'ｖｉｄｅｏ', 'vіdeо', 'VІDEO', 'νιdeο takk', '**VIDEO**', '[video]', '#video', 'video!!',
    '(video)', 'V I D E O', 'v-i-d-e-o', 'V1DE0', 'vid3o takk', 't3ams', 'z00m-lenke', 'vid eo', 'vi-deo takk', 'VID-EO', '📹video📹', 'video 🙏🏼', '»video«', 'video…', 'vid\u200beo',
  ])('sees through dressing: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'videotime', 'videokonsultasjon', 'videokonsult', 'videokons', 'video-konsultasjon', 'videosamtale',
    'videomøte', 'videoprat', 'videochat', 'videolink', 'videolenke', 'video call', 'video consultation',
    'Videotimen', 'videooppfølging', 'videokonsultasjonstime', 'videobesøk', 'facetime',
  ])('knows the form %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'blodtrykk, på video', 'kan det tas over video', 'via video takk', 'helst video', 'gjerne på video i morgen',
    'time på video pga forkjølelse', 'Would like to do it by video',
  ])('finds the word inside a phrase: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'Kan vi ta det på Teams?', 'Teams-møte', 'zoom-time takk', 'Zoom?', 'Whereby-lenke', 'wherby', 'Google Meet',
    'meet-lenke', 'FaceTime', 'facetiem', 'Skype', 'Confrere', 'Could we do Teams?',
  ])('knows the platform in %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'skjermkonsultasjon', 'Skjerm-time', 'nettkonsultasjon', 'nettmøte', 'nett-time', 'nettime', 'online consultation',
    'via skjerm', 'over nettet', 'nettkonsulatsjon', 'skjermkonsultasjonn',
  ])('knows the screen or net word %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['Ring med bilde takk', 'Bildesamtale', 'Kan du ringe med kamera på?'])('knows a call with a picture: %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['Har mobil med kamera, sender bilde', 'Har ikke pc med kamera'])('but not a camera alone: %j', (comment) => {
    expect(category(comment)).not.toBe('video');
  });

  it.each(['Konsultasjon på nett takk', 'Kan vi snakkes på nettet?', 'samtale på nett', 'Over skjermen takk'])('knows a consultation on the net: %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'Bestilte via nett, vil ha time med fastlegen', 'Booket over nettet', 'Time bestilt via nettet', 'Skal til video-EEG neste uke',
    'Videokapselundersøkelse i morgen',
  ])('leaves where a time was booked and a filmed examination alone: %j', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'skjermtid', 'skjermbriller', 'vondt av skjerm', 'bestilte på nett', 'nettbank', 'nettsiden', 'fint og nett',
    'online', 'meet me at 10', 'teamet mitt', 'Team Nord', 'Vi de to kommer', 'Vide o.k.', 'vi deler', 'tears in my eyes', 'terms of use', 'Skye (3)', 'skipe varer', 'skape ro',
    'skyve timen',
  ])('leaves screens and nets that are no call alone: %j', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'wideo', 'Proszę o wideokonsultację', 'rozmowa wideo', 'videosamtal tack', 'Videosprechstunde bitte', 'vidéo svp',
    'téléconsultation', 'en visio', 'videollamada', 'videoconsulta', 'відео консультація', 'видеозвонок',
    'vaizdo skambutis', 'görüntülü görüşme',
  ])('knows the other language in %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['Nie chcę wideo', 'bez wideo', 'Inte videosamtal', 'Keine Videosprechstunde', 'pas de vidéo', 'jag vill inte ha video'])(
    'reads a refusal in another language: %j',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );

  it.each(['📹', '📹 takk', 'Resept 🎥', 'Kan vi ta det på 📹?', '📹 eller 📞'])('reads the video camera in %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['❌ video', 'video ❌', '🚫📹', '📹❌', '👎 video', '✖️ Teams'])('reads a crossed-out call as refused: %j', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each(['✅ video', 'video 👍', '📹✅'])('and a ticked one as asked for: %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it('reads a still camera as a photo and the phone emoji as telefon', () => {
    expect(category('Sender 📷 av utslettet')).toBe('other');
    expect(category('📸')).toBe('other');
    expect(category('📞 takk')).toBe('telefon');
    expect(category('☎️')).toBe('telefon');
    expect(category('Ikke 📹, 📞')).toBe('telefon');
  });

  it.each(['Teasm', 'tesms-lenke', 'Skyp', 'skpye'])('knows a slip in a platform: %j', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each(['vidoe', 'viedo', 'vidio', 'vedio', 'videio', 'vidoetime', 'viedo-konsultasjon', 'vidio samtale', 'vdeo'])(
    'forgives the typo %s',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );

  it.each([
    'videre behandling', 'elev på videregående', 'Vidar kommer', 'stor vidde', 'vidunderlig', 'please provide',
    'evidence of infection', 'individuell plan', 'vide pupiller', 'viden kjent', 'vider ut', 'Davide (4)',
  ])('leaves the look-alike word alone: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });
});

describe('bidi controls', () => {
  it.each(['\u202eoediv\u202c', 'Resept, \u202eoediv\u202c takk', '\u202ekkat oediv\u202c', '\u2066\u202eoediv\u2069'])(
    'reads %j as it displays: video',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );

  it.each(['\u202eoediv ekki\u202c', '\u202doediv\u202c', '\u202eerediv\u202c oppfølging'])('reads %j as it displays: no wish', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it('quotes the words as displayed, spanning their source characters', () => {
    const comment = 'Resept, \u202eoediv eksnø\u202c';
    expect(detect({ comment }).match).toEqual({ start: 9, end: 20, text: 'ønske video' });
  });
});

describe('refusals and mentions', () => {
  it.each([
    'ikke video', 'ønsker ikke video', 'ingen video', 'uten video', 'ikke-video', 'no video', 'not video',
    'kommer fysisk, ikke video', 'IKKE VIDEO', 'ikkje video', 'ønsker ikke å ta det over video', 'nei takk til video',
    'ikke vidoe', 'vil ikke ha videotime', "don't want a video call", 'rather not by video', 'video passer ikke',
    'video fungerer dårlig for meg', 'video ikke nødvendig', 'videotimen er avlyst',
  ])('refused: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'sendt videofil av utslett', 'så en video om kosthold', 'videoen ligger på Helsenorge', 'har videoer av anfallene',
    'lastet opp en video av pusten', 'sent a video of the rash', 'videospill hele natta',
  ])('mentioned, not requested: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'kan ikke møte opp, ta video', 'har ikke bil så video er lettest', 'ikke noe problem med video',
    'ikke oppmøte, video', 'Video, ikke telefon', 'hvis ikke video, så telefon', 'Video hvis mulig, ikke oppmøte',
  ])('a negation elsewhere leaves the wish standing: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'Video? Nei.', 'Ønsker du video? nei', 'Video – nei takk', 'Videotime? Nei, kommer selv', 'Video ja/nei: nei', 'video?? nei',
    'Video? No thanks', 'Kan vi ta video? Nei forresten, kommer innom', 'Video eller telefon? Nei',
  ])('a reply that ends in no: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it('a reply of no refuses only its question', () => {
    expect(category('Video? Nei, telefon')).toBe('telefon');
    expect(category('Telefon? Nei, video')).toBe('video');
    expect(category('Video ja/nei: ja')).toBe('video');
    expect(category('Video? Ja takk')).toBe('video');
    expect(category('Video, no problem')).toBe('video');
    expect(category('Video. Nei til telefon')).toBe('video');
  });

  it.each([
    'Vil helst slippe video', 'Video går dessverre ikke', 'Det er vanskelig for meg med video', 'umulig med video',
    'Har ikke nett til video', 'ikke kamera for video', 'Nej tak til video', 'Sin videollamada', 'sans visio', 'ohne Video',
    'Не хочу видео', 'Не треба відео', 'Video maya', 'mish video', 'Mish 3ayez video', 'Nie potrzebuję wideo',
    'Inget videosamtal', 'Video uma baahni', 'Vil itte ha video', 'Vil ittj ha video',
  ])('refused by avoiding, judging, lacking the means, or in another language: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'He wants a video call', 'Can he have a video call?', 'Vanskelig å komme inn, video takk', 'Dårlig form, ønsker video',
    'Slipper å ta fri med video', 'Har ikke bil, video', 'Video i stedet for oppmøte', 'Tar mer enn gjerne video',
    'Video er ikke noe problem', 'Teams er ikke noe problem for meg',
  ])('the same words elsewhere leave the wish standing: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it('a call preferred over another refuses the other one', () => {
    expect(category('Heller telefon enn video')).toBe('telefon');
    expect(category('Telefon i stedet for video')).toBe('telefon');
    expect(category('Phone instead of video')).toBe('telefon');
    expect(category('Heller video enn telefon')).toBe('video');
  });

  it('refuses every listed alternative', () => {
    expect(category('ikke video eller telefon')).toBe('other');
    expect(category('hverken video eller telefon')).toBe('other');
    expect(category('ikke video/tlf')).toBe('other');
  });
});

describe('either/or and telefon', () => {
  it.each(['video eller telefon', 'Video/tlf', 'tlf/video', 'telefon eller video', 'helst telefon, evt video', 'video or phone'])(
    'a wish that allows video counts as video: %s',
    (comment) => {
      expect(category(comment)).toBe('video');
    },
  );

  it.each([
    'telefon', 'tlf', 'ring meg', 'telefonkonsultasjon', 'telefontime', 'phone call', 'tlf-time', 'ringes opp',
    'Telefonisk', 'telfon', 'call me please', 'ikke video, ring meg', 'telefon, ikke video', 'tele-fon',
  ])('phone: %s', (comment) => {
    expect(category(comment)).toBe('telefon');
  });

  it.each(['ikke telefon', 'ikke tlf, kommer selv', 'tlf: 912 34 567', 'nytt tlf nr', 'telefonen er ødelagt', 'ikke ring meg'])(
    'not a phone wish: %s',
    (comment) => {
      expect(category(comment)).toBe('other');
    },
  );
});

describe('appointment type', () => {
  it('a video type flags the appointment whatever the comment says', () => {
    expect(detect({ comment: 'ikke video', type: 'Videokonsultasjon' })).toEqual({
      category: 'video',
      source: 'type',
      match: { start: 0, end: 17, text: 'Videokonsultasjon' },
    });
    expect(detect({ comment: '', type: 'Video' }).source).toBe('type');
  });

  it('matches admin-listed video types whole, ignoring case and spacing', () => {
    const withTypes = createDetector({ videoTypes: ['Kort time 20 min'] });
    expect(withTypes({ comment: 'resept', type: ' kort  time 20 MIN ' })).toMatchObject({
      category: 'video',
      source: 'type',
      match: { text: 'kort  time 20 MIN' },
    });
    expect(withTypes({ comment: 'resept', type: 'Kort time 30 min' }).category).toBe('other');
  });

  it('a video wish in the comment beats a phone type', () => {
    expect(detect({ comment: 'ønsker video', type: 'Telefontime' })).toMatchObject({ category: 'video', source: 'comment' });
    expect(detect({ comment: 'resept', type: 'Telefontime' })).toMatchObject({ category: 'telefon', source: 'type' });
  });

  it('an ordinary type leaves the decision to the comment', () => {
    expect(detect({ comment: 'på video', type: 'Konsultasjon 20 min' }).source).toBe('comment');
    expect(detect({ comment: 'resept', type: 'Konsultasjon' })).toEqual({ category: 'other', source: null, match: null });
  });
});

describe('admin settings', () => {
  it('extra keywords join a built-in category, with negation applied', () => {
    const custom = createDetector({ extraKeywords: { video: ['skjermtime', 'teams*'] } });
    expect(custom({ comment: 'ønsker skjermtime' }).category).toBe('video');
    expect(custom({ comment: 'Teams-møte' }).category).toBe('video');
    expect(custom({ comment: 'ikke skjermtime' }).category).toBe('other');
  });

  it('an admin keyword is read with the same cues as a built-in one', () => {
    const custom = createDetector({ extraKeywords: { video: ['Visiba'] } });
    expect(custom({ comment: 'Kan vi ta det på Visiba?' }).category).toBe('video');
    expect(custom({ comment: 'Hadde Visiba sist, nå må jeg inn' }).category).toBe('other');
    expect(custom({ comment: 'Visiba? Nei' }).category).toBe('other');
    expect(custom({ comment: 'Mannen bruker Visiba med kollegaer' }).category).toBe('other');
    expect(custom({ comment: 'Har Visiba kl 10-11, kan komme etter' }).category).toBe('other');
    expect(custom({ comment: 'Heller telefon enn Visiba' }).category).toBe('telefon');
    expect(custom({ comment: 'Vil slippe Visiba' }).category).toBe('other');
    expect(custom({ comment: 'Har Visiba, kan vi bruke det?' }).category).toBe('video');
  });

  it('an unknown category id creates a category ranked after the built-ins', () => {
    const custom = createDetector({ extraKeywords: { oppmøte: ['kommer fysisk', 'oppmøte'] } });
    expect(custom({ comment: 'kommer fysisk' }).category).toBe('oppmøte');
    expect(custom({ comment: 'oppmøte eller video' }).category).toBe('video');
    expect(custom({ comment: 'ikke oppmøte' }).category).toBe('other');
  });

  it('extra exclusions veto matches they cover', () => {
    const custom = createDetector({ extraExclusions: ['videoveiledning*', 'video fra barnehagen'] });
    expect(custom({ comment: 'videoveiledningen var fin' }).category).toBe('other');
    expect(custom({ comment: 'så video fra barnehagen' }).category).toBe('other');
    expect(custom({ comment: 'video takk' }).category).toBe('video');
  });

  it('ignores blank entries', () => {
    const custom = createDetector({ extraKeywords: { video: ['', '  '] }, extraExclusions: [''], videoTypes: [''] });
    expect(custom({ comment: 'resept', type: '' }).category).toBe('other');
  });
});

describe('quoted match', () => {
  it.each([
    ['Resept, ønsker video takk', 'ønsker video'],
    ['Video/tlf', 'Video/tlf'],
    ['fornye resept - videokonsultasjon', 'videokonsultasjon'],
    ['Ønsker video, evt telefon', 'Ønsker video, evt telefon'],
    ['Vil ha time på video', 'Vil ha time på video'],
    ['Video-konsultasjon ønskes', 'Video-konsultasjon ønskes'],
    ['👍 ＶＩＤＥＯ 👍', 'ＶＩＤＥＯ'],
    ['blodprøve; V I D E O', 'V I D E O'],
    ['telefon, ikke video', 'telefon'],
  ])('%s → «%s»', (comment, quote) => {
    expect(quoted(comment)).toBe(quote);
  });

  it('points at the span it quotes', () => {
    const comment = 'Hei! Kan vi ta det på video?';
    const { match } = detect({ comment });
    expect(match && comment.slice(match.start, match.end)).toBe('på video');
  });
});

describe('other', () => {
  it.each(['', '   ', '🙂', 'Fornye resept', 'e-konsultasjon', 'Samtaletime'])('nothing to flag: %j', (comment) => {
    expect(detect({ comment })).toEqual({ category: 'other', source: null, match: null });
  });
});

describe('hostile input', () => {
  const PIECES = [
    'video', 'Video', 'ikke', 'nei', 'ja', 'ja/nei', '?', '/', ',', '.', ' - ', ':', 'hadde', 'sist', 'igjen', 'av', 'en',
    'så', 'men', 'ønsker', 'ring meg', 'tlf', '412 34 567', 'V I D E O', 'teams', 'møter', 'nett', 'time', '📹', '📞',
    '🙏🏼', '\u202e', '\u202c', '\u2067', '\u2069', '\u200b', 'oediv', '(', ')', '\n', ' ', ' ', ' ', 'ï', 'ł', '𝐯',
  ];

  it('never throws, and every match is a span of the comment', () => {
    let seed = 15;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3_000; n++) {
      let comment = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k++) comment += PIECES[Math.floor(next() * PIECES.length)];
      const { category: result, match } = detect({ comment });
      expect(['video', 'telefon', 'other'], comment).toContain(result);
      if (match) {
        expect(match.start, comment).toBeGreaterThanOrEqual(0);
        expect(match.end, comment).toBeLessThanOrEqual(comment.length);
        expect(match.start, comment).toBeLessThan(match.end);
      }
    }
  });

  it.each([
    ['repeated keywords', 'video ', 20_000],
    ['one long refusal', 'ikke ', 20_000],
    ['nested bidi controls', '\u202e\u2067oediv', 12_000],
    ['spelled-out letters', 'v i d e o ', 10_000],
    ['emoji', '📹', 50_000],
    ['questions and answers', 'Video? Nei. ', 8_000],
    ['cues and keywords', 'hadde video sist, ønsker video igjen? ', 3_000],
    ['one long clause of cues', 'video av sist igjen ønsker ', 4_000],
    ['glue words', 'det på video ', 8_000],
  ])('stays linear on 100 KB of %s', (_, unit, copies) => {
    expect(fastestRun((comment) => detect({ comment }), unit.repeat(copies))).toBeLessThan(HOSTILE_BUDGET_MS);
  });
});

describe('plain words for a call', () => {
  it.each([
    'Kan vi ta en digital konsultasjon?', 'Digital time takk', 'Ønsker digitalt møte', 'Nettbasert konsultasjon om mulig',
    'Kan vi møtes digitalt?', 'Kan timen tas digitalt?', 'Kan legen se meg via mobilen med bilde?',
    'E-konsultasjon på video takk',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('video');
  });

  it.each([
    'digital', 'Jeg har en digital kalender', 'Fikk svar på blodprøvene digitalt på helsenorge',
    'Kan jeg få resepten digitalt?', 'Jobber med digital markedsføring', 'nettbasert',
  ])('but not the words alone or about something else: %s', (comment) => {
    expect(category(comment)).toBe('other');
  });
});

describe('a refusal whose object comes after a clause put in between', () => {
  it.each([
    'Jeg ønsker ikke, selv om jeg vet at dere anbefaler det for tiden, å ha denne konsultasjonen på video.',
    'Jeg vil ikke, selv om det sikkert er praktisk for dere, ha timen på video.',
    'Jeg har ikke lyst, selv om det går raskere, å ha konsultasjonen via skjerm',
    'I do not want, even if it is easier for you, to have it on Teams',
  ])('%s', (comment) => {
    expect(category(comment)).toBe('other');
  });

  it.each([
    'Vil ikke, selv om det er kort vei, ta bussen inn, så video takk',
    'Jeg vil ikke ta bussen i dette været, så kan vi ta det på video?',
    'Kan ikke komme, selv om det er kort vei, ta video',
  ])('but not a call elsewhere: %s', (comment) => {
    expect(category(comment)).toBe('video');
  });
});
