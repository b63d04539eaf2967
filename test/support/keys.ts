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
