import { provStatements } from './prov.format';
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
