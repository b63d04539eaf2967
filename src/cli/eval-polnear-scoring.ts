// Scores the engine's claims against PolNeAR's attributions with the rules of issue 12:
// - a gold content is found when one predicted attributed claim covers >= 30% of its characters;
// - a predicted attributed claim is right when >= 30% of it lies inside some gold source, cue or content;
// - the speaker of a found content is scored on the resolved canonical name, not on the mention;
// - the same figures for the subset whose cue is a speech verb (or "according to").
import { ExtractedClaim } from '../extraction';
import { CorefMention, Fragment, GoldAttribution, PolnearArticle } from './eval-polnear-corpus';

export const COVERAGE = 0.3;

export type IdentitySource = 'name' | 'coreference' | 'description';

export interface GoldSpeaker {
  name: string;
  via: IdentitySource;
}

export interface PolnearMiss {
  reason: 'missed' | 'false' | 'speaker';
  text: string;
  detail: string;
}

export interface PolnearTally {
  gold: number;
  found: number;
  speechGold: number;
  speechFound: number;
  predicted: number;
  right: number;
  // Found contents with a gold source whose speaker could be scored, and those scored right, by how the
  // gold speaker was resolved; the speech subset alone as well.
  speakerScored: Record<IdentitySource, number>;
  speakerRight: Record<IdentitySource, number>;
  speechSpeakerScored: number;
  speechSpeakerRight: number;
  misses: PolnearMiss[];
}

// Verbs of saying, as lemmas; a gold cue containing any of their forms is a speech cue.
const SPEECH_LEMMAS = (
  'say tell add state claim argue ask answer reply respond explain announce declare write tweet post report ' +
  'note insist warn suggest predict deny admit acknowledge confirm contend assert allege maintain stress ' +
  'emphasize emphasise remark comment recall repeat reiterate echo testify complain vow promise pledge urge ' +
  'accuse blame call cite quote describe mention point speak talk joke boast brag concede counter caution ' +
  'demand question shout yell inform assure confess reference lay proclaim observe recount exclaim retort ' +
  'whisper criticize criticise praise disclose reveal charge threaten estimate dismiss deride mock tout ' +
  'decry lament muse quip scoff rail lash blast slam attack denounce condemn'
).split(' ');
const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  laid: 'lay',
};

const SPEECH_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>(Object.keys(IRREGULAR));
  for (const lemma of SPEECH_LEMMAS) {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    const ies = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ie' : lemma;
    const doubled = /^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
    for (const form of [
      lemma,
      `${ies}s`,
      `${lemma}es`,
      `${ies === lemma ? stem : ies}d`,
      `${stem}ed`,
      `${doubled}ed`,
      `${stem}ing`,
      `${lemma}ing`,
      `${doubled}ing`,
    ])
      forms.add(form);
  }
  return forms;
})();

/** True when the gold cue reports speech: a verb of saying, or "according to". */
export function isSpeechCue(cue: string): boolean {
  const lower = cue.toLowerCase();
  if (/\baccording to\b/.test(lower)) return true;
  return (lower.match(/[a-z]+/g) ?? []).some((word) => SPEECH_FORMS.has(word));
}

const covered = (span: Fragment, fragments: Fragment[]) =>
  fragments.reduce(
    (sum, fragment) =>
      sum + Math.max(0, Math.min(span.end, fragment.end) - Math.max(span.start, fragment.start)),
    0,
  );
const length = (fragments: Fragment[]) => fragments.reduce((sum, f) => sum + f.end - f.start, 0);
const slice = (text: string, fragments: Fragment[]) =>
  fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' … ');

export function scorePolnearArticle(
  article: PolnearArticle,
  predictedClaims: ExtractedClaim[],
): PolnearTally {
  const tally = emptyPolnearTally();
  const predicted = predictedClaims.filter((claim) => claim.kind === 'attributed');
  const nearest = (gold: Fragment[]) => {
    const claim = predictedClaims.find((candidate) => covered(candidate, gold) > 0);
    return claim
      ? `; engine: ${claim.kind} [${claim.text}]${claim.speaker ? ` by "${claim.speaker.name}"` : ''}`
      : '';
  };
  for (const gold of article.attributions) {
    const speech = isSpeechCue(slice(article.text, gold.cue));
    const size = length(gold.content);
    let best: ExtractedClaim | null = null;
    let bestShare = 0;
    for (const claim of predicted) {
      const share = size === 0 ? 0 : gold.content.reduce((sum, f) => sum + covered(f, [claim]), 0) / size;
      if (share > bestShare) [best, bestShare] = [claim, share];
    }
    tally.gold++;
    if (speech) tally.speechGold++;
    if (!best || bestShare < COVERAGE) {
      tally.misses.push({
        reason: 'missed',
        text: slice(article.text, gold.content),
        detail: `${speech ? 'speech ' : ''}cue "${slice(article.text, gold.cue)}" source "${slice(article.text, gold.source)}"${nearest(gold.content)}`,
      });
      continue;
    }
    tally.found++;
    if (speech) tally.speechFound++;
    const identity = goldSpeaker(article, gold);
    if (!identity) continue;
    const right = sameSpeaker(identity, best.speaker?.name ?? '');
    tally.speakerScored[identity.via]++;
    if (right) tally.speakerRight[identity.via]++;
    if (speech) {
      tally.speechSpeakerScored++;
      if (right) tally.speechSpeakerRight++;
    }
    if (!right)
      tally.misses.push({
        reason: 'speaker',
        text: slice(article.text, gold.content),
        detail: `gold "${identity.name}" (${identity.via}, mention "${slice(article.text, gold.source)}"), predicted "${best.speaker?.name}" (mention "${best.speaker?.mention}")`,
      });
  }
  const goldSpans = article.attributions.flatMap((gold) => [...gold.source, ...gold.cue, ...gold.content]);
  for (const claim of predicted) {
    tally.predicted++;
    if (covered(claim, goldSpans) >= (claim.end - claim.start) * COVERAGE) tally.right++;
    else
      tally.misses.push({
        reason: 'false',
        text: claim.text,
        detail: `speaker "${claim.speaker?.name}" cue "${claim.cue}"`,
      });
  }
  return tally;
}

