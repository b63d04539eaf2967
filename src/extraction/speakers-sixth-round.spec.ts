// Speaker rules of the sixth speaker round (issue 12): general categories of wrong speakers on PolNeAR's
// train split that are the engine's business (who said it), not the scorer's. Every text here was
// written for this spec; none is taken from PolNeAR or from a held-out set.
import { extractClaims } from './index';

const speakersOf = (text: string) =>
  extractClaims(text)
    .claims.filter((claim) => claim.kind === 'attributed')
    .map((claim) => claim.speaker?.name);

describe('a participle after a clause opened by a capitalised modifier', () => {
  it('speaks for the titled name, not for the opening adjective', () => {
    expect(
      speakersOf(
        'Independent harbor front-runner Dana Wilks is insisting that she has "saved the port," claiming that she is responsible for the busier quays.',
      ),
    ).toEqual(['Dana Wilks', 'Dana Wilks']);
  });

  it('keeps a one-word name before its verb ("Ode released …, saying")', () => {
    expect(speakersOf('Ode released a plan on Friday, saying it would cut costs.')).toEqual(['Ode']);
  });
});

describe('"think tank" is a noun', () => {
  it("so the quote after the frame stays with the frame's speaker", () => {
    expect(
      speakersOf(
        '“The ferry budget is short,” explained economist Simon Ravel, director of the Tidewater think tank. “The council knows it.”',
      ),
    ).toEqual(['Simon Ravel', 'Simon Ravel']);
  });
});

describe('members of a body', () => {
  it('speak as its members, not for the body', () => {
    expect(speakersOf('Pro-labor members of the Harbor Party criticized the plan.')).toEqual([
      'pro-labor members',
    ]);
  });

  it('while its staff still speak for it', () => {
    expect(speakersOf('Monitors from the League for Fair Voting said the count was clean.')).toEqual([
      'League for Fair Voting',
    ]);
  });
});

describe('a surname that ends like a role noun ("-man", "-ian") opening a sentence', () => {
  it('is the person named before, so "he said" in that sentence is theirs', () => {
    expect(
      speakersOf(
        'Magistrate Carl Haffman heard the tapes in May. The defence lawyer, Tom Pell, argued that the threats were idle talk. Haffman disagreed: "Those words frightened three families," he said.',
      ),
    ).toEqual(['Tom Pell', 'Carl Haffman']);
  });

  it('while a plural opening a sentence is still a group', () => {
    expect(speakersOf('Historians say the port was built in 1820.')).toEqual(['historians']);
  });
});

describe('a name before a long description', () => {
  it('keeps the name when the description runs past ten words', () => {
    expect(
      speakersOf(
        'Mara Ode studied the port accounts. Ode, a senior grain broker for the Dover-based export company Kell Marsh Scott, recalled tense calls with the mayor.',
      ),
    ).toEqual(['Mara Ode']);
  });

  it('reads a person whose description ends on a company as a person', () => {
    const [claim] = extractClaims(
      'Tovar, an analyst for the investment company, said the shares would fall.',
    ).claims.filter((c) => c.kind === 'attributed');
    expect(claim.speaker).toMatchObject({ name: 'Tovar', kind: 'person' });
  });
});

describe('a name after a subordinator, before its apposition', () => {
  it('speaks, not the apposition ("… as Nina Pell, Arthur Pell’s niece, attacked …")', () => {
    expect(
      speakersOf(
        'The feud over the quay deepened on Friday as Nina Pell, Arthur Pell’s niece, attacked Wilks over the new fees.',
      ),
    ).toEqual(['Nina Pell']);
  });
});

describe('"who said" after a description in apposition to a name', () => {
  it("is the named person's", () => {
    expect(
      speakersOf(
        '“The ferries must keep running,” said Ella Marsh, 41, a former volunteer for the Ode campaign in Kent who said she would sail in the flotilla.',
      ),
    ).toEqual(['Ella Marsh', 'Ella Marsh']);
  });

  it('while a description with no name before it speaks for itself', () => {
    expect(speakersOf('The loss was steep for a young union member, who said she would leave.')).toEqual([
      'young union member',
    ]);
  });
});

describe('a time after a focusing adverb opening the sentence ("Just last week,")', () => {
  it('is a setting, so the name after it speaks', () => {
    expect(
      speakersOf(
        'Just this month, R.T. Ostrow, the harbour correspondent of The Lantern, a Dover weekly, wrote that the dredging was late.',
      ),
    ).toEqual(['R.T. Ostrow']);
  });
});

describe('"Now" opening a sentence before its subject', () => {
  it('is skipped like "Then", so the name before the apposition speaks', () => {
    expect(speakersOf('Now Dana Wilks, the ferry union’s new chair, says the strike will go on.')).toEqual([
      'Dana Wilks',
    ]);
  });
});

describe('a weekday after a role word', () => {
  it('is a time, never the name of whoever the participle speaks for', () => {
    expect(
      speakersOf(
        'Port chief Tom Wade ended his reelection campaign Tuesday evening, telling pilots in Dover that the silt had made the channel unsafe.',
      ),
    ).toEqual(['Tom Wade']);
  });
});

describe('a group with named members ("Several candidates, including Wilks,")', () => {
  it('is spoken for by the members it names', () => {
    expect(
      speakersOf(
        'Several harbour pilots, including Carla Fiore and Ben Cole, have warned that the channel is too shallow.',
      ),
    ).toEqual(['Carla Fiore and Ben Cole']);
  });

  it('while members described in lower case leave the group as the speaker', () => {
    expect(
      speakersOf(
        'Harbour groups, including ferry unions and clubs opposing the levy, reported raising only $4,000.',
      ),
    ).toEqual(['Harbour groups']);
  });
});

describe('"like" before a name', () => {
  it('names a member of the group before it ("Proponents like Mr. Ebner")', () => {
    expect(speakersOf('Skeptics like Ms. Ebner argue that the quay will silt up again.')).toEqual(['Ebner']);
  });

  it('compares, beside a name ("The Courier, like the Harbor Post,")', () => {
    expect(speakersOf('The Courier, like the Harbor Post, reported that the mayor had resigned.')).toEqual([
      'Courier',
    ]);
  });
});

describe('a share of a named group ("26 percent of Democrats")', () => {
  it('is that share, as a share of a group in lower case is', () => {
    expect(
      speakersOf('Just 26 percent of Tories say they have followed the harbour dispute closely.'),
    ).toEqual(['26 percent of Tories']);
  });
});
