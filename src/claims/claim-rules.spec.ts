import { InvalidClaim } from '../common/domain-errors';
import { checkAttribution, isOwnOutlet, SpeakerIdentity } from './claim-rules';

const outlet = (name: string, aliasKeys: string[] = []): SpeakerIdentity => ({
  kind: 'outlet',
  nameKey: name.toLowerCase(),
  aliasKeys,
});
const person: SpeakerIdentity = { kind: 'person', nameKey: 'rita ellis', aliasKeys: [] };

describe('isOwnOutlet', () => {
  it('matches the publisher by name key, article and case aside', () => {
    expect(isOwnOutlet(outlet('harbour post'), 'The Harbour Post')).toBe(true);
  });

  it('matches the publisher by one of the outlet’s aliases', () => {
    expect(isOwnOutlet(outlet('hp', ['harbour post']), 'Harbour Post')).toBe(true);
  });

  it('is false for another outlet, a person of the same name, or a document without a publisher', () => {
    expect(isOwnOutlet(outlet('daily courier'), 'Harbour Post')).toBe(false);
    expect(isOwnOutlet({ ...person, nameKey: 'harbour post' }, 'Harbour Post')).toBe(false);
    expect(isOwnOutlet(outlet('harbour post'), null)).toBe(false);
  });
});

describe('checkAttribution', () => {
  it('refuses an attributed claim without a speaker', () => {
    expect(() => checkAttribution('attributed', null, 'Harbour Post')).toThrow(InvalidClaim);
    expect(() => checkAttribution('attributed', null, 'Harbour Post')).toThrow(/needs a speaker/);
  });

  it('refuses an attributed claim credited to the document’s own outlet', () => {
    expect(() => checkAttribution('attributed', outlet('harbour post'), 'Harbour Post')).toThrow(/editorial/);
  });

  it('accepts attributed claims of people and of other outlets, and any editorial claim', () => {
    expect(() => checkAttribution('attributed', person, 'Harbour Post')).not.toThrow();
    expect(() => checkAttribution('attributed', outlet('daily courier'), 'Harbour Post')).not.toThrow();
    expect(() => checkAttribution('editorial', null, 'Harbour Post')).not.toThrow();
    expect(() => checkAttribution('editorial', outlet('harbour post'), 'Harbour Post')).not.toThrow();
  });
});
