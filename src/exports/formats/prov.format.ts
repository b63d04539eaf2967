import { epochMs, isoTime } from '../../common/timestamps';
import { ReportClaim } from '../report-claim';
import { ReportFormatter, reportLinks } from './report-formatter';

const SECTIONS = [
  'entity',
  'agent',
  'activity',
  'wasGeneratedBy',
  'used',
  'wasAttributedTo',
  'wasDerivedFrom',
  'wasAssociatedWith',
] as const;
type Section = (typeof SECTIONS)[number];

type Attributes = Record<string, unknown>;

interface Statement {
  section: Section;
  id: string;
  attributes: Attributes;
  /** Made by more than one claim (a document, speaker, outlet): written once per report. */
  shared?: boolean;
}

const qname = (name: string) => ({ $: name, type: 'prov:QUALIFIED_NAME' });
const dateTime = (date: Date) => ({ $: isoTime(date), type: 'xsd:dateTime' });
const anyUri = (url: string) => ({ $: url, type: 'xsd:anyURI' });
// A qualified name's local part may hold percent escapes but not punctuation such as ( ) ' ! * or a final dot.
const local = (name: string) =>
  encodeURIComponent(name)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/\.$/, '%2E');

const SPEAKER_TYPES = {
  person: 'prov:Person',
  organization: 'prov:Organization',
  government: 'prov:Organization',
  outlet: 'prov:Organization',
  'unnamed-group': 'prov:Agent',
} as const;

/**
 * The claimtrail vocabulary (ct:Extraction, ct:stance, …), documented in docs/reports.md. A fixed IRI,
 * the same from every host, so reports from different instances mean the same by the same term.
 */
export const CT_NAMESPACE = 'https://claimtrail.org/ns#';

export function provPrefixes(baseUrl: string) {
  const links = reportLinks(baseUrl);
  return {
    ct: CT_NAMESPACE,
    document: `${links.base}/api/documents/`,
    claim: `${links.base}/api/claims/`,
    speaker: `${links.base}/api/speakers/`,
    outlet: `${links.base}/api/documents?publisher=`,
    // People (API key names) and sources known only by URL have no API resource of their own: their ids are
    // fragments of the instance's home page, which exists, rather than paths that would answer 404.
    reviewer: `${links.base}/#reviewer-`,
    evidence: `${links.base}/#evidence-`,
    schema: 'https://schema.org/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
  };
}

