import { EntityManager } from 'typeorm';
import { CursorValue, KeysetOrder, KeyType } from '../common/pagination';
import { SpeakerRef } from '../speakers/dto/speaker.response';
import { Claim } from './claim.entity';
import { ClaimFilterDto } from './dto/claim-query.dto';

// The SQL of claim lists (GET /api/claims and a speaker's claims), written out rather than built by TypeORM's
// query builder: building it took a fifteenth of the list's CPU under load, and a page is one statement.

/** Live evidence links of a claim by stance. */
export interface EvidenceCounts {
  corroborating: number;
  disputing: number;
  context: number;
}

/** A claim of a list page: every field of the claim, its speaker as a reference, its live evidence counts. */
export type ListedClaim = Omit<Claim, 'document' | 'speaker' | 'search'> & {
  speaker: SpeakerRef | null;
  provenance: EvidenceCounts;
};

/**
 * Where a page's claims are read from:
 * - `walk`: the index of the order (or of the filter, then the order), each filter tested on the way; what the
 *   planner picks for every list;
 * - `probe`: the same walk stopped after the `rows` first candidates, each tested against the text search
 *   (`q`): cheap whatever the search, and enough when its matches are frequent among recent claims;
 * - `search`: every match of the text search through its GIN index (which intersects the words' entries
 *   itself), then sorted: cheap when the matches are few, whatever their age.
 */
export type ListStrategy = { kind: 'walk' } | { kind: 'probe'; rows: number } | { kind: 'search' };

const SQL_TYPES: Record<KeyType, string> = {
  uuid: 'uuid',
  timestamp: 'timestamptz',
  integer: 'int',
  text: 'text',
};

/**
 * A page of claims matching a list's filters, in `order` after the key `after`, at most `limit` of them, with
 * each claim's speaker and evidence counts: one statement. Default lists leave out superseded and retracted
 * claims and the claims of retracted documents. `order.columns` name columns of `claims c`.
 */
export async function listedClaims(
  em: EntityManager,
  filter: ClaimFilterDto,
  order: KeysetOrder<unknown>,
  after: CursorValue[] | undefined,
  limit: number,
  strategy: ListStrategy,
): Promise<ListedClaim[]> {
  const params: unknown[] = [];
  const param = (value: unknown, type?: string) => {
    params.push(value);
    return `$${params.length}${type ? `::${type}` : ''}`;
  };
  const conditions: string[] = [];
  if (filter.documentId) conditions.push(`c.document_id = ${param(filter.documentId, 'uuid')}`);
  if (filter.speakerId) conditions.push(`c.speaker_id = ${param(filter.speakerId, 'uuid')}`);
  if (filter.kind) conditions.push(`c.kind = ${param(filter.kind)}`);
  if (filter.quote) conditions.push(`c.quote_type = ${param(filter.quote)}`);
  if (filter.status) conditions.push(`c.review_status = ${param(filter.status)}`);
  if (filter.verdict) conditions.push(`c.verdict = ${param(filter.verdict)}`);
  const search = filter.q ? `c.search @@ websearch_to_tsquery('english', ${param(filter.q)})` : null;
  if (search && strategy.kind !== 'probe') conditions.push(search);
  if (!filter.includeSuperseded) conditions.push('c.superseded_at IS NULL');
  if (!filter.includeRetracted) {
    conditions.push('c.retracted_at IS NULL');
    // Few documents are ever retracted: the anti-join probes a small partial index.
    conditions.push(
      'NOT EXISTS (SELECT 1 FROM documents rd WHERE rd.id = c.document_id AND rd.retracted_at IS NOT NULL)',
    );
  }
  if (after) {
    const key = after.map((value, i) => param(value, SQL_TYPES[order.types[i]]));
    const comparison = order.direction === 'DESC' ? '<' : '>';
    conditions.push(`(${order.columns.join(', ')}) ${comparison} (${key.join(', ')})`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const orderBy = `ORDER BY ${order.columns.map((column) => `${column} ${order.direction}`).join(', ')}`;
  const pageSize = param(limit, 'int');
  let page: string;
  if (strategy.kind === 'walk') {
    page = `SELECT c.* FROM claims c ${where} ${orderBy} LIMIT ${pageSize}`;
  } else if (strategy.kind === 'probe') {
    const candidates = `SELECT c.* FROM claims c ${where} ${orderBy} LIMIT ${param(strategy.rows, 'int')}`;
    page = `SELECT c.* FROM (${candidates}) c WHERE ${search!} ${orderBy} LIMIT ${pageSize}`;
  } else {
    // MATERIALIZED keeps the planner from walking the order's index instead: it reads the matches by the GIN index.
    page = `WITH matches AS MATERIALIZED (SELECT c.* FROM claims c ${where})
            SELECT c.* FROM matches c ${orderBy} LIMIT ${pageSize}`;
  }
  // The statement names its columns as ListedClaim's fields and builds the speaker and counts as JSON: its rows
  // are the claims. Copying them field by field into new objects took as long as answering with them (bench:api).
  const claims: ListedClaim[] = await em.query(
    `SELECT c.id, c.document_id AS "documentId", c.kind, c.text, c.start_offset AS start, c.end_offset AS "end",
            c.prefix, c.suffix, c.speaker_id AS "speakerId", c.speaker_mention AS "speakerMention",
            c.speaker_role AS "speakerRole", c.cue, c.quote_type AS quote, c.origin,
            c.extractor_version AS "extractorVersion", c.confidence, c.review_status AS "reviewStatus", c.verdict,
            c.retracted_at AS "retractedAt", c.retraction_reason AS "retractionReason",
            c.superseded_at AS "supersededAt", c.superseded_by_id AS "supersededById", c.version,
            c.created_at AS "createdAt", c.updated_at AS "updatedAt",
            CASE WHEN s.id IS NOT NULL THEN json_build_object('id', s.id, 'name', s.name, 'kind', s.kind) END AS speaker,
            e.provenance
       FROM (${page}) c
       LEFT JOIN speakers s ON s.id = c.speaker_id
       CROSS JOIN LATERAL (
         SELECT json_build_object('corroborating', count(*) FILTER (WHERE stance = 'corroborates'),
                                  'disputing', count(*) FILTER (WHERE stance = 'disputes'),
                                  'context', count(*) FILTER (WHERE stance = 'context')) AS provenance
           FROM evidence_links WHERE claim_id = c.id AND retracted_at IS NULL) e
      ${orderBy}`,
    params,
  );
  return claims;
}
