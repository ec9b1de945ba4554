/**
 * Speed checks. Each entry in `benchmarks` is one named measurement with its own target; add a
 * section by appending an entry (browser benchmarks can live beside the detector one).
 */
import { pathToFileURL } from 'node:url';
import { createDetector } from '../utils/detector';

export interface Benchmark {
  name: string;
  /** Milliseconds the measured part may take. */
  targetMs: number;
  /** Returns the measured milliseconds; may print details of its own. */
  run: () => number | Promise<number>;
}

/** Small seeded generator (mulberry32), so every run classifies the same comments. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = [
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

const COMMENTS = 100_000;
const RUNS = 5;

const detectorBench: Benchmark = {
  name: `detector: classify ${COMMENTS.toLocaleString('en')} comments, median of ${RUNS} runs`,
  targetMs: 300,
  run() {
    const comments = generateComments(COMMENTS);
    const compileStart = performance.now();
    const detect = createDetector();
    const compileMs = performance.now() - compileStart;
    const times: number[] = [];
    const counts: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      for (const comment of comments) {
        const { category } = detect({ comment });
        if (run === 0) counts[category] = (counts[category] ?? 0) + 1;
      }
      times.push(performance.now() - start);
    }
    console.log(`  compile ${compileMs.toFixed(1)} ms; first (cold) run ${(times[0] ?? 0).toFixed(1)} ms; labels ${JSON.stringify(counts)}`);
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  },
};

export const benchmarks: Benchmark[] = [detectorBench];

async function main(): Promise<void> {
  let slow = false;
  for (const bench of benchmarks) {
    console.log(bench.name);
    const ms = await bench.run();
    const ok = ms <= bench.targetMs;
    slow ||= !ok;
    console.log(`  ${ms.toFixed(1)} ms (target < ${bench.targetMs} ms) ${ok ? 'OK' : 'TOO SLOW'}`);
  }
  process.exitCode = slow ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
