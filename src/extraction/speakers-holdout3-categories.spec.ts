// Speaker categories reported by the third held-out set's first run (issue 12), fixed in general.
// Every text here was written for this spec; none is taken from the held-out set or from PolNeAR.
import { attributed } from './attributed.fixture';
import { extractClaims } from './index';

const speakers = (text: string) => attributed(text).map((claim) => claim.speaker);

describe('transcript labels with a role', () => {
  it('keeps the role word out of a shouted label, so every turn goes to the named person', () => {
    const text = [
      'HOST MARTA OKAFOR: Welcome back. Tonight we look at the harbour bridge.',
      'GUEST LEON PRATT: Thanks for having me. The bridge is twenty years late.',
      'HOST MARTA OKAFOR: Listeners seem to agree.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Marta Okafor',
      'Marta Okafor',
      'Leon Pratt',
      'Leon Pratt',
      'Marta Okafor',
    ]);
    const [first] = extractClaims(text).claims;
    expect(first.speaker?.role).toBe('Host');
  });

  it('reads "Host Marta Okafor" in running text as a host, so a later surname label is hers', () => {
    const text = 'Host Marta Okafor opened the evening broadcast.\n\nOKAFOR: Welcome back to the show.';
    expect(speakers(text)).toEqual(['Marta Okafor']);
  });

  it('gives a bare "HOST:" label to the host introduced before, and keeps it a role otherwise', () => {
    const intro = 'Host Marta Okafor spoke with the port director, Leon Pratt.';
    expect(speakers(`${intro}\n\nHOST: Why keep the ferry?\n\nPRATT: Because the island needs it.`)).toEqual([
      'Marta Okafor',
      'Leon Pratt',
    ]);
    expect(speakers('The board met.\n\nHOST: Why keep the ferry?')).toEqual(['Host']);
  });

  it('reads a role after the name in a label ("MARTA OKAFOR, HOST:")', () => {
    const text = 'MARTA OKAFOR, HOST: Thank you for joining us.\n\nOKAFOR: One more question.';
    expect(speakers(text)).toEqual(['Marta Okafor', 'Marta Okafor']);
    expect(extractClaims(text).claims[0].speaker?.role).toBe('Host');
  });

  it('gives a bare share reported inside a turn to the turn’s speaker', () => {
    const text = 'HOST MARTA OKAFOR: Listeners agree. In our poll, 81 percent said the toll was too high.';
    expect(attributed(text)).toEqual([
      { text: 'Listeners agree', speaker: 'Marta Okafor' },
      { text: 'the toll was too high', speaker: 'Marta Okafor' },
    ]);
  });

  it('still gives a share to itself outside a transcript', () => {
    expect(speakers('In the ferry survey, 81 percent said the toll was too high.')).toEqual(['81 percent']);
  });
});

describe('organisations referred to later by what they are', () => {
  it('resolves "the club" and "the union" to the body named before without that word', () => {
    expect(
      speakers(
        'The Riverside Rovers have signed a new goalkeeper. The club said the deal would run for three years.',
      ),
    ).toEqual(['Riverside Rovers']);
    expect(
      speakers(
        'The Transit Workers Union called a strike vote. The union said its members had waited long enough.',
      ),
    ).toEqual(['Transit Workers Union']);
  });

  it('resolves a body that runs an organisation to the organisation', () => {
    expect(
      speakers(
        'The Port Authority approved the budget. The authority’s board said the dredging would start soon.',
      ),
    ).toEqual(['Port Authority']);
  });

  it('resolves "a council spokesman" to the council named before, and leaves it a group otherwise', () => {
    expect(
      speakers('Mayfield Council closed the pool. A council spokesman said repairs would take a month.'),
    ).toEqual(['Mayfield Council']);
    expect(speakers('The pool closed. A council spokesman said repairs would take a month.')).toEqual([
      'council spokesman',
    ]);
  });

  it('resolves "a statement" to the organisation the text was just about', () => {
    expect(
      speakers('Lakeshore Water raised its prices. A statement said the rise would fund new pipes.'),
    ).toEqual(['Lakeshore Water']);
  });
});

describe('the surname May', () => {
  it('reads a lone "May" before a cue as the surname of the person named before', () => {
    expect(
      speakers('Prime Minister Theresa May visited the shipyard. May said the order book was full.'),
    ).toEqual(['Theresa May']);
    expect(
      speakers('Helena May, a nurse, spoke at the rally. Later, May said the ward had lost staff.'),
    ).toEqual(['Helena May']);
  });

  it('keeps a home town after a full name out of the name', () => {
    expect(speakers('Thomas May of Klamath Falls said the river was low.')).toEqual(['Thomas May']);
    expect(speakers('Ines Varga of Port Lindell said the ferry was late.')).toEqual(['Ines Varga']);
  });

  it('keeps "of" inside an organisation’s name', () => {
    expect(speakers('The Bank of Lindmoor said rates would hold.')).toEqual(['Bank of Lindmoor']);
  });
});

describe('headlines and spans of time', () => {
  it('gives a headline’s bare surname the full name introduced below it', () => {
    const text =
      'Okafor Says Bridge Toll Will Fall\n\nTransport minister Ruth Okafor said the toll would fall.';
    expect(speakers(text)).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });

  it('leaves a headline’s surname alone when two people share it', () => {
    const text =
      'Okafor Says Bridge Toll Will Fall\n\nRuth Okafor said the toll would fall. Her brother Ade Okafor disagreed.';
    expect(speakers(text)).toEqual(['Okafor', 'Ruth Okafor']);
  });

  it('never takes a span of time for the speaker', () => {
    expect(
      speakers(
        'Dale Hobbs, the coach, who stepped down after eight years in charge, said the squad was ready.',
      ),
    ).toEqual(['Dale Hobbs']);
  });
});

describe('pronouns after a subject with a possessor', () => {
  it('gives "he" to the name in apposition to the subject, not to its possessor', () => {
    expect(speakers('Tom Lee’s deputy, Marco Ruiz, spoke first. He said the plan was a mess.')).toEqual([
      'Marco Ruiz',
    ]);
  });
});

describe('relative clauses before the cue', () => {
  it('never takes a relative clause’s verb and object for the speaker', () => {
    expect(
      speakers(
        'Dana Reyes spoke for the workers. The steward, who represents most employees, said the offer was too low.',
      ),
    ).not.toContain('represents most employees');
    expect(speakers('Ann Lee, who represents most employees, said the offer was too low.')).toEqual([
      'Ann Lee',
    ]);
  });
});
