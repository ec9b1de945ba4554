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
const L = 0;
const R = 1;
const NEUTRAL = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PARAGRAPH_END = new Set([0x0a, 0x0d, 0x2029]);
const MIRRORED = new Map([...'()[]{}<>«»‹›'].map((ch, i, all) => [ch.codePointAt(0) ?? 0, all[i ^ 1]?.codePointAt(0) ?? 0]));

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are the right-to-left scripts patients use. */
function strongType(code: number): number {
  if ((code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return R;
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? L : NEUTRAL;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? L : NEUTRAL;
}

interface Entry {
  level: number;
  override: number;
  isolate: boolean;
}

/**
 * Display-order view of the source, or null where it holds no bidi control (the common case).
 * Characters live in typed arrays, so a long hostile comment costs no object per character.
 */
export function displayView(source: string): View | null {
  let found = false;
  for (let i = 0; i < source.length && !found; i++) found = isBidiControl(source.charCodeAt(i));
  if (!found) return null;

  // The kept characters (controls dropped): code point, source index, embedding level, direction.
  const codes = new Int32Array(source.length);
  const at = new Int32Array(source.length);
  const levels = new Uint8Array(source.length);
  const types = new Uint8Array(source.length);
  const firstStrong = firstStrongFrom(source);
  let count = 0;
  let paragraph = 0;
  let text = '';
  const sources: number[] = [];
  const flush = () => {
    resolve(levels, types, paragraph, count);
    for (const k of reorder(levels, paragraph, count)) {
      const code = codes[k] as number;
      const ch = String.fromCodePoint((levels[k] as number) % 2 ? (MIRRORED.get(code) ?? code) : code);
      text += ch;
      for (let unit = 0; unit < ch.length; unit++) sources.push(at[k] as number);
    }
    paragraph = count;
  };

  const base = (): Entry[] => [{ level: 0, override: NEUTRAL, isolate: false }];
  let stack = base();
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  let validIsolates = 0;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i) ?? 0;
    const index = i;
    i += code > 0xffff ? 2 : 1;
    const top = stack[stack.length - 1] as Entry;
    if (PARAGRAPH_END.has(code)) {
      flush();
      text += source[index];
      sources.push(index);
      stack = base();
      overflowIsolates = overflowEmbeddings = validIsolates = 0;
    } else if (!isBidiControl(code)) {
      codes[count] = code;
      at[count] = index;
      levels[count] = top.level;
      types[count] = top.override === NEUTRAL ? strongType(code) : top.override;
      count++;
    } else if (code === PDF) {
      if (overflowIsolates > 0) continue;
      if (overflowEmbeddings > 0) overflowEmbeddings--;
      else if (!top.isolate && stack.length > 1) stack.pop();
    } else if (code === PDI) {
      if (overflowIsolates > 0) overflowIsolates--;
      else if (validIsolates > 0) {
        overflowEmbeddings = 0;
        while (!(stack[stack.length - 1] as Entry).isolate) stack.pop();
        stack.pop();
        validIsolates--;
      }
    } else {
      const isolate = code >= LRI;
      const rtl = code === RLE || code === RLO || code === RLI || (code === FSI && firstStrong[i] === R);
      const level = rtl ? (top.level + 1) | 1 : (top.level + 2) & ~1;
      if (level <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
        stack.push({ level, override: code === RLO ? R : code === LRO ? L : NEUTRAL, isolate });
        if (isolate) validIsolates++;
      } else if (isolate) overflowIsolates++;
      else if (overflowIsolates === 0) overflowEmbeddings++;
    }
  }
  flush();
  return { text, sources };
}

/** For FSI: the direction of the first strong character from each source index on (an approximation of P2). */
function firstStrongFrom(source: string): Uint8Array {
  const out = new Uint8Array(source.length + 1);
  for (let i = source.length - 1; i >= 0; i--) {
    const code = source.charCodeAt(i);
    // A low surrogate's letter is judged at its high surrogate.
    const type = code >= 0xdc00 && code <= 0xdfff ? NEUTRAL : strongType(source.codePointAt(i) ?? 0);
    out[i] = type === NEUTRAL ? (out[i + 1] as number) : type;
  }
  return out;
}

/** Neutrals take the direction of strong neighbours that agree, else their embedding's; then implicit levels. */
function resolve(levels: Uint8Array, types: Uint8Array, from: number, to: number): void {
  const direction = (level: number) => (level % 2 ? R : L);
  for (let i = from; i < to; ) {
    const level = levels[i] as number;
    let runEnd = i;
    while (runEnd < to && levels[runEnd] === level) runEnd++;
    let previous = direction(Math.max(level, i > from ? (levels[i - 1] as number) : 0));
    const last = direction(Math.max(level, runEnd < to ? (levels[runEnd] as number) : 0));
    for (let j = i; j < runEnd; ) {
      if (types[j] !== NEUTRAL) {
        previous = types[j] as number;
        j++;
        continue;
      }
      let k = j;
      while (k < runEnd && types[k] === NEUTRAL) k++;
      const next = k < runEnd ? (types[k] as number) : last;
      types.fill(previous === next ? previous : direction(level), j, k);
      j = k;
    }
    i = runEnd;
  }
  for (let i = from; i < to; i++) if (types[i] !== direction(levels[i] as number)) levels[i] = (levels[i] as number) + 1;
}

/** Display order of [from, to): every run at or above each level reversed, from the highest down to the lowest odd one (L2). */
function reorder(levels: Uint8Array, from: number, to: number): Int32Array {
  const order = new Int32Array(to - from);
  let highest = 0;
  let lowestOdd = MAX_DEPTH + 2;
  for (let k = from; k < to; k++) {
    order[k - from] = k;
    const level = levels[k] as number;
    highest = Math.max(highest, level);
    if (level % 2) lowestOdd = Math.min(lowestOdd, level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if ((levels[order[i] as number] as number) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (levels[order[j] as number] as number) >= level) j++;
      order.subarray(i, j).reverse();
      i = j;
    }
  }
  return order;
}
