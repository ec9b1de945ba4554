/**
 * Folds text so that every way a patient can dress up a word compares equal to its plain
 * lowercase spelling, while remembering where each folded character came from so a match can
 * be quoted from the original text. Text reordered by bidi controls is read as it displays.
 */
import { displayView, isBidiControl, type View } from './bidi';
import type { Match } from './types';

/**
 * Letters from other scripts that render like Latin ones. NFKD does not touch them, and a pasted
 * or auto-corrected "vіdeо" (Cyrillic і and о) must still read as "video". Keyed by the exact
 * code point because case matters: Greek capital Ν looks like N, its lowercase ν like v.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', А: 'a', В: 'b', в: 'b', е: 'e', Е: 'e', ё: 'e', Ё: 'e', і: 'i', І: 'i', ї: 'i', Ї: 'i',
  ј: 'j', Ј: 'j', К: 'k', к: 'k', М: 'm', м: 'm', Н: 'h', н: 'h', о: 'o', О: 'o', р: 'p', Р: 'p',
  с: 'c', С: 'c', Т: 't', т: 't', у: 'y', У: 'y', х: 'x', Х: 'x', ԁ: 'd', ѵ: 'v', Ѵ: 'v', ѕ: 's',
  Ѕ: 's', һ: 'h', Һ: 'h', ԛ: 'q', ԝ: 'w', Ԝ: 'w', ӏ: 'l', Ӏ: 'l',
  // Greek
  α: 'a', Α: 'a', Β: 'b', ε: 'e', Ε: 'e', Ζ: 'z', Η: 'h', ι: 'i', Ι: 'i', κ: 'k', Κ: 'k', Μ: 'm',
  ν: 'v', Ν: 'n', ο: 'o', Ο: 'o', ρ: 'p', Ρ: 'p', τ: 't', Τ: 't', υ: 'u', Υ: 'y', χ: 'x', Χ: 'x',
  // Latin oddities NFKD leaves alone
  ı: 'i', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  // Small capitals, a text-styling trick like full-width and mathematical letters, which NFKD does fold
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // Typographic apostrophes, so "don’t" tokenizes like "don't"
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
};

/** Combining marks (accents) and invisible format characters (zero-width space, soft hyphen). */
const DROPPED = /[\p{M}\p{Cf}]/gu;

const foldedChar = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldedChar.get(ch);
  if (out === undefined) {
    // Full-width and mathematical letters decompose under NFKD; accents split off as marks.
    out = '';
    for (const part of ch.normalize('NFKD').replace(DROPPED, '')) {
      out += LOOKALIKES[part] ?? part.toLowerCase().replace(DROPPED, '');
    }
    foldedChar.set(ch, out);
  }
  return out;
}

export interface Folded {
  text: string;
  /** Index in the read text (the source, or its view) of each folded character; null when every index is kept. */
  sources: number[] | null;
  /** The source in display order, where bidi controls reorder it on screen; null for plain text. */
  view: View | null;
}

/**
 * What folding changes beyond lowercasing: all but ASCII (save the backtick), æ and ø, letters of
 * their own. Tested for first, as most comments hold none and a replace costs them more.
 */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7fæøÆØ]/gu;
const FOLDS_ANY = new RegExp(NEEDS_FOLDING.source);
let lengthChanged = false;
let reordered = false;

function foldMatched(ch: string): string {
  if (isBidiControl(ch.charCodeAt(0))) reordered = true;
  const out = foldChar(ch);
  if (out.length !== ch.length) lengthChanged = true;
  return out;
}

export function fold(source: string): Folded {
  // Accented letters, emoji and look-alikes usually fold to as many code units as they had, so
  // indices carry over and no map is needed. ASCII is lowercased after look-alikes are mapped,
  // as Greek Ν (N) and ν (v) lowercase to the same letter.
  lengthChanged = false;
  reordered = false;
  const text = (FOLDS_ANY.test(source) ? source.replace(NEEDS_FOLDING, foldMatched) : source).toLowerCase();
  const view = reordered ? displayView(source) : null;
  if (view) return { ...foldWithSources(view.text), view };
  return lengthChanged ? { ...foldWithSources(source), view: null } : { text, sources: null, view: null };
}

function foldWithSources(read: string): { text: string; sources: number[] } {
  let text = '';
  const sources: number[] = [];
  let i = 0;
  for (const ch of read) {
    const out = ch.charCodeAt(0) < 0x80 && ch !== '`' ? ch.toLowerCase() : foldChar(ch);
    text += out;
    for (let k = 0; k < out.length; k++) sources.push(i);
    i += ch.length;
  }
  return { text, sources };
}

const charLength = (text: string, at: number) => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/**
 * The source span covering a folded span, and its words as the reader sees them: the source text
 * itself, or where bidi controls reorder it, the displayed characters without the controls.
 */
export function matchAt(folded: Folded, source: string, start: number, end: number): Match {
  const { sources, view } = folded;
  const read = view ? view.text : source;
  let from = start;
  let to = end;
  if (sources) {
    from = sources[start] ?? 0;
    const last = sources[end - 1] ?? 0;
    to = last + charLength(read, last);
  }
  const text = read.slice(from, to);
  if (!view) return { start: from, end: to, text };
  // Display order is not source order: the span runs from the first to the last source index shown.
  let first = source.length;
  let last = 0;
  for (let i = from; i < to; i++) {
    const at = view.sources[i] ?? 0;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return { start: first, end: last + charLength(source, last), text };
}
