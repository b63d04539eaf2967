// Who said it, as the trail matches speakers across documents: a person by surname ("Elena Brandt",
// "Mayor Brandt" and "Brandt" meet), anything else by its whole name less a closing legal or generic word
// ("Aldane Water Services" and "Aldane Water", "Calder Transit Authority" and "Calder Transit" meet). A person named by a role ("the Corrin
// returning officer") has no surname: its last word is a common noun, so the whole name is the key, or the
// returning officers of every town would meet. Plain TypeScript.

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Closing words an outlet often leaves off a body's name; the words before them still name it.
const BODY_SUFFIXES = new Set(
  `inc incorporated corp corporation co company ltd limited llc plc ag gmbh sa nv group holdings services
  authority`.split(/\s+/),
);

const plain = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const endsInCommonNoun = (name: string) => /(^|\s)\p{Ll}[\p{L}'’-]*$/u.test(name.trim());

/** '' when the claim has no speaker to match by; every editorial claim shares 'editorial'. */
export function speakerKey(
  claimKind: 'attributed' | 'editorial',
  name: string | null,
  kind: string | null,
): string {
  if (claimKind === 'editorial') return 'editorial';
  if (!name) return '';
  const words = plain(name).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (kind === 'person') {
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
    if (words.length > 1 && endsInCommonNoun(name))
      return `person:${words.filter((w) => w !== 'the').join(' ')}`;
    return `person:${words[words.length - 1]}`;
  }
  if (words[0] === 'the') words.shift();
  while (words.length > 1 && BODY_SUFFIXES.has(words[words.length - 1])) words.pop();
  return `${kind ?? 'other'}:${words.join(' ')}`;
}
