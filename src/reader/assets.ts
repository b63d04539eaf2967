import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ASSET_PREFIX = '/assets/';
export const ASSET_FILES = ['reader.css', 'reader.js'] as const;
export type AssetFile = (typeof ASSET_FILES)[number];

/**
 * The directory of the reader's CSS and JS. tsc emits only .ts, so from dist/ the files are either
 * copied beside the compiled code (dist/reader/assets) or read from the source tree.
 */
export function readerAssetsDir(): string {
  const candidates = [join(__dirname, 'assets'), join(__dirname, '..', '..', 'src', 'reader', 'assets')];
  const found = candidates.find((dir) => ASSET_FILES.every((file) => existsSync(join(dir, file))));
  if (!found) throw new Error(`reader assets not found in ${candidates.join(' or ')}`);
  return found;
}

const versions = new Map<AssetFile, string>();

/** The asset's URL with a content hash, so browsers may cache it and still see every change. */
export function assetUrl(file: AssetFile): string {
  let version = versions.get(file);
  if (!version) {
    version = createHash('sha256')
      .update(readFileSync(join(readerAssetsDir(), file)))
      .digest('hex')
      .slice(0, 10);
    versions.set(file, version);
  }
  return `${ASSET_PREFIX}${file}?v=${version}`;
}
