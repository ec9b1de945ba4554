/**
 * Finds category keywords in a token list. Stems are looked up by their leading letters instead of
 * expanding every typo × suffix combination, which keeps the compiled index small enough for a
 * content script in every timebook tab.
 */
import type { CategoryData } from './categories';
import { normalForm, parsePhrase, PhraseIndex } from './phrases';
import { SPACE, type Token } from './tokenize';
import { typoVariants } from './typos';

interface Head {
  rank: number;
  suffixes: ReadonlySet<string>;
  /** Exact stem of an openCompounds category: any ending counts. */
  open: boolean;
}

export interface KeywordHit {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Index of the category; lower wins. */
  rank: number;
}

export class KeywordIndex {
  private readonly heads = new Map<string, Head>();
  private readonly headLengths: number[] = [];
  private readonly initials = new Set<string>();
  private readonly phrases = new PhraseIndex<number>();

  constructor(categories: readonly CategoryData[]) {
    categories.forEach((category, rank) => {
      const suffixes = new Set(category.suffixes.map(normalForm));
      for (const stem of category.stems) {
        const word = normalForm(stem.word);
        this.addHead(word, { rank, suffixes, open: stem.openCompounds === true });
        if (!stem.typos) continue;
        const notTypos = new Set(stem.notTypos?.map(normalForm));
        for (const typo of typoVariants(word)) {
          if (!notTypos.has(typo)) this.addHead(typo, { rank, suffixes, open: false });
        }
      }
      for (const phrase of category.phrases) this.phrases.add(parsePhrase(phrase), rank);
    });
    this.headLengths.sort((a, b) => a - b);
  }

  private addHead(word: string, head: Head): void {
    // Earlier categories keep a spelling both could claim.
    if (this.heads.has(word)) return;
    this.heads.set(word, head);
    this.initials.add(word[0] ?? '');
    if (!this.headLengths.includes(word.length)) this.headLengths.push(word.length);
  }

  /** All keywords, left to right; where several start at one word the longest wins. */
  find(tokens: Token[]): KeywordHit[] {
    const hits: KeywordHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private longestAt(tokens: Token[], i: number): KeywordHit | null {
    let length = 0;
    let rank = 0;
    const text = (tokens[i] as Token).text;
    if (this.initials.has(text[0] ?? '')) {
      for (const headLength of this.headLengths) {
        if (headLength > text.length) break;
        const head = this.heads.get(headLength === text.length ? text : text.slice(0, headLength));
        if (!head) continue;
        let found = 0;
        if (headLength < text.length) {
          if (head.open || head.suffixes.has(text.slice(headLength))) found = 1;
        } else {
          const next = tokens[i + 1];
          found = next && next.sep === SPACE && head.suffixes.has(next.text) ? 2 : 1;
        }
        if (found > length || (found === length && head.rank < rank)) {
          length = found;
          rank = head.rank;
        }
      }
    }
    const phrase = this.phrases.longestAt(tokens, i);
    if (phrase && (phrase.words.length > length || (phrase.words.length === length && phrase.tag < rank))) {
      length = phrase.words.length;
      rank = phrase.tag;
    }
    return length ? { first: i, end: i + length, rank } : null;
  }
}
