/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { AuditService as AuditServiceType } from '../audit/audit.service';
import type { ChainReport, Checkpoint } from '../audit/chain-verification';
import { withAppContext } from './app-context';

const auditService = () =>
  (require('../audit/audit.service') as { AuditService: typeof AuditServiceType }).AuditService;
const chainVerification = () =>
  require('../audit/chain-verification') as typeof import('../audit/chain-verification');

// The exit code of a chain that does not verify (or does not hold a checkpoint).
const BROKEN = 3;

function printReport(report: ChainReport): boolean {
  const missing = report.checkpoints.filter((c) => c.problem !== null);
  for (const b of report.breaks) process.stderr.write(`audit chain BROKEN at event ${b.seq}: ${b.reason}\n`);
  for (const c of missing)
    process.stderr.write(
      `audit checkpoint ${c.seq} (${c.hash.slice(0, 12)}…) NOT in the chain: ${c.problem}\n`,
    );
  if (report.breaks.length > 0 || missing.length > 0) {
    process.stderr.write(
      `audit chain does not verify: ${report.breaks.length} break(s), ${missing.length} checkpoint(s) not held, in ${report.count} events\n`,
    );
    return false;
  }
  const held = report.checkpoints.length > 0 ? `; all ${report.checkpoints.length} checkpoints held` : '';
  process.stdout.write(
    `audit chain intact: ${report.count} events verified${held}; head ${report.head.seq} ${report.head.hash}\n`,
  );
  return true;
}

/**
 * `audit verify [--checkpoints FILE]`: recomputes the whole hash chain and lists every break; exit 0
 * when intact (and every checkpoint is still in it), 3 otherwise.
 * `audit checkpoint`: prints the head as one JSON line, for the operator to keep outside the database.
 */
export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');

  audit
    .command('verify')
    .description(
      'check every audit event against its hash and the one before it, and against kept checkpoints',
    )
    .option(
      '--checkpoints <file>',
      'checkpoints kept elsewhere (lines printed by `audit checkpoint`): each must still be in the chain',
    )
    .action((options: { checkpoints?: string }) => {
      // Read before connecting, so a wrong file is reported without touching the database.
      const checkpoints: Checkpoint[] = options.checkpoints
        ? chainVerification().parseCheckpoints(readFileSync(options.checkpoints, 'utf8'))
        : [];
      return withAppContext(async (app) => {
        if (!printReport(await app.get(auditService()).verifyChain(checkpoints))) process.exitCode = BROKEN;
      });
    });

  audit
    .command('checkpoint')
    .description('print the head of the chain (sequence number and hash) as one JSON line to keep elsewhere')
    .action(() =>
      withAppContext(async (app) => {
        const head = await app.get(auditService()).head();
        process.stdout.write(`${JSON.stringify({ ...head, takenAt: new Date().toISOString() })}\n`);
      }),
    );
}
