/**
 * Labelled comment corpora (TSV with a `label<TAB>comment` header) and their video-vs-rest score,
 * shared by `npm run eval` and the unit tests so both judge the detector the same way.
 */

export interface LabelledComment {
  label: string;
  comment: string;
  /** 1-based line in the file, for pointing at a miss. */
  line: number;
}

export function parseCorpus(tsv: string): LabelledComment[] {
  const lines = tsv.split(/\r?\n/);
  const cases: LabelledComment[] = [];
  lines.forEach((text, index) => {
    if (index === 0 || text === '') return;
    const tab = text.indexOf('\t');
    if (tab < 0) throw new Error(`line ${index + 1}: no tab between label and comment`);
    cases.push({ label: text.slice(0, tab), comment: text.slice(tab + 1), line: index + 1 });
  });
  return cases;
}

export interface Miss extends LabelledComment {
  predicted: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Cases whose video-or-not answer is wrong. */
  misses: Miss[];
}

/** Scores the binary question the product asks: is this a video request? */
export function scoreVideo(cases: LabelledComment[], predict: (comment: string) => string): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const predicted = predict(c.comment);
    const wanted = c.label === 'video';
    const flagged = predicted === 'video';
    if (wanted && flagged) truePositives++;
    else if (flagged) falsePositives++;
    else if (wanted) falseNegatives++;
    if (wanted !== flagged) misses.push({ ...c, predicted });
  }
  const precision = truePositives / (truePositives + falsePositives || 1);
  const recall = truePositives / (truePositives + falseNegatives || 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, misses };
}
