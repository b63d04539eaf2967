/**
 * The key that identifies a speaker's name across documents: "The Ministry of Health",
 * "ministry of health" and "Ministry of Health." share one key; accents do not split names.
 */
export function speakerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
