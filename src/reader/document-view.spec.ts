import { ClaimResponse } from '../claims/dto/claim.response';
import { DocumentResponse } from '../documents/dto/document.response';
import { buildDocumentView, claimContext, markSpeakers } from './document-view';
import { PALETTE_SIZE } from './speaker-palette';

const text = 'Ann Lee said taxes rise. Observers said costs fall. Rain is due. Ann Lee added more.';

function claim(
  id: string,
  kind: 'attributed' | 'editorial',
  span: string,
  speaker: ClaimResponse['speaker'] = null,
): ClaimResponse {
  const start = text.indexOf(span);
  return {
    id,
    kind,
    start,
    end: start + span.length,
    text: span,
    speaker,
    quote: kind === 'editorial' ? 'none' : 'indirect',
  } as ClaimResponse;
}

const ann = { id: 'speaker-ann', name: 'Ann Lee', kind: 'person' as const };
const observers = { id: 'speaker-observers', name: 'observers', kind: 'unnamed-group' as const };
const claims = [
  claim('c4', 'attributed', 'added more', ann),
  claim('c1', 'attributed', 'taxes rise', ann),
  claim('c2', 'attributed', 'costs fall', observers),
  claim('c3', 'editorial', 'Rain is due.'),
];

describe('buildDocumentView', () => {
  const view = buildDocumentView({ text } as DocumentResponse, claims);

  it('groups attributed claims by speaker in order of first appearance, numbering the speakers', () => {
    expect(view.speakers.map((s) => [s.name, s.marker, s.unnamed, s.claims.map((c) => c.id)])).toEqual([
      ['Ann Lee', '1', false, ['c1', 'c4']],
      ['observers', '2', true, ['c2']],
    ]);
    expect(view.speakers[0].slot).not.toBe(view.speakers[1].slot);
  });

  it('lists editorial assertions apart, with the editorial marker', () => {
    expect(view.editorial.map((c) => [c.id, c.marker, c.colourClass])).toEqual([['c3', 'E', 'editorial']]);
  });

  it('cuts the whole text into segments, each claim starting in one', () => {
    expect(view.segments.map((s) => s.text).join('')).toBe(text);
    expect(view.segments.flatMap((s) => s.starts.map((c) => c.id)).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('gives the sourcing profile by named, unnamed and editorial characters', () => {
    expect(view.profile.named).toBeCloseTo(('taxes rise'.length + 'added more'.length) / text.length);
    expect(view.profile.unnamed).toBeCloseTo('costs fall'.length / text.length);
    expect(view.profile.editorial).toBeCloseTo('Rain is due.'.length / text.length);
  });
});

describe('markSpeakers', () => {
  it('gives up to PALETTE_SIZE speakers of one document different colours', () => {
    const many = Array.from({ length: PALETTE_SIZE }, (_, i) => ({
      id: `c${i}`,
      kind: 'attributed',
      start: i,
      end: i + 1,
      speaker: { id: `s${i}`, name: `S${i}`, kind: 'person' },
    })) as ClaimResponse[];
    const slots = [...markSpeakers(many).values()].map((m) => m.slot);
    expect(new Set(slots).size).toBe(PALETTE_SIZE);
  });
});

describe('claimContext', () => {
  it('keeps whole words around the claim and says where it was cut', () => {
    const long = `${'word '.repeat(100)}CLAIM${' more'.repeat(100)}`;
    const start = long.indexOf('CLAIM');
    const context = claimContext(long, start, start + 5);
    expect(context.exact).toBe('CLAIM');
    expect(context.before.startsWith('word')).toBe(true);
    expect(context.after.endsWith('more')).toBe(true);
    expect(context.truncatedBefore && context.truncatedAfter).toBe(true);
  });

  it('gives the whole text when it is short', () => {
    const context = claimContext(text, 0, 7);
    expect(context.before + context.exact + context.after).toBe(text);
    expect(context.truncatedBefore || context.truncatedAfter).toBe(false);
  });
});
