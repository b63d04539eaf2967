// Shapes of attribution that real journalism uses and engine 2.0 missed (issue 12, second pass):
// what follows a cue, names, offices and quoted names. Every sentence here was written for this spec.
import { attributed } from './attributed.fixture';

describe('content after the cue', () => {
  it('keeps the source read at the nearest break over an "as" clause before it', () => {
    expect(
      attributed('The congressman plans to vote for Ode as a delegate this summer, Welch said.'),
    ).toEqual([
      { text: 'The congressman plans to vote for Ode as a delegate this summer', speaker: 'Welch' },
    ]);
  });

  it('reads "this" after a cue as the subject of a clause, not a time', () => {
    expect(attributed('Others say this is just a rough patch.')).toEqual([
      { text: 'this is just a rough patch', speaker: 'others' },
    ]);
  });

  it('reads a pronoun and a verb after "reported" as a clause ("reported it sold …")', () => {
    expect(attributed('Amazon reported it sold $30.4 billion in goods in the quarter.')).toHaveLength(1);
    expect(attributed('Police reported it to the council.')).toEqual([]);
  });
});

describe('names before their appositions', () => {
  it('gives the claim to the name, not to its description', () => {
    expect(
      attributed('Kevin Brady, chairman of the Ways and Means Committee, said the plan was sound.'),
    ).toEqual([{ text: 'the plan was sound', speaker: 'Kevin Brady' }]);
    expect(attributed('Marley Anders, 21, a junior from Las Vegas, said she backs Ode.')).toEqual([
      { text: 'she backs Ode', speaker: 'Marley Anders' },
    ]);
  });

  it('reads a town and its state as one place in an apposition', () => {
    expect(attributed('Ruth Jones, a salesman from Sumter, South Carolina, said he backs Tran.')).toEqual([
      { text: 'he backs Tran', speaker: 'Ruth Jones' },
    ]);
  });
});

describe('offices in titles', () => {
  it('reads "Secretary of State Madeleine Alden" as an office and a name', () => {
    expect(attributed('Former Secretary of State Madeleine Alden said the talks had failed.')).toEqual([
      { text: 'the talks had failed', speaker: 'Madeleine Alden' },
    ]);
  });
});

describe('nested frames and asides', () => {
  it('ends the content where an outer "according to" begins', () => {
    expect(
      attributed(
        'Among dock workers, 74 percent said they would pay the levy, according to a survey by the union.',
      ),
    ).toEqual([{ text: 'they would pay the levy', speaker: '74 percent' }]);
  });

  it('keeps an object before a quote with evaluations ("mocked the mayor for “…”")', () => {
    expect(attributed('Tran mocked the mayor for "discovering the ferry in an election year."')).toEqual([
      { text: 'the mayor for "discovering the ferry in an election year."', speaker: 'Tran' },
    ]);
  });
});

describe('naming and reported figures', () => {
  it('reads "what he calls …" and "which the mayor calls …" as the namer’s', () => {
    expect(attributed('The plan, which the mayor calls a bargain, passed easily.')).toEqual([
      { text: 'a bargain', speaker: 'mayor' },
    ]);
    expect(attributed('Ode has made ending what she calls waste in the harbor her focus.')).toHaveLength(1);
  });

  it('reads a quote after a name with initials ("called its chief, J. Michael Pearson, “driven”")', () => {
    expect(
      attributed("Mr. Ubben called the firm's chief, J. Michael Pearson, ''incredibly driven.''"),
    ).toHaveLength(1);
  });

  it('reads a reported figure as content, a reported event as the outlet’s', () => {
    expect(attributed('The company reported its smallest quarterly profit in 17 years.')).toEqual([
      { text: 'its smallest quarterly profit in 17 years', speaker: 'company' },
    ]);
    expect(attributed('The chain reported the breach on Monday.')).toEqual([]);
  });
});

describe('sources inside longer sentences', () => {
  it('reads "An earlier report in a paper said" with "report" as a noun', () => {
    expect(
      attributed('An earlier report in a Harbor paper said that Tran had used the images of pastors.'),
    ).toEqual([{ text: 'Tran had used the images of pastors', speaker: expect.stringContaining('report') }]);
  });

  it('reads a relative clause without a comma ("the kind of job that many economists say is …")', () => {
    expect(attributed('Her daughter has the kind of job that many economists say is the future.')).toEqual([
      { text: 'is the future', speaker: 'economists' },
    ]);
  });

  it('reads an inverted cue after a closing mark whose opening lies in an earlier paragraph', () => {
    expect(attributed('Children are gifts and are to be protected,” said John Krystek.')).toEqual([
      { text: 'Children are gifts and are to be protected', speaker: 'John Krystek' },
    ]);
  });
});

