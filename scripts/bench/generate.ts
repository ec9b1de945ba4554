/**
 * Seeded generators of what the benchmarks measure on: patients' comments, and timebook pages of
 * any size. The same seed gives the same day, so runs compare.
 */
import { createDetector } from '../../utils/detector';

/** Small seeded generator (mulberry32), so every run classifies the same comments. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REASONS = [
  'fornye resept', 'sykmelding', 'vondt i ryggen', 'oppfølging blodtrykk', 'prøvesvar', 'hodepine',
  'utslett på armen', 'kontroll etter operasjon', 'søvnproblemer', 'angst og uro', 'feber og hoste',
  'henvisning til fysioterapeut', 'videre oppfølging diabetes', 'legeerklæring førerkort',
  'barn 4 år med øreverk', 'Vidar blir med', 'svimmelhet', 'blodprøver', 'gravid uke 12',
  'bivirkninger av ny medisin', 'Please provide prescription', 'individuell plan', 'vaksine',
  'ADHD-medisin, trenger ny resept og samtale om dosering etter endring forrige måned',
];
const WISHES = [
  'video', 'Video', 'VIDEO', 'ønsker video', 'videotime', 'Videokonsultasjon', 'på video', 'helst video',
  'via video', 'video/tlf', 'video eller telefon', 'vidoe', 'viedo', 'videokons', 'video-time',
  '(video)', '[video]', '#video', 'video!!', 'Vídeo', 'ＶＩＤＥＯ', 'vіdeо', 'V I D E O', 'video call',
  'telefon', 'tlf', 'ring meg', 'telefonkonsultasjon', 'phone call',
  'ikke video', 'ønsker ikke video', 'ingen video', 'kommer fysisk, ikke video', 'no video',
  'sendt videofil av utslett', 'så en video om kosthold', 'tlf 412 34 567',
];
const DECORATIONS = ['', '', '', '', ' 🙂', '!', '.', ' takk', ' 🙏🏼', '?'];

export function generateComments(count: number, seed = 20240501): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const comments: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const reason = pick(REASONS);
    const decoration = pick(DECORATIONS);
    if (roll < 0.05) comments.push('');
    else if (roll < 0.45) comments.push(reason + decoration);
    else if (roll < 0.75) comments.push(`${pick(WISHES)}, ${reason}${decoration}`);
    else comments.push(`${reason} - ${pick(WISHES)}${decoration}`);
  }
  return comments;
}

/** Comments that ask for video, as the generated days write them. */
const VIDEO_WISHES = ['ønsker video', 'Video, takk', 'helst på video', 'kan vi ta det på video?', 'videokonsultasjon'];

/** A day's rows, about one in ten asking for video, with the detector's own count of them. */
export function generateRows(count: number, seed: number): { html: string; video: number } {
  const next = random(seed);
  const detect = createDetector();
  let video = 0;
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const minutes = 7 * 60 + ((i * 5) % (12 * 60));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const reason = REASONS[Math.floor(next() * REASONS.length)]!;
    const comment = next() < 0.1 ? `${VIDEO_WISHES[Math.floor(next() * VIDEO_WISHES.length)]}, ${reason}` : reason;
    if (detect({ comment }).category === 'video') video++;
    rows.push(`<tr><td>${time}</td><td>Pasient ${seed}-${i}</td><td>Konsultasjon</td><td>${comment}</td></tr>`);
  }
  return { html: rows.join(''), video };
}

/** A timebook of these rows, with `head` in its head. */
export function timebookHtml(rows: string, head: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Timebok</title>${head}</head><body>
<table><caption>Dr. Benk</caption><thead><tr><th>Tid</th><th>Pasient</th><th>Avtaletype</th><th>Merknad</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}

