// Offline extraction: prints the engine's claims for one file (or stdin) as one JSON object.
// Usage: npm run -s extract -- FILE|- [--publisher NAME]
import { Command } from 'commander';
import { readFileSync } from 'fs';
import { extractClaims } from '../extraction';

const program = new Command()
  .name('extract')
  .argument('<file>', 'article text file, or - for standard input')
  .option('--publisher <name>', 'outlet that published the text; editorial claims are attributed to it')
  .parse();

const [file] = program.args;
const { publisher } = program.opts<{ publisher?: string }>();

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  process.stderr.write(`extract: cannot read ${file === '-' ? 'standard input' : file}: ${reason}\n`);
  process.exit(2);
}

process.stdout.write(`${JSON.stringify(extractClaims(text, { publisher: publisher ?? null }))}\n`);
