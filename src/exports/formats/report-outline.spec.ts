import { ReportClaim } from '../report-claim';
import { outline, OutlineEvent } from './report-outline';
import { reportClaim, reportDocument, speaker } from './report-claim.fixture';

async function* batches(...groups: ReportClaim[][]) {
  yield* groups;
}

async function events(...groups: ReportClaim[][]): Promise<string[]> {
  const all: OutlineEvent[] = [];
  for await (const batch of outline(batches(...groups))) all.push(...batch);
  return all.map((e) => {
    switch (e.type) {
      case 'document':
        return `document ${e.document.id}`;
      case 'section':
        return `section ${e.section}`;
      case 'speaker':
        return `speaker ${e.speaker?.name ?? '-'}`;
      case 'claim':
        return `claim ${e.claim.id}`;
      default:
        return e.type;
    }
  });
}

describe('outline', () => {
  const okafor = speaker('sp-1', 'Nadia Okafor');
  const lopez = speaker('sp-2', 'Maria Lopez');
  const other = reportDocument({ id: 'doc-2' });

  it('opens a heading when the document, section or speaker changes, even across batches', async () => {
    const result = await events(
      [reportClaim({ id: 'a', speaker: lopez }), reportClaim({ id: 'b', speaker: okafor })],
      [reportClaim({ id: 'c', speaker: okafor }), reportClaim({ id: 'd', kind: 'editorial', speaker: null })],
      [reportClaim({ id: 'e', document: other, speaker: okafor })],
    );
    expect(result).toEqual([
      'document doc-1',
      'section attributed',
      'speaker Maria Lopez',
      'claim a',
      'speaker Nadia Okafor',
      'claim b',
      'claim c',
      'end-section',
      'section editorial',
      'claim d',
      'end-section',
      'end-document',
      'document doc-2',
      'section attributed',
      'speaker Nadia Okafor',
      'claim e',
      'end-section',
      'end-document',
    ]);
  });

  it('groups attributed claims without a speaker under their own heading', async () => {
    expect(await events([reportClaim({ id: 'a', speaker: null })])).toEqual([
      'document doc-1',
      'section attributed',
      'speaker -',
      'claim a',
      'end-section',
      'end-document',
    ]);
  });

  it('writes nothing for no claims', async () => {
    expect(await events()).toEqual([]);
  });
});