// "the Republican", "Democrats": a party or people names a group, not one speaker's name.
const PARTY_OR_PEOPLE =
  /^(?:republicans?|democrats?|democratic|independents?|conservatives?|liberals?|americans?|the)$/i;
const OFFICE_THEN_NAME =
  /\b(?:[Ss]ecretary|[Mm]inister|[Dd]irector|[Cc]hief|[Hh]ead|[Cc]hair(?:man|woman)?|[Pp]resident|[Gg]overnor)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]+\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;
const EPITHET_OPENER = /^\s*(?:the|this|that)\s/i;
const NOT_A_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|about|only|nearly|almost|some|just|roughly|more|most|over|fewer|less|half|one|others|many|both|several|each)\.?$/i;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES =
  /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|representative|governor|secretary|speaker|justice|judge|mayor|former|vice|chairman|chairwoman|professor|prof|dean|chief|rabbi|rev|reverend|the|a|an)\.?$/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|of|de|la|van|von|del|al|bin|and|&)$/u;
const CONNECTOR = /^(?:of|de|la|van|von|del|al|bin|and|&)$/;

/**
 * The proper name a gold source names, if any: the last capitalised run of its head part (before an
 * apposition or relative clause), or of the apposition when the head names no one ("Trump's campaign
 * manager, Corey Lewandowski"). Possessives ("Trump's") and titles are not the name.
 */