/** Every PROV statement one claim contributes, each tagged with the PROV-JSON section it belongs in. */
export function* provStatements(claim: ReportClaim): Generator<Statement> {
  const document = claim.document;
  const documentId = `document:${document.id}`;
  const claimId = `claim:${claim.id}`;
  const outletId = document.publisher ? `outlet:${local(document.publisher)}` : null;

  yield {
    section: 'entity',
    id: documentId,
    shared: true,
    attributes: {
      'prov:type': qname('schema:CreativeWork'),
      'prov:label': document.title,
      ...(document.url ? { 'prov:location': anyUri(document.url) } : {}),
      ...(document.publishedAt ? { 'schema:datePublished': dateTime(document.publishedAt) } : {}),
      'ct:contentHash': document.contentHash,
    },
  };
  yield {
    section: 'entity',
    id: claimId,
    attributes: {
      'prov:type': qname(claim.kind === 'attributed' ? 'ct:AttributedClaim' : 'ct:EditorialAssertion'),
      'prov:value': claim.text,
      'ct:start': claim.start,
      'ct:end': claim.end,
      'ct:quoteType': claim.quote,
      ...(claim.cue ? { 'ct:cue': claim.cue } : {}),
      'ct:reviewStatus': claim.reviewStatus,
      ...(claim.verdict ? { 'ct:verdict': claim.verdict } : {}),
      ...(claim.retractedAt ? { 'ct:retractedAt': dateTime(claim.retractedAt) } : {}),
    },
  };
  if (outletId) {
    yield {
      section: 'agent',
      id: outletId,
      shared: true,
      attributes: { 'prov:type': qname('prov:Organization'), 'prov:label': document.publisher },
    };
    yield {
      section: 'wasAttributedTo',
      id: `_:published-${document.id}`,
      shared: true,
      attributes: { 'prov:entity': documentId, 'prov:agent': outletId },
    };
  }

  // A syndicated copy is a quotation of its original (PROV-DM 5.2.2: a derivation whose prov:type is
  // prov:Quotation); a claim first reported elsewhere had that document as its primary source.
  if (document.copyOfId) {
    yield {
      section: 'wasDerivedFrom',
      id: `_:copy-${document.id}`,
      shared: true,
      attributes: {
        'prov:generatedEntity': documentId,
        'prov:usedEntity': `document:${document.copyOfId}`,
        'prov:type': qname('prov:Quotation'),
      },
    };
  }
  if (claim.trail && claim.trail.firstSeenDocumentId !== document.id) {
    yield {
      section: 'wasDerivedFrom',
      id: `_:first-seen-${claim.id}`,
      attributes: {
        'prov:generatedEntity': claimId,
        'prov:usedEntity': `document:${claim.trail.firstSeenDocumentId}`,
        'prov:type': qname('prov:PrimarySource'),
      },
    };
  }

  // Who stands behind the claim: for an editorial assertion the outlet itself (the one agent for the
  // document's publisher), otherwise its speaker.
  const editorialOutlet = claim.kind === 'editorial' ? outletId : null;
  const speakerAgent = editorialOutlet ?? (claim.speaker ? `speaker:${claim.speaker.id}` : null);
  if (claim.speaker && !editorialOutlet) {
    yield {
      section: 'agent',
      id: `speaker:${claim.speaker.id}`,
      shared: true,
      attributes: {
        'prov:type': qname(SPEAKER_TYPES[claim.speaker.kind]),
        'prov:label': claim.speaker.name,
        'ct:speakerKind': claim.speaker.kind,
      },
    };
  }
  if (speakerAgent) {
    yield {
      section: 'wasAttributedTo',
      id: `_:said-${claim.id}`,
      attributes: {
        'prov:entity': claimId,
        'prov:agent': speakerAgent,
        ...(claim.speakerMention ? { 'ct:mention': claim.speakerMention } : {}),
        ...(claim.speakerRole ? { 'ct:role': claim.speakerRole } : {}),
      },
    };
  }

  // Each extraction run is an activity of its own: the claims of one run are stored in one transaction, so
  // they share their creation time, which with the document names the run. A claim entered by hand has an
  // activity of its own.
  const engine = claim.extractorVersion ?? 'unknown';
  const run = `${document.id}-${epochMs(claim.createdAt)}`;
  const activity = claim.origin === 'extraction' ? `ct:extraction-${run}` : `ct:entry-${claim.id}`;
  const started = isoTime(claim.createdAt);
  yield {
    section: 'activity',
    id: activity,
    shared: claim.origin === 'extraction',
    attributes:
      claim.origin === 'extraction'
        ? {
            'prov:type': qname('ct:Extraction'),
            'prov:startTime': started,
            'prov:endTime': started,
            'prov:label': `claim extraction by engine ${engine}`,
            'ct:engineVersion': engine,
          }
        : { 'prov:type': qname('ct:ManualEntry'), 'prov:startTime': started, 'prov:endTime': started },
  };
  yield {
    section: 'used',
    id: claim.origin === 'extraction' ? `_:read-${run}` : `_:read-${claim.id}`,
    shared: claim.origin === 'extraction',
    attributes: { 'prov:activity': activity, 'prov:entity': documentId, 'prov:time': started },
  };
  yield {
    section: 'wasGeneratedBy',
    id: `_:generated-${claim.id}`,
    attributes: {
      'prov:entity': claimId,
      'prov:activity': activity,
      'prov:time': started,
    },
  };
  yield {
    section: 'wasDerivedFrom',
    id: `_:from-${claim.id}`,
    attributes: {
      'prov:generatedEntity': claimId,
      'prov:usedEntity': documentId,
      'prov:activity': activity,
      ...(claim.quote === 'direct' ? { 'prov:type': qname('prov:Quotation') } : {}),
    },
  };
  if (claim.origin === 'extraction') {
    const extractor = `ct:extractor-${local(engine)}`;
    yield {
      section: 'agent',
      id: extractor,
      shared: true,
      attributes: {
        'prov:type': qname('prov:SoftwareAgent'),
        'prov:label': `claimtrail extractor ${engine}`,
        'ct:engineVersion': engine,
      },
    };
    yield {
      section: 'wasAssociatedWith',
      id: `_:ran-${run}`,
      shared: true,
      attributes: { 'prov:activity': activity, 'prov:agent': extractor },
    };
  }

  // Evidence is linked to a claim after the claim exists, so the claim is not derived from it. A link is an
  // entity of its own (which source, with which stance), made by whoever linked it; the reviews that came after
  // it used it (below). A source that disputes a claim is no prov:PrimarySource of anything.
  for (const e of claim.evidence) {
    const source = e.sourceDocumentId ? `document:${e.sourceDocumentId}` : `evidence:${e.id}`;
    const link = `ct:evidence-${e.id}`;
    const linker = `reviewer:${local(e.addedBy)}`;
    yield {
      section: 'entity',
      id: source,
      shared: true,
      attributes: {
        'prov:type': qname('schema:CreativeWork'),
        ...(e.title ? { 'prov:label': e.title } : {}),
        ...(e.url ? { 'prov:location': anyUri(e.url) } : {}),
        ...(e.publishedAt ? { 'schema:datePublished': dateTime(e.publishedAt) } : {}),
      },
    };
    yield {
      section: 'entity',
      id: link,
      attributes: {
        'prov:type': qname('ct:EvidenceLink'),
        'ct:claim': qname(claimId),
        'ct:source': qname(source),
        'ct:stance': e.stance,
        'ct:linkedAt': dateTime(e.createdAt),
        ...(e.exact ? { 'ct:passage': e.exact } : {}),
        ...(e.note ? { 'ct:note': e.note } : {}),
      },
    };
    yield {
      section: 'agent',
      id: linker,
      shared: true,
      attributes: { 'prov:type': qname('prov:Person'), 'prov:label': e.addedBy },
    };
    yield {
      section: 'wasAttributedTo',
      id: `_:linked-${e.id}`,
      attributes: { 'prov:entity': link, 'prov:agent': linker },
    };
    // The link quotes or points at its source: derived from the source, never the claim from either.
    yield {
      section: 'wasDerivedFrom',
      id: `_:cites-${e.id}`,
      attributes: {
        'prov:generatedEntity': link,
        'prov:usedEntity': source,
        ...(e.exact ? { 'prov:type': qname('prov:Quotation') } : {}),
      },
    };
  }

  // Each review is an activity by its reviewer that used the claim and the evidence linked by then, and
  // generated a verdict.
  for (const r of claim.reviews) {
    const review = `ct:review-${r.id}`;
    const verdict = `ct:verdict-${r.id}`;
    const reviewer = `reviewer:${local(r.reviewerName)}`;
    const time = isoTime(r.createdAt);
    yield {
      section: 'agent',
      id: reviewer,
      shared: true,
      attributes: { 'prov:type': qname('prov:Person'), 'prov:label': r.reviewerName },
    };
    yield {
      section: 'activity',
      id: review,
      attributes: { 'prov:type': qname('ct:Review'), 'prov:startTime': time, 'prov:endTime': time },
    };
    yield {
      section: 'entity',
      id: verdict,
      attributes: {
        'prov:type': qname('ct:Verdict'),
        'prov:value': r.verdict,
        'ct:rationale': r.rationale,
        ...(r.supersededById ? { 'ct:supersededBy': qname(`ct:verdict-${r.supersededById}`) } : {}),
      },
    };
    yield {
      section: 'used',
      id: `_:reviewed-${r.id}`,
      attributes: { 'prov:activity': review, 'prov:entity': claimId, 'prov:time': time },
    };
    for (const e of claim.evidence) {
      if (epochMs(e.createdAt) > epochMs(r.createdAt)) continue;
      yield {
        section: 'used',
        id: `_:weighed-${r.id}-${e.id}`,
        attributes: {
          'prov:activity': review,
          'prov:entity': `ct:evidence-${e.id}`,
          'prov:time': time,
          'ct:stance': e.stance,
        },
      };
    }
    yield {
      section: 'wasGeneratedBy',
      id: `_:judged-${r.id}`,
      attributes: { 'prov:entity': verdict, 'prov:activity': review, 'prov:time': time },
    };
    yield {
      section: 'wasAttributedTo',
      id: `_:by-${r.id}`,
      attributes: { 'prov:entity': verdict, 'prov:agent': reviewer },
    };
    yield {
      section: 'wasAssociatedWith',
      id: `_:reviewer-${r.id}`,
      attributes: { 'prov:activity': review, 'prov:agent': reviewer, 'ct:role': r.reviewerRole },
    };
  }
}

/**
 * W3C PROV-JSON. The format groups statements by kind (entity, agent, …), so the report reads the
 * claims once per section, all in the same snapshot: memory stays at one batch plus the ids of the
 * shared statements (documents, speakers, outlets, reviewers) already written, at the cost of one
 * cursor pass per section.
 */
export const provFormat: ReportFormatter = {
  passes: SECTIONS.length,
  async *write(context, source) {
    yield `{"prefix":${JSON.stringify(provPrefixes(context.baseUrl))}`;
    for (const section of SECTIONS) {
      yield `,\n"${section}":{`;
      const written = new Set<string>();
      let first = true;
      for await (const claims of source.claims('text')) {
        const parts: string[] = [];
        for (const claim of claims) {
          for (const s of provStatements(claim)) {
            if (s.section !== section) continue;
            if (s.shared) {
              if (written.has(s.id)) continue;
              written.add(s.id);
            }
            parts.push(`${first ? '\n' : ',\n'}${JSON.stringify(s.id)}:${JSON.stringify(s.attributes)}`);
            first = false;
          }
        }
        if (parts.length > 0) yield parts.join('');
      }
      yield '\n}';
    }
    yield '}\n';
  },
};
