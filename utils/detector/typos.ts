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
