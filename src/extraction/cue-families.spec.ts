import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { cueCandidates } from './cue-candidates';
import { cueFamilies, phraseOpeners } from './cue-families';
import { CUE_WORDS, PHRASE_CUES } from './lexicon';
import { PARTICIPLE_WORDS, participleSites } from './participle-sites';
import { findQuoteSpans } from './quotes';
import { SentenceView, makeView } from './sentence-view';
import { splitSentences } from './sentences';

// Invented sentences with each family in an awkward place: a phrase after a hyphen or a digit, a
// participle before an apostrophe or a hyphen, capitals, a dotted capital I, and every participle and
// phrase opener the lists hold.
const INVENTED = [
  'Ode re-pointed out that the pier was old.',
  'The 2pointed out clause is not a phrase, but the board denied claims that it lied.',
  'The mayor rebutted reports that the ferry would stop, and Ode spoke glowingly about the crews.',
  'Tran called again for calm, and the union called Wednesday for a vote.',
  'Ruiz wrote, "The port is safe," SAYING it twice.',
  'Ode won the vote, saying’s not enough.',
  'Ode left early, saying-so being his habit.',
  'Declaring that the port would stay open, the mayor promised new cranes.',
  'The İstanbul office closed, saying nothing.',
  'He began by talking about the debt, and ended by speaking about the pier.',
  ...[...PARTICIPLE_WORDS].flatMap((word) => [
    `The council met on Monday, ${word} that the levy would rise.`,
    `Ode was quoted as ${word} the levy would rise.`,
    `${word[0].toUpperCase()}${word.slice(1)} that the port would close, Ode left.`,
    `The vote passed, with Ana Ruiz ${word} that it was fair.`,
  ]),
];

// Every string literal of the engine's specs long enough to hold a sentence.
function specSentences(): string[] {
  const literals: string[] = [];
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.spec.ts'))) {
    const source = readFileSync(join(__dirname, file), 'utf8');
    for (const match of source.matchAll(
      /'((?:[^'\\\n]|\\.){12,})'|"((?:[^"\\\n]|\\.){12,})"|`([^`$]{12,})`/g,
    ))
      literals.push((match[1] ?? match[2] ?? match[3]).replace(/\\(['"\\])/g, '$1').replace(/\\n/g, '\n'));
  }
  return literals;
}

function fixtureTexts(): string[] {
  const dir = join(__dirname, '../../test/fixtures/attribution');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function views(texts: string[]): SentenceView[] {
  return texts.flatMap((text) => {
    const quotes = findQuoteSpans(text);
    return splitSentences(text, quotes).map((sentence) => makeView(text, sentence, quotes));
  });
}

const ALL = views([...INVENTED, ...specSentences(), ...fixtureTexts()]);

describe('the one pass over a sentence before the cue readers', () => {
  it('reads the opening letters of each phrase pattern, optional letters and groups left out', () => {
    expect(phraseOpeners('pointed out')).toEqual(['pointed']);
    expect(phraseOpeners('call(?:ed|s) (?:again|today) for')).toEqual(['call']);
    expect(phraseOpeners('rebut(?:s|ted)? (?:the )?claims')).toEqual(['rebut']);
    expect(phraseOpeners('claims? that')).toEqual(['claim']);
    expect(phraseOpeners('(?:spoke|den(?:y|ies)) \\p{Ll}+ly')).toEqual(['spoke', 'den']);
    // An optional opening group, or a pattern opening on a class, can begin anywhere.
    expect(phraseOpeners('(?:very )?loudly said')).toEqual(['']);
    expect(phraseOpeners('\\p{Ll}+ly said')).toEqual(['']);
    // The lexicon's phrases all open on letters, so the pass can rule them out.
    expect(PHRASE_CUES.flatMap(phraseOpeners)).not.toContain('');
  });

  it('finds the same cue words as looking up every word of the sentence', () => {
    for (const view of ALL) {
      const expected = [...view.masked.matchAll(/\p{L}[\p{L}'’-]*/gu)]
        .filter((word) => CUE_WORDS.has(word[0].toLowerCase()))
        .map((word) => word.index);
      expect({ text: view.text, words: cueFamilies(view.masked).words.map((word) => word.start) }).toEqual({
        text: view.text,
        words: expected,
      });
    }
  });

  it('never rules out a family whose reader finds something when run anyway', () => {
    let skipped = 0;
    for (const view of ALL) {
      const families = cueFamilies(view.masked);
      if (!families.phrases) {
        skipped++;
        const forced = cueCandidates(view, { ...families, phrases: true });
        expect({ text: view.text, cues: cueCandidates(view, families) }).toEqual({
          text: view.text,
          cues: forced,
        });
      }
      if (!families.participles) {
        skipped++;
        const cues = cueCandidates(view, families);
        const forced = participleSites(view, cues, true);
        expect({ text: view.text, sites: participleSites(view, cues, false) }).toEqual({
          text: view.text,
          sites: forced,
        });
      }
    }
    // The pass must rule something out to be worth its time: most sentences hold neither family.
    expect(skipped).toBeGreaterThan(ALL.length);
  });

  it('rules out neither family in a sentence that holds one of each', () => {
    expect(cueFamilies('Ode pointed out the flaw, saying it was old.')).toMatchObject({
      phrases: true,
      participles: true,
    });
    expect(cueFamilies('Ode spoke highly of the crews.')).toMatchObject({
      phrases: true,
      participles: false,
    });
    expect(cueFamilies('The vote passed, with Ana Ruiz warning that it was close.')).toMatchObject({
      phrases: false,
      participles: true,
    });
    expect(cueFamilies('The ferry left at nine.')).toMatchObject({ phrases: false, participles: false });
  });
});
