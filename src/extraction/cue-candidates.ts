// Finds the words of a sentence that may be reporting cues, and rejects those that are nouns, passives
// or event verbs here ("insurance claims", "was told to leave", "argued over the islands").
import { CueFamilies, cueFamilies } from './cue-families';
import { CueWord, PHRASE_CUES, SPEAKER_NOUNS, TITLE_WORDS } from './lexicon';
import { SentenceView, tagsOf } from './sentence-view';
import { letterBefore } from './words';

// Particles that turn a cue verb into an event verb. Sticky patterns, tried right after the verb.
// "member states agreed": "states" followed by a verb is the noun.
const NON_SPEECH_PARTICLES = new Map([
  ['argue', /\s+(?:over|about|with|among)\b/iy],
  // "Drivers insist on a written guarantee": a demand for a thing, not a report. "insisted on the radio that …"
  // names where it was said.
  [
    'insist',
    /\s+[Oo]n\b(?!\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.&-]*|radio|television|air|stage|floor|phone)\s+){1,4}that\s)/uy,
  ],
  // "the costs added up to a mess".
  ['add', /\s+up\b/iy],
  [
    'state',
    /\s+(?:have|has|had|were|are|agreed|voted|must|will|would|can|could|should|may|might|do|did)\b/iy,
  ],
]);
// "said by telephone" is a setting, not a passive.
const PASSIVE_BY = /\s+by\b(?!\s+(?:telephone|phone|e-?mail|text|video|letter))/y;
const PASSIVE_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|never|later|then|[a-z]+ly)\s+)?$/i;

// Cue forms that are also nouns ("insurance claims", "a news report", "member states").
const NOUN_FORMS =
  /^(?:reports?|claims?|calls|estimates?|forecasts?|notes?|states|promises|pledges|vows|demands?|fears?|hopes|shows|rules?|posts?|tweets?|remarks|recalls|shouts|jokes|replies|counters|retorts|attacks)$/i;

const CLAIM_KINDS =
  /(?<!\p{L})(?:insurance|jobless|unemployment|disability|injury|damage|warranty|patent|asylum|refund|benefits?|compensation|expense|flood|crop|land|territorial|tax|medical|liability|pension)\s+$/iu;

// "The candidate claims his net worth is …", "lawmakers claim it will …": a subject and an auxiliary
// after the word open its content clause, so the word is the verb, whatever the tagger calls it.
const CLAUSE_AFTER_VERB =
  /^\s+(?:he|she|it|they|we|i|(?:his|her|their|its|our)\s+(?:\p{Ll}+\s+){0,3}?)(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|did|does|do)\b/u;

const FUNCTION_WORDS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'also',
  'still',
  'now',
  'and',
  'but',
  'or',
  'often',
  'never',
  'repeatedly',
  'publicly',
  'later',
  'then',
]);

