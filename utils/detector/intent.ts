/**
 * Tells a request for this appointment from a mention of a call: "hadde video i mars, nå må jeg
 * inn" had one, "har videomøter hele dagen" sits in them, "laget en video av anfallet" made one.
 * Each keyword is read with the cues of its own clause (cues.ts):
 * - a recording cue right before or after a bare stem ("video av utslettet") makes it a mention;
 * - otherwise the cue nearest before it, else after it, decides: a wish, or a past or busy call;
 * - without one, a wish earlier in the clause decides, else any past or busy cue in it;
 * - a plural ("videomøter") names several calls, a busy day rather than this appointment, and an
 *   event ("videokonferanse", "Zoom-kurs") one the patient attends;
 * - a call the patient has ("har Teams") is busy only where its clause sets a clock time and asks
 *   nothing ("har Teams kl 10-11");
 * - a doctor's appointment ("videotime") is never busy, and a question about a call at work or
 *   school asks for it ("video på jobben?").
 * A past or busy call is asked for again when a clause wishes the same ("hadde video sist og vil
 * gjerne ha det igjen", "…, kan vi prøve på nytt?") or asks for it by a word pointing back ("har Teams
 * på jobb-pc, kan vi bruke det?"), unless that clause is itself told in the past ("hadde video i fjor,
 * det var fint"). A call named without a wish is a mention when a
 * later clause comes in person, unless that clause is an alternative ("ellers kommer jeg inn").
 * A keyword that names a call only where it is asked for ("på nett", "over PC") is a mention
 * without a wish beside it or before it in its clause, or a question.
 * Everything is one pass over words and cues.
 */
import {
  APPOINTMENT_SUFFIXES,
  BUSY_SUFFIXES,
  CLAUSE_WORDS,
  CLOCK_PREPOSITIONS,
  CUES,
  GLUE_WORDS,
  REFERENCE_WORDS,
  type CueGroup,
  type CuePlace,
} from './cues';
import type { KeywordHit } from './keywords';
import { negatorEndsAt } from './negation';
import { onFirstUse } from './lazy';
import { PhraseIndex, wordSet } from './phrases';
import { COMMA, type Token } from './tokenize';

const cueIndex = onFirstUse(() => {
  const index = new PhraseIndex<CueGroup>();
  for (const group of CUES) for (const phrase of group.phrases) index.add(phrase, group);
  return index;
});
const GLUE = wordSet(GLUE_WORDS);
const BUSY = wordSet(BUSY_SUFFIXES);
const REFERENCES = wordSet(REFERENCE_WORDS);
const APPOINTMENTS = wordSet(APPOINTMENT_SUFFIXES);
const CLOCK_WORDS = wordSet(CLOCK_PREPOSITIONS);
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
  /** A past or doubting cue anywhere in the clause. */
  past: boolean;
  /** A busy cue anywhere in the clause. */
  busy: boolean;
  repeat: boolean;
  /** A wish whose object points back to a call named before: "kan vi bruke det?". */
  refers: boolean;
  /** A request cue, or a question mark ending the clause ("Samme nå?"). */
  asks: boolean;
  /** A question mark ends the clause. */
  question: boolean;
  /** A clock time: "kl 9", "fram til kl 11". */
  clock: boolean;
  inPerson: boolean;
  alternative: boolean;
}

interface Clauses {
  /** The clause of each token, numbered from 0. */
  of: number[];
  cues: ClauseCues[];
  /** Whether a later clause without a keyword of its own asks for the same again. */
  askedAgainLater: boolean[];
  /** Whether a later clause comes in person instead, not as an alternative. */
  inPersonLater: boolean[];
}

const WISH = 0;
const MENTION = 1;
/** A past or busy call, still asked for if a clause wishes the same again. */
const CONTEXT = 2;
type Reading = typeof WISH | typeof MENTION | typeof CONTEXT;

const reaches = (place: CuePlace, side: 'before' | 'after') => place === side || place === 'either' || place === 'clause';
const isWish = (group: CueGroup) => group.kind === 'request' || group.kind === 'repeat';
/** Cues about the clause as a whole, never about the keyword beside them. */
const isClauseOnly = (group: CueGroup) => group.kind === 'in-person' || group.kind === 'alternative' || group.kind === 'clock';

