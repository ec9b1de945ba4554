/**
 * Splits folded text into words, keeping just enough of the punctuation between them to tell
 * where a clause ends (negation must not reach across "ikke telefon, video") and where two
 * words are offered as alternatives ("video/tlf"). Each emoji is a word of its own: "📹 takk"
 * asks for video as plainly as the word does.
 */

/** Strength of the separator before a token; higher values end more. */
export const SPACE = 0;
export const SLASH = 1;
export const COMMA = 2;
export const STOP = 3;

export interface Token {
  /** Folded word without apostrophes, letter runs longer than two shortened to two. */
  text: string;
  /** Span in the folded text. */
  start: number;
  end: number;
  /** Strongest separator between this token and the previous one. */
  sep: number;
}

/** A period after these is an abbreviation dot, not the end of a sentence ("video el. tlf"). */
const ABBREVIATIONS = new Set([
  'ang', 'bl', 'ca', 'dvs', 'eks', 'el', 'etc', 'ev', 'evt', 'evnt', 'f', 'kl', 'mht', 'mvh',
  'nr', 'osv', 'pga', 'pr', 'tlf', 'vs',
]);

/** "2. mai": a period between a day and its month is an ordinal's, not a sentence's end. */
const MONTHS = new Set([
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'des',
]);
const isDay = (word: string) => /^\d{1,2}$/.test(word);

/** Characters that may sit between the letters of a spelled-out word ("V I D E O", "v.i.d.e.o"). */
const SPELLING_GAPS = new Set([' ', '.', '-', '*', '_', '·']);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWord(c);
  // Latin-1 and Latin Extended letters (æ, ø, ß) are most of the rest; × and ÷ are the exceptions.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return WORD_CHAR.test(text[i] ?? '');
}

/** How strongly ch separates the words on either side of it. */
function separatorStrength(ch: string, previous: string, next: string): number {
  switch (ch) {
    case ',':
    case '–':
    case '—':
      return COMMA;
    case '.':
      return ABBREVIATIONS.has(previous) || (isDay(previous) && MONTHS.has(next)) ? SPACE : STOP;
    case '!':
    case '?':
    case ';':
    case '\n':
    case '\r':
      return STOP;
    case '/':
    case '\\':
    case '|':
    case '+':
    case '&':
      return SLASH;
    default:
      return SPACE;
  }
}

/** A hyphen joins words ("ikke-video"); one with space around it separates clauses ("video - ikke tlf"). */
function gapStrength(text: string, from: number, to: number, previousWord: string, nextWord: string): number {
  if (to - from === 1 && text.charCodeAt(from) === 32) return SPACE;
  let sep = SPACE;
  let dash = false;
  let space = false;
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (ch === '-') dash = true;
    else if (ch === ' ' || ch === '\t') space = true;
    else sep = Math.max(sep, separatorStrength(ch, previousWord, nextWord));
  }
  return dash && space ? Math.max(sep, COMMA) : sep;
}

const LONG_RUN = /(.)\1{2,}/g;

/** Digits written for the letters they look like: "v1de0", "t3ams", "z00m". */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LEET_DIGITS = /[013457]/g;

function wordText(text: string, start: number, end: number, apostrophe: boolean, longRun: boolean, leet: boolean): string {
  let word = text.slice(start, end);
  if (leet) word = word.replace(LEET_DIGITS, (digit) => LEET[digit] ?? digit);
  if (apostrophe) word = word.replaceAll("'", '');
  // "videoooo" and "ikkkke" are emphasis, not new words; no Norwegian word has a letter three times.
  if (longRun) word = word.replace(LONG_RUN, '$1$1');
  return word;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  let singleLetters = 0;
  let spelled = false;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      const emoji = text.charCodeAt(i) >= 0xa9 ? emojiAt(text, i) : '';
      if (emoji) {
        previous = pushToken(tokens, previous, text, emoji, i, i + emoji.length);
        singleLetters = 0;
      }
      i += emoji.length || 1;
      continue;
    }
    const start = i;
    let apostrophe = false;
    let run = 1;
    let longRun = false;
    let digits = isDigit(text.charCodeAt(i)) ? 1 : 0;
    i++;
    for (;;) {
      if (i < text.length && isWordChar(text, i)) {
        run = text.charCodeAt(i) === text.charCodeAt(i - 1) ? run + 1 : 1;
        if (run === 3) longRun = true;
        if (isDigit(text.charCodeAt(i))) digits++;
        i++;
      } else if (text.charCodeAt(i) === 39 && i + 1 < text.length && isWordChar(text, i + 1)) {
        apostrophe = true;
        i++;
      } else break;
    }
    // Two letters or more around the digits: "b12" and "4g" stay as written.
    const leet = digits > 0 && i - start - digits >= 2;
    const token = pushToken(tokens, previous, text, wordText(text, start, i, apostrophe, longRun, leet), start, i);
    previous = token;
    singleLetters = isSingleLetter(token) ? singleLetters + 1 : 0;
    if (singleLetters === 3) spelled = true;
  }
  return spelled ? joinSpelledWords(text, tokens) : tokens;
}

function pushToken(tokens: Token[], previous: Token | undefined, text: string, word: string, start: number, end: number): Token {
  const token = { text: word, start, end, sep: previous ? gapStrength(text, previous.end, start, previous.text, word) : SPACE };
  tokens.push(token);
  return token;
}

function emojiAt(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  const ch = String.fromCodePoint(code);
  return PICTOGRAPH.test(ch) ? ch : '';
}

function isSingleLetter(t: Token): boolean {
  return t.text.length === 1 && !(t.text >= '0' && t.text <= '9');
}

/** Merges runs of three or more single letters with one-character gaps: "V I D E O" → "video". */
function joinSpelledWords(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    const first = tokens[i] as Token;
    if (isSingleLetter(first)) {
      for (; j < tokens.length; j++) {
        const prev = tokens[j - 1] as Token;
        const next = tokens[j] as Token;
        if (!isSingleLetter(next) || next.start - prev.end !== 1 || !SPELLING_GAPS.has(text[prev.end] ?? '')) break;
      }
    }
    if (j - i >= 3) {
      const run = tokens.slice(i, j);
      out.push({ text: run.map((t) => t.text).join(''), start: first.start, end: (run[run.length - 1] as Token).end, sep: first.sep });
    } else {
      out.push(...tokens.slice(i, j));
    }
    i = j;
  }
  return out;
}
