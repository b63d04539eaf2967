import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { Coverage, ProfileSource, profileOf } from '../claims/sourcing-profile';
import { CopyOut, RowWriter } from './copy-out';
import { jsonClaimRow } from './json-claim-row';
import { csvClaimRow } from './csv-claim-row';
import { csvClaimsCopyStatement } from './report-copy.queries';
import { jsonClaimsCopyStatement } from './report-json.queries';
import { ReportClaim, ReportDocument, ReportEvidence, ReportReview } from './report-claim';
import { documentOf, groupBy, Row, toClaim } from './report-rows';
import { SqlWhere } from './report-scope';
import { trailSummaries } from '../trail/appearances.queries';

/**
 * Text order (document, then offset), or grouped for reading: documents by publication date (undated last),
 * in each the attributed claims by speaker, speakers in order of first appearance (unidentified last), then
 * editorial assertions.
 */
export type ClaimOrder = 'text' | 'grouped';

export interface DocumentNeeds {
  /** The document's sourcing profile (one extra query per batch of new documents). */
  profile?: boolean;
  /** The text when code point offsets differ from UTF-16 ones (Web Annotation selectors count code points). */
  astralText?: boolean;
}

export const BATCH_SIZE = 1000;
// Claims arrive grouped by document, so a small cache holds every document a batch refers to.
const DOCUMENT_CACHE = 256;
const ASTRAL = String.raw`[\U00010000-\U0010FFFF]`;
const NOT_ASTRAL = String.raw`[^\U00010000-\U0010FFFF]`;

const ORDERS: Record<ClaimOrder, string> = {
  text: 'c.document_id, c.start_offset, c.id',
  grouped: `cd.published_at NULLS LAST, cd.created_at, c.document_id, c.kind, c.speaker_id IS NULL,
    min(c.start_offset) OVER (PARTITION BY c.document_id, c.kind, c.speaker_id), c.speaker_id, c.start_offset, c.id`,
};

const CLAIM_COLUMNS = `c.id, c.document_id, c.kind, c.text, c.start_offset, c.end_offset, c.prefix, c.suffix,
  c.speaker_id, s.name AS speaker_name, s.kind AS speaker_kind, s.external_id AS speaker_external_id,
  c.speaker_mention, c.speaker_role, c.cue, c.quote_type, c.origin, c.extractor_version, c.confidence,
  c.review_status, c.verdict, c.created_at, c.updated_at, c.retracted_at, c.retraction_reason,
  c.superseded_at, c.superseded_by_id, c.version`;

const DOCUMENT_COLUMNS = `d.id, d.title, d.url, d.publisher, d.authors, d.language, d.kind, d.published_at, d.retrieved_at,
  d.content_hash, d.metadata, d.created_at, d.retracted_at, d.retraction_reason, d.copy_of_id`;
// The length JavaScript sees (UTF-16 units): characters outside the Basic Multilingual Plane count twice.
// Only scanned for non-ASCII texts, and only when a profile or the document list needs it.
const TEXT_LENGTH = `CASE WHEN octet_length(d.text) = char_length(d.text) THEN char_length(d.text)
  ELSE char_length(d.text) + char_length(regexp_replace(d.text, '${NOT_ASTRAL}', '', 'g')) END AS text_length`;

type BrokenReleasable = { releasePostgresConnection(error: Error): Promise<void> };

/**
 * Reads a report's rows through server-side cursors (DECLARE … FETCH) on one dedicated connection,
 * inside one read-only REPEATABLE READ transaction: memory stays at one batch however many claims
 * match, and every pass over the claims (PROV-JSON makes several) sees the same snapshot.
 * The extras of each batch (documents, evidence) come in one query per batch, never one per claim.
 */
export class ReportReader {
  private cursors = 0;
  private readonly documentCache = new Map<string, ReportDocument>();
  private cachedNeeds = '';
  private total: number | undefined;
  private closing: Promise<void> | undefined;
  // The batch read ahead of the caller; the transaction ends only after it, so none of its queries can reach
  // the connection once it is back in the pool.
  private readAhead: Promise<unknown> = Promise.resolve();
  // A COPY that did not run to its end leaves the connection mid-transfer: it is discarded, never pooled.
  private unfinishedCopy: CopyOut | undefined;

  private constructor(
    private readonly runner: QueryRunner,
    private readonly where: SqlWhere,
    private readonly onBatch: (claims: number) => void,
  ) {}

