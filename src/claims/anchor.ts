import { InvalidAnchor } from '../common/domain-errors';

const CONTEXT = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The W3C TextQuoteSelector for a span: its text and a little context either side. */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** Checks that a span lies inside the text and, when `exact` is given, that the text there equals it. */
export function checkAnchor(text: string, start: number, end: number, exact?: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new InvalidAnchor(
      `anchor ${start}-${end} must satisfy 0 <= start < end <= ${text.length} (the text length)`,
      {
        start,
        end,
        textLength: text.length,
      },
    );
  }
  if (exact !== undefined && text.slice(start, end) !== exact) {
    throw new InvalidAnchor(`the text at ${start}-${end} is not the given exact quote`, {
      start,
      end,
      expected: exact,
      found: text.slice(start, end),
    });
  }
}
