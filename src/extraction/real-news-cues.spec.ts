// Cue shapes of real journalism that engine 2.1 missed (issue 12, third pass, from the PolNeAR train
// misses). Every sentence here was written for this spec.
import { attributed } from './attributed.fixture';

describe('verbs of saying in the present and rarer verbs', () => {
  it('reads present forms of manner verbs ("jokes", "replies")', () => {
    expect(attributed('He jokes, "It is a very long queue!"')).toEqual([
      { text: '"It is a very long queue!"', speaker: 'He' },
    ]);
    expect(attributed('Ortiz replies that the council never voted.')).toEqual([
      { text: 'the council never voted', speaker: 'Ortiz' },
    ]);
  });

  it('reads "scoffed" after a quote, with the name and its aside after it', () => {
    expect(
      attributed('"Silly boys who think they are rebels," scoffed Ana Gil, 22, who founded the club.'),
    ).toEqual([{ text: '"Silly boys who think they are rebels,"', speaker: 'Ana Gil' }]);
  });

  it('keeps the present forms that are nouns out ("his remarks", "vehicle recalls")', () => {
    expect(attributed('His remarks drew boos from the hall.')).toEqual([]);
    expect(attributed('Vehicle recalls rose sharply last year.')).toEqual([]);
  });
});

describe('inverted object-taking verbs', () => {
  it('reads "warned Ellis" right after a quote as the speaker', () => {
    expect(attributed('"That means a loose cannon is close to the top job," warned Ellis.')).toEqual([
      { text: '"That means a loose cannon is close to the top job,"', speaker: 'Ellis' },
    ]);
  });

  it('does not invert when the words after the verb are its listener and content', () => {
    expect(attributed('"Enough," urged the mayor to the crowd.')).toEqual([]);
  });
});

describe('what sits between a cue and its content', () => {
  it('skips a manner adverb before a quote or "that"', () => {
    expect(attributed('Ortiz replied evenly, "I think the council knows what it is doing."')).toEqual([
      { text: '"I think the council knows what it is doing."', speaker: 'Ortiz' },
    ]);
    expect(attributed('Ortiz said flatly that the council was wrong.')).toEqual([
      { text: 'the council was wrong', speaker: 'Ortiz' },
    ]);
  });

  it('reads a topic after "about" before a colon and quote', () => {
    expect(attributed('Williams added about Tran: "He feels sorry for him."')).toEqual([
      { text: '"He feels sorry for him."', speaker: 'Williams' },
    ]);
  });
});

describe('reported figures and clauses without "that"', () => {
  it('reads figures a filer reports, with or without a determiner', () => {
    expect(attributed('Mr. Tran reported raising about $9 million during the month.')).toEqual([
      { text: 'raising about $9 million during the month', speaker: 'Tran' },
    ]);
    expect(attributed('The company reported earnings of $8.42 a share.')).toEqual([
      { text: 'earnings of $8.42 a share', speaker: 'company' },
    ]);
  });

  it('reads a noun phrase and a finite verb after "reported" as a clause', () => {
    expect(attributed('The Harbor Times reported the email came hours after the vote.')).toEqual([
      { text: 'the email came hours after the vote', speaker: 'Harbor Times' },
    ]);
  });

  it('still reads an object of "reported" or "added" as an event', () => {
    expect(attributed('Police reported the breach to the council.')).toEqual([]);
    expect(attributed('The firm added 500 jobs last month.')).toEqual([]);
  });

  it('reads "claims" as the verb when a subject and auxiliary follow it', () => {
    expect(attributed('The candidate claims his net worth is in excess of $10 billion.')).toEqual([
      { text: 'his net worth is in excess of $10 billion', speaker: 'candidate' },
    ]);
    expect(attributed('Insurance claims were denied.')).toEqual([]);
  });
});

