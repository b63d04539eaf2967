import { isoTime } from '../../common/timestamps';
import { ReportClaim } from '../report-claim';
import { ANNOTATION_PROFILE } from '../report-format';
import { currentReview, ReportFormatter, ReportLinks, reportLinks } from './report-formatter';
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

// Web Annotation Data Model §4.2.4: prefix and suffix are optional; an empty one says nothing, so it is left out.
function quoteSelector(claim: ReportClaim) {
  return {
    type: 'TextQuoteSelector',
    exact: claim.text,
    ...(claim.prefix ? { prefix: claim.prefix } : {}),
    ...(claim.suffix ? { suffix: claim.suffix } : {}),
  };
}

/**
 * The targets of a claim's annotation (Web Annotation Data Model §4):
 * - first, the document itself: `source` is its original URL when known, so clients such as Hypothesis anchor
 *   on the page people read. Claim offsets count in the stored text, which the original page may render
 *   differently, so a TimeState (§4.3.1) names the stored text (text/plain, /api/documents/:id/text) as the
 *   `cached` copy the selectors apply to, with `sourceDate` the time it was retrieved. Without a URL the stored
 *   text is the source itself. The position selector counts on that text exactly.
 * - second, the reader's page for the document, an alternative representation of the same text: an annotation
 *   may have several targets (§3.1), and the quote selector (which needs no offsets) finds the span there.
 */
function targetsOf(claim: ReportClaim, links: ReportLinks) {
  const document = claim.document;
  const text = links.documentText(document.id);
  const astral = document.astralText;
  const selector = [
    quoteSelector(claim),
    {
      type: 'TextPositionSelector',
      start: codePointOffset(astral, claim.start),
      end: codePointOffset(astral, claim.end),
    },
  ];
  const original = document.url
    ? {
        type: 'SpecificResource',
        source: document.url,
        state: {
          type: 'TimeState',
          cached: text,
          sourceDate: isoTime(document.retrievedAt ?? document.createdAt),
        },
        selector,
      }
    : { type: 'SpecificResource', source: text, selector };
  const reader = {
    type: 'SpecificResource',
    source: links.readerDocument(document.id),
    selector: [quoteSelector(claim)],
  };
  return [original, reader];
}

/** One W3C Web Annotation for a claim: the claim's span in the document, described. */
export function annotationOf(claim: ReportClaim, links: ReportLinks) {
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
  return {
    id: `${links.claim(claim.id)}#annotation`,
    type: 'Annotation',
    motivation: 'describing',
    created: isoTime(claim.createdAt),
    modified: isoTime(claim.updatedAt),
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
    target: targetsOf(claim, links),
  };
}

/**
 * A W3C Web Annotation collection (Data Model §5), one annotation per claim, in its one page: the collection
 * names it `first` and `last`, the page names the collection it is `partOf` (§5.1, §5.2). The page's id is a
 * fragment of the collection's, since the report is written as one document.
 */
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
    const page = `${id}#page-1`;
    const pageHead = { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0 };
    yield `${JSON.stringify({ ...head, last: page }).slice(0, -1)},"first":${JSON.stringify(pageHead).slice(0, -1)},"items":[`;
    let first = true;
    for await (const claims of source.claims('text', { astralText: true })) {
      yield claims
        .map((c) => (first ? ((first = false), '\n') : ',\n') + JSON.stringify(annotationOf(c, links)))
        .join('');
    }
    yield '\n]}}\n';
  },
};
