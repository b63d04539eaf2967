import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shingles known to be common phrasing: posted by more than 64 stored documents (MAX_POSTINGS in
 * src/trail/syndication.queries.ts), so no overlap probe counts them and no document posts them again. The
 * probe learned that by reading 65 postings of each such shingle of every new document, every time: at 30,000
 * bench documents most of a batch's shingles were common, and those reads were most of the probe's work. It
 * now skips the shingles listed here and adds those it finds common. Postings are never deleted, so a common
 * shingle stays common; the list starts with those the stored postings already make common.
 */
export class CommonShingles1765930000000 implements MigrationInterface {
  name = 'CommonShingles1765930000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE common_shingles (shingle integer PRIMARY KEY)`);
    await db.query(
      `INSERT INTO common_shingles (shingle)
       SELECT shingle FROM document_shingles GROUP BY shingle HAVING count(*) > 64`,
    );
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE common_shingles`);
  }
}