// Tagged a noun right after a noun or adjective, and not opening a clause or quote, the word is a noun.
function inNounCompound(view: SentenceView, start: number, end: number): boolean {
  if (/^\s*(?:that\b|[:"“‘'])/.test(view.masked.slice(end))) return false;
  // Only a lower-case content word before can make a compound ("insurance claims"); tagging is not free.
  const before = /(\p{Ll}[\p{L}-]*)\s+$/u.exec(view.masked.slice(Math.max(0, start - 30), start));
  if (!before || FUNCTION_WORDS.has(before[1])) return false;
  const tokens = tagsOf(view, start - 30, end + 20);
  const at = tokens.findIndex((token) => token.start === start);
  const previous = tokens[at - 1];
  return (
    at > 0 &&
    tokens[at].tag === 'NOUN' &&
    /^\p{Ll}/u.test(previous.text) &&
    (previous.tag === 'NOUN' || previous.tag === 'ADJ' || previous.tag === 'NUM')
  );
}

// "Rust Belt states have suffered", "the claims were denied": a verb right after makes the word its subject.
function beforeVerb(view: SentenceView, end: number): boolean {
  if (/^\s*(?:that\b|[:"“‘',])/.test(view.masked.slice(end))) return false;
  const next = tagsOf(view, end - 30, end + 25).find((token) => token.start > end);
  return next !== undefined && (next.tag === 'AUX' || next.tag === 'VERB');
}

// "The government claims the cleric runs a network": a noun phrase and its finite verb after the word open
// its content clause, so the word is the verb. Not when a second verb follows ("Insurance claims the firm
// paid rose": the first verb is a relative clause's) or the phrase runs on to a longer clause.
function clauseFollows(view: SentenceView, end: number): boolean {
  if (!/^\s+(?:the|a|an|this|that|these|those|\p{Lu})/u.test(view.masked.slice(end, end + 6))) return false;
  const tokens = tagsOf(view, end - 20, end + 60).filter((token) => token.start > end);
  let i = tokens[0]?.tag === 'DET' ? 1 : 0;
  const subject = i;
  while (i < tokens.length && i - subject < 3 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i].tag)) i++;
  const verb = tokens[i];
  return (
    i > subject &&
    tokens[i - 1].tag !== 'ADJ' &&
    verb !== undefined &&
    (verb.tag === 'AUX' || (verb.tag === 'VERB' && !/ing$/.test(verb.text))) &&
    tokens[i + 1]?.tag !== 'VERB' &&
    tokens[i + 1]?.tag !== 'AUX'
  );
}

function followedBy(text: string, at: number, sticky: RegExp): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

const CALLED_PRONOUN_AS =
  /^\s+(?:it|this|them|him|himself|herself|themselves|itself)\s+(?!(?:back|off|up|out|in|on|at|to|from|over|about|and|or|but|for|after|before|during|with|by|into|again|later|today|tonight|yesterday|last|this|that|when|while|because|if|monday|tuesday|wednesday|thursday|friday|saturday|sunday|every|each|all|twice|often|regularly|daily|weekly|now|soon|first)\b)(?:\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s*[.,;]|["“])/u;

// The object is a determiner and up to three words or a name; what it is called a noun phrase opened by an
// article or possessive (not a count or a time: "called the police a few minutes later") or an adjective
// whose ending says so, before a break or preposition ("called the actions lawful.").
const CALLED_PHRASE_AS =
  /^\s+(?:(?:the|his|her|their|its|this|that|these|those)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:a|an|his|her|their|its|nothing)\s+(?!(?:few|couple|dozen|number|lot|total|bit|second|third|fourth|half|day|week|month|year|hour|minute|time|while|moment|night|morning|afternoon|evening|weekend)\b)\p{Ll}|(?:un\p{Ll}{3,}|\p{Ll}{2,}(?:ful|ous|ive|al|ble|ic|ent|ant|less|ary))(?=\s*[.,;:]|\s+(?:for|to|and|because|in|on|at)\s))/u;

const ATTACKED_SOMEONE =
  /^\s+(?:(?:him|her|them|each other)\b|(?:the\s+)?(?:Mr\.|Mrs\.|Ms\.|Sen\.|Rep\.|Gov\.)?\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*(?:['’]s\s+(?:\p{Ll}+\s+)?(?:record|remarks|comments|policy|policies|plan|proposal|position|stance|views|character|ties|tenure|judgment|leadership|campaign|speech|statement|claims?|decision|vote|handling|fitness|candidacy|agenda))?(?=[\s,.;:]|$))/u;
const POSSESSED = /(\p{L}+)['’]s?\s+(?:(\p{Ll}[\p{L}-]*)\s+)?$/u;
const ADJECTIVE_ENDING =
  /(?:ly|al|ous|ive|ic|ed|est|ier|ent|ant|ful|less|new|own|false|latest|recent|earlier|later)$/;

// All phrase cues in one pass over the sentence, whole words only. A phrase must not follow a letter
// either; that is checked at each match, as a look-behind would be tried at every position.
const PHRASES = new RegExp(`(?:${PHRASE_CUES.join('|')})(?!\\p{L})`, 'gu');

// "the board's earlier claim", "Ode's calls for calm": a possessor before the word makes it a noun. "Ode's
// lawyer claims that …": a noun between them is the speaker, and the word its verb; "he's claimed" is a
// contraction.
function afterPossessor(masked: string, start: number): boolean {
  const possessed = POSSESSED.exec(masked.slice(Math.max(0, start - 40), start));
  const between = possessed?.[2]?.toLowerCase();
  return (
    possessed !== null &&
    !/^(?:he|she|it|that|who|there|what|here|where)$/i.test(possessed[1]) &&
    (!between || (ADJECTIVE_ENDING.test(between) && !SPEAKER_NOUNS.has(between) && !TITLE_WORDS.has(between)))
  );
}

export interface CueCandidate {
  start: number;
  end: number;
  word: CueWord;
}

/** The cue words and phrases of a sentence that read as reporting cues in their context. */
export function cueCandidates(
  view: SentenceView,
  families: CueFamilies = cueFamilies(view.masked),
): CueCandidate[] {
  const { masked } = view;
  const found: CueCandidate[] = [];
  const { lower } = families;
  PHRASES.lastIndex = 0;
  for (let match = PHRASES.exec(lower); match; match = PHRASES.exec(lower)) {
    const phrase = match[0];
    const at = match.index;
    if (letterBefore(lower, at)) {
      PHRASES.lastIndex = at + 1;
      continue;
    }
    // "went on the radio" is a visit; "went on: …" and "went on to say" report speech.
    if (
      phrase === 'went on' &&
      !/^\s*(?:[:,"“]|that\b|to\s+(?:say|add|argue|call|note|describe|claim)\b)/.test(
        lower.slice(at + phrase.length),
      )
    )
      continue;
    // "was talking about …" reports speech; "immigration, talking about …" is a participle of another clause.
    if (
      /ing\s/.test(phrase) &&
      !/(?:\b(?:is|was|are|were|be|been)|['’](?:s|re))\s+(?:\p{L}+\s+)?$/u.test(
        lower.slice(Math.max(0, at - 30), at),
      )
    )
      continue;
    if (/^calls\s/.test(phrase) && afterPossessor(masked, at)) continue;
    found.push({ start: at, end: at + phrase.length, word: { lemma: phrase, strength: 'strong' } });
  }
  for (const { start, end: wordEnd, word } of families.words) {
    if (found.some((phrase) => start >= phrase.start && start < phrase.end)) continue;
    const written = masked.slice(start, wordEnd);
    // A capitalised cue word is a name or a sentence opener ("United States", "Reports of …").
    // In a title-case headline a capital proves nothing ("Obama Says Museum Will Tell …").
    if (/^\p{Lu}/u.test(written) && !(view.headline && start > 0)) continue;
    const before = masked.slice(Math.max(0, start - 12), start);
    // "the said property", "so-called", "his claims": a determiner or hyphen makes it a noun or adjective.
    if (
      /(?:(?<!\p{L})(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|such|no|any)\s+|-)$/iu.test(
        before,
      )
    )
      continue;
    const end = start + written.length;
    // After a possessor the word is a noun (its possessor speaks: noun-cue-sites.ts).
    if (NOUN_FORMS.test(written) && afterPossessor(masked, start)) continue;
    // "an earlier report", "a new claim": a determiner and an adjective before a noun form.
    if (
      NOUN_FORMS.test(written) &&
      /(?<!\p{L})(?:the|a|an|this|that|its|his|her|their|our)\s+\p{Ll}[\p{L}-]*(?:er|est|ly|al|ous|ive|ic|new|old|latest|first|last|own)\s+$/iu.test(
        masked.slice(Math.max(0, start - 40), start),
      )
    )
      continue;
    // "Insurance claims that the storm caused rose": a kind of claim before the word makes it a noun, even
    // before a relative "that" and at a sentence start, where the capital hides the compound from the tags.
    if (
      word.lemma === 'claim' &&
      /^claims?$/.test(written) &&
      CLAIM_KINDS.test(masked.slice(Math.max(0, start - 20), start))
    )
      continue;
    // "Ode attacked Tran for …", "attacking him": words aimed at someone named; "attacked a police post" is force.
    if (word.lemma === 'attack' && !ATTACKED_SOMEONE.test(masked.slice(end))) continue;
    // "president of the Harbor Progress think tank": a noun compound, and its owner no speaker.
    if (written === 'think' && /^\s+tanks?\b/i.test(masked.slice(end))) continue;
    // "a heckler trying to ask her about …": an infinitive asks nothing yet ("They ask the mayor to …" does).
    if (written === 'ask' && /\bto\s+$/i.test(before)) continue;
    // "Residents were told to leave", "he has been accused of": in the passive the subject is no speaker.
    if (!word.progressive && PASSIVE_BE.test(masked.slice(Math.max(0, start - 24), start))) continue;
    // "an expert called by the prosecution", "figures reported by the bureau": a passive participle, not a cue.
    if (followedBy(masked, end, PASSIVE_BY)) continue;
    // "have argued over the islands": a quarrel, not a report of what was argued.
    const particles = NON_SPEECH_PARTICLES.get(word.lemma);
    if (particles && followedBy(masked, end, particles)) continue;
    if (
      NOUN_FORMS.test(written) &&
      !CLAUSE_AFTER_VERB.test(masked.slice(end)) &&
      (inNounCompound(view, start, end) ||
        // "which Beijing claims are aimed at …": after a relative pronoun the verb belongs to the clause.
        (!/\b(?:which|that|who|what|as)\s+(?:\S+\s+){0,3}$/i.test(
          masked.slice(Math.max(0, start - 80), start),
        ) &&
          beforeVerb(view, end))) &&
      // Tried last: it tags, and only a word already taken for a noun needs it.
      !clauseFollows(view, end)
    )
      continue;
    // An apostrophe inside a word ("artist's") is not the quote that makes "called" a cue.
    // "called the plan “a disgrace”", "called him a political opportunist": a name for something.
    if (
      word.lemma === 'call' &&
      // "what he calls corruption": naming is all a free relative can do with "call".
      !/\b(?:what|which)\s+(?:[\p{L}.'’-]+\s+){1,4}$/iu.test(masked.slice(Math.max(0, start - 40), start)) &&
      !/^\s+(?:on|for|it|them|him|her|the\s+\p{L}+)?(?:[^.!?]|\.\d|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St))\.)*?(?<!\p{L})["“‘']/u.test(
        masked.slice(end),
      ) &&
      !/^\s+(?:it|them|him|her|himself|herself|themselves|itself|me|us|this|that|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})\s*(?:a|an|the|his|her|their|its|one|nothing)\s(?!(?:[\p{L}-]+\s+)?(?:night|day|morning|afternoon|evening|week|weekend|month|year|hour|minute|time|moment)\b)/u.test(
        masked.slice(end),
      ) &&
      // "called himself pro-choice", "call it the nerd prom": a pronoun and what it is called.
      !CALLED_PRONOUN_AS.test(masked.slice(end)) &&
      // "called the vote a sham", "called Ellis unqualified": a noun phrase and what it is called.
      !CALLED_PHRASE_AS.test(masked.slice(end))
    )
      continue;
    found.push({ start, end: start + written.length, word });
  }
  return found.sort((a, b) => a.start - b.start);
}
