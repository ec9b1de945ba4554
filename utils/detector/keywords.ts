/**
 * Finds category keywords in a token list. Stems are looked up by their leading letters instead of
 * expanding every typo × suffix combination, which keeps the compiled index small enough for a
 * content script in every timebook tab.
 */
import type { CategoryData, Stem } from './categories';
import { Generations } from './generations';
import { longestOf, normalForm, PhraseIndex, type Entry } from './phrases';
import { WordStarts } from './starts';
import { SPACE, type Token } from './tokenize';
import { isTypoOf } from './typos';

interface Head {
  rank: number;
  suffixes: Suffixes;
  /** Exact stem of an openCompounds category: any ending counts. */
  open: boolean;
  /** Not a keyword without a suffix ("nett" alone). */
  suffixRequired: boolean;
}

export interface KeywordHit {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Index of the category; lower wins. */
  rank: number;
  /** What followed the stem, joined or as the next word ("møter" in "videomøter"); '' for none. */
  suffix: string;
  /** Names a call only where a wish or a question speaks of it ("kan vi ta det på nett?"). */
  needsWish: boolean;
}

interface PhraseTag {
  rank: number;
  needsWish: boolean;
}

/**
 * A stem that forgives one slip ("vidoe"). Its slips are checked word by word (isTypoOf) instead of
 * listed: listing them took about 2,000 strings to make, hash and add before the first comment
 * could be judged, on every page load; checking costs a few comparisons per distinct word.
 */
interface TypoStem {
  word: string;
  initial: number;
  head: Head;
  notTypos: ReadonlySet<string>;
  /** When it was added: where a slip of it is also a stem's own spelling, the one added first wins. */
  order: number;
}

/** What may start at a word. */
interface Openings {
  /** Stems the word starts with, shortest first. */
  heads: { length: number; head: Head }[];
  phrases: Entry<PhraseTag>[];
  /** May be the first part of a stem split in two. */
  splitStart: boolean;
}

/**
 * Distinct words whose openings are kept per generation: one lookup per word then answers what
 * would otherwise take a lookup per stem length, phrase and split.
 */
const WORDS_KEPT = 5_000;

/** The shortest part of a stem split in two that still reads as part of it. */
const MIN_PART = 2;

/** Suffixes long enough that a slip in them is still unmistakable ("konsultasjonn"). */
const TYPO_SAFE_SUFFIX = 10;

/** The words that may follow a stem, forgiving a slip in the long ones. */
class Suffixes {
  private readonly words: ReadonlySet<string>;
  private readonly long: string[];

  constructor(words: readonly string[]) {
    this.words = new Set(words.map(normalForm));
    this.long = [...this.words].filter((word) => word.length >= TYPO_SAFE_SUFFIX);
  }

  has(text: string): boolean {
    if (this.words.has(text)) return true;
    return text.length >= TYPO_SAFE_SUFFIX - 1 && this.long.some((word) => isTypoOf(text, word));
  }
}

export class KeywordIndex {
  private readonly heads = new Map<string, { head: Head; order: number }>();
  private readonly headStarts = new WordStarts();
  private readonly typoStems: TypoStem[] = [];
  /** Stems and typo stems added so far: their order. */
  private added = 0;
  private readonly phrases = new PhraseIndex<PhraseTag>();
  /** Stems as written, by rank, for a stem split in two ("vid eo", "VID-EO"). */
  private readonly wholeStems = new Map<string, number>();
  /** The first parts such a split can leave: "vi", "vid", "vide" of "video". */
  private readonly stemStarts = new Set<string>();
  private readonly openings = new Generations<Openings>(WORDS_KEPT);

  constructor(categories: readonly CategoryData[]) {
    const suffixLists = new Map<readonly string[], Suffixes>();
    const suffixesOf = (words: readonly string[]) => {
      let suffixes = suffixLists.get(words);
      if (!suffixes) suffixLists.set(words, (suffixes = new Suffixes(words)));
      return suffixes;
    };
    categories.forEach((category, rank) => {
      for (const stem of category.stems) this.addStem(stem, rank, suffixesOf(stem.suffixes ?? category.suffixes));
      for (const phrase of category.phrases) this.phrases.add(phrase, { rank, needsWish: false });
      for (const phrase of category.askedPhrases ?? []) this.phrases.add(phrase, { rank, needsWish: true });
    });
  }

