export const DOCUMENT_KINDS = [
  'article',
  'transcript',
  'press-release',
  'report',
  'social-post',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
