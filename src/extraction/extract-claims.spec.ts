import { extractClaims } from './index';
import { ExtractedClaim } from './types';

const claims = (text: string, publisher: string | null = 'The Ledger') =>
  extractClaims(text, { publisher }).claims;
const attributed = (text: string) => claims(text).filter((claim) => claim.kind === 'attributed');
const summary = (claim: ExtractedClaim) => ({
  kind: claim.kind,
  text: claim.text,
  speaker: claim.speaker?.name ?? null,
});

describe('extractClaims: offsets and coverage', () => {
  it('returns spans that index the exact input, in order and without overlap', () => {
    const text =
      '  “We will act,” Abel Tran said.\n\nThe depot   closed in May.  Critics said the closure was rushed. ';
    const result = claims(text);
    let previousEnd = 0;
    for (const claim of result) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.start).toBeGreaterThanOrEqual(previousEnd);
      expect(claim.text).toBe(claim.text.trim());
      previousEnd = claim.end;
    }
    expect(result).toHaveLength(3);
  });

  it('gives every sentence at least one claim', () => {
    const text = 'The ferry ran late. Nobody knows why. Storms are common here.';
    expect(claims(text).map((claim) => claim.kind)).toEqual(['editorial', 'editorial', 'editorial']);
  });

  it('attributes editorial claims to the publisher, or to nobody without one', () => {
    expect(claims('The ferry ran late.')[0].speaker).toEqual({
      name: 'The Ledger',
      kind: 'outlet',
      mention: 'The Ledger',
      role: null,
    });
    expect(claims('The ferry ran late.', null)[0].speaker).toBeNull();
  });

  it('reports the engine version', () => {
    expect(extractClaims('x').engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('extractClaims: cue shapes', () => {
  it('takes the content after "<source> said (that)"', () => {
    expect(summary(attributed('Abel Tran said the levy would fail.')[0])).toEqual({
      kind: 'attributed',
      text: 'the levy would fail',
      speaker: 'Abel Tran',
    });
    expect(attributed('The inspector warned that the roof could collapse.')[0].text).toBe(
      'the roof could collapse',
    );
  });

  it('takes a quote before "<source> said", quote marks included', () => {
    const [claim] = attributed('"We will not sell the mill," Ona Petrak said.');
    expect(claim).toMatchObject({ text: '"We will not sell the mill,"', quote: 'direct', cue: 'said' });
    expect(claim.speaker?.name).toBe('Ona Petrak');
  });

  it('reads inverted "said <source>" with an apposition role', () => {
    const [claim] = attributed('“The tide is against us,” said Ivo Marsh, the harbour master.');
    expect(claim.text).toBe('“The tide is against us,”');
    expect(claim.speaker).toMatchObject({ name: 'Ivo Marsh', role: 'harbour master' });
  });

  it('reads "according to" before and after the content', () => {
    expect(
      summary(attributed('According to the regional water board, reservoirs are at 40 percent.')[0]),
    ).toEqual({
      kind: 'attributed',
      text: 'reservoirs are at 40 percent',
      speaker: 'regional water board',
    });
    expect(attributed('Reservoirs are at 40 percent, according to the water board.')[0].text).toBe(
      'Reservoirs are at 40 percent',
    );
  });

  it('includes settings such as "in a statement" and "told reporters" in the cue', () => {
    expect(attributed('Kestrel Mining said in a statement that the shaft was safe.')[0]).toMatchObject({
      cue: 'said in a statement',
      text: 'the shaft was safe',
    });
    expect(attributed('Pia Lund told reporters on Friday that the vote was close.')[0]).toMatchObject({
      cue: 'told reporters',
      text: 'the vote was close',
    });
  });

  it('reads a trailing cue after indirect content', () => {
    const [claim] = attributed('The plant will hire 300 workers, the company announced on Tuesday.');
    expect(claim).toMatchObject({
      text: 'The plant will hire 300 workers',
      cue: 'announced',
      quote: 'indirect',
    });
  });

  it('reads nouns that carry attribution, such as a study that found something', () => {
    expect(attributed('A survey by the Pellow Institute found that most tenants pay too much.')[0].text).toBe(
      'most tenants pay too much',
    );
    expect(attributed('The ethics committee determined that the grant was misused.')[0].text).toBe(
      'the grant was misused',
    );
  });

  it('reads speech acts with content', () => {
    expect(attributed('Senator Edda Vance urged the agency to publish its data.')[0].text).toBe(
      'the agency to publish its data',
    );
    expect(attributed('The ministry denied that it had paid the contractor.')[0].text).toBe(
      'it had paid the contractor',
    );
  });

  it('keeps "adding that" as a second claim from the same speaker', () => {
    const result = attributed(
      '“The bridge is safe,” Rolf Berg said, adding that inspections would continue.',
    );
    expect(result.map((claim) => [claim.text, claim.speaker?.name])).toEqual([
      ['“The bridge is safe,”', 'Rolf Berg'],
      ['inspections would continue', 'Rolf Berg'],
    ]);
  });
});

describe('extractClaims: quotes', () => {
  it('keeps a quotation of several sentences as one direct claim', () => {
    const [claim] = attributed('“We lost the harvest. We lost the herd. We will rebuild,” Marit Olsen said.');
    expect(claim).toMatchObject({
      text: '“We lost the harvest. We lost the herd. We will rebuild,”',
      quote: 'direct',
    });
  });

  it('handles British single quotes with the comma outside', () => {
    const [claim] = attributed("'The timetable is not realistic', the rail minister said.");
    expect(claim).toMatchObject({ text: "'The timetable is not realistic'", quote: 'direct' });
  });

  it('marks partial quotes inside indirect content as mixed', () => {
    expect(attributed('Nadia Ferreira said the deal was “a betrayal of our members”.')[0].quote).toBe(
      'mixed',
    );
  });

  it('gives a standalone quote after an attributed quote to the same speaker', () => {
    const result = attributed('“The river is rising,” Hedda Lorne said. “We have two days at most.”');
    expect(result.map((claim) => claim.speaker?.name)).toEqual(['Hedda Lorne', 'Hedda Lorne']);
  });

  it('reads a cue after an em dash', () => {
    expect(
      attributed('The clinic will stay open — at least until June, the health board said.')[0].speaker?.name,
    ).toBe('health board');
  });
});

describe('extractClaims: mixed sentences', () => {
  it('splits an outlet assertion from an attributed clause joined by "and"', () => {
    expect(
      claims('The smelter shut in April, and the workers’ union says the closure cost 250 jobs.').map(
        summary,
      ),
    ).toEqual([
      { kind: 'editorial', text: 'The smelter shut in April', speaker: 'The Ledger' },
      { kind: 'attributed', text: 'the closure cost 250 jobs', speaker: 'workers’ union' },
    ]);
  });

  it('splits a relative clause that a government disputes', () => {
    const result = claims('Rockets struck two warehouses, which Ankara claims were empty.');
    expect(result.map((claim) => claim.kind)).toEqual(['editorial', 'attributed']);
    expect(result[0].text).toBe('Rockets struck two warehouses');
    expect(result[1].speaker).toMatchObject({ name: 'Ankara', kind: 'government' });
  });
});

describe('extractClaims: speakers', () => {
  it('reads a role in apposition before the name', () => {
    const [claim] = attributed(
      "The province's chief veterinarian, Mona Erikson, said the outbreak was contained.",
    );
    expect(claim.speaker).toEqual({
      name: 'Mona Erikson',
      kind: 'person',
      mention: "The province's chief veterinarian, Mona Erikson",
      role: 'chief veterinarian',
    });
  });

  it('reads a capitalised title before the name as the role', () => {
    expect(attributed('Trade Minister Joaquim Silva said tariffs would rise.')[0].speaker).toMatchObject({
      name: 'Joaquim Silva',
      role: 'Trade Minister',
    });
  });

  it('drops honorifics from the canonical name and resolves later surnames', () => {
    const result = attributed(
      'Dr. Tessa Quill said the trial worked. Quill added that more funding was needed.',
    );
    expect(result.map((claim) => claim.speaker?.name)).toEqual(['Tessa Quill', 'Tessa Quill']);
    expect(result[1].speaker?.mention).toBe('Quill');
  });

  it('resolves pronouns to the earlier speaker of the matching gender', () => {
    const text =
      'Maria Duarte said the port was full. Peter Sand said ships were waiting. She said the queue would clear by Friday. He disagreed, saying it would take weeks.';
    expect(attributed(text).map((claim) => claim.speaker?.name)).toEqual([
      'Maria Duarte',
      'Peter Sand',
      'Maria Duarte',
      'Peter Sand',
    ]);
  });

  it('resolves "the company" to the organisation named before', () => {
    const text = 'Harrow Freight Ltd. said it would appeal. The company said the fine was unlawful.';
    expect(attributed(text).map((claim) => claim.speaker?.name)).toEqual([
      'Harrow Freight Ltd.',
      'Harrow Freight Ltd.',
    ]);
  });

  it('treats capitals standing for governments as governments', () => {
    expect(attributed('Brussels warned that the subsidy broke trade rules.')[0].speaker).toMatchObject({
      name: 'Brussels',
      kind: 'government',
    });
  });

  it('keeps vague sources as unnamed groups', () => {
    const kinds = (text: string) =>
      attributed(text).map((claim) => [claim.speaker?.name, claim.speaker?.kind]);
    expect(kinds('Analysts said the merger would raise fares.')).toEqual([['analysts', 'unnamed-group']]);
    expect(kinds('Two people familiar with the matter said the bid had been withdrawn.')).toEqual([
      ['two people familiar with the matter', 'unnamed-group'],
    ]);
    expect(
      kinds('A senior official who spoke on condition of anonymity said the talks had failed.')[0][1],
    ).toBe('unnamed-group');
    expect(kinds('Other sources suggest that the audit was never finished.')[0][1]).toBe('unnamed-group');
  });

  it('classifies organisations by their suffix', () => {
    expect(attributed('The Pellow Institute said rents rose.')[0].speaker?.kind).toBe('organization');
  });
});

describe('extractClaims: things that are not attribution', () => {
  it.each([
    ['"so-called"', 'The so-called recovery plan runs to 90 pages.'],
    ['"the said property"', 'The court seized the said property in June.'],
    ['a vote', 'The council voted 7-2 to close the library.'],
    ['a quoted title', 'The film “Salt and Iron” opened in 40 cinemas.'],
    ['an event with an added object', 'The factory added 200 jobs last year.'],
    ['a win that was claimed', 'Rovers claimed a 2-1 win over City on Saturday.'],
    ['"states" as a noun', 'EU member states agreed on Monday to extend the sanctions.'],
    ['a passive report', 'The ship is believed to have sunk in deep water.'],
  ])('keeps %s editorial', (_label, text) => {
    expect(claims(text).map((claim) => claim.kind)).toEqual(['editorial']);
  });
});

describe('extractClaims: speakers that need the rest of the document', () => {
  const speakerOf = (text: string, content: string) =>
    attributed(text).find((claim) => claim.text.includes(content))?.speaker;

  it('reads an unlisted one-word place the document locates as a government', () => {
    const text = 'Crowds gathered in Quorra on Monday. Quorra insisted that the border was open.';
    expect(speakerOf(text, 'border')).toMatchObject({ name: 'Quorra', kind: 'government' });
  });

  it('keeps a one-word surname a person when the document never uses it as a place', () => {
    const text = 'Talks were led by Ada Quorrel. Quorrel insisted that the border was open.';
    expect(speakerOf(text, 'border')).toMatchObject({ name: 'Ada Quorrel', kind: 'person' });
  });

  it('links a quantifier back to the group named just before', () => {
    const text =
      'Ferrymen crowded the quay on Sunday. Several said the fares were too low; others said the boats were unsafe.';
    expect(speakerOf(text, 'fares')?.name).toBe('ferrymen');
    expect(speakerOf(text, 'boats')?.name).toBe('ferrymen');
  });

  it('links "the person" back to an unnamed source', () => {
    const text = 'A person close to the board said a sale was likely. Bids were due in May, the person said.';
    expect(speakerOf(text, 'Bids')?.name).toBe('person close to the board');
  });

  it('sends "it" to the subject of the sentence before, not to the last organisation named', () => {
    const text =
      'The Tarn Rail Agency issued its report. The agency sent the report to the Ministry of Roads. It said the line was unsafe.';
    expect(speakerOf(text, 'line')?.name).toBe('Tarn Rail Agency');
  });

  it('gives an unnamed spokesperson’s words to the company named before', () => {
    const text =
      'Pellow, the kettle maker, recalled 9,000 units. A spokesman for the company said no one had been hurt.';
    expect(speakerOf(text, 'hurt')).toMatchObject({ name: 'Pellow', kind: 'organization' });
  });
});

describe('extractClaims: content without a marker and frames that close a sentence', () => {
  it('takes a clause after "added" even without "that", but not an object', () => {
    expect(attributed('Ola Brant added the tolls were never meant to last.')[0].text).toBe(
      'the tolls were never meant to last',
    );
    expect(attributed('The warehouse added 300 jobs in May.')).toHaveLength(0);
  });

  it('lets data and researchers "show" or "find" without "that"', () => {
    expect(attributed('Data from the Quarry Institute show exports fell by a tenth.')[0]).toMatchObject({
      text: 'exports fell by a tenth',
      speaker: { name: 'Quarry Institute' },
    });
    expect(attributed('The researchers found nesting rates down by a third.')[0].speaker?.name).toBe(
      'researchers',
    );
  });

  it('gives a sentence with a closing frame to the frame’s speaker, not to a cue inside it', () => {
    const text = 'Ines Dorr said her client was innocent. He told police that he was at home, she said.';
    expect(attributed(text).map(summary)[1]).toEqual({
      kind: 'attributed',
      text: 'He told police that he was at home',
      speaker: 'Ines Dorr',
    });
  });

  it('reads an object before "whether" as part of what was asked', () => {
    expect(attributed('Judge Lena Ruiz asked the witness whether the light was on.')[0].text).toBe(
      'the witness whether the light was on',
    );
  });

  it('leaves quarrels and formal acts to the outlet', () => {
    expect(attributed('The two towns have argued over the bridge since 1990.')).toHaveLength(0);
    expect(attributed('The governor declared a state of emergency on Friday.')).toHaveLength(0);
  });

  it('starts a new claim after a quote closed by a semicolon', () => {
    const found = attributed('Critics called the play “a triumph”; others said it dragged.');
    expect(found.map((claim) => claim.text)).toEqual(['the play “a triumph”', 'it dragged']);
  });
});

describe('extractClaims: frames with listeners and asides', () => {
  it('keeps a named listener in the frame of "told"', () => {
    expect(attributed('Nina Voss told Reuters the vote was final.')[0]).toMatchObject({
      text: 'the vote was final',
      cue: 'told Reuters',
    });
    expect(attributed('“We stay,” Omar Reyes, 45, told The Valley Post.')[0]).toMatchObject({
      text: '“We stay,”',
      speaker: { name: 'Omar Reyes' },
    });
  });

  it('reads a singular unnamed source', () => {
    expect(
      attributed('The deal was signed, according to a source familiar with the talks.')[0].speaker?.name,
    ).toBe('source familiar with the talks');
  });
});

describe('extractClaims: passives, possessive pronouns and counted sources', () => {
  it('does not make the subject of a passive cue a speaker', () => {
    expect(attributed('Residents of Quorra were told to leave by noon.')).toHaveLength(0);
    expect(attributed('The coach has been accused of bullying players.')).toHaveLength(0);
  });

  it('resolves "her office" to the woman named before', () => {
    const text =
      'The fire chief, Ben Roe, spoke first. Governor Ada Pike blamed the budget. Her office said two planes were on loan.';
    expect(attributed(text).find((claim) => claim.text.includes('planes'))?.speaker?.name).toBe('Ada Pike');
  });

  it('keeps what makes an unnamed group a source, and lets "one" of them speak for it', () => {
    const text =
      'Two people involved in the bid said the scores were close. One said the board preferred the cheaper offer.';
    expect(attributed(text).map((claim) => claim.speaker?.name)).toEqual([
      'two people involved in the bid',
      'two people involved in the bid',
    ]);
  });
});

describe('extractClaims: later mentions of someone introduced before', () => {
  const speakers = (text: string) => attributed(text).map((claim) => claim.speaker?.name);

  it('resolves a bracketed short form to the full name', () => {
    expect(
      speakers('The Coastal Ferry Authority (CFA) said fares would rise. CFA said the rise was small.'),
    ).toEqual(['Coastal Ferry Authority', 'Coastal Ferry Authority']);
  });

  it('reads "the 68-year-old" as the person just described', () => {
    expect(
      speakers('Harold Quill, a retired teacher, led the march. The 68-year-old said he would march again.'),
    ).toEqual(['Harold Quill']);
  });

  it('lets "the group" mean an unplaced name that was the subject just before', () => {
    const found = attributed('Brindle Action organised the march. The group said 5,000 people came.')[0]
      .speaker;
    expect(found).toMatchObject({ name: 'Brindle Action', kind: 'organization' });
  });
});

describe('extractClaims: a singular unnamed source met again', () => {
  it('reads "a former colleague" as a source and "the colleague" as the same one', () => {
    const text =
      'A former colleague, who asked not to be named, said the clerk worked alone. "Nobody else wanted the job," the colleague said.';
    expect(attributed(text).map((claim) => claim.speaker?.name)).toEqual([
      'former colleague',
      'former colleague',
    ]);
  });
});

describe('extractClaims: documents as sources', () => {
  it('reads "the report" as a source although "report" is also a cue', () => {
    expect(attributed('The report said costs rose.')[0]).toMatchObject({
      text: 'costs rose',
      speaker: { name: 'report' },
    });
  });

  it('never takes a report for "the company" or "the bank"', () => {
    const found = attributed('The report said costs rose. The bank’s forecast shows growth slowing.');
    expect(found[1].speaker?.name).toBe('bank');
  });
});

describe('extractClaims: attribution inside a larger sentence', () => {
  it('attributes only the aside in "X, which critics say …, takes effect"', () => {
    expect(claims('The law, which critics say is unfair, takes effect in May.').map(summary)).toEqual([
      { kind: 'editorial', text: 'The law', speaker: 'The Ledger' },
      { kind: 'attributed', text: 'is unfair', speaker: 'critics' },
      { kind: 'editorial', text: 'takes effect in May.', speaker: 'The Ledger' },
    ]);
  });

  it('finds the source after a subordinating conjunction', () => {
    expect(claims('Shares rose after the lender said it would buy back stock.').map(summary)).toEqual([
      { kind: 'editorial', text: 'Shares rose', speaker: 'The Ledger' },
      { kind: 'attributed', text: 'it would buy back stock', speaker: 'lender' },
    ]);
  });
});
