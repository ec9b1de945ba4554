/**
 * Labelled comment corpora and their video-vs-rest score, shared by `npm run eval` and the unit
 * tests so both judge the detector the same way. A corpus is TSV with a header row naming its
 * columns: `label` and `comment` always, `category` where the corpus sorts its comments by kind
 * ("past", "platform") so a score can be read per kind. The comment is the last column and may
 * itself hold tabs.
 */

export interface LabelledComment {
  label: string;
  /** The kind of comment, from the corpus's category column; null where it has none. */
  category: string | null;
  comment: string;
  /** 1-based line in the file, for pointing at a miss. */
  line: number;
}

export function parseCorpus(tsv: string): LabelledComment[] {
  const [header = '', ...lines] = tsv.split(/\r?\n/);
  const columns = header.split('\t');
  const labelAt = columns.indexOf('label');
  const categoryAt = columns.indexOf('category');
  if (labelAt < 0 || columns[columns.length - 1] !== 'comment') {
    throw new Error(`header must name a label column and end with the comment column: ${JSON.stringify(header)}`);
  }
  const cases: LabelledComment[] = [];
  lines.forEach((text, index) => {
    if (text === '') return;
    const line = index + 2;
    const fields = text.split('\t');
    if (fields.length < columns.length) throw new Error(`line ${line}: ${columns.length} tab-separated columns expected`);
    cases.push({
      label: fields[labelAt] as string,
      category: categoryAt < 0 ? null : (fields[categoryAt] as string),
      comment: fields.slice(columns.length - 1).join('\t'),
      line,
    });
  });
  return cases;
}

export interface Miss extends LabelledComment {
  predicted: string;
}

export interface Score {
  /** Video comments flagged, other comments flagged, video comments not flagged. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** NaN where nothing was flagged, so a category without video comments is not scored 0. */
  precision: number;
  /** NaN where the cases hold no video comment. */
  recall: number;
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
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    misses,
  };
}

/** The cases of each category, in order of first appearance; uncategorised cases under null. */
export function byCategory(cases: LabelledComment[]): Map<string | null, LabelledComment[]> {
  const groups = new Map<string | null, LabelledComment[]>();
  for (const c of cases) {
    const group = groups.get(c.category);
    if (group) group.push(c);
    else groups.set(c.category, [c]);
  }
  return groups;
}
