// Every call the workspace makes goes to the same /api routes as any client, with the session cookie and
// the page's CSRF token; every failure becomes an ApiError the caller shows (see status.ts).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: ErrorBody | null,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code?: string;
  details?: unknown;
}

const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export function viewerRole(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="viewer-role"]')?.content ?? '';
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const sent: Record<string, string> = { accept: 'application/json', ...headers };
  if (body !== undefined) sent['content-type'] = 'application/json';
  if (WRITE.has(method)) sent['x-csrf-token'] = csrfToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, `the server could not be reached (${(error as Error).message})`, null);
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const error = parsed as ErrorBody | null;
    const message = error?.message
      ? Array.isArray(error.message)
        ? error.message.join('; ')
        : error.message
      : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, error);
  }
  return parsed as T;
}

/** A query string from the defined, non-empty values. */
export function query(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
