import { iso, ReportClaim } from '../report-claim';
import { ANNOTATION_PROFILE } from '../report-format';
import { currentReview, ReportFormatter, reportLinks } from './report-formatter';
import { QUOTE_LABELS } from './report-outline';

/**
 * The code point offset of a UTF-16 offset. Claims store UTF-16 offsets (JavaScript string indexes);
 * a TextPositionSelector counts characters (code points), which differ after any character outside
 * the Basic Multilingual Plane. `text` is only given for documents that have such characters.
 */
export function codePointOffset(text: string | undefined, utf16Offset: number): number {
  if (!text) return utf16Offset;
  let surrogates = 0;
  for (let i = 1; i < utf16Offset; i++) {
    const low = text.charCodeAt(i);
    const high = text.charCodeAt(i - 1);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) surrogates += 1;
  }
  return utf16Offset - surrogates;
}

function describe(claim: ReportClaim): string {
  const how = [claim.cue && `cue “${claim.cue}”`, QUOTE_LABELS[claim.quote]].filter(Boolean).join(', ');
  if (claim.kind === 'editorial')
    return `Editorial assertion by ${claim.document.publisher ?? 'the outlet'}${how ? ` (${how})` : ''}`;
  const who = claim.speaker ? claim.speaker.name : 'an unidentified speaker';
  const mention =
    claim.speakerMention && claim.speakerMention !== claim.speaker?.name
      ? ` (“${claim.speakerMention}”)`
      : '';
  return `Attributed to ${who}${mention}${claim.speakerRole ? `, ${claim.speakerRole}` : ''}${how ? `; ${how}` : ''}`;
}

/** One W3C Web Annotation for a claim: the claim's span in the stored document, described. */
export function annotationOf(claim: ReportClaim, links: ReturnType<typeof reportLinks>) {
  const review = currentReview(claim);
  const body: Array<Record<string, unknown>> = [
    {
      type: 'TextualBody',
      purpose: 'describing',
      value: describe(claim),
      format: 'text/plain',
      language: 'en',
    },
    { type: 'TextualBody', purpose: 'tagging', value: claim.kind },
  ];
  if (claim.speaker)
    body.push({ type: 'SpecificResource', purpose: 'linking', source: links.speaker(claim.speaker.id) });
  if (claim.verdict) {
    body.push({
      type: 'TextualBody',
      purpose: 'assessing',
      value: review ? `${claim.verdict}: ${review.rationale}` : claim.verdict,
      format: 'text/plain',
      ...(review ? { creator: { type: 'Person', name: review.reviewerName } } : {}),
    });
  }
  const astral = claim.document.astralText;
  return {
    id: `${links.claim(claim.id)}#annotation`,
    type: 'Annotation',
    motivation: 'describing',
    created: iso(claim.createdAt),
    modified: iso(claim.updatedAt),
    ...(claim.origin === 'extraction'
      ? {
          creator: {
            id: `${links.base}/#extractor`,
            type: 'Software',
            name: `claimtrail extractor ${claim.extractorVersion}`,
          },
        }
      : {}),
    body,
    target: {
      // Offsets count in the stored text, which is served at the document's API URL.
      source: links.document(claim.documentId),
      ...(claim.document.url ? { scope: claim.document.url } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: claim.text, prefix: claim.prefix, suffix: claim.suffix },
        {
          type: 'TextPositionSelector',
          start: codePointOffset(astral, claim.start),
          end: codePointOffset(astral, claim.end),
        },
      ],
    },
  };
}

/** A W3C Web Annotation collection, one annotation per claim, in its first (and only) page. */
export const annotationFormat: ReportFormatter = {
  passes: 1,
  async *write(context, source) {
    const links = reportLinks(context.baseUrl);
    const total = await source.count();
    const id = `${links.base}/api/${context.scope.subject === 'claims' ? 'claims' : `${context.scope.subject}s/${context.scope.subjectId}`}/report?format=annotation`;
    const head = {
      '@context': ANNOTATION_PROFILE,
      id,
      type: 'AnnotationCollection',
      label: context.title,
      total,
      generated: context.generatedAt.toISOString(),
    };
    yield `${JSON.stringify(head).slice(0, -1)},"first":{"id":${JSON.stringify(`${id}&page=1`)},"type":"AnnotationPage","startIndex":0,"items":[`;
    let first = true;
    for await (const claims of source.claims('text', { astralText: true })) {
      yield claims
        .map((c) => (first ? ((first = false), '\n') : ',\n') + JSON.stringify(annotationOf(c, links)))
        .join('');
    }
    yield '\n]}}\n';
  },
};
