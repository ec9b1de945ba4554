/**
 * A reply that ends in no: "Video? Nei.", "Ønsker du video? nei takk", "Video ja/nei: nei". Booking
 * forms and patients alike put the question first and the answer after it, across a question mark
 * or a dash that a refusal inside one clause never crosses.
 */
import type { KeywordHit } from './keywords';
import { wordSet } from './phrases';
import { COMMA, SLASH, type Token } from './tokenize';

const NO = wordSet(['nei', 'no', 'nope', 'nah', 'nej', 'nie', 'nein', 'non']);
const YES = wordSet(['ja', 'yes', 'j', 'y']);
/** What may follow the no for it to be the whole answer: "nei takk", "nei, kommer selv". */
const AFTER_NO = wordSet(['takk', 'thanks', 'thank', 'tack', 'tak', 'danke', 'dziękuję', 'merci', 'gracias', 'forresten']);

/** "ja/nei" in "Video ja/nei: nei": the form's question, whose answer comes next. */
function isYesNoChoice(tokens: Token[], i: number): boolean {
  const yes = tokens[i - 1];
  const no = tokens[i];
  return yes !== undefined && no !== undefined && YES.has(yes.text) && NO.has(no.text) && no.sep === SLASH;
}

/** Marks refused the keywords of every question answered with a no. */
export function refuseReplies(tokens: Token[], hits: KeywordHit[], refused: boolean[]): void {
  for (let n = 1; n < tokens.length; n++) {
    const answer = tokens[n] as Token;
    if (!NO.has(answer.text)) continue;
    const next = tokens[n + 1];
    if (next && next.sep < COMMA && !AFTER_NO.has(next.text)) continue;
    let questionEnd: number;
    if (answer.sep >= COMMA) questionEnd = n;
    else if (isYesNoChoice(tokens, n - 1)) questionEnd = n - 2;
    else continue;
    let questionStart = questionEnd - 1;
    while (questionStart > 0 && (tokens[questionStart] as Token).sep < COMMA) questionStart--;
    for (let h = firstHitFrom(hits, questionStart); h < hits.length && (hits[h] as KeywordHit).end <= questionEnd; h++) {
      refused[h] = true;
    }
  }
}

/** Index of the first hit starting at or after token i (hits are in text order). */
function firstHitFrom(hits: KeywordHit[], i: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hits[middle] as KeywordHit).first < i) low = middle + 1;
    else high = middle;
  }
  return low;
}
