/**
 * Decides which keywords the patient turned down: "ønsker ikke video", "ingen videotime",
 * "video passer dårlig", "hverken video eller telefon", "heller telefon enn video", "Video? Nei.". A
 * negation reaches only across words that cannot carry a contrary wish of their own, so "kan ikke
 * møte opp, ta video" and "ikke noe problem med video" stay requests.
 */
import type { KeywordHit } from './keywords';
import { onFirstUse } from './lazy';
import { PhraseIndex, wordSet } from './phrases';
import { refuseReplies } from './replies';
import { COMMA, SPACE, type Token } from './tokenize';

/**
 * How a negating word or phrase reaches the keyword it turns down:
 * - 'both': what follows, or with a verb between, what came before ("ikke video", "video passer ikke");
 * - 'judgement': what follows, or whatever it says of what came before ("vanskelig med video",
 *   "video passer dårlig");
 * - 'before': only what came before ("videotimen er avlyst");
 * - 'after': only what follows ("heller telefon enn video", "i stedet for video").
 */
type Reach = 'both' | 'judgement' | 'before' | 'after';

/**
 * Word sequences, so a word that means something else alone can still negate in a phrase: Russian
 * "не" folds to "he", English "he", and negates only as "не хочу".
 */
const NEGATORS: ReadonlyArray<readonly [Reach, string[]]> = [
  [
    'both',
    [
      'ikke', 'ikkje', 'ikk', 'ike', 'ikek', 'itte', 'ittj', 'ikkj', 'ingen', 'inga', 'intet', 'uten', 'utan', 'aldri', 'nei',
      'hverken', 'verken', 'slippe', 'slipper', 'unngå', 'unngår',
      'no', 'not', 'nope', 'never', 'without', 'dont', 'doesnt', 'cant', 'cannot', 'wont', 'isnt', 'wouldnt',
      'avoid',
      // The other languages patients write in: Swedish, Danish, Polish, German, French, Spanish,
      // Russian and Ukrainian, Somali, Arabic in Latin script
      'inte', 'ej', 'nej', 'uden', 'nie', 'bez', 'kein', 'keine', 'keinen', 'nicht', 'ohne', 'pas', 'sans',
      'inget', 'sin', 'без', 'не хочу', 'не надо', 'не нужно', 'не нужен', 'не треба', 'не потрібно', 'maya', 'ma rabo',
      'uma baahni', 'uma baahna', 'ma doonayo', 'mish', 'mesh', 'msh', 'bidun', 'bdun',
      // Crossed out, forbidden, thumbs down: "❌ video", "📹❌"
      '❌', '🚫', '⛔', '✖', '👎',
    ],
  ],
  ['judgement', ['dårlig', 'vanskelig', 'umulig', 'uaktuelt', 'tungvint', 'problematisk', 'impossible', 'difficult']],
  ['before', ['avlyst', 'avbestilt', 'kansellert', 'cancelled', 'canceled']],
  ['after', ['enn', 'fremfor', 'istedenfor', 'isteden for', 'i stedet for', 'than', 'instead of', 'rather than']],
];

const negatorIndex = onFirstUse(() => {
  const index = new PhraseIndex<Reach>();
  for (const [reach, phrases] of NEGATORS) for (const phrase of phrases) index.add(phrase, reach);
  return index;
});

/** "fikk vi ikke til video": a call that failed, told of in the past, not one turned down. */
const FAILED = wordSet(['fikk', 'fekk']);

/**
 * Before a negator, words that make it no refusal: "hvis ikke video, så telefon" offers an order of
 * preference, "hvorfor ikke video?" a suggestion, "mer enn gjerne video" a wish.
 */
const NOT_REFUSING = wordSet(['hvis', 'viss', 'om', 'dersom', 'if', 'hvorfor', 'why', 'mer', 'more']);

/** After a negator, words that turn it into a yes: "video er ikke noe problem", "hadde ikke vært dumt". */
const LITOTES = wordSet(['problem', 'problemer', 'dumt', 'verst', 'imot', 'galt', 'bad', 'issue', 'worries']);

/** Whether one of the two words after the negator ending at last turns it into a yes. */
function litotes(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 2; k++) {
    const token = tokens[k];
    if (!token || token.sep >= COMMA) return false;
    if (LITOTES.has(token.text)) return true;
  }
  return false;
}

