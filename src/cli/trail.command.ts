/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import { Command } from 'commander';
import type * as TrailRefreshModule from '../trail/trail-refresh.service';
import type * as TrailServiceModule from '../trail/trail.service';
import { withAppContext } from './app-context';

/**
 * `trail reindex`: indexes documents stored before the claim trail existed (syndication and statements), then
 * refreshes what an earlier version of the trail's rules stored.
 */
export function registerTrailCommands(program: Command) {
  const trail = program.command('trail').description('the claim trail index');
  trail
    .command('reindex')
    .description(
      'index the stored documents the trail has not seen yet, earliest published first, and refresh what earlier rules stored',
    )
    .option('--batch <n>', 'documents per transaction', '100')
    .action((options: { batch: string }) =>
      withAppContext(async (app) => {
        // Loaded when the command runs, not when the CLI starts (`claimtrail --help` stays fast).
        const { TrailService } = require('../trail/trail.service') as typeof TrailServiceModule;
        const { TrailRefreshService } =
          require('../trail/trail-refresh.service') as typeof TrailRefreshModule;
        const batch = Math.max(1, Number(options.batch) || 100);
        const total = await app
          .get(TrailService)
          .reindex(batch, (n) => process.stderr.write(`indexed ${n}\r`));
        process.stdout.write(`indexed ${total} documents\n`);
        const refreshed = await app
          .get(TrailRefreshService)
          .refresh(batch, (n) => process.stderr.write(`refreshed ${n} documents\r`));
        process.stdout.write(`refreshed ${refreshed} claims\n`);
      }),
    );
}
