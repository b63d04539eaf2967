import { InvalidAnchor } from '../common/domain-errors';
import { checkAnchor, quoteSelector } from './anchor';

const text = 'The mayor said the bridge would reopen in spring. Residents were doubtful.';

describe('quoteSelector', () => {
  it('gives the exact span with up to 32 characters of context either side', () => {
    const start = text.indexOf('the bridge');
    const end = text.indexOf(' in spring');
    const selector = quoteSelector(text, start, end);
    expect(selector.exact).toBe('the bridge would reopen');
    expect(selector.prefix).toBe('The mayor said ');
    expect(selector.suffix).toBe(text.slice(end, end + 32));
    expect(selector.suffix).toHaveLength(32);
  });
});

describe('checkAnchor', () => {
  it('accepts a span inside the text whose exact quote matches', () => {
    expect(() => checkAnchor(text, 0, 9, 'The mayor')).not.toThrow();
  });

  it.each([
    [-1, 5],
    [5, 5],
    [10, 4],
    [0, text.length + 1],
    [1.5, 4],
  ])('refuses the span %p-%p', (start, end) => {
    expect(() => checkAnchor(text, start, end)).toThrow(InvalidAnchor);
  });

  it('refuses a span whose text differs from the given exact quote', () => {
    expect(() => checkAnchor(text, 0, 9, 'The Mayor')).toThrow(/not the given exact quote/);
  });
});
