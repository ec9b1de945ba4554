/**
 * Scores the comment detector against labelled corpora, beside the plain substring search it
 * replaces, and fails when it misses the precision/recall target (issue 3).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../utils/detector';
import { parseCorpus, scoreVideo, type Score } from '../utils/detector/corpus';

const TARGET = 0.98;
const root = fileURLToPath(new URL('..', import.meta.url));
const corpora = [
  { name: 'dev (shared)', path: `${root}../shared/corpus/comments-dev.tsv` },
  { name: 'own', path: `${root}tests/corpus/comments-own.tsv` },
];

const detect = createDetector();
const detector = (comment: string) => detect({ comment }).category;
const baseline = (comment: string) => (/video/i.test(comment) ? 'video' : 'other');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score) =>
  `  ${name.padEnd(10)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  misses ${s.misses.length}`;

let failed = false;
for (const corpus of corpora) {
  const cases = parseCorpus(readFileSync(corpus.path, 'utf8'));
  const ours = scoreVideo(cases, detector);
  console.log(`\n${corpus.name}: ${cases.length} comments (${corpus.path})`);
  console.log(row('detector', ours));
  console.log(row('baseline', scoreVideo(cases, baseline)));
  for (const m of ours.misses) {
    console.log(`    miss line ${m.line}: expected ${m.label}, got ${m.predicted}: ${JSON.stringify(m.comment)}`);
  }
  // Telefon is outside the target, but where a corpus labels it a regression there is worth seeing.
  if (cases.some((c) => c.label === 'telefon')) {
    for (const c of cases) {
      const got = detector(c.comment);
      if (got !== c.label && (got === 'video') === (c.label === 'video')) {
        console.log(`    note line ${c.line}: expected ${c.label}, got ${got}: ${JSON.stringify(c.comment)}`);
      }
    }
  }
  if (ours.precision < TARGET || ours.recall < TARGET) {
    failed = true;
    console.log(`  FAIL: precision and recall must both be at least ${pct(TARGET).trim()}`);
  }
}
process.exitCode = failed ? 1 : 0;
