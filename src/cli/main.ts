// The claimtrail command line: `npm run -s cli -- <command>`. Each command module adds itself here.
import 'reflect-metadata';
import { Command } from 'commander';
import { withAppContext } from './app-context';
import { registerAuditCommands } from './audit.command';
import { registerImportCommand } from './import.command';
import { registerKeysCommands } from './keys.command';
import { registerReportCommand } from './report.command';

const program = new Command().name('claimtrail').description('claimtrail command line').showHelpAfterError();

program
  .command('migrate')
  .description('apply pending database migrations (the service also does this at start)')
  .action(() =>
    withAppContext(async () => {
      // Opening the database runs the migrations as the owner role; reaching here means they are applied.
      process.stdout.write('migrations applied\n');
    }),
  );

registerKeysCommands(program);
registerAuditCommands(program);
registerReportCommand(program);
registerImportCommand(program);

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`claimtrail: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