  static async open(
    db: DataSource,
    where: SqlWhere,
    onBatch: (claims: number) => void = () => {},
  ): Promise<ReportReader> {
    // A report reads one snapshot, on the read replica when there is one.
    const runner = db.createQueryRunner('slave');
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // A claims-wide report's statements are costed far above jit_above_cost, and on a server built with LLVM
      // compiling their expressions took longer than running them (3 s of a 100,000-claim CSV on PostgreSQL 15).
      await runner.query('SET LOCAL jit = off');
      // In a parallel plan of the CSV's COPY, each worker built the trail's statement summaries (a hash join under
      // the Gather) again: three times the work on a server whose cores the report's own writer shares.
      await runner.query('SET LOCAL max_parallel_workers_per_gather = 0');
    } catch (error) {
      await runner.release();
      throw error;
    }
    return new ReportReader(runner, where, onBatch);
  }

  /** Ends the transaction and returns the connection to the pool; safe to call more than once, never throws. */
  close(): Promise<void> {
    this.closing ??= this.end();
    return this.closing;
  }

  private async end(): Promise<void> {
    if (this.runner.isReleased) return;
    if (this.unfinishedCopy) {
      // Closing the socket stops the server's COPY at its next write; releasing with an error is TypeORM's way to
      // hand back a broken connection, which pg-pool then drops (its typings mark the method private).
      this.unfinishedCopy.abandon();
      await (this.runner as unknown as BrokenReleasable).releasePostgresConnection(
        new Error('report: COPY cut short'),
      );
      return;
    }
    await this.readAhead.catch(() => undefined);
    try {
      await this.runner.query('ROLLBACK');
      await this.runner.release();
    } catch {
      // The connection broke mid-report; TypeORM hands a broken connection back to the pool as failed, so all
      // that is left is to mark this runner released (which may find the connection already gone).
      await this.runner.release().catch(() => undefined);
    }
  }

  /** The number of matching claims, in this report's snapshot (counted once). */
  async count(): Promise<number> {
    this.total ??= await this.countWhere(this.where.sql);
    return this.total;
  }

  /** The number of matching claims that have a verdict, in this report's snapshot. */
  countReviewed(): Promise<number> {
    return this.countWhere(`(${this.where.sql}) AND c.verdict IS NOT NULL`);
  }

  private async countWhere(sql: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.runner.query(
      `SELECT count(*)::int AS n FROM claims c WHERE ${sql}`,
      this.where.params,
    );
    return rows[0].n;
  }

  /**
   * The matching claims in batches, each claim with its speaker, document and evidence. The next batch is read
   * while the caller formats this one, so PostgreSQL's work and the formatting overlap (two batches at most).
   */
  async *claims(order: ClaimOrder, needs: DocumentNeeds = {}): AsyncGenerator<ReportClaim[]> {
    // The documents join is only read by the grouped order (PostgreSQL drops an unused left join on a key).
    const sql = `SELECT ${CLAIM_COLUMNS} FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
      LEFT JOIN documents cd ON cd.id = c.document_id
      WHERE ${this.where.sql} ORDER BY ${ORDERS[order]}`;
    const batches = this.cursor(sql, this.where.params);
    const read = () =>
      batches.next().then((batch) => (batch.done ? null : this.withExtras(batch.value, needs)));
    let next = read();
    for (;;) {
      const claims = await next;
      if (!claims) return;
      next = read();
      // Awaited on the next turn; a report cut short before then must not leave its failure unhandled.
      next.catch(() => undefined);
      this.readAhead = next;
      yield claims;
    }
  }

  // One batch's claims with their documents, evidence, reviews and trail, in one query each.
  private async withExtras(rows: Row[], needs: DocumentNeeds): Promise<ReportClaim[]> {
    const ids = rows.map((r) => r.id as string);
    // One connection runs one query at a time, so these run in turn (pg would queue them anyway).
    const documents = await this.documentsById([...new Set(rows.map((r) => r.document_id as string))], needs);
    const evidence = await this.evidenceOf(ids);
    const reviews = await this.reviewsOf(ids);
    const trails = await trailSummaries(this.runner.manager, ids);
    this.onBatch(rows.length);
    return rows.map((r) => {
      const document = documents.get(r.document_id)!;
      const claim = toClaim(r, document, evidence.get(r.id) ?? [], reviews.get(r.id) ?? []);
      // A claim the trail never indexed is its own first appearance.
      claim.trail = trails.get(r.id) ?? {
        firstSeenDocumentId: r.document_id,
        independentSources: document.copyOfId ? 0 : 1,
      };
      return claim;
    });
  }

  /** The claims in text order as CSV rows with CRLF (no header), read from one COPY. */
  csvRows(baseUrl: string, escapeFormulas: boolean): AsyncGenerator<Buffer> {
    return this.copy(csvClaimsCopyStatement(this.where, baseUrl), csvClaimRow(baseUrl, escapeFormulas));
  }

  /** The claims in text order as the items of the JSON report's `claims` array, read from one COPY. */
  jsonClaims(baseUrl: string): AsyncGenerator<Buffer> {
    return this.copy(jsonClaimsCopyStatement(this.where), jsonClaimRow(baseUrl));
  }

  /**
   * The rows of a `COPY … TO STDOUT` of this report's snapshot, written per `framing`, in large chunks; the
   * caller's back-pressure pauses the database socket.
   */
  private async *copy(statement: string, framing: RowWriter): AsyncGenerator<Buffer> {
    const client: PoolClient = await this.runner.connect();
    // One COPY streams the whole report, for as long as its client takes to read it; DATABASE_STATEMENT_TIMEOUT_MS
    // would cut every report longer than that. A client that stops reading is cut by REPORT_IDLE_TIMEOUT_MS.
    await this.runner.query('SET LOCAL statement_timeout = 0');
    const copy = new CopyOut(statement, framing, this.onBatch);
    this.unfinishedCopy = copy;
    client.query(copy);
    for await (const chunk of copy as AsyncIterable<Buffer>) yield chunk;
    if (copy.finished) this.unfinishedCopy = undefined;
  }

  /** The documents the matching claims belong to, in batches, with their sourcing profiles. */
  async *documents(): AsyncGenerator<ReportDocument[]> {
    const sql = `SELECT ${DOCUMENT_COLUMNS}, ${TEXT_LENGTH} FROM documents d
      WHERE d.id IN (SELECT c.document_id FROM claims c WHERE ${this.where.sql}) ORDER BY d.id`;
    for await (const rows of this.cursor(sql, this.where.params)) {
      const documents = rows.map(documentOf);
      await this.addProfiles(documents);
      yield documents;
    }
  }

  private async *cursor(sql: string, params: unknown[]): AsyncGenerator<Row[]> {
    const name = `report_cursor_${++this.cursors}`;
    await this.runner.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const rows: Row[] = await this.runner.query(`FETCH ${BATCH_SIZE} FROM ${name}`);
      if (rows.length > 0) yield rows;
      if (rows.length < BATCH_SIZE) break;
    }
    // Read to the end: free it now, as PROV-JSON opens one per section. A pass cut short (an error, a client
    // that hung up) leaves it to close(), whose ROLLBACK drops it; a CLOSE in an aborted transaction would fail.
    await this.runner.query(`CLOSE ${name}`);
  }

  /**
   * The documents of one batch: cached ones, the rest in one query. The cache keeps at most about
   * DOCUMENT_CACHE documents, and only ever drops ones the current batch does not need.
   */
  private async documentsById(ids: string[], needs: DocumentNeeds): Promise<Map<string, ReportDocument>> {
    const needsKey = `${needs.profile === true}|${needs.astralText === true}`;
    if (needsKey !== this.cachedNeeds) {
      this.documentCache.clear();
      this.cachedNeeds = needsKey;
    }
    const batch = new Map<string, ReportDocument>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.documentCache.get(id);
      if (cached) batch.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const rows: Row[] = await this.runner.query(
        `SELECT ${DOCUMENT_COLUMNS}, ${needs.profile ? TEXT_LENGTH : 'NULL AS text_length'},
                CASE WHEN $2 AND octet_length(d.text) > char_length(d.text) AND d.text ~ '${ASTRAL}' THEN d.text END AS astral_text
           FROM documents d WHERE d.id = ANY($1)`,
        [missing, needs.astralText === true],
      );
      const documents = rows.map(documentOf);
      if (needs.profile) await this.addProfiles(documents);
      for (const document of documents) batch.set(document.id, document);
      // Claims come grouped by document: what the next batch can share with this one is this batch's documents.
      if (this.documentCache.size + documents.length > DOCUMENT_CACHE) this.documentCache.clear();
      for (const [id, document] of batch) this.documentCache.set(id, document);
    }
    for (const id of ids) {
      if (!batch.has(id)) throw new Error(`report: document ${id} of a claim in this batch was not found`);
    }
    return batch;
  }

  // The profile covers the document's current claims, whatever the report's filters. Summed here, as
  // sourcingProfile sums them: each character once, for the first claim in text order that covers it (a claim
  // counts from the furthest end of those before it, up to the text's length). Reading every claim's offsets
  // into Node to sum them there took longer than the rest of the JSON report's documents.
  // The documents are grouped by id, which tells the planner they are distinct: joined to the bare unnest, of whose
  // values it has no statistics, it hashed the 100,000 claims (spilling past work_mem) rather than the 1,000
  // documents; 0.24-0.28 -> 0.21 s of PostgreSQL's CPU per 100,000 claims.
  private async addProfiles(documents: ReportDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows: Row[] = await this.runner.query(
      `SELECT document_id, source,
              sum(GREATEST(LEAST(end_offset, text_length) - GREATEST(start_offset, coalesce(reached, 0)), 0))::int AS covered
         FROM (SELECT c.document_id, c.start_offset, c.end_offset, t.text_length,
                      CASE WHEN c.kind = 'editorial' THEN 'editorial'
                           WHEN s.kind = 'unnamed-group' THEN 'unnamed' ELSE 'named' END AS source,
                      max(c.end_offset) OVER (PARTITION BY c.document_id ORDER BY c.start_offset, c.end_offset
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached
                 FROM (SELECT document_id, max(text_length) AS text_length
                         FROM unnest($1::uuid[], $2::int[]) AS u(document_id, text_length) GROUP BY document_id) AS t
                 JOIN claims c ON c.document_id = t.document_id AND c.superseded_at IS NULL
                 LEFT JOIN speakers s ON s.id = c.speaker_id) AS claim
        GROUP BY document_id, source`,
      [documents.map((d) => d.id), documents.map((d) => d.textLength ?? 0)],
    );
    const covered = new Map<string, Coverage>();
    for (const r of rows) {
      const document = covered.get(r.document_id) ?? { named: 0, unnamed: 0, editorial: 0 };
      document[r.source as ProfileSource] = r.covered;
      covered.set(r.document_id, document);
    }
    for (const document of documents) {
      document.profile = profileOf(
        document.textLength ?? 0,
        covered.get(document.id) ?? { named: 0, unnamed: 0, editorial: 0 },
      );
    }
  }

  private async evidenceOf(claimIds: string[]): Promise<Map<string, ReportEvidence[]>> {
    const rows: Row[] = await this.runner.query(
      `SELECT e.id, e.claim_id, e.stance, e.source_document_id, e.source_start, e.source_end, e.source_exact,
              coalesce(e.url, d.url) AS url, coalesce(e.title, d.title) AS title,
              coalesce(e.publisher, d.publisher) AS publisher, coalesce(e.published_at, d.published_at) AS published_at,
              e.note, e.added_by, e.version, e.created_at
         FROM evidence_links e LEFT JOIN documents d ON d.id = e.source_document_id
        WHERE e.claim_id = ANY($1) AND e.retracted_at IS NULL ORDER BY e.claim_id, e.created_at, e.id`,
      [claimIds],
    );
    return groupBy(rows, 'claim_id', (r): ReportEvidence => ({
      id: r.id,
      stance: r.stance,
      sourceDocumentId: r.source_document_id,
      start: r.source_start,
      end: r.source_end,
      exact: r.source_exact,
      url: r.url,
      title: r.title,
      publisher: r.publisher,
      publishedAt: r.published_at,
      note: r.note,
      addedBy: r.added_by,
      version: r.version,
      createdAt: r.created_at,
    }));
  }

  // Verdict history straight from the reviews table, in this report's snapshot, like evidence above.
  private async reviewsOf(claimIds: string[]): Promise<Map<string, ReportReview[]>> {
    const rows: Row[] = await this.runner.query(
      `SELECT r.id, r.claim_id, r.verdict, r.rationale, r.reviewer_name, r.reviewer_role, r.superseded_by_id, r.created_at
         FROM reviews r WHERE r.claim_id = ANY($1) ORDER BY r.claim_id, r.created_at, r.id`,
      [claimIds],
    );
    return groupBy(rows, 'claim_id', (r): ReportReview => ({
      id: r.id,
      verdict: r.verdict,
      rationale: r.rationale,
      reviewerName: r.reviewer_name,
      reviewerRole: r.reviewer_role,
      supersededById: r.superseded_by_id,
      createdAt: r.created_at,
    }));
  }
}
