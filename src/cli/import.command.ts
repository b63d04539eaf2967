/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { SYSTEM_ACTOR } from '../auth/roles';
import type { ImportResponse } from '../imports/dto/import.response';
import type * as FolderSource from '../imports/folder-source';
import type * as ImportWorkerModule from '../imports/import-worker';
import type * as ImportsServiceModule from '../imports/imports.service';
import type * as NdjsonBody from '../imports/ndjson-body';
import { withAppContext } from './app-context';

const POLL_MS = 250;

/**
 * `import FILE.ndjson[.gz] | FOLDER`: queues the import in the database, then stores batches in this
 * process until it has ended. A service running on the same database stores batches too, side by side.
 */
export function registerImportCommand(program: Command) {
  program
    .command('import')
    .argument('<source>', 'an NDJSON file (one document per line, gzip accepted) or a folder of .txt files')
    .description('import documents in bulk, with their claims extracted, showing progress')
    .option('--no-progress', 'no progress bar on standard error')
    .action((source: string, options: { progress: boolean }) =>
      withAppContext(async (app) => {
        // Loaded when the command runs, not when the CLI starts (`claimtrail --help` stays fast).
        const { folderImport } = require('../imports/folder-source') as typeof FolderSource;
        const { decodedBody } = require('../imports/ndjson-body') as typeof NdjsonBody;
        const { ImportsService } = require('../imports/imports.service') as typeof ImportsServiceModule;
        const { ImportWorker } = require('../imports/import-worker') as typeof ImportWorkerModule;
        const isFolder = (await stat(source)).isDirectory();
        const folder = isFolder ? await folderImport(source) : null;
        const body: Readable = folder ? folder.lines : await decodedBody(createReadStream(source), false);
        const imports = app.get(ImportsService);
        const { id } = await imports.receive(body, SYSTEM_ACTOR, basename(source));
        process.stderr.write(`import ${id} queued\n`);
        await app.get(ImportWorker).start();

        const bar =
          options.progress && process.stderr.isTTY
            ? new SingleBar({
                stream: process.stderr,
                format: 'import [{bar}] {percentage}% | {value}/{total} documents | {eta}s left',
              })
            : null;
        let state: ImportResponse = await imports.get(id);
        bar?.start(state.total, state.processed);
        while (state.status === 'queued' || state.status === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          state = await imports.get(id);
          bar?.update(state.processed);
        }
        bar?.stop();

        for (const error of state.errors) {
          const where = folder ? folder.files[error.line - 1] : `line ${error.line}`;
          process.stderr.write(`${where}: ${error.message}\n`);
        }
        const { status, total, created, duplicates, failed } = state;
        process.stdout.write(
          `import ${id} ${status}: ${total} documents, ${created} created, ${duplicates} duplicates, ${failed} failed\n`,
        );
        if (status !== 'done') process.exitCode = 1;
      }),
    );
}
