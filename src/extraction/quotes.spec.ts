import { findQuoteSpans } from './quotes';

const quoted = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

describe('findQuoteSpans', () => {
  it('closes curly and straight quotes at their closing marks', () => {
    expect(quoted('“We act,” she said. "Soon," he said.')).toEqual(['“We act,”', '"Soon,"']);
  });

  it('ends a never-closed straight quote where its attribution frame begins', () => {
    expect(quoted('"The pier is unsafe, said Ola Brant, a fisherman. Others disagreed.')).toEqual([
      '"The pier is unsafe,',
    ]);
  });

  it('ends a never-closed quote when a new one opens after it', () => {
    expect(quoted('"We tried, she said. "Nobody listened."')).toEqual(['"We tried,', '"Nobody listened."']);
  });

  it('runs an open quote to the paragraph end when the next paragraph continues it', () => {
    expect(quoted('“We stayed all winter. The roof held.\n“Then the river rose,” he said.')).toEqual([
      '“We stayed all winter. The roof held.',
      '“Then the river rose,”',
    ]);
  });
});
