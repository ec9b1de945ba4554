/**
 * Tells a request for this appointment from a mention of a call: "hadde video i mars, nå må jeg
 * inn" had one, "har videomøter hele dagen" sits in them, "laget en video av anfallet" made one.
 * Each keyword is read with the cues of its own clause (cues.ts):
 * - a recording cue right before or after a bare stem ("video av utslettet") makes it a mention;
 * - otherwise the cue nearest before it, else after it, decides: a wish, or a past or busy call;
 * - without one, a wish earlier in the clause decides, else any past or busy cue in it;
 * - a plural ("videomøter") names several calls, a busy day rather than this appointment.
 * A past or busy call is asked for again when a clause wishes the same ("hadde video sist og vil
 * gjerne ha det igjen", "…, kan vi prøve på nytt?"). Everything is one pass over words and cues.
 */
import { CLAUSE_WORDS, CUES, GLUE_WORDS, PLURAL_SUFFIXES, type CueGroup, type CuePlace } from './cues';
import type { KeywordHit } from './keywords';
import { parsePhrase, PhraseIndex, wordSet } from './phrases';
import { COMMA, type Token } from './tokenize';

const CUE_INDEX = new PhraseIndex<CueGroup>();
for (const group of CUES) for (const phrase of group.phrases) CUE_INDEX.add(parsePhrase(phrase), group);
const GLUE = wordSet(GLUE_WORDS);
const PLURALS = wordSet(PLURAL_SUFFIXES);
/** Words that start a new clause inside a sentence. */
const STARTERS = wordSet(CLAUSE_WORDS);
const MAX_GLUE = 3;

interface Cue {
  group: CueGroup;
  /** Token range [first, end). */
  first: number;
  end: number;
}

/** What the cues of one clause add up to, for keywords no cue stands next to. */
interface ClauseCues {
  /** Where the first wish of the clause ends, if it has one that may stand before a keyword. */
  wishEnd: number;
  /** A past or busy cue anywhere in the clause. */
  context: boolean;
  /** Asks for the same again: a repeat cue with a wish or a question ("Samme nå?"). */
  asksAgain: boolean;
}

const WISH = 0;
const MENTION = 1;
/** A past or busy call, still asked for if a clause wishes the same again. */
const CONTEXT = 2;
type Reading = typeof WISH | typeof MENTION | typeof CONTEXT;

const reaches = (place: CuePlace, side: 'before' | 'after') => place === side || place === 'either' || place === 'clause';
const isWish = (group: CueGroup) => group.kind === 'request' || group.kind === 'repeat';

/** For each hit, whether it only mentions a call instead of asking for one. */
export function mentioned(text: string, tokens: Token[], hits: KeywordHit[]): boolean[] {
  const cues = findCues(tokens, hits);
  // Most comments hold no cue at all: nothing to read then.
  if (cues.length === 0 && !hits.some((hit) => PLURALS.has(hit.suffix))) return hits.map(() => false);
  const reader = new ClauseReader(text, tokens, hits, cues);
  return hits.map((hit) => reader.isMention(hit));
}

/** Cues left to right, longest first, never overlapping each other or a keyword. */
function findCues(tokens: Token[], hits: KeywordHit[]): Cue[] {
  const cues: Cue[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; ) {
    while (h < hits.length && (hits[h] as KeywordHit).end <= i) h++;
    const hit = hits[h];
    if (hit && hit.first <= i) {
      i = hit.end;
      continue;
    }
    const entry = CUE_INDEX.longestAt(tokens, i);
    const end = entry ? i + entry.words.length : i + 1;
    if (entry && (!hit || end <= hit.first)) cues.push({ group: entry.tag, first: i, end });
    i = entry && (!hit || end <= hit.first) ? end : i + 1;
  }
  return cues;
}

class ClauseReader {
  private readonly endingAt = new Map<number, Cue>();
  private readonly startingAt = new Map<number, Cue>();
  private readonly inHit = new Set<number>();
  /** Computed on first need: most comments are decided by the cue next to the keyword. */
  private clauseOf: number[] | null = null;
  private summaries: ClauseCues[] = [];
  private askedAgainLater: boolean[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly hits: KeywordHit[],
    private readonly cues: Cue[],
  ) {
    for (const cue of cues) {
      this.endingAt.set(cue.end - 1, cue);
      this.startingAt.set(cue.first, cue);
    }
    for (const hit of hits) for (let i = hit.first; i < hit.end; i++) this.inHit.add(i);
  }