describe('marks and letters', () => {
  it('closes a straight opening quote on a curly closing one', () => {
    expect(attributed('"This would be on top of what the council should fund,” she said.')).toEqual([
      { text: '"This would be on top of what the council should fund,”', speaker: 'she' },
    ]);
  });

  it('does not read the last letter of an accented name as the article "a" ("García said")', () => {
    expect(attributed('Lily García said the plan failed.')).toEqual([
      { text: 'the plan failed', speaker: 'Lily García' },
    ]);
  });
});

describe('participles after a long clause', () => {
  it('finds the subject before the first finite verb after an opening setting', () => {
    expect(
      attributed(
        'On Thursday, after staying neutral all season, Warren went on the radio and endorsed Ode, saying, “I think a fighter matters.”',
      ),
    ).toEqual([{ text: '“I think a fighter matters.”', speaker: 'Warren' }]);
  });

  it('reads a participle after a dash', () => {
    expect(
      attributed('Ode flipped her choice on the spot – saying she was rooting for the home team.'),
    ).toEqual([{ text: 'she was rooting for the home team', speaker: 'Ode' }]);
  });
});

describe('what follows the cue, continued', () => {
  it('reads "has vowed to …" as what was vowed', () => {
    expect(
      attributed('Ryan drew up the plan, while Mr. Tran has vowed to leave such spending untouched.'),
    ).toEqual([{ text: 'to leave such spending untouched', speaker: 'Tran' }]);
  });

  it('reads a long setting before a colon and typewriter quotes', () => {
    expect(
      attributed("Mr. Kim said in a recent issue of Harbor Policy magazine: ''You have to put jobs first.''"),
    ).toEqual([{ text: "''You have to put jobs first.''", speaker: 'Kim' }]);
  });

  it('reads "wrote back:" and "asked X about …"', () => {
    expect(attributed("Ode wrote back: ''We all have him on our radar.''")).toEqual([
      { text: "''We all have him on our radar.''", speaker: 'Ode' },
    ]);
    expect(attributed('A young woman asked Mrs. Ode about the women who lost their jobs.')).toHaveLength(1);
  });
});

describe('objects before a quote', () => {
  it('gives "… and called X “…”" to the shared subject', () => {
    expect(
      attributed('Carson took the stage on Tuesday and called the political system “rotten to the core.”'),
    ).toEqual([{ text: 'the political system “rotten to the core.”', speaker: 'Carson' }]);
  });

  it('reads "declaring it “…”" as what was declared', () => {
    expect(
      attributed('Ode celebrated with supporters, declaring it “another super Tuesday for our campaign.”'),
    ).toEqual([{ text: 'it “another super Tuesday for our campaign.”', speaker: 'Ode' }]);
  });

  it('skips "always" and "is continuing to" between source and cue', () => {
    expect(attributed('Ode is continuing to insist she will release the transcripts.')).toEqual([
      { text: 'she will release the transcripts', speaker: 'Ode' },
    ]);
    expect(attributed('The campaign has always maintained that the server was secure.')).toHaveLength(1);
  });
});

describe('settings of the cue', () => {
  it('reads "said by telephone" as a setting, not a passive', () => {
    expect(attributed("''It's nonsense,'' Mr. Tran said by telephone this week.")).toEqual([
      { text: "''It's nonsense,''", speaker: 'Tran' },
    ]);
    expect(attributed('The figures were said by the bureau to be final.')).toEqual([]);
  });
});

describe('topics and openings', () => {
  it('keeps "said of X" in the frame', () => {
    expect(
      attributed('“It’s unanimous,” councilmember Mark Levine said of the council’s support for the plan.'),
    ).toEqual([{ text: '“It’s unanimous,”', speaker: 'Mark Levine' }]);
  });

  it('does not read an opening participle phrase as a name ("Speaking to supporters …, Cruz said")', () => {
    expect(
      attributed(
        'Speaking to supporters in Corran after the primary on Saturday, Cruz said he would fight on.',
      ),
    ).toEqual([{ text: 'he would fight on', speaker: 'Cruz' }]);
  });
});

