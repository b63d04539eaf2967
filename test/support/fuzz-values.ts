import fc from 'fast-check';
import { Pool, poolFor, Schema } from './openapi-operations';

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

/** The text of a short article of attributed sentences. */
export const article = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));

/** Short text of the kind a name, a title or a note holds. */
export const fieldText = fc.oneof(
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
  return schema.nullable ? fc.oneof({ arbitrary: fieldText, weight: 5 }, fc.constant(null)) : fieldText;
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
