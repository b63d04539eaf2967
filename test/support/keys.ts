import { KeysService } from '../../src/auth/keys.service';
import { Role, SYSTEM_ACTOR } from '../../src/auth/roles';
import { TestApp } from './test-app';

let sequence = 0;

/** A real API key made through the app's own KeysService (nothing mocked); returns the secret. */
export async function mintKey(t: TestApp, role: Role, name = `${role}-${++sequence}`): Promise<string> {
  const created = await t.app.get(KeysService).create({ name, role }, SYSTEM_ACTOR);
  return created.key;
}

/** The Authorization header for a key. */
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/**
 * The Authorization header of a factchecker key for whichever app `current` returns now, minted once
 * per app instance (specs that restart the app get a key for the new one).
 */
export function factcheckerOf(current: () => TestApp): () => Promise<Record<string, string>> {
  const headers = new WeakMap<TestApp, Record<string, string>>();
  return async () => {
    const t = current();
    if (!headers.has(t)) headers.set(t, bearer(await mintKey(t, 'factchecker')));
    return headers.get(t)!;
  };
}
