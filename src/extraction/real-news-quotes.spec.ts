// Quote shapes, page structure and speaker resolution met in real journalism (issue 12). Every
// sentence here was written for this spec.
import { extractClaims } from './index';

const claims = (text: string) =>
  extractClaims(text, { publisher: 'The Ledger' }).claims.map((claim) => ({
    kind: claim.kind,
    text: claim.text,
    speaker: claim.kind === 'attributed' ? (claim.speaker?.name ?? null) : null,
  }));
const attributed = (text: string) => claims(text).filter((claim) => claim.kind === 'attributed');

describe('quote shapes', () => {
  it('reads typewriter quotes written as two apostrophes', () => {
    expect(attributed("''We cannot rebuild the wall every winter,'' Dilys Okonjo said.")).toEqual([
      { kind: 'attributed', text: "''We cannot rebuild the wall every winter,''", speaker: 'Dilys Okonjo' },
    ]);
  });

  it('reads a cue, a comma and then a quote', () => {
    expect(attributed('Tom Brierley said, "The levy is small."')).toEqual([
      { kind: 'attributed', text: '"The levy is small."', speaker: 'Tom Brierley' },
    ]);
  });

  it('keeps content on both sides of the frame in one claim', () => {
    expect(attributed('The cost of doing nothing, Mr. Brierley said, would be far higher.')).toEqual([
      {
        kind: 'attributed',
        text: 'The cost of doing nothing, Mr. Brierley said, would be far higher',
        speaker: 'Brierley',
      },
    ]);
  });

  it('gives a quote that resumes after its cue to the same speaker', () => {
    expect(
      attributed('"People remember the flood," Ms. Okonjo said, "and they will not forgive us."'),
    ).toEqual([
      { kind: 'attributed', text: '"People remember the flood,"', speaker: 'Okonjo' },
      { kind: 'attributed', text: '"and they will not forgive us."', speaker: 'Okonjo' },
    ]);
  });

  it('gives a quoted paragraph with no frame to the one person the paragraph before named', () => {
    const text =
      'Councillor Fenella Roy voted against the levy.\n\n"Renters will pay while landlords gain. That is not fair at all."';
    expect(attributed(text)).toEqual([
      {
        kind: 'attributed',
        text: '"Renters will pay while landlords gain. That is not fair at all."',
        speaker: 'Fenella Roy',
      },
    ]);
  });

  it('gives the quoted paragraph after "X continued:" to X', () => {
    const text =
      'Ana Brask spoke last.\n\nBrask continued:\n\n"We asked for the figures three times and never saw them."';
    expect(attributed(text).map((claim) => claim.speaker)).toEqual(['Ana Brask']);
  });

  it('does not continue a quote into a quoted section heading', () => {
    const text =
      '"We will pay for it," Ms. Okonjo said.\n\nThe council publishes its schedule next week.\n\n"Three things the levy buys"';
    expect(attributed(text).map((claim) => claim.text)).toEqual(['"We will pay for it,"']);
  });
});

describe('speakers resolved to the person named before', () => {
  it('resolves "the Marlow congresswoman" to the representative named earlier', () => {
    const text =
      'Rep. Alma Schiffer questioned the chief executive on Monday. The Marlow congresswoman said the figures were impossible.';
    expect(attributed(text)[0].speaker).toBe('Alma Schiffer');
  });

  it('resolves "the Wisconsin Democrat" to the senator named earlier', () => {
    const text = 'Sen. Tammy Reyes of Wisconsin spoke next. The Wisconsin Democrat said the vote would wait.';
    expect(attributed(text)[0].speaker).toBe('Tammy Reyes');
  });

  it('gives "he" to the named person rather than to a company described as "the operator"', () => {
    const text =
      'The union secretary, Colm Daly, said morale was low. The operator cited a fall in sales. He cautioned, however, that a strike would hurt.';
    expect(attributed(text).map((claim) => claim.speaker)).toEqual(['Colm Daly', 'operator', 'Colm Daly']);
  });

  it('lets a full name later in the text become the canonical name of a headline surname', () => {
    const text =
      'Harbour Board Backs Night Ferry, Calloway Says\n\nBoard chair Ruth Calloway spoke on Wednesday.\n\nCALLOWAY: The wall is funded from a separate grant.';
    expect(attributed(text).map((claim) => claim.speaker)).toEqual(['Ruth Calloway', 'Ruth Calloway']);
  });
});

describe('headlines, page furniture and transcripts', () => {
  it('reads a title-case headline with a trailing cue, without swallowing its words into a name', () => {
    const text = 'Mayor Says New Bridge Will Open in May\n\nMayor Ines Roth cut the ribbon.';
    expect(attributed(text)).toEqual([
      { kind: 'attributed', text: 'New Bridge Will Open in May', speaker: 'Mayor' },
    ]);
  });

  it('reads a headline label naming a person ("Ines Roth: …")', () => {
    expect(attributed('Ines Roth: The Bridge Will Pay for Itself\n\nThe council met on Friday.')).toEqual([
      { kind: 'attributed', text: 'The Bridge Will Pay for Itself', speaker: 'Ines Roth' },
    ]);
  });

  it('leaves "READ MORE:" and "WATCH:" lines to the outlet, cues and all', () => {
    const text =
      'The ferry runs at night.\n\nREAD MORE: Mayor says the ferry will stay\n\nWATCH: Crossing in a gale';
    expect(claims(text).map((claim) => claim.kind)).toEqual(['editorial', 'editorial', 'editorial']);
  });

  it('reads transcript labels as speakers for the whole turn', () => {
    const text = 'HOST: Why keep the ferry?\n\nCALLOWAY: The island needs it. We looked at a water taxi.';
    expect(attributed(text)).toEqual([
      { kind: 'attributed', text: 'Why keep the ferry', speaker: 'Host' },
      { kind: 'attributed', text: 'The island needs it', speaker: 'Calloway' },
      { kind: 'attributed', text: 'We looked at a water taxi.', speaker: 'Calloway' },
    ]);
  });
});
