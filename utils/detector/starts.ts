/**
 * Words that may start a longer one (a stem, the "videofil" of "videofil*"), by initial and length:
 * a comment word is sliced and looked up only at the lengths one of them has, and most words start
 * with a letter none does. Where one does, a start whose second and last letters no added word of
 * its length has is ruled out before it is sliced: a new string to hash is the costly part of a
 * lookup.
 */
const NONE: readonly number[] = [];

/** Second letter, last letter and length of text's first `length` letters, packed into a small integer. */
const shape = (text: string, length: number) =>
  ((text.charCodeAt(1) & 0x3ff) << 16) | ((text.charCodeAt(length - 1) & 0x3ff) << 6) | (length & 0x3f);

export class WordStarts {
  /** Indexed by the initial's code unit: a Map would be looked up with a one-letter string per word. */
  private readonly lengths: number[][] = [];
  /** Shapes of the added words; a collision only costs a lookup. */
  private readonly shapes = new Set<number>();

  add(word: string): void {
    this.shapes.add(shape(word, word.length));
    this.addLength(word.charCodeAt(0), word.length);
  }

  /** A length words with this initial may start with, whatever their shape: lengthsFor lists it. */
  addLength(initial: number, length: number): void {
    const lengths = this.lengths[initial];
    if (!lengths) this.lengths[initial] = [length];
    else if (!lengths.includes(length)) {
      lengths.push(length);
      lengths.sort((a, b) => a - b);
    }
  }

  /** The lengths of added words with text's initial, shortest first; text.slice(0, length) is one of them. */
  lengthsFor(text: string): readonly number[] {
    return this.lengths[text.charCodeAt(0)] ?? NONE;
  }

  /** Whether text's first `length` letters may be an added word, as far as their shape tells. */
  mayStart(text: string, length: number): boolean {
    return this.shapes.has(shape(text, length));
  }
}
