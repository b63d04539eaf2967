import { CT_NAMESPACE, provPrefixes, provStatements } from './prov.format';
import { reportClaim, speaker } from './report-claim.fixture';

const statements = (claim: ReturnType<typeof reportClaim>) => [...provStatements(claim)];

describe('provStatements', () => {
  it('derives a direct quote from its document as a prov:Quotation, a paraphrase without a type', () => {
    const direct = statements(reportClaim({ quote: 'direct' })).find((s) => s.id === '_:from-claim-1')!;
    expect(direct.attributes['prov:type']).toEqual({ $: 'prov:Quotation', type: 'prov:QUALIFIED_NAME' });
    const indirect = statements(reportClaim({ quote: 'indirect' })).find((s) => s.id === '_:from-claim-1')!;
    expect(indirect.attributes).not.toHaveProperty('prov:type');
  });

  it('attributes an editorial assertion to the outlet agent, an attributed claim to its speaker', () => {
    const editorial = statements(
      reportClaim({ kind: 'editorial', speaker: speaker('o-1', 'Valley Courier', 'outlet') }),
    );
    expect(editorial.find((s) => s.id === '_:said-claim-1')!.attributes['prov:agent']).toBe(
      'outlet:Valley%20Courier',
    );
    expect(editorial.some((s) => s.id === 'speaker:o-1')).toBe(false);
    const attributed = statements(reportClaim());
    expect(attributed.find((s) => s.id === '_:said-claim-1')!.attributes['prov:agent']).toBe('speaker:sp-1');
  });

  it('keeps qualified names valid: punctuation percent-encoded, no final dot', () => {
    const ids = statements(
      reportClaim({
        extractorVersion: '2.0.',
        document: { ...reportClaim().document, publisher: "O'Neil (Daily)" },
      }),
    ).map((s) => s.id);
    expect(ids).toContain('outlet:O%27Neil%20%28Daily%29');
    expect(ids).toContain('ct:extractor-2.0%2E');
  });

  it('marks per-document records shared and per-claim records not', () => {
    const byId = new Map(statements(reportClaim()).map((s) => [s.id, s.shared === true]));
    expect(byId.get('document:doc-1')).toBe(true);
    expect(byId.get('speaker:sp-1')).toBe(true);
    expect(byId.get('claim:claim-1')).toBe(false);
    expect(byId.get('_:generated-claim-1')).toBe(false);
  });
});

describe('provStatements: evidence, reviews and runs', () => {
  const evidence = (id: string, stance: 'corroborates' | 'disputes', at: string) => ({
    id,
    stance,
    sourceDocumentId: null,
    start: null,
    end: null,
    exact: null,
    url: `https://${id}.example/`,
    title: null,
    publisher: null,
    publishedAt: null,
    note: null,
    addedBy: 'Jane Checker',
    version: 1,
    createdAt: new Date(at),
  });
  const review = {
    id: 'r1',
    verdict: 'false' as const,
    rationale: 'no',
    reviewerName: 'Jane Checker',
    reviewerRole: 'factchecker' as const,
    supersededById: null,
    createdAt: new Date('2026-03-07T00:00:00Z'),
  };
  const claim = reportClaim({
    verdict: 'false',
    evidence: [
      evidence('e1', 'disputes', '2026-03-06T00:00:00Z'),
      evidence('e2', 'corroborates', '2026-03-08T00:00:00Z'),
    ],
    reviews: [review],
  });
  const all = statements(claim);
  const of = (section: string) => all.filter((s) => s.section === section).map((s) => s.attributes);

  it('never derives the claim from evidence, and types no source prov:PrimarySource', () => {
    const derivations = of('wasDerivedFrom');
    expect(derivations.filter((d) => d['prov:generatedEntity'] === 'claim:claim-1')).toEqual([
      expect.objectContaining({ 'prov:usedEntity': 'document:doc-1' }),
    ]);
    expect(JSON.stringify(all)).not.toContain('PrimarySource');
    // Each link is an entity of its own, with its stance, derived from its source and attributed to its linker.
    const link = all.find((s) => s.id === 'ct:evidence-e1')!;
    expect(link.attributes).toMatchObject({
      'prov:type': { $: 'ct:EvidenceLink' },
      'ct:stance': 'disputes',
      'ct:claim': { $: 'claim:claim-1' },
    });
    expect(derivations).toContainEqual({
      'prov:generatedEntity': 'ct:evidence-e1',
      'prov:usedEntity': 'evidence:e1',
    });
    expect(of('wasAttributedTo')).toContainEqual({
      'prov:entity': 'ct:evidence-e1',
      'prov:agent': 'reviewer:Jane%20Checker',
    });
  });

  it('makes a review an activity that used the claim and the evidence linked before it, and generated the verdict', () => {
    const used = of('used').filter((u) => u['prov:activity'] === 'ct:review-r1');
    expect(used.map((u) => u['prov:entity'])).toEqual(['claim:claim-1', 'ct:evidence-e1']);
    expect(used[1]).toMatchObject({ 'ct:stance': 'disputes' });
    expect(of('wasGeneratedBy')).toContainEqual(
      expect.objectContaining({ 'prov:entity': 'ct:verdict-r1', 'prov:activity': 'ct:review-r1' }),
    );
  });

  it('gives each extraction run its own activity, with its engine version and start time', () => {
    const first = reportClaim({ extractorVersion: '1.0.0' });
    const rerun = reportClaim({
      id: 'claim-2',
      extractorVersion: '1.1.0',
      createdAt: new Date('2026-04-01T12:00:00Z'),
    });
    const activities = [...statements(first), ...statements(rerun)].filter((s) => s.section === 'activity');
    expect(activities.map((a) => a.id)).toEqual([
      `ct:extraction-doc-1-${Date.parse('2026-03-05T00:00:00Z')}`,
      `ct:extraction-doc-1-${Date.parse('2026-04-01T12:00:00Z')}`,
    ]);
    expect(activities[1].attributes).toMatchObject({
      'prov:type': { $: 'ct:Extraction' },
      'prov:startTime': '2026-04-01T12:00:00.000Z',
      'ct:engineVersion': '1.1.0',
    });
  });

  it('uses a stable ct: namespace, the same whatever host the report was asked from', () => {
    expect(provPrefixes('http://localhost:3000').ct).toBe('https://claimtrail.org/ns#');
    expect(provPrefixes('https://ct.example/').ct).toBe(CT_NAMESPACE);
    expect(Object.values(provPrefixes('http://localhost:3000')).join(' ')).not.toContain('/ns/');
  });
});