/** For each hit, whether it only mentions a call instead of asking for one. */
export function mentioned(text: string, tokens: Token[], hits: KeywordHit[]): boolean[] {
  const cues = findCues(tokens, hits);
  // Most comments hold no cue at all: nothing to read then.
  if (cues.length === 0 && !hits.some((hit) => BUSY.has(hit.suffix) || hit.needsWish)) return hits.map(() => false);
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
    const entry = cueIndex().longestAt(tokens, i);
    const end = entry ? i + entry.words.length : i + 1;
    if (entry && (!hit || end <= hit.first)) {
      cues.push({ group: entry.tag, first: i, end });
      i = end;
    } else i++;
  }
  return cues;
}

class ClauseReader {
  private readonly endingAt = new Map<number, Cue>();
  private readonly startingAt = new Map<number, Cue>();
  private readonly inHit = new Set<number>();
  /** Read on first need: most keywords are decided by the cue next to them. */
  private clauses: Clauses | null = null;

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
    if (reading === WISH && hit.needsWish) return !this.spokenOf(hit);
    if (reading !== CONTEXT) return reading === MENTION;
    const { of, cues, askedAgainLater } = this.readClauses();
    const clause = of[hit.first] as number;
    const own = cues[clause] as ClauseCues;
    return !(own.repeat && own.asks) && !askedAgainLater[clause];
  }

  private read(hit: KeywordHit): Reading {
    // Only a bare stem can be a recording: "videotime" and "Teams-lenke" name the call itself.
    const bare = hit.suffix === '';
    // Nor is a doctor's appointment one of the calls of a patient's work, school or family life.
    const appointment = APPOINTMENTS.has(hit.suffix);
    const governors = [this.governor(hit.first - 1, -1, 'before'), this.governor(hit.end, 1, 'after')].filter(
      (cue): cue is Cue =>
        cue !== null &&
        !isClauseOnly(cue.group) &&
        (bare || cue.group.kind !== 'recording') &&
        !(appointment && (cue.group.kind === 'busy' || cue.group.kind === 'schedule')) &&
        (cue.group.kind !== 'schedule' || this.scheduled(hit)),
    );
    if (governors.some((cue) => cue.group.kind === 'recording')) return MENTION;
    const governor = governors[0];
    if (governor && isWish(governor.group)) return WISH;
    if (BUSY.has(hit.suffix) && !governor) return CONTEXT;
    const { of, cues, inPersonLater } = this.readClauses();
    const clause = cues[of[hit.first] as number] as ClauseCues;
    // A question about a call at work or school asks for it: "video på jobben i lunsjen?".
    if (governor) return governor.group.kind === 'busy' && clause.question ? WISH : CONTEXT;
    if (clause.wishEnd <= hit.first) return WISH;
    if (clause.past || (clause.busy && !appointment && !clause.question)) return CONTEXT;
    return !clause.asks && inPersonLater[of[hit.first] as number] ? MENTION : WISH;
  }

  /**
   * Whether a wish or a question speaks of a hit that names a call only then: a wish right beside it
   * ("helst over PC") or earlier in its clause ("kan vi ta samtalen på nett"), or a question.
   */
  private spokenOf(hit: KeywordHit): boolean {
    const beside = this.governor(hit.first - 1, -1, 'before') ?? this.governor(hit.end, 1, 'after');
    if (beside && isWish(beside.group)) return true;
    const { of, cues } = this.readClauses();
    const clause = cues[of[hit.first] as number] as ClauseCues;
    return clause.wishEnd <= hit.first || clause.question;
  }

  /** Whether the clause of a hit sets a clock time and asks nothing: "har Teams kl 10-11". */
  private scheduled(hit: KeywordHit): boolean {
    const { of, cues } = this.readClauses();
    const clause = cues[of[hit.first] as number] as ClauseCues;
    return clause.clock && !clause.asks;
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

  private readClauses(): Clauses {
    this.clauses ??= summarizeClauses(this.text, this.tokens, this.hits, this.cues);
    return this.clauses;
  }
}

