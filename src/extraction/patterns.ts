// The attribution patterns, as a table. Each names a sentence shape and says which part of the
// sentence is attributed content, which is the outlet's own assertion, and how sure the match is.
// Cue sites (cue-sites.ts) find a cue and its source; a pattern decides what the cue governs.
import type { CueSite } from './cue-sites';
import { PARTICIPLES } from './participle-sites';
import { CUE_WORDS } from './lexicon';
import { BreakKind, SentenceView, endOfSentence, tagsOf } from './sentence-view';
import { relativeOpening } from './nested-frames';
import { SourceMention } from './source-mention';

/** A claim before its speaker is resolved; offsets are relative to the sentence. */
export interface DraftClaim {
  kind: 'attributed' | 'editorial';
  start: number;
  end: number;
  source: SourceMention | null;
  cue: string | null;
  confidence: number;
  pattern: string;
}

export interface Region {
  // The part of the sentence this site may claim: from the end of the previous site's claims
  // to the start of the next independent site.
  start: number;
  end: number;
}

interface Pattern {
  name: string;
  applies(site: CueSite, view: SentenceView, region: Region): boolean;
  build(site: CueSite, view: SentenceView, region: Region): DraftClaim[];
}

const CLAUSE_BOUNDARIES: BreakKind[] = ['coord', 'relative', 'dash'];
const TRAILING_BOUNDARIES: BreakKind[] = ['quote', 'comma', 'dash'];
// `…,” Ode said at the time, adding: “…”`: a short setting may stand between the cue and the comma.
// `…,” Ode replied before adding that …`, `…, while arguing …`: a time conjunction may govern the participle.
const PARTICIPLE_TAIL = new RegExp(
  `^(?:\\s+[^,;:"“”.!?]{1,50}?)?(?:\\s*,\\s*(?:and\\s+)?|\\s*,?\\s+(?:before|while)\\s+)(?:also\\s+|further\\s+|then\\s+)?(${PARTICIPLES}|emphasi[sz]ing)(?:\\s+that)?(?:\\s*[,:])?\\s+`,
  'i',
);
const QUOTE_TAIL = /^\s*[,:]\s*(?=["“‘'])/;
// After "…, he said," the sentence's predicate resumes; a conjunction, relative or participle starts
// something else, and a quote is a second claim (QUOTE_TAIL).
const RESUMED_CONTENT =
  /^\s*,\s+(?!(?:and|but|or|nor|yet|so|while|whereas|although|though|as|when|after|before|since|until|which|who|whom|whose|where|according|\p{L}+ing)\b)[\p{L}\d$]/iu;
const SUBORDINATE_THEN_MAIN =
  /^\s*,\s+(?:when|while|if|because|although|though|after|before|since|until|once|unless)\s(?:[^,;:.!?"“]|(?<=\d)[,.](?=\d)){3,120},\s+(?!(?:and|but|or|which|who|according)\b)\p{L}/iu;

export const PATTERNS: Pattern[] = [
  {
    // "The meeting was first reported by the Courier.": the clause up to the agent is the report, frame
    // included (its subject alone, "The meeting", says nothing); what comes before its break is the outlet's.
    name: 'subject-passive-cue-agent',
    applies: (site) => site.passive === true,
    build: (site, view, region) => {
      const start = Math.max(region.start, site.boundary.pos);
      const claims = [attributed(site, view, start, site.sourceEnd, 0.8)];
      if (wordCount(view.text.slice(region.start, site.boundary.leftEnd)) >= 5)
        claims.unshift(editorial(region.start, site.boundary.leftEnd, 'subject-passive-cue-agent'));
      return claims;
    },
  },
  {
    // "According to the ministry, exports fell."
    name: 'according-to-source-content',
    applies: (site) => site.lemma === 'according to' && site.rightStart !== null,
    build: (site, view, region) => [attributed(site, view, site.rightStart!, region.end, 0.9)],
  },
  {
    // "Tran said the plan would fail." / "Meanwhile, the ministry said on Monday that exports fell."
    name: 'source-cue-content',
    applies: (site) =>
      site.order === 'source-first' &&
      site.rightStart !== null &&
      (site.boundary.kind === 'start' || site.boundary.kind === 'lead'),
    build: (site, view, region) => coordinated(site, view, site.rightStart!, region.end, 0.9),
  },
  {
    // "The law, which critics say is unconstitutional, takes effect in May.": the aside is attributed,
    // the sentence around it is the outlet's.
    name: 'editorial-around-relative-source',
    applies: (site, view) =>
      site.order === 'source-first' &&
      site.rightStart !== null &&
      site.boundary.kind === 'relative' &&
      closingComma(site, view) !== null,
    build: (site, view, region) => {
      const comma = closingComma(site, view)!;
      const after = trimContent(view, comma, region.end);
      return [
        editorial(region.start, site.boundary.leftEnd, 'editorial-around-relative-source'),
        attributed(site, view, site.rightStart!, comma, 0.8),
        editorial(
          after.start,
          region.end === view.text.length ? view.text.trimEnd().length : region.end,
          'editorial-around-relative-source',
        ),
      ];
    },
  },
  {
    // "The plant closed in March, and the union says the closure cost 400 jobs."
    // "Drones hit three depots, which Moscow claims were empty."
    name: 'editorial-then-source-cue-content',
    applies: (site) =>
      site.order === 'source-first' &&
      site.rightStart !== null &&
      (CLAUSE_BOUNDARIES.includes(site.boundary.kind) || site.boundary.kind === 'comma'),
    build: (site, view, region) => {
      const claims = coordinated(
        site,
        view,
        site.rightStart!,
        region.end,
        site.boundary.kind === 'comma' ? 0.75 : 0.85,
      );
      const left = view.text.slice(region.start, site.boundary.leftEnd);
      // A short opening before a plain comma is a setting ("In March,"), not an assertion of its own.
      if (site.boundary.kind !== 'comma' || wordCount(left) >= 5)
        claims.unshift(editorial(region.start, site.boundary.leftEnd, 'editorial-then-source-cue-content'));
      return claims;
    },
  },
  {
    // "The bigger risk, he said, is a clash at sea.": the content goes on after its frame, so the claim
    // is the whole sentence, frame included, rather than half a thought.
    name: 'content-around-source-cue',
    applies: (site, view, region) =>
      site.rightStart === null &&
      (site.boundary.kind === 'comma' || site.boundary.kind === 'quote') &&
      RESUMED_CONTENT.test(view.masked.slice(site.tailStart)) &&
      (site.lemma !== 'according to' || predicateResumes(site, view, region)),
    build: (site, view, region) => {
      // "The board approved the plan, which, Reyes said, will cost millions": a frame set into a relative
      // clause reports that clause; the clause it hangs on is the outlet's.
      const relative = relativeOpening(view, region.start, site.boundary.leftEnd);
      if (relative === null) return [attributed(site, view, region.start, region.end, 0.85)];
      return [
        editorial(region.start, relative.clauseEnd, 'editorial-then-interjected-relative'),
        attributed(site, view, relative.start, region.end, 0.85),
      ];
    },
  },
  {
    // "In any case, Mr. Dale said, the course was overbuilt." / "Rubio says, win or lose, he is staying.":
    // after an opening frame and its comma, the rest of the sentence is what was said.
    name: 'source-cue-comma-content',
    applies: (site, view) =>
      site.rightStart === null &&
      site.order === 'source-first' &&
      (site.boundary.kind === 'start' || site.boundary.kind === 'lead') &&
      (RESUMED_CONTENT.test(view.masked.slice(site.tailStart)) ||
        // "In 1990, Ms. Ode said, when she earned $24,000, a boss …": a subordinate clause, then its main one.
        SUBORDINATE_THEN_MAIN.test(view.masked.slice(site.tailStart))),
    build: (site, view, region) => [attributed(site, view, site.tailStart, region.end, 0.8)],
  },
  {
    // `"We will act," Tran said.` / "Exports fell, the ministry said on Tuesday."
    name: 'content-then-source-cue',
    applies: (site, view) =>
      site.order === 'source-first' &&
      (TRAILING_BOUNDARIES.includes(site.boundary.kind) ||
        // "The march was peaceful, as police have said."
        (site.boundary.kind === 'coord' &&
          site.rightStart === null &&
          /,\s*as\s*$/i.test(view.masked.slice(0, site.boundary.pos)))),
    build: (site, view, region) => [
      attributed(site, view, region.start, site.boundary.leftEnd, 0.9),
      ...tail(site, view, region),
    ],
  },
  {
    // `"We will act," said Tran.` / `"We will act," said Jane Roe, the chief negotiator.`
    name: 'content-then-cue-source',
    applies: (site) =>
      site.order === 'cue-first' && site.boundary.kind !== 'start' && site.boundary.kind !== 'lead',
    build: (site, view, region) => [
      attributed(site, view, region.start, site.boundary.leftEnd, 0.9),
      ...tail(site, view, region),
    ],
  },
];

// The comma that closes a comma-opened relative clause holding the cue, when a predicate follows it.
function closingComma(site: CueSite, view: SentenceView): number | null {
  if (!/,\s*$/.test(view.masked.slice(0, site.boundary.leftEnd + 1))) return null;
  const comma = view.masked.indexOf(',', site.rightStart!);
  if (
    comma < 0 ||
    !/^,\s+\p{Ll}/u.test(view.masked.slice(comma)) ||
    /^,\s+(?:and|but|or|which|who)\s/.test(view.masked.slice(comma))
  )
    return null;
  return comma;
}

// "Exports, according to the ministry, fell": the predicate resumes after the frame. "Exports fell 4%, according
// to the ministry, the worst year since 2009": the clause was whole before it, and what follows is the outlet's.
function predicateResumes(site: CueSite, view: SentenceView, region: Region): boolean {
  const tokens = tagsOf(view);
  const next = tokens.find((token) => token.start >= site.tailStart && token.tag !== 'PUNCT');
  if (next && /^(?:VERB|AUX)$/.test(next.tag)) return true;
  const left = tokens.filter(
    (token) => token.start >= region.start && token.end <= site.boundary.leftEnd && token.tag !== 'PUNCT',
  );
  // "While most were cleared, according to X, two were not" / "He left after, according to him, …" / "G4S
  // receives, according to one report, $234 million": the clause before the frame is subordinate or
  // unfinished, so its rest follows.
  if (
    left.length === 0 ||
    left[0].tag === 'SCONJ' ||
    /^(?:SCONJ|ADP|CCONJ|DET|VERB)$/.test(left[left.length - 1].tag)
  )
    return true;
  return !left.some((token) => /^(?:VERB|AUX)$/.test(token.tag));
}

/** The claims one cue site yields, from the first pattern that applies, or [] when none does. */
export function applyPatterns(site: CueSite, view: SentenceView, region: Region): DraftClaim[] {
  for (const pattern of PATTERNS) {
    if (!pattern.applies(site, view, region)) continue;
    const claims = pattern.build(site, view, region).filter((claim) => claim.end > claim.start);
    if (claims.some((claim) => claim.kind === 'attributed')) return claims;
  }
  return [];
}

// "X called the budget “a puncture” and promised to challenge it": one subject, two speech acts, two claims.
function coordinated(
  site: CueSite,
  view: SentenceView,
  start: number,
  end: number,
  confidence: number,
): DraftClaim[] {
  const content = view.masked.slice(start, end);
  for (const match of content.matchAll(/\s+and\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b(?:\s+that\b)?/gu)) {
    const word = CUE_WORDS.get(match[1]);
    if (!word || word.strength === 'weak' || !/(?:ed|id|ote|old|s)$/.test(match[1])) continue;
    const second = start + match.index! + match[0].length;
    const first = attributed(site, view, start, start + match.index!, confidence);
    const cue = match[1];
    return [
      first,
      ...coordinated(
        {
          ...site,
          cueStart: start + match.index! + match[0].indexOf(cue),
          cueEnd: start + match.index! + match[0].indexOf(cue) + cue.length,
        },
        view,
        second,
        end,
        confidence,
      ),
    ];
  }
  return [attributed(site, view, start, end, confidence)];
}

// After a trailing cue: `, adding that …` or `, "…"` continue the same speaker's claim.
function tail(site: CueSite, view: SentenceView, region: Region): DraftClaim[] {
  const rest = view.masked.slice(site.tailStart, region.end);
  const participle = PARTICIPLE_TAIL.exec(rest);
  if (participle) {
    const start = site.tailStart + participle[0].length;
    const cue = participle[1];
    return [{ ...attributed(site, view, start, region.end, 0.85), cue, pattern: 'participle-continuation' }];
  }
  const quote = QUOTE_TAIL.exec(rest);
  if (quote)
    return [
      {
        ...attributed(site, view, site.tailStart + quote[0].length, region.end, 0.9),
        pattern: 'quote-resumes-after-cue',
      },
    ];
  return [];
}

function attributed(
  site: CueSite,
  view: SentenceView,
  start: number,
  end: number,
  confidence: number,
): DraftClaim {
  const span = trimContent(view, start, Math.min(end, site.contentEnd ?? end, endOfSentence(view.text)));
  const cue = view.text.slice(site.cueStart, site.cueEnd);
  return { kind: 'attributed', ...span, source: site.source, cue, confidence, pattern: '' };
}

export function editorial(start: number, end: number, pattern: string): DraftClaim {
  return { kind: 'editorial', start, end, source: null, cue: null, confidence: 0.8, pattern };
}

/** Trims spaces, a leading `that` and trailing commas or stops outside quotes from a content span. */
const THAT_AT = /that\s/iy;

export function trimContent(view: SentenceView, start: number, end: number): { start: number; end: number } {
  const { text } = view;
  let s = start;
  let e = end;
  for (;;) {
    const before = s;
    while (s < e && /[\s,;:—–]/.test(text[s])) s++;
    // Read in place: slicing the rest of the content for this test cost more than the whole loop.
    THAT_AT.lastIndex = s;
    if (s + 5 <= e && THAT_AT.test(text) && !insideQuoteAt(view, s)) s += 4;
    if (s === before) break;
  }
  for (;;) {
    while (e > s && /[\s,;:.!?—–-]/.test(text[e - 1]) && !insideQuoteAt(view, e - 1)) e--;
    // "(Forbes says it tracks 500 fortunes.)": a bracket closing an aside around the whole sentence.
    if (text[e - 1] !== ')' || text.slice(s, e).includes('(') || insideQuoteAt(view, e - 1)) break;
    e--;
  }
  return { start: s, end: e };
}

function insideQuoteAt(view: SentenceView, i: number): boolean {
  return view.quotes.some((quote) => i >= quote.start && i < quote.end);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
