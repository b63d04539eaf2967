import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CursorRef, RequestPlan } from './fuzz-requests';
import { Input, Nested, PoolRef, Raw } from './fuzz-values';
import { Operation, Pool } from './openapi-operations';

const POOL_SIZE = 64;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
// Stands for a Nested value in the JSON text until its nesting is written in.
const NESTED_MARK = 'nested-value-mark:';

/** A request as sent, and its answer: what a failing property reports. */
export interface Exchange {
  method: string;
  url: string;
  auth: RequestPlan['auth'];
  headers: Record<string, string>;
  payload: string | Buffer | undefined;
  status: number;
  contentType: string;
  body: string;
}

// Percent-encodes every UTF-16 code unit as a client could, lone surrogates included (as the three
// bytes WTF-8 gives them, which no well-formed UTF-8 has): encodeURIComponent would throw on them.
function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[A-Za-z0-9\-_.~]$/.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0)!;
    const bytes =
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        : [...Buffer.from(char, 'utf8')];
    out += bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

function asParameter(value: Input): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Nested) return percentEncode(value.json());
  if (typeof value === 'string') return percentEncode(value);
  if (value === null || value === undefined) return '';
  // Whatever is left is a primitive (number, boolean, bigint, symbol).
  return percentEncode(typeof value === 'object' ? JSON.stringify(value) : String(value as number));
}

/**
 * The app under fuzz, reached in-process (`app.inject`), with the API keys and the ids of stored
 * entities the requests draw on; the pools grow from what successful requests return.
 */