  private addStem(stem: Stem, rank: number, suffixes: Suffixes): void {
    const word = normalForm(stem.word);
    const suffixRequired = stem.suffixRequired === true;
    if (!suffixRequired && !this.wholeStems.has(word)) {
      this.wholeStems.set(word, rank);
      for (let length = MIN_PART; length <= word.length - MIN_PART; length++) this.stemStarts.add(word.slice(0, length));
    }
    // Earlier categories keep a spelling both could claim.
    if (!this.heads.has(word)) {
      this.heads.set(word, { head: { rank, suffixes, open: stem.openCompounds === true, suffixRequired }, order: this.added++ });
      this.headStarts.add(word);
    }
    if (!stem.typos) return;
    const notTypos = new Set(stem.notTypos?.map(normalForm));
    this.typoStems.push({ word, initial: word.charCodeAt(0), head: { rank, suffixes, open: false, suffixRequired }, notTypos, order: this.added++ });
    // A slip adds, drops or swaps letters: one letter longer or shorter at most.
    for (const length of [word.length - 1, word.length, word.length + 1]) this.headStarts.addLength(word.charCodeAt(0), length);
  }

  /** The stem (or a slip of one) that text's first `length` letters spell, if any. */
  private headAt(text: string, length: number): Head | undefined {
    const exact = this.headStarts.mayStart(text, length) ? this.heads.get(text.slice(0, length)) : undefined;
    const initial = text.charCodeAt(0);
    for (const typo of this.typoStems) {
      if (exact && typo.order > exact.order) break;
      if (typo.initial !== initial || Math.abs(typo.word.length - length) > 1) continue;
      const start = text.slice(0, length);
      if (isTypoOf(start, typo.word) && !typo.notTypos.has(start)) return typo.head;
    }
    return exact?.head;
  }

  /** All keywords, left to right; where several start at one word the longest wins. */
  find(tokens: Token[]): KeywordHit[] {
    const hits: KeywordHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      const openings = this.openings.get((tokens[i] as Token).text, this.openingsOf);
      const hit = longestAt(openings, tokens, i) ?? this.splitAt(openings, tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  /**
   * A stem split by one space or hyphen into parts of two letters or more: "vid eo", "vi-deo". A
   * single letter split off ("vide o") is too easily a word of its own.
   */
  private splitAt(openings: Openings, tokens: Token[], i: number): KeywordHit | null {
    const head = tokens[i] as Token;
    const tail = tokens[i + 1];
    if (!openings.splitStart || !tail || tail.sep !== SPACE || tail.start - head.end !== 1) return null;
    const rank = this.wholeStems.get(head.text + tail.text);
    return rank === undefined ? null : { first: i, end: i + 2, rank, suffix: '', needsWish: false };
  }

  private readonly openingsOf = (text: string): Openings => {
    const heads: Openings['heads'] = [];
    for (const length of this.headStarts.lengthsFor(text)) {
      if (length > text.length) break;
      const head = this.headAt(text, length);
      if (head) heads.push({ length, head });
    }
    return { heads, phrases: this.phrases.startingWith(text), splitStart: this.stemStarts.has(text) };
  };
}

/** The longest keyword at token i; on a tie, the higher-priority one. */
function longestAt({ heads, phrases }: Openings, tokens: Token[], i: number): KeywordHit | null {
  let best: KeywordHit | null = null;
  for (const { length, head } of heads) {
    const hit = stemHit(head, tokens, i, length);
    if (hit && (!best || hit.end > best.end || (hit.end === best.end && hit.rank < best.rank))) best = hit;
  }
  const phrase = phrases.length > 0 ? longestOf(phrases, tokens, i) : null;
  const end = phrase ? i + phrase.words.length : 0;
  if (phrase && (!best || end > best.end || (end === best.end && phrase.tag.rank < best.rank))) {
    best = { first: i, end, rank: phrase.tag.rank, suffix: '', needsWish: phrase.tag.needsWish };
  }
  return best;
}

/** The stem's hit at token i: alone, joined to a suffix ("videotime") or followed by one ("video time"). */
function stemHit(head: Head, tokens: Token[], i: number, headLength: number): KeywordHit | null {
  const { rank } = head;
  const text = (tokens[i] as Token).text;
  if (headLength < text.length) {
    const suffix = text.slice(headLength);
    // "netttime" is written (and tokenized) "nettime": the stem's last letter starts the suffix too.
    const shared = text[headLength - 1] === text[headLength - 2] ? `${text[headLength - 1]}${suffix}` : '';
    if (head.suffixes.has(suffix) || head.open) return { first: i, end: i + 1, rank, suffix, needsWish: false };
    return shared && head.suffixes.has(shared) ? { first: i, end: i + 1, rank, suffix: shared, needsWish: false } : null;
  }
  const next = tokens[i + 1];
  if (next && next.sep === SPACE && head.suffixes.has(next.text)) return { first: i, end: i + 2, rank, suffix: next.text, needsWish: false };
  return head.suffixRequired ? null : { first: i, end: i + 1, rank, suffix: '', needsWish: false };
}
