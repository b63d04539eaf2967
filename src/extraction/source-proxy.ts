// Sources that speak on someone else's behalf: "a spokesperson for Westmoor Health", "the mayor's
// office", "Ostrel's government", "the registry's data". The one spoken for is the speaker: an
// unnamed spokesperson is the organisation's voice, and a document speaks for whoever produced it.
import { SUBJECT_OF_DETERMINER } from './source-words';

export interface SpokenFor {
  // The words naming the one spoken for ("Westmoor Health", "Mayor Karin Holt", "the registry").
  inner: string;
  // "Ostrel's government": the possessor is a place standing for its government.
  government: boolean;
  // "the registry's data": a document, so weak cues ("showed", "found") count as speech.
  document: boolean;
  // "a spokesperson for X": X is an organisation unless its name reads clearly as a person's.
  mouthpiece: boolean;
  // "Trump's campaign": a campaign is an organisation of its own, named for its candidate.
  campaign: boolean;
}

const MOUTHPIECES = [
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'spokespersons',
  'spokesmen',
  'spokeswomen',
  'representative',
  'representatives',
  'press officer',
  'press secretary',
  'press office',
];
// Counsel speak for their client in court and in filings ("lawyers for Kestrel Logistics contended"); "a lawyer
// at" a firm does not speak for the firm, and "Ode's lawyer" is left a person of their own, as "Aldgate's
// finance director" is.
const COUNSEL = ['lawyer', 'lawyers', 'attorney', 'attorneys'];
const MOUTHPIECE_FOR = new RegExp(
  `^(?:(?:an?|the|one|two|several)\\s+)?(?:(?:senior|chief|deputy|official|regional|national|local)\\s+)?(?:(?:${MOUTHPIECES.join('|')})\\s+(?:for|of|at)|(?:${COUNSEL.join('|')})\\s+for)\\s+(\\S.*)$`,
  'i',
);

// What a possessor can own that speaks in its name; "Aldgate's finance director" is someone else.
const VOICE_NOUNS = new Set([
  'office',
  // "the authority's board", "the club's management": the body that runs it speaks for it.
  'board',
  'management',
  'leadership',
  'press office',
  'government',
  'administration',
  'campaign',
  ...MOUTHPIECES,
]);
const DOCUMENT_VOICES = new Set([
  'data',
  'figures',
  'report',
  'study',
  'survey',
  'statistics',
  'records',
  'filing',
  'analysis',
  'review',
  'statement',
  'findings',
  'research',
  'estimates',
  'forecast',
]);
const POSSESSED = /^(.+?)['’]s?\s+((?:press\s+)?[\p{Ll}]+)$/u;
const POSSESSIVE_PRONOUN = /^(his|her|its|their)\s+((?:press\s+)?[\p{Ll}]+)$/iu;

/** The principal behind a mouthpiece or possessed document, or null when the words name the speaker itself. */
export function unwrapProxy(core: string): SpokenFor | null {
  const mouthpiece = MOUTHPIECE_FOR.exec(core);
  if (mouthpiece)
    return { inner: mouthpiece[1], government: false, document: false, mouthpiece: true, campaign: false };
  const possessed = POSSESSED.exec(core) ?? POSSESSIVE_PRONOUN.exec(core);
  if (!possessed) return null;
  const noun = possessed[2].toLowerCase();
  if (!VOICE_NOUNS.has(noun) && !DOCUMENT_VOICES.has(noun)) return null;
  // "Her office said": the pronoun is resolved like any other ("she").
  const inner = SUBJECT_OF_DETERMINER.get(possessed[1].toLowerCase()) ?? possessed[1];
  return {
    inner,
    government: noun === 'government' || noun === 'administration',
    document: DOCUMENT_VOICES.has(noun),
    mouthpiece: false,
    campaign: noun === 'campaign',
  };
}
