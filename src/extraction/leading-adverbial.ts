// Openings that are neither source nor content, skipped before a clause's subject is read: datelines,
// settings before their comma ("On Monday, …"), connectives ("But …") and sequence adverbs ("Then she said").
import { LEADING_CONNECTIVES, MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';
import { SentenceView, tagsOf } from './sentence-view';

/** Whether the words between two offsets make a clause of their own rather than a setting. */
export type ClauseTest = (from: number, to: number) => boolean;

// A wire-service dateline opening a paragraph: "WASHINGTON (AP) —", "MACAU (Reuters) –", "NEW YORK -".
// "Washington (AFP) –", "WASHINGTON, June 24 (UPI) —" too: a news agency in brackets makes the place a dateline.
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\s.,'’-]{1,40}?(?:\s*\([^)]{1,30}\))?|\p{Lu}[\p{L}\d\s.,'’-]{1,40}?\s*\([A-Z][A-Za-z]{1,12}\))\s*[—–-]{1,2}\s+/u;

const DEICTIC_TIME =
  /^\s*\p{L}+\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|season|quarter|term|session)\b/iu;
const AS_NAME = /^\s*[Aa]s\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]*,/u;
const CONJUNCTIONS = /^(?:but|and|yet|so|or|nor)$/i;
// An adverb in "-ly" only before a pronoun: "Early polls" and "Only Ode" open their subject.
const SEQUENCE_OPENER =
  /^\s*(?:(?:then|now|later|earlier|afterwards?|again|once again|finally|eventually|ultimately|recently|previously|at first|in the end|this time|at one point)\s+(?!-)|\p{Ll}{3,}ly\s+(?=(?:he|she|they|we|I)\s))/iu;
const SUBJECT_AFTER_OPENER = new RegExp(
  `^(?:(?:he|she|they|we|I)\\s|(?!(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\\b)\\p{Lu})`,
  'u',
);

