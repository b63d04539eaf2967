/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import { Command, InvalidArgumentError, Option } from 'commander';
import { userInfo } from 'node:os';
import type { KeysService as KeysServiceType } from '../auth/keys.service';
import { Actor, ROLES } from '../auth/roles';
import { withAppContext } from './app-context';

const keysService = () =>
  (require('../auth/keys.service') as { KeysService: typeof KeysServiceType }).KeysService;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whoever runs the CLI on this machine; recorded as the actor of the keys it creates or revokes. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep "unknown"
  }
  return { name: `cli:${user}`, role: 'system', keyId: null };
}

/** `keys create|list|revoke`: how the first admin key is made, and a fallback when the API is out of reach. */
export function registerKeysCommands(program: Command) {
  const keys = program.command('keys').description('manage API keys');

  keys
    .command('create')
    .description('create an API key; the key is printed once, alone on the last line')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .requiredOption('--name <name>', 'who holds the key (recorded with every change it makes)')
    .action((options: { role: (typeof ROLES)[number]; name: string }) =>
      withAppContext(async (app) => {
        const name = options.name.trim();
        if (!name) throw new InvalidArgumentError('--name must not be empty');
        const created = await app.get(keysService()).create({ name, role: options.role }, cliActor());
        process.stdout.write(
          `created ${created.role} key "${created.name}" (id ${created.id}); it is shown only now:\n`,
        );
        process.stdout.write(`${created.key}\n`);
      }),
    );

  keys
    .command('list')
    .description('list API keys (never the keys themselves)')
    .action(() =>
      withAppContext(async (app) => {
        const row = (id: string, role: string, prefix: string, state: string, name: string) =>
          `${id.padEnd(36)}  ${role.padEnd(11)}  ${prefix.padEnd(11)}  ${state.padEnd(32)}  ${name}\n`;
        process.stdout.write(row('ID', 'ROLE', 'PREFIX', 'STATE', 'NAME'));
        for (const key of await app.get(keysService()).list()) {
          const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
          process.stdout.write(row(key.id, key.role, `${key.prefix}…`, state, key.name));
        }
      }),
    );

  keys
    .command('revoke')
    .description('revoke an API key by id; it answers 401 from then on')
    .argument('<id>', 'the key id (from keys list)', (value: string) => {
      if (!UUID.test(value)) throw new InvalidArgumentError('not a key id (a UUID)');
      return value;
    })
    .action((id: string) =>
      withAppContext(async (app) => {
        const key = await app.get(keysService()).revoke(id, cliActor());
        process.stdout.write(`revoked ${key.role} key "${key.name}" (${key.id})\n`);
      }),
    );
}
