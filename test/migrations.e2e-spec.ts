// The entities describe the schema the migrations build, so `npm run migration:generate` has nothing to add
// and `npm run migration:check` (CI) passes; a schema the entities do not describe is caught.
import { Client } from 'pg';
import { schemaDrift, withMigratedScratchDatabase } from '../src/database/schema-drift';
import { runScript } from './support/cli-process';

const server = () => process.env.CLAIMTRAIL_TEST_SERVER_URL!;

async function alterThenDrift(ownerUrl: string, sql: string) {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
  return schemaDrift(ownerUrl);
}

describe('entities against migrations', () => {
  it('a migration generated from the entities would be empty', async () => {
    const drift = await withMigratedScratchDatabase(server(), schemaDrift);
    expect(drift.up.map(({ query }) => query)).toEqual([]);
  });

  it('a column, index or constraint the entities do not name is drift', async () => {
    const drift = await withMigratedScratchDatabase(server(), (url) =>
      alterThenDrift(
        url,
        `ALTER TABLE documents ADD COLUMN subtitle text;
         CREATE INDEX documents_subtitle_idx ON documents (subtitle);
         ALTER TABLE claims ADD CONSTRAINT claims_short CHECK (length(text) < 100000)`,
      ),
    );
    const queries = drift.up.map(({ query }) => query).join('\n');
    expect(queries).toContain('DROP INDEX "public"."documents_subtitle_idx"');
    expect(queries).toContain('DROP CONSTRAINT "claims_short"');
    expect(queries).toContain('DROP COLUMN "subtitle"');
  });

  it('npm run migration:check passes on a scratch database beside DATABASE_URL', async () => {
    const result = await runScript('src/cli/migrations.ts', ['check'], { DATABASE_URL: server() });
    expect(result).toMatchObject({ code: 0, stdout: 'entities and migrations agree\n' });
  });
});
