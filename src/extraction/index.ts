// Public surface of the attribution engine. Plain TypeScript: no Nest or TypeORM imports here.
export { ENGINE_VERSION, extractClaims } from './extract-claims';
export * from './types';
