import { parseSourceMention } from './source-mention';

const read = (chunk: string, sentenceInitial = false) => {
  const mention = parseSourceMention(chunk, sentenceInitial);
  return mention && { name: mention.name, kind: mention.kind, role: mention.role };
};

describe('parseSourceMention', () => {
  it('separates a role in front of a name', () => {
    expect(read('Harbour Minister Tove Aas')).toEqual({
      name: 'Tove Aas',
      kind: 'person',
      role: 'Harbour Minister',
    });
    expect(read("the region's lead hydrologist Omar Said")).toEqual({
      name: 'Omar Said',
      kind: 'person',
      role: 'lead hydrologist',
    });
  });

  it('reads a lower-case role the speaker-noun tests miss before a name ("delegate", "pollster")', () => {
    expect(read('Coastal delegate Bill Ode,')).toEqual({
      name: 'Bill Ode',
      kind: 'person',
      role: 'Coastal delegate',
    });
    expect(read('veteran pollster Ann Vik')).toEqual({
      name: 'Ann Vik',
      kind: 'person',
      role: 'veteran pollster',
    });
  });

  it('reads an organisation possessive before a name as no role', () => {
    expect(read("Harbor Forum's Dana Moss-Eaton")).toMatchObject({
      name: 'Dana Moss-Eaton',
      kind: 'person',
    });
  });

  it('runs an office named with "of" over several words up to the name', () => {
    expect(read('Director of Harbour Safety Rhea Lund')).toEqual({
      name: 'Rhea Lund',
      kind: 'person',
      role: 'Director of Harbour Safety',
    });
    expect(read('Secretary of State Maria Elena Ruiz')).toMatchObject({
      name: 'Maria Elena Ruiz',
    });
  });

  it('reads a quantifier before "of" and a possessor as a group, not a name', () => {
    expect(read("Some of Tran's oldest crewmates", true)).toMatchObject({
      name: "some of tran's oldest crewmates",
      kind: 'unnamed-group',
    });
  });

  it('reads a closed relative clause after a name', () => {
    expect(read('Lena Voss, who chairs the panel,')).toMatchObject({ name: 'Lena Voss', kind: 'person' });
  });

  it('reads a lone title after a comma as no name instead of failing', () => {
    expect(() => parseSourceMention('On June 9, Justice', true)).not.toThrow();
    expect(read('On June 9, Justice', true)).toBeNull();
  });

  it('rejects an unclosed aside that runs into a longer clause', () => {
    expect(read('Voss, a teacher who runs a club')).toBeNull();
  });

  it('names a document by its author', () => {
    expect(read('A study published on Friday by the independent Quarry Institute')).toMatchObject({
      name: 'Quarry Institute',
      kind: 'organization',
    });
  });

  it('names vague groups by their head, without quantifiers or places', () => {
    expect(read('Some economists in Lisbon')?.name).toBe('economists');
    expect(read('one person familiar with the bid')?.name).toBe('person familiar with the bid');
    expect(read('A senior Tavian official')).toMatchObject({
      name: 'senior Tavian official',
      kind: 'unnamed-group',
    });
    expect(read('Inspectors from the Road Safety Board', true)).toMatchObject({
      name: 'Road Safety Board',
      kind: 'organization',
    });
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

describe('parseSourceMention: sources speaking for others', () => {
  it('gives an unnamed spokesperson’s words to the organisation', () => {
    expect(read('A spokesperson for Brayfield Water')).toMatchObject({
      name: 'Brayfield Water',
      kind: 'organization',
    });
  });

  it('keeps a person behind an office a person', () => {
    expect(read("Mayor Ines Dorr's office")).toMatchObject({ name: 'Ines Dorr', kind: 'person' });
  });

  it('reads "<place>’s government" as the place, speaking as a government', () => {
    expect(read("Quorra's government")).toMatchObject({ name: 'Quorra', kind: 'government' });
  });

  it('names a document by a lower-case body that released it', () => {
    expect(read('figures released by the regional housing office')).toMatchObject({
      name: 'regional housing office',
      kind: 'organization',
    });
  });
});

describe('parseSourceMention: shapes of names and groups', () => {
  it('makes a name described as a business an organisation', () => {
    expect(read("Tovik, the bicycle's maker,")).toMatchObject({ name: 'Tovik', kind: 'organization' });
    expect(read('Harrow Lines, which runs the trams,')).toMatchObject({
      name: 'Harrow Lines',
      kind: 'organization',
    });
  });

  it('reads a count before any plural noun as a group', () => {
    expect(read('Several bystanders')).toMatchObject({ name: 'bystanders', kind: 'unnamed-group' });
    expect(read('Beekeepers', true)).toMatchObject({ name: 'beekeepers', kind: 'unnamed-group' });
  });

  it('drops asides and locating places from a group or body, and keeps whose it is', () => {
    // A demonym tells two groups apart: a Lorvan official and a Tavian one are not one speaker.
    expect(read('A senior Lorvan official, speaking on condition of anonymity,')).toMatchObject({
      name: 'senior Lorvan official',
    });
    expect(read('Western diplomats', true)?.name).toBe('Western diplomats');
    expect(read('Climate scientists', true)?.name).toBe('climate scientists');
    expect(read('Officials in Quorra, one of the towns affected,', true)?.name).toBe('officials');
    expect(read('the health ministry in Quorra')?.name).toBe('health ministry');
    expect(read('State television', true)).toMatchObject({ name: 'state television', kind: 'unnamed-group' });
  });

  it('accepts a passive participle inside an apposition', () => {
    expect(read('Dr. Ilse Varga, a chemist called by the defence,')).toMatchObject({
      name: 'Ilse Varga',
      kind: 'person',
    });
  });
});
