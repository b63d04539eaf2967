import { Command } from 'commander';
import { TrailService } from '../trail/trail.service';
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
        const total = await app
          .get(TrailService)
          .reindex(Math.max(1, Number(options.batch) || 100), (n) => process.stderr.write(`indexed ${n}\r`));
        process.stdout.write(`indexed ${total} documents\n`);
      }),
    );
}
