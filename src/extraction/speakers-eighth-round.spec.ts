// Speaker rules of the eighth speaker round (issue 12): which level of an interjected or nested report a
// source speaks at (nested-frames.ts). Every text here was written for this spec; none is taken from
// PolNeAR or from a held-out set.
import { extractClaims } from './index';

const attributed = (text: string) =>
  extractClaims(text).claims.filter((claim) => claim.kind === 'attributed');
const claimsOf = (text: string) =>
  extractClaims(text).claims.map((claim) => [claim.kind, claim.text, claim.speaker?.name ?? null]);

describe('a frame interjected after the subject of a clause', () => {
  it('speaks itself: the subject before it is what the report is about ("X, officials said, has …")', () => {
    expect(
      claimsOf('Mara Ellis, officials said, has grown wary of the ferry plan.').map((claim) => claim[2]),
    ).toEqual(['officials']);
    expect(attributed('Mrs. Ellis, these people said, would be open to a smaller terminal.')).toEqual([
      expect.objectContaining({
        text: 'Mrs. Ellis, these people said, would be open to a smaller terminal',
        speaker: expect.objectContaining({ name: 'people', mention: 'these people' }),
      }),
    ]);
  });

  it('takes the whole clause, subject included, as its content', () => {
    expect(attributed('Tom Reyes, analysts said, has other reasons for staying quiet.')).toEqual([
      expect.objectContaining({ text: 'Tom Reyes, analysts said, has other reasons for staying quiet' }),
    ]);
  });

  it('leaves an apposition closed by its own comma to the name before it', () => {
    expect(
      attributed('Kevin Brady, chairman of the harbour board, warned that fees would rise.').map(
        (claim) => claim.speaker?.name,
      ),
    ).toEqual(['Kevin Brady']);
    expect(
      attributed('Kevin Brady, a harbour pilot, said the channel was silting up.').map(
        (claim) => claim.speaker?.name,
      ),
    ).toEqual(['Kevin Brady']);
  });
});

describe('a frame set into a relative clause', () => {
  it('reports the relative clause; the clause it hangs on is the outlet\'s ("…, which, X said, will …")', () => {
    expect(
      claimsOf('The board approved the ferry plan, which, Tom Reyes said, will cost the port millions.'),
    ).toEqual([
      ['editorial', 'The board approved the ferry plan', null],
      ['attributed', 'which, Tom Reyes said, will cost the port millions', 'Tom Reyes'],
    ]);
    expect(
      claimsOf(
        'Mara Ellis is counting on a strong turnout in Kent, which, her advisers believe, would bring in donations.',
      ),
    ).toEqual([
      ['editorial', 'Mara Ellis is counting on a strong turnout in Kent', null],
      ['attributed', 'which, her advisers believe, would bring in donations', 'advisers'],
    ]);
  });

  it('also after "who"', () => {
    expect(claimsOf('The port hired Mara Ellis, who, aides say, has never run a ferry line.')).toEqual([
      ['editorial', 'The port hired Mara Ellis', null],
      ['attributed', 'who, aides say, has never run a ferry line', 'aides'],
    ]);
  });

  it('but a frame set into the whole clause still reports all of it', () => {
    expect(claimsOf('The bigger risk, Ellis said, is a clash at sea.')).toEqual([
      ['attributed', 'The bigger risk, Ellis said, is a clash at sea', 'Ellis'],
    ]);
  });
});

describe("a frame inside a subordinate clause that opens another frame's content", () => {
  it("is part of that content: the main clause after it is the outer source's", () => {
    expect(
      claimsOf(
        'Mara Ellis said that when Tom Reyes criticized the council last spring, "he was speaking for all of us."',
      ),
    ).toEqual([
      [
        'attributed',
        'when Tom Reyes criticized the council last spring, "he was speaking for all of us."',
        'Mara Ellis',
      ],
    ]);
    expect(
      claimsOf('Mara Ellis argued that if the board blamed the pilots, the port would lose its licence.'),
    ).toEqual([
      ['attributed', 'if the board blamed the pilots, the port would lose its licence', 'Mara Ellis'],
    ]);
  });

  it('while a second frame after the content has begun is still a claim of its own', () => {
    expect(
      claimsOf('Mara Ellis said the ferries were late, and Tom Reyes criticized the council for it.').map(
        (claim) => claim[2],
      ),
    ).toEqual(['Mara Ellis', 'Tom Reyes']);
  });
});

describe('an inverted frame set between a subject and its predicate', () => {
  it('speaks through the name after its cue, and reports the clause around it ("The ferry, said Ellis, is …")', () => {
    expect(claimsOf('The ferry, said Mara Ellis, is too old for the crossing.')).toEqual([
      ['attributed', 'The ferry, said Mara Ellis, is too old for the crossing', 'Mara Ellis'],
    ]);
    expect(
      claimsOf('Part of the trouble with the channel, say experts like Tom Reyes, is the silt itself.').map(
        (claim) => claim[2],
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('but not when the words before it hold an aside of their own, or "that" follows the cue', () => {
    expect(
      attributed(
        'Sen. Tom Ode (R-Mo.), facing a stiff challenge, noted that his campaign manager, Jeff Ray, is from the state.',
      ).map((claim) => claim.speaker?.name),
    ).toEqual(['Tom Ode']);
  });
});