export class FuzzTarget {
  private readonly pools: Record<Pool, string[]> = {
    documents: [],
    claims: [],
    speakers: [],
    keys: [],
    evidence: [],
    imports: [],
    suggestions: [],
  };
  // An evidence link answers only under its own claim, so a stored link's route takes that claim's id.
  private readonly evidenceClaims = new Map<string, string>();
  // Likewise a suggestion: its id is of the pair (claim, suggested claim).
  private readonly suggestionClaims = new Map<string, string>();
  // The last nextCursor each list operation answered with.
  private readonly cursors = new Map<string, string>();

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly keys: { admin: string; researcher: string },
  ) {}

  remember(pool: Pool, id: unknown) {
    if (typeof id !== 'string') return;
    const ids = this.pools[pool];
    if (ids.includes(id)) return;
    ids.push(id);
    if (ids.length > POOL_SIZE) ids.shift();
  }

  /** A suggestion's id, with the claim it was suggested for (its route takes that claim's id). */
  rememberSuggestion(id: unknown, claimId: unknown) {
    if (typeof id !== 'string' || typeof claimId !== 'string') return;
    this.remember('suggestions', id);
    this.suggestionClaims.set(id, claimId);
  }

  poolSizes(): Record<Pool, number> {
    return Object.fromEntries(Object.entries(this.pools).map(([k, v]) => [k, v.length])) as Record<
      Pool,
      number
    >;
  }

  private resolve(value: Input, depth = 0, nested: Nested[] = []): Input {
    if (value instanceof Nested) {
      nested.push(value);
      return `${NESTED_MARK}${nested.length - 1}`;
    }
    if (value instanceof PoolRef) {
      const ids = this.pools[value.pool];
      return ids.length === 0 ? NO_SUCH_ID : ids[value.index % ids.length];
    }
    // Pool references sit a few levels deep at most; hostile values may be nested thousands deep.
    if (depth > 8 || value === null || typeof value !== 'object' || value instanceof Raw) return value;
    if (Array.isArray(value)) return value.map((v) => this.resolve(v, depth + 1, nested));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v, depth + 1, nested)]));
  }

  async send(plan: RequestPlan): Promise<Exchange> {
    const { operation } = plan;
    const values = Object.fromEntries(
      Object.entries(plan.path).map(([name, value]) => [name, this.resolve(value)]),
    );
    const claimOfEvidence = this.evidenceClaims.get(values.evidenceId as string);
    if (claimOfEvidence && plan.path.id instanceof PoolRef) values.id = claimOfEvidence;
    const claimOfSuggestion = this.suggestionClaims.get(values.suggestionId as string);
    if (claimOfSuggestion && plan.path.id instanceof PoolRef) values.id = claimOfSuggestion;
    const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => asParameter(values[name]));
    const query = Object.entries(plan.query)
      .flatMap(([key, value]) => {
        if (value instanceof CursorRef) {
          const cursor = this.cursors.get(operation.id);
          return cursor ? [`${key}=${cursor}`] : [];
        }
        const resolved = this.resolve(value);
        // A tuple is the same parameter given twice.
        const values = Array.isArray(resolved) && resolved.length === 2 ? resolved : [resolved];
        return values.map((v) => `${percentEncode(key)}=${asParameter(v)}`);
      })
      .join('&');
    const url = query ? `${path}?${query}` : path;

    const headers: Record<string, string> = { ...plan.headers };
    if (plan.auth === 'admin') headers.authorization = `Bearer ${this.keys.admin}`;
    if (plan.auth === 'researcher') headers.authorization = `Bearer ${this.keys.researcher}`;
    if (plan.auth === 'bogus') headers.authorization = 'Bearer ct_not-a-key-at-all';
    let payload: string | Buffer | undefined;
    if (plan.body && 'json' in plan.body) {
      const nested: Nested[] = [];
      payload = JSON.stringify(this.resolve(plan.body.json, 0, nested)).replace(
        new RegExp(`"${NESTED_MARK}(\\d+)"`, 'g'),
        (_m, i: string) => nested[Number(i)].json(),
      );
      headers['content-type'] = 'application/json';
    } else if (plan.body) {
      payload = plan.body.raw;
      headers['content-type'] = plan.body.contentType;
      if (plan.body.encoding) headers['content-encoding'] = plan.body.encoding;
    }

    const res = await this.app.inject({ method: operation.method, url, headers, payload });
    const exchange: Exchange = {
      method: operation.method,
      url,
      auth: plan.auth,
      headers: plan.headers,
      payload,
      status: res.statusCode,
      contentType: String(res.headers['content-type'] ?? ''),
      body: res.body,
    };
    if (res.statusCode < 300 && exchange.contentType.startsWith('application/json')) {
      const body = JSON.parse(res.body) as { nextCursor?: unknown };
      if (typeof body?.nextCursor === 'string') this.cursors.set(operation.id, body.nextCursor);
      this.harvest(operation, body, values.id);
    }
    return exchange;
  }

  // Keeps the ids a successful answer names, so later requests reach stored entities. Key ids come only
  // from keys the fuzzer made: revoking the key it sends would end the run.
  private harvest(operation: Operation, body: unknown, pathId: unknown) {
    const { method, path } = operation;
    const records = (
      body && typeof body === 'object' && 'items' in body && Array.isArray(body.items) ? body.items : [body]
    ) as Array<Record<string, unknown>>;
    for (const record of records) {
      if (!record || typeof record !== 'object') continue;
      if (method === 'POST' && path === '/api/keys') this.remember('keys', record.id);
      if (path === '/api/documents' || (method === 'POST' && path === '/api/documents/{id}/retract')) {
        this.remember('documents', record.id);
      }
      if (path === '/api/speakers' || path === '/api/speakers/{id}') this.remember('speakers', record.id);
      if (path === '/api/claims/{id}/suggestions') this.rememberSuggestion(record.id, pathId);
      if (path.startsWith('/api/imports')) this.remember('imports', record.id);
      if ('stance' in record && 'claimId' in record && 'source' in record && typeof record.id === 'string') {
        this.remember('evidence', record.id);
        this.evidenceClaims.set(record.id, record.claimId as string);
      }
      if ('documentId' in record && 'kind' in record && 'start' in record) {
        this.remember('claims', record.id);
        this.remember('documents', record.documentId);
        const speaker = record.speaker as { id?: unknown } | null;
        if (speaker) this.remember('speakers', speaker.id);
      }
    }
  }
}

/** A request and its answer, for a failure message. */
export function describeExchange(e: Exchange): string {
  const clip = (text: string | undefined) =>
    text === undefined
      ? '(none)'
      : text.length > 600
        ? `${text.slice(0, 600)}… (${text.length} chars)`
        : text;
  return [
    `${e.method} ${clip(e.url)} (auth: ${e.auth}${Object.keys(e.headers).length ? `, ${JSON.stringify(e.headers)}` : ''})`,
    `  body sent: ${clip(
      e.payload === undefined
        ? undefined
        : Buffer.isBuffer(e.payload)
          ? `(${e.payload.length} bytes, base64) ${e.payload.toString('base64')}`
          : JSON.stringify(e.payload),
    )}`,
    `  answered ${e.status} ${e.contentType}: ${clip(e.body)}`,
  ].join('\n');
}
