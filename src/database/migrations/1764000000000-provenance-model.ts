import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents, speakers, claims and evidence links: the provenance model every feature builds on. */
export class ProvenanceModel1764000000000 implements MigrationInterface {
  name = 'ProvenanceModel1764000000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE documents (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title         text NOT NULL,
        text          text NOT NULL,
        content_hash  char(64) NOT NULL,
        url           text,
        publisher     text,
        authors       text[] NOT NULL DEFAULT '{}',
        language      varchar(35),
        kind          varchar(20) NOT NULL DEFAULT 'article'
                      CHECK (kind IN ('article', 'transcript', 'press-release', 'report', 'social-post', 'other')),
        published_at  timestamptz(3),
        retrieved_at  timestamptz(3),
        metadata      jsonb NOT NULL DEFAULT '{}',
        created_at    timestamptz(3) NOT NULL DEFAULT now(),
        updated_at    timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT documents_content_hash_key UNIQUE (content_hash),
        CONSTRAINT documents_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
      )`);
    await db.query(`CREATE INDEX documents_newest_idx ON documents (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX documents_publisher_idx ON documents (publisher, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX documents_kind_idx ON documents (kind, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX documents_published_at_idx ON documents (published_at)`);

    await db.query(`
      CREATE TABLE speakers (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name               text NOT NULL CHECK (length(name) > 0),
        name_key           text NOT NULL,
        kind               varchar(20) NOT NULL
                           CHECK (kind IN ('person', 'organization', 'government', 'outlet', 'unnamed-group')),
        aliases            text[] NOT NULL DEFAULT '{}',
        alias_keys         text[] NOT NULL DEFAULT '{}',
        role               text,
        description        text,
        external_id        text,
        scope_document_id  uuid REFERENCES documents (id) ON DELETE CASCADE,
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz(3) NOT NULL DEFAULT now(),
        updated_at         timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // One row per named speaker across all documents; unnamed groups are unique within their document.
    await db.query(
      `CREATE UNIQUE INDEX speakers_global_key ON speakers (kind, name_key) WHERE scope_document_id IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX speakers_scoped_key ON speakers (scope_document_id, kind, name_key) WHERE scope_document_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX speakers_alias_keys_idx ON speakers USING gin (alias_keys)`);
    await db.query(`CREATE INDEX speakers_name_trgm_idx ON speakers USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX speakers_name_order_idx ON speakers (name, id)`);

    await db.query(`
      CREATE TABLE claims (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id        uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind               varchar(20) NOT NULL CHECK (kind IN ('attributed', 'editorial')),
        text               text NOT NULL,
        start_offset       integer NOT NULL,
        end_offset         integer NOT NULL,
        prefix             text NOT NULL DEFAULT '',
        suffix             text NOT NULL DEFAULT '',
        speaker_id         uuid REFERENCES speakers (id) ON DELETE RESTRICT,
        speaker_mention    text,
        speaker_role       text,
        cue                text,
        quote_type         varchar(10) NOT NULL CHECK (quote_type IN ('direct', 'indirect', 'mixed', 'none')),
        origin             varchar(12) NOT NULL CHECK (origin IN ('extraction', 'manual')),
        extractor_version  text,
        confidence         real CHECK (confidence BETWEEN 0 AND 1),
        review_status      varchar(12) NOT NULL DEFAULT 'unreviewed'
                           CHECK (review_status IN ('unreviewed', 'in-review', 'reviewed')),
        verdict            varchar(14)
                           CHECK (verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable')),
        search             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz(3) NOT NULL DEFAULT now(),
        updated_at         timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT claims_anchor_valid CHECK (start_offset >= 0 AND end_offset > start_offset),
        CONSTRAINT claims_text_not_empty CHECK (length(text) > 0),
        CONSTRAINT claims_extraction_provenance CHECK (origin = 'manual' OR extractor_version IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX claims_document_order_idx ON claims (document_id, start_offset, id)`);
    await db.query(`CREATE INDEX claims_newest_idx ON claims (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX claims_speaker_idx ON claims (speaker_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX claims_kind_idx ON claims (kind)`);
    await db.query(`CREATE INDEX claims_quote_type_idx ON claims (quote_type)`);
    await db.query(`CREATE INDEX claims_review_status_idx ON claims (review_status)`);
    await db.query(`CREATE INDEX claims_verdict_idx ON claims (verdict) WHERE verdict IS NOT NULL`);
    await db.query(`CREATE INDEX claims_search_idx ON claims USING gin (search)`);

    await db.query(`
      CREATE TABLE evidence_links (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id            uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        stance              varchar(12) NOT NULL CHECK (stance IN ('corroborates', 'disputes', 'context')),
        source_document_id  uuid REFERENCES documents (id) ON DELETE RESTRICT,
        source_start        integer,
        source_end          integer,
        source_exact        text,
        url                 text,
        title               text,
        publisher           text,
        published_at        timestamptz(3),
        note                text,
        added_by            text NOT NULL,
        created_at          timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT evidence_one_source CHECK ((source_document_id IS NULL) <> (url IS NULL)),
        CONSTRAINT evidence_anchor_complete CHECK ((source_start IS NULL) = (source_end IS NULL)),
        CONSTRAINT evidence_anchor_in_document CHECK (source_start IS NULL OR source_document_id IS NOT NULL),
        CONSTRAINT evidence_anchor_valid CHECK (source_start IS NULL OR (source_start >= 0 AND source_end > source_start))
      )`);
    await db.query(`CREATE INDEX evidence_links_claim_idx ON evidence_links (claim_id, created_at, id)`);
    await db.query(`CREATE INDEX evidence_links_source_document_idx ON evidence_links (source_document_id)`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evidence_links`);
    await db.query(`DROP TABLE claims`);
    await db.query(`DROP TABLE speakers`);
    await db.query(`DROP TABLE documents`);
  }
}
