// Shapes from the sixth recall round over the speech-cue misses on PolNeAR train (issue 12), fixed in general.
// Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('a figure set against an earlier one ("not the 200 first reported")', () => {
  it('is no speaker, and leaves the claim with the source that made it', () => {
    expect(attributed('Officials said 300 homes were affected, not the 200 first reported.')).toEqual([
      { text: '300 homes were affected, not the 200 first reported', speaker: 'officials' },
    ]);
  });

  it('makes nothing attributed when the sentence names no source', () => {
    expect(attributed('The spill was 3,000 litres, not the 4,000 litres first reported.')).toEqual([]);
    expect(attributed('The spill was 3,000 litres, up from the 1,000 first reported.')).toEqual([]);
  });

  it('still lets a source after the contrast close the sentence', () => {
    expect(
      attributed('The storm cut power to 900 homes, rather than the 2,000 initially estimated, officials said.'),
    ).toEqual([
      {
        text: 'The storm cut power to 900 homes, rather than the 2,000 initially estimated',
        speaker: 'officials',
      },
    ]);
  });
});
