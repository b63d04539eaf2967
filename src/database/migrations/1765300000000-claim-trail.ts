import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The claim trail (issue 11): word-shingle fingerprints of documents find syndicated copies at ingest
 * (`documents.copy_of_id`), and a term index of claims groups the appearances of one statement by one
 * speaker (`trail_claims.statement_id`) and finds corroborating or disputing claims by other speakers.
 * Documents stored before this migration are not indexed here: the index is built in TypeScript (the same
 * normalisation as at ingest), so `npm run cli -- trail reindex` (TrailService.reindex) fills it in batches.
 */
export class ClaimTrail1765300000000 implements MigrationInterface {
  name = 'ClaimTrail1765300000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE documents ADD COLUMN copy_of_id uuid REFERENCES documents (id) ON DELETE SET NULL`,
    );
    await db.query(`ALTER TABLE documents ADD CONSTRAINT documents_not_own_copy CHECK (copy_of_id <> id)`);
    await db.query(
      `CREATE INDEX documents_copy_of_idx ON documents (copy_of_id) WHERE copy_of_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE document_fingerprints (
        document_id    uuid PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        shingle_count  integer NOT NULL CHECK (shingle_count >= 0),
        entities       text[] NOT NULL DEFAULT '{}',
        ingest_seq     bigint GENERATED ALWAYS AS IDENTITY,
        indexed_at     timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // One row per distinct sampled 5-word shingle (a quarter of them, chosen by hash): candidate copies are found by index probes, never a scan.
    await db.query(`
      CREATE TABLE document_shingles (
        shingle      integer NOT NULL,
        document_id  uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (shingle, document_id)
      )`);
    // No index on document_id: documents are never deleted in place (ids are forever), and each one would
    // cost hundreds of index entries at ingest.

    await db.query(`
      CREATE TABLE trail_claims (
        claim_id      uuid PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        document_id   uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        statement_id  uuid NOT NULL,
        speaker_key   text NOT NULL,
        kind          varchar(20) NOT NULL CHECK (kind IN ('attributed', 'editorial')),
        stems         text[] NOT NULL,
        numbers       text[] NOT NULL,
        negated       boolean NOT NULL,
        denial        boolean NOT NULL,
        correction    boolean NOT NULL,
        figure_words  text[] NOT NULL,
        ingest_seq    bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await db.query(`CREATE INDEX trail_claims_statement_idx ON trail_claims (statement_id)`);
    // A speaker's most recent claims first: the ingest-time candidate search stops after a bounded number.
    await db.query(`CREATE INDEX trail_claims_speaker_idx ON trail_claims (speaker_key, ingest_seq DESC)`);
    await db.query(`CREATE INDEX trail_claims_document_idx ON trail_claims (document_id)`);
    await db.query(`
      CREATE TABLE trail_terms (
        term      text NOT NULL,
        claim_id  uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        PRIMARY KEY (term, claim_id)
      )`);

    await db.query(`
      CREATE TABLE trail_suggestion_decisions (
        suggestion_id   uuid PRIMARY KEY,
        claim_id        uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        other_claim_id  uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        decision        varchar(8) NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        stance          varchar(12) NOT NULL CHECK (stance IN ('corroborates', 'disputes')),
        evidence_id     uuid REFERENCES evidence_links (id) ON DELETE SET NULL,
        decided_by      text NOT NULL,
        decided_at      timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX trail_decisions_claim_idx ON trail_suggestion_decisions (claim_id)`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE trail_suggestion_decisions`);
    await db.query(`DROP TABLE trail_terms`);
    await db.query(`DROP TABLE trail_claims`);
    await db.query(`DROP TABLE document_shingles`);
    await db.query(`DROP TABLE document_fingerprints`);
    await db.query(`ALTER TABLE documents DROP COLUMN copy_of_id`);
  }
}
