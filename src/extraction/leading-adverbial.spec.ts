import { extractClaims } from './extract-claims';

const read = (text: string) =>
  extractClaims(text, { publisher: 'Harbour Post' }).claims.map((c) => ({
    kind: c.kind,
    speaker: c.speaker?.name ?? null,
    text: c.text,
  }));

// A short opening word of time or place before a comma is a setting; before, any phrase of up to 40 characters
// it opened was skipped, so a whole short clause went as a "setting" and its closing frame had no content.
describe('a clause opening with a time, then a closing frame', () => {
  it.each([
    ['Last year the depot handled 410 ferries, the port authority said.', 'port authority'],
    ['In May the depot handled 410 ferries, the port authority said.', 'port authority'],
    ['Yesterday the pier reopened, harbour officials said.', 'harbour officials'],
    ['In her speech the mayor promised a new pier, aides said.', 'aides'],
  ])('%s is the source’s', (text, speaker) => {
    expect(read(text)).toEqual([{ kind: 'attributed', speaker, text: text.slice(0, text.lastIndexOf(',')) }]);
  });

  it.each([
    [
      'In a statement released Tuesday, the ministry said the ferry would stop.',
      'ministry',
      'the ferry would stop',
    ],
    ['Last week, the council said the road would reopen.', 'council', 'the road would reopen'],
  ])('keeps the setting of %s out of the content', (text, speaker, content) => {
    expect(read(text)).toEqual([{ kind: 'attributed', speaker, text: content }]);
  });
});
