/**
 * Spellings one slip away from a word: one letter dropped, added or replaced, or two letters
 * swapped when they are neighbours or one apart ("vido", "videio", "vidio", "vidoe", "vedio").
 * Generated once, so checking a comment word is a set lookup instead of an edit-distance
 * computation.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøß';

/**
 * Keeps the first letter, as phone typos rarely hit it and dropping that rule makes "ideo" or
 * "rideo" matches of nothing a patient meant. Very short results are too close to real words.
 */
export function typoVariants(word: string): Set<string> {
  const out = new Set<string>();
  const add = (candidate: string) => {
    if (candidate !== word && candidate[0] === word[0] && candidate.length >= 4) out.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1));
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2));
    if (tail.length > 2) add(head + tail[2] + tail[1] + tail[0] + tail.slice(3));
    for (const letter of ALPHABET) {
      add(head + letter + tail);
      if (tail) add(head + letter + tail.slice(1));
    }
  }
  return out;
}

// Functions of their own rather than closures: stems are checked against long suffixes on every
// comment, and a closure would be allocated per check.
const isLetter = (ch: string | undefined) => ALPHABET.includes(ch ?? '');
const endsAlike = (a: string, from: number, b: string, bFrom: number) => a.slice(from) === b.slice(bFrom);

/**
 * Whether candidate is one of typoVariants(word), without building the set: for the long words
 * (suffixes such as "konsultasjon") whose variants would cost more to list than to check.
 */
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
