/**
 * Text as a reader sees it on screen. A right-to-left override makes "\u202Eoediv\u202C" display as
 * "video": patients (or pasted text) can hide a word from a plain search that way, and the doctor
 * still reads it. Implements the parts of the Unicode Bidirectional Algorithm (UAX #9) that move
 * Latin text: explicit embeddings, overrides and isolates (X1–X8), neutrals taking the direction
 * around them (N1–N2), implicit levels (I1–I2), reordering (L2) and mirrored brackets (L4).
 * Runs only on text holding one of those controls, and costs a pass per nesting level at most.
 */

export interface View {
  /** The text in display order, without the bidi controls. */
  text: string;
  /** Source index of each code unit of `text`. */
  sources: number[];
}

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;
const MAX_DEPTH = 125;

export const isBidiControl = (code: number) => (code >= LRE && code <= RLO) || (code >= LRI && code <= PDI);

/** A character's direction: strong left-to-right, strong right-to-left, or neutral (spaces, punctuation). */
type Dir = 0 | 1 | 2;
const L: Dir = 0;
const R: Dir = 1;
const NEUTRAL: Dir = 2;

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: the right-to-left scripts patients use. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PARAGRAPH_END = new Set(['\n', '\r', '\u2029']);
const MIRRORED = new Map(['()', ')(', '[]', '][', '{}', '}{', '<>', '><', '«»', '»«', '‹›', '›‹'].map(([a, b]) => [a, b] as [string, string]));

function strongType(ch: string): Dir {
  if (RTL_LETTER.test(ch)) return R;
  return LETTER_OR_DIGIT.test(ch) ? L : NEUTRAL;
}

interface Entry {
  level: number;
  override: Dir;
  isolate: boolean;
}

interface Char {
  ch: string;
  source: number;
  level: number;
  type: Dir;
}

/** Display-order view of the source, or null where it holds no bidi control (the common case). */
export function displayView(source: string): View | null {
  let found = false;
  for (let i = 0; i < source.length && !found; i++) found = isBidiControl(source.charCodeAt(i));
  if (!found) return null;

  let text = '';
  const sources: number[] = [];
  let paragraph: Char[] = [];
  const flush = () => {
    for (const c of reorder(resolve(paragraph))) {
      text += c.ch;
      for (let k = 0; k < c.ch.length; k++) sources.push(c.source);
    }
    paragraph = [];
  };
  const chars = [...source];
  const firstStrong = firstStrongFrom(chars);
  let stack: Entry[] = [{ level: 0, override: NEUTRAL, isolate: false }];
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  let validIsolates = 0;
  let at = 0;
  chars.forEach((ch, i) => {
    const index = at;
    at += ch.length;
    if (PARAGRAPH_END.has(ch)) {
      flush();
      text += ch;
      sources.push(index);
      stack = [{ level: 0, override: NEUTRAL, isolate: false }];
      overflowIsolates = overflowEmbeddings = validIsolates = 0;
      return;
    }
    const top = stack[stack.length - 1] as Entry;
    const code = ch.codePointAt(0) ?? 0;
    if (!isBidiControl(code)) {
      paragraph.push({ ch, source: index, level: top.level, type: top.override === NEUTRAL ? strongType(ch) : top.override });
      return;
    }
    if (code === PDF) {
      if (overflowIsolates > 0) return;
      if (overflowEmbeddings > 0) overflowEmbeddings--;
      else if (!top.isolate && stack.length > 1) stack.pop();
      return;
    }
    if (code === PDI) {
      if (overflowIsolates > 0) overflowIsolates--;
      else if (validIsolates > 0) {
        overflowEmbeddings = 0;
        while (!(stack[stack.length - 1] as Entry).isolate) stack.pop();
        stack.pop();
        validIsolates--;
      }
      return;
    }
    const isolate = code >= LRI;
    const rtl = code === RLE || code === RLO || code === RLI || (code === FSI && firstStrong[i + 1] === R);
    const level = rtl ? (top.level + 1) | 1 : (top.level + 2) & ~1;
    if (level <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
      const override = code === RLO ? R : code === LRO ? L : NEUTRAL;
      stack.push({ level, override, isolate });
      if (isolate) validIsolates++;
    } else if (isolate) overflowIsolates++;
    else if (overflowIsolates === 0) overflowEmbeddings++;
  });
  flush();
  return { text, sources };
}

/** For FSI: the direction of the first strong character from each position on (an approximation of P2). */
function firstStrongFrom(chars: string[]): Dir[] {
  const out: Dir[] = new Array(chars.length + 1).fill(L);
  for (let i = chars.length - 1; i >= 0; i--) {
    const type = strongType(chars[i] as string);
    out[i] = type === NEUTRAL ? (out[i + 1] as Dir) : type;
  }
  return out;
}

/** Neutrals take the direction of strong neighbours that agree, else their embedding's; then implicit levels. */
function resolve(chars: Char[]): Char[] {
  const embedding = (i: number) => (chars[i] as Char).level;
  const direction = (level: number): Dir => (level % 2 ? R : L);
  for (let i = 0; i < chars.length; ) {
    const level = embedding(i);
    let runEnd = i;
    while (runEnd < chars.length && embedding(runEnd) === level) runEnd++;
    let previous = direction(Math.max(level, i > 0 ? embedding(i - 1) : 0));
    const last = direction(Math.max(level, runEnd < chars.length ? embedding(runEnd) : 0));
    for (let j = i; j < runEnd; ) {
      const type = (chars[j] as Char).type;
      if (type !== NEUTRAL) {
        previous = type;
        j++;
        continue;
      }
      let k = j;
      while (k < runEnd && (chars[k] as Char).type === NEUTRAL) k++;
      const next = k < runEnd ? (chars[k] as Char).type : last;
      const resolved = previous === next ? previous : direction(level);
      for (; j < k; j++) (chars[j] as Char).type = resolved;
    }
    i = runEnd;
  }
  for (const c of chars) if (c.type !== direction(c.level)) c.level++;
  return chars;
}

/** Reverses every run at or above each level, from the highest down to the lowest odd one (L2). */
function reorder(chars: Char[]): Char[] {
  let highest = 0;
  let lowestOdd = MAX_DEPTH + 2;
  for (const c of chars) {
    highest = Math.max(highest, c.level);
    if (c.level % 2) lowestOdd = Math.min(lowestOdd, c.level);
  }
  for (const c of chars) if (c.level % 2) c.ch = MIRRORED.get(c.ch) ?? c.ch;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < chars.length; ) {
      if ((chars[i] as Char).level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < chars.length && (chars[j] as Char).level >= level) j++;
      reverse(chars, i, j);
      i = j;
    }
  }
  return chars;
}

function reverse<T>(list: T[], from: number, to: number): void {
  for (let a = from, b = to - 1; a < b; a++, b--) [list[a], list[b]] = [list[b] as T, list[a] as T];
}
