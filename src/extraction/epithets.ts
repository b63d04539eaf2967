// Epithets: descriptions that news uses to refer back to someone already named ("the California
// congressman" for Adam Schiff, "the Wisconsin Republican", "the billionaire"), as opposed to
// descriptions that introduce someone new ("a federal judge", "the judge in the case").
import { SourceMention } from './source-mention';

const PARTIES =
  /^(?:republican|democrat|democratic|independent|libertarian|conservative|liberal|labour|tory|socialist|gop)s?$/i;
// Heads that, after "the", describe a person the story has already named.
const EPITHET_HEADS = new Set([
  'billionaire',
  'businessman',
  'businesswoman',
  'mogul',
  'candidate',
  'nominee',
  'front-runner',
  'frontrunner',
  'incumbent',
  'challenger',
  'congressman',
  'congresswoman',
  'lawmaker',
  'senator',
  'governor',
  'legislator',
  'politician',
  'populist',
  'real-estate',
  'developer',
  'actor',
  'actress',
  'star',
  'veteran',
  'president-elect',
]);
// Titles written before a name ("Rep. Adam Schiff") and the nouns that refer back to them.
const TITLE_SYNONYMS: Record<string, string[]> = {
  congressman: ['rep', 'representative', 'congressman'],
  congresswoman: ['rep', 'representative', 'congresswoman'],
  lawmaker: ['rep', 'representative', 'sen', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mp'],
  senator: ['sen', 'senator'],
  governor: ['gov', 'governor'],
  candidate: ['candidate', 'nominee', 'hopeful'],
  nominee: ['nominee', 'candidate'],
};

/** "the California congressman", "the Wisconsin Republican", "the 70-year-old billionaire". */
export function isEpithet(mention: SourceMention): boolean {
  if (!/^the\s/i.test(mention.mention) || mention.kind !== 'person') return false;
  const words = mention.mention
    .replace(/[,;:]+$/, '')
    .split(/\s+/)
    .slice(1);
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (PARTIES.test(head)) return true;
  // A capitalised place or party before the head ("the Vermont senator") points back to a named person.
  return (
    EPITHET_HEADS.has(head) &&
    (words.length === 1 || words.slice(0, -1).some((word) => /^\p{Lu}/u.test(word)) || head !== 'senator')
  );
}

/** Whether a role written before a name ("Rep.") fits the epithet's head ("congressman"). */
export function roleFits(head: string, role: string | null): boolean {
  if (!role) return false;
  const titles: string[] = role.toLowerCase().match(/[a-z-]+/g) ?? [];
  return (TITLE_SYNONYMS[head] ?? [head]).some((title) => titles.includes(title));
}

/** "The Wisconsin Democrat" in running text: an epithet for someone, not a new name to remember. */
export function isEpithetRun(run: string): boolean {
  const words = run.trim().split(/\s+/);
  return /^the$/i.test(words[0]) && PARTIES.test(words[words.length - 1]);
}