export function nameInSource(source: string): string | null {
  const core = source.replace(/\([^)]*\)/g, ' ').replace(/,?\s+(?:who|whom|whose|which|that)\s[\s\S]*$/, '');
  for (const whole of core.split(/\s*[,—–]\s*/)) {
    // The name heads the phrase; "delegates in Philadelphia" names a place, not the speaker. A
    // mouthpiece speaks for whom it names ("a spokesman for Clinton").
    const mouthpiece =
      /\b(?:spokes\w+|aides?|representatives?|lawyers?|attorneys?|office|campaign)\s+(?:for|of|to)\s+(.*)$/i.exec(
        whole,
      );
    const part = mouthpiece ? mouthpiece[1] : whole.split(/\s+(?:of|in|at|from|on|for|with|by|to)\s+/)[0];
    const runs: string[][] = [];
    let run: string[] = [];
    for (const raw of part.split(/\s+/)) {
      const word = raw.replace(/^["“‘']+|["”’',.:;]+$/g, '');
      if (PRONOUNS.test(word)) {
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      const possessive = /['’]s?$/.test(word);
      if (NAME_TOKEN.test(word) && !(run.length === 0 && (CONNECTOR.test(word) || TITLES.test(word)))) {
        if (!possessive) run.push(word);
        if (possessive && run.length > 0) run = [];
        if (possessive) continue;
      } else {
        if (run.length > 0) runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
    const names = runs
      .map((words) => {
        while (words.length > 0 && CONNECTOR.test(words[words.length - 1])) words.pop();
        return words;
      })
      .filter(
        (words) =>
          words.length > 0 &&
          !words.every((word) => TITLES.test(word)) &&
          // "Only 24 percent", "the New Jersey governor": capitals before lower-case words modify them.
          !new RegExp(`${escape(words[words.length - 1])}\\s+\\p{Ll}`, 'u').test(part) &&
          !(words.length === 1 && PARTY_OR_PEOPLE.test(words[0])) &&
          // "the Wisconsin Republican" is an epithet: a description of someone named elsewhere, so the
          // mention is not the canonical name the rules score on.
          !(words.length > 1 && PARTY_OR_PEOPLE.test(words[words.length - 1]) && EPITHET_OPENER.test(part)) &&
          // "a poll released Thursday", "A Feb. 1 letter", "About 4 in 10", "Some 22 percent": dates and a
          // capitalised quantifier opening the sentence name no one.
          !words.every((word) => NOT_A_NAME.test(word)),
      );
    if (names.length > 0) return names[names.length - 1].join(' ');
    // "Secretary of State John Kerry": a name after an office with "of" heads the phrase.
    const office = OFFICE_THEN_NAME.exec(whole.trim());
    if (office) return office[1];
  }
  return null;
}

/** Who the gold source is: a name it contains, else its coreference chain's first proper name, else its head. */
export function goldSpeaker(article: PolnearArticle, gold: GoldAttribution): GoldSpeaker | null {
  if (gold.source.length === 0) return null;
  const source = slice(article.text, gold.source);
  const named = nameInSource(source);
  if (named) return { name: named, via: 'name' };
  const chained = chainName(article.chains, gold.source);
  if (chained) return { name: chained, via: 'coreference' };
  // "the senator", "the New Jersey governor": someone named elsewhere whom neither the annotation nor
  // CoreNLP names, so there is nothing to score against. Indefinite and plural sources ("a senior aide",
  // "officials") are their own canonical names.
  if (/^(?:the|this|that|his|her|its|their)\s/i.test(source.trim()) && !/s$/i.test(headNoun(source) ?? ''))
    return null;
  const head = headNoun(source);
  return head ? { name: head, via: 'description' } : null;
}

function chainName(chains: CorefMention[][] | null, source: Fragment[]): string | null {
  if (!chains) return null;
  const inSource = (mention: CorefMention) =>
    source.some((f) => mention.headStart >= f.start && mention.headEnd <= f.end);
  const chain = chains.find((mentions) => mentions.some(inSource));
  for (const mention of chain ?? []) {
    const name = mention.name ? nameInSource(mention.name) : null;
    if (name) return name;
  }
  return null;
}

const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them|us|me|his|its|their|this|that|who)$/i;

// "a senior campaign aide" → aide; "critics of the plan" → critics. A bare pronoun has no head to score.
function headNoun(source: string): string | null {
  const head = source
    .split(/\s*,\s*/)[0]
    // "a poll released Thursday": the participle and its date follow the head.
    .split(
      /\s+(?:of|for|from|at|in|on|with|close|familiar|who|which|that|released|published|conducted|issued|filed|obtained|posted)\s/,
    )[0]
    // "a WBUR poll last week", "a poll this month": a time after the head.
    .split(/\s+(?:last|this|next|the same)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b/)[0]
    // "text messages discovered on a phone", "exit polls reported by CNN": the same after any participle.
    .split(
      /\s+\p{Ll}+ed(?:\s+(?:by|through|during|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|$)/u,
    )[0]
    .trim()
    .split(/\s+/)
    .pop();
  const word = head?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  return word && !PRONOUNS.test(word) ? word : null;
}

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
const tokens = (name: string) => words(name).filter((word) => !TITLES.test(word));
const samePlural = (a: string, b: string) =>
  a === b || `${a}s` === b || `${b}s` === a || `${a}es` === b || `${b}es` === a;

/**
 * "Clinton" and "Hillary Clinton" are the same speaker, "Bill Clinton" and "Hillary Clinton" are not;
 * a description matches a predicted name that contains its head ("aide" in "senior campaign aide").
 */
export function sameSpeaker(gold: GoldSpeaker, predicted: string): boolean {
  // A description's head may be a title word itself ("a NY1 representative", "a federal judge").
  if (gold.via === 'description') return words(predicted).some((word) => samePlural(word, gold.name));
  const p = tokens(predicted);
  const g = tokens(gold.name);
  if (g.length === 0 || p.length === 0 || !p.includes(g[g.length - 1])) return false;
  return g.length === 1 || p.length === 1 || p.includes(g[0]) || g.includes(p[0]);
}

export function emptyPolnearTally(): PolnearTally {
  return {
    gold: 0,
    found: 0,
    speechGold: 0,
    speechFound: 0,
    predicted: 0,
    right: 0,
    speakerScored: { name: 0, coreference: 0, description: 0 },
    speakerRight: { name: 0, coreference: 0, description: 0 },
    speechSpeakerScored: 0,
    speechSpeakerRight: 0,
    misses: [],
  };
}

export function addPolnearTallies(a: PolnearTally, b: PolnearTally): PolnearTally {
  const sum = (x: Record<IdentitySource, number>, y: Record<IdentitySource, number>) => ({
    name: x.name + y.name,
    coreference: x.coreference + y.coreference,
    description: x.description + y.description,
  });
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    speechGold: a.speechGold + b.speechGold,
    speechFound: a.speechFound + b.speechFound,
    predicted: a.predicted + b.predicted,
    right: a.right + b.right,
    speakerScored: sum(a.speakerScored, b.speakerScored),
    speakerRight: sum(a.speakerRight, b.speakerRight),
    speechSpeakerScored: a.speechSpeakerScored + b.speechSpeakerScored,
    speechSpeakerRight: a.speechSpeakerRight + b.speechSpeakerRight,
    misses: [...a.misses, ...b.misses],
  };
}
