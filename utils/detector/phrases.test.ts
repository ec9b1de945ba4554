import { describe, expect, it } from 'vitest';
import * as categories from './categories';
import * as cues from './cues';
import * as mentions from './mentions';
import { fold } from './normalize';
import { parsePhrase } from './phrases';
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
