import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreVideo } from './corpus';
import { createDetector } from './index';

const TARGET = 0.98;
const detect = createDetector();
const predict = (comment: string) => detect({ comment }).category;

describe.each([
  ['shared dev corpus', new URL('../../../shared/corpus/comments-dev.tsv', import.meta.url)],
  ['own corpus', new URL('../../tests/corpus/comments-own.tsv', import.meta.url)],
])('%s', (_, url) => {
  const cases = parseCorpus(readFileSync(url, 'utf8'));

  it(`reaches ${TARGET} precision and recall for video`, () => {
    const score = scoreVideo(cases, predict);
    expect(score.precision, JSON.stringify(score.misses, null, 1)).toBeGreaterThanOrEqual(TARGET);
    expect(score.recall, JSON.stringify(score.misses, null, 1)).toBeGreaterThanOrEqual(TARGET);
  });
});

describe('own corpus', () => {
  const cases = parseCorpus(readFileSync(new URL('../../tests/corpus/comments-own.tsv', import.meta.url), 'utf8'));

  it('is big enough and uses only the three labels', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.label))).toEqual(new Set(['video', 'telefon', 'other']));
  });
});

describe('parseCorpus', () => {
  it('reads CRLF files, skips the header and keeps tabs inside comments', () => {
    expect(parseCorpus('label\tcomment\r\nvideo\tvideo\ttakk\r\nother\t\r\n')).toEqual([
      { label: 'video', comment: 'video\ttakk', line: 2 },
      { label: 'other', comment: '', line: 3 },
    ]);
  });
});
