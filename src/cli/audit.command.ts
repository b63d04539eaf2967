import { Command } from 'commander';
import { AuditService } from '../audit/audit.service';
import { withAppContext } from './app-context';

/** `audit verify`: recomputes the whole hash chain; exit 0 when intact, 3 naming the first broken event. */
export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');

  audit
    .command('verify')
    .description('check every audit event against its hash and the one before it')
    .action(() =>
      withAppContext(async (app) => {
        const result = await app.get(AuditService).verifyChain();
        if (result.intact) {
          process.stdout.write(`audit chain intact: ${result.count} events verified\n`);
          return;
        }
        process.stderr.write(
          `audit chain BROKEN at event ${result.brokenSeq}: ${result.reason} (${result.count} events before it verified)\n`,
        );
        process.exitCode = 3;
      }),
    );
}
