// Node 20.19 is the oldest supported runtime (package.json "engines"), so no installed package may need a newer
// one: @fastify/static 10.1.4 and later pull content-disposition 3, an ES module that declares Node 22.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';

interface LockedPackage {
  engines?: { node?: string } | string[];
}

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

describe('Node support', () => {
  const oldest = minVersion(manifest.engines.node)!.version;

  it('declares Node 20.19 as the oldest runtime', () => {
    expect(oldest).toBe('20.19.0');
  });

  it('installs no package whose engines exclude the oldest supported Node', () => {
    const excluding = Object.entries(lock.packages)
      .filter(([path, locked]) => path !== '' && !Array.isArray(locked.engines) && locked.engines?.node)
      .filter(([, locked]) => !satisfies(oldest, (locked.engines as { node: string }).node))
      .map(([path, locked]) => `${path} (node ${(locked.engines as { node: string }).node})`);
    expect(excluding).toEqual([]);
  });

  it('loads the static-file plugin as CommonJS, with no transform', () => {
    // jest runs tests as CommonJS: an ES-module-only dependency would throw here.
    expect(typeof jest.requireActual<object>('@fastify/static')).toBe('function');
  });
});