const LONG_SETTING =
  /^\s*(?:amid|despite|alongside|although|though|because|reached by|contacted by|(?:years|months|weeks|days|decades) (?:after|before))\s[^,;"“”]{0,120},(?!\d)\s*/i;

// "Alarmed by the flooding in Kent, Senator Ode said": a past participle and its agent or cause open the
// sentence as a setting; the subject follows the comma.
const PARTICIPLE_OPENING =
  /^\s*\p{Lu}\p{Ll}{2,}(?:ed|en)\s+(?:by|about|over|at|with)\s[^,;"“”]{2,100},(?!\d)\s*/u;

// "Just last week,", "Only days before the vote,": a time after a focusing adverb ("Just 26 percent of
// voters, …" counts a subject instead).
const FOCUSED_TIME =
  /^\s*(?:just|only|even)\s+(?:last|this|earlier|(?:a few|two|three|several)\s+(?:hours|days|weeks|months)|hours|days|weeks|months|moments|minutes)\b[^,;"“”\d]{0,40},(?!\d)\s*/iu;

// A setting that ends on a place ("At a rally in Portsmouth,"), and the state or country after it: an
// abbreviation ("N.H.,") or a name followed by more of the setting ("Iowa, on Sunday,").
const TOWN_END = /\s(?:in|at|near|outside)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s*$/u;
const STATE_AFTER_TOWN =
  /^\s*(?:\p{Lu}\p{Ll}{0,4}\.(?:\s?\p{Lu}\.)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=,\s*(?:on|in|at|last|this|during|after|before)\s)),\s*/u;

// "On Monday he said …", "In 2010 she said …": a time without its comma opens the sentence too.
const OPENING_TIME =
  /^\s*(?:(?:late|early)\s+)?(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|(?:last|this|earlier|later)\s+(?:week|month|year|night)|in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|\d{4}))(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)/i;

// "Meanwhile, …", "On Monday, …", "But …", "WASHINGTON (AP) — …": openings that are neither source nor content.
export function skipLeadingAdverbial(
  text: string,
  start: number,
  end: number,
  isClause?: ClauseTest,
): number {
  // "(On Monday he said …)": a sentence in brackets opens after its bracket.
  let pos = start === 0 ? (/^\s*\(\s*(?=\p{L})/u.exec(text.slice(0, end))?.[0].length ?? 0) : start;
  const dateline = start === 0 ? DATELINE.exec(text.slice(0, end)) : null;
  if (dateline) pos = dateline[0].length;
  for (let town = false; ;) {
    const chunk = text.slice(pos, end);
    // "At a rally in Portsmouth, N.H., on Tuesday, Ode …": the state after a setting's town is the setting's.
    const state = town ? STATE_AFTER_TOWN.exec(chunk) : null;
    town = false;
    if (state) {
      pos += state[0].length;
      continue;
    }
    // A setting is short and its comma is not a thousands separator ("In 2016 … $45,000" is a clause).
    // A question frame may run longer ("Asked on Monday whether her husband would serve,").
    const long =
      /^\s*(?:when\s+)?(asked|questioned|pressed|speaking|responding)\b[^,;"“]{0,100},(?!\d)\s*/iu.exec(
        chunk,
      );
    // "Amid calls from some to list the donors who backed the rival campaign, Walsh …": a long setting opened
    // by a word that never heads a subject.
    const setting = LONG_SETTING.exec(chunk) ?? PARTICIPLE_OPENING.exec(chunk) ?? FOCUSED_TIME.exec(chunk);
    if (setting) {
      pos += setting[0].length;
      continue;
    }
    // "Then DuPont, only two months later, announced": the adverb opens no setting that runs to the comma.
    const sequence = SEQUENCE_OPENER.exec(chunk);
    if (sequence && SUBJECT_AFTER_OPENER.test(chunk.slice(sequence[0].length))) {
      pos += sequence[0].length;
      continue;
    }
    const phrase = long ?? /^\s*([\p{L}]+)[^,]{0,40},(?!\d)\s*/u.exec(chunk);
    // "But Asa Kimani, an organizer, said": a conjunction opens the clause, it is no setting before a comma.
    if (
      phrase &&
      LEADING_CONNECTIVES.has(phrase[1].toLowerCase()) &&
      // "At least 12 pilots, all of them union members, said": a bound on a count opens the subject.
      !/^\s*at (?:least|most)\s/i.test(chunk) &&
      !CONJUNCTIONS.test(phrase[1]) &&
      // "As Ivo Brandt, an expert on ports, noted, …": a name after "as" opens a frame, not a setting.
      !AS_NAME.test(phrase[0]) &&
      // "This week," is a setting; "This includes a unit to guard the harbor," is a clause.
      !(/^(?:this|that)$/i.test(phrase[1]) && !DEICTIC_TIME.test(phrase[0])) &&
      // "Last year the unit delivered 410 babies, the office said": the content, not a setting.
      !(long === null && isClause?.(pos, pos + phrase[0].length))
    ) {
      pos += phrase[0].length;
      town = TOWN_END.test(phrase[0]);
      continue;
    }
    // "There, the chairman declined …": a place adverb alone before its comma; "There are …" is a clause.
    // "Then she added", "Later Ode said", "Privately they say": a sequence or manner adverb without its comma.
    const single =
      /^\s*(but|and|yet|so|still|meanwhile|also|instead|now|separately)\s+/i.exec(chunk) ??
      SEQUENCE_OPENER.exec(chunk) ??
      /^\s*(?:there|here),\s*/i.exec(chunk) ??
      OPENING_TIME.exec(chunk);
    if (single) {
      pos += single[0].length;
      continue;
    }
    return pos;
  }
}

// Where a noun phrase ends, so that a determiner or pronoun right after it opens another: a subject.
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * A clause test from the sentence's tags: a new noun phrase right after the opening's own (`Last year | the unit`,
 * `Yesterday | they`), then a finite verb. A participle after the opening's noun (`In a statement released
 * Tuesday,`) opens no new phrase, so that opening stays a setting.
 */
export function holdsOwnClause(view: SentenceView): ClauseTest {
  return (from, to) => {
    const tokens = tagsOf(view, from, to).filter((token) => token.end <= to);
    const subject = tokens.findIndex(
      (token, i) =>
        i > 0 && (token.tag === 'DET' || token.tag === 'PRON') && PHRASE_ENDS.has(tokens[i - 1].tag),
    );
    return (
      subject > 0 &&
      tokens
        .slice(subject + 1)
        .some((token) => token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/i.test(token.text)))
    );
  };
}
