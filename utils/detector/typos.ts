/**
 * Spellings one slip away from a word: one letter dropped, added or replaced, or two letters
 * swapped when they are neighbours or one apart ("vido", "videio", "vidio", "vidoe", "vedio").
 * The first letter stays, as phone typos rarely hit it and dropping that rule makes "ideo" or
 * "rideo" matches of nothing a patient meant; slips shorter than four letters are too close to
 * real words. Checked by comparing, never listed: a stem has hundreds of them.
 */

/** The letters a slip may add or put in place of another. */
export const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøß';

// Functions of their own rather than closures: stems are checked against long suffixes on every
// comment, and a closure would be allocated per check.
const isLetter = (ch: string | undefined) => ALPHABET.includes(ch ?? '');
const endsAlike = (a: string, from: number, b: string, bFrom: number) => a.slice(from) === b.slice(bFrom);

/** Whether candidate is one slip away from word, in one pass over the two. */
export function isTypoOf(candidate: string, word: string): boolean {
  if (candidate === word || candidate[0] !== word[0] || candidate.length < 4) return false;
  let i = 0;
  while (i < candidate.length && i < word.length && candidate[i] === word[i]) i++;
  switch (candidate.length - word.length) {
    case 1:
      return isLetter(candidate[i]) && endsAlike(candidate, i + 1, word, i);
    case -1:
      return endsAlike(candidate, i, word, i + 1);
    case 0:
      return (
        (isLetter(candidate[i]) && endsAlike(candidate, i + 1, word, i + 1)) ||
        (candidate[i] === word[i + 1] && candidate[i + 1] === word[i] && endsAlike(candidate, i + 2, word, i + 2)) ||
        (candidate[i] === word[i + 2] && candidate[i + 2] === word[i] && candidate[i + 1] === word[i + 1] && endsAlike(candidate, i + 3, word, i + 3))
      );
    default:
      return false;
  }
}