/** Words a negation reaches across to the keyword it refuses. */
const FILLERS = wordSet([
  'ønsker', 'ønske', 'ønsket', 'ønskes', 'ønskelig', 'ønskjer', 'vil', 'ville', 'ha', 'har', 'på',
  'via', 'over', 'med', 'for', 'om', 'til', 'å', 'ta', 'tas', 'det', 'en', 'ei', 'et', 'noe', 'noen',
  'time', 'timen', 'takk', 'behov', 'trenger', 'trengs', 'mulighet', 'mulig', 'nødvendig',
  'nødvendigvis', 'aktuelt', 'interessert', 'i', 'dag', 'denne', 'dette', 'gangen', 'få', 'samtalen', 'konsultasjonen', 'gjerne', 'helst', 'bruke',
  'komme', 'møte', 'delta', 'kan', 'kunne', 'bli', 'være',
  'want', 'wanna', 'need', 'like', 'prefer', 'a', 'an', 'the', 'by', 'on', 'do', 'have', 'it', 'this',
  'to', 'interested', 'in', 'any', 'please', 'really', 'come', 'join', 'use', 'be', 'possible',
  'vill', 'chcę', 'möchte', 'de', 'per', 'tak', 'tack', 'la', 'el', 'un', 'une', 'una', 'en', 'por', 'par',
  'einen', 'eine', 'ein', 'quiero', 'veux', 'хочу', 'по', 'rozmowy', 'rozmowę', 'wizyty', 'wizytę', 'konsultacji',
  'potrzebuję', 'rabaa', 'rabo', '3ayez', '3ayza', '3awez', '3awza', 'bdi', 'abi',
  // What a call needs: "har ikke nett til video", "ikke kamera for video"
  'meg', 'nett', 'nettet', 'internett', 'dekning', 'kamera', 'pc', 'mac', 'datamaskin', 'mobil',
  'nettbrett', 'utstyr', 'internet', 'camera', 'computer',
]);
const MAX_FILLERS = 4;

/** Words between a keyword and a later negator: "video passer ikke", "video funker ikke for meg". */
const VERBS_BEFORE_NEGATOR = wordSet([
  'er', 'passer', 'fungerer', 'funker', 'går', 'virker', 'blir', 'trengs', 'ønskes', 'kan', 'meg',
  'dessverre', 'desverre', 'nok', 'egentlig', 'helt',
  'is', 'does', 'do', 'works', 'work', 'will', 'would', 'me', 'unfortunately', 'really',
]);
const MAX_VERBS = 3;

/** What may follow "video ikke" for the negator to be about video rather than the next word. */
const NEGATION_TAILS = wordSet([
  'takk', 'mulig', 'nødvendig', 'nødvendigvis', 'aktuelt', 'ønskelig', 'ønsket', 'denne', 'thanks',
  'possible', 'needed', 'necessary', 'please', 'pls',
]);

/** "ikke telefon eller video", "ikke video/tlf": one negation refuses every alternative. */
const COORDINATORS = wordSet(['eller', 'el', 'og', 'heller', 'or', 'and', 'nor']);

function hitStartingAt(hits: KeywordHit[], i: number): number {
  for (let h = 0; h < hits.length; h++) if ((hits[h] as KeywordHit).first === i) return h;
  return -1;
}

function hitEndingAt(hits: KeywordHit[], i: number): number {
  for (let h = 0; h < hits.length; h++) if ((hits[h] as KeywordHit).end === i) return h;
  return -1;
}

/** Refuses hit h and the alternatives listed after it: "video eller telefon", "video/tlf". */
function refuseWithAlternatives(tokens: Token[], hits: KeywordHit[], refused: boolean[], h: number): void {
  while (h >= 0) {
    refused[h] = true;
    const end = (hits[h] as KeywordHit).end;
    let j = end;
    if (tokens[j] && (tokens[j] as Token).sep < COMMA && COORDINATORS.has((tokens[j] as Token).text)) j++;
    const next = tokens[j];
    // Without "eller" or a slash, "ikke video telefon" is not a list.
    const listed = next !== undefined && next.sep < COMMA && (j > end || next.sep > SPACE);
    h = listed ? hitStartingAt(hits, j) : -1;
  }
}

/** "ikke (ønsker) video": the negator refuses the next keyword if only fillers stand between. */
function refuseFollowing(tokens: Token[], hits: KeywordHit[], refused: boolean[], n: number): boolean {
  for (let j = n + 1, fillers = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.sep >= COMMA) return false;
    const hit = hitStartingAt(hits, j);
    if (hit >= 0) {
      refuseWithAlternatives(tokens, hits, refused, hit);
      return true;
    }
    if (!FILLERS.has(t.text) || ++fillers > MAX_FILLERS) return false;
  }
  return false;
}

/**
 * "video passer ikke", "video ikke nødvendig", "videotime avlyst": the negator from n to last turns
 * down the keyword before it across verbs, or right before it where the thought ends there.
 */
