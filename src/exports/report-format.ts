import { NotAcceptableException } from '@nestjs/common';

export const REPORT_FORMATS = ['json', 'csv', 'md', 'html', 'claimreview', 'prov', 'annotation'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** CSV cells that a spreadsheet would run as a formula: defused (the default) or written as stored. */
export const CSV_FORMULAS = ['escape', 'raw'] as const;
export type CsvFormulas = (typeof CSV_FORMULAS)[number];

export const ANNOTATION_PROFILE = 'http://www.w3.org/ns/anno.jsonld';

/** The Content-Type each format is sent with. */
export const MEDIA_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
  // PROV-JSON has no registered media type; this follows the registered application/provenance+xml of PROV-XML.
  prov: 'application/provenance+json; charset=utf-8',
  annotation: `application/ld+json; profile="${ANNOTATION_PROFILE}"; charset=utf-8`,
};

export const FILE_EXTENSIONS: Record<ReportFormat, string> = {
  json: 'json',
  csv: 'csv',
  md: 'md',
  html: 'html',
  claimreview: 'jsonld',
  prov: 'prov.json',
  annotation: 'jsonld',
};

interface Accepted {
  type: string;
  params: Map<string, string>;
  q: number;
  position: number;
}

function parseAccept(header: string): Accepted[] {
  return header
    .split(',')
    .map((part, position) => {
      const [type, ...rest] = part.split(';').map((s) => s.trim());
      const params = new Map<string, string>();
      for (const p of rest) {
        const eq = p.indexOf('=');
        if (eq > 0)
          params.set(
            p.slice(0, eq).trim().toLowerCase(),
            p
              .slice(eq + 1)
              .trim()
              .replace(/^"(.*)"$/, '$1'),
          );
      }
      const q = params.has('q') ? Number(params.get('q')) : 1;
      return { type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 0, position };
    })
    .filter((a) => a.type.length > 0 && a.q > 0);
}

// One media range to the format it asks for, or null when no report format satisfies it.
function formatFor(range: Accepted): ReportFormat | null {
  switch (range.type) {
    case '*/*':
    case 'application/*':
    case 'application/json':
      return 'json';
    case 'text/csv':
      return 'csv';
    case 'text/markdown':
    case 'text/x-markdown':
      return 'md';
    case 'text/*':
    case 'text/html':
      return 'html';
    case 'application/ld+json':
      return range.params.get('profile')?.split(/\s+/).includes(ANNOTATION_PROFILE)
        ? 'annotation'
        : 'claimreview';
    case 'application/provenance+json':
    case 'application/prov+json':
      return 'prov';
    default:
      return null;
  }
}

/**
 * `?format=` wins; otherwise the Accept header's preferred media range that a format satisfies
 * (highest q, then first listed). No header, or `*\/*`, gives json; an Accept nothing satisfies is 406.
 */
export function negotiateFormat(format: ReportFormat | undefined, accept: string | undefined): ReportFormat {
  if (format) return format;
  if (!accept || !accept.trim()) return 'json';
  const ranges = parseAccept(accept).sort((a, b) => b.q - a.q || a.position - b.position);
  for (const range of ranges) {
    const chosen = formatFor(range);
    if (chosen) return chosen;
  }
  throw new NotAcceptableException(
    `no report format satisfies Accept: ${accept}; use ?format= with one of ${REPORT_FORMATS.join(', ')}`,
  );
}
