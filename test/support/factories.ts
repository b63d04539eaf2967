import { randomUUID } from 'node:crypto';

let sequence = 0;

/** A short original article mixing attributed claims and editorial assertions; unique text each call. */
export function newArticle(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const tag = `${sequence}-${randomUUID().slice(0, 8)}`;
  return {
    title: `Valley council weighs bus depot plan ${tag}`,
    text:
      `The valley council met on Tuesday to debate a new bus depot (ref ${tag}). ` +
      `Transport director Nadia Okafor said the depot would cut waiting times by a third. ` +
      `"We have waited long enough for this," she told reporters. ` +
      `The depot would be built on land once used by a brewery.`,
    publisher: 'Valley Courier',
    authors: ['Sam Reyes'],
    language: 'en',
    kind: 'article',
    publishedAt: '2026-03-04T09:30:00.000Z',
    ...overrides,
  };
}
