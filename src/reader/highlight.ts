/** A highlighted range of the text: a claim's anchor. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text between two span boundaries, with every span that covers it. */
export interface TextSegment<S extends Span> {
  text: string;
  start: number;
  end: number;
  /** The spans covering this run, outermost (earliest, then longest) first; empty for plain text. */
  spans: S[];
  /** The spans that begin here: each span begins in exactly one segment, where its anchor goes. */
  starts: S[];
}

const outermostFirst = (a: Span, b: Span) =>
  a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Cuts the text at every span boundary so overlapping spans (manual claims may overlap) nest cleanly.
 * Spans outside the text are clipped; empty ones are dropped. Concatenating the segments gives the text back.
 */
export function segmentText<S extends Span>(text: string, spans: readonly S[]): TextSegment<S>[] {
  const clipped = spans
    .map((span) => ({ span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => outermostFirst(a.span, b.span));
  const cuts = new Set<number>([0, text.length]);
  for (const c of clipped) cuts.add(c.start).add(c.end);
  const boundaries = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment<S>[] = [];
  let active: typeof clipped = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const [start, end] = [boundaries[i], boundaries[i + 1]];
    const starting: typeof clipped = [];
    while (next < clipped.length && clipped[next].start === start) starting.push(clipped[next++]);
    active = [...active.filter((c) => c.end > start), ...starting].sort((a, b) =>
      outermostFirst(a.span, b.span),
    );
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      spans: active.map((c) => c.span),
      starts: starting.map((c) => c.span),
    });
  }
  return segments;
}
