import { ReportClaim, ReportDocument, ReportSpeaker } from '../report-claim';

// Builders for the formatters' unit specs (not shipped code; kept here so every spec builds claims the same way).
export function reportDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    id: 'doc-1',
    title: 'Depot plan',
    url: 'https://courier.example/depot',
    publisher: 'Valley Courier',
    authors: ['Sam Reyes'],
    language: 'en',
    kind: 'article',
    publishedAt: new Date('2026-03-04T09:30:00Z'),
    retrievedAt: null,
    contentHash: 'h',
    metadata: {},
    createdAt: new Date('2026-03-05T00:00:00Z'),
    retractedAt: null,
    retractionReason: null,
    textLength: 100,
    ...overrides,
  };
}

export const speaker = (id: string, name: string, kind: ReportSpeaker['kind'] = 'person'): ReportSpeaker => ({
  id,
  name,
  kind,
  externalId: null,
});

export function reportClaim(overrides: Partial<ReportClaim> = {}): ReportClaim {
  const document = overrides.document ?? reportDocument();
  return {
    id: 'claim-1',
    documentId: document.id,
    document,
    kind: 'attributed',
    text: 'the depot would cut waiting times',
    start: 10,
    end: 43,
    prefix: '',
    suffix: '',
    speaker: speaker('sp-1', 'Nadia Okafor'),
    speakerMention: 'Nadia Okafor',
    speakerRole: null,
    cue: 'said',
    quote: 'indirect',
    origin: 'extraction',
    extractorVersion: '1.0.0',
    confidence: 0.9,
    reviewStatus: 'unreviewed',
    verdict: null,
    createdAt: new Date('2026-03-05T00:00:00Z'),
    updatedAt: new Date('2026-03-05T00:00:00Z'),
    retractedAt: null,
    retractionReason: null,
    supersededAt: null,
    supersededById: null,
    version: 1,
    evidence: [],
    reviews: [],
    ...overrides,
  };
}
