// Shapes from the eleventh pass over the speech-cue misses and wrong speakers on PolNeAR train (issue 12),
// fixed in general. Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('a time opening the sentence without its comma', () => {
  it('is no part of a source read before a second verb, a relative clause or a participle', () => {
    expect(attributed('Last week the mayor toured the pier and said it was unsafe.')).toEqual([
      { text: 'it was unsafe', speaker: 'mayor' },
    ]);
    expect(attributed('Last year the harbour board that runs the depot said the pier was unsafe.')).toEqual([
      { text: 'the pier was unsafe', speaker: 'harbour board' },
    ]);
  });

  it('may be a month or a year', () => {
    expect(attributed('In 2010 Tom Ode said the pilots were free to leave.')).toEqual([
      { text: 'the pilots were free to leave', speaker: 'Tom Ode' },
    ]);
    expect(attributed('In March the council said the pilots were free to leave.')).toEqual([
      { text: 'the pilots were free to leave', speaker: 'council' },
    ]);
  });

  it('still opens content before a closing frame', () => {
    expect(attributed('In 2019 the depot handled 410 ferries, the port authority said.')).toEqual([
      { text: 'In 2019 the depot handled 410 ferries', speaker: 'port authority' },
    ]);
  });
});

describe('a clause before a closing frame', () => {
  it('is content, not a source the frame’s description describes', () => {
    expect(attributed('Members of the board backed Tom Ode, the chair said.')).toEqual([
      { text: 'Members of the board backed Tom Ode', speaker: 'chair' },
    ]);
    expect(attributed('Most of the pilots voted to back Ode, Rhea Lunde said at the time.')).toEqual([
      { text: 'Most of the pilots voted to back Ode', speaker: 'Rhea Lunde' },
    ]);
  });

  it('still lets a name before its description speak', () => {
    expect(attributed('Tom Fell, a port expert, said the pier was unsafe.')).toEqual([
      { text: 'the pier was unsafe', speaker: 'Tom Fell' },
    ]);
    expect(
      attributed('Ivo Burr, a Kent Republican who has also backed Mr. Lund, said the party may drop him.'),
    ).toEqual([{ text: 'the party may drop him', speaker: 'Ivo Burr' }]);
  });
});

describe('"as reported by" a source', () => {
  it('frames the clause after it, as "according to" does', () => {
    expect(attributed('As reported by the Harbour Post, the board knew of the leak in March.')).toEqual([
      { text: 'the board knew of the leak in March', speaker: 'Harbour Post' },
    ]);
    expect(attributed('As first reported by Tom Ode, inspectors found 2,200 files on the server.')).toEqual([
      { text: 'inspectors found 2,200 files on the server', speaker: 'Tom Ode' },
    ]);
  });

  it('frames the clause before it', () => {
    expect(attributed('The pier closed in May, as first reported by the Courier.')).toEqual([
      { text: 'The pier closed in May', speaker: 'Courier' },
    ]);
  });
});

describe('"another" as a source', () => {
  it('is no group that a later quantifier refers back to', () => {
    expect(
      attributed(
        'Pilots were split over the plan. One said the pier was unsafe. Another said it was fine. Many said the board should decide. Others said nothing would change.',
      ).map((claim) => claim.speaker),
    ).toEqual(['one', 'another', 'many', 'others']);
  });

  it('stands for one more of a group, like "one" and "others"', () => {
    expect(attributed('Yet another said the race was close.')).toEqual([
      { text: 'the race was close', speaker: 'another' },
    ]);
    expect(attributed('But another said, “Ode is in a five-way race.”')).toEqual([
      { text: '“Ode is in a five-way race.”', speaker: 'another' },
    ]);
  });
});
