#!/usr/bin/env node
// The claimtrail command line: `npx claimtrail <command>` (the compiled bin, dist/cli/main.js; also in the Docker
// image), or `npm run -s cli -- <command>` from the sources. Only commander and the commands' option lists load at
// start; Nest, TypeORM and the app load inside the command that runs, so `--help` answers at once.
import { Command } from 'commander';
import { withAppContext } from './app-context';
import { registerAuditCommands } from './audit.command';
import { registerImportCommand } from './import.command';
import { registerKeysCommands } from './keys.command';
import { registerReportCommand } from './report.command';
import { registerTrailCommands } from './trail.command';

const program = new Command().name('claimtrail').description('claimtrail command line').showHelpAfterError();

program
  .command('migrate')
  .description('apply pending database migrations (the service also does this at start)')
  .action(() =>
    withAppContext(() => {
      // Opening the database runs the migrations as the owner role; reaching here means they are applied.
      process.stdout.write('migrations applied\n');
      return Promise.resolve();
    }),
  );

registerKeysCommands(program);
registerAuditCommands(program);
registerReportCommand(program);
registerTrailCommands(program);
registerImportCommand(program);

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`claimtrail: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
