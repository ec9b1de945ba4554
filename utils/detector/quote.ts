/**
 * Widens the deciding keyword to the phrase a doctor would want quoted: "ønsker video" rather than
 * "video", "Video/tlf" rather than "Video", so the flag explains itself.
 */
import type { KeywordHit } from './keywords';
import { wordSet } from './phrases';
import { COMMA, SPACE, type Token } from './tokenize';

/** Words that say how the patient wants the keyword: "ønsker", "helst", "time på". */
const LEAD_INS = wordSet([
  'ønsker', 'ønske', 'ønskjer', 'vil', 'ha', 'helst', 'gjerne', 'foretrekker', 'på', 'via', 'over',
  'per', 'pr', 'med', 'time', 'timen', 'ta', 'tar', 'kun', 'bare', 'prefer', 'want', 'by', 'on',
]);
const MAX_LEAD_INS = 4;

const TRAILERS = wordSet(['ønskes', 'foretrekkes', 'please', 'pls']);

/** Joins an alternative to the quote: "video, evt telefon", "video eller tlf". */
const ALTERNATIVE_WORDS = wordSet(['eller', 'el', 'evt', 'evnt', 'eventuelt', 'alternativt', 'ellers', 'or']);

/** Token range [first, end) to quote for the hit; others are the remaining accepted hits. */
export function quoteRange(tokens: Token[], hit: KeywordHit, others: KeywordHit[]): [number, number] {
  let first = hit.first;
  while (
    first > 0 &&
    hit.first - first < MAX_LEAD_INS &&
    (tokens[first] as Token).sep === SPACE &&
    LEAD_INS.has((tokens[first - 1] as Token).text)
  ) {
    first--;
  }

  let end = hit.end;
  const trailer = tokens[end];
  if (trailer && trailer.sep === SPACE && TRAILERS.has(trailer.text)) end++;

  let j = end;
  while (j < tokens.length && (tokens[j] as Token).sep <= COMMA && ALTERNATIVE_WORDS.has((tokens[j] as Token).text)) j++;
  const next = tokens[j];
  const joined = next !== undefined && (j > end ? next.sep === SPACE : next.sep > SPACE && next.sep < COMMA);
  const alternative = joined ? others.find((h) => h.first === j) : undefined;
  return [first, alternative ? alternative.end : end];
}
