// Entities against migrations, on a scratch database the migrations built (embedded, or a new database on the
// server DATABASE_URL names, which must be a role that may create databases):
//   npm run migration:check                    exit 1, printing the SQL, when the entities describe another schema
//   npm run migration:generate -- <Name> [--timestamp N]   write that SQL as src/database/migrations/<N>-<name>.ts
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { SchemaDrift, schemaDrift, withMigratedScratchDatabase } from '../database/schema-drift';

const program = new Command().name('migrations').showHelpAfterError();

program
  .command('check')
  .description('fail when a migration generated from the entities would not be empty')
  .action(async () => {
    const drift = await withMigratedScratchDatabase(process.env.DATABASE_URL, schemaDrift);
    if (drift.up.length === 0) {
      process.stdout.write('entities and migrations agree\n');
      return;
    }
    process.stderr.write(
      `entities and migrations differ: a migration generated now would run\n\n${drift.up.map(({ query, parameters }) => `  ${query};${parameters ? ` -- ${JSON.stringify(parameters)}` : ''}`).join('\n')}\n\n` +
        'Write a migration for a schema change the entities made, or name in the entity what a migration made ' +
        "(@Index('name', { synchronize: false }), @Check('name', `…`), @Unique, foreignKeyConstraintName, @ForeignKey).\n",
    );
    process.exitCode = 1;
  });

program
  .command('generate <name>')
  .description('write a migration with the SQL that brings the migrated schema to what the entities describe')
  .option(
    '--timestamp <ms>',
    'the migration timestamp (your branch range)',
    (value) => Number(value),
    Date.now(),
  )
  .action(async (name: string, options: { timestamp: number }) => {
    const drift = await withMigratedScratchDatabase(process.env.DATABASE_URL, schemaDrift);
    if (drift.up.length === 0) {
      process.stdout.write('entities and migrations agree: nothing to generate\n');
      return;
    }
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = join(__dirname, '..', 'database', 'migrations', `${options.timestamp}-${kebab}.ts`);
    writeFileSync(file, migrationSource(name, options.timestamp, drift));
    process.stdout.write(`${file}\n`);
  });

function migrationSource(name: string, timestamp: number, drift: SchemaDrift): string {
  const className = `${name.replace(/(^|[-_\s]+)(\w)/g, (_, __, c: string) => c.toUpperCase())}${timestamp}`;
  const statements = (queries: SchemaDrift['up']) =>
    queries
      .map(({ query, parameters }) =>
        parameters
          ? `    await db.query(${JSON.stringify(query)}, ${JSON.stringify(parameters)});`
          : `    await db.query(${JSON.stringify(query)});`,
      )
      .join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities (npm run migration:generate): say here why the schema changes. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(db: QueryRunner): Promise<void> {
${statements(drift.up)}
  }

  public async down(db: QueryRunner): Promise<void> {
${statements(drift.down)}
  }
}
`;
}

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`migrations: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
