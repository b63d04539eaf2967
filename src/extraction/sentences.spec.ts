import { findQuoteSpans } from './quotes';
import { splitSentences } from './sentences';

function sentences(text: string): string[] {
  return splitSentences(text, findQuoteSpans(text)).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('does not split after titles, initials or dotted abbreviations', () => {
    expect(
      sentences(
        'Dr. Ama Fofanah met Gov. Lars Kettle on St. Brendan Street on Jan. 9. The U.S. Navy sent J. R. Mole.',
      ),
    ).toEqual([
      'Dr. Ama Fofanah met Gov. Lars Kettle on St. Brendan Street on Jan. 9.',
      'The U.S. Navy sent J. R. Mole.',
    ]);
  });

  it('ends a sentence after a company suffix when a new sentence clearly starts', () => {
    expect(
      sentences('Profits fell at Brindle Inc. The board met on Friday. Brindle Inc. Chief Ola Dane left.'),
    ).toEqual([
      'Profits fell at Brindle Inc.',
      'The board met on Friday.',
      'Brindle Inc. Chief Ola Dane left.',
    ]);
  });

  it('keeps decimals whole', () => {
    expect(sentences('Output grew 3.5 percent. It was 2.75 a year ago.')).toEqual([
      'Output grew 3.5 percent.',
      'It was 2.75 a year ago.',
    ]);
  });

  it('keeps an ellipsis inside a quote in its sentence', () => {
    expect(sentences('"We waited... Nobody came," Ilse Varga said. The hall emptied.')).toEqual([
      '"We waited... Nobody came," Ilse Varga said.',
      'The hall emptied.',
    ]);
  });

  it('keeps a quotation of several sentences together with its attribution', () => {
    expect(
      sentences('“The pumps failed. Then the levee went. We had no warning,” she said. Crews arrived later.'),
    ).toEqual([
      '“The pumps failed. Then the levee went. We had no warning,” she said.',
      'Crews arrived later.',
    ]);
  });

  it('keeps a question quote with the short attribution that follows it', () => {
    expect(sentences('“Who pays for this?” Mayor Oda Finch asked. Nobody answered.')).toEqual([
      '“Who pays for this?” Mayor Oda Finch asked.',
      'Nobody answered.',
    ]);
  });

  it('ends a sentence at a quote that closes it when the quote did not open it', () => {
    expect(sentences('Lia Dorn said it was "a farce." She said she would appeal.')).toEqual([
      'Lia Dorn said it was "a farce."',
      'She said she would appeal.',
    ]);
    expect(sentences('"Why now?" Dorn asked.')).toEqual(['"Why now?" Dorn asked.']);
  });

  it('treats line breaks as paragraph ends', () => {
    expect(sentences('Rain closed the pass\nThe road reopened at noon.')).toEqual([
      'Rain closed the pass',
      'The road reopened at noon.',
    ]);
  });
});

describe('findQuoteSpans', () => {
  it('finds straight, curly and British single quotes but not apostrophes', () => {
    const text = `He said "go". She said “stay”. The miner’s wife said ‘no’, and the workers' union didn't.`;
    expect(findQuoteSpans(text).map((span) => text.slice(span.start, span.end))).toEqual([
      '"go"',
      '“stay”',
      '‘no’',
    ]);
  });
});
