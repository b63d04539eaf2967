import { extractClaims } from './extract-claims';
import { unwrapProxy } from './source-proxy';

describe('unwrapProxy', () => {
  it('finds the organisation behind an unnamed spokesperson', () => {
    expect(unwrapProxy('A spokesperson for Corby Foods')).toMatchObject({
      inner: 'Corby Foods',
      mouthpiece: true,
    });
    expect(unwrapProxy('a senior spokesman for the company')).toMatchObject({
      inner: 'the company',
      mouthpiece: true,
    });
  });

  it('finds the possessor behind an office, a government or a document', () => {
    expect(unwrapProxy("Governor Ada Pike's office")).toMatchObject({
      inner: 'Governor Ada Pike',
      government: false,
      document: false,
    });
    expect(unwrapProxy("Quorra's government")).toMatchObject({ inner: 'Quorra', government: true });
    expect(unwrapProxy('the bureau’s figures')).toMatchObject({ inner: 'the bureau', document: true });
  });

  it('leaves someone who speaks for themselves alone', () => {
    expect(unwrapProxy("the bank's chief economist")).toBeNull();
    expect(unwrapProxy('Lina Vos')).toBeNull();
  });
});

describe('unwrapProxy: possessive pronouns', () => {
  it('turns "her office" into the pronoun it stands for', () => {
    expect(unwrapProxy('Her office')).toMatchObject({ inner: 'she', government: false });
  });
});

describe('counsel speak for their client', () => {
  it('gives "lawyers for X" and "an attorney for X" to X, a company or a person', () => {
    const said = (text: string) => extractClaims(text).claims.filter((c) => c.kind === 'attributed');
    expect(
      said(
        'Lawyers for Brenmoor Haulage, which ran the depot, argued that the firm had followed every rule.',
      )[0]?.speaker,
    ).toMatchObject({ name: 'Brenmoor Haulage', kind: 'organization' });
    expect(
      said('An attorney for Tomas Elling said his client would appeal the ruling.')[0]?.speaker,
    ).toMatchObject({
      name: 'Tomas Elling',
      kind: 'person',
    });
  });
});

describe('professions before a name', () => {
  it('reads "Critic Ines Farrow" as Ines Farrow, a critic', () => {
    const [claim] = extractClaims(
      'Critic Ines Farrow called the opera "a brave, uneven evening."',
    ).claims.filter((c) => c.kind === 'attributed');
    expect(claim?.speaker).toMatchObject({ name: 'Ines Farrow', kind: 'person' });
  });
});
