import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { cueCandidates } from './cue-candidates';
import { cueFamilies } from './cue-families';
import { CUE_WORDS } from './lexicon';
import { PARTICIPLE_WORDS, participleSites } from './participle-sites';
import { findQuoteSpans } from './quotes';
import { SentenceView, makeView } from './sentence-view';
import { splitSentences } from './sentences';

// Invented sentences with a participle in an awkward place (before an apostrophe or a hyphen, in capitals,
// beside a dotted capital I), and every participle the lists hold in each of the readers' shapes.
const INVENTED = [
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

  it('never rules out participles that the participle reader finds when run anyway', () => {
    let skipped = 0;
    for (const view of ALL) {
      const families = cueFamilies(view.masked);
      if (families.participles) continue;
      skipped++;
      const cues = cueCandidates(view, families);
      expect({ text: view.text, sites: participleSites(view, cues, false) }).toEqual({
        text: view.text,
        sites: participleSites(view, cues, true),
      });
    }
    // The pass must rule something out to be worth its time: most sentences hold no participle of speech.
    expect(skipped).toBeGreaterThan(ALL.length * 0.8);
  });

  it('derives what it looks for from the participle list', () => {
    expect([...PARTICIPLE_WORDS]).toEqual(
      expect.arrayContaining(['saying', 'pointing', 'talking', 'boasting']),
    );
    expect(cueFamilies('Ode spoke about it, boasting that the pier was safe.').participles).toBe(true);
    expect(cueFamilies('Ode spoke about it, boasting.').participles).toBe(true);
  });

  it('rules out participles only in a sentence that holds none', () => {
    expect(cueFamilies('Ode left early, SAYING it twice.').participles).toBe(true);
    expect(cueFamilies('Declaring victory, Ode left.').participles).toBe(true);
    expect(cueFamilies('Ode left, saying’s not enough.').participles).toBe(true);
    expect(cueFamilies('The ferry left at nine, bringing the mail.').participles).toBe(false);
    expect(cueFamilies('Ode kept sayings of his own.').participles).toBe(false);
    // A Kelvin sign is no word character to the patterns, though its lower case is an ASCII "k".
    expect(cueFamilies('Ode left, saying\u212A twice.').participles).toBe(true);
    // Lower-casing a dotted capital I lengthens the text: nothing is ruled out then.
    expect(cueFamilies('The İzmir ferry left at nine.').participles).toBe(true);
  });
});
