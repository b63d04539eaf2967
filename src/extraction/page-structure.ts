// Lines that are page structure rather than prose: headlines in title case, page furniture
// ("READ MORE: …", "WATCH: …") and transcript turns ("WALLACE: Let's start …").
import { isKnownFirstName } from './first-names';
import { SourceMention, parseSourceMention } from './source-mention';
import { isRoleWord, parseNameRun } from './source-names';
import { capitalAt, nextLetter, wordEnd } from './words';

// Furniture labels that name no speaker; their lines are the outlet's (links, videos, notes).
const FURNITURE =
  /^(?:READ MORE|READ|WATCH|WATCH LIVE|RELATED|MORE|UPDATE|UPDATED|CORRECTION|EDITOR['’]?S NOTE|NOTE|PHOTOS?|VIDEO|SEE ALSO|SEE|CLICK HERE|SIGN UP|ADVERTISEMENT|SUBSCRIBE|LISTEN|FOLLOW|SHARE|BREAKING|BREAKING NEWS|EXCLUSIVE|ANALYSIS|OPINION|POLL|LIVE|TRANSCRIPT|Q|A|PHOTO|GALLERY|TOP|AP|UPI|CONTRIBUTING|REPORTING|BY|WRITTEN BY|FILED|CREDIT|SOURCE|SOURCES|EMAIL|E-MAIL|CONTACT|PAID NOTICE|CAPTION|FILE|GRAPHIC|CHART|MAP|TWEET)$/i;
// "WALLACE:", "HOST MARTA OKAFOR:", "MARTA OKAFOR, HOST:".
const LABEL = /^([\p{L}][\p{L}.'’ -]{0,40}?(?:,\s*[\p{L} ]{2,20})?)\s*:\s+(?=\S)/u;

/** True when `at` opens a paragraph: only spaces lie between it and the previous line break. */
export function opensParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (text[i] !== ' ' && text[i] !== '\t') return false;
  }
  return true;
}

/** "READ MORE: …", "WATCH: …": a furniture label opening the line. */
export function isFurniture(sentence: string): boolean {
  // Every sentence is asked; the few with a colon are the only ones that can hold a label.
  if (!sentence.includes(':')) return false;
  const label = LABEL.exec(sentence);
  return label !== null && FURNITURE.test(label[1].trim());
}

export interface Turn {
  mention: SourceMention;
  // Where the speaker's words start, after the label and its colon.
  contentStart: number;
}

/**
 * "WALLACE: Let's start …" in a transcript, or "John McCain: Populist Anger Appeals …" as a headline:
 * a name, a colon and what the named one said. All-capital labels are transcript speakers; others must
 * read as a name and stand in a headline, where "Poll: …" names its source too.
 */
export function speakerLabel(sentence: string, headline: boolean): Turn | null {
  const label = sentence.includes(':') ? LABEL.exec(sentence) : null;
  if (!label || FURNITURE.test(label[1].trim())) return null;
  const words = label[1].trim();
  if (words.split(/\s+/).length > 5) return null;
  const shouting = words === words.toUpperCase() && /\p{Lu}{2}/u.test(words);
  if (!shouting && !headline) return null;
  const written = shouting
    ? words.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase())
    : words;
  // "MARTA OKAFOR, HOST:": the role after the comma is no part of the name.
  const [named, role] = written.split(/\s*,\s*/);
  if (role !== undefined && !(shouting && role.split(' ').every(isRoleWord))) return null;
  // "HOST:" alone after "Host Marta Okafor" was introduced: the role refers back to her.
  if (shouting && role === undefined && !named.includes(' ') && isRoleWord(named))
    return { mention: roleLabel(named, words), contentStart: label[0].length };
  const found = parseNameRun(named) ?? parseSourceMention(named, true, true);
  const mention = found && role ? { ...found, role } : found;
  if (!mention || mention.form === 'pronoun') return null;
  // A headline's "Big Win For Bernie: …" or "Morning Email: …" is a title; a label must be someone's name.
  if (
    !shouting &&
    !(
      mention.kind === 'person' &&
      (mention.role !== null || isKnownFirstName(written.split(/\s+/)[0].toLowerCase()))
    )
  )
    return null;
  return { mention: { ...mention, mention: words }, contentStart: label[0].length };
}

function roleLabel(role: string, written: string): SourceMention {
  return {
    form: 'description',
    mention: written,
    name: role,
    kind: 'person',
    role,
    gender: null,
    head: role.toLowerCase(),
  };
}

/** A title-case line ("Obama Says Museum Will Tell Story of Nation"): a headline, read with its capitals in mind. */
export function isHeadline(sentence: string): boolean {
  // Every line that is a paragraph of its own is asked, so its words are counted rather than collected.
  let words = 0;
  let long = 0;
  let capitalised = 0;
  for (let start = nextLetter(sentence, 0), end = 0; start >= 0; start = nextLetter(sentence, end)) {
    end = wordEnd(sentence, start);
    words++;
    if (end - start < 4) continue;
    long++;
    if (capitalAt(sentence, start) > 0) capitalised++;
  }
  if (words < 3 || long < 2) return false;
  return capitalised / long >= 0.75 && !/[.!?]["”’']?\s*\S/.test(sentence.trim().slice(0, -2));
}
