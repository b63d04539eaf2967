/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import { Command } from 'commander';
import type * as TrailServiceModule from '../trail/trail.service';
import { withAppContext } from './app-context';

/** `trail reindex`: indexes documents stored before the claim trail existed (syndication and statements). */
export function registerTrailCommands(program: Command) {
  const trail = program.command('trail').description('the claim trail index');
  trail
    .command('reindex')
    .description('index the stored documents the trail has not seen yet, earliest published first')
    .option('--batch <n>', 'documents per transaction', '100')
    .action((options: { batch: string }) =>
      withAppContext(async (app) => {
        // Loaded when the command runs, not when the CLI starts (`claimtrail --help` stays fast).
        const { TrailService } = require('../trail/trail.service') as typeof TrailServiceModule;
        const total = await app
          .get(TrailService)
          .reindex(Math.max(1, Number(options.batch) || 100), (n) => process.stderr.write(`indexed ${n}\r`));
        process.stdout.write(`indexed ${total} documents\n`);
      }),
    );
}
