// Who said it, as the trail matches speakers across documents: a person by surname ("Elena Brandt",
// "Mayor Brandt" and "Brandt" meet), anything else by its whole name. Plain TypeScript.

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const plain = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

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
    return `person:${words[words.length - 1]}`;
  }
  if (words[0] === 'the') words.shift();
  return `${kind ?? 'other'}:${words.join(' ')}`;
}
