/**
 * Scores the comment detector against labelled corpora, overall and per category, beside the plain
 * substring search it replaces, and fails when it misses the precision/recall target (issue 3).
 *
 *   npm run eval                 every corpus there is
 *   npm run eval -- own          only the named ones (dev, own, holdout, holdout-2, holdout-3, holdout-4, holdout-5)
 *
 * The shared dev corpus lives beside the repository on the project's own CI machine only; a user's
 * clone has none, and is scored on the project's own corpora.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../utils/detector';
import { byCategory, parseCorpus, scoreVideo, type LabelledComment, type Score } from '../utils/detector/corpus';

const TARGET = 0.98;
const root = fileURLToPath(new URL('..', import.meta.url));
const corpora = [
  { name: 'dev', title: 'dev (shared)', path: `${root}../shared/corpus/comments-dev.tsv` },
  { name: 'own', title: 'own', path: `${root}tests/corpus/comments-own.tsv` },
  // Held out from tuning: written before the changes they judge, each scored once before its misses were read
  // (the README has those first scores).
  { name: 'holdout', title: 'own, first held-out set', path: `${root}tests/corpus/comments-holdout.tsv` },
  { name: 'holdout-2', title: 'own, second held-out set', path: `${root}tests/corpus/comments-holdout-2.tsv` },
  { name: 'holdout-3', title: 'own, third held-out set', path: `${root}tests/corpus/comments-holdout-3.tsv` },
  { name: 'holdout-4', title: 'own, fourth held-out set', path: `${root}tests/corpus/comments-holdout-4.tsv` },
  // Written blind, like the fourth, before the round of changes its misses were read after.
  { name: 'holdout-5', title: 'own, fifth held-out set (written blind)', path: `${root}tests/corpus/comments-holdout-5.tsv` },
];

const detect = createDetector();
const detector = (comment: string) => detect({ comment }).category;
const baseline = (comment: string) => (/video/i.test(comment) ? 'video' : 'other');

const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`).padStart(7);
const pair = (s: Score) => `${pct(s.precision)} ${pct(s.recall)}`;

const HEADING = [
  `  ${''.padEnd(12)} ${'n'.padStart(4)} ${'video'.padStart(5)}   ${'detector'.padEnd(15)}   ${'baseline /video/i'.padEnd(15)}  misses`,
  `  ${'category'.padEnd(12)} ${''.padStart(4)} ${''.padStart(5)}   ${'precision recall'.padEnd(15)}  ${'precision recall'.padEnd(15)}`,
];

function row(name: string, cases: LabelledComment[]): string {
  const ours = scoreVideo(cases, detector);
  const videos = cases.filter((c) => c.label === 'video').length;
  return `  ${name.padEnd(12)} ${String(cases.length).padStart(4)} ${String(videos).padStart(5)}   ${pair(ours)}    ${pair(scoreVideo(cases, baseline))}   ${String(ours.misses.length).padStart(4)}`;
}

/** Telefon is outside the target, but where a corpus labels it a regression there is worth seeing. */
function phoneNotes(cases: LabelledComment[]): string[] {
  const notes: string[] = [];
  for (const c of cases) {
    const got = detector(c.comment);
    if (got !== c.label && (got === 'video') === (c.label === 'video')) {
      notes.push(`    note line ${c.line}: expected ${c.label}, got ${got}: ${JSON.stringify(c.comment)}`);
    }
  }
  return notes;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !corpora.some((c) => c.name === name));
if (unknown.length) throw new Error(`unknown corpus ${unknown.join(', ')}; known: ${corpora.map((c) => c.name).join(', ')}`);

let failed = false;
for (const corpus of corpora) {
  if (wanted.length && !wanted.includes(corpus.name)) continue;
  if (!existsSync(corpus.path)) {
    console.log(`\n${corpus.title}: not on this machine (${corpus.path}), not scored`);
    continue;
  }
  const cases = parseCorpus(readFileSync(corpus.path, 'utf8'));
  const ours = scoreVideo(cases, detector);
  console.log(`\n${corpus.title}: ${cases.length} comments (${relative(root, corpus.path)})`);
  console.log(HEADING.join('\n'));
  console.log(row('all', cases));
  const categories = byCategory(cases);
  if (categories.size > 1 || !categories.has(null)) {
    for (const [category, group] of [...categories].sort(([a], [b]) => String(a).localeCompare(String(b)))) {
      console.log(row(category ?? '(none)', group));
    }
  }
  for (const m of ours.misses) {
    const kind = m.category ? ` [${m.category}]` : '';
    console.log(`    miss line ${m.line}${kind}: expected ${m.label}, got ${m.predicted}: ${JSON.stringify(m.comment)}`);
  }
  if (cases.some((c) => c.label === 'telefon')) console.log(phoneNotes(cases).join('\n'));
  if (!(ours.precision >= TARGET && ours.recall >= TARGET)) {
    failed = true;
    console.log(`  FAIL: precision and recall must both be at least ${pct(TARGET).trim()}`);
  }
}
process.exitCode = failed ? 1 : 0;
