import { isoTime } from '../../common/timestamps';

/**
 * The stored values a claim's public shape is made of, by name: the entity's fields, its speaker's as three.
 * The JSON report's COPY sends each as a column of this name (src/exports/report-copy.queries.ts).
 */
export type ClaimValue =
  | 'id'
  | 'documentId'
  | 'kind'
  | 'text'
  | 'start'
  | 'end'
  | 'prefix'
  | 'suffix'
  | 'speakerId'
  | 'speakerName'
  | 'speakerKind'
  | 'speakerMention'
  | 'speakerRole'
  | 'cue'
  | 'quote'
  | 'origin'
  | 'extractorVersion'
  | 'confidence'
  | 'reviewStatus'
  | 'verdict'
  | 'retractedAt'
  | 'retractionReason'
  | 'supersededById'
  | 'supersededAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt';

/**
 * How a value is written: `uuid`, `word` (a check-constrained word, which holds nothing JSON escapes), `text` (free
 * text), `int`, `real`, `time` (isoTime's text).
 */
export type ValueKind = 'uuid' | 'word' | 'text' | 'int' | 'real' | 'time';

export type ShapeField =
  | { key: string; value: ClaimValue; kind: ValueKind }
  /** A nested object; null when the value `unless` names is null (a claim without a speaker). */
  | { key: string; fields: ShapeField[]; unless?: ClaimValue }
  /** `current`, `superseded` or `retracted`, from retractedAt and supersededAt. */
  | { key: string; derived: 'state' }
  /** The live evidence counted by stance, which the caller supplies. */
  | { key: string; derived: 'provenance' };

const field = (key: string, kind: ValueKind, value = key as ClaimValue): ShapeField => ({ key, value, kind });

/**
 * The claim's one public shape, in order: GET /api/claims/:id (toClaimResponse) and the JSON report's claims
 * (src/exports/json-claim-row.ts, written from COPY's bytes) are both made from it.
 */
export const CLAIM_SHAPE: ShapeField[] = [
  field('id', 'uuid'),
  field('documentId', 'uuid'),
  field('kind', 'word'),
  field('text', 'text'),
  field('start', 'int'),
  field('end', 'int'),
  {
    key: 'selector',
    fields: [field('exact', 'text', 'text'), field('prefix', 'text'), field('suffix', 'text')],
  },
  {
    key: 'speaker',
    // toSpeakerRef's shape.
    fields: [
      field('id', 'uuid', 'speakerId'),
      field('name', 'text', 'speakerName'),
      field('kind', 'word', 'speakerKind'),
    ],
    unless: 'speakerId',
  },
  field('speakerMention', 'text'),
  field('speakerRole', 'text'),
  field('cue', 'text'),
  field('quote', 'word'),
  field('origin', 'word'),
  field('extractorVersion', 'text'),
  field('confidence', 'real'),
  field('reviewStatus', 'word'),
  field('verdict', 'word'),
  { key: 'provenance', derived: 'provenance' },
  field('retractedAt', 'time'),
  field('retractionReason', 'text'),
  { key: 'state', derived: 'state' },
  field('supersededBy', 'uuid', 'supersededById'),
  field('supersededAt', 'time'),
  field('version', 'int'),
  field('createdAt', 'time'),
  field('updatedAt', 'time'),
];

/** The state a claim is in, from its retraction and supersession times. */
export const claimState = (retracted: boolean, superseded: boolean) =>
  retracted ? 'retracted' : superseded ? 'superseded' : 'current';

/** An object of `shape` from named values (times as stored, written by isoTime). */
export function shapedObject(
  shape: ShapeField[],
  values: Record<ClaimValue, unknown>,
  provenance: unknown,
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const f of shape) {
    if ('value' in f) {
      const value = values[f.value];
      object[f.key] = f.kind === 'time' ? isoTime(value as Date | null) : value;
    } else if ('fields' in f) {
      object[f.key] = f.unless && !values[f.unless] ? null : shapedObject(f.fields, values, provenance);
    } else if (f.derived === 'state') {
      object[f.key] = claimState(Boolean(values.retractedAt), Boolean(values.supersededAt));
    } else {
      object[f.key] = provenance;
    }
  }
  return object;
}