function summarizeClauses(text: string, tokens: Token[], hits: KeywordHit[], found: Cue[]): Clauses {
  const of: number[] = [];
  const questions: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && startsClause(tokens, i)) questions.push(askedBetween(text, (tokens[i - 1] as Token).end, (tokens[i] as Token).start));
    of.push(questions.length);
  }
  questions.push(tokens.length > 0 && askedBetween(text, (tokens[tokens.length - 1] as Token).end, text.length));
  const cues = questions.map(
    (asks): ClauseCues => ({
      wishEnd: Infinity,
      past: false,
      busy: false,
      repeat: false,
      refers: false,
      asks,
      question: asks,
      clock: false,
      inPerson: false,
      alternative: false,
    }),
  );
  for (const { group, first, end } of found) {
    const clause = cues[of[first] as number] as ClauseCues;
    if (group.kind === 'request') {
      clause.asks = true;
      if (group.place !== 'after') {
        clause.wishEnd = Math.min(clause.wishEnd, end);
        if (refersBack(tokens, of, end)) clause.refers = true;
      } else if (first > 0 && of[first - 1] === of[first] && REFERENCES.has((tokens[first - 1] as Token).text)) {
        // "…, så det er enklest", "det passer fint": the call named before, approved.
        clause.refers = true;
      }
    }
    if ((group.kind === 'past' || group.kind === 'doubt') && group.place === 'clause') clause.past = true;
    if (group.kind === 'busy' && group.place === 'clause') clause.busy = true;
    if (group.kind === 'repeat') clause.repeat = true;
    if (group.kind === 'clock') clause.clock = true;
    // "Video, ikke oppmøte" turns coming in down.
    if (group.kind === 'in-person' && !negatorEndsAt(tokens, first - 1)) clause.inPerson = true;
    if (group.kind === 'alternative') clause.alternative = true;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (of[i] === of[i - 1] && isClockTime(text, tokens, i)) (cues[of[i] as number] as ClauseCues).clock = true;
  }
  // A later clause without a keyword of its own that asks again speaks of the call before it.
  const withHit = new Set(hits.map((hit) => of[hit.first]));
  const askedAgainLater = cues.map(() => false);
  const inPersonLater = cues.map(() => false);
  for (let c = cues.length - 2; c >= 0; c--) {
    const next = cues[c + 1] as ClauseCues;
    askedAgainLater[c] =
      (askedAgainLater[c + 1] as boolean) || ((next.repeat || next.refers) && next.asks && !next.past && !withHit.has(c + 1));
    inPersonLater[c] = (inPersonLater[c + 1] as boolean) || (next.inPerson && !next.alternative && !withHit.has(c + 1));
  }
  return { of, cues, askedAgainLater, inPersonLater };
}

/**
 * Whether the word at i points back to something named before and ends its clause, but for glue
 * and more pointing back: "kan vi bruke det?", "tar det der", "ønsker det nå"; not "kan den
 * forlenges?", where it is the subject.
 */
function refersBack(tokens: Token[], of: number[], i: number): boolean {
  const token = tokens[i];
  if (!token || !REFERENCES.has(token.text) || startsClause(tokens, i)) return false;
  for (let k = i + 1; k < tokens.length && of[k] === of[i]; k++) {
    const { text } = tokens[k] as Token;
    if (!GLUE.has(text) && !REFERENCES.has(text)) return false;
  }
  return true;
}

const isHour = (token: Token) => /^\d\d?$/.test(token.text);

/** An hour after a word that places it ("fra 10", "til 12"), or ending a span ("10-11"). */
function isClockTime(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1] as Token;
  if (!isHour(token)) return false;
  if (CLOCK_WORDS.has(previous.text)) return true;
  const between = text.slice(previous.end, token.start);
  return isHour(previous) && (between === '-' || between === '–');
}

function startsClause(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return i > 0 && token !== undefined && (token.sep >= COMMA || STARTERS.has(token.text));
}

function askedBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 63) return true;
  return false;
}
