import { speakerNameKey } from './speaker-name';

describe('speakerNameKey', () => {
  it('ignores case, punctuation and a leading article', () => {
    expect(speakerNameKey('The Ministry of Health.')).toBe(speakerNameKey('ministry of health'));
  });

  it('folds accents so one person is not split into two speakers', () => {
    expect(speakerNameKey('José Núñez')).toBe('jose nunez');
  });

  it('keeps different names apart', () => {
    expect(speakerNameKey('Jane Roe')).not.toBe(speakerNameKey('Jane Rowe'));
  });

  it('treats straight and curly possessives alike', () => {
    expect(speakerNameKey('Farmers’ Union')).toBe(speakerNameKey("Farmers' Union"));
  });
});
