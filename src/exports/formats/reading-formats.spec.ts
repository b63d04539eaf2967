import { ReportClaim } from '../report-claim';
import { htmlFormat } from './html.format';
import { markdownFormat } from './markdown.format';
import { reportClaim, reportDocument, speaker } from './report-claim.fixture';
import { ClaimSource, ReportContext, ReportFormatter } from './report-formatter';
import { isQuoted } from './report-outline';

const document = reportDocument({ profile: { named: 0.4, unnamed: 0.1, editorial: 0.25, uncovered: 0.25 } });
const context: ReportContext = {
  scope: { subject: 'document', subjectId: 'doc-1', filter: { documentId: 'doc-1' } },
  title: 'Claims in “Depot plan”',
  generatedAt: new Date('2026-03-08T00:00:00Z'),
  baseUrl: 'https://ct.example',
  organization: { name: 'Valley Fact Check', url: null },
};

async function render(format: ReportFormatter, claims: ReportClaim[]): Promise<string> {
  const source: ClaimSource = {
    async *claims() {
      yield claims;
    },
    async *documents() {
      yield [document];
    },
    count: () => Promise.resolve(claims.length),
    csvRows: () => {
      throw new Error('md and html read claims, not CSV rows');
    },
    jsonClaims: () => {
      throw new Error('md and html read claims, not JSON items');
    },
  };
  let text = '';
  for await (const part of format.write(context, source)) text += part.toString();
  return text;
}

const quoted = reportClaim({
  id: 'quoted',
  document,
  quote: 'direct',
  text: '"We have waited long enough for this, truly,"',
});
const paraphrase = reportClaim({ id: 'paraphrase', document, text: 'the depot would cut waiting times' });

describe('isQuoted', () => {
  it.each([
    ['"We have waited long enough,"', true],
    ['“It will open in May.”', true],
    ['„Wir warten.“', true],
    ['« Nous attendons. »', true],
    ['"It is late",', true],
    ['the depot would cut waiting times', false],
    ['"partly" quoted', false],
    ['"', false],
  ])('%s → %s', (text, expected) => {
    expect(isQuoted(text)).toBe(expected);
  });
});

describe('markdown report', () => {
  it('links claims and the stored document to the reader’s pages', async () => {
    const md = await render(markdownFormat, [paraphrase]);
    expect(md).toContain('([claim](<https://ct.example/claims/paraphrase>))');
    expect(md).toContain('Stored: [doc-1](<https://ct.example/documents/doc-1>)');
    expect(md).not.toContain('/api/claims/');
  });

  it('does not wrap a direct quote in a second pair of quotation marks, and quotes a paraphrase once', async () => {
    const md = await render(markdownFormat, [quoted, paraphrase]);
    expect(md).toContain('- "We have waited long enough for this, truly," — ');
    expect(md).not.toContain('“"');
    expect(md).toContain('- “the depot would cut waiting times” — ');
  });

  it('names the speakers in the order the claims come in (first appearance), not by name', async () => {
    const md = await render(markdownFormat, [
      reportClaim({ id: 'a', document, speaker: speaker('sp-2', 'Zoe Zimmer'), start: 5 }),
      reportClaim({ id: 'b', document, speaker: speaker('sp-1', 'Adam Abel'), start: 50 }),
    ]);
    expect(md.indexOf('#### Zoe Zimmer')).toBeLessThan(md.indexOf('#### Adam Abel'));
  });
});

describe('html report', () => {
  it('links claims to the reader’s pages', async () => {
    const html = await render(htmlFormat, [paraphrase]);
    expect(html).toContain('<a href="https://ct.example/claims/paraphrase">claim</a>');
    expect(html).not.toContain('/api/claims/');
  });

  it('gives the profile bar a legend: every colour with its label and share', async () => {
    const html = await render(htmlFormat, [paraphrase]);
    const legend = html.match(/<ul class="legend">([\s\S]*?)<\/ul>/)![1];
    expect(legend).toContain('<span class="swatch named"></span>Named sources 40.0 %');
    expect(legend).toContain('<span class="swatch unnamed"></span>Unnamed sources 10.0 %');
    expect(legend).toContain('<span class="swatch editorial"></span>Editorial voice 25.0 %');
    expect(legend).toContain('<span class="swatch uncovered"></span>Uncovered 25.0 %');
  });

  it('does not put a quoted text inside <q>, which would add a second pair of marks', async () => {
    const html = await render(htmlFormat, [quoted, paraphrase]);
    expect(html).toContain(
      '<span class="said">&quot;We have waited long enough for this, truly,&quot;</span>',
    );
    expect(html).not.toContain('<q>&quot;');
    expect(html).toContain('<q>the depot would cut waiting times</q>');
  });
});
