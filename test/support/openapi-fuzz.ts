import fc from 'fast-check';

/** The part of an OpenAPI 3 schema object the fuzzer reads. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: unknown; security?: unknown[] }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** One operation of the document, its schemas resolved. */
export interface Operation {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  headers: string[];
  body: Schema | null;
  /** A reader page: its errors are HTML pages, not JSON. */
  html?: boolean;
  [fc.toStringMethod]: () => string;
}

/** The kinds of stored entity a uuid can name; the fuzzer keeps the ids it has seen of each. */
export type Pool = 'documents' | 'claims' | 'speakers' | 'keys';

/** A stored entity's id, chosen when the request is sent (the pools grow while the fuzzer runs). */
export class PoolRef {
  constructor(
    readonly pool: Pool,
    readonly index: number,
  ) {}
}

/** A route value sent as it is, unencoded (malformed escapes, dot segments). */
export class Raw {
  constructor(readonly text: string) {}
}

/** A header, query or body value the fuzzer sends, before pool references are resolved. */
export type Input = unknown;

/** A request before its pool references are resolved. */
export interface RequestPlan {
  operation: Operation;
  path: Record<string, Input>;
  query: Record<string, Input>;
  headers: Record<string, string>;
  auth: 'admin' | 'researcher' | 'none' | 'bogus';
  /** A JSON value to send, a raw text body, or nothing. */
  body: { json: Input } | { raw: string; contentType: string } | null;
}

export function resolveSchema(document: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolveSchema(document, document.components.schemas[name]);
  }
  if (schema.allOf) {
    const { allOf, ...own } = schema;
    const parts = allOf.map((part) => resolveSchema(document, part));
    // An own `minimum`/`maximum` over `allOf: [Object]` is how Nest describes a number query parameter.
    const merged = Object.assign({}, ...parts, own) as Schema;
    if (merged.minimum !== undefined || merged.maximum !== undefined) merged.type = 'integer';
    return merged;
  }
  return schema;
}

/** Every operation of the document. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const parameters = spec.parameters ?? [];
      const body = spec.requestBody as { content?: Record<string, { schema: Schema }> } | undefined;
      const jsonBody = body?.content?.['application/json']?.schema;
      const id = `${method.toUpperCase()} ${path}`;
      operations.push({
        id,
        // How fast-check prints a counterexample's operation: its name, not its schemas.
        [fc.toStringMethod]: () => id,
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolveSchema(document, p.schema) })),
        headers: parameters.filter((p) => p.in === 'header').map((p) => p.name),
        body: jsonBody ? resolveSchema(document, jsonBody) : null,
      });
    }
  }
  return operations;
}

/**
 * The reader's pages, which the OpenAPI document leaves out (they are HTML for people, not API);
 * the fuzzer sends them requests all the same.
 */
export function readerOperations(): Operation[] {
  const page = (path: string, query: Operation['query']): Operation => ({
    id: `GET ${path} (reader page)`,
    method: 'GET',
    path,
    pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    query,
    headers: [],
    body: null,
    html: true,
    [fc.toStringMethod]: () => `GET ${path} (reader page)`,
  });
  return [
    page('/', [
      { name: 'q', schema: { type: 'string' } },
      { name: 'cursor', schema: { type: 'string' } },
      { name: 'limit', schema: { type: 'integer', minimum: 1, maximum: 100 } },
    ]),
    page('/documents/{id}', []),
    page('/claims/{id}', []),
  ];
}

/** The pool a uuid field or route id draws from, by its name and where it is. */
export function poolFor(name: string, path: string): Pool | null {
  if (name === 'documentId') return 'documents';
  if (name === 'speakerId' || name === 'into') return 'speakers';
  if (name === 'claimId') return 'claims';
  if (name !== 'id') return null;
  const resource = /^(?:\/api)?\/(documents|claims|speakers|keys)\//.exec(path)?.[1];
  return (resource as Pool | undefined) ?? null;
}

// ---- values that break the input rules, and values of the wrong type ----------------------------

/**
 * Objects and arrays nested `depth` levels deep, written into the JSON text when the request is sent:
 * as a value, it would overflow the stack of whatever printed or cloned it (fast-check's report too).
 */
export class Nested {
  constructor(readonly depth: number) {}

  json(): string {
    const open = Array.from({ length: this.depth }, (_, i) => (i % 2 === 0 ? '{"a":' : '[')).join('');
    const close = Array.from({ length: this.depth }, (_, i) => (i % 2 === 0 ? '}' : ']'))
      .reverse()
      .join('');
    return `${open}"leaf"${close}`;
  }

  [fc.toStringMethod]() {
    return `Nested(${this.depth})`;
  }
}

