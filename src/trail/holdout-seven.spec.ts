// Rules found by the seventh held-out corpus (test/fixtures/trail-holdout-7): one speaker's same words about
// two towns, its different statements within a story, and its repeats in other words. Every sentence is
// invented.
import { documentEntities, documentStory, storiesApart } from './entities';
import { expandAcronym, speakerKey, spelledOut } from './speaker-key';
import { statementFeatures as f } from './statement';
import { sameStatement } from './statement-compare';
import { judgeStance } from './stance';
import { repeats } from './statement-groups';

// The story of a text, among the others given (whose names an undated one may take the place of).
const storyOf = (text: string, others: string[] = []) =>
  documentStory(documentEntities(text), () => others.map(documentEntities));

describe("one speaker's same words about two towns", () => {
  const ormsby =
    'ORMSBY — The Elder Lodge care home in Ormsby will close. Owner Greyfield Homes said 28 residents lived at the home.';
  const tarrow =
    'TARROW — The Ashgrove care home in Tarrow will close. Owner Greyfield Homes said 28 residents lived at the home.';
  const ormsbyCopy =
    'ORMSBY — The Elder Lodge care home in Ormsby is to shut. Greyfield Homes said 28 residents lived at the home.';
  const claim = f('28 residents lived at the home');

  it('keeps apart the same words filed from two places that neither names', () => {
    expect(storiesApart(storyOf(ormsby), storyOf(tarrow))).toBe(true);
    expect(
      repeats('attributed', { ...claim, story: storyOf(ormsby) }, { ...claim, story: storyOf(tarrow) }),
    ).toBe(false);
  });

  it('still joins them filed from one place, or when one names the other’s place', () => {
    expect(
      repeats('attributed', { ...claim, story: storyOf(ormsby) }, { ...claim, story: storyOf(ormsbyCopy) }),
    ).toBe(true);
    const wire = 'LONDON — Greyfield Homes said 28 residents lived at the Ormsby home, Elder Lodge.';
    expect(
      repeats('attributed', { ...claim, story: storyOf(ormsby) }, { ...claim, story: storyOf(wire) }),
    ).toBe(true);
  });

  it('places an undated report with the dated story it shares most names with', () => {
    const radio =
      'Nurse Ada Quill told Radio Elder that Elder Lodge in Ormsby had been short of staff. Greyfield Homes said 28 residents lived at the home.';
    const story = storyOf(radio, [ormsby, tarrow]);
    expect(story.place).toBe('ormsby');
    expect(storiesApart(story, storyOf(tarrow))).toBe(true);
    expect(storiesApart(story, storyOf(ormsby))).toBe(false);
  });
});

describe("one speaker's different statements in one story", () => {
  it('does not join a claim with one that adds a figure to some of its words', () => {
    expect(
      sameStatement(
        f('Eels have died along the River Lune below Hoxby after a spill from a tannery'),
        f('dead eels had been found along a 3-kilometre stretch of the river'),
      ),
    ).toBe(false);
    expect(
      sameStatement(
        f('it would ballot staff on strike action'),
        f('the strike ballot would close on 9 June'),
      ),
    ).toBe(false);
  });

  it('reads prepositions of place ("along", "below") as no word of the claim', () => {
    expect(
      sameStatement(
        f('Eels have died along the River Lune below Hoxby after a spill from a tannery'),
        f('dead eels had been found along 6 kilometres of the river'),
      ),
    ).toBe(false);
  });

  it('still joins two wordings that both state the figure', () => {
    expect(
      sameStatement(
        f('dead eels had been found along a 3-kilometre stretch of the river'),
        f('dead eels were found along a 3km stretch of the Lune'),
      ),
    ).toBe(true);
  });
});

describe("one speaker's repeats in other words", () => {
  it('reads a hedge of a figure as no word of the claim', () => {
    expect(
      sameStatement(
        f('the increase would add about 60 pounds a year to the bill of a typical rented flat'),
        f("a flat's tenants would pay roughly 60 pounds more a year"),
      ),
    ).toBe(true);
  });

  it('reads keeping every one as closing none', () => {
    const kept = f('We have kept every swimming pool and day centre open');
    const noneClosed = f('no swimming pool or day centre would close');
    expect(sameStatement(kept, noneClosed)).toBe(true);
    expect(sameStatement(noneClosed, kept)).toBe(true);
    // Closing some is still the opposite of keeping them.
    expect(sameStatement(kept, f('two swimming pools and a day centre would close'))).toBe(false);
  });

  it('joins the same large figure of the same thing worded otherwise', () => {
    expect(
      sameStatement(
        f('the flood had covered about 3,400 hectares'),
        f('water had spread over 3,400 hectares of farmland'),
      ),
    ).toBe(true);
    // Of different things it is no repeat.
    expect(sameStatement(f('the flood had covered 3,400 hectares'), f('3,400 homes had lost power'))).toBe(
      false,
    );
  });
});

describe('a body named by its acronym', () => {
  it('keys "The CWA said" as the body the document names in full', () => {
    const full = spelledOut(['Coastal Waters Agency', 'Mira Dent']);
    const key = (name: string) => speakerKey('attributed', expandAcronym(name, full), 'organization');
    expect(key('CWA')).toBe(key('Coastal Waters Agency'));
    expect(key('The CWA')).toBe(key('Coastal Waters Agency'));
    // An acronym the document spells out for no speaker stays as it is.
    expect(key('RSPB')).toBe(speakerKey('attributed', 'RSPB', 'organization'));
  });
});

describe('what a figure counts, for suggestions', () => {
  it('reads the noun a figure leads up to its verb or its plural', () => {
    // "lived" and "live" are the verbs, not what is counted.
    const owner = f('41 tenants lived in the block');
    const council = f('the block had 38 tenants when it was inspected, not 41');
    expect(judgeStance(owner, council)?.stance).toBe('disputes');
    expect(judgeStance(f('41 tenants live in the block'), council)?.stance).toBe('disputes');
    expect(
      judgeStance(f('about 600 birds died on the marsh'), f('wardens had counted more than 4,000 dead birds'))
        ?.stance,
    ).toBe('disputes');
  });

  it("holds sums of different things apart, and one thing's different sums together", () => {
    const shortfall = f('the trust faced a shortfall of 6 million pounds');
    const savings = f('the trust held 11 million pounds in savings');
    expect(judgeStance(shortfall, savings)).toBeNull();
    expect(judgeStance(savings, shortfall)).toBeNull();
    expect(judgeStance(shortfall, f('the shortfall was nearer 9 million pounds'))?.stance).toBe('disputes');
    // A sum whose use one claim leaves unsaid may still be the other's.
    expect(
      judgeStance(f('the bridge repairs would cost 4 million pounds'), f('it would cost 7 million pounds'))
        ?.stance,
    ).toBe('disputes');
  });
});
