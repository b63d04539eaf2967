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
export type Pool = 'documents' | 'claims' | 'speakers' | 'keys' | 'evidence' | 'imports' | 'suggestions';

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
  if (name === 'evidenceId') return 'evidence';
  if (name === 'suggestionId') return 'suggestions';
  if (name !== 'id') return null;
  const resource = /^(?:\/api)?\/(documents|claims|speakers|keys|imports)\//.exec(path)?.[1];
  return (resource as Pool | undefined) ?? null;
}
