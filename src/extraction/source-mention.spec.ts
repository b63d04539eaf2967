import { parseSourceMention } from './source-mention';

const read = (chunk: string, sentenceInitial = false) => {
  const mention = parseSourceMention(chunk, sentenceInitial);
  return mention && { name: mention.name, kind: mention.kind, role: mention.role };
};

describe('parseSourceMention', () => {
  it('separates a role in front of a name', () => {
    expect(read('Harbour Minister Tove Aas')).toEqual({ name: 'Tove Aas', kind: 'person', role: 'Harbour Minister' });
    expect(read("the region's lead hydrologist Omar Said")).toEqual({ name: 'Omar Said', kind: 'person', role: 'lead hydrologist' });
  });

  it('reads a closed relative clause after a name', () => {
    expect(read('Lena Voss, who chairs the panel,')).toMatchObject({ name: 'Lena Voss', kind: 'person' });
  });

  it('rejects an unclosed aside that runs into a longer clause', () => {
    expect(read('Voss, a teacher who runs a club')).toBeNull();
  });

  it('names a document by its author', () => {
    expect(read('A study published on Friday by the independent Quarry Institute')).toMatchObject({ name: 'Quarry Institute', kind: 'organization' });
  });

  it('names vague groups by their head, without quantifiers or places', () => {
    expect(read('Some economists in Lisbon')?.name).toBe('economists');
    expect(read('one person familiar with the bid')?.name).toBe('person familiar with the bid');
    expect(read('A senior Tavian official')).toMatchObject({ name: 'senior official', kind: 'unnamed-group' });
    expect(read('Inspectors from the Road Safety Board', true)).toMatchObject({ name: 'Road Safety Board', kind: 'organization' });
  });

  it('classifies acronyms as organisations and seats of power as governments', () => {
    expect(read('NATO')?.kind).toBe('organization');
    expect(read('the Kremlin')?.kind).toBe('government');
  });

  it('rejects clauses that only end in a noun', () => {
    expect(read('Drones hit three depots', true)).toBeNull();
    expect(read('Exports fell and Tran')).toBeNull();
  });
});
