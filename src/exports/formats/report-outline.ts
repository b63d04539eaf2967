import { isoTime } from '../../common/timestamps';
import { ReportClaim, ReportDocument, ReportSpeaker } from '../report-claim';

/** The reading order of the md and html reports, as events a renderer turns into text. */
export type OutlineEvent =
  | { type: 'document'; document: ReportDocument }
  | { type: 'section'; section: 'attributed' | 'editorial' }
  | { type: 'speaker'; speaker: ReportSpeaker | null }
  | { type: 'claim'; claim: ReportClaim }
  | { type: 'end-section' }
  | { type: 'end-document' };

/**
 * Turns claims read in the `grouped` order (document, kind, speaker by first appearance) into outline events,
 * one batch at a time: headings are emitted when the document, section or speaker changes, so
 * nothing is held beyond the current batch.
 */
export async function* outline(batches: AsyncIterable<ReportClaim[]>): AsyncGenerator<OutlineEvent[]> {
  let document: string | null = null;
  let section: ReportClaim['kind'] | null = null;
  let speaker: string | null | undefined;
  for await (const claims of batches) {
    const events: OutlineEvent[] = [];
    for (const claim of claims) {
      if (claim.documentId !== document) {
        if (section) events.push({ type: 'end-section' });
        if (document) events.push({ type: 'end-document' });
        events.push({ type: 'document', document: claim.document });
        document = claim.documentId;
        section = null;
      }
      if (claim.kind !== section) {
        if (section) events.push({ type: 'end-section' });
        events.push({ type: 'section', section: claim.kind });
        section = claim.kind;
        speaker = undefined;
      }
      const speakerId = claim.speaker?.id ?? null;
      if (claim.kind === 'attributed' && speakerId !== speaker) {
        events.push({ type: 'speaker', speaker: claim.speaker });
        speaker = speakerId;
      }
      events.push({ type: 'claim', claim });
    }
    yield events;
  }
  const closing: OutlineEvent[] = [];
  if (section) closing.push({ type: 'end-section' });
  if (document) closing.push({ type: 'end-document' });
  yield closing;
}

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export const QUOTE_LABELS: Record<ReportClaim['quote'], string> = {
  direct: 'direct quote',
  indirect: 'indirect quote',
  mixed: 'partly quoted',
  none: 'no quotation',
};

export const STANCE_LABELS = {
  corroborates: 'Corroborates',
  disputes: 'Disputes',
  context: 'Context',
} as const;

// Opening and closing quotation marks a quoted claim's text may already carry (straight, curly, low-9, guillemets).
const OPENING = new Set(['"', '“', '„', '«', '»', "'", '‘', '‚', '‹', '›', '「', '『']);
const CLOSING = new Set(['"', '”', '“', '»', '«', "'", '’', '‘', '›', '‹', '」', '』']);

/** Whether a text already stands between quotation marks, so a report must not add a second pair. */
export function isQuoted(text: string): boolean {
  const trimmed = text.trim();
  const last = trimmed.at(-1) ?? '';
  // A closing mark may be followed by the sentence's punctuation ("…," she said): look past one.
  const closing = CLOSING.has(last) || (/[.,;:!?]/.test(last) && CLOSING.has(trimmed.at(-2) ?? ''));
  return trimmed.length > 1 && OPENING.has(trimmed[0]) && closing;
}

// The date part of isoTime's text (`infinity` as it is).
export const day = (date: Date | null) => (date ? isoTime(date).split('T')[0] : null);
