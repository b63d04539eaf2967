import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { CURSOR_NAMES } from './hostile-requests';
import { Operation, poolFor, Schema } from './openapi-operations';
import {
  article,
  fieldText,
  hostileText,
  hostileValue,
  Input,
  Nested,
  PoolRef,
  Raw,
  validObject,
  validValue,
} from './fuzz-values';

/** A request before its pool references are resolved. */
export interface RequestPlan {
  operation: Operation;
  path: Record<string, Input>;
  query: Record<string, Input>;
  headers: Record<string, string>;
  auth: 'admin' | 'researcher' | 'none' | 'bogus';
  /** A JSON value to send, a raw body (with its Content-Encoding, if any), or nothing. */
  body: { json: Input } | { raw: string | Buffer; contentType: string; encoding?: string } | null;
}

/** A body: mostly as the schema describes it, else with one field broken, an unknown field, or no object at all. */
export function bodyPlan(schema: Schema, path: string): fc.Arbitrary<RequestPlan['body']> {
  const valid = validObject(schema, path);
  const keys = Object.keys(schema.properties ?? {});
  const oneBroken = fc
    .tuple(valid, fc.constantFrom(...(keys.length > 0 ? keys : ['field'])), hostileValue)
    .map(([body, key, value]) => ({ ...body, [key]: value }));
  const nestedBroken = fc
    .tuple(valid, fc.constantFrom('name', 'kind', 'extra'), hostileValue)
    .map(([body, key, value]) => ({
      ...body,
      speaker: { name: 'Nadia Okafor', kind: 'person', [key]: value },
    }));
  const unknownField = fc
    .tuple(valid, fc.oneof(fc.string({ maxLength: 10 }), hostileText), fc.jsonValue({ maxDepth: 1 }))
    .map(([body, key, value]) => ({ ...body, [key]: value }));
  const raw = fc.oneof(
    fc.constantFrom('{', '{"a":}', 'nul', '[1,]', '{"title":"\\ud800"}', '{"a":"\\u0000"}', '\u0000', ''),
    fc.constantFrom(
      `{"__proto__":{"admin":true}}`,
      `{"constructor":{"prototype":{"x":1}}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    ),
  );
  return fc.oneof(
    { arbitrary: valid.map((json) => ({ json })), weight: 8 },
    { arbitrary: oneBroken.map((json) => ({ json })), weight: 8 },
    { arbitrary: nestedBroken.map((json) => ({ json })), weight: 1 },
    { arbitrary: unknownField.map((json) => ({ json })), weight: 1 },
    { arbitrary: hostileValue.map((json) => ({ json })), weight: 1 },
    { arbitrary: raw.map((r) => ({ raw: r, contentType: 'application/json' })), weight: 1 },
    {
      arbitrary: fc.string({ maxLength: 20 }).map((r) => ({ raw: r, contentType: 'text/plain' })),
      weight: 1,
    },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** One line of an import: mostly a document, else a document with a broken field, any JSON, or no JSON. */
const ndjsonLine = fc.oneof(
  { arbitrary: fc.record({ title: fieldText, text: article }).map((d) => JSON.stringify(d)), weight: 4 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('title', 'text', 'publishedAt', 'url', 'metadata'), hostileValue)
      .map(([key, value]) => {
        const json = JSON.stringify({ title: 'A title', text: 'Officials said so.', [key]: 'mark' });
        const hostile = value instanceof Nested ? value.json() : (JSON.stringify(value) ?? 'null');
        return json.replace('"mark"', hostile);
      }),
    weight: 3,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '{',
      'nul',
      '',
      '   ',
      '\u0000',
      '{"title":"a\u0000b","text":"raw NUL"}',
      '{"title":"\\ud800","text":"escaped lone surrogate"}',
      '{"title":"\ud800","text":"raw lone surrogate"}',
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 1 },
);

const ndjsonText = fc
  .tuple(fc.array(ndjsonLine, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));

/** An import's body: NDJSON, gzipped (declared or not), gzip cut short, gzip declared but not, or any bytes. */
const ndjsonBody: fc.Arbitrary<RequestPlan['body']> = fc
  .tuple(
    fc.oneof(
      { arbitrary: ndjsonText.map((raw) => ({ raw })), weight: 6 },
      {
        arbitrary: fc
          .tuple(ndjsonText, fc.boolean())
          .map(([text, declared]) => ({ raw: gzipSync(text), encoding: declared ? 'gzip' : undefined })),
        weight: 2,
      },
      {
        arbitrary: fc.tuple(ndjsonText, fc.nat()).map(([text, cut]) => {
          const zipped = gzipSync(text);
          return { raw: zipped.subarray(0, cut % zipped.length), encoding: 'gzip' };
        }),
        weight: 1,
      },
      { arbitrary: ndjsonText.map((raw) => ({ raw, encoding: 'gzip' })), weight: 1 },
      {
        arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ raw: Buffer.from(bytes) })),
        weight: 1,
      },
    ),
    fc.constantFrom('application/x-ndjson', 'application/jsonl', 'application/gzip'),
  )
  .map(([body, contentType]) => ({ ...body, contentType }));

/** A route id: mostly a stored entity of the right kind, else a random uuid or garbage. */
function pathValue(name: string, path: string): fc.Arbitrary<Input> {
  const pool = poolFor(name, path);
  return fc.oneof(
    { arbitrary: pool ? fc.nat().map((i) => new PoolRef(pool, i)) : fc.uuid(), weight: 12 },
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: fc.uuid().map((u) => u.toUpperCase()), weight: 1 },
    { arbitrary: hostileText, weight: 2 },
    {
      arbitrary: fc.constantFrom('..', '%ZZ', '%', '%00', '%ED%A0%80', 'null', '1').map((t) => new Raw(t)),
      weight: 1,
    },
  );
}

/** The nextCursor the operation last answered with (none yet: the parameter is left out). */
export class CursorRef {
  [fc.toStringMethod]() {
    return 'CursorRef';
  }
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Cursors no list issued: each part out of its column's range, of the wrong type, or not JSON at all. */
const forgedCursor = fc.oneof(
  fc
    .tuple(
      // Under a real list's name, so the key is what the list refuses.
      fc.constantFrom(...Object.values(CURSOR_NAMES)),
      fc.constantFrom<unknown>(
        '1',
        'March 7',
        '+275760-09-13T00:00:00.000Z',
        '-271821-04-20T00:00:00.000Z',
        '0000-01-01T00:00:00.000Z',
        2147483648,
        -2147483649,
        9007199254740991,
        1.5,
        'a\u0000b',
        'x\ud800',
        null,
        [],
        {},
      ),
      fc.oneof(fc.uuid(), hostileText),
    )
    .map((parts) => encodeCursor(parts)),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }).map(encodeCursor),
  fc.string({ maxLength: 40 }),
);

/** A parameter's value as the route takes it; a cursor is one the list issued, or none. */
function validParameter(operation: Operation, name: string, schema: Schema): fc.Arbitrary<Input> {
  if (name === 'cursor') return fc.constant(new CursorRef());
  return validValue(schema, name, operation.path);
}

/** A broken parameter: a hostile value, a forged cursor, or the parameter given twice. */
function brokenParameter(operation: Operation, name: string, schema: Schema): fc.Arbitrary<Input> {
  return fc.oneof(
    { arbitrary: name === 'cursor' ? forgedCursor : hostileValue, weight: 4 },
    { arbitrary: fc.tuple(validParameter(operation, name, schema), hostileText), weight: 1 },
  );
}

/** A query: the parameters the route takes (some left out), or with one broken, or with one it does not know. */
function queryPlan(operation: Operation): fc.Arbitrary<Record<string, Input>> {
  const model = Object.fromEntries(
    operation.query.map((q) => [q.name, validParameter(operation, q.name, q.schema)]),
  );
  const valid = fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, Input>>;
  if (operation.query.length === 0) return valid;
  const broken = fc
    .tuple(valid, fc.constantFrom(...operation.query))
    .chain(([query, q]) =>
      brokenParameter(operation, q.name, q.schema).map((value) => ({ ...query, [q.name]: value })),
    );
  const unknown = fc
    .tuple(
      valid,
      fc.constantFrom('unknown', 'limit[]', '__proto__', 'constructor', 'q\u0000', 'x\ud800'),
      fieldText,
    )
    .map(([query, key, value]) => ({ ...query, [key]: value }));
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: broken, weight: 4 },
    { arbitrary: unknown, weight: 1 },
  );
}

const ifMatch = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((v) => `"${v}"`),
  fc.constantFrom('W/"1"', '*', '"abc"', '"2147483648"', '"99999999999"', ''),
);

/** A whole request for one operation, from its parameters and body in the document. */
export function requestPlan(operation: Operation): fc.Arbitrary<RequestPlan> {
  const path = fc.record(
    Object.fromEntries(operation.pathParams.map((name) => [name, pathValue(name, operation.path)])),
  ) as fc.Arbitrary<Record<string, Input>>;
  const headers = operation.headers.includes('If-Match')
    ? fc
        .option(ifMatch, { freq: 2 })
        .map((v): Record<string, string> => (v === null ? {} : { 'if-match': v }))
    : fc.constant({});
  return fc.record({
    operation: fc.constant(operation),
    path,
    query: queryPlan(operation),
    headers,
    auth: fc.oneof(
      { arbitrary: fc.constant('admin' as const), weight: 16 },
      { arbitrary: fc.constantFrom('researcher' as const, 'none' as const, 'bogus' as const), weight: 3 },
    ),
    body: operation.body
      ? bodyPlan(operation.body, operation.path)
      : operation.id === 'POST /api/imports'
        ? fc.oneof({ arbitrary: ndjsonBody, weight: 6 }, bodyPlan({ type: 'object' }, ''))
        : operation.method === 'GET'
          ? fc.constant(null)
          : // A body where the route takes none is ignored, whatever it holds.
            fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, bodyPlan({ type: 'object' }, '')),
  });
}
