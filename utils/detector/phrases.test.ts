import { describe, expect, it } from 'vitest';
import * as categories from './categories';
import * as cues from './cues';
import * as mentions from './mentions';
import { fold } from './normalize';
import { parsePhrase, PhraseIndex } from './phrases';
import { tokenize } from './tokenize';

/** The long way every phrase used to take: fold, then tokenize as a comment is. */
function parsedTheLongWay(phrase: string) {
  const { text } = fold(phrase);
  return tokenize(text).map((t) => ({ text: t.text, prefix: text[t.end] === '*' }));
}

/** Every string in the detector's data modules, however deep. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const each of value) stringsIn(each, found);
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const each of Object.values(value)) stringsIn(each, found);
  return found;
}

describe('parsePhrase', () => {
  it('parses every phrase of the built-in data as the tokenizer would', () => {
    const phrases = stringsIn([categories, cues, mentions]);
    expect(phrases.length).toBeGreaterThan(1000);
    for (const phrase of phrases) expect(parsePhrase(phrase), phrase).toEqual(parsedTheLongWay(phrase));
  });

  it.each([
    'ring meg', 'videofil*', 'video*  call', 'Video', 'vídeo', 'vidddeo', 'v i d e o', 'i dag', 'a b c', 'a b', 'x a b c', 'på nett',
    'kjøre', 'ønsker', 'på', 'å ha', 'aå', 'å å å', "don't", 'b12 video', 'tlf.', 'e-konsultasjon', ' video',
  ])(
    'parses %j as the tokenizer would',
    (phrase) => expect(parsePhrase(phrase)).toEqual(parsedTheLongWay(phrase)),
  );
});

describe('PhraseIndex', () => {
  const tokensOf = (text: string) => tokenize(fold(text).text);

  it('finds the longest phrase at a word, the first added on a tie, whether plain or not', () => {
    const index = new PhraseIndex<string>();
    // "vídeo" is folded the long way, "video" split as plain text: both start with "video".
    index.add('video samtale', 'plain first');
    index.add('vídeo samtale', 'folded second');
    index.add('vídeo møte', 'folded first');
    index.add('video møte', 'plain second');
    index.add('video møte i dag', 'longest');
    expect(index.longestAt(tokensOf('video samtale'), 0)?.tag).toBe('plain first');
    expect(index.longestAt(tokensOf('video møte'), 0)?.tag).toBe('folded first');
    expect(index.longestAt(tokensOf('video møte i dag'), 0)?.tag).toBe('longest');
    expect(index.longestAt(tokensOf('ring video samtale'), 1)?.tag).toBe('plain first');
    expect(index.longestAt(tokensOf('video'), 0)).toBeNull();
    expect(index.maxWords).toBe(4);
  });

  it('lists the phrases a word may start, prefix phrases after the exact ones', () => {
    const index = new PhraseIndex<string>();
    index.add('videofil*', 'prefix');
    index.add('videofilm av', 'exact');
    expect(index.startingWith('videofilm').map(({ tag }) => tag)).toEqual(['exact', 'prefix']);
    expect(index.startingWith('video')).toEqual([]);
  });
});
