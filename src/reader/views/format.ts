const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

export const formatDate = (iso: string) => DATE.format(new Date(iso));
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** At most `max` characters (code points, so no emoji is cut in half), with an ellipsis when shortened. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const SPEAKER_KIND_LABELS: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  government: 'government',
  outlet: 'outlet',
  'unnamed-group': 'unnamed source',
};

export const speakerKindLabel = (kind: string | null) =>
  kind ? (SPEAKER_KIND_LABELS[kind] ?? kind) : 'unknown kind';

const QUOTE_LABELS: Record<string, string> = {
  direct: 'direct quote',
  indirect: 'indirect (paraphrase)',
  mixed: 'partly quoted',
  none: 'not a quote',
};

export const quoteLabel = (quote: string) => QUOTE_LABELS[quote] ?? quote;
