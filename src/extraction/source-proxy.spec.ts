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