/** Text that is not well-formed, or that PostgreSQL refuses, or that stresses a parser. */
export const hostileText = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', 'ok\ud83d', '%00', '\\u0000'),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}\u0000`),
  fc.string({ maxLength: 20 }).map((s) => `${s}\ud800${s}`),
  fc.constantFrom(
    '',
    ' ',
    '\t\n ',
    '\u202e',
    '\ufffd',
    '😀',
    'e\u0301',
    "'; DROP TABLE claims; --",
    '<script>',
  ),
  fc.constantFrom(
    '0000-01-01',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20',
    'March 7',
    '2026-02-30',
    '2026-W10',
  ),
  fc.constantFrom('NaN', 'Infinity', '-1', '2147483648', '9007199254740993', '1e400', '0x10', '1.5'),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'),
  fc.nat({ max: 3 }).map((n) => 'x'.repeat([301, 1001, 5001, 20001][n])),
);

/** Any JSON value a field should not hold: wrong types, huge or fractional numbers, deep nesting. */
export const hostileValue: fc.Arbitrary<Input> = fc.oneof(
  { arbitrary: hostileText, weight: 4 },
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    -0,
    2147483648,
    -2147483649,
    9007199254740991,
    1e308,
    -1e308,
  ),
  fc.constantFrom([], {}, [1, 2], ['a'], { name: 'x' }, [null], { '\u0000': 1 }, { __proto__x: 1 }),
  fc.constantFrom(63, 64, 65, 200, 5000).map((depth) => new Nested(depth)),
  fc.jsonValue({ maxDepth: 3 }),
);

// ---- values a field would take --------------------------------------------------------------------

const words = fc
  .array(
    fc.constantFrom('council', 'budget', 'said', 'Nadia', 'Okafor', 'harbour', 'the', 'minister', '42%'),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((w) => w.join(' '));

const sentence = fc
  .tuple(
    fc.constantFrom('Nadia Okafor', 'The ministry', 'Officials', 'Mayor Tomas Berg', 'A spokesperson'),
    fc.constantFrom('said', 'told reporters', 'claimed', 'added'),
    words,
  )
  .map(([who, cue, what]) => `${who} ${cue} that ${what}.`);

const article = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));

const text = fc.oneof(
  { arbitrary: words, weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), weight: 1 },
);

const timestamp = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10)));

/** A value the schema describes, with ids drawn from the pools (fields named after what they hold). */
export function validValue(schema: Schema, name: string, path: string, depth = 0): fc.Arbitrary<Input> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.format === 'uuid') {
    const pool = poolFor(name, path);
    const id = pool ? fc.nat().map((i) => new PoolRef(pool, i)) : fc.uuid();
    return schema.nullable ? fc.oneof({ arbitrary: id, weight: 5 }, fc.constant(null)) : id;
  }
  if (schema.format === 'date-time') return timestamp;
  // Versions and offsets near the ones stored, so edits and anchors get past their checks now and then.
  if (name === 'version') return fc.integer({ min: 1, max: 3 });
  if (name === 'start') return fc.integer({ min: 0, max: 80 });
  if (name === 'end') return fc.integer({ min: 1, max: 200 });
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      return fc.integer({ min, max: schema.maximum ?? min + 400 });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(validValue(schema.items ?? {}, name, path, depth + 1), { maxLength: 4 });
    case 'object':
      if (schema.properties && Object.keys(schema.properties).length > 0)
        return validObject(schema, path, depth);
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 4,
      });
    default:
      break;
  }
  if (name === 'url') return fc.webUrl({ withQueryParameters: true });
  if (name === 'text') return article;
  if (name === 'language') return fc.constantFrom('en', 'de-CH', 'fr');
  return schema.nullable ? fc.oneof({ arbitrary: text, weight: 5 }, fc.constant(null)) : text;
}

// Fields that may not be given together (a speaker by id or by name; a source stored or external).
const EXCLUSIVE = [
  ['speakerId', 'speaker'],
  ['documentId', 'url'],
];
// Optional fields a random value almost always gets wrong (the exact text at an offset): mostly left out.
const RARELY_GIVEN = ['exact', 'start', 'end'];

/** An object with its required properties and some of its optional ones. */
export function validObject(schema: Schema, path: string, depth = 0): fc.Arbitrary<Record<string, Input>> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property, key, path, depth + 1)]),
  );
  const record = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, Input>>;
  return fc.tuple(record, fc.nat({ max: 9 })).map(([object, dice]) => {
    const kept = { ...object };
    // Nine times in ten, a valid body is valid as a whole too.
    if (dice === 0) return kept;
    for (const pair of EXCLUSIVE) {
      const given = pair.filter((k) => k in kept && !required.includes(k));
      if (given.length === 2) delete kept[given[dice % 2]];
    }
    for (const key of RARELY_GIVEN) if (!required.includes(key) && dice > 2) delete kept[key];
    return kept;
  });
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
      text,
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
      : operation.method === 'GET'
        ? fc.constant(null)
        : // A body where the route takes none is ignored, whatever it holds.
          fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, bodyPlan({ type: 'object' }, '')),
  });
}
