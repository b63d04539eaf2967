// Part-of-speech tags from wink-nlp's light English model, for the decisions word lists get wrong:
// where a source noun phrase ends and whether a cue word is a verb ("insurance claims", "Theresa May").
// Tagging costs about as much as the rest of the engine per sentence, so it is asked for only where a
// decision needs it, and a sentence is tagged at most once.
import type winkNLP from 'wink-nlp';

export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  // Universal POS tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, NUM, PART, CCONJ, SCONJ, PUNCT…
  tag: string;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

// The model takes ~40 MB of heap, so it is loaded on the first sentence that needs tags, in whichever
// process or worker extracts, and never in one that only imports the engine's types.
function load(): ReturnType<typeof winkNLP> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const create = require('wink-nlp') as typeof winkNLP;
  const model = require('wink-eng-lite-web-model');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return create(model, ['pos']);
}

/** The tokens of `text` with their tags and offsets into `text`, moved by `offset` (where `text` starts in a longer one). */
export function tag(text: string, offset = 0): TaggedToken[] {
  nlp ??= load();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // wink's `its.*` are plain functions that wink calls itself, not methods that need `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  /* eslint-enable @typescript-eslint/unbound-method */
  const tagged: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    // wink's tokens are lossless; should a token ever differ from the text, find it rather than drift.
    const found = text.startsWith(values[i], at) ? at : text.indexOf(values[i], at);
    if (found < 0) continue;
    tagged.push({
      start: offset + found,
      end: offset + found + values[i].length,
      text: values[i],
      tag: tags[i],
    });
    at = found + values[i].length;
  }
  return tagged;
}