  isMention(hit: KeywordHit): boolean {
    const reading = this.read(hit);
    if (reading !== CONTEXT) return reading === MENTION;
    const clause = this.clauses()[hit.first] as number;
    return !(this.summaries[clause] as ClauseCues).asksAgain && !this.askedAgainLater[clause];
  }

  private read(hit: KeywordHit): Reading {
    // Only a bare stem can be a recording: "videotime" and "Teams-lenke" name the call itself.
    const bare = hit.suffix === '';
    const governors = [this.governor(hit.first - 1, -1, 'before'), this.governor(hit.end, 1, 'after')].filter(
      (cue): cue is Cue => cue !== null && (bare || cue.group.kind !== 'recording'),
    );
    if (governors.some((cue) => cue.group.kind === 'recording')) return MENTION;
    const governor = governors[0];
    if (governor) return isWish(governor.group) ? WISH : CONTEXT;
    if (PLURALS.has(hit.suffix)) return CONTEXT;
    const clauseOf = this.clauses();
    const clause = this.summaries[clauseOf[hit.first] as number] as ClauseCues;
    if (clause.wishEnd <= hit.first) return WISH;
    return clause.context ? CONTEXT : WISH;
  }

  /** The cue next to a keyword, across at most a few glue words and never past its clause. */
  private governor(from: number, step: 1 | -1, side: 'before' | 'after'): Cue | null {
    const { tokens } = this;
    for (let k = from, glue = 0; k >= 0 && k < tokens.length; k += step) {
      if (startsClause(tokens, step < 0 ? k + 1 : k)) return null;
      const cue = (step < 0 ? this.endingAt : this.startingAt).get(k);
      if (cue) return reaches(cue.group.place, side) ? cue : null;
      if (this.inHit.has(k) || !GLUE.has((tokens[k] as Token).text) || ++glue > MAX_GLUE) return null;
    }
    return null;
  }

  /** Clause numbers of the tokens, with what each clause's cues add up to. */
  private clauses(): number[] {
    if (this.clauseOf) return this.clauseOf;
    const { tokens, text } = this;
    const clauseOf: number[] = [];
    const questions: boolean[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && startsClause(tokens, i)) questions.push(askedBetween(text, (tokens[i - 1] as Token).end, (tokens[i] as Token).start));
      clauseOf.push(questions.length);
    }
    questions.push(tokens.length > 0 && askedBetween(text, (tokens[tokens.length - 1] as Token).end, text.length));
    const summaries = questions.map((): ClauseCues => ({ wishEnd: Infinity, context: false, asksAgain: false }));
    const repeats = questions.map(() => false);
    const wishes = [...questions];
    for (const { group, first, end } of this.cues) {
      const clause = clauseOf[first] as number;
      const summary = summaries[clause] as ClauseCues;
      if (group.kind === 'request' && group.place !== 'after') summary.wishEnd = Math.min(summary.wishEnd, end);
      if ((group.kind === 'past' || group.kind === 'busy') && group.place === 'clause') summary.context = true;
      if (group.kind === 'repeat') repeats[clause] = true;
      if (group.kind === 'request') wishes[clause] = true;
    }
    summaries.forEach((summary, c) => {
      summary.asksAgain = (repeats[c] as boolean) && (wishes[c] as boolean);
    });
    // A later clause without a keyword of its own that asks again speaks of the call before it.
    const withHit = new Set(this.hits.map((hit) => clauseOf[hit.first]));
    const later = summaries.map(() => false);
    for (let c = summaries.length - 2; c >= 0; c--) {
      later[c] = (later[c + 1] as boolean) || ((summaries[c + 1] as ClauseCues).asksAgain && !withHit.has(c + 1));
    }
    this.summaries = summaries;
    this.askedAgainLater = later;
    return (this.clauseOf = clauseOf);
  }
}

function startsClause(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return i > 0 && token !== undefined && (token.sep >= COMMA || STARTERS.has(token.text));
}

function askedBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 63) return true;
  return false;
}
