/**
 * Words that may start a longer one (a stem, the "videofil" of "videofil*"), by initial and length:
 * a comment word is sliced and looked up only at the lengths one of them has, and most words start
 * with a letter none does.
 */
const NONE: readonly number[] = [];

export class WordStarts {
  private readonly lengths = new Map<string, number[]>();

  add(word: string): void {
    const initial = word[0] ?? '';
    const lengths = this.lengths.get(initial);
    if (!lengths) this.lengths.set(initial, [word.length]);
    else if (!lengths.includes(word.length)) {
      lengths.push(word.length);
      lengths.sort((a, b) => a - b);
    }
  }

  /** The lengths of added words with text's initial, shortest first; text.slice(0, length) is one of them. */
  lengthsFor(text: string): readonly number[] {
    return this.lengths.get(text[0] ?? '') ?? NONE;
  }
}