function refusePreceding(tokens: Token[], hits: KeywordHit[], refused: boolean[], n: number, last: number, anyway: boolean): void {
  let verbs = 0;
  for (let k = n - 1; k >= 0 && (tokens[k + 1] as Token).sep < COMMA; k--) {
    const hit = hitEndingAt(hits, k + 1);
    if (hit >= 0) {
      const after = tokens[last + 1];
      const endsThought = !after || after.sep >= COMMA || NEGATION_TAILS.has(after.text);
      if (verbs > 0 || anyway || endsThought) refused[hit] = true;
      return;
    }
    if (!VERBS_BEFORE_NEGATOR.has((tokens[k] as Token).text) || ++verbs > MAX_VERBS) return;
  }
}

/** Wishes a negation can stand after with its object still to come: "jeg ønsker ikke, selv om…, å ha video". */
const WISH_VERBS = wordSet(['ønsker', 'ønskjer', 'vil', 'ville', 'trenger', 'treng', 'lyst', 'want', 'wish', 'need']);
/** Words that may stand between such a negator and the comma, besides a wish: "har ikke lyst", "do not want". */
const BEFORE_INSERTION = wordSet(['egentlig', 'helst', 'nødvendigvis', 'really']);
/** Where the object of a wish resumes after a clause put in between: "…, å ha timen på video". */
const RESUMERS = wordSet(['å', 'ha', 'ta', 'bruke', 'to', 'have']);
const MAX_INSERTION = 20;

/** Whether a wish verb stands at most two words before the negator at n, in its clause. */
function wishBefore(tokens: Token[], n: number): boolean {
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    if (WISH_VERBS.has((tokens[k] as Token).text)) return true;
    if ((tokens[k] as Token).sep >= COMMA) return false;
  }
  return false;
}

/**
 * "Jeg ønsker ikke, selv om jeg vet at dere anbefaler det, å ha konsultasjonen på video": a negated
 * wish that ends its clause turns down the keyword where its object resumes, after a clause put in
 * between. A keyword inside that clause is not refused.
 */
function refuseAfterInsertion(tokens: Token[], hits: KeywordHit[], refused: boolean[], n: number, last: number): void {
  let k = last + 1;
  for (; k < tokens.length && (tokens[k] as Token).sep < COMMA; k++) {
    const { text } = tokens[k] as Token;
    if (!BEFORE_INSERTION.has(text) && !WISH_VERBS.has(text)) return;
  }
  const first = tokens[k];
  if (!first || first.sep !== COMMA || !(wishBefore(tokens, n) || WISH_VERBS.has((tokens[k - 1] as Token).text))) return;
  for (let j = k + 1; j < Math.min(tokens.length, k + MAX_INSERTION); j++) {
    const t = tokens[j] as Token;
    if (t.sep > COMMA || hitStartingAt(hits, j) >= 0) return;
    if (t.sep === COMMA && RESUMERS.has(t.text)) {
      refuseFollowing(tokens, hits, refused, j);
      return;
    }
  }
}

/** Whether a negator that turns down what follows ends at token i: "ikke oppmøte", "не хочу". */
export function negatorEndsAt(tokens: Token[], i: number): boolean {
  const negators = negatorIndex();
  for (let n = Math.max(0, i - negators.maxWords + 1); n <= i; n++) {
    const negator = negators.longestAt(tokens, n);
    if (negator && n + negator.words.length - 1 === i && negator.tag !== 'before') return true;
  }
  return false;
}

/** "fikk ikke til", "fikk vi ikke til": at most one word between. */
function failedBefore(tokens: Token[], n: number): boolean {
  for (let k = n - 1; k >= Math.max(0, n - 2); k--) if (FAILED.has((tokens[k] as Token).text)) return true;
  return false;
}

/** Returns, for each hit, whether the patient refused it. */
export function negated(tokens: Token[], hits: KeywordHit[]): boolean[] {
  const refused = hits.map(() => false);
  const negators = negatorIndex();
  for (let n = 0; n < tokens.length; n++) {
    const negator = negators.longestAt(tokens, n);
    if (!negator) continue;
    const reach = negator.tag;
    const last = n + negator.words.length - 1;
    const previous = tokens[n - 1];
    if (previous && (tokens[n] as Token).sep === SPACE && NOT_REFUSING.has(previous.text)) continue;
    if (tokens[last + 1]?.text === 'til' && failedBefore(tokens, n)) continue;
    if (reach === 'both' && litotes(tokens, last)) continue;
    const followed = reach !== 'before' && refuseFollowing(tokens, hits, refused, last);
    if (!followed && reach !== 'after') refusePreceding(tokens, hits, refused, n, last, reach !== 'both');
    if (!followed && reach === 'both') refuseAfterInsertion(tokens, hits, refused, n, last);
  }
  refuseReplies(tokens, hits, refused);
  return refused;
}
