/**
 * The detector: fold the text, split it into words, find category keywords, drop the ones that are
 * mentions (a recording, a past or busy call) or refusals, and answer with the highest-priority
 * wish left, quoted from the text.
 */
import { BUILT_IN_CATEGORIES, type CategoryData } from './categories';
import { mentioned } from './intent';
import { KeywordIndex, type KeywordHit } from './keywords';
import { followedByPhoneNumber, MENTION_PHRASES } from './mentions';
import { negated } from './negation';
import { fold, matchAt } from './normalize';
import { normalForm, PhraseIndex } from './phrases';
import { quoteRange } from './quote';
import { tokenize, type Token } from './tokenize';
import type { Decision, Detector, DetectorSettings, Match } from './types';

const VIDEO = 'video';

/** Built-in categories with the admin's keywords added; unknown ids become new categories. */
function withExtraKeywords(extra: Record<string, string[]>): CategoryData[] {
  const categories = BUILT_IN_CATEGORIES.map((c) => ({ ...c, phrases: [...c.phrases, ...(extra[c.id] ?? [])] }));
  for (const [id, phrases] of Object.entries(extra)) {
    if (!categories.some((c) => c.id === id)) categories.push({ id, stems: [], suffixes: [], phrases });
  }
  return categories;
}

interface Finding {
  rank: number;
  match: Match;
}

export function createDetector(settings: Partial<DetectorSettings> = {}): Detector {
  const categories = withExtraKeywords(settings.extraKeywords ?? {});
  const keywords = new KeywordIndex(categories);
  const exclusions = new PhraseIndex<true>();
  for (const phrase of [...MENTION_PHRASES, ...(settings.extraExclusions ?? [])]) {
    exclusions.add(phrase, true);
  }
  const videoRank = categories.findIndex((c) => c.id === VIDEO);
  const videoTypes = new Set((settings.videoTypes ?? []).map(normalForm).filter(Boolean));

  /** Inside an exclusion phrase or followed by a phone number: a mention, not a wish. */
  function excluded(tokens: Token[], hit: KeywordHit): boolean {
    for (let i = Math.max(0, hit.first - exclusions.maxWords + 1); i < hit.end; i++) {
      const exclusion = exclusions.longestAt(tokens, i);
      if (exclusion && i + exclusion.words.length > hit.first) return true;
    }
    return followedByPhoneNumber(tokens, hit.end);
  }

  /** The highest-priority keyword the text asks for, quoted from the text. */
  function analyse(source: string): Finding | null {
    const folded = fold(source);
    const tokens = tokenize(folded.text);
    const hits = keywords.find(tokens);
    if (hits.length === 0) return null;

    // Each step reads the whole comment again, so stop once no keyword is left to read it for.
    const kept = hits.filter((hit) => !excluded(tokens, hit));
    if (kept.length === 0) return null;
    const mentions = mentioned(folded.text, tokens, kept);
    const asked = kept.filter((_, i) => !mentions[i]);
    if (asked.length === 0) return null;
    const refused = negated(tokens, asked);
    const wanted = asked.filter((_, i) => !refused[i]);

    let best: KeywordHit | undefined;
    for (const hit of wanted) if (!best || hit.rank < best.rank) best = hit;
    if (!best) return null;
    const [first, end] = quoteRange(tokens, best, wanted);
    return { rank: best.rank, match: matchAt(folded, source, (tokens[first] as Token).start, (tokens[end - 1] as Token).end) };
  }

  /** Admin-listed types compare by their words, ignoring case, accents and spacing. */
  function analyseType(type: string): Finding | null {
    if (videoTypes.has(normalForm(type))) {
      const start = type.length - type.trimStart().length;
      const end = type.trimEnd().length;
      return { rank: videoRank, match: { start, end, text: type.slice(start, end) } };
    }
    return analyse(type);
  }

  return ({ comment, type }): Decision => {
    const fromType = type ? analyseType(type) : null;
    const fromComment = analyse(comment);
    // Lower rank wins (a video wish beats a phone type); on a tie the booked type decides.
    const [finding, source] =
      fromType && (!fromComment || fromType.rank <= fromComment.rank)
        ? [fromType, 'type' as const]
        : fromComment
          ? [fromComment, 'comment' as const]
          : [null, null];
    if (!finding) return { category: 'other', source: null, match: null };
    return { category: (categories[finding.rank] as CategoryData).id, source, match: finding.match };
  }
}