describe('naming with "call" and talking with an adverb', () => {
  it('reads "call" with a pronoun and what it is called', () => {
    expect(attributed('Critics call it a tax on renters.')).toEqual([
      { text: 'it a tax on renters', speaker: 'critics' },
    ]);
    expect(attributed('Tran called himself pro-choice.')).toEqual([
      { text: 'himself pro-choice', speaker: 'Tran' },
    ]);
  });

  it('reads "call" with a name or "this" and what it is called, a relative clause included', () => {
    expect(attributed('Lynch calls North Carolina her home state.')).toEqual([
      { text: 'North Carolina her home state', speaker: 'Lynch' },
    ]);
    expect(attributed('The Tran campaign calls this a false story that voters will not buy.')).toEqual([
      { text: 'this a false story that voters will not buy', speaker: 'Tran campaign' },
    ]);
  });

  it('reads a time after a called name as a phone call', () => {
    expect(attributed('She called Ode the night before the vote.')).toEqual([]);
    expect(attributed('They called Ode a day later.')).toEqual([]);
  });

  it('leaves phone calls and calling off alone', () => {
    expect(attributed('The mayor called him back on Monday.')).toEqual([]);
    expect(attributed('She called it off.')).toEqual([]);
    expect(attributed('We call them every week.')).toEqual([]);
  });

  it('reads "spoke highly of" as a phrase cue', () => {
    expect(attributed('The mayor spoke highly of the new chief.')).toEqual([
      { text: 'the new chief', speaker: 'mayor' },
    ]);
  });
});

describe('frames after a question or exclamation', () => {
  it('keeps a quote ending in "?" with the source and cue after it, however long the frame runs', () => {
    expect(
      attributed('"Who do they think they are?" Vance said of the firm in February, when it balked.'),
    ).toEqual([{ text: '"Who do they think they are?"', speaker: 'Vance' }]);
    expect(attributed('"Too forced?" He tweeted when the debate ended.')).toEqual([
      { text: '"Too forced?"', speaker: 'He' },
    ]);
  });

  it('still splits before a sentence whose cue has content of its own', () => {
    expect(
      attributed('"Why?" Tran said the plans held because of the weather and many other things too.'),
    ).toEqual([{ text: 'the plans held because of the weather and many other things too', speaker: 'Tran' }]);
  });
});

describe('clauses joined without a comma', () => {
  it('opens a clause at "and" before a named subject and its cue', () => {
    expect(
      attributed('He was copied on the questions and Gates said he spoke to the minister first.'),
    ).toEqual([{ text: 'he spoke to the minister first', speaker: 'Gates' }]);
  });

  it('keeps names joined by "and" one subject', () => {
    expect(attributed('Ford and GM said sales fell.')).toEqual([
      { text: 'sales fell', speaker: 'Ford and GM' },
    ]);
  });
});

describe('openings before the subject', () => {
  it('skips a long question frame ("Asked on Monday whether …,")', () => {
    expect(
      attributed('Asked on Monday whether her husband would serve, Ms. Pike shook her head and said, "No."'),
    ).toEqual([{ text: '"No."', speaker: 'Pike' }]);
  });

  it('skips "There," before the subject but reads "There are …" as a clause', () => {
    expect(attributed('There, the chairman declined to name the delegates but said one was loyal.')).toEqual([
      { text: 'one was loyal', speaker: 'chairman' },
    ]);
    expect(attributed('There are many reasons, the minister said.')).toEqual([
      { text: 'There are many reasons', speaker: 'minister' },
    ]);
  });
});

describe('blame', () => {
  it('reads whom or what is held responsible, and for what', () => {
    expect(attributed('Ode blames the press for the flap.')).toEqual([
      { text: 'the press for the flap', speaker: 'Ode' },
    ]);
  });

  it('still needs the cause ("blamed herself" says nothing)', () => {
    expect(attributed('Ode blamed herself.')).toEqual([]);
  });
});

describe('"who said" after a noun phrase the word lists do not know', () => {
  it('reads the tagged noun phrase before "who" as the speaker', () => {
    expect(
      attributed('The last question came from a young child, who said he and his father drove from Omaha.'),
    ).toEqual([{ text: 'he and his father drove from Omaha', speaker: 'young child' }]);
    expect(
      attributed('The deal united liberals and powerful unions who said the law punished them.'),
    ).toEqual([{ text: 'the law punished them', speaker: 'powerful unions' }]);
  });
});
