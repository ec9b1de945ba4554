/**
 * Word-sequence patterns ("ring meg", "videofil*") looked up by their first word, so a comment
 * costs one map lookup per word however many keywords and exclusions an admin adds.
 */
import { onFirstUse } from './lazy';
import { fold } from './normalize';
import { WordStarts } from './starts';
import { SPACE, tokenize, type Token } from './tokenize';

export interface Word {
  text: string;
  /** Written with a trailing *, so it matches any word that starts with it. */
  prefix: boolean;
}

/**
 * Most data phrases are lowercase words of a to z, æ, ø and å, which folding and tokenizing only
 * split (and fold å to a): no other accents, digits, apostrophes, runs of three letters or letters
 * spelled out one by one. The detector takes in over a thousand of them before it judges a page's
 * first comment, which waits for them: telling them plain costs a fraction of what tokenizing
 * does, and PhraseIndex splits them into words only once their first word is looked up.
 */
const PLAIN = /^[a-zæø]+\*?(?: [a-zæø]+\*?)*$/;
const LONG_RUN_OR_SPELLED = /(.)\1\1|(?:^| )[a-zæø] [a-zæø] [a-zæø](?: |$)/;

/** A plain phrase's folded text, whose words a single space parts; null for any other. */
function plainText(phrase: string): string | null {
  const plain = phrase.replaceAll('å', 'a');
  return PLAIN.test(plain) && !LONG_RUN_OR_SPELLED.test(plain) ? plain : null;
}

const plainWords = (plain: string): Word[] =>
  plain.split(' ').map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false }));

/** The long way, for phrases that are not plain: folded and tokenized as a comment is. */
function foldedWords(phrase: string): Word[] {
  const { text } = fold(phrase);
  return tokenize(text).map((t) => ({ text: t.text, prefix: text[t.end] === '*' }));
}

/** Folds and splits a phrase the same way comments are, so data is written in plain spelling. */
export function parsePhrase(phrase: string): Word[] {
  const plain = plainText(phrase);
  return plain === null ? foldedWords(phrase) : plainWords(plain);
}

/** A text's folded words joined by single spaces: how data words and admin entries compare. */
export function normalForm(text: string): string {
  return parsePhrase(text).map((w) => w.text).join(' ');
}

/** Folded words to look up, folded on the first lookup (see onFirstUse). */
export function wordSet(list: string[]): { has(word: string): boolean } {
  const words = onFirstUse(() => new Set(list.map(normalForm)));
  return { has: (word) => words().has(word) };
}

function wordMatches(word: Word, token: Token): boolean {
  return word.prefix ? token.text.startsWith(word.text) : token.text === word.text;
}

export interface Entry<T> {
  words: Word[];
  tag: T;
}

/** Whether the entry's words are the tokens from i on, as one run of words ("video, time" is two). */
function matchesFrom(words: Word[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k];
    if (!token || (k > 0 && token.sep !== SPACE) || !wordMatches(words[k] as Word, token)) return false;
  }
  return true;
}

/**
 * The phrases starting with one word: those split into words, then plain ones added after them and
 * not yet split. The cue and negation lists hold about a thousand phrases, which a page's first
 * comments would otherwise wait for, and most start with a word those comments never use: a word's
 * phrases are split when it is first looked up. One map lookup finds both, on a path taken for
 * every word of every comment.
 */
interface FirstWord<T> {
  entries: Entry<T>[];
  unsplit?: [string, T][];
}

export class PhraseIndex<T> {
  private readonly exact = new Map<string, FirstWord<T>>();
  /** Keyed by first letter, in the order added, which decides a tie. */
  private readonly prefixed = new Map<string, Entry<T>[]>();
  /** The prefix phrases' first words: a word starting with none of them need not scan its letter's list. */
  private readonly prefixWords = new Set<string>();
  private readonly prefixStarts = new WordStarts();
  /** Longest phrase, in words; how far back a phrase overlapping a given word can start. */
  maxWords = 0;

  add(phrase: string, tag: T): void {
    const plain = plainText(phrase);
    if (plain === null) return this.addWords(foldedWords(phrase), tag);
    const space = plain.indexOf(' ');
    const first = space < 0 ? plain : plain.slice(0, space);
    if (first.endsWith('*')) return this.addWords(plainWords(plain), tag);
    const phrases = this.exact.get(first);
    if (!phrases) this.exact.set(first, { entries: [], unsplit: [[plain, tag]] });
    else (phrases.unsplit ??= []).push([plain, tag]);
    let words = 1;
    for (let at = space; at >= 0; at = plain.indexOf(' ', at + 1)) words++;
    this.maxWords = Math.max(this.maxWords, words);
  }

  /** A word's phrases, split now if they were not yet; in the order added, which decides a tie. */
  private exactFor(text: string): Entry<T>[] | undefined {
    const phrases = this.exact.get(text);
    if (phrases?.unsplit) split(phrases);
    return phrases?.entries;
  }

  private addWords(words: Word[], tag: T): void {
    const first = words[0];
    if (!first) return;
    const entry = { words, tag };
    if (first.prefix) {
      const key = first.text[0] ?? '';
      const list = this.prefixed.get(key);
      if (list) list.push(entry);
      else this.prefixed.set(key, [entry]);
      this.prefixWords.add(first.text);
      this.prefixStarts.add(first.text);
    } else {
      const phrases = this.exact.get(first.text);
      // Phrases added before it with the same first word, still unsplit, go first.
      if (phrases?.unsplit) split(phrases);
      if (phrases) phrases.entries.push(entry);
      else this.exact.set(first.text, { entries: [entry] });
    }
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** The longest phrase whose words are the tokens from i on; on a tie, the one added first. */
  longestAt(tokens: Token[], i: number): Entry<T> | null {
    const { text } = tokens[i] as Token;
    const exact = this.exactFor(text);
    const best = exact ? longer(null, exact, tokens, i) : null;
    // Cues and negators have no prefix phrases, and they are looked up for every word.
    if (this.prefixed.size === 0 || !this.startsWithPrefix(text)) return best;
    return longer(best, this.prefixed.get(text[0] ?? '') as Entry<T>[], tokens, i);
  }

  /** The phrases a word may start, for a caller that keeps them: longestOf these is longestAt. */
  startingWith(text: string): Entry<T>[] {
    const exact = this.exactFor(text) ?? [];
    if (!this.startsWithPrefix(text)) return exact;
    const prefixed = this.prefixed.get(text[0] ?? '') as Entry<T>[];
    return [...exact, ...prefixed.filter((entry) => text.startsWith((entry.words[0] as Word).text))];
  }

  private startsWithPrefix(text: string): boolean {
    for (const length of this.prefixStarts.lengthsFor(text)) {
      if (length > text.length) return false;
      if (this.prefixStarts.mayStart(text, length) && this.prefixWords.has(length === text.length ? text : text.slice(0, length))) return true;
    }
    return false;
  }
}

function split<T>(phrases: FirstWord<T>): void {
  for (const [plain, tag] of phrases.unsplit ?? []) phrases.entries.push({ words: plainWords(plain), tag });
  phrases.unsplit = undefined;
}

/** The longest of the entries whose words are the tokens from i on; on a tie, the first. */
export function longestOf<T>(entries: Entry<T>[], tokens: Token[], i: number): Entry<T> | null {
  return longer(null, entries, tokens, i);
}

function longer<T>(best: Entry<T> | null, entries: Entry<T>[], tokens: Token[], i: number): Entry<T> | null {
  for (const entry of entries) {
    if ((!best || entry.words.length > best.words.length) && matchesFrom(entry.words, tokens, i)) best = entry;
  }
  return best;
}
