import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class ErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiProperty({ example: 'Not Found' })
  error: string;

  @ApiProperty({ example: 'claim 3f0c… not found' })
  message: string;

  @ApiProperty({ required: false, description: 'Domain error code, e.g. stale-version, invalid-anchor' })
  code?: string;

  @ApiProperty({
    required: false,
    description: 'For validation errors: [{ field, errors }]; for domain errors: what was expected',
    oneOf: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, errors: { type: 'array', items: { type: 'string' } } },
          required: ['field', 'errors'],
        },
      },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: unknown;
}

const DESCRIPTIONS: Record<number, string> = {
  308: 'Merged into another: Location names the same route on the one that stayed',
  400: 'Malformed id, query, cursor or body (unknown fields included)',
  401: 'No valid API key',
  403: 'The key’s role may not do this',
  404: 'No such entity',
  408: 'The upload sent no complete line for half of DATABASE_IDLE_TRANSACTION_TIMEOUT_MS',
  409: 'Stale version or conflicting state',
  413: 'Body over the configured limit',
  422: 'Anchor does not match the document, or the claim or evidence breaks a rule of the model',
  428: 'The edit does not say which version it is based on (If-Match or version)',
  429: 'Too many requests',
  503: 'Busy (as many uploads as it takes at once) or the database is unavailable: retry after Retry-After',
};

/** Documents the shared error body for the given statuses. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorResponse }),
    ),
  );
}