describe('more sources the tagger reads', () => {
  it('reads a head the tagger calls an adjective ("Another ranking says")', () => {
    expect(attributed('Another ranking says he is not even a billionaire.')).toEqual([
      { text: 'he is not even a billionaire', speaker: 'another ranking' },
    ]);
  });

  it('reads a source inside an opening bracket and drops the closing one from the content', () => {
    expect(attributed('(Forbes says it tracks 500 more fortunes.)')).toEqual([
      { text: 'it tracks 500 more fortunes', speaker: 'Forbes' },
    ]);
  });

  it('reads "than the oil industry says", but not "told the committee that …" as a relative', () => {
    expect(attributed('That is more ethanol than the oil industry says the markets can handle.')).toEqual([
      { text: 'the markets can handle', speaker: 'oil industry' },
    ]);
    expect(attributed("Mr. Hale told the committee that the engineer's claims were being checked.")).toEqual([
      { text: "the engineer's claims were being checked", speaker: 'Hale' },
    ]);
  });
});

describe('verbs with a preposition', () => {
  it('reads "wrote about", "joked about", "point to" and a progressive "was talking about"', () => {
    expect(attributed('Ode wrote about her childhood in the valley.')).toEqual([
      { text: 'her childhood in the valley', speaker: 'Ode' },
    ]);
    expect(attributed('Tran joked about moving to the coast if the levy passed.')).toHaveLength(1);
    expect(attributed('Critics point to the cost of the pontoon.')).toEqual([
      { text: 'the cost of the pontoon', speaker: 'critics' },
    ]);
    expect(attributed('He was talking about the ferry when the lights went out.')).toHaveLength(1);
  });
});

describe('questions put by someone', () => {
  it('reads "When asked by a reporter if …, Tran said …" as two claims', () => {
    expect(
      attributed(
        'When asked by a reporter if that remains his view, Tran said, “I have not heard that concern.”',
      ),
    ).toEqual([
      { text: 'if that remains his view', speaker: 'reporter' },
      { text: '“I have not heard that concern.”', speaker: 'Tran' },
    ]);
  });

  it('leaves room for a second frame after a subordinate one closed by its comma', () => {
    expect(attributed('While a judge said the law was valid, the state said it would appeal.')).toEqual([
      { text: 'the law was valid', speaker: 'judge' },
      { text: 'it would appeal', speaker: 'state' },
    ]);
  });

  it('skips a weekday between source and cue and reads quotes after "Mrs."', () => {
    expect(attributed("Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''")).toHaveLength(1);
    expect(
      attributed("Speaker Paul Ryan, the party's leader, on Tuesday called the remarks ''racist.''"),
    ).toEqual([{ text: "the remarks ''racist.''", speaker: 'Paul Ryan' }]);
  });
});

describe('list items and "point out"', () => {
  it('reads a source after a list dash and "point out"', () => {
    expect(attributed('-Nate Cole explains why the polls were way off.')).toEqual([
      { text: 'why the polls were way off', speaker: 'Nate Cole' },
    ]);
    expect(attributed('Labor leaders point out that Tran could draw union voters.')).toEqual([
      { text: 'Tran could draw union voters', speaker: 'labor leaders' },
    ]);
  });
});

describe('names inside quotes', () => {
  it('does not take a name chanted in a quote for the person a description means', () => {
    expect(
      attributed(
        'Walking into the hall to cheers of "Go Mara!," the senator said her team was "finishing strong."',
      ),
    ).toEqual([{ text: 'her team was "finishing strong."', speaker: 'senator' }]);
  });
});

describe('listeners and relative speakers', () => {
  it('reads what follows a named listener as what was told, but not a time after it', () => {
    expect(attributed('Podesta told the AP his firm worked closely with the charity.')).toEqual([
      { text: 'his firm worked closely with the charity', speaker: 'Podesta' },
    ]);
    expect(attributed('The deal is off, Ode told NBC News before her appearance on Monday night.')).toEqual([
      { text: 'The deal is off', speaker: 'Ode' },
    ]);
  });

  it('gives what follows "who announced" to the name before it', () => {
    expect(attributed('Ode, who announced a $275 billion plan on Monday, plans to focus on jobs.')).toEqual([
      { text: 'a $275 billion plan on Monday', speaker: 'Ode' },
    ]);
  });

  it('reads names joined by "and" as one subject of the content', () => {
    expect(
      attributed('The star noted Latinos and Blacks have a harder time staying on the air.'),
    ).toHaveLength(1);
  });
});

describe('times opening a clause', () => {
  it('reads "…, but late Saturday he announced …" with "he" as the source', () => {
    expect(
      attributed('Tran defended his vote, but late Saturday he announced he supported a repeal of the bill.'),
    ).toEqual([{ text: 'he supported a repeal of the bill', speaker: expect.any(String) }]);
  });
});
